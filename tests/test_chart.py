"""The timeline chart: the period of a bar, the bars, their links."""

from __future__ import annotations

import datetime as dt

from site_builder.models import Event, EventSource
from site_builder.render.chart import CHART_HEIGHT, granularity, timeline_chart


def event(n: int, day: str, precision: str = "day") -> Event:
    date = day if precision == "day" else day[:7] if precision == "month" else day[:4]
    source = EventSource("a", 0, 0, 1, "then")
    return Event(f"ev{n}", date, precision, day, "Text.", [source], [])  # type: ignore[arg-type]


def days(start: dt.date, *offsets: int) -> list[Event]:
    return [event(i, (start + dt.timedelta(days=o)).isoformat()) for i, o in enumerate(offsets)]


def test_a_short_span_is_charted_by_day_a_longer_by_month_a_very_long_by_year() -> None:
    start = dt.date(2022, 2, 1)
    assert granularity(days(start, 0, 30, 60)) == "day"
    assert granularity(days(start, 0, 200)) == "month"
    assert granularity(days(start, 0, 365 * 30)) == "year"


def test_bars_count_each_period_and_link_to_its_first_event() -> None:
    events = days(dt.date(2022, 2, 14), 0, 0, 1, 3, 3, 3)
    chart = timeline_chart(events)
    assert chart is not None and chart["unit"] == "day"
    bars = chart["bars"]
    assert [b["count"] for b in bars] == [2, 1, 0, 3]  # the empty 16th is a bar too
    assert [b["href"] for b in bars] == ["#e-ev0", "#e-ev2", None, "#e-ev3"]
    assert bars[3]["height"] == CHART_HEIGHT and bars[3]["y"] == 0
    assert bars[1]["height"] == round(CHART_HEIGHT / 3, 1)
    assert chart["busiest"] == ("17 February 2022", 3)


def test_events_dated_more_coarsely_than_the_bars_are_counted_apart() -> None:
    events = [*days(dt.date(2022, 2, 14), 0, 1), event(9, "2022-01-01", "year")]
    chart = timeline_chart(events)
    assert chart is not None
    assert sum(b["count"] for b in chart["bars"]) == 2 and chart["left_out"] == 1


def test_a_far_outlier_does_not_stretch_a_long_chart() -> None:
    events = [*days(dt.date(2022, 1, 1), *range(0, 400, 2)), event(999, "1945-05-08")]
    chart = timeline_chart(events)
    assert chart is not None and chart["unit"] == "month"
    assert chart["first"] == "January 2022" and chart["left_out"] == 1
    assert chart["last"] == "February 2023"  # the newest events are all there


def test_a_custom_link_points_to_another_page() -> None:
    chart = timeline_chart(days(dt.date(2022, 2, 14), 0), lambda p, e: f"/t/{p[:4]}/#e-{e.id}")
    assert chart is not None and chart["bars"][0]["href"] == "/t/2022/#e-ev0"


def test_no_dated_event_no_chart() -> None:
    undated = Event("u", None, None, "", "Text.", [EventSource("a", 0, 0, 1, "Tuesday")], [])
    assert timeline_chart([undated]) is None
