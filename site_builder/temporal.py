"""Find temporal expressions in news text and normalise them against the article's date.

Pure functions, no spaCy. Values follow TimeML-like conventions:

* day ``2022-02-15``, month ``2021-12``, season ``2021-SP`` (SP, SU, FA, WI; winter
  ``2021-WI`` runs from December 2021 to February 2022), year ``2014``;
* ranges ``START/END`` with ISO dates (``2014-02-16/2022-02-16``), or years for decades
  (``1990/1999``). "The past N years" ends at the document date and starts on the same
  calendar day N years earlier.

Conventions: weekdays, bare months and seasons point back in past or unknown tense and
forward in present or future tense (news writes "exercises end Sunday"); "Feb. 15" without
a year follows the tense only within ~9 months, else the nearest. Weeks run Monday-Sunday
("this week" is a range); "this weekend" in a past-tense clause written Monday-Friday is the
weekend just gone. early/mid/late month = days 1-15 / 10-20 / 15-end, early/mid/late year =
Jan-Apr / May-Aug / Sep-Dec (ranges). Decades ``1990/1999``, centuries ``1900/1999``.
Numeric dates ``a/b/yyyy`` are read day-first or month-first only when one reading is
impossible (a part above 12); otherwise they are ambiguous between US and European use and
left unresolved.
Nothing relative is ever resolved without a document date.
"""

from __future__ import annotations

import bisect
import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Literal

from .models import Precision

Tense = Literal["past", "present", "future"]


@dataclass(frozen=True)
class TimeValue:
    """A normalised date: TimeML-like value, precision and the covered interval."""

    value: str
    precision: Precision
    start: date
    end: date


@dataclass(frozen=True)
class TemporalExpression:
    """A temporal expression found in a text: character offsets and surface text."""

    start: int
    end: int
    text: str


MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
WEEKDAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5, "sat": 5,
    "sunday": 6, "sun": 6,
}  # fmt: skip
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "hundred": 100,
}  # fmt: skip
DECADE_WORDS = {
    "twenties": 1920, "thirties": 1930, "forties": 1940, "fifties": 1950, "sixties": 1960,
    "seventies": 1970, "eighties": 1980, "nineties": 1990,
}  # fmt: skip

_MONTH_FULL = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
)
_MONTH_ABBR = r"(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?"
_MONTH = rf"(?:{_MONTH_FULL}|{_MONTH_ABBR})"
_WDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_SEASON = r"(?:spring|summer|fall|autumn|winter)"
_NUM = (
    r"(?:\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|"
    r"hundred|few|several|many)"
)
_UNIT = r"(?:days?|weeks?|months?|years?|decades?)"
_YEAR = r"(?:1[5-9]\d\d|20\d\d)"
_DAYNUM = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_PART = r"(?:morning|afternoon|evening|night)"
_MOD = r"(?:early|late|mid-?|middle|end of|beginning of|start of)"

