"""Initials with an ampersand: "M&S" beside "Marks & Spencer" is the same company, also
when it closes a sentence ("said M&S."); "R&B" beside "Rhian Benson" is not her. Made-up
articles, the real model."""

from __future__ import annotations

from pathlib import Path

from test_resolve_news import linked, resolve

SHOP = [
    "Marks & Spencer has cut prices by an average of 24%.",
    'Stuart Rose, head of M&S, said its prices were too high. "We are bringing in new '
    'ranges to compete," said M&S.',
]


def test_the_initials_join_the_name_they_stand_for(model, tmp_path: Path) -> None:
    res, ex = resolve({"shop": SHOP}, tmp_path)
    pages = {e.name for e in linked(res, ex, "shop", "M&S")}
    assert pages == {"Marks & Spencer"}
    # the initials that close the sentence are a name too
    assert any(
        m.text.rstrip(".") == "M&S" and m.paragraph == 1 and m.start > 60
        for m in ex["shop"].mentions
    )


def test_initials_of_a_name_without_an_ampersand_stay_apart(model, tmp_path: Path) -> None:
    # guard: a singer's initials are not the genre
    texts = {"music": ["Rhian Benson is a rising R&B star.", "Her R&B album sold well."]}
    res, ex = resolve(texts, tmp_path)
    assert "Rhian Benson" not in {e.name for e in linked(res, ex, "music", "R&B")}
