"""Resolve expressions against the document date: "yesterday", "last week", "March"."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from functools import lru_cache

from .values import (
    Tense,
    TimeValue,
    century_value,
    day_value,
    month_modified,
    month_value,
    range_value,
    safe_date,
    season_value,
    shift_months,
    shift_years,
    year_value,
)
from .vocabulary import (
    MODIFIER,
    PART,
    SEASONS,
    WDAY,
    WEEKDAYS,
    day_number,
    month_of,
    norm_modifier,
    number_of,
)

_EARLIER_LATER = re.compile(r"^(?:earlier|later) (?=this|last|next)")
_AGO = re.compile(r"(\w+) (day|week|month|year|decade)s? ago")
_WEEK_REL = re.compile(r"(this|last|next|the past|past|the last|the previous) (week|weekend)")
_CENTURY_REL = re.compile(r"(?:(past|last|previous)|(\d\d)(?:st|nd|rd|th)) century")
_MONTH_REL = re.compile(r"(this|last|next) month")
_YEAR_REL = re.compile(r"(this|last|next) year")
_PAST_N_UNITS = re.compile(r"(?:the )?(?:past|last|previous) (\w+) (day|week|month|year|decade)s")
_PAST_UNIT = re.compile(r"(?:the )?(?:past|last|previous) (day|month|year|decade)")
_WEEKDAY_REL = re.compile(rf"(?:(last|this|next|early|late) )?({WDAY})(?: {PART})?")
# the calendar unit before the document's: "the previous year", "the month before"
_UNIT_BEFORE = re.compile(
    r"(?:previous|prior|preceding) (year|month|week)|(year|month|week) (?:before|previous|earlier)"
)
_SAME_LAST_YEAR = re.compile(
    r"same (month|period|time|quarter|week|day) (?:a year (?:ago|earlier|before)|"
    r"(?:of )?last year|(?:of |in )?the (?:previous|prior) year)"
)
_MONTH_OF_YEAR_REL = re.compile(r"([a-z]+) (?:of )?(next|last|this) year")
_YEAR_END = re.compile(r"end of (?:the|this) year|year[ -]end")
_MONTH_DAY = re.compile(r"([a-z]+\.?) (\d{1,2}(?:st|nd|rd|th)?)")
_DAY_MONTH = re.compile(r"(?:the )?(\d{1,2}(?:st|nd|rd|th)?) (?:of )?([a-z]+\.?)")
_MONTH_OR_SEASON_REL = re.compile(r"(?:(last|this|next) )?" + MODIFIER + r"([a-z]+\.?)")


def looks_back(tense: Tense | None) -> bool:
    """Whether a bare weekday, month or season points back (past or unknown tense)."""
    return tense not in ("present", "future")


def relative_value(t: str, doc: date, tense: Tense | None) -> TimeValue | None:
    """Resolve expressions that need the document date."""
    t = _EARLIER_LATER.sub("", t)
    if t in ("today", "tonight", "this morning", "this afternoon", "this evening", "now"):
        return day_value(doc)
    if t in ("yesterday", "last night", "yesterday morning", "yesterday afternoon"):
        return day_value(doc - timedelta(days=1))
    if t in ("the day before yesterday", "day before yesterday"):
        return day_value(doc - timedelta(days=2))
    if t in ("tomorrow", "tomorrow morning", "tomorrow night"):
        return day_value(doc + timedelta(days=1))
    if value := _anchored_to_year(t, doc, tense):
        return value
    if m := _AGO.fullmatch(t):
        n = number_of(m[1])
        if n is None:
            return None
        if m[2] == "day":
            return day_value(doc - timedelta(days=n))
        if m[2] == "week":
            d = doc - timedelta(days=7 * n)
            monday = d - timedelta(days=d.weekday())
            return range_value(monday, monday + timedelta(days=6))
        if m[2] == "month":
            return month_value(*shift_months(doc.year, doc.month, -n))
        if m[2] == "year":
            return year_value(doc.year - n)
        return None
    if m := _WEEK_REL.fullmatch(t):
        shift = {"this": 0, "last": -1, "next": 1}.get(m[1])
        if shift is None:
            if m[2] == "week":
                return range_value(doc - timedelta(days=7), doc)
            return None
        monday = doc - timedelta(days=doc.weekday()) + timedelta(days=7 * shift)
        if m[2] == "weekend":
            if m[1] == "this" and looks_back(tense) and doc.weekday() < 5:
                monday -= timedelta(days=7)  # "took place this weekend" on a Tuesday
            return range_value(monday + timedelta(days=5), monday + timedelta(days=6))
        return range_value(monday, monday + timedelta(days=6))
    if t in ("weekend", "over weekend", "during weekend", "over the weekend", "the weekend"):
        return relative_value("this weekend", doc, tense)
    if m := _CENTURY_REL.fullmatch(t):
        c = (doc.year // 100 - 1) if m[1] else int(m[2]) - 1
        return century_value(c)
    if m := _MONTH_REL.fullmatch(t):
        return month_value(
            *shift_months(doc.year, doc.month, {"this": 0, "last": -1, "next": 1}[m[1]])
        )
    if m := _YEAR_REL.fullmatch(t):
        return year_value(doc.year + {"this": 0, "last": -1, "next": 1}[m[1]])
    if m := _PAST_N_UNITS.fullmatch(t):
        n = number_of(m[1])
        if n is None:
            return None
        if m[2] == "day":
            start = doc - timedelta(days=n)
        elif m[2] == "week":
            start = doc - timedelta(days=7 * n)
        elif m[2] == "month":
            y, mo = shift_months(doc.year, doc.month, -n)
            start = safe_date(y, mo, doc.day) or date(y, mo, calendar.monthrange(y, mo)[1])
        elif m[2] == "year":
            start = shift_years(doc, -n)
        else:
            start = shift_years(doc, -10 * n)
        return range_value(start, doc)
    if m := _PAST_UNIT.fullmatch(t):
        if m[1] == "day":
            return range_value(doc - timedelta(days=1), doc)
        if m[1] == "month":
            y, mo = shift_months(doc.year, doc.month, -1)
            return range_value(safe_date(y, mo, doc.day) or date(y, mo, 28), doc)
        if m[1] == "year":
            return range_value(shift_years(doc, -1), doc)
        return range_value(shift_years(doc, -10), doc)
    # weekdays
    if m := _WEEKDAY_REL.fullmatch(t):
        wd = WEEKDAYS[m[2]]
        diff = (wd - doc.weekday()) % 7  # days forward to the next such weekday (0 = today)
        if m[1] == "last":
            back = (doc.weekday() - wd) % 7 or 7
            return day_value(doc - timedelta(days=back))
        if m[1] == "next":
            return day_value(doc + timedelta(days=diff or 7))
        if looks_back(tense) and m[1] != "this":
            return day_value(doc - timedelta(days=(doc.weekday() - wd) % 7))
        return day_value(doc + timedelta(days=diff))
    # month and day without a year
    md = _MONTH_DAY.fullmatch(t) or _DAY_MONTH.fullmatch(t)
    if md:
        a, b = md[1], md[2]
        month, day = (month_of(a), day_number(b)) if month_of(a) else (month_of(b), day_number(a))
        if month and day:
            return _nearest_day(month, day, doc, tense)
    # months and seasons without a year
    if m := _MONTH_OR_SEASON_REL.fullmatch(t):
        rel, mod, word = m[1], norm_modifier(m[2]), m[3]
        month = month_of(word) if (len(word) > 3 or word == "may") else None
        if month:
            y = _pick_year_for_month(month, doc, tense, rel)
            return month_modified(y, month, mod)
        if word in SEASONS and not mod:
            return _pick_season(SEASONS[word], doc, tense, rel)
    return None


def _anchored_to_year(t: str, doc: date, tense: Tense | None) -> TimeValue | None:
    """Resolve "the previous year", "the same month a year ago", "year-end" and "October
    of next year".

    "The previous year" is the calendar year before the document's, not the past twelve
    months ("the past year"); the same goes for the month and the week.
    """
    if (m := _MONTH_OF_YEAR_REL.fullmatch(t)) and (month := month_of(m[1])):
        return month_value(doc.year + {"next": 1, "last": -1, "this": 0}[m[2]], month)
    if m := _UNIT_BEFORE.fullmatch(t):
        unit = m[1] or m[2]
        if unit == "year":
            return year_value(doc.year - 1)
        if unit == "month":
            return month_value(*shift_months(doc.year, doc.month, -1))
        monday = doc - timedelta(days=doc.weekday() + 7)
        return range_value(monday, monday + timedelta(days=6))
    if m := _SAME_LAST_YEAR.fullmatch(t):
        year_ago = shift_years(doc, -1)
        if m[1] == "month":
            return month_value(year_ago.year, doc.month)
        if m[1] == "day":
            return day_value(year_ago)
        if m[1] == "week":
            monday = year_ago - timedelta(days=year_ago.weekday())
            return range_value(monday, monday + timedelta(days=6))
        if m[1] == "quarter":
            first = (doc.month - 1) // 3 * 3 + 1
            y, last = year_ago.year, first + 2
            return range_value(date(y, first, 1), date(y, last, calendar.monthrange(y, last)[1]))
        return year_value(year_ago.year)  # "the same period last year": its length is unsaid
    if _YEAR_END.fullmatch(t):
        # early in a year, a past-tense "end of the year" is the one just gone
        y = doc.year - 1 if tense == "past" and doc.month <= 3 else doc.year
        return day_value(date(y, 12, 31))
    return None


# relative expressions recur within an article ("Tuesday" twice): one value per
# (expression, document date, tense); the values are immutable
relative_value_cached = lru_cache(maxsize=16384)(relative_value)


def _nearest_day(mo: int, dn: int, doc: date, tense: Tense | None) -> TimeValue | None:
    options = [d for y in (doc.year - 1, doc.year, doc.year + 1) if (d := safe_date(y, mo, dn))]
    if not options:
        return None
    limit = 270  # the tense decides within ~9 months; further away it is more likely wrong
    if tense == "past":
        past = [d for d in options if d <= doc and (doc - d).days <= limit]
        if past:
            return day_value(max(past))
    if tense in ("future", "present"):
        fut = [d for d in options if d >= doc and (d - doc).days <= limit]
        if fut:
            return day_value(min(fut))
    return day_value(min(options, key=lambda d: (abs((d - doc).days), d > doc)))


def _pick_year_for_month(mo: int, doc: date, tense: Tense | None, rel: str | None) -> int:
    if rel == "last":
        return doc.year if mo < doc.month else doc.year - 1
    if rel == "next":
        return doc.year if mo > doc.month else doc.year + 1
    if rel == "this":
        return doc.year
    if looks_back(tense):
        return doc.year if mo <= doc.month else doc.year - 1
    return doc.year if mo >= doc.month else doc.year + 1


def _season_of(d: date) -> tuple[int, str]:
    if d.month in (3, 4, 5):
        return d.year, "SP"
    if d.month in (6, 7, 8):
        return d.year, "SU"
    if d.month in (9, 10, 11):
        return d.year, "FA"
    return (d.year if d.month == 12 else d.year - 1), "WI"


_SEASON_ORDER = ["SP", "SU", "FA", "WI"]


def _pick_season(code: str, doc: date, tense: Tense | None, rel: str | None) -> TimeValue:
    cur_year, cur_code = _season_of(doc)
    cur_index = cur_year * 4 + _SEASON_ORDER.index(cur_code)
    want = _SEASON_ORDER.index(code)
    back = (cur_year if want <= _SEASON_ORDER.index(cur_code) else cur_year - 1) * 4 + want
    fwd = back if back >= cur_index else back + 4
    if rel == "last":
        k = back if back < cur_index else back - 4
    elif rel == "next":
        k = fwd if fwd > cur_index else fwd + 4
    elif rel == "this":
        k = back if back == cur_index else (fwd if not looks_back(tense) else back)
    else:
        k = back if looks_back(tense) else fwd
    return season_value(k // 4, _SEASON_ORDER[k % 4])
