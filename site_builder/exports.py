"""Data exports (JSON), sitemap, Atom feed and the GitHub Pages marker file."""

from __future__ import annotations

import json
import zlib
from collections.abc import Iterable, Iterator
from json.encoder import encode_basestring as _encode_str
from typing import Any
from xml.sax.saxutils import escape as xml_escape

from .config import Config
from .geo import Location, Placement
from .graph import SiteGraph
from .models import Event, Site
from .network import graph_json
from .timefmt import SEASONS
from .urls import article_url, entity_url, full_url, page_url

_SEASON_START_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


class StreamedArray:
    """A JSON array whose items come from an iterable, written without being held."""

    def __init__(self, items: Iterable[Any]) -> None:
        self.items = items


def json_stream(data: Any, chunk: int = 4096) -> Iterator[bytes]:
    """Yield ``data`` as indented JSON (sorted keys, UTF-8, final newline) in pieces, a
    :class:`StreamedArray` item by item: a large data file is written without its text
    (or its records, when they come from a generator) ever being in memory at once."""
    out: list[str] = []
    for _ in _stream(data, out, "\n"):
        if len(out) >= chunk:
            yield "".join(out).encode("utf-8")
            out.clear()
    out.append("\n")
    yield "".join(out).encode("utf-8")


def _stream(value: Any, out: list[str], newline: str) -> Iterator[None]:
    """Append ``value``'s indented JSON to ``out``, pausing after each array item."""
    if isinstance(value, StreamedArray):
        # one record per line, compact (json's C encoder): a changed record is one changed
        # line in a diff, and the files are written several times faster than indented
        inner = newline + "  "
        out.append("[")
        empty = True
        for item in value.items:
            out.append(inner if empty else "," + inner)
            empty = False
            out.append(_compact(item))
            yield
        out.append("]" if empty else newline + "]")
    elif isinstance(value, dict) and any(isinstance(v, StreamedArray) for v in value.values()):
        inner = newline + "  "
        out.append("{")
        for i, key in enumerate(sorted(value)):
            out.append(("," if i else "") + inner + _encode_str(key) + ": ")
            yield from _stream(value[key], out, inner)
        out.append(newline + "}")
    else:
        text = json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True)
        out.append(text.replace("\n", newline))


_compact = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode


# Where each export is written; the data page (templates/data.html) links them.
DATA_FILES = {
    "articles": "data/articles.json.gz",
    "entities": "data/entities.json",
    "timeline": "data/timeline.json.gz",
    "graph": "data/graph.json.gz",
    "quotes": "data/quotes.json",
}


def data_files(
    site: Site, graph: SiteGraph, config: Config
) -> Iterator[tuple[str, bytes | Iterator[bytes]]]:
    """Yield the data exports and the files GitHub Pages and feed readers look for."""
    articles = json_stream(StreamedArray(articles_json(site, graph)))
    yield DATA_FILES["articles"], _packed("articles", articles)
    yield DATA_FILES["entities"], json_stream(StreamedArray(entities_json(site)))
    yield DATA_FILES["timeline"], _packed("timeline", json_stream(timeline_json(site.events)))
    if config.timelinejs:  # the same events as timeline.json: only when asked for
        yield "data/timelinejs.json", json_stream(timelinejs_json(site, config))
    network = graph_json(graph)
    streamed = {k: StreamedArray(v) for k, v in network.items()}  # one node or link a line
    yield DATA_FILES["graph"], _packed("graph", json_stream(streamed))
    yield DATA_FILES["quotes"], json_stream(StreamedArray(quotes_json(site)))
    yield ".nojekyll", b""
    if config.site_url:
        yield "sitemap.xml", sitemap(site, config.site_url)
        yield "feed.xml", atom_feed(site, config)
        yield "robots.txt", f"Sitemap: {full_url(config.site_url, 'sitemap.xml')}\n".encode()


# The exports with a row per article, event or link are written gzipped: at 10,000
# generated articles they were 100 MB of a 600 MB site, 16 MB compressed (1.4 s, level 6).
GZIP_LEVEL = 6


