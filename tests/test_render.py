"""Rendering: every page kind, escaping, the CSP, base paths, user templates, reuse."""

from __future__ import annotations

import dataclasses
import datetime as dt
import gzip
import json
from pathlib import Path

import pytest

from site_builder.config import Config
from site_builder.errors import TemplateError
from site_builder.graph import LinkedMention
from site_builder.models import Paragraph, Site
from site_builder.output import Page
from site_builder.render import CSP, Renderer, label_month, reading_time, render_site
from site_builder.render import events as events_module
from site_builder.render import timeline as timeline_module
from site_builder.render.pages import _marked_names, first_mentions

from .conftest import SEEDS, build_site, require_model
from .html_tree import Element, event_entities, event_sentence, parse
from .small_site import ArticleSpec, EventSpec, make_site, ukraine_site


def render_pages(site: Site, config: Config | None = None) -> dict[str, bytes]:
    """Render every file of ``site``; return its bytes by output path."""
    files: dict[str, bytes] = {}
    for path, content in render_site(site, config or Config()):
        if isinstance(content, Page):
            assert content.data is not None
            files[path] = content.data
        elif isinstance(content, bytes):
            files[path] = content
        else:
            files[path] = b"".join(content)
    return files


@pytest.fixture(scope="module")
def pages() -> dict[str, Element]:
    """The HTML pages of the small Ukraine site, parsed."""
    files = render_pages(ukraine_site())
    return {path: parse(data) for path, data in files.items() if path.endswith(".html")}


def links(page: Element) -> list[str]:
    """Return every href and src on ``page``."""
    found = []
    for element in page.iter():
        for name in ("href", "src", "data-bundle-path", "data-module"):
            value = element.attrs.get(name)
            if value is not None:
                found.append(value)
    return found


def test_every_page_kind_is_rendered(pages: dict[str, Element]) -> None:
    kinds = {path: page.find("body").attrs["class"] for path, page in pages.items()}
    assert kinds["index.html"] == "page-home"
    assert kinds["404.html"] == "page-notfound"
    assert kinds["search/index.html"] == "page-search"
    assert kinds["timeline/index.html"] == "page-timeline"
    assert kinds["entities/index.html"] == "page-entities"
    assert kinds["quotes/index.html"] == "page-quotes"
    for slug in ("talks-in-kyiv", "berg-in-kyiv", "an-old-story", "undated-note"):
        assert kinds[f"articles/{slug}/index.html"] == "page-article"
    for entity in ("olena-petrenko", "jens-berg", "nato", "kyiv", "lviv"):
        assert kinds[f"entities/{entity}/index.html"] == "page-entity"
    archive = {p: k for p, k in kinds.items() if p.startswith("archive/")}
    assert set(archive.values()) == {"page-archive"} and "archive/undated/index.html" in archive
    names = {p: k for p, k in kinds.items() if p.startswith("names/")}
    assert set(names.values()) == {"page-names"}
    # the letters of Olena Petrenko, Jens Berg, NATO, Kyiv and Lviv
    assert sorted(p.split("/")[1] for p in names) == ["j", "k", "l", "n", "o"]
    assert kinds["graph/index.html"] == "page-graph"
    assert kinds["map/index.html"] == "page-map"
    assert kinds["data/index.html"] == "page-data"
    # home, 404, search; articles; index; entities; timeline; the months; the letters;
    # graph, map, quotes, data
    assert len(pages) == 3 + 4 + 1 + 5 + 1 + len(archive) + len(names) + 4


def test_the_home_page_lists_articles_newest_first(pages: dict[str, Element]) -> None:
    home = pages["index.html"]
    cards = home.find_all("li", class_="article-card")
    titles = [card.find("h3").text for card in cards]
    assert titles == ["Talks in Kyiv", "Berg visits Kyiv", "An old story", "A note without a date"]
    assert cards[0].find("a").attrs["href"] == "/articles/talks-in-kyiv/"
    assert cards[0].find("time").attrs["datetime"] == "2022-02-15"
    assert cards[3].find("span", class_="undated").text == "Undated"
    chips = [a.text for a in home.find("ul", class_="chips").find_all("a")]
    # by type, those named in most of the latest articles first; Lviv, named in one
    # article only, is left out
    assert chips == [
        "Jens Berg, person, in 3 of them",
        "Olena Petrenko, person, in 2 of them",
        "NATO, organisation, in 2 of them",
        "Kyiv, place, in 2 of them",
    ]


