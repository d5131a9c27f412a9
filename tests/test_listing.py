"""Paged lists (site_builder/render/listing.py): the home page and the archive by month,
the entity index with its A-Z pages and names file, an entity's articles, and a year of
the timeline split into months. Rendered from the small Ukraine site with tiny pages."""

from __future__ import annotations

import json
from pathlib import PurePosixPath

import pytest

from site_builder.config import Config
from site_builder.render import listing as listing_module
from site_builder.render import timeline as timeline_module
from site_builder.render.listing import initial, pager

from .html_tree import Element, event_entities, parse
from .small_site import ukraine_site
from .test_render import render_pages


@pytest.fixture(scope="module")
def files() -> dict[str, bytes]:
    """Every file of the small Ukraine site, two items on a page."""
    return render_pages(ukraine_site(), Config(page_size=2))


def html(files: dict[str, bytes], path: str) -> Element:
    return parse(files[path])


def titles(page: Element) -> list[str]:
    return [h.find("a").text for h in page.find_all(class_="article-card__title")]


def test_the_home_page_shows_the_newest_and_leads_on_to_the_rest(files: dict[str, bytes]) -> None:
    home = html(files, "index.html")
    assert titles(home) == ["Talks in Kyiv", "Berg visits Kyiv"]
    more = home.find("p", class_="more-link").find("a")
    # the third newest article is the first of June 2021
    assert (more.attrs["href"], more.text) == (
        "/archive/2021-06/",
        "Older articles: continue in June 2021",
    )
    months = [a.attrs["href"] for a in home.find("section", id="archive").find_all("a")]
    assert months == ["/archive/2022-02/", "/archive/2021-06/", "/archive/undated/"]


def test_every_article_is_on_its_month_page(files: dict[str, bytes]) -> None:
    listed = {path: titles(html(files, path)) for path in files if path.startswith("archive/")}
    assert listed == {
        "archive/2022-02/index.html": ["Talks in Kyiv", "Berg visits Kyiv"],
        "archive/2021-06/index.html": ["An old story"],
        "archive/undated/index.html": ["A note without a date"],
    }
    june = html(files, "archive/2021-06/index.html")
    assert june.find("h1").text == "June 2021"
    nav = june.find("nav", class_="adjacent-months")
    assert [a.attrs["href"] for a in nav.find_all("a")] == [
        "/archive/2022-02/",
        "/archive/undated/",
    ]


def test_a_long_month_is_split_into_numbered_pages() -> None:
    files = render_pages(ukraine_site(), Config(page_size=2, feed_size=0))
    # February 2022 holds two articles: one page; with one a page it would be two
    assert "archive/2022-02/2/index.html" not in files
    first = PurePosixPath("archive/2022-02/index.html")
    links = pager(first, 2, 1)
    assert links is not None
    assert links["next"] == "archive/2022-02/2/" and links["prev"] is None


def test_the_pager_keeps_a_few_links_around_the_current_page() -> None:
    first = PurePosixPath("entities/nato/articles/index.html")
    assert pager(first, 1, 1) is None
    links = pager(first, 40, 20)
    assert links is not None
    numbers = [n for n, _ in links["links"]]
    assert numbers == [1, None, 18, 19, 20, 21, 22, None, 40]
    assert dict(links["links"])[1] == "entities/nato/articles/"
    assert links["prev"] == "entities/nato/articles/19/"
    assert links["next"] == "entities/nato/articles/21/"


def test_the_entity_index_shows_the_most_mentioned_and_links_every_letter(
    files: dict[str, bytes],
) -> None:
    index = html(files, "entities/index.html")
    shown = [a.text for a in index.find("div", id="entity-groups").find_all("a")]
    assert shown == ["Jens Berg", "Olena Petrenko", "NATO", "Kyiv", "Lviv"]
    letters = [a.attrs["href"] for a in index.find("nav", class_="letter-nav").find_all("a")]
    assert letters == ["/names/j/", "/names/k/", "/names/l/", "/names/n/", "/names/o/"]
    box = index.find(class_="filter-box")
    assert box.attrs["data-names"] == "/names/names.json"
    names = json.loads(files["names/names.json"])
    assert sorted(row[3] for row in names) == [
        "jens-berg",
        "kyiv",
        "lviv",
        "nato",
        "olena-petrenko",
    ]
    page = html(files, "names/k/index.html")
    assert [a.text for a in page.find("ul", class_="entity-list").find_all("a")] == ["Kyiv"]


