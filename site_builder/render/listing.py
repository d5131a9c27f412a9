"""Lists that stay short as the archive grows: the home page's newest articles and the
archive by month, the entity index with every name by first letter (and the file its
filter loads), and the articles of a frequently named entity, in numbered pages.

A month is the unit readers of a news archive browse by (newspapers' archives are
organised by date) and its address never changes: a new article adds to its own month
and leaves every other month page as it was. Lists with no date to go by (an entity's
articles, the names under one letter) are split into numbered pages of ``page_size``.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from pathlib import PurePosixPath
from typing import TYPE_CHECKING, Any

from unidecode import unidecode

from ..models import Article, Entity
from ..timefmt import MONTHS
from ..urls import entity_articles_path, numbered_page, page_path, path_url
from .views import TYPE_LABELS, article_summary, entity_url, newest_first

if TYPE_CHECKING:
    from .renderer import Output, Renderer

UNDATED = "undated"
OTHER_INITIAL = "other"  # names that start with a digit or a sign
FEATURED_PER_TYPE = 4  # the home page features as many people, organisations and places
FEATURED_MIN_ARTICLES = 2  # a name from one article only is not what the archive is about
NAMES_FILE = PurePosixPath("names", "names.json")
PAGER_WINDOW = 2  # page links either side of the current one
# rows on a page of an entity's article list, per item of a list (``page_size``): a row is
# one line, and at 10,000 articles the page chrome and pagers of 50-row pages weighed a
# quarter of these lists
ARTICLES_PER_LIST_ITEM = 4


def month_key(article: Article) -> str:
    """Return the month an article is listed under (``2022-02``) or ``undated``."""
    return article.date.strftime("%Y-%m") if article.date else UNDATED


def month_label(key: str) -> str:
    """Return ``February 2022`` for ``2022-02`` (``Undated`` for the undated)."""
    if key == UNDATED:
        return "Undated"
    return f"{MONTHS[int(key[5:7]) - 1]} {key[:4]}"


def initial(name: str) -> str:
    """Return the letter a name is listed under in the A-Z pages (``other`` for digits
    and signs; names in other scripts by their transliteration)."""
    for char in unidecode(name).lower():
        if "a" <= char <= "z":
            return char
        if char.isalnum():
            return OTHER_INITIAL
    return OTHER_INITIAL


def chunks(items: Sequence[Any], size: int) -> list[Sequence[Any]]:
    """Split ``items`` into pages of ``size`` (one empty page for an empty list)."""
    return [items[i : i + size] for i in range(0, len(items), size)] or [items[:0]]


def pager(first: PurePosixPath, count: int, current: int) -> dict[str, Any] | None:
    """Return the links between the pages of a list (None for a list of one page): the
    first, the last and a few around the current one, so a list of hundreds of pages
    does not put hundreds of links on each."""
    if count <= 1:
        return None
    shown = sorted(
        {1, count}
        | set(range(max(1, current - PAGER_WINDOW), min(count, current + PAGER_WINDOW) + 1))
    )
    links: list[tuple[int | None, str]] = []
    for n in shown:
        if links and links[-1][0] is not None and n - (links[-1][0] or 0) > 1:
            links.append((None, ""))  # a gap
        links.append((n, path_url(numbered_page(first, n))))
    return {
        "current": current,
        "count": count,
        "links": links,
        "prev": path_url(numbered_page(first, current - 1)) if current > 1 else None,
        "next": path_url(numbered_page(first, current + 1)) if current < count else None,
    }


def _months(articles: Sequence[Article]) -> dict[str, list[Article]]:
    """Group articles by month, newest month first, the undated last."""
    by_month: dict[str, list[Article]] = defaultdict(list)
    for article in sorted(articles, key=newest_first):
        by_month[month_key(article)].append(article)
    return by_month


def _month_path(key: str) -> PurePosixPath:
    return page_path("archive", key)


def _archive_years(by_month: dict[str, list[Article]]) -> list[tuple[str, list[Any]]]:
    """Return the months grouped by year for the archive's table of contents."""
    years: dict[str, list[tuple[str, str, int]]] = defaultdict(list)
    for key, items in by_month.items():
        if key != UNDATED:
            label = MONTHS[int(key[5:7]) - 1]
            years[key[:4]].append((label, path_url(_month_path(key)), len(items)))
    return [(year, list(reversed(months))) for year, months in years.items()]


