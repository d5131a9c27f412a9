"""Speakers in the style of British news: a person's body after a bare comma ("Gary
Smith, Acme Hotels Association said:") and a role held for a pair of names ("said Peter
and Mary executive producer Joanna Webb")."""

from __future__ import annotations

from pathlib import Path

from .quoted_article import said


def test_a_body_after_a_bare_comma_is_the_persons_not_the_speaker(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Hoteliers in the town were unhappy with the decision.",
        "Derek Malling, Seaside Hotels Association said: “We have tried very hard "
        "to make them come back.”",
    )
    assert quotes == [("We have tried very hard to make them come back.", "Derek Malling")]


def test_a_role_after_a_pair_of_names_is_held_by_the_name_after_it(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "The show is hosted by Peter Hollis and Mary Quinn on Channel 5.",
        "“The list is the best yet,” said Hollis. “It was very hard to choose this "
        "year,” said Peter and Mary executive producer Joanna Webb.",
    )
    assert quotes == [
        ("The list is the best yet,", "Peter Hollis"),
        ("It was very hard to choose this year,", "Joanna Webb"),
    ]


def test_a_name_in_an_opening_phrase_of_occasion_is_not_the_next_he(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Ravi Menon, Malaysia's trade minister, argued that the rules must change. "
        "Mr Menon is attending the summit as a guest.",
        "At a dinner on trade hosted by French finance minister Pierre Lagarde on Friday, "
        "he said that he was in favour of open markets. “Open markets are one more way "
        "to grow,” he told the dinner.",
    )
    assert quotes == [("Open markets are one more way to grow,", "Ravi Menon")]


def test_the_he_right_after_an_opening_phrase_is_not_the_name_in_it(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Ravi Menon, Malaysia's trade minister, spoke on Friday.",
        "At a dinner hosted by French finance minister Pierre Lagarde, he said: “Open "
        "markets are one more way to grow.”",
    )
    assert quotes == [("Open markets are one more way to grow.", "Ravi Menon")]


def test_a_clause_of_its_own_before_the_he_keeps_its_name(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Ravi Menon spoke on Friday.",
        "When Pierre Lagarde arrived, he said: “Open markets are one more way to grow.”",
    )
    assert quotes == [("Open markets are one more way to grow.", "Pierre Lagarde")]


def test_the_role_of_a_place_before_the_name_ties_the_role_to_it(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "The Mayor of Lindford, Alan Pryce, described the plan as a waste. Despite "
        "liking the architects, the mayor said there was little money for it.",
        "Writing in the Lindford Echo, the mayor said: “Grand plans are always fun to read.”",
    )
    assert quotes == [("Grand plans are always fun to read.", "Alan Pryce")]


def test_said_a_body_spokesman_gives_the_words_to_the_body(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Northwind Airways has cancelled all flights to the island until Monday.",
        "“Nothing was decided about the summer timetable,” said a Northwind Airways spokesman.",
    )
    assert quotes == [("Nothing was decided about the summer timetable,", "Northwind Airways")]


def test_said_a_spokesman_of_no_body_names_nobody(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "All flights to the island have been cancelled until Monday.",
        "“Nothing was decided about the summer timetable,” said a spokesman.",
    )
    assert quotes == [("Nothing was decided about the summer timetable,", None)]


def test_said_a_spokesman_after_the_bodys_sentence_is_the_bodys(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Northwind Airways has cancelled all flights to the island until Monday.",
        "“Nothing was decided about the summer timetable,” said a spokesman.",
    )
    assert quotes == [("Nothing was decided about the summer timetable,", "Northwind Airways")]


def test_the_bishop_is_the_one_named_with_his_see_and_honorifics(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "The Bishop of Lindford, the Rt Rev Dr Alan Pryce, called the film a romp. "
        "Despite enjoying it, the Bishop said there was little evidence for its claims.",
        "Writing in the Lindford Echo, the Bishop said: “Conspiracy theories are fun.”",
    )
    [(_text, speaker)] = [q for q in quotes if q[0].startswith("Conspiracy")]
    # the model may take the honorifics into the name; the person is the same
    assert speaker is not None and speaker.endswith("Alan Pryce")


def test_a_quotation_after_reported_words_goes_on_with_their_speaker(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "“Tickets are still left for the late shows,” said museum spokeswoman Jane Corliss. "
        "The sale opened at 8am on Friday and will close at 6pm on Saturday. Ms Corliss "
        "said there was a big queue at the start of the sale but it had now gone down.",
        "She said the people who had bought the famous name postcards had arrived early "
        "and had spent time studying each work. “They would have known what to look for.”",
    )
    assert quotes[-1] == ("They would have known what to look for.", "Jane Corliss")


def test_reported_words_about_another_person_leave_the_quotation_open(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "The council met on Monday to discuss the bypass.",
        "Councillor Mark Ridley said Helen Stavely had misled the planning committee about "
        "the costs. “I have never misled anyone about anything.”",
    )
    assert quotes == [("I have never misled anyone about anything.", None)]