# Order matters: longer, more specific patterns first.
_PATTERNS = [
    rf"\b{_YEAR}-[01]\d-[0-3]\d\b",
    rf"\b{_YEAR}[-–](?:{_YEAR}|\d\d)\b(?!-)",
    r"\b\d{1,2}[/.]\d{1,2}[/.](?:\d{4})\b",
    rf"\b(?:{_WDAY},?\s+)?{_MONTH}\s+{_DAYNUM},?\s+{_YEAR}\b",
    rf"\b(?:{_WDAY},?\s+)?(?:the\s+)?{_DAYNUM}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?\b",
    rf"\b(?:(?:early|late|mid-?|the\s+end\s+of|the\s+beginning\s+of)\s*)?{_MONTH}\s+"
    rf"(?:of\s+)?{_YEAR}\b",
    rf"\b(?:{_WDAY},?\s+)?{_MONTH}\s+{_DAYNUM}\b(?!\s*(?:%|,\d))",
    rf"\b(?:(?:last|this|next|early|late|mid-?)\s*)?{_SEASON}(?:\s+(?:of\s+)?{_YEAR})?\b",
    rf"\b(?:(?:last|this|next|early|late|mid-?|the\s+end\s+of)\s*)?{_MONTH_FULL}\b",
    rf"\b(?:(?:last|this|next|early|late)\s+)?{_WDAY}(?:'s|’s)?(?:\s+{_PART})?\b",
    r"\b(?:the\s+day\s+before\s+)?(?:yesterday|today|tomorrow|tonight)\b",
    rf"\b(?:last|this)\s+(?:night|{_PART})\b",
    rf"\b{_NUM}\s+{_UNIT}\s+ago\b",
    r"\b(?:(?:earlier|later)\s+)?(?:this|last|next)\s+(?:week|month|year|weekend|decade)\b",
    r"\b(?:over|during|at)\s+the\s+weekend\b",
    r"\bthe\s+(?:(?:past|last|previous)\s+|(?:1\d|20|21)(?:st|nd|rd|th)\s+)century\b",
    r"\bthe\s+(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b",
    rf"\b(?:the\s+)?(?:past|last|previous)\s+(?:{_NUM}\s+)?{_UNIT}\b",
    r"\b(?:the\s+)?(?:mid-?)?(?:1[5-9]\d|20\d)0(?:'|’)?s\b",
    rf"\b(?:(?:early|late|mid-?)\s*)?{_YEAR}\b(?!\s*(?:%|people|troops|soldiers|"
    r"residents|units|cases|deaths|votes|km|miles|feet|metres|meters|tons|tonnes|[,.]\d))",
]
# Every pattern starts with ``\b`` and then a digit or one of the words of _LEAD. _FINDER
# checks that once per position before it tries the patterns one by one: the lookaheads are
# necessary conditions of every pattern, so the matches are the same, only found about four
# times faster. A new pattern must start with a word that _LEAD (and _FIRST_CHARS) admits.
assert all(p.startswith(r"\b") for p in _PATTERNS)
_FIRST_CHARS = r"[\dadefhjlmnopstwy]"  # the first characters of what _LEAD matches
_LEAD = (
    rf"\d|{_WDAY}|{_MONTH}|{_SEASON}|(?:{_NUM}|the|over|during|at)\s|early|late|mid|last|"
    r"this|next|yesterday|today|tomorrow|tonight|earlier|later|past|previous"
)
_FINDER = re.compile(
    rf"\b(?={_FIRST_CHARS})(?={_LEAD})(?:" + "|".join(f"(?:{p[2:]})" for p in _PATTERNS) + ")",
    re.IGNORECASE,
)
# The same finder without IGNORECASE, run on ``text.lower()``: case-insensitive matching
# in ``re`` is much slower. It finds the same spans wherever lowering maps every character
# to one character that the patterns treat as ``re.IGNORECASE`` treats the original; over
# all of Unicode only the three characters of _CASE_UNSAFE differ (checked exhaustively:
# "İ" lowers to two characters, "ı" and "ſ" match "i"/"s" case-insensitively but do not
# lower to them), and a text containing one of them uses _FINDER itself.
_FINDER_LOWER = re.compile(_FINDER.pattern)
_CASE_UNSAFE = re.compile("[\u0130\u0131\u017f]")
_FALSE_ABBR = re.compile(r"^(?:mar|sat|sun|wed|dec|jan|jun)$", re.IGNORECASE)

_DURATION = re.compile(
    rf"^(?:for\s+)?(?:about\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?"
    rf"(?:{_NUM}|\d+(?:\.\d+)?)[\s-]+(?:and\s+a\s+half\s+)?{_UNIT}(?:[\s-]+(?:old|long))?$"
    r"|^(?:daily|weekly|monthly|yearly|annually|nightly|hourly)$"
    r"|^(?:every|each|per)\s+\w+$|^for\s+|^(?:a|one)\s+day$|^\d{1,2}$|^\d+[\s-]+years?[\s-]+old$",
    re.IGNORECASE,
)
_TEMPORAL_WORD = re.compile(
    rf"\b(?:{_MONTH}|{_WDAY}|{_SEASON}|1[5-9]\d\d|20\d\d|\d{{2,4}}'?s|yesterday|today|"
    r"tomorrow|tonight|ago|century|weekend|(?:twent|thirt|fort|fift|sixt|sevent|eight|ninet)ies|"
    r"(?:this|last|next|past|previous|earlier|later|since)\s+(?:\w+\s+)?"
    r"(?:days?|weeks?|months?|years?|decades?|night|morning|evening|afternoon))\b",
    re.IGNORECASE,
)
_TIME_OF_DAY = re.compile(
    r"^(?:about\s+|around\s+|at\s+)?\d{1,2}(?:[:.]\d\d)?\s*(?:a\.?m\.?|p\.?m\.?|o'clock|h)?$|"
    r"^(?:noon|midnight|morning|afternoon|evening)$",
    re.IGNORECASE,
)


