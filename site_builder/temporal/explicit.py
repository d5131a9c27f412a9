"""Read the expressions that carry their own year: "15 February 2022", "the 1990s"."""

from __future__ import annotations

import re
from datetime import date

from .values import (
    TimeValue,
    century_value,
    day_value,
    month_modified,
    month_value,
    safe_date,
    season_value,
    year_modified,
    year_value,
)
from .vocabulary import (
    DECADE_WORDS,
    MODIFIER,
    MONTH,
    SEASON,
    SEASONS,
    WDAY,
    day_number,
    month_of,
    norm_modifier,
)

_LEADING_WDAY = re.compile(rf"^{WDAY},? ")
_ISO_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_NUMERIC_DAY = re.compile(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})")
_MONTH_DAY_YEAR = re.compile(r"([a-z]+\.?) (\d{1,2}(?:st|nd|rd|th)?),? (\d{4})")
_DAY_MONTH_YEAR = re.compile(r"(?:the )?(\d{1,2}(?:st|nd|rd|th)?) (?:of )?([a-z]+\.?),? (\d{4})")
_MOD_MONTH_YEAR = re.compile(MODIFIER + r"(?:the )?([a-z]+\.?),? (?:of )?(\d{4})")
_DECADE = re.compile(r"(?:mid-?)?(\d{3})0'?s")
_YEAR_RANGE = re.compile(r"(\d{4}) ?[-–] ?(\d{4}|\d\d)")
_ORDINAL_CENTURY = re.compile(r"(\d\d)(?:st|nd|rd|th) century")
_MOD_YEAR = re.compile(MODIFIER + r"(\d{4})")
_YEAR_MONTH = re.compile(r"(\d{4})[-/](\d{2})")
_YEAR_WORD = re.compile(r"\b(1[5-9]\d\d|20\d\d)\b")
_YEAR_SPAN = re.compile(r"\d{4}\s*[-–/]\s*\d")
_DATE_WORD = re.compile(rf"\b(?:{MONTH}|{WDAY}|{SEASON}|ago|last|next|past)\b")


def explicit_value(t: str) -> TimeValue | None:
    """Resolve expressions that carry their own year."""
    t = _LEADING_WDAY.sub("", t)
    if m := _ISO_DAY.fullmatch(t):
        d = safe_date(int(m[1]), int(m[2]), int(m[3]))
        return day_value(d) if d else None
    if m := _NUMERIC_DAY.fullmatch(t):
        a, b, y = int(m[1]), int(m[2]), int(m[3])
        if a > 12 and b <= 12:
            d = safe_date(y, b, a)
        elif (b > 12 and a <= 12) or a == b:
            d = safe_date(y, a, b)
        else:
            return None  # dd/mm vs mm/dd cannot be told apart
        return day_value(d) if d else None
    if m := _MONTH_DAY_YEAR.fullmatch(t):
        mo, dn = month_of(m[1]), day_number(m[2])
        if mo and dn:
            d = safe_date(int(m[3]), mo, dn)
            return day_value(d) if d else None
    if m := _DAY_MONTH_YEAR.fullmatch(t):
        mo, dn = month_of(m[2]), day_number(m[1])
        if mo and dn:
            d = safe_date(int(m[3]), mo, dn)
            return day_value(d) if d else None
    if m := _MOD_MONTH_YEAR.fullmatch(t):
        mo = month_of(m[2])
        if mo:
            return month_modified(int(m[3]), mo, norm_modifier(m[1]))
        if m[2] in SEASONS and not m[1]:
            return season_value(int(m[3]), SEASONS[m[2]])
    if m := _DECADE.fullmatch(t):
        y = int(m[1]) * 10
        if 1000 <= y <= 2090:
            return TimeValue(f"{y}/{y + 9}", "range", date(y, 1, 1), date(y + 9, 12, 31))
    if m := _YEAR_RANGE.fullmatch(t):
        a, b = int(m[1]), int(m[2])
        b = b if b >= 100 else a // 100 * 100 + b
        if 1000 <= a < b <= 2099:
            return TimeValue(f"{a}/{b}", "range", date(a, 1, 1), date(b, 12, 31))
        return None
    if t in DECADE_WORDS:
        y = DECADE_WORDS[t]
        return TimeValue(f"{y}/{y + 9}", "range", date(y, 1, 1), date(y + 9, 12, 31))
    if m := _ORDINAL_CENTURY.fullmatch(t):
        c = int(m[1]) - 1
        return century_value(c)
    if m := _MOD_YEAR.fullmatch(t):
        y = int(m[2])
        if 1000 <= y <= 2099:
            return year_modified(y, norm_modifier(m[1]))
    if m := _YEAR_MONTH.fullmatch(t):
        y, mo = int(m[1]), int(m[2])
        if 1 <= mo <= 12:
            return month_value(y, mo)
    # a year inside a longer candidate ("the 2014 uprising", "the 2015 deal")
    years = _YEAR_WORD.findall(t)
    if len(years) == 1 and not _YEAR_SPAN.search(t):
        rest = _YEAR_WORD.sub(" ", t)
        if not _DATE_WORD.search(rest):
            return year_value(int(years[0]))
    return None
