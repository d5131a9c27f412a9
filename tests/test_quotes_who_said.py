"""A cue in a relative clause is said by the name the clause follows, even the object of
a preposition: "This was rejected by Mr Blair, who said: “…”" is Blair's; "Ryan Crabbe
and Gordon Rennie, who observed, “…”" is two people's, so neither alone. Made-up
articles in the BBC's style, through the real model and resolver."""

from __future__ import annotations

from pathlib import Path

from .quoted_article import said


def test_the_name_before_who_said(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Chelsea boss Jose Mourinho and Arsenal manager Arsene Wenger met on Friday.",
        "The plan was rejected by Jose Mourinho, who said: “We will not accept a change "
        "to the rules this season.”",
        "His claims were denied by Arsene Wenger, who accused the league of “running "
        "scared of a proper debate”.",
    )
    assert quotes == [
        ("We will not accept a change to the rules this season.", "Jose Mourinho"),
        ("running scared of a proper debate", "Arsene Wenger"),
    ]


def test_two_names_before_who_said_are_neither_alone(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Fans Ryan Crabbe and Gordon Rennie were at the concert in Warwick.",
        "Less impressed were Ryan Crabbe and Gordon Rennie, who observed, “The band has "
        "clearly progressed, but they are still not very inspiring.”",
    )
    assert quotes[-1][1] is None
