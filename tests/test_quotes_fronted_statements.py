"""A statement brought in before its issuer ("In a statement detailing the bans Valve
said …") and quoted after the words with "read the statement". Made-up articles in the
BBC's style, through the real model and resolver."""

from __future__ import annotations

from pathlib import Path

from .quoted_article import said

LEAD = "Game maker Valve shut down the accounts of 20,000 players."


def test_read_the_statement_is_its_issuers(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        LEAD,
        "In a statement detailing the bans Valve said its system found the pirated copies. "
        "“The method used was extremely easy for us to trace and confirm,” read the "
        "statement.",
    )
    assert [speaker for _, speaker in quotes] == ["Valve"]


def test_a_fronted_statement_with_no_named_issuer_is_no_ones(tmp_path: Path) -> None:
    # guard: "In a statement, the company said" names no issuer
    quotes = said(
        tmp_path,
        "Valve and Sierra fell out over the game.",
        "In a statement, the company said its system found the pirated copies. “The "
        "method used was extremely easy for us to trace,” read the statement.",
    )
    assert [speaker for _, speaker in quotes] == [None]
