""" "“…,” he is quoted as saying by Germany's Manager Magazin": "he" is the speaker,
never the outlet that quotes him. Made-up articles in the BBC's style, through the real model
and resolver."""

from __future__ import annotations

from pathlib import Path

from .quoted_article import said

LEAD = (
    "Fund manager Florian Hamm, the club's largest investor, said he would only invest more "
    "money if he got a greater say in how it is run."
)


def test_the_outlet_quoting_him_is_not_the_speaker(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        f'{LEAD} "I demand better transparency," he is quoted as saying by Germany\'s Manager '
        "Magazin.",
    )
    assert quotes[-1][1] == "Florian Hamm"
