"""The quotations on the site: the quotes page, each speaker's quotations, and the views
entity pages show.

Every quotation is listed once in full, in a list that stays short as the archive grows:
its speaker's (on the speaker's page, then in numbered pages of their own when they said
more than a page shows), or the list of quotations without a clear speaker. The quotes
page shows the newest, and leads to every speaker's list.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import PurePosixPath
from typing import TYPE_CHECKING, Any

from ..models import Quote
from ..urls import numbered_page, page_path, path_url
from .listing import chunks, pager
from .views import EntityRef, article_url, entity_url

if TYPE_CHECKING:
    from .renderer import Output, Renderer

ENTITY_QUOTES = 20  # quotations on a speaker's page (the newest); the rest in their list
# rows on a page of a list of quotations, per item of a list (``page_size``), as for an
# entity's articles
QUOTES_PER_LIST_ITEM = 4


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


def list_size(renderer: Renderer) -> int:
    """Return the quotations on one page of a list (and on the quotes page)."""
    return renderer.config.page_size * QUOTES_PER_LIST_ITEM


def speaker_list_path(entity_id: str) -> PurePosixPath:
    """Return the output path of the first page of a speaker's quotations."""
    return page_path("entities", entity_id).parent / "quotes" / "index.html"


def unattributed_path() -> PurePosixPath:
    """Return the output path of the first page of the quotations without a speaker."""
    return page_path("quotes").parent / "unattributed" / "index.html"


def has_quote_list(renderer: Renderer, entity_id: str) -> bool:
    """Whether a speaker said more than their page shows: they then have their own list."""
    return len(renderer.graph.entity_quotes.get(entity_id, [])) > ENTITY_QUOTES


def speaker_url(renderer: Renderer, entity_id: str) -> str:
    """Return where all of a speaker's quotations are listed: their list, or their page."""
    if has_quote_list(renderer, entity_id):
        return path_url(speaker_list_path(entity_id))
    return entity_url(entity_id) + "#quotes-heading"


def entity_quotes(renderer: Renderer, entity_id: str) -> dict[str, Any] | None:
    """The newest quotations of one speaker, how many there are, and where the rest are."""
    found = renderer.graph.entity_quotes.get(entity_id, [])
    if not found:
        return None
    return {
        "items": [quote_view(renderer, q) for q in found[:ENTITY_QUOTES]],
        "total": len(found),
        "all": path_url(speaker_list_path(entity_id)) if len(found) > ENTITY_QUOTES else None,
        # the quotes page filters by speaker only when it lists every quotation
        "on_quotes_page": len(renderer.site.quotes) <= list_size(renderer),
    }


def _newest_first(renderer: Renderer) -> list[Quote]:
    site = renderer.site
    order = {a.id: i for i, a in enumerate(site.articles)}
    return sorted(
        site.quotes, key=lambda q: (order.get(q.article_id, len(order)), q.paragraph, q.start)
    )


def quote_pages(renderer: Renderer) -> Iterator[tuple[str, Output]]:
    """Yield the quotes page and, when it cannot show every quotation, the list of those
    without a clear speaker (each speaker's list is rendered with the speaker)."""
    ordered = _newest_first(renderer)
    size = list_size(renderer)
    complete = len(ordered) <= size
    counts: dict[str, int] = {}
    for q in ordered:
        if q.speaker:
            counts[q.speaker] = counts.get(q.speaker, 0) + 1
    speakers = sorted(
        ((renderer.refs[s], n) for s, n in counts.items()),
        key=lambda item: (item[0].name.casefold(), item[0].id),
    )
    unattributed = [q for q in ordered if not q.speaker]
    yield (
        str(page_path("quotes")),
        renderer.render(
            "quotes.html",
            page_kind="quotes",
            quotes=[quote_view(renderer, q) for q in ordered[:size]],
            total=len(ordered),
            complete=complete,
            # on a page with every quotation the menu filters it; otherwise each speaker
            # is a link to the list of all they said
            speakers=[(ref, n, speaker_url(renderer, ref.id)) for ref, n in speakers],
            unattributed=len(unattributed),
            unattributed_url=None if complete else path_url(unattributed_path()),
        ),
    )
    if not complete and unattributed:
        yield from _quote_list(
            renderer, unattributed_path(), unattributed, "Quotations without a clear speaker"
        )


def speaker_quotes(renderer: Renderer, entity_id: str) -> Iterator[tuple[str, Output]]:
    """Render the numbered pages of every quotation of one speaker, newest first."""
    ref = renderer.refs[entity_id]
    found = renderer.graph.entity_quotes.get(entity_id, [])
    heading = f"Quotes: {ref.name}"
    yield from _quote_list(renderer, speaker_list_path(entity_id), found, heading, ref)


def _quote_list(
    renderer: Renderer,
    first: PurePosixPath,
    quotes: Sequence[Quote],
    heading: str,
    speaker: EntityRef | None = None,
) -> Iterator[tuple[str, Output]]:
    pages = chunks(quotes, list_size(renderer))
    for number, items in enumerate(pages, 1):
        page = renderer.render(
            "quote_list.html",
            page_kind="quote-list",
            heading=heading,
            speaker=speaker,
            speaker_url=entity_url(speaker.id) if speaker else None,
            total=len(quotes),
            quotes=[quote_view(renderer, q) for q in items],
            pager=pager(first, len(pages), number),
        )
        yield str(numbered_page(first, number)), page
