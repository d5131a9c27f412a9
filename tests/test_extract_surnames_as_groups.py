"""A surname the model reads as a nationality because of its ending ("Campese", like
"Japanese") is the surname of the article's full name: left to the capitalised words the
model missed, it links to David Campese, and his "he said" after "Campese has tipped
Wales" is his. Through the real model, resolver and quotes."""

from __future__ import annotations

from pathlib import Path

from test_extract import make_article, nlp, run  # noqa: F401 (nlp: a fixture)

from .quoted_article import said

_LEAD = (
    "Former Australian wing David Campese has told England to stop whingeing in the wake "
    "of their defeat to Ireland."
)
_LATER = (
    "England face a potential wooden spoon match against Italy on 12 March. Campese has "
    "tipped Wales to win both the Six Nations and the Grand Slam. “It's been a surprising "
    "tournament,” he said."
)


def test_a_surname_read_as_a_nationality_is_still_a_name(nlp, tmp_path: Path) -> None:  # noqa: F811
    ex, _ = run([make_article("a", [_LEAD, _LATER])], tmp_path)
    alone = [m for m in ex["a"].mentions if m.text == "Campese"]
    assert alone and all(m.label != "NORP" for m in alone)


def test_his_he_said_after_the_surname_is_his(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        _LEAD,
        "England coach Andy Robinson lambasted the referee for costing them the game.",
        _LATER,
    )
    assert quotes[-1] == ("It's been a surprising tournament,", "David Campese")
