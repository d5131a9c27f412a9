"""A name like "M&S" closing a sentence ends that sentence: its last capital is no initial,
so the "it" of the next sentence looks back to that sentence's subject. Made-up articles in
the BBC's style, through the real model and resolver."""

from __future__ import annotations

from pathlib import Path

from .quoted_article import said

QUOTE = '"Either way, this cannot be good news for the retailer\'s margin," it added.'


def test_a_sentence_closed_by_an_ampersand_name_ends_there(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Marks & Spencer has cut prices in London by an average of 24%, according to a "
        "City investment bank.",
        "Next is one of M&S's biggest competitors and the move may force it to lower prices. "
        'DrKW said the cuts could indicate a longer term "step change in pricing" at M&S. '
        f"{QUOTE}",
    )
    assert quotes[-1][1] == "DrKW"
