"""From the first runs of the Reuters sets reu157-reu162: a nickname in quotation marks
inside a person's name ('said John "Bud" Frazier') leaves one name and one speaker, and
its marks are no quotation; a body that spoke through its spokesperson is not the "he"
of a role that opens the next sentence ("A GM spokesman says …. The former GM
executive says …, “…,” he says": the former executive, whom the text does not name); a
name opens its sentence after a wire's dateline and a role's words; a document a body
issued speaks for it ("said a document issued by the PMDB", "said a China Daily
editorial", "a report by the World Bank"), and so does "the statement" after it; "X
defended … and said" after "Later,"; "said “no,” when asked" is the answer of the one
who said it; "Beryl Sprinkel, chairman of …, said he sees" calls her "he". The tests run
the real NLP model and resolver on made-up wording."""

from __future__ import annotations

from pathlib import Path

from .quoted_article import said, said_and_types


def test_a_nickname_in_marks_leaves_one_speaker(tmp_path: Path) -> None:
    quotes, types = said_and_types(
        tmp_path,
        'Wheat stocks fell, "the first good news we have had in a long time," said John '
        '"Bud" Frazier, a grain analyst with Balfour Grain Inc.',
        '"I am really excited about it," Frazier said.',
    )
    assert quotes == [
        ("the first good news we have had in a long time,", "John Frazier"),
        ("I am really excited about it,", "John Frazier"),
    ]
    assert not types.keys() & {"John", "Bud", "Frazier"}


def test_a_nickname_in_single_marks_is_part_of_the_name(tmp_path: Path) -> None:
    _, types = said_and_types(
        tmp_path,
        "Reputed boss Vincent 'Chin' Gigante was in court on Monday.",
        '"He is a sick man," Gigante\'s lawyer said.',
    )
    assert "Vincent Gigante" in types
    assert not types.keys() & {"Vincent", "Chin", "Chin' Gigante"}


def test_the_role_after_a_spokesman_is_not_the_body(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        'A General Motors spokesman says it is "too early" to know whether plants will close.',
        "The former General Motors executive says more closures are likely after a new "
        'agreement, but he adds, "you are not going to see it before the contract," he says.',
    )
    assert quotes == [
        ("too early", "General Motors"),
        ("you are not going to see it before the contract,", None),
    ]


def test_a_description_after_a_dateline_and_a_role_is_the_one_named(tmp_path: Path) -> None:
    # the name opens its sentence after the wire's dateline and four words of role
    quotes = said(
        tmp_path,
        "WASHINGTON, March 31 - House Agriculture Committee chairman Thomas Garvin says "
        "the farm credit system is sound.",
        "In a statement to the committee, the Ohio Republican said that 40 farm banks had "
        'failed. "At that pace, some 150 will go under before the year is out," he said.',
        'Despite the figures, he said, "farm lending remains remarkably safe."',
    )
    assert quotes == [
        ("At that pace, some 150 will go under before the year is out,", "Thomas Garvin"),
        ("farm lending remains remarkably safe.", "Thomas Garvin"),
    ]


def test_a_document_a_body_issued_speaks_for_it(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "The Popular Renewal Alliance backed the decision on Monday.",
        '"The road to recovery has no return," said a document issued by the Popular '
        "Renewal Alliance.",
        "The alliance said the governors supported it.",
        'The statement said the country had two choices: "Submission, or the way to independence."',
    )
    assert [speaker for _, speaker in quotes] == ["Popular Renewal Alliance"] * 2


def test_an_outlet_s_editorial_and_a_body_s_report(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        '"Raising the price of bread would conflict with stability," said a Harbour Daily '
        "editorial this month.",
        '"Growth will slow sharply," said a report by the Regional Development Bank.',
    )
    assert [speaker for _, speaker in quotes] == ["Harbour Daily", "Regional Development Bank"]


def test_and_said_after_an_opening_adverb(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Later, White House spokesman Martin Fowler defended the new tariffs against Japan "
        'and said officials "do not believe this will result in a trade war."',
    )
    assert quotes == [("do not believe this will result in a trade war.", "Martin Fowler")]


def test_said_no_when_asked_is_the_answer_of_the_one_who_said_it(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Treasury Secretary Edward Hollis was asked whether he was worried by the fall in bonds.",
        'Questioned by reporters as he left a hearing, Hollis said "no," when asked about '
        "the decline, adding that it reflected fears of a trade war.",
        '"It is what the markets think would be the consequences of a trade war."',
    )
    assert [speaker for _, speaker in quotes] == ["Edward Hollis"] * 2


def test_a_subject_s_reported_he_over_the_given_name(tmp_path: Path) -> None:
    # "Beryl" is a woman's name in our lists; the article calls this Beryl "he"
    quotes = said(
        tmp_path,
        "WASHINGTON, March 31 - Beryl Dunmore, chairman of the Council of Economic "
        'Advisers, said he sees "growing evidence that exports are strengthening."',
        "In a speech today, Dunmore said the dollar's fall had restored competitiveness.",
        '"I am confident that trade will contribute to growth this year," he said.',
    )
    assert [speaker for _, speaker in quotes] == ["Beryl Dunmore"] * 2
