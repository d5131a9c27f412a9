"""Human-readable labels for dates and timeline values."""

from __future__ import annotations

import datetime as dt

MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
SEASONS = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}


def human_date(value: dt.date | None) -> str:
    """Return ``16 February 2022`` (or ``Undated``)."""
    if value is None:
        return "Undated"
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}"


def event_label(value: str | None, precision: str | None) -> str:
    """Return a visible precision marker: ``15 Feb 2022``, ``December 2021``, ``spring 2021``."""
    if not value:
        return "undated"
    if precision == "range" or "/" in value:
        start, _, end = value.partition("/")
        return (
            f"{event_label(start, _precision_of(start))} – {event_label(end, _precision_of(end))}"
        )
    parts = value.split("-")
    try:
        if len(parts) == 3:
            d = dt.date.fromisoformat(value)
            return f"{d.day} {MONTHS[d.month - 1][:3]} {d.year}"
        if len(parts) == 2 and parts[1] in SEASONS:
            return f"{SEASONS[parts[1]]} {parts[0]}"
        if len(parts) == 2:
            return f"{MONTHS[int(parts[1]) - 1]} {parts[0]}"
    except (ValueError, IndexError):
        return value
    return value


def _precision_of(value: str) -> str:
    return {3: "day", 2: "month"}.get(len(value.split("-")), "year")
