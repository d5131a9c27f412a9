"""A document a possessive pronoun owns speaks for the one the pronoun means: "his
report said" is the man just talked about. Made-up articles in the BBC's style, through
the real model and resolver."""

from __future__ import annotations

from pathlib import Path

from .quoted_article import said


def test_his_report_said_is_the_one_he_means(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "The review of the rail network, out on Monday, was led by former minister Peter "
        "Lund. Mr Lund was asked by the government in May to judge the timetable.",
        "The network risks becoming a “byword for delay and broken promises”, his report "
        "said. “Doing nothing is not an option.”",
    )
    assert [speaker for _, speaker in quotes] == ["Peter Lund", "Peter Lund"]


def test_her_report_is_no_mans(tmp_path: Path) -> None:
    # guard: the pronoun must fit the person, or nobody is named
    quotes = said(
        tmp_path,
        "The review of the rail network, out on Monday, was led by former minister Peter "
        "Lund. Mr Lund was asked by the government in May to judge the timetable.",
        "The network risks becoming a “byword for delay and broken promises”, her report said.",
    )
    assert [speaker for _, speaker in quotes] == [None]