def test_an_article_links_its_entities_and_its_neighbours(pages: dict[str, Element]) -> None:
    page = pages["articles/talks-in-kyiv/index.html"]
    body = page.find("div", class_="article__body")
    first = body.find("p", id="p1")
    linked = [(a.text, a.attrs["href"]) for a in first.find_all("a")]
    assert linked == [
        ("Olena Petrenko", "/entities/olena-petrenko/"),
        ("NATO", "/entities/nato/"),
        ("Kyiv", "/entities/kyiv/"),
    ]
    assert first.find("a").attrs["class"] == "person"
    # each entity is linked at its first mention: NATO and Olena Petrenko, named again in
    # the second paragraph, are not linked twice; Jens Berg, new there, is
    second = body.find("p", id="p2")
    assert [a.text for a in second.find_all("a")] == ["Jens Berg"]
    assert second.text.startswith("NATO said Olena Petrenko")
    assert (
        first.text == "Olena Petrenko met NATO officials in Kyiv on Tuesday. The talks went well."
    )
    assert page.find("h1").text == "Talks in Kyiv"
    assert page.find("span", class_="reading-time").text == "1 min read"
    original = page.find("p", class_="original").find("a")
    assert original.attrs["href"] == "https://example.org/talks"
    # the newest article: an older neighbour only
    nav = page.find("nav", class_="prev-next")
    assert [(a.attrs["rel"], a.attrs["href"]) for a in nav.find_all("a")] == [
        ("prev", "/articles/berg-in-kyiv/")
    ]
    aside = page.find("aside")
    assert [h.text for h in aside.find_all("h3")] == ["People", "Organisations", "Places"]
    # each list of names carries its type once
    lists = aside.find_all("ul", class_="chips")
    assert [ul.attrs["class"] for ul in lists] == [
        "chips chips--person",
        "chips chips--organization",
        "chips chips--place",
    ]
    assert [a.text for a in lists[0].find_all("a")] == ["Olena Petrenko", "Jens Berg"]
    assert all("class" not in a.attrs for ul in lists for a in ul.find_all("a"))
    dates = aside.find("ul", class_="mini-events").find_all("li")
    # each date links to its paragraph, where its sentence is (not repeated here)
    assert [(li.text, li.find("a").attrs["href"]) for li in dates] == [
        ("15 Feb 2022", "#p1"),
        ("March 2022", "#p2"),
    ]
    # the entities' filters are their names in "In this article" (not written twice)
    filters = {
        (s.attrs["data-pagefind-filter"], s.text)
        for s in page.find_all()
        if "data-pagefind-filter" in s.attrs
    }
    assert {
        (a.attrs["data-pagefind-filter"], a.text)
        for a in page.find("aside").find_all("a")
        if "data-pagefind-filter" in a.attrs
    } == {
        ("person", "Olena Petrenko"),
        ("person", "Jens Berg"),
        ("organization", "NATO"),
        ("place", "Kyiv"),
    }
    assert filters == {
        ("kind", "article"),
        ("person", "Olena Petrenko"),
        ("person", "Jens Berg"),
        ("organization", "NATO"),
        ("place", "Kyiv"),
        ("source", "Kyiv Post"),
        ("year", "2022"),
    }


