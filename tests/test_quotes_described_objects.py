"""A sentence that names nobody but turns to a person it describes as a preposition's
object ("The affair still rankles with the Dutchman.") leaves a "he said" after it to
that person, not to the subject before it: without a name for the description, the
quotation keeps no speaker. Made-up articles in the BBC's style, through the real model
and resolver."""

from __future__ import annotations

from pathlib import Path

from .quoted_article import said

_WORDS = "I was happy at the club and had just bought a house, but they wanted to sell me,"


def _article(tmp_path: Path, turn: str) -> list[tuple[str, str | None]]:
    return said(
        tmp_path,
        "Inter defender Dennis Bergkamp says Arsenal made a mistake in selling him in 2001.",
        "Arsene Wenger surprised the football world by selling the Dutchman to Inter. But "
        f"Wenger insisted he sold the defender because the fee was too good to refuse. {turn}",
        f"“{_WORDS}” he said.",
    )


def test_a_he_after_the_text_turns_to_the_dutchman_is_not_the_manager(tmp_path: Path) -> None:
    quotes = _article(tmp_path, "The affair still rankles with the Dutchman.")
    assert quotes[-1] == (_WORDS, None)


def test_a_sentence_about_a_thing_keeps_the_manager(tmp_path: Path) -> None:
    quotes = _article(tmp_path, "The fee was a club record at the time.")
    assert quotes[-1] == (_WORDS, "Arsene Wenger")
