"""Date labels: the article dates and the timeline's precision markers."""

from __future__ import annotations

import datetime as dt

import pytest

from site_builder.timefmt import event_label, human_date


def test_human_date() -> None:
    assert human_date(dt.date(2022, 2, 16)) == "16 February 2022"
    assert human_date(None) == "Undated"


@pytest.mark.parametrize(
    ("value", "precision", "label"),
    [
        ("2022-02-15", "day", "15 Feb 2022"),
        ("2021-12", "month", "December 2021"),
        ("2021-SP", "season", "spring 2021"),
        ("2014", "year", "2014"),
        ("2014/2022-02-16", "range", "2014 – 16 Feb 2022"),
        ("2021-WI/2022-03", None, "winter 2021 – March 2022"),
        (None, None, "undated"),
        ("2022-13", "month", "2022-13"),  # not a month: shown as written
        ("2022-02-30", "day", "2022-02-30"),
    ],
)
def test_event_label(value: str | None, precision: str | None, label: str) -> None:
    assert event_label(value, precision) == label