# precompiled patterns of find_expressions and its helpers (hot: run per match)
_WORD_PARTS = re.compile(r"[A-Za-z.'’]+")
_MONTH_FULL_RE = re.compile(_MONTH_FULL)
_CAPITALISED_NEXT = re.compile(r"\s+[A-Z][a-z]")
_WDAY_POSSESSIVE = re.compile(_WDAY + r"(?:'s|’s)?")
_NAMED_DAY_BEFORE = re.compile(
    r"\b(?:Super|Black|Good|Bloody|Ash|Holy|Easter|Palm|Cyber|Giving|Maundy|Shrove|Fat)\s+$"
)
_SEASON_RE = re.compile(_SEASON)
_SEASON_NOUN_NEXT = re.compile(
    r"\s+(?!(?:of|and|or|to|in|on|at|when|with|"
    r"as|after|before|the|a|is|was|will)\b)[a-z]"
)
_BARE_YEAR = re.compile(r"1[5-9]\d\d|20\d\d")
_FREQUENCY_WORD = re.compile(r"\b(?:for|every|each|per)\b", re.I)
_DATE_CONTEXT_BEFORE = re.compile(
    r"\b(?:in|since|until|by|from|last|this|next|early|late|of|mid-?|the|during|"
    r"through)\s*$"
)
_SPACE_DIGIT = re.compile(r"\s+\d")
_NAME_WORD_NEXT = re.compile(r"\s+([A-Z][a-z]+)")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s+$")
_COUNT_BEFORE = re.compile(r"\b(?:of|than|about|some|nearly|over|around|to|and)\s+$")
_PLURAL_NOUN_NEXT = re.compile(r"\s+[a-z]+(?:s|ren|people)\b")
_YEARS_NEXT = re.compile(r"[\s-]+years?\b")


@lru_cache(maxsize=16384)  # the same surfaces ("Tuesday", "last week") recur
def _is_filtered(text: str) -> bool:
    """Return True for durations, frequencies, ages and times of day."""
    t = text.strip().lower()
    return bool(_DURATION.match(t) or _TIME_OF_DAY.match(t) or not _TEMPORAL_WORD.search(t))


def find_expressions(
    text: str, candidates: list[tuple[int, int]] | tuple[tuple[int, int], ...] = ()
) -> list[TemporalExpression]:
    """Return temporal expressions from patterns and candidate spans, merged, sorted."""
    spans: list[tuple[int, int]] = []
    if _CASE_UNSAFE.search(text) is None:
        found = _FINDER_LOWER.finditer(text.lower())
    else:
        found = _FINDER.finditer(text)
    for m in found:
        s, e = m.span()
        surface = text[s:e]
        if _FALSE_ABBR.match(surface):
            continue  # "May" the verb, "Sun", "Sat" ...; full month words need context
        if surface.lower() == "may" and not _may_is_month(text, s, e):
            continue
        if any(
            w[:1].islower() and (w.rstrip(".") in MONTHS or w.rstrip(".'s’") in WEEKDAYS)
            for w in _WORD_PARTS.findall(surface)
        ):
            continue  # news capitalises months and weekdays: "5 may attend" is no date
        low = surface.lower()
        if low in ("march", "fall", *SEASONS) and not _context_is_date(text, s, e):
            continue
        name_like = _MONTH_FULL_RE.fullmatch(low) and _CAPITALISED_NEXT.match(text, e)
        if name_like and not _context_is_date(text, s, e):
            continue  # "June Carter"
        if _WDAY_POSSESSIVE.fullmatch(low) and _NAMED_DAY_BEFORE.search(text[max(0, s - 10) : s]):
            continue  # "Bloody Sunday", "Super Tuesday": names of days, not this week's
        if _SEASON_RE.fullmatch(low.split()[-1]) and _in_name(text, s, e):
            continue  # "Winter Paralympics", "Arab Spring"
        if low in SEASONS and _SEASON_NOUN_NEXT.match(text, e):
            continue  # "summer school", "winter storm"
        if _BARE_YEAR.fullmatch(surface) and _is_count(text, s, e):
            continue  # "a survey of 1709 schoolchildren"
        if _is_filtered(surface):
            continue
        spans.append((s, e))
    starts = [x[0] for x in spans]  # pattern spans never overlap and come sorted
    for s, e in candidates:
        surface = text[s:e]
        if _is_filtered(surface) or _FREQUENCY_WORD.search(surface):
            continue
        i = bisect.bisect_left(starts, e)
        if i and spans[i - 1][1] > s:
            continue  # the patterns' span wins: it is cut to what normalise understands
        spans.append((s, e))
    spans.sort(key=lambda x: (x[0], -x[1]))
    out: list[TemporalExpression] = []
    for s, e in spans:
        if out and s < out[-1].end:
            continue
        out.append(TemporalExpression(s, e, text[s:e]))
    return out


def _context_is_date(text: str, s: int, e: int) -> bool:
    before = text[max(0, s - 12) : s].lower()
    after = text[e : e + 8]
    return bool(_DATE_CONTEXT_BEFORE.search(before) or _SPACE_DIGIT.match(after))


def _in_name(text: str, s: int, e: int) -> bool:
    """Return True when a capitalised word stands inside a proper name."""
    word = text[s:e].split()[-1]
    if not word[:1].isupper():
        return False
    after = _NAME_WORD_NEXT.match(text, e)
    before = _WORD_BEFORE.search(text[max(0, s - 20) : s])
    return bool(after or (before and before.group(1)[0].isupper()))


