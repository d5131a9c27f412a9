"""A company's name misspelt by one letter in a story that spells it right more often
("a Pennzol spokesman" in a story about Pennzoil) is that company; two bodies whose names
are a letter apart, each written as often, and a plural's "s", stay apart. Real model
and resolver."""

from __future__ import annotations

from pathlib import Path

from test_resolve import by_name, resolve_texts


def test_a_name_misspelt_once_in_its_story(model, tmp_path: Path) -> None:
    res, _, _ = resolve_texts(
        {
            "a": [
                "HOUSTON, June 29 - Pennzoil Co said it was advised of a brief in its case.",
                "Pennzoil said the brief is expected to be filed about July 20.",
                "The brief was welcome, a Pennzol spokesman said.",
            ]
        },
        tmp_path,
    )
    assert "Pennzol" in by_name(res, "Pennzoil Co").aliases


def test_names_a_letter_apart_as_often_stay_apart(model, tmp_path: Path) -> None:
    res, _, _ = resolve_texts(
        {
            "a": [
                "Philips NV said it signed a supply contract with Phillips Co on Monday.",
                "Shares of Time Inc rose after The Times reported the sale.",
            ]
        },
        tmp_path,
    )
    names = {e.name for e in res.entities}
    assert {"Philips NV", "Phillips Co", "Time Inc", "Times"} <= names
