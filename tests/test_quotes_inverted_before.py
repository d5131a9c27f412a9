"""Reported words whose cue comes last ("…, says Mr Pearson.") hand the floor to that
speaker for the quotation that opens the next sentence of the same paragraph, as they do
for one that opens the next paragraph. A made-up article in the BBC's style, through the
real model and resolver."""

from __future__ import annotations

from pathlib import Path

from .quoted_article import said

_WORDS = "So the phones that fill up your pockets will simply be woven into the cloth."


def test_says_x_then_quotation_in_one_paragraph(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Engineers at a telecoms laboratory say clothes will soon carry our gadgets.",
        "Music players - the mass gadget of the moment - will disappear and instead become "
        f"part of our clothing, says Dr Helen Marsh. “{_WORDS}”",
    )
    assert quotes == [(_WORDS, "Helen Marsh")]
