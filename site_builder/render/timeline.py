"""The timeline pages: one page, or one page per year when the timeline is long, and a
year too long for one page is split into its months (numbered pages for a long month)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from ..models import Event
from ..output import Content, Page
from ..timefmt import MONTHS
from ..urls import absolute, numbered_page, page_path, page_url, path_url
from .listing import chunks, pager
from .views import EntityRef

if TYPE_CHECKING:
    from .renderer import Renderer

# events on one timeline page, per item of a list (``page_size``): 500 by default, about
# 300 KB. An event takes a line or two, where a list item (an article and its lead) more.
EVENTS_PER_LIST_ITEM = 10

MonthGroups = list[tuple[str, list[dict[str, Any]]]]  # (heading, event views)


def timeline_pages(renderer: Renderer) -> Iterator[tuple[str, Content | Page]]:
    """Render the combined timeline: one page, or one page per year when it is long."""
    all_events = renderer.site.events
    by_year: dict[str, list[Event]] = {}
    undated: list[Event] = []
    for event in all_events:
        if event.date and event.sort_key:
            by_year.setdefault(event.sort_key[:4], []).append(event)
        else:
            undated.append(event)
    years = sorted(by_year)
    limit = page_limit(renderer)
    if len(all_events) <= limit:
        yield (
            str(page_path("timeline")),
            renderer.render(
                "timeline.html",
                page_kind="timeline",
                years=[_year_group(renderer, y, by_year[y]) for y in years],
                undated=[renderer.event_view(e) for e in undated],
                year_links=[(y, f"#y{y}", len(by_year[y])) for y in years],
                undated_link="#undated" if undated else None,
                split=False,
                event_count=len(all_events),
                filter_entities=_named_in(renderer, all_events),
            ),
        )
        return
    base = renderer.config.base_path
    counted = [(y, absolute(base, page_url("timeline", y)), len(by_year[y])) for y in years]
    undated_link = absolute(base, page_url("timeline", "undated"))
    yield (
        str(page_path("timeline")),
        renderer.render(
            "timeline.html",
            page_kind="timeline",
            years=[],
            undated=[],
            year_links=counted,
            undated_link=undated_link if undated else None,
            split=True,
            event_count=len(all_events),
            filter_entities=[],
        ),
    )
    # a year page shows its own count, not the others': it stays as it is (and is taken
    # from the previous build) when another year gains an event
    links = [(y, href, None) for y, href, _ in counted]
    for y in years:
        if len(by_year[y]) > limit:
            shown_undated = undated_link if undated else None
            yield from _month_pages(renderer, y, by_year[y], links, shown_undated)
            continue
        yield (
            str(page_path("timeline", y)),
            renderer.render(
                "timeline.html",
                page_kind="timeline",
                years=[_year_group(renderer, y, by_year[y])],
                undated=[],
                year_links=links,
                undated_link=undated_link if undated else None,
                split=True,
                current=y,
                current_count=len(by_year[y]),
                filter_entities=_named_in(renderer, by_year[y]),
            ),
        )
    if undated:
        yield (
            str(page_path("timeline", "undated")),
            renderer.render(
                "timeline.html",
                page_kind="timeline",
                years=[],
                undated=[renderer.event_view(e) for e in undated],
                year_links=links,
                undated_link=undated_link,
                split=True,
                current="undated",
                filter_entities=_named_in(renderer, undated),
            ),
        )


def event_pages(renderer: Renderer) -> dict[str, str]:
    """Return the site-relative URL of the timeline page each event is shown on, by event
    id, following the same split as :func:`timeline_pages`."""
    events = renderer.site.events
    limit = page_limit(renderer)
    if len(events) <= limit:
        return {e.id: page_url("timeline") for e in events}
    by_year: dict[str, list[Event]] = {}
    pages: dict[str, str] = {}
    for event in events:
        if event.date and event.sort_key:
            by_year.setdefault(event.sort_key[:4], []).append(event)
        else:
            pages[event.id] = page_url("timeline", "undated")
    for year, in_year in by_year.items():
        if len(in_year) <= limit:
            pages.update((e.id, page_url("timeline", year)) for e in in_year)
            continue
        by_month: dict[str, list[Event]] = {}
        for event in in_year:
            by_month.setdefault(_month_key(event), []).append(event)
        for key, in_month in by_month.items():
            if len(key) != 7:  # the whole-year events stay on the year's page
                pages.update((e.id, page_url("timeline", year)) for e in in_month)
                continue
            first = page_path("timeline", key)
            for i, event in enumerate(in_month):
                pages[event.id] = path_url(numbered_page(first, 1 + i // limit))
    return pages


def page_limit(renderer: Renderer) -> int:
    """Return the most events one timeline page shows."""
    return renderer.config.page_size * EVENTS_PER_LIST_ITEM


def _month_pages(
    renderer: Renderer,
    year: str,
    events: list[Event],
    year_links: list[tuple[str, str, None]],
    undated_link: str | None,
) -> Iterator[tuple[str, Content | Page]]:
    """Render a year too long for one page: the year's page holds the events of the whole
    year (seasons, ranges) and links its months; each month has its page (numbered pages
    when the month alone is too long)."""
    limit = page_limit(renderer)
    by_month: dict[str, list[Event]] = {}
    for event in events:
        by_month.setdefault(_month_key(event), []).append(event)
    months = sorted(k for k in by_month if len(k) == 7)
    month_links = [
        (label_month(year, k), path_url(page_path("timeline", k)), len(by_month[k])) for k in months
    ]
    whole_year = by_month.get(year, [])
    common: dict[str, Any] = {
        "page_kind": "timeline",
        "undated": [],
        "year_links": year_links,
        "undated_link": undated_link,
        "split": True,
        "current": year,
        "month_links": month_links,
    }
    yield (
        str(page_path("timeline", year)),
        renderer.render(
            "timeline.html",
            years=[(year, [(label_month(year, year), _views(renderer, whole_year))])]
            if whole_year
            else [],
            current_count=len(events),
            filter_entities=_named_in(renderer, whole_year),
            **common,
        ),
    )
    for key in months:
        first = page_path("timeline", key)
        pages = chunks(by_month[key], limit)
        for number, items in enumerate(pages, 1):
            yield (
                str(numbered_page(first, number)),
                renderer.render(
                    "timeline.html",
                    years=[(year, [(label_month(year, key), _views(renderer, list(items)))])],
                    current_month=label_month(year, key),
                    current_count=len(by_month[key]),
                    pager=pager(first, len(pages), number),
                    filter_entities=_named_in(renderer, list(items)),
                    **common,
                ),
            )


def _views(renderer: Renderer, events: list[Event]) -> list[dict[str, Any]]:
    return [renderer.event_view(e) for e in events]


def _named_in(renderer: Renderer, events: list[Event]) -> list[EntityRef]:
    """Return the entities the filter offers: those named in the page's events (so a year
    page does not change when an entity appears in another year)."""
    entities = renderer.graph.entities
    used = {e for ev in events for e in ev.entity_ids if e in entities}
    ordered = sorted(used, key=lambda e: (entities[e].name.casefold(), e))
    return [renderer.refs[e] for e in ordered]


def _year_group(renderer: Renderer, year: str, events: list[Event]) -> tuple[str, MonthGroups]:
    """Return a year's events grouped under month headings."""
    groups: dict[str, list[dict[str, Any]]] = {}
    for event in events:
        groups.setdefault(_month_key(event), []).append(renderer.event_view(event))
    # the whole-year group (seasons, years, ranges) first, then the months in order
    keys = sorted(groups, key=lambda k: (len(k) == 7, k))
    return (year, [(label_month(year, k), groups[k]) for k in keys])


def _month_key(event: Event) -> str:
    if event.precision in ("day", "month") and len(event.sort_key) >= 7:
        return event.sort_key[:7]
    return event.sort_key[:4]  # year, season and range events head their year


def label_month(year: str, key: str) -> str:
    """Return a heading for a month group (``February 2022``) or the year itself."""
    if len(key) == 7:
        return f"{MONTHS[int(key[5:7]) - 1]} {year}"
    return f"{year}: the whole year and longer spans"