def test_an_entity_page_quotes_its_sentences_and_relates_entities(
    pages: dict[str, Element],
) -> None:
    page = pages["entities/olena-petrenko/index.html"]
    assert page.find("h1").text == "Olena Petrenko"
    quotes = page.find_all("div", class_="kwic")
    assert [q.find("h3").text for q in quotes] == ["Talks in Kyiv", "An old story"]
    first_quote = quotes[0].find("a", class_="kwic__link")
    assert first_quote.attrs["href"] == "/articles/talks-in-kyiv/#p1"
    assert first_quote.find("mark").text == "Olena Petrenko"
    # one sentence per article; the others are in the article, opened with the name marked
    assert len(quotes[0].find_all("a", class_="kwic__link")) == 1
    links = [a for a in quotes[0].find_all("a") if a.text == "the article"]
    assert [a.attrs["href"] for a in links] == ["/articles/talks-in-kyiv/?highlight=Olena+Petrenko"]
    assert "and 1 more in" in quotes[0].text
    related = {a.text: a.attrs["href"] for a in page.find("ul", class_="related").find_all("a")}
    assert related == {
        "NATO": "/entities/nato/",
        "Kyiv": "/entities/kyiv/",
        "Jens Berg": "/entities/jens-berg/",
        "Lviv": "/entities/lviv/",
    }
    events = page.find("ol", class_="mini-events").find_all("li")
    # each date links to where it is reported, its sentence as text (the timeline links
    # the names in it)
    assert [(e.find("a").text, e.find("a").attrs["href"]) for e in events] == [
        ("2014", "/articles/an-old-story/#p1"),
        ("15 Feb 2022", "/articles/talks-in-kyiv/#p1"),
    ]
    assert (
        events[1].text.strip()
        == "15 Feb 2022 Olena Petrenko met NATO officials in Kyiv on Tuesday."
    )


def test_the_entity_index_groups_by_type(pages: dict[str, Element]) -> None:
    page = pages["entities/index.html"]
    groups = {
        section.find("h2").attrs["id"]: [a.text for a in section.find_all("a")]
        for section in page.find_all("section", class_="entity-group")
    }
    assert groups == {
        "group-person": ["Jens Berg", "Olena Petrenko"],  # three mentions each: by name
        "group-organization": ["NATO"],
        "group-place": ["Kyiv", "Lviv"],
    }


def test_the_timeline_groups_events_by_year_and_month(pages: dict[str, Element]) -> None:
    page = pages["timeline/index.html"]
    years = page.find_all("section", class_="timeline__year")
    assert [y.attrs["id"] for y in years] == ["y2014", "y2022"]
    months = [h.text for h in years[1].find_all("h3")]
    assert months == ["February 2022", "March 2022"]
    february = years[1].find_all("ol", class_="events")[0].find_all("li", class_="event")
    assert [e.attrs["id"] for e in february] == ["e-e-feb1", "e-e-tuesday"]
    assert "event--news" in february[1].attrs["class"]
    # its sentence links its names; data-entities holds only those of other reports
    assert event_entities(february[1]) == ["olena-petrenko", "nato", "kyiv"]
    assert "data-entities" not in february[1].attrs
    sources = february[1].find("p", class_="event__sources")
    source = sources.find("a")
    assert (source.attrs["href"], source.text) == ("/articles/talks-in-kyiv/#p1", "Kyiv Post")
    # the words that gave the date are marked in the sentence, not repeated after the source
    assert event_sentence(february[1]).find("b").text == "on Tuesday"
    assert "Tuesday" not in sources.text
    undated = page.find("section", class_="timeline__undated")
    assert [e.attrs["id"] for e in undated.find_all("li", class_="event")] == ["e-e-friday"]
    options = [o.attrs["value"] for o in page.find("select").find_all("option")]
    assert options == ["", "jens-berg", "kyiv", "nato", "olena-petrenko"]


