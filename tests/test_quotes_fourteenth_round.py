"""Quotations the stage missed or gave the wrong speaker before its fourteenth round:
double marks typed as two apostrophes ("''The fall was unsurvivable,”"), a name given as
someone's alias taken for the subject ("Friends of Kathryn Jenkin, known as Katie, have
described her as “…”"), and two speakers later called "the pair".
The articles run through the real NLP model and resolver; their wording follows the
ECB+ news the rules were found on."""

from __future__ import annotations

from pathlib import Path

from site_builder.quotes.marks import find_marked

from .quoted_article import said


def _pieces(paragraphs: list[str]) -> list[str]:
    return [paragraphs[m.paragraph][m.start : m.end] for m in find_marked(paragraphs)]


def test_two_apostrophes_typed_for_a_mark_open_and_close_a_quotation() -> None:
    assert _pieces(["''The fall was unsurvivable,” Inspector Gaskin said."]) == [
        "The fall was unsurvivable,"
    ]
    assert _pieces(["According to ''The Hollywood Reporter'', Ross will direct."]) == [
        "The Hollywood Reporter"
    ]
    assert _pieces(["LaRue was known as the ``bagman'' who delivered payoffs."]) == ["bagman"]
    # a run-on quotation whose next paragraph re-opens with two apostrophes
    assert _pieces(["''We wanted to get that done.", "''That was the time to do it.”"]) == [
        "We wanted to get that done.",
        "That was the time to do it.",
    ]


def test_apostrophes_that_mark_nothing_open_no_quotation() -> None:
    assert _pieces(["The Jones''s car was parked on the street."]) == []
    assert _pieces(["He said it was 'fine' and left."]) == []


def test_a_quotation_opened_by_two_apostrophes_has_its_speaker(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "A climber died on Mount Sefton on Saturday, police said.",
        "''The fall was unsurvivable,” Inspector Dave Gaskin said.",
    )
    assert quotes == [("The fall was unsurvivable,", "Dave Gaskin")]


def test_a_name_given_as_an_alias_is_not_the_speaker(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Kathryn Jenkin was found dead at her home in Millom on Sunday.",
        "Friends of Kathryn Jenkin, known as Katie, have described her as a “bright and "
        "much-liked student who loved her course.”",
    )
    assert all(speaker is None for _, speaker in quotes)


def test_the_subject_before_an_alias_still_speaks(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Robert Smith, known as Bob, said: “We were chatting for about half an hour before "
        "she left.”",
    )
    assert quotes == [("We were chatting for about half an hour before she left.", "Robert Smith")]


_JOINT = (
    "“Hugh Jackman is a consummate entertainer and an internationally renowned movie "
    "star,” said Laurence Mark and Bill Condon, the new producers of the show."
)


def test_the_pair_after_two_joint_speakers_is_one_of_them(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        _JOINT,
        "“Hugh is the ideal choice to host a celebration of the year's movies,” the pair "
        "said in a statement.",
    )
    assert quotes[0][1] in ("Laurence Mark", "Bill Condon")
    assert quotes[1] == (
        "Hugh is the ideal choice to host a celebration of the year's movies,",
        quotes[0][1],
    )


def test_the_pair_after_one_speaker_names_nobody(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "“Hugh Jackman is a consummate entertainer,” said Laurence Mark, the producer.",
        "“Hugh is the ideal choice to host a celebration of the year's movies,” the pair "
        "said in a statement.",
    )
    assert quotes[0][1] == "Laurence Mark"
    assert quotes[1][1] is None


def test_a_paragraph_opened_by_two_apostrophes_carries_on_the_last_quotation(
    tmp_path: Path,
) -> None:
    quotes = said(
        tmp_path,
        "''We had so many opportunities all game that we squandered,” Reggie Wayne said.",
        "''We wanted to get that done.",
        "That was the opportune time to do it.”",
    )
    assert quotes == [
        ("We had so many opportunities all game that we squandered,", "Reggie Wayne"),
        ("We wanted to get that done.", "Reggie Wayne"),
        ("That was the opportune time to do it.", "Reggie Wayne"),
    ]