def test_an_entity_in_many_articles_has_a_paged_list_of_them(
    files: dict[str, bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Jens Berg is named in three articles: more than a list item's page of two; with the
    # list's pages that size too, his list runs to a second page
    monkeypatch.setattr(listing_module, "ARTICLES_PER_LIST_ITEM", 1)
    files = render_pages(ukraine_site(), Config(page_size=2))
    first = html(files, "entities/jens-berg/articles/index.html")
    second = html(files, "entities/jens-berg/articles/2/index.html")
    listed = [
        (h.text, [a.text for a in ul.find_all("a")])
        for p in (first, second)
        for h, ul in zip(
            p.find_all("h2", class_="list-month"),
            p.find_all("ul", class_="more-articles"),
            strict=True,
        )
    ]
    # newest first, under their months, on from one page to the next
    assert listed == [
        ("February 2022", ["Talks in Kyiv", "Berg visits Kyiv"]),
        ("Undated", ["A note without a date"]),
    ]
    entity = html(files, "entities/jens-berg/index.html")
    link = entity.find("p", class_="more-link").find("a")
    assert link.attrs["href"] == "/entities/jens-berg/articles/"
    # Olena Petrenko's two articles fit on her page
    assert "entities/olena-petrenko/articles/index.html" not in files


def test_a_page_of_an_entity_s_articles_holds_four_list_items_of_rows(
    files: dict[str, bytes],
) -> None:
    # rows are one line each: a page holds 4 x page_size of them, so Jens Berg's three
    # articles are on one page
    assert "entities/jens-berg/articles/2/index.html" not in files
    page = html(files, "entities/jens-berg/articles/index.html")
    assert [len(ul.find_all("li")) for ul in page.find_all("ul", class_="more-articles")] == [2, 1]


def test_a_long_year_of_the_timeline_is_split_into_months(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(timeline_module, "EVENTS_PER_LIST_ITEM", 1)
    files = render_pages(ukraine_site(), Config(page_size=2))  # two events on a page
    timeline = {p for p in files if p.startswith("timeline/")}
    assert timeline == {
        "timeline/index.html",
        "timeline/2014/index.html",
        "timeline/2022/index.html",  # three events: its months get pages
        "timeline/2022-02/index.html",
        "timeline/2022-03/index.html",
        "timeline/undated/index.html",
    }
    year = html(files, "timeline/2022/index.html")
    months = year.find("nav", class_="month-nav").find_all("a")
    assert [a.attrs["href"] for a in months] == ["/timeline/2022-02/", "/timeline/2022-03/"]
    february = html(files, "timeline/2022-02/index.html")
    assert february.find("h1").text == "Timeline: February 2022"
    ids = [e.attrs["id"] for e in february.find_all("li", class_="event")]
    assert sorted(ids) == ["e-e-feb1", "e-e-tuesday"]


@pytest.mark.parametrize(
    ("name", "letter"),
    [("Olena", "o"), ("Ötzi", "o"), ("Зеленський", "z"), ("1st Army", "other"), ("«Ukraine»", "u")],
)
def test_names_are_listed_under_their_first_letter(name: str, letter: str) -> None:
    assert initial(name) == letter


def test_an_entity_page_links_the_timeline_page_of_its_latest_date(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from site_builder.render import pages as pages_module

    monkeypatch.setattr(timeline_module, "EVENTS_PER_LIST_ITEM", 1)
    monkeypatch.setattr(pages_module, "ENTITY_EVENTS", 1)  # the latest date only
    files = render_pages(ukraine_site(), Config(page_size=2))
    page = html(files, "entities/jens-berg/index.html")
    # Jens Berg's latest date is March 2022, on the month page of a split year
    link = next(a for a in page.find_all("a") if "entity=" in a.attrs.get("href", ""))
    assert link.attrs["href"] == "/timeline/2022-03/?entity=jens-berg"
    month = html(files, "timeline/2022-03/index.html")
    assert "jens-berg" in event_entities(month.find("li", class_="event"))


@pytest.mark.parametrize("page_size", [2, 3, 50])
def test_every_event_is_on_the_page_event_pages_names(
    monkeypatch: pytest.MonkeyPatch, page_size: int
) -> None:
    from site_builder.render import Renderer

    monkeypatch.setattr(timeline_module, "EVENTS_PER_LIST_ITEM", 1)
    site, config = ukraine_site(), Config(page_size=page_size)
    files = render_pages(site, config)
    placed = Renderer(site, config).event_pages
    assert sorted(placed) == sorted(e.id for e in site.events)
    for event_id, url in placed.items():
        page = html(files, url + "index.html")
        assert f"e-{event_id}" in [li.attrs["id"] for li in page.find_all("li", class_="event")]
