"""The quotations on the site: the quotes page, and the views entity pages show."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any

from ..models import Quote
from ..output import Page
from .views import EntityRef, article_url, entity_url

if TYPE_CHECKING:
    from .renderer import Renderer

ENTITY_QUOTES = 100  # quotations listed on a speaker's page (the newest)
QUOTES_PAGE_LIMIT = 3000  # quotations on the quotes page (the newest); speakers' pages list theirs


def quote_view(renderer: Renderer, quote: Quote) -> dict[str, Any]:
    """Return what a list shows of one quotation: its words, speaker, article and date."""
    article = renderer.graph.articles[quote.article_id]
    anchor = article.paragraphs[quote.paragraph].anchor
    speaker = renderer.refs.get(quote.speaker) if quote.speaker else None
    return {
        "id": quote.id,
        # the words alone: the comma that led back into the writer's sentence is dropped
        "text": quote.text.rstrip(" ,;:"),
        "kind": quote.kind,
        "speaker": speaker,
        "speaker_url": entity_url(speaker.id) if speaker else None,
        "url": article_url(article.slug) + "#" + anchor,
        "title": article.title,
        "date": article.date,
        "source": article.source,
    }


def entity_quotes(renderer: Renderer, entity_id: str) -> tuple[list[dict[str, Any]], int]:
    """The newest quotations of one speaker, and how many there are in all."""
    found = renderer.graph.entity_quotes.get(entity_id, [])
    return [quote_view(renderer, q) for q in found[:ENTITY_QUOTES]], len(found)


def quotes_page(renderer: Renderer) -> Page:
    """Render ``quotes/``: every quotation, newest first, with a filter by speaker."""
    site = renderer.site
    order = {a.id: i for i, a in enumerate(site.articles)}
    ordered = sorted(
        site.quotes, key=lambda q: (order.get(q.article_id, len(order)), q.paragraph, q.start)
    )
    shown = ordered[:QUOTES_PAGE_LIMIT]
    counts = Counter(q.speaker for q in shown if q.speaker)
    speakers: list[tuple[EntityRef, int]] = sorted(
        ((renderer.refs[s], n) for s, n in counts.items()),
        key=lambda item: (item[0].name.casefold(), item[0].id),
    )
    return renderer.render(
        "quotes.html",
        page_kind="quotes",
        quotes=[quote_view(renderer, q) for q in shown],
        total=len(ordered),
        speakers=speakers,
    )
