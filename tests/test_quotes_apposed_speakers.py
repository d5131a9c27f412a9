"""Speakers named around an inverted cue: the name that closes a description ("said
one of their lawyers, Ann Bell"), a name with an unclosed "founder of …" apposition,
and a described role that refers back to the person just talked about ("The world
indoor champion said:", "the singer said")."""

from __future__ import annotations

from pathlib import Path

from .quoted_article import said


def test_the_name_closing_a_description_with_a_preposition_speaks(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "The two cyclists face long bans after missing three tests last year.",
        "“A ruling is now expected by the end of April,” said one of their lawyers, "
        "Stefan Moravec. The hearing was held in Lausanne.",
    )
    assert quotes == [("A ruling is now expected by the end of April,", "Stefan Moravec")]


def test_capitalised_premodifiers_may_stand_before_the_closing_name(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "The report on school funding is expected next week.",
        "“It will be a disaster if the cuts go ahead,” said the chairman of the Commons "
        "transport committee, Labour MP Gordon Pell.",
    )
    assert quotes == [("It will be a disaster if the cuts go ahead,", "Gordon Pell")]


def test_a_person_noun_after_the_preposition_leaves_the_name_unclear(tmp_path: Path) -> None:
    # the name may be the spokesman's or the minister's: nobody is chosen
    quotes = said(
        tmp_path,
        "The minister has been asked to resign over the contract.",
        "“There will be no comment until Monday,” said a spokesman for the minister, Daniel Roper.",
    )
    assert quotes == [("There will be no comment until Monday,", None)]


def test_a_role_of_apposition_left_open_before_the_verb(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "The singer apologised for the costume on Monday.",
        "He should visit “the museum he so carelessly mocked”, Rabbi Aaron Feld, founder "
        "of the rights group the Feld Institute said.",
    )
    assert quotes == [("the museum he so carelessly mocked", "Aaron Feld")]


def test_a_described_champion_is_the_subject_just_named(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Tomas Berglund shook off a cold to win the 400m in Ghent.",
        "Berglund clocked 45.6 seconds to set a meeting record. The European indoor "
        "champion said: “I nearly stayed at home this morning.”",
    )
    assert quotes == [("I nearly stayed at home this morning.", "Tomas Berglund")]


def test_a_described_role_after_reported_speech_is_its_speaker(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Team captain Greta Lindholm said the squad would understand if Maria Kovac "
        "stayed at home. “It would be lovely to have her with us,” said the world "
        "cross-country champion.",
    )
    assert quotes == [("It would be lovely to have her with us,", "Greta Lindholm")]


def test_a_bare_identity_noun_refers_back_too(tmp_path: Path) -> None:
    words = "We would not want to lose them by trying too hard to connect with a new crowd,"
    quotes = said(
        tmp_path,
        "The band's new album is out on Monday.",
        "Simon Harte said earlier this year that the group were not trying to update their "
        f"sound too much. “{words}” the singer said.",
    )
    assert quotes == [(words, "Simon Harte")]


def test_another_person_between_leaves_the_described_role_unknown(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Tomas Berglund won the 400m in Ghent. Pavel Moravec was second.",
        "The European indoor champion said: “I nearly stayed at home this morning.”",
    )
    assert quotes == [("I nearly stayed at home this morning.", None)]


def test_a_prepositions_object_between_leaves_the_subject(tmp_path: Path) -> None:
    # Mark Phillips is only whom the subject was playing, not whom the text is about
    quotes = said(
        tmp_path,
        "Tomas Berglund's place at the Open is in doubt after a hip injury.",
        "Berglund was serving at 5-6 down in the first set to fellow American Mark Phillips "
        "when he decided to end the match. “My hip was cramping,” said the 34-year-old.",
    )
    assert quotes == [("My hip was cramping,", "Tomas Berglund")]


def test_a_place_in_the_draw_describes_the_player(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Anna Keller and Julia Morgan won their opening matches in Los Angeles.",
        "Morgan, who lost to Keller in Beijing, was pleased. The tournament debutant "
        "added: “I love it here.” The top seed said: “The crowd was great.”",
    )
    assert quotes == [
        ("I love it here.", "Julia Morgan"),
        ("The crowd was great.", "Julia Morgan"),
    ]


def test_an_office_role_does_not_refer_back(tmp_path: Path) -> None:
    # "the Labour leader" is an office another person may hold
    quotes = said(
        tmp_path,
        "Tony Marsh spoke at the conference in Leeds on Friday.",
        "The Labour leader said: “We will win the next election.”",
    )
    assert quotes == [("We will win the next election.", None)]


def test_a_described_actor_with_a_titled_film_in_his_apposition(tmp_path: Path) -> None:
    # a colon before a capital inside the relative clause is a film's subtitle
    quotes = said(
        tmp_path,
        "Hollywood star Connor Whelan has backed a campaign to save the Dockside Theatre.",
        "The Oscar-nominated actor, whose films include Deep Water and Star Trails: The "
        "Long Night, said: “The theatre gave me my start.”",
    )
    assert quotes == [("The theatre gave me my start.", "Connor Whelan")]


def test_a_description_inside_an_open_apposition_only_says_where(tmp_path: Path) -> None:
    # "the firm" fits the verb too, but stands inside the apposition of the name that
    # opens the clause; another firm named before must not take the quotation
    quotes = said(
        tmp_path,
        "Network maker Halvor Systems and the firm Brightline Radio both showed new masts.",
        "The masts may be more than operators need today, but Marta Okonjo, president of "
        "the radio division at the firm says that: “Demand will rise tenfold by 2015.”",
    )
    assert quotes == [("Demand will rise tenfold by 2015.", "Marta Okonjo")]


def test_an_open_apposition_may_name_the_body_before_the_role(tmp_path: Path) -> None:
    # the comma that closes "a Vextel spokesperson" is missing; the body's name and the
    # possessive before the role are only whose spokesperson or futurologist he is
    quotes = said(
        tmp_path,
        "Phone firm Vextel says it has closed the loophole.",
        "“We took corrective action immediately,” Piotr Dobrev, a Vextel spokesperson said.",
        "“What happens here today, we will see in a year,” Adam Hulme, the Broadcast "
        "Centre's futurologist told the BBC News website.",
        "“Patent rights protect inventors,” Eva Lindqvist, a Swedish Green member of the "
        "European Parliament said.",
    )
    assert [speaker for _, speaker in quotes] == ["Piotr Dobrev", "Adam Hulme", "Eva Lindqvist"]