def test_an_event_reported_many_times_links_its_first_reports(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(events_module, "SOURCES_SHOWN", 2)
    site = ukraine_site()
    tuesday = next(e for e in site.events if e.id == "e-tuesday")
    first = tuesday.sources[0]
    others = [a.id for a in site.articles if a.id != first.article_id]
    assert len(others) >= 2
    tuesday.sources = [first] + [
        dataclasses.replace(first, article_id=a, paragraph=0) for a in others
    ]
    page = parse(render_pages(site)["timeline/index.html"])
    event = page.find("li", id="e-e-tuesday")
    sources = event.find("p", class_="event__sources")
    reports = [a for a in sources.find_all("a") if "/articles/" in a.attrs["href"]]
    assert [a.attrs["href"] for a in reports] == [
        "/articles/talks-in-kyiv/#p1",
        f"/articles/{others[0]}/#p1",
    ]
    more = len(tuesday.sources) - 2
    assert f"and {more} more report" in sources.text
    # the rest are in the data export, linked from there
    assert sources.find_all("a")[-1].attrs["href"] == "/data/#timeline"
    files = render_pages(site)
    data_page = parse(files["data/index.html"])
    export = data_page.find("dt", id="timeline").find("a").attrs["href"].removeprefix("/")
    exported = json.loads(gzip.decompress(files[export]))
    row = next(r for r in exported["events"] if r[0] == "e-tuesday")
    assert len(row[exported["columns"].index("sources")]) == len(tuesday.sources)


def test_a_long_timeline_is_split_into_year_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(timeline_module, "EVENTS_PER_LIST_ITEM", 1)
    files = render_pages(ukraine_site(), Config(page_size=3))  # 3 events on a page
    assert {p for p in files if p.startswith("timeline/")} == {
        "timeline/index.html",
        "timeline/2014/index.html",
        "timeline/2022/index.html",
        "timeline/undated/index.html",
    }
    index = parse(files["timeline/index.html"])
    assert not index.find_all("li", class_="event")
    years = [a.attrs["href"] for a in index.find("nav", class_="year-nav").find_all("a")]
    assert years == ["/timeline/2014/", "/timeline/2022/", "/timeline/undated/"]
    year = parse(files["timeline/2022/index.html"])
    assert year.find("h1").text == "Timeline: 2022"
    assert len(year.find_all("li", class_="event")) == 3
    assert year.find("nav", class_="year-nav").find("a", aria_current="page").text == "2022"


def test_hostile_text_is_escaped() -> None:
    script = "<script>alert(1)</script>"
    image = '<img src=x onerror="alert(2)">'
    site = make_site(
        [
            ArticleSpec(
                "hostile",
                f"Title {script}",
                [f"Evil {image} Corp said so. Then {script} left."],
                date=dt.date(2022, 1, 3),
                source=f"Source {image}",
                author=script,
            )
        ],
        {"evil": (f"Evil {image} Corp", "organization")},
        [EventSpec("e1", "2022-01-03", "day", "hostile", 0, "Then", ["evil"])],
    )
    files = render_pages(site)
    for path, data in files.items():
        if not path.endswith(".html"):
            continue
        page = parse(data)
        assert not page.find_all("img"), path
        scripts = page.find_all("script")
        assert all(s.attrs.get("src") and not s.raw_text() for s in scripts), path
        for element in page.iter():
            assert not any(name.startswith("on") for name in element.attrs), path
    article = parse(files["articles/hostile/index.html"])
    assert article.find("h1").text == f"Title {script}"
    assert article.find("span", class_="author").text == script
    link = article.find("a", href="/entities/evil/")
    assert link.text == f"Evil {image} Corp"
    # Pagefind shows filter values as HTML: the brackets are replaced, not escaped
    source_filter = article.find("span", data_pagefind_filter="source")
    assert source_filter.text == 'Source ‹img src=x onerror="alert(2)"›'
    entity = parse(files["entities/evil/index.html"])
    assert entity.find("h1").text == f"Evil {image} Corp"


def test_every_page_carries_the_csp_in_its_head(pages: dict[str, Element]) -> None:
    for path, page in pages.items():
        metas = page.find_all("meta", http_equiv="Content-Security-Policy")
        assert len(metas) == 1, path
        assert metas[0].attrs["content"] == CSP
        assert metas[0].parent is not None and metas[0].parent.tag == "head"
    directives = dict(d.strip().split(" ", 1) for d in CSP.split(";"))
    assert "'unsafe-inline'" not in directives["script-src"]
    assert directives["object-src"] == "'none'"


def test_links_start_with_the_base_path() -> None:
    files = render_pages(ukraine_site(), Config(base_url="/repo/"))
    checked = 0
    for path, data in files.items():
        if not path.endswith(".html"):
            continue
        for link in links(parse(data)):
            if link.startswith(("https://", "#")):
                continue
            assert link.startswith("/repo/"), (path, link)
            checked += 1
    assert checked > 100
    article = parse(files["articles/talks-in-kyiv/index.html"])
    body = article.find("div", class_="article__body")
    assert [a.attrs["href"] for a in body.find_all("a") if a.text == "NATO"] == [
        "/repo/entities/nato/"
    ]


def test_user_templates_come_first(tmp_path: Path) -> None:
    (tmp_path / "404.html").write_text(
        '{% extends "base.html" %}{% block main %}<p id="mine">Lost, {{ site_title }}</p>'
        "{% endblock %}",
        encoding="utf-8",
    )
    files = render_pages(ukraine_site(), Config(templates_dir=tmp_path, title="<Mine>"))
    page = parse(files["404.html"])
    assert page.find("p", id="mine").text == "Lost, <Mine>"  # autoescaped in user templates too
    assert parse(files["search/index.html"]).find("h1").text == "Search"  # built-in


def test_template_errors_name_the_template(tmp_path: Path) -> None:
    (tmp_path / "404.html").write_text("line one\n{% if %}\n", encoding="utf-8")
    with pytest.raises(TemplateError, match=r"404\.html:2: template syntax error"):
        render_pages(ukraine_site(), Config(templates_dir=tmp_path))
    (tmp_path / "404.html").write_text("{{ no_such_value }}", encoding="utf-8")
    with pytest.raises(TemplateError, match=r"404\.html: 'no_such_value' is undefined"):
        render_pages(ukraine_site(), Config(templates_dir=tmp_path))


def test_an_unchanged_page_is_taken_from_the_previous_build(tmp_path: Path) -> None:
    site = ukraine_site()
    first = {p: c for p, c in Renderer(site, Config()).pages() if isinstance(c, Page)}
    assert all(c.digest for c in first.values())
    changed_digest = first["articles/an-old-story/index.html"].digest

    class PreviousBuild:
        """The previous build had every page of ``first`` but the old story's."""

        def find(self, digest: str) -> Path | None:
            return None if digest == changed_digest else tmp_path / digest

    again = dict(Renderer(site, Config(), PreviousBuild()).pages())  # type: ignore[arg-type]
    taken = {p for p, c in again.items() if isinstance(c, Page) and c.source is not None}
    assert taken == set(first) - {"articles/an-old-story/index.html"}
    assert (
        again["articles/an-old-story/index.html"].data
        == first[  # type: ignore[union-attr]
            "articles/an-old-story/index.html"
        ].data
    )

    # a title shown in the sources of an event on the timeline is part of its fingerprint
    site.articles[0].title = "Talks in Kyiv, updated"
    changed = {p: c for p, c in Renderer(site, Config()).pages() if isinstance(c, Page)}
    assert changed["timeline/index.html"].digest != first["timeline/index.html"].digest
    assert changed["entities/lviv/index.html"].digest == first["entities/lviv/index.html"].digest


def test_without_fingerprints_the_pages_are_the_same_bytes() -> None:
    site = ukraine_site()
    with_digests = dict(Renderer(site, Config()).pages())
    without = dict(Renderer(site, Config(), fingerprints=False).pages())
    assert with_digests.keys() == without.keys()
    for path, content in without.items():
        if isinstance(content, Page):
            assert content.digest is None
            assert content.data == with_digests[path].data  # type: ignore[union-attr]


def test_a_preview_renders_the_new_text_and_leaves_the_renderer_as_it_was() -> None:
    site = ukraine_site()
    renderer = Renderer(site, Config(), fingerprints=False)
    old = next(a for a in site.articles if a.id == "berg-in-kyiv")
    text = "Jens Berg left Kyiv. <b>Bold</b> claims followed."
    edited = type(old)(**{**old.__dict__, "paragraphs": [Paragraph(0, text)]})
    by_paragraph = {0: [LinkedMention(0, 9, "jens-berg")]}
    page = parse(renderer.preview_article(edited, by_paragraph, ["jens-berg"], [], []))
    paragraph = page.find("p", id="p1")
    assert paragraph.text == text
    assert [a.attrs["href"] for a in paragraph.find_all("a")] == ["/entities/jens-berg/"]
    assert not page.find_all("b")
    assert renderer.graph.articles["berg-in-kyiv"] is old
    rendered = dict(renderer.pages())["articles/berg-in-kyiv/index.html"]
    assert isinstance(rendered, Page) and rendered.data is not None
    assert b"Jens Berg arrived in Kyiv" in rendered.data


def test_helpers() -> None:
    assert reading_time(0) == 1
    assert reading_time(231) == 2
    assert label_month("2022", "2022-02") == "February 2022"
    assert label_month("2022", "2022") == "2022: the whole year and longer spans"


def test_a_real_build_links_the_names_spacy_finds(tmp_path: Path) -> None:
    """End to end with the real model: a name in an article becomes a link to its page."""
    require_model()
    articles = tmp_path / "articles"
    articles.mkdir()
    for source in sorted(SEEDS.glob("*.txt"))[:2]:
        (articles / source.name).write_bytes(source.read_bytes())
    out = tmp_path / "site"
    assert build_site(articles, out, "--no-search", "--no-cache") == 0
    article_pages = sorted((out / "articles").glob("*/index.html"))
    assert len(article_pages) == 2
    linked = [
        a
        for path in article_pages
        for a in parse(path.read_bytes()).find("div", class_="article__body").find_all("a")
        if a.attrs.get("class") in ("person", "organization", "place")
    ]
    assert linked
    for a in linked:
        target = out / a.attrs["href"].strip("/") / "index.html"  # type: ignore[union-attr]
        assert target.exists(), a.attrs["href"]
        assert parse(target.read_bytes()).find("h1").text


def test_a_date_stated_twice_is_listed_once_with_its_first_paragraph() -> None:
    site = make_site(
        [
            ArticleSpec(
                "a",
                "A",
                [
                    "Talks in March 2022. More talks in March 2022.",
                    "Then, in April 2022, none. Again in March 2022.",
                ],
                date=dt.date(2022, 5, 1),
            )
        ],
        {},
        [
            EventSpec("m1", "2022-03", "month", "a", 0, "March 2022"),
            EventSpec("m2", "2022-03", "month", "a", 0, "March 2022"),
            EventSpec("a1", "2022-04", "month", "a", 1, "April 2022"),
            EventSpec("m3", "2022-03", "month", "a", 1, "March 2022"),
        ],
    )
    page = parse(render_pages(site)["articles/a/index.html"])
    dates = page.find("ul", class_="mini-events").find_all("li")
    assert [(li.text, li.find("a").attrs["href"]) for li in dates] == [
        ("March 2022", "#p1"),
        ("April 2022", "#p2"),
    ]


def test_first_mentions_keep_each_entity_once_in_reading_order() -> None:
    links = {
        1: [LinkedMention(0, 4, "b"), LinkedMention(10, 14, "a")],
        0: [LinkedMention(5, 9, "a"), LinkedMention(0, 4, "a")],
        2: [LinkedMention(0, 4, "c")],
    }
    assert first_mentions(links) == {
        0: [LinkedMention(0, 4, "a")],
        1: [LinkedMention(0, 4, "b")],
        2: [LinkedMention(0, 4, "c")],
    }


def test_an_article_opened_from_an_entity_page_marks_its_names() -> None:
    site = ukraine_site()
    entity = next(e for e in site.resolution.entities if e.id == "olena-petrenko")
    entity.aliases = ["Petrenko", "O. Petrenko", "Olena", "Petrenko O.", "Ms Olena Petrenko"]
    assert _marked_names(entity) == [
        ("highlight", "Olena Petrenko"),
        ("highlight", "Olena"),  # the shortest forms first: they are the ones repeated
        ("highlight", "Petrenko"),
        ("highlight", "O. Petrenko"),
        ("highlight", "Petrenko O."),
    ]
