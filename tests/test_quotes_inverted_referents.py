"""A description after an inverted cue ("“…,” said Ana Ruiz, games specialist at …. “…,”
added the Spanish-born researcher") is the person the sentence before quoted, even when
named once. A made-up article in the BBC's style, through the real model and resolver."""

from __future__ import annotations

from pathlib import Path

from .quoted_article import said

_FIRST = "When I started researching political games, I thought it would take decades,"
_SECOND = "I must admit that I was surprised at how fast they have grown,"


def test_added_the_researcher_after_said_x(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Political video games are spreading fast, researchers say.",
        f"“{_FIRST}” said Ana Ruiz, games specialist at the University of Leeds. "
        f"“{_SECOND}” added the Spanish-born researcher, who has made games for two parties.",
    )
    assert quotes == [(_FIRST, "Ana Ruiz"), (_SECOND, "Ana Ruiz")]