def _is_count(text: str, s: int, e: int) -> bool:
    before = text[max(0, s - 10) : s].lower()
    after = text[e : e + 20]
    return bool(_COUNT_BEFORE.search(before) and _PLURAL_NOUN_NEXT.match(after)) or bool(
        _YEARS_NEXT.match(after)
    )


def _may_is_month(text: str, s: int, e: int) -> bool:
    return text[s] == "M" and _context_is_date(text, s, e)


# --- normalisation ------------------------------------------------------------------------


def _day(d: date) -> TimeValue:
    return TimeValue(d.isoformat(), "day", d, d)


def _month(y: int, m: int) -> TimeValue:
    last = calendar.monthrange(y, m)[1]
    return TimeValue(f"{y:04d}-{m:02d}", "month", date(y, m, 1), date(y, m, last))


def _year(y: int) -> TimeValue:
    return TimeValue(f"{y:04d}", "year", date(y, 1, 1), date(y, 12, 31))


def _season(y: int, code: str) -> TimeValue:
    if code == "SP":
        start, end = date(y, 3, 1), date(y, 5, 31)
    elif code == "SU":
        start, end = date(y, 6, 1), date(y, 8, 31)
    elif code == "FA":
        start, end = date(y, 9, 1), date(y, 11, 30)
    else:
        start, end = date(y, 12, 1), date(y + 1, 3, 1) - timedelta(days=1)
    return TimeValue(f"{y:04d}-{code}", "season", start, end)


def _century(c: int) -> TimeValue:
    y = c * 100
    return TimeValue(f"{y:04d}/{y + 99:04d}", "range", date(y, 1, 1), date(y + 99, 12, 31))


def _range(start: date, end: date) -> TimeValue:
    return TimeValue(f"{start.isoformat()}/{end.isoformat()}", "range", start, end)


def _shift_years(d: date, n: int) -> date:
    try:
        return d.replace(year=d.year + n)
    except ValueError:  # 29 February
        return d.replace(year=d.year + n, day=28)


