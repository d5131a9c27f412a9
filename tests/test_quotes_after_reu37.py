"""From the first run of the Reuters sets reu37-reu39: a cue after a quotation whose
name opens an apposition of two roles joined by "and", left open up to the verb ("“…,”
Gene Cartledge, chairman and chief executive officer of Union Camp said “…”"), names
the speaker of both quotations; the "and" joins roles, not two clauses. The tests run
the real NLP model and resolver on made-up wording."""

from __future__ import annotations

from pathlib import Path

from .quoted_article import said


def test_a_cue_with_two_roles_left_open_names_its_speaker(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "PAPER STOCKS",
        "Mark Rogers, an analyst at Prudential, said the rise could stick.",
        '"The operating rates are running at about 97 pct of capacity, but demand continues '
        'to climb," Gene Carter, chairman and chief executive officer of Union Box said "The '
        'industry is essentially sold out."',
    )
    assert [speaker for _, speaker in quotes] == ["Gene Carter", "Gene Carter"]
