"""Event views: an event as the timeline, entity and article pages show it."""

from __future__ import annotations

import hashlib
from typing import Any, NamedTuple

from ..graph import LinkedMention, SiteGraph
from ..linking import Span, wrap_text
from ..models import Article, Event, EventSource
from ..timefmt import event_label
from .fingerprint import DeferredView, Fingerprinter
from .views import EntityRef, article_url, entity_url

EVENT_VIEW_CACHE = 20_000  # event views kept for reuse (an event shows on several pages)
# the reports of an event the timeline links: a statement repeated by hundreds of
# articles made a paragraph of hundreds of links; data/timeline.json.gz keeps them all
SOURCES_SHOWN = 10

LinkAttributes = tuple[tuple[str, str], tuple[str, str]]


class EventInputs(NamedTuple):
    """What an event's view is made of besides the event itself."""

    sentence: str | None  # the first source's sentence (None if its article is gone)
    linked: list[LinkedMention]  # the entity links in that sentence
    # the sources whose article is in the site, with their place among the event's
    sources: list[tuple[int, EventSource, Article]]
    refs: list[EntityRef]  # the entities named


class EventViews:
    """Make the view of each event once, shared by every page that shows it.

    With fingerprints, a view is a :class:`DeferredView`: its fingerprint is made from
    its inputs at once, the view itself only when a page showing it is rendered.
    """

    def __init__(
        self,
        graph: SiteGraph,
        refs: dict[str, EntityRef],
        link_attrs: dict[str, LinkAttributes],
        fingerprinter: Fingerprinter | None,
    ) -> None:
        self.graph = graph
        self.refs = refs
        self.link_attrs = link_attrs
        self.fingerprinter = fingerprinter
        self.views: dict[str, dict[str, Any]] = {}
        # event id -> its view's fingerprint, kept for every event: a view evicted from
        # the bounded cache above is made again lazily, never fingerprinted again
        self.fingerprints: dict[str, str] = {}

    def view(self, event: Event) -> dict[str, Any]:
        """Return the view of ``event`` (the same on every page that shows it)."""
        views = self.views
        view = views.get(event.id)
        if view is None:
            known = self.fingerprints.get(event.id)
            if known is not None:  # made before, evicted since
                view = DeferredView(known, lambda: self.make(event))
            else:
                view = self.fingerprinted(event)
            views[event.id] = view
            if len(views) > EVENT_VIEW_CACHE:  # bounded: memory stays flat with N
                del views[next(iter(views))]
        return view

    def inputs(self, event: Event) -> EventInputs:
        """Return what the view of ``event`` is made of besides the event."""
        graph = self.graph
        first = event.sources[0]
        article = graph.articles.get(first.article_id)
        sentence: str | None = None
        linked: list[LinkedMention] = []
        if article is not None and first.paragraph < len(article.paragraphs):
            links = graph.paragraph_links.get(article.id, {}).get(first.paragraph, [])
            linked = [m for m in links if first.start <= m.start and m.end <= first.end]
            sentence = article.paragraphs[first.paragraph].text[first.start : first.end]
        sources = [
            (i, source, a)
            for i, source in enumerate(event.sources)
            if (a := graph.articles.get(source.article_id)) is not None
        ]
        refs = [self.refs[e] for e in event.entity_ids if e in self.refs]
        return EventInputs(sentence, linked, sources, refs)

    def make(self, event: Event, inputs: EventInputs | None = None) -> dict[str, Any]:
        """Make the view of ``event``: its label, its sentence with links, its sources."""
        sentence, linked, sources, refs = inputs or self.inputs(event)
        shown = {m.entity_id for m in linked} if sentence is not None else set()
        marked = ""
        if sentence is not None:
            attrs = self.link_attrs
            shift = event.sources[0].start
            # the link alone, without its type's class: 700,000 links on the timeline of
            # 10,000 articles, where the class weighed 1.2 KB per article
            spans = [
                Span(m.start - shift, m.end - shift, "a", attrs[m.entity_id][1:]) for m in linked
            ]
            # the words that gave the date, marked where they stand (unless in a name)
            expression = event.sources[0].expression
            at = sentence.find(expression) if expression else -1
            end = at + len(expression)
            if at >= 0 and all(s.end <= at or s.start >= end for s in spans):
                spans.append(Span(at, end, "b"))
                marked = expression
            text_html = wrap_text(sentence, spans)
        else:
            text_html = wrap_text(event.text, [])
        return {
            "event": event,
            "label": event_label(event.date, event.precision),
            "html": text_html,
            "sources": [
                {
                    "title": a.title,
                    "source": a.source,
                    "url": article_url(a.slug) + f"#p{source.paragraph + 1}",
                    "expression": source.expression,
                }
                for _, source, a in sources[:SOURCES_SHOWN]
            ],
            "more_sources": max(0, len(sources) - SOURCES_SHOWN),
            "marked": marked,  # the expression marked in the sentence, not repeated
            # the event's entities its sentence does not link (those of its other reports):
            # the timeline's filter reads the others from the links
            "unlinked": [e for e in event.entity_ids if e not in shown],
            "entities": [(ref, entity_url(ref.id)) for ref in refs],
        }

    def fingerprinted(self, event: Event) -> dict[str, Any]:
        """Return the view of ``event``, fingerprinted from the event (its digest: every
        field) and its inputs, and made only if a page that shows it is rendered."""
        inputs = self.inputs(event)
        if self.fingerprinter is None:
            return self.make(event, inputs)
        digest = self.fingerprinter.object_digest(event)
        sentence, linked, sources, refs = inputs
        shift = event.sources[0].start
        entities = self.graph.entities
        described = repr(
            (
                sentence,
                [(m.start - shift, m.end - shift, m.entity_id) for m in linked],
                # the link attributes hold the linked entities' types
                [entities[m.entity_id].type for m in linked],
                [(i, a.title, a.source, a.slug) for i, _, a in sources],
                refs,
            )
        )
        known = hashlib.sha1(f"{digest}\0{described}".encode()).hexdigest()
        self.fingerprints[event.id] = known
        return DeferredView(known, lambda: self.make(event, inputs))
