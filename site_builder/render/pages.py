"""The page kinds besides the timeline: home, article, entity index, entity, search, 404."""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

from ..graph import Context, LinkedMention
from ..linking import Span, wrap_html, wrap_text
from ..models import Article, Entity, Event, Paragraph
from ..output import Page
from ..search import HIGHLIGHT_PARAM
from ..timefmt import event_label
from ..urls import page_url
from .events import LinkAttributes
from .timeline import TIMELINE_PAGE_LIMIT
from .views import (
    TYPE_LABELS,
    ContextView,
    EntityRef,
    article_ref,
    article_summary,
    article_url,
    entity_url,
    newest_first,
    reading_time,
)

if TYPE_CHECKING:
    from .renderer import Renderer

# An entity page shows, of its newest articles, the first sentence naming it: a sentence
# naming four entities is on four pages, so every sentence more is paid for many times
# over. The article, linked with the entity's name marked, has the others.
CONTEXTS_PER_ARTICLE = 1
CONTEXT_ARTICLES = 10  # articles shown with their sentence on an entity page; others listed
ENTITY_EVENTS = 8  # dates listed on an entity page (the latest); all are on the timeline
OPEN_FILTER_LIMIT = 40  # a search filter group with more values than this starts collapsed
TOP_ENTITIES = 12  # the most mentioned entities, on the home page


def home(renderer: Renderer) -> Page:
    """Render the home page: the archive at a glance."""
    site = renderer.site
    entities = site.resolution.entities
    top = sorted(entities, key=lambda e: (-len(e.mentions), e.name.casefold(), e.id))
    dated = [a.date for a in site.articles if a.date]
    return renderer.render(
        "index.html",
        page_kind="home",
        articles=[article_summary(a) for a in site.articles],
        top_entities=[(renderer.refs[e.id], entity_url(e.id)) for e in top[:TOP_ENTITIES]],
        span=(min(dated), max(dated)) if dated else None,
        counts={
            "articles": len(site.articles),
            "entities": len(entities),
            "events": sum(1 for e in site.events if e.date),
            "sources": len({a.source for a in site.articles if a.source}),
        },
    )


def article_page(renderer: Renderer, article: Article) -> Page:
    """Render one article page with its entity links."""
    graph = renderer.graph
    links = graph.paragraph_links.get(article.id, {})

    def body() -> list[dict[str, Any]]:
        attrs = renderer.link_attrs
        first = first_mentions(links)
        return [_paragraph_view(p, first.get(p.index, []), attrs) for p in article.paragraphs]

    # the body is made from the paragraphs (in ``article``), their links and the linked
    # entities' types (in their link attributes)
    entity_type = {e: graph.entities[e].type for ms in links.values() for _, _, e in ms}
    body_inputs = (sorted(links.items()), sorted(entity_type.items()))
    older, newer = graph.prev_next.get(article.id, (None, None))
    entity_ids = graph.article_entities.get(article.id, [])
    by_type: dict[str, list[tuple[EntityRef, str]]] = defaultdict(list)
    for entity_id in entity_ids:
        ref = renderer.refs[entity_id]
        by_type[ref.type].append((ref, entity_url(ref.id)))
    events = graph.article_events.get(article.id, [])
    return renderer.render(
        "article.html",
        page_kind="article",
        deferred={"body": (body_inputs, body)},
        article=article,
        reading_time=reading_time(article.word_count),
        older=_neighbour(renderer, older),
        newer=_neighbour(renderer, newer),
        entities_by_type=tuple((t, tuple(by_type[t])) for t in TYPE_LABELS if by_type.get(t)),
        filters=_search_filters(renderer, article, entity_ids),
        dates=_date_views(article, events),
    )


