"""Cross-article maps computed once, so no page has to scan the whole archive.

Everything here is built in one pass over the mentions, sentences and events; entity
pages, related entities and per-entity timelines are then dictionary look-ups.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from .models import Article, Entity, Event, Site


@dataclass(frozen=True)
class LinkedMention:
    """One linked mention in a paragraph: offsets and the entity it points to."""

    start: int
    end: int
    entity_id: str


@dataclass(frozen=True)
class Context:
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


RELATED_LIMIT = 12


def build_graph(site: Site) -> SiteGraph:
    """Compute every cross-article map in one pass."""
    articles = {a.id: a for a in site.articles}
    entities = {e.id: e for e in site.resolution.entities}
    paragraph_links: dict[str, dict[int, list[LinkedMention]]] = defaultdict(
        lambda: defaultdict(list)
    )
    contexts: dict[str, dict[str, list[Context]]] = defaultdict(dict)
    pair_counts: Counter[tuple[str, str]] = Counter()
    article_counts: dict[str, Counter[str]] = defaultdict(Counter)

    for article in site.articles:
        extraction = site.extractions.get(article.id)
        if extraction is None:
            continue
        # sentence starts per paragraph, to find a mention's sentence by bisection
        sentence_starts: dict[int, list[tuple[int, int]]] = defaultdict(list)
        for s in extraction.sentences:
            sentence_starts[s.paragraph].append((s.start, s.end))
        for spans in sentence_starts.values():
            spans.sort()
        per_sentence: dict[tuple[int, int, int], list[tuple[str, int, int]]] = defaultdict(list)
        for index, mention in enumerate(extraction.mentions):
            entity_id = site.resolution.links.get((article.id, index))
            if entity_id is None or entity_id not in entities:
                continue
            paragraph_links[article.id][mention.paragraph].append(
                LinkedMention(mention.start, mention.end, entity_id)
            )
            article_counts[article.id][entity_id] += 1
            s_start, s_end = _sentence_of(sentence_starts.get(mention.paragraph, []), mention)
            if s_end == 0 and mention.paragraph < len(article.paragraphs):
                s_end = len(article.paragraphs[mention.paragraph].text)
            per_sentence[(mention.paragraph, s_start, s_end)].append(
                (entity_id, mention.start, mention.end)
            )
        for (p_index, s_start, s_end), found in sorted(per_sentence.items()):
            if p_index >= len(article.paragraphs):
                continue
            text = article.paragraphs[p_index].text[s_start:s_end]
            by_entity: dict[str, list[tuple[int, int]]] = defaultdict(list)
            for entity_id, m_start, m_end in found:
                by_entity[entity_id].append((m_start - s_start, m_end - s_start))
            ids = sorted(by_entity)
            sentence = text.strip()  # one string shared by every entity of the sentence
            for entity_id in ids:
                contexts[entity_id].setdefault(article.id, []).append(
                    Context(article.id, p_index, sentence, _strip_shift(text, by_entity[entity_id]))
                )
            for i, a in enumerate(ids):
                for b in ids[i + 1 :]:
                    pair_counts[(a, b)] += 1
        for links in paragraph_links[article.id].values():
            links.sort(key=lambda m: m.start)

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
    )


def _sentence_of(spans: list[tuple[int, int]], mention) -> tuple[int, int]:
    i = bisect_right(spans, (mention.start, 1 << 60)) - 1
    if i >= 0 and spans[i][0] <= mention.start < spans[i][1]:
        return spans[i]
    return (0, 0)


def _strip_shift(text: str, spans: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    shift = len(text) - len(text.lstrip())
    return tuple(sorted((s - shift, e - shift) for s, e in spans))


def _prev_next(articles: list[Article]) -> dict[str, tuple[str | None, str | None]]:
    """Previous = older, next = newer, in the home page's order (newest first)."""
    result: dict[str, tuple[str | None, str | None]] = {}
    for i, article in enumerate(articles):
        older = articles[i + 1].id if i + 1 < len(articles) else None
        newer = articles[i - 1].id if i > 0 else None
        result[article.id] = (older, newer)
    return result
