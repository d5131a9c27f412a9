"""The timeline pages: one page, or one page per year when the timeline is long."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from ..models import Event
from ..output import Content, Page
from ..timefmt import MONTHS
from ..urls import absolute, page_path, page_url
from .chart import timeline_chart
from .views import EntityRef

if TYPE_CHECKING:
    from .renderer import Renderer

TIMELINE_PAGE_LIMIT = 1500  # events on one timeline page; more are split into year pages

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
    in_page_order = [e for y in years for e in _page_order(by_year[y])]  # as the pages show them
    if len(all_events) <= TIMELINE_PAGE_LIMIT:
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
                chart=timeline_chart(in_page_order),
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
            chart=timeline_chart(in_page_order, _year_page_link(base)),
        ),
    )
    # a year page shows its own count, not the others': it stays as it is (and is taken
    # from the previous build) when another year gains an event
    links = [(y, href, None) for y, href, _ in counted]
    for y in years:
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
                chart=timeline_chart(_page_order(by_year[y])),
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
                chart=None,
            ),
        )


def _year_page_link(base: str) -> Callable[[str, Event], str]:
    """Return the link of a bar on the index of a split timeline: its year's page."""
    return lambda period, first: absolute(base, page_url("timeline", period[:4])) + f"#e-{first.id}"


def _page_order(events: list[Event]) -> list[Event]:
    """Return a year's events in the order its page shows them (see :func:`_year_group`)."""
    keyed = sorted(
        enumerate(events), key=lambda p: (len(_month_key(p[1])) == 7, _month_key(p[1]), p[0])
    )
    return [e for _, e in keyed]


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
