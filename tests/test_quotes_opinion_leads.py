""" "In his opinion, “…”" and "In her view, “…”": a lead whose possessive is the speaker."""

from __future__ import annotations

from pathlib import Path

from .quoted_article import said


def test_in_her_view_gives_the_quotation_to_her(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Former minister Dora Salas spoke in Quito on Monday.",
        "“We cannot begin from square one,” she said.",
        "In her view, “the region is going back to its original vision.”",
    )
    assert quotes[-1] == ("the region is going back to its original vision.", "Dora Salas")
