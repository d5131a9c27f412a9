"""A person named by nationality ("the Dutchman", "the Briton", "the 25-year-old Scot") is
no name of its own: no entity page, and "the Dutchman said" is the person just talked
about. Made-up articles in the BBC's style, through the real model and resolver."""

from __future__ import annotations

from pathlib import Path

from test_extract import make_article, nlp, run  # noqa: F401 (nlp: a fixture)

from site_builder.nationals import is_national_noun

from .quoted_article import said, said_and_types


def test_nationality_nouns() -> None:
    for word in ("Dutchman", "Frenchwoman", "Briton", "Britons", "Scot", "Yorkshireman"):
        assert is_national_noun(word), word
    for word in ("Dutch", "Brit", "Scotland", "Manchester", "Polish", "Bradman"):
        assert not is_national_noun(word), word


def test_a_nationality_noun_is_no_name(nlp, tmp_path: Path) -> None:  # noqa: F811
    article = make_article(
        "nouns",
        [
            "Tottenham manager Martin Jol praised his side. The Dutchman was delighted.",
            "The 25-year-old Briton clocked 7.98 seconds in the hurdles.",
            "Finn Russell kicked the winning penalty for the Scots.",
        ],
    )
    ex, _ = run([article], tmp_path)
    names = {m.text for m in ex["nouns"].mentions}
    assert "Martin Jol" in names
    assert not names & {"Dutchman", "Briton"}
    assert "Finn Russell" in names  # a given name opening a sentence stays


def test_the_dutchman_said_is_the_one_just_talked_about(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Tottenham manager Martin Jol acclaimed his players for their patience in their "
        "3-0 FA Cup fifth-round victory over a determined Nottingham Forest side.",
        "“We had the initiative but it wasn't easy,” the Dutchman said. “Forest played "
        "with a lot of players behind the ball,” said the 51-year-old Dutchman.",
    )
    assert [speaker for _, speaker in quotes] == ["Martin Jol", "Martin Jol"]


def test_a_nationality_noun_before_a_full_name_is_no_part_of_it() -> None:
    from site_builder.resolve.person_cues import name_after_opening_demonym

    assert name_after_opening_demonym("Briton Karl Keska", "PERSON") == ("Karl Keska", True)
    assert name_after_opening_demonym("Scot Nick Smith", "ORG") == ("Nick Smith", True)


def test_said_the_american_is_the_one_just_talked_about(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Andre Agassi was delighted with victory over Nicolas Massu in his first match "
        "for over two months. “I felt pretty good,” said the American. “I liked the way "
        "the match played out.”",
        "Anna Gold reached the final in Auckland. Gold could not match her opponent's "
        "accuracy. “It was my first final,” said the New Zealander.",
    )
    assert [speaker for _, speaker in quotes] == ["Andre Agassi", "Andre Agassi", "Anna Gold"]


def test_a_nationality_adjective_before_a_noun_names_no_one(tmp_path: Path) -> None:
    # "the American embassy" is a body, not Agassi: the words stay without a speaker
    quotes = said(
        tmp_path,
        "Andre Agassi was delighted with victory over Nicolas Massu in his first match "
        "for over two months. “Visas will be issued on Monday,” said the American embassy "
        "in Santiago.",
    )
    assert [speaker for _, speaker in quotes] != ["Andre Agassi"]


def test_a_person_named_by_their_city_is_no_name(tmp_path: Path) -> None:
    assert is_national_noun("Dubliner") and is_national_noun("Londoners")
    assert not is_national_noun("Dublin")
    _, types = said_and_types(
        tmp_path,
        "Apple is being sued by Californian Thomas Slattery over its iTunes store.",
        "“Apple has turned an open standard into an anti-competitive one,” the lawsuit "
        "says. The 25-year-old Dubliner Richard Dunne and the Londoners backed him.",
    )
    assert not {"Dubliner", "Londoners", "Californian Thomas Slattery"} & set(types)
    assert {"Thomas Slattery", "Richard Dunne"} <= set(types)


def test_a_demonym_no_suffix_marks_is_no_name(tmp_path: Path) -> None:
    # "Kuwaiti", "Somali", "Kenyan": a nationality's adjective, not a place's or a
    # person's page (the Reuters archive's "Kuwaiti" had 44 mentions), and not part of
    # the name it stands before
    _, types = said_and_types(
        tmp_path,
        "KUWAIT, March 20 - The Kuwaiti oil minister said output would stay at quota.",
        "Kenyan Bernard Lagat won the 3,000 metres in Birmingham ahead of Somali runners.",
        '"I am happy with the time," Lagat said.',
    )
    assert not {"Kuwaiti", "Somali", "Kenyan Bernard Lagat"} & set(types)
    assert types["Bernard Lagat"] == "person"
