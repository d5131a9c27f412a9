"""The one a speaker told ("“…,” the 21-year-old told Carlos Herrera.") is the listener,
not the subject a later "he added" goes back to. Made-up articles in the BBC's style,
through the real model and resolver."""

from __future__ import annotations

from pathlib import Path

from .quoted_article import said

_HEADLINE = "Ruiz tricked into Valencia admission"
_LEAD = (
    "Miguel Angel Ruiz has added to speculation linking him with a move from Everton to "
    "Valencia after falling victim to a radio prank."
)
_WISH = "“I wish I was playing for Valencia,” the 21-year-old told Carlos Herrera."
_ADDED = "If I am not playing for Valencia I will have to carry on with some bad people,"


def test_he_added_after_told_x_is_not_the_listener(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        _HEADLINE,
        _LEAD,
        "The Spaniard believed he was talking to Valencia director Emilio Marquez. "
        f"{_WISH} “{_ADDED}” he added.",
    )
    assert quotes[-1] == (_ADDED, "Miguel Angel Ruiz")


def test_he_added_right_after_told_x_is_the_teller(tmp_path: Path) -> None:
    quotes = said(tmp_path, _HEADLINE, _LEAD, f"{_WISH} “{_ADDED}” he added.")
    assert quotes[-1] == (_ADDED, "Miguel Angel Ruiz")
