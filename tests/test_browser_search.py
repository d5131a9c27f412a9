"""Issue 5 in a real browser: Pagefind search on the seeds, under /repo/ and at the root.

Chromium (Debian's) is driven by Playwright. Every flow also checks that the browser saw
no console error and no failed request (every response 2xx or 304). On failure a
screenshot of the page is saved in the test's temporary folder.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from browser import PageWatch, chromium, serve_site
from site_data import load_export

pytestmark = [pytest.mark.browser, pytest.mark.slow]

RESULT_COUNT = re.compile(r"(\d+) results? for")


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with chromium() as b:
        yield b


@pytest.fixture(params=["/repo/", "/"], ids=["subpath", "root"])
def layout(request: pytest.FixtureRequest) -> tuple[Path, str]:
    """(built site, base path): the seeds under a GitHub Pages project path and at the root."""
    if request.param == "/repo/":
        return request.getfixturevalue("seeds_site_subpath"), "/repo/"
    return request.getfixturevalue("seeds_site"), "/"


@pytest.fixture
def session(
    browser: Any, layout: tuple[Path, str], tmp_path: Path, request: pytest.FixtureRequest
) -> Iterator[tuple[Any, str, Path, PageWatch]]:
    """A fresh page on the served site; asserts a clean console and network at the end."""
    site, prefix = layout
    with serve_site(site, prefix) as base:
        context = browser.new_context()
        page = context.new_page()
        watch = PageWatch(page)
        failed_before = request.session.testsfailed
        try:
            yield page, base, site, watch
        finally:
            if request.session.testsfailed > failed_before or watch.problems:
                page.screenshot(path=str(tmp_path / "failure.png"), full_page=True)
            context.close()
        assert watch.problems == [], f"screenshot in {tmp_path}"


def search(page: Any, base: str, term: str) -> int:
    """Open the search page for ``term``; return the result count Pagefind reports."""
    page.goto(base + "search/?q=" + term)
    return result_count(page)


def result_count(page: Any) -> int:
    message = page.locator(".pagefind-ui__message")
    message.filter(has_text=RESULT_COUNT).wait_for(timeout=20_000)
    page.wait_for_function(
        "() => !document.querySelector('.pagefind-ui__result .pagefind-ui__loading')"
    )
    return int(RESULT_COUNT.search(message.inner_text()).group(1))


def result_links(page: Any) -> list[str]:
    # the Default UI shows five results at a time
    while page.locator(".pagefind-ui__button").count():
        page.locator(".pagefind-ui__button").click()
    return page.eval_on_selector_all(
        ".pagefind-ui__result-title .pagefind-ui__result-link", "els => els.map(e => e.href)"
    )


def articles(site: Path) -> list[dict]:
    return load_export(site, "articles")


def indexed_text(page: Path) -> str:
    """The text of an article page that Pagefind indexes: its title and body."""
    html = page.read_text(encoding="utf-8")
    title = re.search(r"<h1[^>]*>(.*?)</h1>", html, re.S).group(1)
    body = html.split('<div class="article__body">', 1)[1].split("<div hidden", 1)[0]
    return re.sub(r"<[^>]+>", " ", title + " " + body)


def test_header_box_to_highlighted_article(session: tuple) -> None:
    page, base, _site, _ = session
    page.goto(base)
    page.fill("#site-search-q", "Stoltenberg")
    page.press("#site-search-q", "Enter")
    page.wait_for_url(re.compile(re.escape(base) + r"search/\?q=Stoltenberg"))
    assert result_count(page) >= 2
    assert page.locator(".pagefind-ui__search-input").input_value() == "Stoltenberg"
    excerpt = page.locator(".pagefind-ui__result-excerpt").first
    excerpt.locator("mark").first.wait_for()
    assert "stoltenberg" in excerpt.locator("mark").first.inner_text().lower()
    first = page.locator(".pagefind-ui__result-title .pagefind-ui__result-link").first
    href = first.evaluate("e => e.href")
    assert href.startswith(base + "articles/"), href  # articles rank above entity pages
    first.click()
    page.wait_for_load_state("load")
    assert page.url.split("?")[0].startswith(base + "articles/")
    assert "highlight=stoltenberg" in page.url
    marks = page.locator("[data-pagefind-body] mark.pagefind-highlight")
    marks.first.wait_for(timeout=10_000)
    assert {m.lower() for m in marks.all_inner_texts()} == {"stoltenberg"}
    # the link went to the paragraph of the first match in the text
    anchor = page.url.split("#", 1)[1]
    assert "stoltenberg" in page.locator(f"[id='{anchor}']").inner_text().lower()


def test_entity_filter_narrows_results(session: tuple) -> None:
    page, base, site, _ = session
    term = "Kuleba"
    before = search(page, base, term)
    # the person filter's value (the speaker filter offers the same name)
    label = page.locator(".pagefind-ui__filter-label[for='person-Vladimir Putin']")
    label.click()
    page.wait_for_function(
        f"() => !/^{before} result/.test("
        "document.querySelector('.pagefind-ui__message').textContent)"
    )
    after = result_count(page)
    # expected: the articles that mention Putin and contain the word (no entity page:
    # only Putin's own page carries his filter value, and it does not say Kuleba)
    expected = [
        a
        for a in articles(site)
        if "vladimir-putin" in a["entities"]
        and term.lower() in indexed_text(site / a["url"] / "index.html").lower()
    ]
    assert after == len(expected) and after != before
    links = result_links(page)
    assert sorted(links) == sorted(base + a["url"] for a in expected) or all(
        any(link.startswith(base + a["url"]) for a in expected) for link in links
    )


def test_misspelling_and_both_kulebas(session: tuple) -> None:
    page, base, site, _ = session
    search(page, base, "Kulebo")
    kulebo = next(a for a in articles(site) if a["file"].startswith("004_"))
    assert any(link.startswith(base + kulebo["url"]) for link in result_links(page))
    search(page, base, "Kuleba")
    links = [link.split("?")[0] for link in result_links(page)]
    assert base + "entities/dmytro-kuleba/" in links
    assert base + "entities/anastacia-kuleba/" in links
    assert any(link.startswith(base + "articles/") for link in links)


def test_the_search_page_opens_with_the_focus_in_its_field(session: tuple) -> None:
    page, base, _, _ = session
    page.goto(base + "search/", wait_until="networkidle")
    assert page.evaluate("() => document.activeElement.id") == "search-input"  # type at once
    # (that a reader who moved first keeps the focus: the keyboard test's skip link check)


def test_sort_by_date_puts_undated_last(session: tuple) -> None:
    page, base, site, _ = session
    by_url = {a["url"]: a for a in articles(site)}
    for order in ("date:desc", "oldest:asc"):
        search(page, base, "Stoltenberg")
        with page.expect_navigation():
            page.select_option("#search-sort", order)
        assert f"sort={order}".replace(":", "%3A") in page.url
        result_count(page)
        page.wait_for_function(
            "() => document.querySelectorAll('.pagefind-ui__result-title a').length >= 2"
        )
        dates = [
            by_url[url.split("?")[0].split("#")[0][len(base) :]]["date"]
            for url in result_links(page)
            if url.split("?")[0].split("#")[0][len(base) :] in by_url
        ]
        dated = [d for d in dates if d]
        assert dates == dated + [None] * (len(dates) - len(dated)), dates
        assert dated == sorted(dated, reverse=order == "date:desc")


def test_search_page_without_javascript(browser: Any, seeds_site_subpath: Path) -> None:
    with serve_site(seeds_site_subpath, "/repo/") as base:
        context = browser.new_context(java_script_enabled=False)
        try:
            page = context.new_page()
            page.goto(base + "search/?q=Kuleba")
            text = page.inner_text("main")
            assert "needs JavaScript" in text
            hrefs = page.eval_on_selector_all("main a", "els => els.map(e => e.href)")
            assert base + "entities/" in hrefs and base + "timeline/" in hrefs
        finally:
            context.close()