def featured_entities(renderer: Renderer, newest: Sequence[Article]) -> list[Any]:
    """Return the names the home page features: those the newest articles share most.

    Counted by articles, not mentions (a name repeated in one long piece is not what the
    archive is about), among names found in at least two articles, and a few of each type
    so that one kind of name cannot fill the row; ties go to the names in more articles
    overall, then to the most mentioned.
    """
    graph = renderer.graph
    recent: Counter[str] = Counter()
    for article in newest:
        recent.update(set(graph.article_entities.get(article.id, [])))
    ranked = sorted(
        (e for e in recent if len(graph.entities[e].article_ids) >= FEATURED_MIN_ARTICLES),
        key=lambda e: (
            -recent[e],
            -len(graph.entities[e].article_ids),
            -len(graph.entities[e].mentions),
            graph.entities[e].name,
            e,
        ),
    )
    chosen: list[Any] = []
    for type_ in TYPE_LABELS:
        of_type = [e for e in ranked if graph.entities[e].type == type_][:FEATURED_PER_TYPE]
        chosen += [(renderer.refs[e], entity_url(e), recent[e]) for e in of_type]
    return chosen


def home_and_archive(renderer: Renderer) -> Iterator[tuple[str, Output]]:
    """Render the home page (the newest articles, the months of the archive) and one page
    per month (numbered pages when a month holds more than ``page_size`` articles)."""
    site = renderer.site
    size = renderer.config.page_size
    ordered = sorted(site.articles, key=newest_first)
    newest = ordered[:size]
    by_month = _months(ordered)
    keys = list(by_month)
    entities = site.resolution.entities
    dated = [a.date for a in site.articles if a.date]
    older = None
    if len(ordered) > size:
        # the month the first article the home page leaves out is in, at its page
        key = month_key(ordered[size])
        position = by_month[key].index(ordered[size])
        older = (month_label(key), path_url(numbered_page(_month_path(key), 1 + position // size)))
    yield (
        "index.html",
        renderer.render(
            "index.html",
            page_kind="home",
            articles=[article_summary(a) for a in newest],
            older=older,
            archive_years=_archive_years(by_month),
            undated=(path_url(_month_path(UNDATED)), len(by_month[UNDATED]))
            if UNDATED in by_month
            else None,
            top_entities=featured_entities(renderer, newest),
            span=(min(dated), max(dated)) if dated else None,
            counts={
                "articles": len(site.articles),
                "entities": len(entities),
                "events": sum(1 for e in site.events if e.date),
            },
        ),
    )
    for i, key in enumerate(keys):
        newer_key = keys[i - 1] if i > 0 else None
        older_key = keys[i + 1] if i + 1 < len(keys) else None
        pages = chunks(by_month[key], size)
        first = _month_path(key)
        for number, items in enumerate(pages, 1):
            yield (
                str(numbered_page(first, number)),
                renderer.render(
                    "archive.html",
                    page_kind="archive",
                    title=month_label(key),
                    month=key,
                    total=len(by_month[key]),
                    articles=[article_summary(a) for a in items],
                    pager=pager(first, len(pages), number),
                    newer=_month_link(newer_key),
                    older=_month_link(older_key),
                ),
            )


def _month_link(key: str | None) -> tuple[str, str] | None:
    return (month_label(key), path_url(_month_path(key))) if key else None


def entity_index(renderer: Renderer) -> Iterator[tuple[str, Output]]:
    """Render the entity index (the most mentioned names of each type), the A-Z pages of
    every name, and the names file the index's filter loads when a reader types."""
    size = renderer.config.page_size
    entities = renderer.site.resolution.entities
    by_initial: dict[str, list[Entity]] = defaultdict(list)
    for entity in entities:
        by_initial[initial(entity.name)].append(entity)
    letters = sorted(by_initial, key=lambda k: (k == OTHER_INITIAL, k))
    letter_links = [(_letter_label(k), path_url(page_path("names", k)), k) for k in letters]
    groups = []
    for type_ in TYPE_LABELS:
        members = [e for e in entities if e.type == type_]
        members.sort(key=lambda e: (-len(e.mentions), e.name.casefold(), e.id))
        shown = [(e, entity_url(e.id), len(e.article_ids)) for e in members[:size]]
        groups.append((type_, shown, len(members)))
    yield (
        str(page_path("entities")),
        renderer.render(
            "entities.html",
            page_kind="entities",
            groups=groups,
            letters=letter_links,
            names_file=str(NAMES_FILE),
            total=len(entities),
        ),
    )
    for key in letters:
        members = sorted(by_initial[key], key=lambda e: (e.name.casefold(), e.id))
        first = page_path("names", key)
        pages = chunks(members, size * 4)  # one line per name: four times a list's items
        for number, items in enumerate(pages, 1):
            yield (
                str(numbered_page(first, number)),
                renderer.render(
                    "names.html",
                    page_kind="names",
                    title=_letter_label(key),
                    letter=key,
                    letters=letter_links,
                    total=len(members),
                    names=[(e, entity_url(e.id), len(e.article_ids)) for e in items],
                    pager=pager(first, len(pages), number),
                ),
            )
    yield (str(NAMES_FILE), names_file(entities))


def _letter_label(key: str) -> str:
    return "0–9 and signs" if key == OTHER_INITIAL else key.upper()


def names_file(entities: Sequence[Entity]) -> bytes:
    """Return every entity for the index's filter: ``[name, aliases, type, slug,
    mentions, articles]``, the most mentioned first (so matches come in that order)."""
    rows = [
        [e.name, " ".join(e.aliases), e.type, e.id, len(e.mentions), len(e.article_ids)]
        for e in sorted(entities, key=lambda e: (-len(e.mentions), e.name.casefold(), e.id))
    ]
    return json.dumps(rows, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def has_article_list(renderer: Renderer, entity: Entity) -> bool:
    """Whether an entity is named in more articles than one page lists: it then has its
    own paged list of articles, which its page links to."""
    return len(entity.article_ids) > renderer.config.page_size


def entity_articles(renderer: Renderer, entity: Entity) -> Iterator[tuple[str, Output]]:
    """Render the paged list of the articles that name ``entity``, newest first."""
    graph = renderer.graph
    ordered = sorted(
        (graph.articles[a] for a in entity.article_ids if a in graph.articles), key=newest_first
    )
    first = entity_articles_path(entity.id)
    size = renderer.config.page_size * ARTICLES_PER_LIST_ITEM
    pages = chunks(ordered, size)
    for number, items in enumerate(pages, 1):
        yield (
            str(numbered_page(first, number)),
            renderer.render(
                "entity_articles.html",
                page_kind="entity-articles",
                entity=renderer.refs[entity.id],
                entity_url=entity_url(entity.id),
                total=len(ordered),
                months=_by_month(items),
                pager=pager(first, len(pages), number),
            ),
        )


def _by_month(articles: Sequence[Article]) -> list[tuple[str, list[dict[str, Any]]]]:
    """Group a page of an entity's articles (newest first) under their months: a row is
    then a title alone, and a frequent entity's list names every article it is in."""
    months: list[tuple[str, list[dict[str, Any]]]] = []
    for a in articles:
        label = f"{MONTHS[a.date.month - 1]} {a.date.year}" if a.date else "Undated"
        if not months or months[-1][0] != label:
            months.append((label, []))
        months[-1][1].append({"title": a.title, "url": path_url(page_path("articles", a.slug))})
    return months


def entity_articles_url(entity_id: str) -> str:
    """Return the site-relative URL of an entity's list of articles."""
    return path_url(entity_articles_path(entity_id))