def _shift_months(y: int, m: int, n: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def _num(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    return NUMBERS.get(word)


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


_CLEAN_PREFIX = re.compile(
    r"^(?:(?:on|in|since|by|until|till|from|during|at|as\s+of|before|after|around|about|"
    r"the|of|through)\s+)+",
    re.IGNORECASE,
)


_SPACES = re.compile(r"\s+")
_TRAILING_PUNCT = re.compile(r"[,;:]+$")
_DECADE_APOSTROPHE = re.compile(r"\d0's$")
_POSSESSIVE_END = re.compile(r"'s$")
_DAY_NUM = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?")


def _clean(expression: str) -> str:
    t = expression.strip().lower().replace("’", "'").replace("\u00a0", " ")
    t = _SPACES.sub(" ", t)
    t = _TRAILING_PUNCT.sub("", t).strip()
    t = _CLEAN_PREFIX.sub("", t)
    if not _DECADE_APOSTROPHE.search(t):
        t = _POSSESSIVE_END.sub("", t)
    return t.strip()


def _month_of(word: str) -> int | None:
    return MONTHS.get(word.rstrip(".").lower())


def _day_num(word: str) -> int | None:
    m = _DAY_NUM.fullmatch(word)
    if not m:
        return None
    n = int(m.group(1))
    return n if 1 <= n <= 31 else None


def _backward(tense: Tense | None) -> bool:
    return tense not in ("present", "future")


def _month_modified(y: int, m: int, mod: str | None) -> TimeValue:
    if not mod:
        return _month(y, m)
    last = calendar.monthrange(y, m)[1]
    if mod == "early":
        return _range(date(y, m, 1), date(y, m, 15))
    if mod.startswith("mid"):
        return _range(date(y, m, 10), date(y, m, 20))
    return _range(date(y, m, 15), date(y, m, last))  # late / end of


def _year_modified(y: int, mod: str | None) -> TimeValue:
    if not mod:
        return _year(y)
    if mod == "early":
        return _range(date(y, 1, 1), date(y, 4, 30))
    if mod.startswith("mid"):
        return _range(date(y, 5, 1), date(y, 8, 31))
    return _range(date(y, 9, 1), date(y, 12, 31))


_MOD_RE = r"(?:(early|late|mid-?|middle of|end of|beginning of|start of)\s*)?"


def _norm_mod(mod: str | None) -> str | None:
    if not mod:
        return None
    mod = mod.strip()
    if mod.startswith(("beginning", "start")):
        return "early"
    if mod.startswith(("middle", "mid")):
        return "mid"
    if mod.startswith("end"):
        return "late"
    return mod


def normalise(expression: str, doc_date: date | None, tense: Tense | None) -> TimeValue | None:
    """Return the calendar value of a temporal expression, or None if unresolvable."""
    t, explicit, failed = _read_explicit(expression)
    if not t or failed:
        return None
    if explicit is not None:
        return explicit
    if doc_date is None:
        return None
    try:
        return _relative_cached(t, doc_date, tense)
    except (ValueError, OverflowError):  # "99999 days ago", dates outside the calendar
        return None


@lru_cache(maxsize=16384)
def _read_explicit(expression: str) -> tuple[str, TimeValue | None, bool]:
    """Return the cleaned expression, its value if it carries its own year, and whether
    reading it failed (a date outside the calendar). The same expressions recur, and
    TimeValue is immutable, so this is made once per expression."""
    t = _clean(expression).replace("[", "").replace("]", "")
    if not t:
        return t, None, False
    try:
        return t, _explicit(t), False
    except (ValueError, OverflowError):
        return t, None, True


# the patterns of _explicit and _relative, compiled once
_LEADING_WDAY = re.compile(rf"^{_WDAY},? ")
_ISO_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_NUMERIC_DAY = re.compile(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})")
_MONTH_DAY_YEAR = re.compile(r"([a-z]+\.?) (\d{1,2}(?:st|nd|rd|th)?),? (\d{4})")
_DAY_MONTH_YEAR = re.compile(r"(?:the )?(\d{1,2}(?:st|nd|rd|th)?) (?:of )?([a-z]+\.?),? (\d{4})")
_MOD_MONTH_YEAR = re.compile(_MOD_RE + r"(?:the )?([a-z]+\.?),? (?:of )?(\d{4})")
_DECADE = re.compile(r"(?:mid-?)?(\d{3})0'?s")
_YEAR_RANGE = re.compile(r"(\d{4}) ?[-–] ?(\d{4}|\d\d)")
_ORDINAL_CENTURY = re.compile(r"(\d\d)(?:st|nd|rd|th) century")
_MOD_YEAR = re.compile(_MOD_RE + r"(\d{4})")
_YEAR_MONTH = re.compile(r"(\d{4})[-/](\d{2})")
_YEAR_WORD = re.compile(r"\b(1[5-9]\d\d|20\d\d)\b")
_YEAR_SPAN = re.compile(r"\d{4}\s*[-–/]\s*\d")
_DATE_WORD = re.compile(rf"\b(?:{_MONTH}|{_WDAY}|{_SEASON}|ago|last|next|past)\b")
_EARLIER_LATER = re.compile(r"^(?:earlier|later) (?=this|last|next)")
_AGO = re.compile(r"(\w+) (day|week|month|year|decade)s? ago")
_WEEK_REL = re.compile(r"(this|last|next|the past|past|the last|the previous) (week|weekend)")
_CENTURY_REL = re.compile(r"(?:(past|last|previous)|(\d\d)(?:st|nd|rd|th)) century")
_MONTH_REL = re.compile(r"(this|last|next) month")
_YEAR_REL = re.compile(r"(this|last|next) year")
_PAST_N_UNITS = re.compile(r"(?:the )?(?:past|last|previous) (\w+) (day|week|month|year|decade)s")
_PAST_UNIT = re.compile(r"(?:the )?(?:past|last|previous) (day|month|year|decade)")
_WEEKDAY_REL = re.compile(rf"(?:(last|this|next|early|late) )?({_WDAY})(?: {_PART})?")
_MONTH_DAY = re.compile(r"([a-z]+\.?) (\d{1,2}(?:st|nd|rd|th)?)")
_DAY_MONTH = re.compile(r"(?:the )?(\d{1,2}(?:st|nd|rd|th)?) (?:of )?([a-z]+\.?)")
_MONTH_OR_SEASON_REL = re.compile(r"(?:(last|this|next) )?" + _MOD_RE + r"([a-z]+\.?)")


def _explicit(t: str) -> TimeValue | None:
    """Resolve expressions that carry their own year."""
    t = _LEADING_WDAY.sub("", t)
    if m := _ISO_DAY.fullmatch(t):
        d = _safe_date(int(m[1]), int(m[2]), int(m[3]))
        return _day(d) if d else None
    if m := _NUMERIC_DAY.fullmatch(t):
        a, b, y = int(m[1]), int(m[2]), int(m[3])
        if a > 12 and b <= 12:
            d = _safe_date(y, b, a)
        elif (b > 12 and a <= 12) or a == b:
            d = _safe_date(y, a, b)
        else:
            return None  # dd/mm vs mm/dd cannot be told apart
        return _day(d) if d else None
    if m := _MONTH_DAY_YEAR.fullmatch(t):
        mo, dn = _month_of(m[1]), _day_num(m[2])
        if mo and dn:
            d = _safe_date(int(m[3]), mo, dn)
            return _day(d) if d else None
    if m := _DAY_MONTH_YEAR.fullmatch(t):
        mo, dn = _month_of(m[2]), _day_num(m[1])
        if mo and dn:
            d = _safe_date(int(m[3]), mo, dn)
            return _day(d) if d else None
    if m := _MOD_MONTH_YEAR.fullmatch(t):
        mo = _month_of(m[2])
        if mo:
            return _month_modified(int(m[3]), mo, _norm_mod(m[1]))
        if m[2] in SEASONS and not m[1]:
            return _season(int(m[3]), SEASONS[m[2]])
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
        return _century(c)
    if m := _MOD_YEAR.fullmatch(t):
        y = int(m[2])
        if 1000 <= y <= 2099:
            return _year_modified(y, _norm_mod(m[1]))
    if m := _YEAR_MONTH.fullmatch(t):
        y, mo = int(m[1]), int(m[2])
        if 1 <= mo <= 12:
            return _month(y, mo)
    # a year inside a longer candidate ("the 2014 uprising", "the 2015 deal")
    years = _YEAR_WORD.findall(t)
    if len(years) == 1 and not _YEAR_SPAN.search(t):
        rest = _YEAR_WORD.sub(" ", t)
        if not _DATE_WORD.search(rest):
            return _year(int(years[0]))
    return None


def _relative(t: str, doc: date, tense: Tense | None) -> TimeValue | None:
    """Resolve expressions that need the document date."""
    t = _EARLIER_LATER.sub("", t)
    if t in ("today", "tonight", "this morning", "this afternoon", "this evening", "now"):
        return _day(doc)
    if t in ("yesterday", "last night", "yesterday morning", "yesterday afternoon"):
        return _day(doc - timedelta(days=1))
    if t in ("the day before yesterday", "day before yesterday"):
        return _day(doc - timedelta(days=2))
    if t in ("tomorrow", "tomorrow morning", "tomorrow night"):
        return _day(doc + timedelta(days=1))
    if m := _AGO.fullmatch(t):
        n = _num(m[1])
        if n is None:
            return None
        if m[2] == "day":
            return _day(doc - timedelta(days=n))
        if m[2] == "week":
            d = doc - timedelta(days=7 * n)
            monday = d - timedelta(days=d.weekday())
            return _range(monday, monday + timedelta(days=6))
        if m[2] == "month":
            return _month(*_shift_months(doc.year, doc.month, -n))
        if m[2] == "year":
            return _year(doc.year - n)
        return None
    if m := _WEEK_REL.fullmatch(t):
        shift = {"this": 0, "last": -1, "next": 1}.get(m[1])
        if shift is None:
            if m[2] == "week":
                return _range(doc - timedelta(days=7), doc)
            return None
        monday = doc - timedelta(days=doc.weekday()) + timedelta(days=7 * shift)
        if m[2] == "weekend":
            if m[1] == "this" and _backward(tense) and doc.weekday() < 5:
                monday -= timedelta(days=7)  # "took place this weekend" on a Tuesday
            return _range(monday + timedelta(days=5), monday + timedelta(days=6))
        return _range(monday, monday + timedelta(days=6))
    if t in ("weekend", "over weekend", "during weekend", "over the weekend", "the weekend"):
        return _relative("this weekend", doc, tense)
    if m := _CENTURY_REL.fullmatch(t):
        c = (doc.year // 100 - 1) if m[1] else int(m[2]) - 1
        return _century(c)
    if m := _MONTH_REL.fullmatch(t):
        return _month(*_shift_months(doc.year, doc.month, {"this": 0, "last": -1, "next": 1}[m[1]]))
    if m := _YEAR_REL.fullmatch(t):
        return _year(doc.year + {"this": 0, "last": -1, "next": 1}[m[1]])
    if m := _PAST_N_UNITS.fullmatch(t):
        n = _num(m[1])
        if n is None:
            return None
        if m[2] == "day":
            start = doc - timedelta(days=n)
        elif m[2] == "week":
            start = doc - timedelta(days=7 * n)
        elif m[2] == "month":
            y, mo = _shift_months(doc.year, doc.month, -n)
            start = _safe_date(y, mo, doc.day) or date(y, mo, calendar.monthrange(y, mo)[1])
        elif m[2] == "year":
            start = _shift_years(doc, -n)
        else:
            start = _shift_years(doc, -10 * n)
        return _range(start, doc)
    if m := _PAST_UNIT.fullmatch(t):
        if m[1] == "day":
            return _range(doc - timedelta(days=1), doc)
        if m[1] == "month":
            y, mo = _shift_months(doc.year, doc.month, -1)
            return _range(_safe_date(y, mo, doc.day) or date(y, mo, 28), doc)
        if m[1] == "year":
            return _range(_shift_years(doc, -1), doc)
        return _range(_shift_years(doc, -10), doc)
    # weekdays
    if m := _WEEKDAY_REL.fullmatch(t):
        wd = WEEKDAYS[m[2]]
        diff = (wd - doc.weekday()) % 7  # days forward to the next such weekday (0 = today)
        if m[1] == "last":
            back = (doc.weekday() - wd) % 7 or 7
            return _day(doc - timedelta(days=back))
        if m[1] == "next":
            return _day(doc + timedelta(days=diff or 7))
        if _backward(tense) and m[1] != "this":
            return _day(doc - timedelta(days=(doc.weekday() - wd) % 7))
        return _day(doc + timedelta(days=diff))
    # month and day without a year
    md = _MONTH_DAY.fullmatch(t) or _DAY_MONTH.fullmatch(t)
    if md:
        a, b = md[1], md[2]
        mo, dn = (_month_of(a), _day_num(b)) if _month_of(a) else (_month_of(b), _day_num(a))
        if mo and dn:
            return _nearest_day(mo, dn, doc, tense)
    # months and seasons without a year
    if m := _MONTH_OR_SEASON_REL.fullmatch(t):
        rel, mod, word = m[1], _norm_mod(m[2]), m[3]
        mo = _month_of(word) if (len(word) > 3 or word == "may") else None
        if mo:
            y = _pick_year_for_month(mo, doc, tense, rel)
            return _month_modified(y, mo, mod)
        if word in SEASONS and not mod:
            return _pick_season(SEASONS[word], doc, tense, rel)
    return None


# relative expressions recur within an article ("Tuesday" twice): one value per
# (expression, document date, tense); the values are immutable
_relative_cached = lru_cache(maxsize=16384)(_relative)


def _nearest_day(mo: int, dn: int, doc: date, tense: Tense | None) -> TimeValue | None:
    options = [d for y in (doc.year - 1, doc.year, doc.year + 1) if (d := _safe_date(y, mo, dn))]
    if not options:
        return None
    limit = 270  # the tense decides within ~9 months; further away it is more likely wrong
    if tense == "past":
        past = [d for d in options if d <= doc and (doc - d).days <= limit]
        if past:
            return _day(max(past))
    if tense in ("future", "present"):
        fut = [d for d in options if d >= doc and (d - doc).days <= limit]
        if fut:
            return _day(min(fut))
    return _day(min(options, key=lambda d: (abs((d - doc).days), d > doc)))


def _pick_year_for_month(mo: int, doc: date, tense: Tense | None, rel: str | None) -> int:
    if rel == "last":
        return doc.year if mo < doc.month else doc.year - 1
    if rel == "next":
        return doc.year if mo > doc.month else doc.year + 1
    if rel == "this":
        return doc.year
    if _backward(tense):
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
        k = back if back == cur_index else (fwd if not _backward(tense) else back)
    else:
        k = back if _backward(tense) else fwd
    return _season(k // 4, _SEASON_ORDER[k % 4])


# --- tense ---------------------------------------------------------------------------------

_IRREGULAR_PAST = frozenset({
    "said", "told", "was", "were", "had", "did", "made", "went", "came", "took", "gave", "got",
    "saw", "knew", "thought", "began", "brought", "bought", "found", "held", "kept", "left",
    "lost", "met", "paid", "put", "ran", "sent", "set", "spoke", "stood", "won", "wrote",
    "became", "fell", "felt", "fought", "led", "meant", "rose", "sold", "shot", "spent",
    "struck", "threw", "understood", "broke", "chose", "drove", "flew", "forgot", "grew", "hid",
    "hit", "hurt", "laid", "let", "lit", "overtook", "quit", "read", "rode", "sang", "sat",
    "slept", "sought", "stole", "swore", "taught", "tore", "withdrew", "woke", "wore", "ate",
    "drew", "built",
})  # fmt: skip
_NOT_PAST = frozenset({
    "need", "red", "bed", "shed", "seed", "speed", "feed", "breed", "hundred", "united", "based",
    "interested", "tired", "concerned", "detailed", "related", "limited", "armed", "skilled",
    "advanced", "alleged", "proposed", "so-called", "indeed", "wed", "fled", "embed",
})  # fmt: skip
_FUTURE = {"will", "'ll", "shall", "won't", "wo", "would", "going", "due", "set", "scheduled",
           "expected", "plans", "planned", "intends", "aims", "upcoming"}  # fmt: skip
_PRESENT = frozenset({
    "is", "are", "am", "end", "ends", "begin", "begins", "start", "starts", "open", "opens",
    "close", "closes", "meet", "meets", "hold", "holds", "take", "takes", "arrive", "arrives",
    "leave", "leaves", "expire", "expires", "resume", "resumes", "vote", "votes", "visit",
    "visits", "runs", "run", "launch", "launches",
})  # fmt: skip
_NEEDS_BE = {"set", "expected", "due", "scheduled"}
_CLAUSE_STOP = re.compile(r"[;—–:\"“”()]|\.\s")
_TOKEN = re.compile(r"[A-Za-z’']+")
# the end of the last _CLAUSE_STOP match: the greedy ``.*`` gives the rightmost start, and
# matches of _CLAUSE_STOP never overlap (no match starts with the whitespace of ". ")
_LAST_CLAUSE_STOP = re.compile(r"(?s:.*)(?:" + _CLAUSE_STOP.pattern + ")")
_RELATIVE_WORD = re.compile(r"\b(?:that|which|who|when|after|before|because|while|as|and|but)\b")
_GOING_TO = re.compile(r"\b(?:is|are|am|'re|'s)\s+(?:going\s+)?to\s+\w+")
_SCHEDULED = re.compile(
    r"\b(?:(?:set|scheduled|slated|planned|due)\s+(?:for|to|on)|upcoming|"
    r"(?:expected|plans|intends|aims|hopes)\s+to)\b"
)


_DETERMINERS = set(
    ["the", "an", "a", "this", "that", "its", "their", "his", "her", "our", "my", "your", "every"]
)


def _token_tense(tok: str, prev: str, prev2: str = "") -> Tense | None:
    tense, needs = _word_tense(tok)
    if needs is None:
        return tense
    if needs == "be":  # "is expected", "are set"
        return tense if prev in ("is", "are", "was", "were") else None
    if needs == "going":  # "is going"
        return tense if prev in ("is", "are", "am", "'s") else None
    # a present form right after a determiner is a noun ("the vote")
    return None if prev in _DETERMINERS or prev2 in _DETERMINERS else tense


@lru_cache(maxsize=16384)
def _word_tense(tok: str) -> tuple[Tense | None, str | None]:
    """Return the tense a word marks and what the words before it must confirm (None:
    nothing; "be": a form of be just before; "going": is/are/am/'s just before; "det": no
    determiner among the two words before). Words repeat: decided once per word."""
    w = tok.lower().replace("’", "'")
    if w in ("ago",):
        return "past", None
    if w in _FUTURE or w.endswith("'ll"):
        if w in _NEEDS_BE:
            return "future", "be"
        if w == "going":
            return "future", "going"
        return "future", None
    if w in ("has", "have", "had"):
        return "past", None
    if w in _PRESENT:
        return "present", "det"
    if w in _IRREGULAR_PAST:
        return "past", None
    if len(w) > 4 and w.endswith("ed") and w not in _NOT_PAST:
        return "past", None
    return None, None


def sentence_tense(sentence: str, expr_start: int, expr_end: int) -> Tense | None:
    """Guess the tense of the clause around an expression from nearby verb forms."""
    before = sentence[:expr_start]
    after = sentence[expr_end:]
    stop_b = _LAST_CLAUSE_STOP.match(before)
    if stop_b:
        before = before[stop_b.end() :]
    stop_a = _CLAUSE_STOP.search(after)
    if stop_a:
        after = after[: stop_a.start()]
    rel = _RELATIVE_WORD.search(after)
    if rel:
        after = after[: rel.start()]
    # lowercased once (_token_tense lowercases its word itself, so the result is the same)
    btoks = [w.lower() for w in _TOKEN.findall(before)]
    atoks = [w.lower() for w in _TOKEN.findall(after)]
    scored: list[tuple[float, Tense]] = []
    for i in range(len(btoks) - 1, -1, -1):
        prev = btoks[i - 1] if i > 0 else ""
        prev2 = btoks[i - 2] if i > 1 else ""
        tense = _token_tense(btoks[i], prev, prev2)
        if tense:
            scored.append((len(btoks) - i, tense))
            break
    for i, tok in enumerate(atoks):
        prev = atoks[i - 1] if i > 0 else ""
        prev2 = atoks[i - 2] if i > 1 else (btoks[-1] if btoks else "")
        tense = _token_tense(tok, prev, prev2)
        if tense:
            scored.append((i + 1.5, tense))
            break
    # future markers anywhere in the clause win over a nearer past form ("will ... on Sunday")
    clause = btoks + atoks
    joined = " ".join(clause)
    if (
        "will" in clause
        or "shall" in clause
        or ("'ll" in joined and any(w.endswith("'ll") for w in clause))
    ):
        return "future"
    if _GOING_TO.search(joined):
        return "future"
    if _SCHEDULED.search(joined):
        return "future"
    if not scored:
        return None
    return min(scored)[1]
