"""A body's name the model never tags, set as a body by the word before it and named
again: "copy protection firm Macrovision. … Macrovision says" (seen on BBC News: the
firm had no page, and "said the firm" no speaker). Made-up articles, the real model."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_resolve_news import resolve

from site_builder.resolve import Resolution

FIRM = [
    "DVDs will be harder to copy thanks to new anti-piracy measures devised by copy "
    "protection firm Macrovision.",
    "The pirated DVD market is enormous. Macrovision says its new technology will thwart "
    "most of the current copying programs. Macrovision said the new technology will work "
    "in nearly all players.",
]


def _pages(res: Resolution) -> dict[str, str]:
    return {e.name: e.type for e in res.entities}


def test_a_named_firm_the_model_missed_gets_its_page(model, tmp_path: Path) -> None:
    res, ex = resolve({"dvd": FIRM}, tmp_path)
    labels = {m.label for m in ex["dvd"].mentions if m.text == "Macrovision"}
    if labels != {"CAND"}:
        pytest.fail(f"the model now tags the name ({labels}): pick another")
    assert _pages(res).get("Macrovision") == "organization"


def test_one_mention_is_not_enough(model, tmp_path: Path) -> None:
    # guard: a capitalised word set as a body once may be anything; it must come back
    res, _ = resolve(
        {"dvd": [FIRM[0], "The firm says its technology will stop copying."]}, tmp_path
    )
    assert "Macrovision" not in _pages(res)
