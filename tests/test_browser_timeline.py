"""The timeline's entity filter in Chromium, on a timeline long enough to be split by year.

An entity page lists only its latest dates and links to the timeline filtered to it
(``timeline/YEAR/?entity=ID``); the filter must apply on arrival and follow the reader to
the other year pages.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from browser import PageWatch, chromium, serve_site

from .conftest import build_site, require_model

pytestmark = [pytest.mark.browser, pytest.mark.slow]

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August"]
MONTHS += ["September", "October", "November", "December"]

# the entities of each event, as the page's own filter reads them (static/site.js)
ENTITIES = "els => els.map(e => window.siteEventEntities(e).join(' '))"


def test_entity_filter_applies_and_follows_the_year_pages(tmp_path: Path) -> None:
    require_model()
    articles = tmp_path / "articles"
    articles.mkdir()
    # 2015: Kremlin only, so NATO is not among that year's filter choices
    lines = [f"On {month} 3, 2015, Kremlin aides met in Moscow." for month in MONTHS]
    for year in range(2016, 2022):
        for month in MONTHS:
            for day in range(1, 23):
                who = "NATO allies met in Brussels" if day % 2 else "Kremlin aides met in Moscow"
                lines.append(f"On {month} {day}, {year}, {who}.")
    (articles / "years.md").write_text(
        "---\ntitle: Six years of meetings\ndate: 2022-01-10\n---\n\n" + "\n\n".join(lines),
        encoding="utf-8",
    )
    site = tmp_path / "site"
    assert build_site(articles, site, "--no-search", cache_dir=tmp_path / "cache") == 0
    assert (site / "timeline" / "2016" / "index.html").is_file()  # split by year

    entity_page = (site / "entities" / "nato" / "index.html").read_text(encoding="utf-8")
    assert 'href="/timeline/2021/?entity=nato"' in entity_page

    with serve_site(site) as base, chromium() as browser:
        page = browser.new_page()
        watch = PageWatch(page)
        page.goto(base + "entities/nato/")
        page.click("text=All of them on the timeline")
        page.wait_for_url("**/timeline/2021/?entity=nato")
        assert page.eval_on_selector("#timeline-filter", "s => s.value") == "nato"
        shown = page.eval_on_selector_all("#timeline-events li.event:not([hidden])", ENTITIES)
        hidden = page.eval_on_selector_all("#timeline-events li.event[hidden]", ENTITIES)
        assert shown and hidden
        assert all("nato" in ids.split() for ids in shown)
        assert all("nato" not in ids.split() for ids in hidden)

        page.click(".year-nav a:text-is('2016')")
        page.wait_for_url("**/timeline/2016/?entity=nato")
        assert page.eval_on_selector("#timeline-filter", "s => s.value") == "nato"
        shown = page.eval_on_selector_all("#timeline-events li.event:not([hidden])", ENTITIES)
        assert shown and all("nato" in ids.split() for ids in shown)
        assert page.locator("#timeline-events li.event[hidden]").count() > 0
        # a date heading shows only above a shown event
        days = page.eval_on_selector_all(
            "#timeline-events li.day",
            "els => els.map(d => [!d.hidden, !!d.querySelector('li.event:not([hidden])')])",
        )
        assert days and all(visible == has_event for visible, has_event in days)
        assert any(not visible for visible, _ in days)
        assert page.locator(".filter-empty").is_hidden()

        # a year in which NATO has no event: nothing is shown, and the page says why
        page.click(".year-nav a:text-is('2015')")
        page.wait_for_url("**/timeline/2015/?entity=nato")
        assert page.eval_on_selector("#timeline-filter", "s => s.value") == "nato"
        assert page.locator("#timeline-events li.event:not([hidden])").count() == 0
        assert page.locator(".filter-empty").is_visible()
        assert "?entity=nato" in page.get_attribute(".year-nav a:text-is('2016')", "href")
        page.select_option("#timeline-filter", "")
        assert page.locator("#timeline-events li.event[hidden]").count() == 0
        assert page.locator(".filter-empty").is_hidden()
        assert watch.problems == []
