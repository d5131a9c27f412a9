"""Speakers the small model does not tag as names: a name right after a quotation read
as a title ('," Simon Yates, a senior analyst … said'), and a surname after a title
with no full name anywhere ("said Mr Davies", "Dr Gillingwater told"). Made-up articles
in the BBC's style, through the real model and resolver."""

from __future__ import annotations

from pathlib import Path

from .quoted_article import said, said_and_types


def test_a_name_after_the_closing_mark_is_the_speaker(tmp_path: Path) -> None:
    quotes, types = said_and_types(
        tmp_path,
        "Markets fell on Monday.",
        '"The problem will hit markets in the long term," Simon Yates, a senior analyst '
        "for Forrester Research, said.",
    )
    assert [speaker for _, speaker in quotes] == ["Simon Yates"]
    assert types["Simon Yates"] == "person"


def test_a_titled_surname_alone_is_a_person_who_speaks(tmp_path: Path) -> None:
    quotes, types = said_and_types(
        tmp_path,
        "Online communities could build trust, says a think-tank.",
        '"At the moment ID cards have been presented as a way to keep tabs on people," '
        "said Mr Davies.",
    )
    assert [speaker for _, speaker in quotes] == ["Mr Davies"]
    assert types["Mr Davies"] == "person"


def test_a_titled_common_word_is_no_one(tmp_path: Path) -> None:
    # guard: the word after the title must be a name's, not a common word
    quotes = said(
        tmp_path,
        "Fans queued all night.",
        "“It is the best series we have made,” said the Doctor Who producer.",
    )
    assert [speaker for _, speaker in quotes] == [None]