def gzipped(chunks: Iterable[bytes]) -> Iterator[bytes]:
    """Compress a file's pieces as they come, as a gzip file with no name and no time
    (the same bytes on every build)."""
    packer = zlib.compressobj(GZIP_LEVEL, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    for chunk in chunks:
        packed = packer.compress(chunk)
        if packed:
            yield packed
    yield packer.flush()


def _packed(name: str, chunks: Iterator[bytes]) -> Iterator[bytes]:
    return gzipped(chunks) if DATA_FILES[name].endswith(".gz") else chunks


def articles_json(site: Site, graph: SiteGraph) -> Iterator[dict[str, Any]]:
    """Yield the ``data/articles.json`` records."""
    return (
        {
            "id": a.id,
            "slug": a.slug,
            "title": a.title,
            "date": a.date.isoformat() if a.date else None,
            "source": a.source,
            "url": article_url(a.slug),
            "original_url": a.url,
            "author": a.author,
            "tags": list(a.tags),
            "word_count": a.word_count,
            "entities": sorted(graph.article_entities.get(a.id, [])),
            "file": a.source_path,
        }
        for a in site.articles
    )


def quotes_json(site: Site) -> Iterator[dict[str, Any]]:
    """Yield the ``data/quotes.json`` records: each quotation, its speaker and where it is."""
    names = {e.id: e.name for e in site.resolution.entities}
    return (
        {
            "id": q.id,
            "text": q.text,
            "speaker": q.speaker,
            "speaker_name": names.get(q.speaker) if q.speaker else None,
            "article": q.article_id,
            "paragraph": q.paragraph,
            "cue": q.cue,
            "kind": q.kind,
        }
        for q in site.quotes
    )


def entities_json(site: Site) -> Iterator[dict[str, Any]]:
    """Yield the ``data/entities.json`` records; a place's gain ``lat`` and ``lon``."""
    return (
        _with_coordinates(
            e.type,
            site.places.get(e.id),
            {
                "id": e.id,
                "name": e.name,
                "type": e.type,
                "aliases": sorted(set(e.aliases)),
                "mention_count": len(e.mentions),
                # which articles: their ``entities`` in articles.json (not repeated here)
                "article_count": len(e.article_ids),
                "url": entity_url(e.id),
                "description": e.description,
                "links": list(e.links),
            },
        )
        for e in site.resolution.entities
    )


def _with_coordinates(
    entity_type: str, where: Placement | None, record: dict[str, Any]
) -> dict[str, Any]:
    """Add a place's coordinates to its record (null when it could not be located)."""
    if entity_type == "place":
        record["lat"] = where.lat if isinstance(where, Location) else None
        record["lon"] = where.lon if isinstance(where, Location) else None
    return record


# data/timeline.json is a table: its column names once, then one row per event. With one
# event per dated statement a 10,000-article archive has about 300,000 events, and the
# keys repeated in each record were a sixth of the file.
TIMELINE_COLUMNS = ("id", "date", "precision", "text", "sources", "entities", "news")


def timeline_json(events: list[Event]) -> dict[str, Any]:
    """Return ``data/timeline.json``: ``columns`` and the ``events`` as rows (streamed).

    The first source is where the text is from; each source is [article, paragraph,
    expression]."""
    rows = (
        [
            ev.id,
            ev.date,
            ev.precision,
            ev.text,
            [[s.article_id, f"p{s.paragraph + 1}", s.expression] for s in ev.sources],
            list(ev.entity_ids),
            ev.is_news,
        ]
        for ev in events
    )
    return {"columns": list(TIMELINE_COLUMNS), "events": StreamedArray(rows)}


def _timelinejs_date(value: str) -> dict[str, str] | None:
    parts = value.split("-")
    if not parts[0].isdigit():
        return None
    result = {"year": parts[0]}
    if len(parts) >= 2 and parts[1] in _SEASON_START_MONTH:
        result["month"] = str(_SEASON_START_MONTH[parts[1]])
        result["display_date"] = f"{SEASONS[parts[1]]} {parts[0]}"
        return result
    if len(parts) >= 2 and parts[1].isdigit():
        result["month"] = str(int(parts[1]))
    if len(parts) >= 3 and parts[2].isdigit():
        result["day"] = str(int(parts[2]))
    return result


def timelinejs_json(site: Site, config: Config) -> dict[str, Any]:
    """Return the events in Knight Lab TimelineJS's JSON format, the events streamed."""
    articles = {a.id: a for a in site.articles}
    base_path = config.base_path
    links: dict[str, str] = {}  # article id -> page link, computed once per article

    def events() -> Iterator[dict[str, Any]]:
        for ev in site.events:
            if not ev.date:
                continue
            start, _, end = ev.date.partition("/")
            start_date = _timelinejs_date(start)
            if start_date is None:
                continue
            first = ev.sources[0]
            link = links.get(first.article_id)
            if link is None:
                article = articles.get(first.article_id)
                link = base_path + article_url(article.slug) if article else ""
                links[first.article_id] = link
            sources = ", ".join(
                articles[s.article_id].title for s in ev.sources if s.article_id in articles
            )
            item: dict[str, Any] = {
                "unique_id": ev.id,
                "start_date": start_date,
                "text": {
                    "headline": _headline(ev.text),
                    "text": f'<p>{xml_escape(ev.text)}</p><p><a href="{xml_escape(link)}#p'
                    f'{first.paragraph + 1}">{xml_escape(sources)}</a></p>',
                },
                "group": "news" if ev.is_news else "background",
            }
            if end:
                end_date = _timelinejs_date(end)
                if end_date:
                    item["end_date"] = end_date
            yield item

    return {
        "title": {"text": {"headline": config.title, "text": config.description}},
        "events": StreamedArray(events()),
    }


def _headline(text: str, limit: int = 80) -> str:
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0] + "…"


