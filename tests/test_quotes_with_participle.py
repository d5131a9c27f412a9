""" "…, with America's TV Guide magazine describing the series as “…”": the name after
"with" (behind a possessive, before a kind word) speaks, not the sentence's subject. A
made-up article in the BBC's style, through the real model and resolver."""

from __future__ import annotations

from pathlib import Path

from .quoted_article import said_and_types

_WORDS = "a cross between The Simpsons and This Is Spinal Tap"


def test_with_possessed_magazine_describing(tmp_path: Path) -> None:
    quotes, types = said_and_types(
        tmp_path,
        "Sharon Osbourne has been named the most important woman in rock.",
        "At its peak, The Osbournes had a regular audience of eight million, with America's "
        f"TV Guide magazine describing the series as “{_WORDS}”.",
    )
    assert types.get("TV Guide") == "organization"
    assert quotes == [(_WORDS, "TV Guide")]
