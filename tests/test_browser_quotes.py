"""The quotes page's speaker filter in Chromium, on the static files as a plain file server
serves them (nothing on the server side), and ``quotes/?speaker=ID`` (the link on a
speaker's page) opening it filtered."""

from __future__ import annotations

from pathlib import Path

import pytest
from browser import PageWatch, chromium, serve_site

from .conftest import build_site, require_model
from .site_data import load_export

pytestmark = [pytest.mark.browser, pytest.mark.slow]

ARTICLE = """---
title: {title}
date: 2022-02-{day}
---

{text}
"""


def _site(tmp_path: Path) -> Path:
    articles = tmp_path / "articles"
    articles.mkdir()
    texts = {
        "one": (
            "15",
            "NATO Secretary-General Jens Stoltenberg spoke in Brussels on Tuesday.\n\n"
            "“We have not seen any sign of de-escalation on the ground,” Stoltenberg said.\n\n"
            "Kremlin spokesman Dmitry Peskov rejected the claims in Moscow.\n\n"
            "“The president is continuing to give explanations to the entire world,” "
            "Peskov said.",
        ),
        "two": (
            "16",
            "Dmitry Peskov spoke to reporters on Wednesday.\n\n"
            "“We don’t know anything about these attacks at all,” Peskov said.",
        ),
    }
    for name, (day, text) in texts.items():
        body = ARTICLE.format(title=f"Article {name}", day=day, text=text)
        (articles / f"{name}.md").write_text(body, encoding="utf-8")
    site = tmp_path / "site"
    assert build_site(articles, site, "--no-search", cache_dir=tmp_path / "cache") == 0
    return site


def _visible(page: object) -> list[str]:
    return page.eval_on_selector_all(  # type: ignore[attr-defined, no-any-return]
        "#quote-list > li:not([hidden])", "els => els.map(e => e.dataset.speaker)"
    )


def test_speaker_filter_shows_one_speaker_and_opens_from_a_link(tmp_path: Path) -> None:
    require_model()
    site = _site(tmp_path)
    with serve_site(site) as base, chromium() as browser:
        page = browser.new_page()
        watch = PageWatch(page)
        page.goto(base + "quotes/")
        assert page.is_visible("#quote-speaker")  # the script ran: the filter is offered
        assert sorted(_visible(page)) == ["dmitry-peskov", "dmitry-peskov", "jens-stoltenberg"]
        page.select_option("#quote-speaker", "dmitry-peskov")
        assert _visible(page) == ["dmitry-peskov", "dmitry-peskov"]
        assert page.inner_text("#quote-count") == "2 quotations by Dmitry Peskov."
        page.select_option("#quote-speaker", "")
        assert len(_visible(page)) == 3
        assert page.url == base + "quotes/"  # the choice is kept in the address

        page.goto(base + "entities/jens-stoltenberg/")
        page.click("text=On the quotes page")
        page.wait_for_url("**/quotes/?speaker=jens-stoltenberg")
        assert page.eval_on_selector("#quote-speaker", "s => s.value") == "jens-stoltenberg"
        assert _visible(page) == ["jens-stoltenberg"]
        # a request cut short by leaving the page is no error
        assert [p for p in watch.problems if not p.endswith("net::ERR_ABORTED")] == []


def test_search_speaker_filter_keeps_the_articles_quoting_one_person(seeds_site: Path) -> None:
    import json

    from .test_browser_search import result_count, result_links, search

    records = json.loads((seeds_site / "data" / "quotes.json").read_text(encoding="utf-8"))
    articles = load_export(seeds_site, "articles")
    quoting = {r["article"] for r in records if r["speaker_name"] == "Michael Kofman"}
    assert quoting and len(quoting) < len(articles)  # a filter that can narrow
    with serve_site(seeds_site) as base, chromium() as browser:
        page = browser.new_page()
        before = search(page, base, "Russia")
        page.locator(".pagefind-ui__filter-label[for='speaker-Michael Kofman']").click()
        page.wait_for_function(
            f"() => !/^{before} result/.test("
            "document.querySelector('.pagefind-ui__message').textContent)"
        )
        assert result_count(page) == len(quoting)
        urls = {base + a["url"] for a in articles if a["id"] in quoting}
        assert {link.split("?")[0].split("#")[0] for link in result_links(page)} == urls
