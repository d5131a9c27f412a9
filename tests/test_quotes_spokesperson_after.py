"""A spokesperson for a body, named after the quotation ("“…,” a spokesman for Dell
said"), speaks for that body, as "A spokesman for Dell said: “…”" does. Made-up articles
in the BBC's style, through the real model and resolver."""

from __future__ import annotations

from pathlib import Path

from .quoted_article import said

QUOTE = '"This machine is for small businesses and for people who want a second computer,"'


def test_a_body_spokesman_after_the_quotation(tmp_path: Path) -> None:
    quotes = said(tmp_path, f"{QUOTE} a spokesman for Microsoft said.")
    assert [speaker for _, speaker in quotes] == ["Microsoft"]


def test_a_body_named_elsewhere_in_the_clause_is_not_the_speaker(tmp_path: Path) -> None:
    # guard: only "a spokesman for" right before the body makes its words the body's
    quotes = said(tmp_path, f"{QUOTE} a man who works for Microsoft said.")
    assert [speaker for _, speaker in quotes] != ["Microsoft"]
