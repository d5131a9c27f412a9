"""The timeline chart: events per day, month or year, as bars drawn at build time.

Each bar links to the first event of its period (on the same page, or on its year's page
when the timeline is split). ``static/chart.js`` redraws the bars for the timeline's
entity filter: a bar names its first event and how many follow it in the page's order, so
the script counts the events of a period that the filter keeps.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, Literal

from ..models import Event
from ..timefmt import MONTHS

Granularity = Literal["day", "month", "year"]
DAYS_MAX = 92  # a timeline spanning up to this many days is charted by day
MONTHS_MAX = 240  # ... up to this many months by month, a longer one by year
CHART_HEIGHT = 100
BAR_WIDTH = 10


def granularity(events: list[Event]) -> Granularity:
    """Return the period a bar stands for: the finest that keeps the chart readable."""
    for unit in ("day", "month"):
        periods = _span([p for e in events if (p := _period(e, unit)) is not None])
        if periods is None:
            continue
        first, last = periods
        if unit == "day" and (_date(last) - _date(first)).days <= DAYS_MAX:
            return "day"
        months = (int(last[:4]) - int(first[:4])) * 12 + int(last[5:7]) - int(first[5:7])
        if unit == "month" and months < MONTHS_MAX:
            return "month"
    return "year"


def _date(period: str) -> dt.date:
    return dt.date.fromisoformat(period[:10])


def _span(periods: list[str]) -> tuple[str, str] | None:
    """Return the first and last period that the chart shows: all of them, unless the
    outlying 1% at either end stretch it more than twice (one event "in 1945" in an
    archive of 2022 would turn months into decades of empty bars)."""
    if not periods:
        return None
    periods = sorted(periods)
    trim = len(periods) // 100
    first, last = periods[0], periods[-1]
    if _length((periods[trim], last)) * 2 < _length((first, last)):
        first = periods[trim]  # each end on its own: the newest events always show
    if _length((first, periods[-1 - trim])) * 2 < _length((first, last)):
        last = periods[-1 - trim]
    return first, last


def _length(span: tuple[str, str]) -> int:
    """Return a span's length in days (a year or month counts from its first day)."""
    first, last = (p + "-01-01"[len(p) - 4 :] if len(p) < 10 else p for p in span)
    return (_date(last) - _date(first)).days


def _period(event: Event, unit: Granularity) -> str | None:
    """Return the period an event is counted in, or None when its date is coarser."""
    if not (event.date and event.sort_key):
        return None
    if unit == "day":
        return event.sort_key[:10] if event.precision == "day" else None
    if unit == "month":
        return event.sort_key[:7] if event.precision in ("day", "month") else None
    return event.sort_key[:4]


def _label(period: str) -> str:
    if len(period) == 10:
        return f"{int(period[8:])} {MONTHS[int(period[5:7]) - 1]} {period[:4]}"
    if len(period) == 7:
        return f"{MONTHS[int(period[5:7]) - 1]} {period[:4]}"
    return period


def _periods(first: str, last: str, unit: Granularity) -> list[str]:
    """Return every period from ``first`` to ``last``, empty ones included: a gap in the
    news is part of the picture."""
    if unit == "year":
        return [str(y) for y in range(int(first), int(last) + 1)]
    if unit == "month":
        y, m = int(first[:4]), int(first[5:7])
        out = []
        while f"{y:04d}-{m:02d}" <= last:
            out.append(f"{y:04d}-{m:02d}")
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        return out
    day, end = dt.date.fromisoformat(first), dt.date.fromisoformat(last)
    return [(day + dt.timedelta(days=n)).isoformat() for n in range((end - day).days + 1)]


def timeline_chart(
    events: list[Event], link: Callable[[str, Event], str] | None = None
) -> dict[str, Any] | None:
    """Return the chart of ``events`` (in the page's order), or None when none is dated.

    ``link(period, first event)`` gives a bar's link; by default the event on this page.
    """
    unit = granularity(events)
    counts: dict[str, int] = {}
    first_event: dict[str, Event] = {}
    for event in events:
        period = _period(event, unit)
        if period is None:
            continue
        counts[period] = counts.get(period, 0) + 1
        first_event.setdefault(period, event)
    span = _span([p for p, n in counts.items() for _ in range(n)])
    if span is None:
        return None
    periods = _periods(span[0], span[1], unit)
    shown = set(periods)
    top = max(counts.get(p, 0) for p in periods)
    bars = []
    for i, period in enumerate(periods):
        n = counts.get(period, 0)
        height = max(2.0, round(CHART_HEIGHT * n / top, 1)) if n else 0.0  # one event shows
        first = first_event.get(period)
        href = None
        if first is not None:
            href = link(period, first) if link else f"#e-{first.id}"
        bars.append(
            {
                "x": i * BAR_WIDTH,
                "height": height,
                "y": round(CHART_HEIGHT - height, 1),
                "count": n,
                "label": _label(period),
                "href": href,
                "first": f"e-{first.id}" if first is not None else "",
            }
        )
    busiest = max(shown & set(counts), key=lambda p: (counts[p], p))
    left_out = sum(1 for e in events if e.date and _period(e, unit) not in shown)
    return {
        "unit": unit,
        "bars": bars,
        "width": len(periods) * BAR_WIDTH,
        "height": CHART_HEIGHT,
        "bar_width": BAR_WIDTH - 2,
        "first": _label(periods[0]),
        "last": _label(periods[-1]),
        "busiest": (_label(busiest), counts[busiest]),
        "left_out": left_out,
    }
