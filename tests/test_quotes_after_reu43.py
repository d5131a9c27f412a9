"""From the first run of the Reuters sets reu43-reu45: "X agreed, “…”" is X's words, as
"“…,” agreed X" was; "agreed" followed by a day or a deal ("agreed Friday to pay …",
"agreed to the terms") still cues nothing. The tests run the real NLP model and resolver
on made-up wording."""

from __future__ import annotations

from pathlib import Path

from .quoted_article import said


def test_agreed_before_a_quotation_cues_it(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "TRADE TALKS",
        '"It appears reasonable progress is being made," Premier Brian Moulton said.',
        'Alberta Premier Don Getty agreed, "Things are running pretty quickly now."',
    )
    assert quotes[-1] == ("Things are running pretty quickly now.", "Don Getty")


def test_agreed_to_a_deal_cues_nothing(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "TRADE TALKS",
        "Alberta Premier Don Getty agreed to the terms of what the paper called a "
        '"very generous settlement for the province" on Tuesday.',
    )
    assert all(speaker != "Don Getty" for _, speaker in quotes)