def first_mentions(links: dict[int, list[LinkedMention]]) -> dict[int, list[LinkedMention]]:
    """Keep, of each entity, its first mention in the article (by paragraph, then offset).

    An article names its main people dozens of times; a link on each weighed more than the
    text itself. The first is linked, and the page's list "In this article" links them all.
    """
    seen: set[str] = set()
    out: dict[int, list[LinkedMention]] = {}
    for index in sorted(links):
        kept = []
        for m in sorted(links[index]):
            if m.entity_id not in seen:
                seen.add(m.entity_id)
                kept.append(m)
        out[index] = kept
    return out


def _date_views(article: Article, events: list[Event]) -> list[tuple[str, str]]:
    """Return the article's dates, in time order, each with the anchor of the first
    paragraph that states it: (date, anchor). The sentence is in the text, one link away;
    a date stated again later in the article is listed once."""
    first: dict[str, int] = {}  # date label -> first paragraph stating it (in time order)
    for event in events:
        paragraph = min(
            (s.paragraph for s in event.sources if s.article_id == article.id),
            default=event.sources[0].paragraph,
        )
        label = event_label(event.date, event.precision)
        first[label] = min(first.get(label, paragraph), paragraph)
    paragraphs = article.paragraphs
    return [
        (label, paragraphs[index].anchor if index < len(paragraphs) else "")
        for label, index in first.items()
    ]


def _neighbour(renderer: Renderer, article_id: str | None) -> dict[str, Any] | None:
    if article_id is None:
        return None
    a = renderer.graph.articles[article_id]
    return {"title": a.title, "url": article_url(a.slug), "date": a.date}


def _search_filters(
    renderer: Renderer, article: Article, entity_ids: list[str]
) -> list[tuple[str, str]]:
    """Return the Pagefind filters of an article page: kind, entities, source, year."""
    filters: list[tuple[str, str]] = [("kind", "article")]
    for entity_id in entity_ids:
        entity = renderer.graph.entities[entity_id]
        filters.append((entity.type, entity.name))
    if article.source:
        filters.append(("source", article.source))
    filters.append(("year", str(article.date.year) if article.date else "undated"))
    return filters


def _paragraph_view(
    paragraph: Paragraph,
    links: list[LinkedMention],
    attrs: dict[str, LinkAttributes],
) -> dict[str, Any]:
    """Return a paragraph as the article page shows it, its entity mentions linked."""
    spans = [
        Span(
            m.start,
            m.end,
            "a",
            attrs[m.entity_id],
        )
        for m in links
    ]
    if paragraph.html is not None:
        content = wrap_html(paragraph.html, spans)
    else:
        content = wrap_text(paragraph.text, spans)
    return {"id": paragraph.anchor, "tag": paragraph.tag, "html": content}


def entity_index(renderer: Renderer) -> Page:
    """Render the entity index, grouped by type and sorted by mentions."""
    groups = []
    for type_ in TYPE_LABELS:
        members = [e for e in renderer.site.resolution.entities if e.type == type_]
        members.sort(key=lambda e: (-len(e.mentions), e.name.casefold(), e.id))
        groups.append((type_, [(e, entity_url(e.id), len(e.article_ids)) for e in members]))
    return renderer.render("entities.html", page_kind="entities", groups=groups)


