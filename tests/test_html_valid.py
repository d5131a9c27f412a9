"""The Nu HTML Checker (the W3C's validator) finds no error in the built pages: every page
of the seeds, and one page of every kind of a generated archive whose lists are paged."""

from __future__ import annotations

from pathlib import Path

import pytest
from page_checks import sample_pages, vnu_errors

pytestmark = [pytest.mark.slow]


def test_every_page_of_the_seeds_is_valid(seeds_site: Path) -> None:
    pages = [p for p in sorted(seeds_site.rglob("*.html")) if "pagefind" not in p.parts]
    assert len(pages) > 20
    assert vnu_errors(pages) == []


def test_every_kind_of_page_of_a_generated_archive_is_valid(generated_site: Path) -> None:
    pages = sample_pages(generated_site)
    assert len(pages) >= 6
    assert vnu_errors(pages) == []


def test_the_lists_of_quotations_of_a_large_archive_are_valid(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A speaker's own list and the list without a speaker appear only when the quotes
    page cannot hold every quotation: rendered here from a small site with small lists."""
    from site_builder.config import Config
    from site_builder.render import quotes as quotes_module

    from .test_quote_lists import _site_with_quotes
    from .test_render import render_pages

    monkeypatch.setattr(quotes_module, "ENTITY_QUOTES", 1)
    monkeypatch.setattr(quotes_module, "QUOTES_PER_LIST_ITEM", 1)
    site, _ = _site_with_quotes()
    files = render_pages(site, Config(page_size=2))
    wanted = [
        "quotes/index.html",
        "quotes/unattributed/index.html",
        "entities/olena-petrenko/index.html",
        "entities/olena-petrenko/quotes/index.html",
        "entities/olena-petrenko/quotes/2/index.html",
    ]
    pages = []
    for rel in wanted:
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(files[rel])
        pages.append(path)
    assert vnu_errors(pages) == []


def test_the_checker_finds_an_error(tmp_path: Path) -> None:
    """The check can fail: a page with a known error is reported."""
    page = tmp_path / "site" / "bad.html"
    page.parent.mkdir()
    page.write_text(
        '<!doctype html><html lang="en"><head><title>x</title></head>'
        '<body><p aria-label="x">text</p><div><p></div></body></html>',
        encoding="utf-8",
    )
    errors = vnu_errors([page])
    assert any("aria-label" in e for e in errors), errors
