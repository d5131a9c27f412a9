"""Cross-article maps computed once, so no page has to scan the whole archive.

Everything here is built in one pass over the mentions, sentences and events; entity
pages, related entities and per-entity timelines are then dictionary look-ups.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from itertools import combinations
from operator import attrgetter
from typing import NamedTuple

from .models import Article, Entity, Event, Quote, Site, mention_links


class LinkedMention(NamedTuple):
    """One linked mention in a paragraph: offsets and the entity it points to."""

    start: int
    end: int
    entity_id: str


class Context(NamedTuple):
    """A sentence in which an entity is mentioned (keyword in context)."""

    article_id: str
    paragraph: int
    sentence: str
    spans: tuple[tuple[int, int], ...]  # offsets of the entity's mentions in ``sentence``


@dataclass
class SiteGraph:
    """Look-up tables over a resolved :class:`Site`."""

    articles: dict[str, Article]
    entities: dict[str, Entity]
    # article id -> paragraph index -> linked mentions (sorted by start)
    paragraph_links: dict[str, dict[int, list[LinkedMention]]]
    # entity id -> article id -> contexts, in article order
    contexts: dict[str, dict[str, list[Context]]]
    related: dict[str, list[tuple[str, int]]]  # entity id -> [(other id, shared sentences)]
    entity_events: dict[str, list[Event]]
    article_events: dict[str, list[Event]]
    article_entities: dict[str, list[str]]  # article id -> entity ids, by mention count
    prev_next: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)
    # (id, other id) with id < other id -> sentences naming both: the network's links
    co_mentions: dict[tuple[str, str], int] = field(default_factory=dict)
    # article id -> paragraph index -> the quotations in it (in text order)
    paragraph_quotes: dict[str, dict[int, list[Quote]]] = field(default_factory=dict)
    entity_quotes: dict[str, list[Quote]] = field(default_factory=dict)  # by speaker


RELATED_LIMIT = 12


def build_graph(site: Site) -> SiteGraph:
    """Compute every cross-article map in one pass."""
    articles = {a.id: a for a in site.articles}
    entities = {e.id: e for e in site.resolution.entities}
    links = site.resolution.links
    paragraph_links: dict[str, dict[int, list[LinkedMention]]] = defaultdict(
        lambda: defaultdict(list)
    )
    contexts: dict[str, dict[str, list[Context]]] = defaultdict(dict)
    pair_counts: Counter[tuple[str, str]] = Counter()
    article_counts: dict[str, Counter[str]] = {}

    for article in site.articles:
        extraction = site.extractions.get(article.id)
        if extraction is None:
            continue
        article_id = article.id
        paragraphs = article.paragraphs
        # sentence spans per paragraph (sorted), to find a mention's sentence by bisection
        sentence_spans: dict[int, list[tuple[int, int]]] = defaultdict(list)
        for s in extraction.sentences:
            sentence_spans[s.paragraph].append((s.start, s.end))
        sentence_starts: dict[int, list[int]] = {}
        for p_index, spans in sentence_spans.items():
            spans.sort()
            sentence_starts[p_index] = [start for start, _ in spans]
        par_links: defaultdict[int, list[LinkedMention]] = defaultdict(list)
        linked_ids: list[str] = []
        per_sentence: dict[tuple[int, int, int], list[tuple[str, int, int]]] = defaultdict(list)
        mentions = extraction.mentions
        for mention, entity_id in zip(
            mentions, mention_links(links, article_id, len(mentions)), strict=True
        ):
            if entity_id is None or entity_id not in entities:
                continue
            p_index, m_start, m_end = mention.paragraph, mention.start, mention.end
            par_links[p_index].append(LinkedMention(m_start, m_end, entity_id))
            linked_ids.append(entity_id)
            # the sentence containing the mention's start; (0, 0) if none does
            s_start = s_end = 0
            starts = sentence_starts.get(p_index)
            if starts:
                i = bisect_right(starts, m_start) - 1
                if i >= 0:
                    span_start, span_end = sentence_spans[p_index][i]
                    if m_start < span_end:
                        s_start, s_end = span_start, span_end
            if s_end == 0 and p_index < len(paragraphs):
                s_end = len(paragraphs[p_index].text)
            per_sentence[(p_index, s_start, s_end)].append((entity_id, m_start, m_end))
        for (p_index, s_start, s_end), found in sorted(per_sentence.items()):
            if p_index >= len(paragraphs):
                continue
            text = paragraphs[p_index].text[s_start:s_end]
            sentence = text.strip()  # one string shared by every entity of the sentence
            offset = s_start + len(text) - len(text.lstrip())  # mention -> ``sentence`` offsets
            by_entity: dict[str, list[tuple[int, int]]] = defaultdict(list)
            for entity_id, m_start, m_end in found:
                by_entity[entity_id].append((m_start - offset, m_end - offset))
            ids = sorted(by_entity)
            for entity_id in ids:
                spans = by_entity[entity_id]
                if len(spans) > 1:
                    spans.sort()
                contexts[entity_id].setdefault(article_id, []).append(
                    Context(article_id, p_index, sentence, tuple(spans))
                )
            if len(ids) > 1:
                pair_counts.update(combinations(ids, 2))
        for found_links in par_links.values():
            found_links.sort(key=attrgetter("start"))
        paragraph_links[article_id] = par_links
        if linked_ids:
            article_counts[article_id] = Counter(linked_ids)

    related_raw: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for (a, b), count in pair_counts.items():
        related_raw[a].append((b, count))
        related_raw[b].append((a, count))
    related = {
        e: sorted(pairs, key=lambda p: (-p[1], entities[p[0]].name.casefold(), p[0]))[
            :RELATED_LIMIT
        ]
        for e, pairs in related_raw.items()
    }

    entity_events: dict[str, list[Event]] = defaultdict(list)
    article_events: dict[str, list[Event]] = defaultdict(list)
    for event in site.events:
        for entity_id in event.entity_ids:
            entity_events[entity_id].append(event)
        for source in event.sources:
            article_events[source.article_id].append(event)

    article_entities = {
        a: [e for e, _ in sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))]
        for a, c in article_counts.items()
    }
    prev_next = _prev_next(site.articles)
    paragraph_quotes, entity_quotes = _quote_maps(site)
    return SiteGraph(
        articles=articles,
        entities=entities,
        paragraph_links=paragraph_links,
        contexts=contexts,
        related=related,
        entity_events=entity_events,
        article_events=article_events,
        article_entities=article_entities,
        prev_next=prev_next,
        co_mentions=dict(pair_counts),
        paragraph_quotes=paragraph_quotes,
        entity_quotes=entity_quotes,
    )


def _quote_maps(
    site: Site,
) -> tuple[dict[str, dict[int, list[Quote]]], dict[str, list[Quote]]]:
    """Quotations by article and paragraph, and by speaker (their articles newest first,
    as ``site.articles`` is ordered)."""
    by_paragraph: dict[str, dict[int, list[Quote]]] = {}
    by_speaker: dict[str, list[Quote]] = defaultdict(list)
    for quote in site.quotes:
        by_paragraph.setdefault(quote.article_id, {}).setdefault(quote.paragraph, []).append(quote)
    order = {a.id: i for i, a in enumerate(site.articles)}
    for quote in sorted(
        site.quotes, key=lambda q: (order.get(q.article_id, len(order)), q.paragraph, q.start)
    ):
        if quote.speaker is not None:
            by_speaker[quote.speaker].append(quote)
    return by_paragraph, dict(by_speaker)


def _prev_next(articles: list[Article]) -> dict[str, tuple[str | None, str | None]]:
    """Previous = older, next = newer, in the home page's order (newest first)."""
    result: dict[str, tuple[str | None, str | None]] = {}
    for i, article in enumerate(articles):
        older = articles[i + 1].id if i + 1 < len(articles) else None
        newer = articles[i - 1].id if i > 0 else None
        result[article.id] = (older, newer)
    return result
