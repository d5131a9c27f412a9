"""Readers who use no mouse, with Playwright's keyboard in Chromium: a skip link first on
every page, a visible focus on every stop, every link and field reachable with Tab, and
search (its field, filters, order menu and results) and the name filter used by keys.

Pages are one of every kind, found by walking the built site (``sample_pages``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from browser import PageWatch, chromium, serve_site
from page_checks import page_address, sample_pages

pytestmark = [pytest.mark.browser, pytest.mark.slow]

MAX_TAB_STOPS = 400  # a page with more stops is walked this far (the check is the same)

# An element's name in both lists: what it is and points to, and which of the elements so
# named it is. Counting only those (not every element of the page) keeps the name when the
# search interface adds its filters while the walk is under way.
KEY_JS = """el => {
  const sig = e => e.tagName + '|' + (e.getAttribute('href') || e.id || e.name || e.className);
  const same = Array.from(document.getElementsByTagName(el.tagName)).filter(
    e => sig(e) === sig(el));
  return sig(el) + '|' + same.indexOf(el);
}"""

# what the focused element shows: an outline, or a ring drawn with a shadow
FOCUS_STYLE = (
    """() => {
  const KEY = """
    + KEY_JS
    + """;
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const s = getComputedStyle(el);
  const r = el.getBoundingClientRect();
  return {
    tag: el.tagName.toLowerCase(),
    text: (el.textContent || el.value || el.getAttribute('aria-label') || '').trim().slice(0, 40),
    key: KEY(el),
    outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2,
    shadow: s.boxShadow !== 'none',
    onScreen: r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight,
  };
}"""
)

# move the focus to the start of the document, where Tab begins on a page opened afresh
FROM_THE_TOP = """() => {
  const b = document.body;
  b.tabIndex = -1;
  b.focus();
  b.removeAttribute('tabindex');
}"""

# the elements a keyboard must reach: visible links, fields and buttons
FOCUSABLE = (
    """() => {
  const KEY = """
    + KEY_JS
    + """;
  return Array.from(document.querySelectorAll(
    'a[href], input:not([type=hidden]), select, textarea, button, summary, [tabindex]'))
  .filter(el => el.tabIndex >= 0 && !el.disabled && el.getClientRects().length > 0
    && getComputedStyle(el).visibility !== 'hidden')
  .map(KEY);
}"""
)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with chromium() as b:
        yield b


def _tab_through(page: Any) -> list[dict[str, Any]]:
    """Press Tab from the top of the page until the focus comes round; return each stop."""
    # start from the top of the document, as a page opened without a focused field does
    # (the search page puts the focus in its field: the walk must not start there)
    page.evaluate(FROM_THE_TOP)
    stops: list[dict[str, Any]] = []
    seen: set[str] = set()
    for _ in range(MAX_TAB_STOPS):
        page.keyboard.press("Tab")
        stop = page.evaluate(FOCUS_STYLE)
        if stop is None or stop["key"] in seen:
            break
        seen.add(stop["key"])
        stops.append(stop)
    return stops


def _check_page(page: Any, address: str) -> list[str]:
    """Return what a keyboard user cannot do on the page at ``address``."""
    problems: list[str] = []
    # the search page builds its filters from fetched data: the walk keys stops by their
    # place in the document, so it starts only once nothing is loading any more
    page.goto(address, wait_until="networkidle")
    stops = _tab_through(page)
    if not stops or stops[0]["text"] != "Skip to content":
        problems.append(f"the first Tab stop is not the skip link: {stops[:1]}")
    for stop in stops:
        if not (stop["outline"] or stop["shadow"]):
            problems.append(f"no visible focus on {stop['tag']} {stop['text']!r}")
        if not stop["onScreen"]:
            problems.append(f"focused {stop['tag']} {stop['text']!r} is off the screen")
    if len(stops) < MAX_TAB_STOPS:
        missed = set(page.evaluate(FOCUSABLE)) - {s["key"] for s in stops}
        if missed:
            problems.append(f"not reachable with Tab: {sorted(missed)[:5]}")
    # the skip link takes the focus to the content
    page.goto(address, wait_until="load")
    page.evaluate(FROM_THE_TOP)
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    if page.evaluate("() => document.activeElement && document.activeElement.id") != "main":
        problems.append("the skip link does not move the focus to the content")
    return problems


def _check_site(browser: Any, site: Path) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    with serve_site(site, "/") as base:
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        page = context.new_page()
        for path in sample_pages(site):
            if path.name == "404.html":
                continue  # served as a page of its own only by GitHub Pages
            problems = _check_page(page, page_address(site, path, base))
            if problems:
                found[str(path.relative_to(site))] = problems
        context.close()
    return found


def test_every_kind_of_page_of_the_seeds_by_keyboard(browser: Any, seeds_site: Path) -> None:
    assert _check_site(browser, seeds_site) == {}


def test_every_kind_of_page_of_a_generated_archive_by_keyboard(
    browser: Any, generated_site: Path
) -> None:
    assert _check_site(browser, generated_site) == {}


def _focus(page: Any, selector: str, limit: int = 200) -> None:
    """Press Tab until the element matching ``selector`` has the focus."""
    for _ in range(limit):
        if page.evaluate(f"() => document.activeElement.matches({selector!r})"):
            return
        page.keyboard.press("Tab")
    raise AssertionError(f"{selector} was not reached with Tab")


def test_search_by_keyboard(browser: Any, seeds_site: Path) -> None:
    """Type a query, tick a filter, change the order and open a result: keys only."""
    with serve_site(seeds_site, "/") as base:
        context = browser.new_context()
        page = context.new_page()
        watch = PageWatch(page)
        page.goto(base + "search/", wait_until="load")
        page.locator(".pagefind-ui__search-input").wait_for()
        page.evaluate("() => document.activeElement.blur()")
        _focus(page, ".pagefind-ui__search-input")
        page.keyboard.type("Kuleba")
        message = page.locator(".pagefind-ui__message")
        message.filter(has_text=re.compile(r"\d+ results? for Kuleba")).wait_for(timeout=20_000)
        before = message.inner_text()
        # a filter: reach a checkbox with Tab and tick it with the space bar
        _focus(page, ".pagefind-ui__filter-checkbox")
        page.keyboard.press("Space")
        page.wait_for_function(
            "b => document.querySelector('.pagefind-ui__message').textContent !== b", arg=before
        )
        assert page.evaluate("() => document.activeElement.checked") is True
        # the order menu, before the search field: Shift+Tab back to it, then an arrow key
        _focus_back = 0
        while not page.evaluate("() => document.activeElement.id === 'search-sort'"):
            page.keyboard.press("Shift+Tab")
            _focus_back += 1
            assert _focus_back < 200, "the order menu was not reached with Shift+Tab"
        with page.expect_navigation():
            page.keyboard.press("ArrowDown")
        assert "sort=date%3Adesc" in page.url and "q=Kuleba" in page.url
        message.filter(has_text=re.compile(r"\d+ results? for Kuleba")).wait_for(timeout=20_000)
        # a result: Tab to its link and follow it with Enter
        page.evaluate("() => document.activeElement.blur()")
        _focus(page, ".pagefind-ui__result-link")
        target = page.evaluate("() => document.activeElement.href")
        with page.expect_navigation():
            page.keyboard.press("Enter")
        assert page.url.split("#")[0] == target.split("#")[0]
        assert watch.problems == []
        context.close()


def test_the_name_filter_by_keyboard_finds_a_name_the_index_does_not_show(
    browser: Any, generated_site: Path
) -> None:
    """The index shows the most mentioned names only; the filter finds any other."""
    import json

    names = json.loads((generated_site / "names" / "names.json").read_text("utf-8"))
    index_html = (generated_site / "entities" / "index.html").read_text("utf-8")
    hidden = next(row for row in reversed(names) if f'href="/entities/{row[3]}/"' not in index_html)
    with serve_site(generated_site, "/") as base:
        context = browser.new_context()
        page = context.new_page()
        watch = PageWatch(page)
        page.goto(base + "entities/", wait_until="load")
        _focus(page, "#entity-filter")
        page.keyboard.type(hidden[0])
        status = page.locator("#entity-filter-status")
        status.filter(has_text=re.compile(r"match")).wait_for(timeout=10_000)
        assert page.locator("#entity-groups").is_hidden()
        page.keyboard.press("Tab")
        # the first match is the name typed (or one that contains it), reached by Tab
        focused = page.evaluate("() => document.activeElement.getAttribute('href')")
        found = page.eval_on_selector_all(
            "#entity-filter-results a", "els => els.map(e => e.getAttribute('href'))"
        )
        assert f"/entities/{hidden[3]}/" in found
        assert focused == found[0]
        with page.expect_navigation():
            page.keyboard.press("Enter")
        assert page.url.startswith(base + "entities/")
        assert watch.problems == []
        context.close()
