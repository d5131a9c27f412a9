"""The quotation benchmark's matching of labelled rows to shown quotations: a row takes
the quotation that holds its whole prefix before one its prefix merely starts with, so
a one-word quotation earlier in the article ("terrified") does not take the row of a
longer one that starts with the same word; a namesake the article also quotes is the
wrong speaker, though a bare surname of the row's fits him."""

from __future__ import annotations

from types import ModuleType

from .benchmark_scripts import load


def _benchmark() -> ModuleType:
    return load("quote_quality")


def test_a_row_takes_the_quotation_that_holds_its_whole_prefix() -> None:
    qq = _benchmark()
    gold = [
        qq.Gold("d", "M", (), "terrified"),
        qq.Gold("d", "Q", ("Liam Fox", "Fox"), "terrified of facing proper scrutiny"),
    ]
    shown = [
        qq.Found("d", "terrified", ("Conservative Party",), "conservative-party", False),
        qq.Found("d", "terrified of facing proper scrutiny", ("Liam Fox",), "liam-fox", False),
    ]
    result = qq.score(gold, shown, verbose=False)
    assert result["speaker accuracy"] == 1.0
    assert result["wrong speaker"] == 0
    assert result["precision"] == 1.0


def test_a_namesake_quoted_in_the_same_article_is_the_wrong_speaker() -> None:
    qq = _benchmark()
    gold = [
        qq.Gold("d", "Q", ("Sir Ian Blair", "Ian Blair", "Blair"), "Terrorists have long memories"),
        qq.Gold("d", "Q", ("Tony Blair", "Blair"), "There is no greater civil liberty"),
        qq.Gold("d", "Q", ("Blair",), "We will not give up"),
    ]
    ian = ("Ian Blair", "Blair", "Sir Ian")
    shown = [
        qq.Found("d", "Terrorists have long memories.", ian, "ian-blair", False),
        qq.Found("d", "There is no greater civil liberty.", ian, "ian-blair", False),
        qq.Found("d", "We will not give up.", ian, "ian-blair", False),
    ]
    result = qq.score(gold, shown, verbose=False)
    # the second is Tony Blair's; the third's row names no full name, so "Blair" fits
    assert result["speaker accuracy"] == 2 / 3
    assert result["wrong speaker"] == 1
