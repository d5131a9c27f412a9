"""A role with its own capitalised words ("the French president") means the holder
titled with them ("French President Jacques Chirac"), not another of that role named
since ("President Bush"). Made-up articles in the BBC's style, through the real model
and resolver."""

from __future__ import annotations

from pathlib import Path

from .quoted_article import said

_WORDS = "Europe today has more than ever the need to reinforce its unity,"


def _article(tmp_path: Path, role: str) -> list[tuple[str, str | None]]:
    return said(
        tmp_path,
        "Tony Blair urged European leaders to accept the re-election of President Bush.",
        "French President Jacques Chirac reacted by saying Europe needed its own unity.",
        "Mr Blair has been closer to President Bush than any other European leader. His "
        f"words met a cool reception in Paris. “{_WORDS}” {role} told reporters.",
    )


def test_the_french_president_is_the_one_titled_french(tmp_path: Path) -> None:
    assert _article(tmp_path, "the French president")[-1] == (_WORDS, "Jacques Chirac")


def test_the_bare_president_stays_unclear(tmp_path: Path) -> None:
    assert _article(tmp_path, "the president")[-1] == (_WORDS, None)
