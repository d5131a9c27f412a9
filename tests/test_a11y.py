"""axe-core, the engine of Lighthouse's accessibility audit, on one page of every kind,
in light and dark mode, in Chromium: no serious or critical violation.

Pages are found by walking the built site (see ``page_checks.sample_pages``), so a page
kind added later is checked without a change here. The search page is checked with
results and filters shown, the entity index with the name filter's matches.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from browser import chromium, serve_site
from page_checks import axe_violations, page_address, require_axe, sample_pages

pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with chromium() as b:
        yield b


def _check_site(browser: Any, site: Path, query: str) -> dict[str, list[dict[str, Any]]]:
    """Return the blocking violations of every sampled page, by page and colour scheme."""
    axe = require_axe()
    found: dict[str, list[dict[str, Any]]] = {}
    pages = sample_pages(site)
    assert len(pages) >= 6, pages
    with serve_site(site, "/") as base:
        for scheme in ("light", "dark"):
            # axe is injected as an inline script, which the pages' policy refuses
            context = browser.new_context(color_scheme=scheme, bypass_csp=True)
            page = context.new_page()
            for path in pages:
                address = page_address(site, path, base)
                if "/search/" in address:
                    address += "?q=" + query
                page.goto(address, wait_until="load")
                if "/search/" in address:
                    page.wait_for_selector(".pagefind-ui__result", timeout=20_000)
                    page.wait_for_selector(".pagefind-ui__filter-panel", timeout=20_000)
                assert page.evaluate("matchMedia('(prefers-color-scheme: dark)').matches") == (
                    scheme == "dark"
                )
                violations = axe_violations(page, axe)
                if page.locator("#entity-filter").count():
                    # the name filter's matches, drawn by the page's script
                    page.fill("#entity-filter", "a")
                    page.locator("#entity-filter-results li").first.wait_for(timeout=10_000)
                    violations += axe_violations(page, axe)
                if violations:
                    found[f"{path.relative_to(site)} ({scheme})"] = violations
            context.close()
    return found


def test_axe_on_the_seeds(browser: Any, seeds_site: Path) -> None:
    assert _check_site(browser, seeds_site, "Kuleba") == {}


def test_axe_on_a_generated_archive(browser: Any, generated_site: Path) -> None:
    assert _check_site(browser, generated_site, "President") == {}


def test_axe_finds_a_field_with_only_a_title(browser: Any, tmp_path: Path) -> None:
    """The check can fail: the search page's old fault (a field named only by its title,
    as Pagefind's UI makes it) is reported as serious."""
    (tmp_path / "index.html").write_text(
        '<!doctype html><html lang="en"><head><title>t</title></head><body><main>'
        '<h1>t</h1><input type="text" title="Search"></main></body></html>',
        encoding="utf-8",
    )
    with serve_site(tmp_path, "/") as base:
        page = browser.new_page()
        page.goto(base)
        found = {v["id"]: v["impact"] for v in axe_violations(page, require_axe())}
        page.close()
    assert found == {"label-title-only": "serious"}