def sitemap(site: Site, site_url: str) -> bytes:
    """Return ``sitemap.xml`` with absolute URLs."""
    urls = [page_url(None), page_url("entities"), page_url("timeline")]
    urls += [page_url("graph"), page_url("map"), page_url("quotes")]
    urls += [article_url(a.slug) for a in site.articles]
    urls += [entity_url(e.id) for e in site.resolution.entities]
    lines = ['<?xml version="1.0" encoding="UTF-8"?>']
    lines.append('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">')
    lastmod = {article_url(a.slug): a.date.isoformat() for a in site.articles if a.date}
    for rel in urls:
        loc = xml_escape(full_url(site_url, rel))
        mod = f"<lastmod>{lastmod[rel]}</lastmod>" if rel in lastmod else ""
        lines.append(f"  <url><loc>{loc}</loc>{mod}</url>")
    lines.append("</urlset>")
    return ("\n".join(lines) + "\n").encode("utf-8")


def atom_feed(site: Site, config: Config) -> bytes:
    """Return an Atom feed of the newest dated articles (no build timestamp: deterministic)."""
    assert config.site_url
    dated = [(a, a.date) for a in site.articles if a.date][: config.feed_size]
    updated = f"{dated[0][1].isoformat()}T00:00:00Z" if dated else "1970-01-01T00:00:00Z"
    home = full_url(config.site_url, "")
    out = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<feed xmlns="http://www.w3.org/2005/Atom">',
        f"  <title>{xml_escape(config.title)}</title>",
        f'  <link href="{xml_escape(home)}"/>',
        f'  <link rel="self" href="{xml_escape(full_url(config.site_url, "feed.xml"))}"/>',
        f"  <id>{xml_escape(home)}</id>",
        f"  <updated>{updated}</updated>",
    ]
    for a, date in dated:
        link = full_url(config.site_url, article_url(a.slug))
        out += [
            "  <entry>",
            f"    <title>{xml_escape(a.title)}</title>",
            f'    <link href="{xml_escape(link)}"/>',
            f"    <id>{xml_escape(link)}</id>",
            f"    <updated>{date.isoformat()}T00:00:00Z</updated>",
            f"    <author><name>{xml_escape(a.author or a.source or config.title)}</name></author>",
            f"    <summary>{xml_escape(a.lead[:500])}</summary>",
            "  </entry>",
        ]
    out.append("</feed>")
    return ("\n".join(out) + "\n").encode("utf-8")
