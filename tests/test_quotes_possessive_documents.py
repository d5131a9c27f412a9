"""A document a possessive pronoun owns speaks for the one the pronoun means: "his
report said" is the man just talked about, and so is his own writing ("His sales pitch
adds:", "her website says"). Made-up articles in the BBC's style, through
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


def test_his_own_writing_speaks_for_him(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Mark Fenwick, from Leeds, said he would sell advertising space on his car for a year.",
        "On the auction site, Mr Fenwick calls himself an “ordinary driver”. His sales pitch "
        "adds: “Buy space on the most famous car in Yorkshire today.”",
        "He has written to firms in the city. His letter reads: “The bonnet is yours.”",
    )
    assert [speaker for _, speaker in quotes] == ["Mark Fenwick"] * 3


def test_her_website_is_no_mans(tmp_path: Path) -> None:
    # guard: the pronoun must fit the person, or nobody is named
    quotes = said(
        tmp_path,
        "Mark Fenwick, from Leeds, said he would sell advertising space on his car for a year.",
        "Her website says: “Buy space on the most famous car in Yorkshire today.”",
    )
    assert [speaker for _, speaker in quotes] == [None]
