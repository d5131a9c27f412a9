"""A name the pronoun cannot mean is no rival for it: "Green MEP Caroline Lucas welcomed
Tony Blair's decision. But she added: “…”" is Lucas's. Made-up articles in the BBC's
style, through the real model and resolver."""

from __future__ import annotations

from pathlib import Path

from .quoted_article import said

QUOTE = '"This treaty is a flawed document that will make the EU less accountable."'


def test_a_man_named_after_her_is_no_rival_for_she(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        f"Green MEP Caroline Lucas welcomed Tony Blair's decision on a referendum. But she "
        f"added: {QUOTE}",
    )
    assert [speaker for _, speaker in quotes] == ["Caroline Lucas"]


def test_a_woman_named_after_her_still_is(tmp_path: Path) -> None:
    # guard: with two women either may be "she"
    quotes = said(
        tmp_path,
        f"Green MEP Caroline Lucas welcomed Margaret Beckett's decision on a referendum. But "
        f"she added: {QUOTE}",
    )
    assert [speaker for _, speaker in quotes] == [None]
