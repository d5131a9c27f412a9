"""The page kinds besides the timeline and the paged lists (see :mod:`.listing`): article,
entity, search, 404."""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

from ..exports import DATA_FILES
from ..graph import Context, LinkedMention
from ..linking import Span, wrap_html, wrap_html_layered, wrap_text, wrap_text_layered
from ..models import Article, Entity, Event, Paragraph, Quote
from ..output import Page
from ..search import HIGHLIGHT_PARAM
from ..timefmt import event_label
from ..urls import page_url
from . import listing
from .events import LinkAttributes
from .pictures import small_graph, small_map
from .quotes import entity_quotes
from .views import (
    TYPE_LABELS,
    ContextView,
    EntityRef,
    article_ref,
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
CLOSING_MARKS = frozenset('”»"“')  # what may close a quotation (see quotes.marks)


def article_page(renderer: Renderer, article: Article) -> Page:
    """Render one article page with its entity links."""
    graph = renderer.graph
    links = graph.paragraph_links.get(article.id, {})
    quoted = graph.paragraph_quotes.get(article.id, {})

    def body() -> list[dict[str, Any]]:
        attrs = renderer.link_attrs
        first = first_mentions(links)
        return [
            _paragraph_view(
                p,
                first.get(p.index, []),
                attrs,
                _quote_spans(renderer, p.text, quoted.get(p.index, [])),
            )
            for p in article.paragraphs
        ]

    # the body is made from the paragraphs (in ``article``), their links and the linked
    # entities' types (in their link attributes), and the quotations with their speakers
    entity_type = {e: graph.entities[e].type for ms in links.values() for _, _, e in ms}
    speakers = {
        q.speaker: graph.entities[q.speaker].name for qs in quoted.values() for q in qs if q.speaker
    }
    body_inputs = (
        sorted(links.items()),
        sorted(entity_type.items()),
        sorted(quoted.items()),
        sorted(speakers.items()),
    )
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
        filters=_search_filters(article) + _speaker_filters(speakers),
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


def _search_filters(article: Article) -> list[tuple[str, str]]:
    """Return the Pagefind filters of an article page: kind, source, year. (Its entities
    are filters too: set on its list "In this article", not written a second time.)"""
    filters: list[tuple[str, str]] = [("kind", "article")]
    if article.source:
        filters.append(("source", article.source))
    filters.append(("year", str(article.date.year) if article.date else "undated"))
    return filters


def _speaker_filters(speakers: dict[str, str]) -> list[tuple[str, str]]:
    """The Pagefind ``speaker`` filter of an article page: who is quoted in it."""
    return [("speaker", name) for name in sorted(set(speakers.values()))]


def _paragraph_view(
    paragraph: Paragraph,
    links: list[LinkedMention],
    attrs: dict[str, LinkAttributes],
    quotes: list[Span] | None = None,
) -> dict[str, Any]:
    """Return a paragraph as the article page shows it, its entity mentions linked and
    its quotations marked."""
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
        if quotes:
            content = wrap_html_layered(paragraph.html, quotes, spans)
        else:
            content = wrap_html(paragraph.html, spans)
    elif quotes:
        content = wrap_text_layered(paragraph.text, quotes, spans)
    else:
        content = wrap_text(paragraph.text, spans)
    return {"id": paragraph.anchor, "tag": paragraph.tag, "html": content}


def _quote_spans(renderer: Renderer, text: str, quotes: list[Quote]) -> list[Span]:
    """The marks of a paragraph's quotations: a ``q`` element around the quoted words,
    and the closing quotation mark made a link to the speaker's page."""
    spans = []
    for q in quotes:
        attrs: tuple[tuple[str, str], ...] = (("class", "quote"), ("id", q.id))
        if q.speaker is None:
            spans.append(Span(q.start, q.end, "q", attrs))
            continue
        name = renderer.graph.entities[q.speaker].name
        href = renderer.link_attrs[q.speaker][1]
        spans.append(Span(q.start, q.end, "q", (*attrs, ("data-speaker", q.speaker))))
        if text[q.end : q.end + 1] not in CLOSING_MARKS:
            continue  # a quotation that runs on: its last piece carries the link
        spans.append(
            Span(
                q.end,
                q.end + 1,
                "a",
                (
                    ("class", "quote__by"),
                    href,
                    ("title", f"Said by {name}"),
                    ("aria-label", f"said by {name}"),
                ),
            )
        )
    return spans


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
    # an entity named in many articles has its own paged list of them, linked instead
    all_articles = (
        listing.entity_articles_url(entity.id)
        if listing.has_article_list(renderer, entity)
        else None
    )
    more_articles = [
        {"article": article_ref(a), "url": article_url(a.slug), "mentions": mention_counts[a.id]}
        for a in ordered[CONTEXT_ARTICLES:]
        if all_articles is None
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
        # the timeline page of the latest date shown (a year's or a month's page when the
        # timeline is long)
        latest = renderer.event_pages.get(shown[-1].id) if shown else None
        timeline_link = (latest or page_url("timeline")) + "?entity=" + entity.id
    return renderer.render(
        "entity.html",
        page_kind="entity",
        quotes=entity_quotes(renderer, entity.id),
        entity=entity,
        articles=article_views,
        more_articles=more_articles,
        all_articles=all_articles,
        related=related,
        dates=[_dated_statement(renderer, e) for e in shown],
        event_count=len(events),
        timeline_link=timeline_link,
        article_count=len(entity.article_ids),
        neighbourhood=small_graph(renderer, entity),
        place_map=small_map(renderer, entity) if entity.type == "place" else None,
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
    counts["speaker"] = len({q.speaker for q in renderer.site.quotes if q.speaker})
    groups = ["kind", "person", "organization", "place", "speaker", "source", "year"]
    return [g for g in groups if counts.get(g, 0) <= OPEN_FILTER_LIMIT]


def data_page(renderer: Renderer) -> Page:
    """Render the page that lists the data exports and what their records hold."""
    site = renderer.site
    counts = {
        "articles": len(site.articles),
        "entities": len(site.resolution.entities),
        "events": len(site.events),
        "quotes": len(site.quotes),
    }
    return renderer.render(
        "data.html",
        page_kind="data",
        files=DATA_FILES,
        counts=counts,
        timelinejs=renderer.config.timelinejs,
    )


def not_found(renderer: Renderer) -> Page:
    """Render the 404 page."""
    return renderer.render("404.html", page_kind="notfound")
