"""Calendar values (TimeML-like) and the small date arithmetic that makes them."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from ..models import Precision

Tense = Literal["past", "present", "future"]


@dataclass(frozen=True)
class TimeValue:
    """A normalised date: TimeML-like value, precision and the covered interval."""

    value: str
    precision: Precision
    start: date
    end: date


def day_value(d: date) -> TimeValue:
    """Return the value of one day."""
    return TimeValue(d.isoformat(), "day", d, d)


def month_value(y: int, m: int) -> TimeValue:
    """Return the value of one month."""
    last = calendar.monthrange(y, m)[1]
    return TimeValue(f"{y:04d}-{m:02d}", "month", date(y, m, 1), date(y, m, last))


def year_value(y: int) -> TimeValue:
    """Return the value of one year."""
    return TimeValue(f"{y:04d}", "year", date(y, 1, 1), date(y, 12, 31))


def season_value(y: int, code: str) -> TimeValue:
    """Return the value of a season (winter runs into the next year)."""
    if code == "SP":
        start, end = date(y, 3, 1), date(y, 5, 31)
    elif code == "SU":
        start, end = date(y, 6, 1), date(y, 8, 31)
    elif code == "FA":
        start, end = date(y, 9, 1), date(y, 11, 30)
    else:
        start, end = date(y, 12, 1), date(y + 1, 3, 1) - timedelta(days=1)
    return TimeValue(f"{y:04d}-{code}", "season", start, end)


def century_value(c: int) -> TimeValue:
    """Return the range of a century (19 -> 1900/1999)."""
    y = c * 100
    return TimeValue(f"{y:04d}/{y + 99:04d}", "range", date(y, 1, 1), date(y + 99, 12, 31))


def range_value(start: date, end: date) -> TimeValue:
    """Return the range from ``start`` to ``end``."""
    return TimeValue(f"{start.isoformat()}/{end.isoformat()}", "range", start, end)


def shift_years(d: date, n: int) -> date:
    """Return ``d`` moved by ``n`` years (29 February becomes the 28th)."""
    try:
        return d.replace(year=d.year + n)
    except ValueError:  # 29 February
        return d.replace(year=d.year + n, day=28)


def shift_months(y: int, m: int, n: int) -> tuple[int, int]:
    """Return year and month ``n`` months after ``y``-``m``."""
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def safe_date(y: int, m: int, d: int) -> date | None:
    """Return the date, or None when it does not exist."""
    try:
        return date(y, m, d)
    except ValueError:
        return None


def month_modified(y: int, m: int, mod: str | None) -> TimeValue:
    """Return a month, or its early, mid or late part."""
    if not mod:
        return month_value(y, m)
    last = calendar.monthrange(y, m)[1]
    if mod == "early":
        return range_value(date(y, m, 1), date(y, m, 15))
    if mod.startswith("mid"):
        return range_value(date(y, m, 10), date(y, m, 20))
    return range_value(date(y, m, 15), date(y, m, last))  # late / end of


def year_modified(y: int, mod: str | None) -> TimeValue:
    """Return a year, or its early, mid or late part."""
    if not mod:
        return year_value(y)
    if mod == "early":
        return range_value(date(y, 1, 1), date(y, 4, 30))
    if mod.startswith("mid"):
        return range_value(date(y, 5, 1), date(y, 8, 31))
    return range_value(date(y, 9, 1), date(y, 12, 31))