def entity_page(renderer: Renderer, entity: Entity) -> Page:
    """Render one entity page: contexts, related entities, events."""
    graph = renderer.graph
    contexts = graph.contexts.get(entity.id, {})
    mention_counts: dict[str, int] = defaultdict(int)
    for m in entity.mentions:
        mention_counts[m.article_id] += 1
    ordered = sorted(
        (graph.articles[a] for a in entity.article_ids if a in graph.articles), key=newest_first
    )
    article_views = []
    # the article with the entity's names marked (by the search's highlighter): where the
    # sentences not shown here are
    marked = "?" + urlencode(_marked_names(entity)) if renderer.config.search else ""
    for article in ordered[:CONTEXT_ARTICLES]:
        ctx = contexts.get(article.id, [])
        article_views.append(
            {
                "article": article_ref(article),
                "url": article_url(article.slug),
                "marked_url": article_url(article.slug) + marked,
                "contexts": tuple(_context_view(c, article) for c in ctx[:CONTEXTS_PER_ARTICLE]),
                "more": max(0, len(ctx) - CONTEXTS_PER_ARTICLE),
                "mentions": mention_counts[article.id],
            }
        )
    more_articles = [
        {"article": article_ref(a), "url": article_url(a.slug), "mentions": mention_counts[a.id]}
        for a in ordered[CONTEXT_ARTICLES:]
    ]
    related = tuple(
        (renderer.refs[other], entity_url(other), count)
        for other, count in graph.related.get(entity.id, [])
    )
    events = graph.entity_events.get(entity.id, [])
    # the latest dates only: a much-mentioned entity has thousands, which belong on the
    # timeline (linked, filtered to this entity), not on one endless page
    dated = [e for e in events if e.date]
    shown = dated[-ENTITY_EVENTS:] if dated else events[:ENTITY_EVENTS]
    timeline_link = None
    if len(shown) < len(events):
        timeline_link = page_url("timeline")
        if len(renderer.site.events) > TIMELINE_PAGE_LIMIT and shown and shown[-1].sort_key:
            timeline_link = page_url("timeline", shown[-1].sort_key[:4])
        timeline_link += "?entity=" + entity.id
    return renderer.render(
        "entity.html",
        page_kind="entity",
        entity=entity,
        articles=article_views,
        more_articles=more_articles,
        related=related,
        dates=[_dated_statement(renderer, e) for e in shown],
        event_count=len(events),
        timeline_link=timeline_link,
        article_count=len(entity.article_ids),
    )


MARKED_ALIASES = 4  # other written forms marked in an article opened from an entity page


def _marked_names(entity: Entity) -> list[tuple[str, str]]:
    """Return the highlight parameters that mark ``entity`` in an article: its name and its
    shortest other forms ("Putin" as well as "Vladimir Putin"; Pagefind's highlighter marks
    each parameter as a phrase)."""
    others = sorted(set(entity.aliases) - {entity.name}, key=lambda a: (len(a), a))
    return [(HIGHLIGHT_PARAM, name) for name in [entity.name, *others[:MARKED_ALIASES]]]


def _dated_statement(renderer: Renderer, event: Event) -> tuple[str, str, str]:
    """Return an event as an entity page lists it: (date, link to where it is reported,
    its sentence as text). The timeline shows it with its names linked and every source."""
    first = event.sources[0]
    article = renderer.graph.articles.get(first.article_id)
    url = article_url(article.slug) + f"#p{first.paragraph + 1}" if article else ""
    return event_label(event.date, event.precision), url, event.text


def _context_view(context: Context, article: Article) -> ContextView:
    spans = [Span(s, e, "mark") for s, e in context.spans]
    anchor = article.paragraphs[context.paragraph].anchor
    return ContextView(wrap_text(context.sentence, spans), article_url(article.slug) + "#" + anchor)


def search(renderer: Renderer) -> Page:
    """Render the search page (Pagefind's UI fills it in the browser)."""
    return renderer.render(
        "search.html", page_kind="search", open_filters=",".join(_open_filters(renderer))
    )


def _open_filters(renderer: Renderer) -> list[str]:
    """Return the filter groups the search page shows expanded: the short ones (long lists
    of names would push the results off the screen; their headings stay visible)."""
    counts: dict[str, int] = defaultdict(int)
    for entity in renderer.site.resolution.entities:
        counts[entity.type] += 1
    counts["source"] = len({a.source for a in renderer.site.articles if a.source})
    groups = ["kind", "person", "organization", "place", "source", "year"]
    return [g for g in groups if counts.get(g, 0) <= OPEN_FILTER_LIMIT]


def not_found(renderer: Renderer) -> Page:
    """Render the 404 page."""
    return renderer.render("404.html", page_kind="notfound")
