"""Data exports: the JSON files, the sitemap, the Atom feed and the TimelineJS file."""

from __future__ import annotations

import datetime as dt
import gzip
import json
import xml.etree.ElementTree as ET
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from site_builder.config import Config
from site_builder.exports import StreamedArray, data_files, json_stream
from site_builder.geo import Location, Unlocated
from site_builder.graph import build_graph
from site_builder.models import Site

from .small_site import ArticleSpec, EventSpec, make_site, ukraine_site

ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
SITE_URL = "https://example.org/archive/"


def exported(site: Site, config: Config | None = None) -> dict[str, bytes]:
    """Return every data file of ``site`` by path."""
    files = {}
    for path, content in data_files(site, build_graph(site), config or Config()):
        data = content if isinstance(content, bytes) else b"".join(content)
        files[path] = data
        if path.endswith(".gz"):  # the compressed exports, also read as their JSON
            files[path.removesuffix(".gz")] = gzip.decompress(data)
    return files


def test_without_a_site_url_there_is_no_sitemap_or_feed() -> None:
    files = exported(ukraine_site())
    assert {p for p in files if not p.endswith(".gz")} == {
        "data/articles.json",
        "data/entities.json",
        "data/quotes.json",
        "data/timeline.json",
        "data/graph.json",
        ".nojekyll",
    }
    # the exports with a row per article, event or link are written compressed only
    assert {p for p in files if p.endswith(".gz")} == {
        "data/articles.json.gz",
        "data/timeline.json.gz",
        "data/graph.json.gz",
    }
    assert files[".nojekyll"] == b""


def test_the_timelinejs_file_is_written_only_when_asked_for() -> None:
    # the same events as timeline.json: not carried by every site twice
    assert "data/timelinejs.json" not in exported(ukraine_site())
    assert "data/timelinejs.json" in exported(ukraine_site(), Config(timelinejs=True))


def test_articles_json() -> None:
    records = json.loads(exported(ukraine_site())["data/articles.json"])
    assert [r["id"] for r in records] == [
        "talks-in-kyiv",
        "berg-in-kyiv",
        "an-old-story",
        "undated-note",
    ]
    talks = records[0]
    assert talks == {
        "id": "talks-in-kyiv",
        "slug": "talks-in-kyiv",
        "title": "Talks in Kyiv",
        "date": "2022-02-15",
        "source": "Kyiv Post",
        "url": "articles/talks-in-kyiv/",  # relative to the site root
        "original_url": "https://example.org/talks",
        "author": "A. Writer",
        "tags": [],
        "word_count": 26,
        "entities": ["jens-berg", "kyiv", "nato", "olena-petrenko"],
        "file": "talks-in-kyiv.txt",
    }
    assert records[3]["date"] is None


def test_entities_json() -> None:
    records = {r["id"]: r for r in json.loads(exported(ukraine_site())["data/entities.json"])}
    assert set(records) == {"olena-petrenko", "jens-berg", "nato", "kyiv", "lviv"}
    nato = records["nato"]
    assert nato["type"] == "organization"
    assert nato["mention_count"] == 3
    assert nato["article_count"] == 2
    # which articles is told once, by articles.json
    assert "articles" not in nato
    articles = json.loads(exported(ukraine_site())["data/articles.json"])
    assert [a["id"] for a in articles if "nato" in a["entities"]] == [
        "talks-in-kyiv",
        "berg-in-kyiv",
    ]
    assert nato["url"] == "entities/nato/"
    assert "lat" not in nato and "lon" not in nato  # only places have coordinates


def test_place_records_gain_coordinates_null_when_unknown() -> None:
    site = ukraine_site()
    kyiv = Location(50.45, 30.52, "UA", "city", "Kyiv, Ukraine")
    site.places = {"kyiv": kyiv, "lviv": Unlocated("not in the gazetteer")}
    records = {r["id"]: r for r in json.loads(exported(site)["data/entities.json"])}
    assert (records["kyiv"]["lat"], records["kyiv"]["lon"]) == (50.45, 30.52)
    assert (records["lviv"]["lat"], records["lviv"]["lon"]) == (None, None)


def test_graph_json_is_the_whole_network_and_stable() -> None:
    site = ukraine_site()
    text = exported(site)["data/graph.json"]
    # the same bytes on every build, compressed too (no time or name in the gzip header)
    assert exported(site)["data/graph.json.gz"] == exported(ukraine_site())["data/graph.json.gz"]
    data = json.loads(text)
    ids = {n["id"] for n in data["nodes"]}
    assert ids == {e.id for e in site.resolution.entities}
    assert all(e["source"] in ids and e["target"] in ids for e in data["edges"])
    assert all(e["source"] < e["target"] and e["weight"] >= 1 for e in data["edges"])


def test_timeline_json() -> None:
    table = json.loads(exported(ukraine_site())["data/timeline.json"])
    # a table: the column names once, a row per event
    assert table["columns"] == ["id", "date", "precision", "text", "sources", "entities", "news"]
    records = [dict(zip(table["columns"], row, strict=True)) for row in table["events"]]
    assert [r["id"] for r in records] == ["e-2014", "e-feb1", "e-tuesday", "e-march", "e-friday"]
    tuesday = records[2]
    assert tuesday["date"] == "2022-02-15"
    assert tuesday["precision"] == "day"
    assert tuesday["text"] == "Olena Petrenko met NATO officials in Kyiv on Tuesday."
    # where it is from: the first source, not repeated at the top
    assert not {"article", "paragraph", "expression"} & set(tuesday)
    # each source as [article, paragraph, expression]
    assert tuesday["sources"] == [["talks-in-kyiv", "p1", "on Tuesday"]]
    assert tuesday["entities"] == ["olena-petrenko", "nato", "kyiv"]
    assert tuesday["news"] is True
    assert records[4]["date"] is None


def test_timelinejs_json() -> None:
    site = make_site(
        [
            ArticleSpec(
                "a",
                "A <b>bold</b> title",
                ["It began in the spring of 2021. It ran from 2014 to February 2022."],
                date=dt.date(2022, 3, 1),
            ),
        ],
        {},
        [
            EventSpec("spring", "2021-SP", "season", "a", 0, "spring of 2021"),
            EventSpec("range", "2014/2022-02", "range", "a", 0, "from 2014"),
            EventSpec("undated", None, None, "a", 0, "It began"),
        ],
    )
    config = Config(title="T", description="D", timelinejs=True)
    data = json.loads(exported(site, config)["data/timelinejs.json"])
    assert data["title"] == {"text": {"headline": "T", "text": "D"}}
    events = {e["unique_id"]: e for e in data["events"]}
    assert set(events) == {"spring", "range"}  # undated events are left out
    spring = events["spring"]
    assert spring["start_date"] == {"year": "2021", "month": "3", "display_date": "spring 2021"}
    assert spring["group"] == "background"
    assert spring["text"]["text"] == (
        '<p>It began in the spring of 2021.</p><p><a href="/articles/a/#p1">'
        "A &lt;b&gt;bold&lt;/b&gt; title</a></p>"
    )
    assert events["range"]["start_date"] == {"year": "2014"}
    assert events["range"]["end_date"] == {"year": "2022", "month": "2"}


def test_sitemap_lists_every_page_with_absolute_urls() -> None:
    files = exported(ukraine_site(), Config(site_url=SITE_URL))
    root = ET.fromstring(files["sitemap.xml"])
    assert root.tag == f"{SITEMAP}urlset"
    urls = {
        u.findtext(f"{SITEMAP}loc"): u.findtext(f"{SITEMAP}lastmod")
        for u in root.iter(f"{SITEMAP}url")
    }
    # home, entities, timeline, graph, map, quotes; articles; entities
    assert len(urls) == 6 + 4 + 5
    assert SITE_URL + "quotes/" in urls
    assert all(loc and loc.startswith(SITE_URL) for loc in urls)
    assert urls[SITE_URL + "articles/talks-in-kyiv/"] == "2022-02-15"
    assert urls[SITE_URL + "articles/undated-note/"] is None
    assert urls[SITE_URL + "entities/nato/"] is None
    assert files["robots.txt"] == f"Sitemap: {SITE_URL}sitemap.xml\n".encode()


def test_the_atom_feed_is_valid_and_lists_the_newest_dated_articles() -> None:
    site = ukraine_site()
    site.articles[0].title = "Talks & <more> talks"
    config = Config(site_url=SITE_URL, feed_size=2, title="Archive")
    feed = ET.fromstring(exported(site, config)["feed.xml"])
    assert feed.tag == f"{ATOM}feed"
    assert feed.findtext(f"{ATOM}title") == "Archive"
    assert feed.findtext(f"{ATOM}id") == SITE_URL
    assert feed.findtext(f"{ATOM}updated") == "2022-02-15T00:00:00Z"
    self_link = [link for link in feed.findall(f"{ATOM}link") if link.get("rel") == "self"]
    assert self_link[0].get("href") == SITE_URL + "feed.xml"
    entries = feed.findall(f"{ATOM}entry")
    assert [e.findtext(f"{ATOM}title") for e in entries] == [
        "Talks & <more> talks",
        "Berg visits Kyiv",
    ]
    first = entries[0]
    assert first.findtext(f"{ATOM}id") == SITE_URL + "articles/talks-in-kyiv/"
    assert first.find(f"{ATOM}link").get("href") == SITE_URL + "articles/talks-in-kyiv/"  # type: ignore[union-attr]
    assert first.findtext(f"{ATOM}author/{ATOM}name") == "A. Writer"
    assert entries[1].findtext(f"{ATOM}author/{ATOM}name") == "Nordic Wire"  # no author
    assert first.findtext(f"{ATOM}summary", "").startswith("Olena Petrenko met NATO")


def test_a_feed_without_dated_articles_is_still_valid() -> None:
    site = make_site([ArticleSpec("a", "Undated", ["Nothing happened."])], {})
    feed = ET.fromstring(exported(site, Config(site_url=SITE_URL))["feed.xml"])
    assert feed.findtext(f"{ATOM}updated") == "1970-01-01T00:00:00Z"
    assert feed.findall(f"{ATOM}entry") == []


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=5), children, max_size=4)
    ),
    max_leaves=20,
)


@given(json_values)
def test_json_stream_writes_what_json_dumps_writes(value: Any) -> None:
    expected = json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    assert b"".join(json_stream(value, chunk=1)) == expected.encode("utf-8")


def test_a_streamed_array_has_one_compact_record_per_line() -> None:
    records = ({"n": i, "name": f"é{i}"} for i in range(3))
    text = b"".join(json_stream({"title": "x", "events": StreamedArray(records)}, chunk=1)).decode()
    assert json.loads(text) == {
        "title": "x",
        "events": [{"n": 0, "name": "é0"}, {"n": 1, "name": "é1"}, {"n": 2, "name": "é2"}],
    }
    assert '    {"n":1,"name":"é1"},' in text.splitlines()
    assert b"".join(json_stream(StreamedArray([]))) == b"[]\n"
