"""Find temporal expressions in news text: patterns, then filters for what is no date."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from .vocabulary import (
    DAYNUM,
    MONTH,
    MONTH_FULL,
    MONTHS,
    NUM,
    PART,
    SEASON,
    SEASONS,
    UNIT,
    WDAY,
    WEEKDAYS,
    YEAR,
)


@dataclass(frozen=True)
class TemporalExpression:
    """A temporal expression found in a text: character offsets and surface text."""

    start: int
    end: int
    text: str


_PATTERNS = [
    rf"\b{YEAR}-[01]\d-[0-3]\d\b",
    rf"\b{YEAR}[-–](?:{YEAR}|\d\d)\b(?!-)",
    r"\b\d{1,2}[/.]\d{1,2}[/.](?:\d{4})\b",
    rf"\b(?:{WDAY},?\s+)?{MONTH}\s+{DAYNUM},?\s+{YEAR}\b",
    rf"\b(?:{WDAY},?\s+)?(?:the\s+)?{DAYNUM}\s+(?:of\s+)?{MONTH}(?:,?\s+{YEAR})?\b",
    rf"\b(?:(?:early|late|mid-?|the\s+end\s+of|the\s+beginning\s+of)\s*)?{MONTH}\s+"
    rf"(?:of\s+)?{YEAR}\b",
    rf"\b(?:{WDAY},?\s+)?{MONTH}\s+{DAYNUM}\b(?!\s*(?:%|,\d))",
    # anchored to the document's year: "the previous year", "the year before", "the same
    # month a year ago", "year-end"; before the patterns that read "previous year" as the
    # past twelve months. "The year before" must end its clause: in "the year before the
    # war" it is anchored to something else.
    rf"\b{MONTH_FULL}\s+(?:of\s+)?(?:next|last|this)\s+year\b",  # "October of next year"
    r"\bthe\s+(?:previous|prior|preceding)\s+(?:year|month|week)\b",
    r"\bthe\s+(?:year|month|week)\s+(?:before|previous|earlier)\b(?=\s*(?:[^\w\s]|$))",
    r"\bthe\s+same\s+(?:month|period|time|quarter|week|day)\s+(?:a\s+year\s+(?:ago|earlier|"
    r"before)|(?:of\s+)?last\s+year|(?:of\s+|in\s+)?the\s+(?:previous|prior)\s+year)\b",
    r"\b(?:the\s+end\s+of\s+(?:the|this)\s+year|year[\s-]end)\b",
    rf"\b(?:(?:last|this|next|early|late|mid-?)\s*)?{SEASON}(?:\s+(?:of\s+)?{YEAR})?\b",
    rf"\b(?:(?:last|this|next|early|late|mid-?|the\s+end\s+of)\s*)?{MONTH_FULL}\b",
    rf"\b(?:(?:last|this|next|early|late)\s+)?{WDAY}(?:'s|’s)?(?:\s+{PART})?\b",
    r"\b(?:the\s+day\s+before\s+)?(?:yesterday|today|tomorrow|tonight)\b",
    rf"\b(?:last|this)\s+(?:night|{PART})\b",
    rf"\b{NUM}\s+{UNIT}\s+ago\b",
    r"\b(?:(?:earlier|later)\s+)?(?:this|last|next)\s+(?:week|month|year|weekend|decade)\b",
    r"\b(?:over|during|at)\s+the\s+weekend\b",
    r"\bthe\s+(?:(?:past|last|previous)\s+|(?:1\d|20|21)(?:st|nd|rd|th)\s+)century\b",
    r"\bthe\s+(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b",
    rf"\b(?:the\s+)?(?:past|last|previous)\s+(?:{NUM}\s+)?{UNIT}\b",
    r"\b(?:the\s+)?(?:mid-?)?(?:1[5-9]\d|20\d)0(?:'|’)?s\b",
    rf"\b(?:(?:early|late|mid-?)\s*)?{YEAR}\b(?!\s*(?:%|people|troops|soldiers|"
    r"residents|units|cases|deaths|votes|km|miles|feet|metres|meters|tons|tonnes|[,.]\d))",
]
# Every pattern starts with ``\b`` and then a digit or one of the words of _LEAD. _FINDER
# checks that once per position before it tries the patterns one by one: the lookaheads are
# necessary conditions of every pattern, so the matches are the same, found with far fewer
# attempts. A new pattern must start with a word that _LEAD (and _FIRST_CHARS) admits.
assert all(p.startswith(r"\b") for p in _PATTERNS)
_FIRST_CHARS = r"[\dadefhjlmnopstwy]"  # the first characters of what _LEAD matches
_LEAD = (
    rf"\d|{WDAY}|{MONTH}|{SEASON}|(?:{NUM}|the|over|during|at)\s|early|late|mid|last|"
    r"this|next|yesterday|today|tomorrow|tonight|earlier|later|past|previous|year"
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
    rf"(?:{NUM}|\d+(?:\.\d+)?)[\s-]+(?:and\s+a\s+half\s+)?{UNIT}(?:[\s-]+(?:old|long))?$"
    r"|^(?:daily|weekly|monthly|yearly|annually|nightly|hourly)$"
    r"|^(?:every|each|per)\s+\w+$|^for\s+|^(?:a|one)\s+day$|^\d{1,2}$|^\d+[\s-]+years?[\s-]+old$",
    re.IGNORECASE,
)
_TEMPORAL_WORD = re.compile(
    rf"\b(?:{MONTH}|{WDAY}|{SEASON}|1[5-9]\d\d|20\d\d|\d{{2,4}}'?s|yesterday|today|"
    r"tomorrow|tonight|ago|century|weekend|(?:twent|thirt|fort|fift|sixt|sevent|eight|ninet)ies|"
    r"(?:this|last|next|past|previous|prior|preceding|earlier|later|since)\s+(?:\w+\s+)?"
    r"(?:days?|weeks?|months?|years?|decades?|night|morning|evening|afternoon)|"
    r"(?:year|month|week)\s+(?:before|previous|earlier)|year[\s-]end|"
    r"end\s+of\s+(?:the|this)\s+year)\b",
    re.IGNORECASE,
)
_TIME_OF_DAY = re.compile(
    r"^(?:about\s+|around\s+|at\s+)?\d{1,2}(?:[:.]\d\d)?\s*(?:a\.?m\.?|p\.?m\.?|o'clock|h)?$|"
    r"^(?:noon|midnight|morning|afternoon|evening)$",
    re.IGNORECASE,
)


# precompiled patterns of find_expressions and its helpers (hot: run per match)
_WORD_PARTS = re.compile(r"[A-Za-z.'’]+")
_MONTH_FULL_RE = re.compile(MONTH_FULL)
_CAPITALISED_NEXT = re.compile(r"\s+[A-Z][a-z]")
_WDAY_POSSESSIVE = re.compile(WDAY + r"(?:'s|’s)?")
_NAMED_DAY_BEFORE = re.compile(
    r"\b(?:Super|Black|Good|Bloody|Ash|Holy|Easter|Palm|Cyber|Giving|Maundy|Shrove|Fat)\s+$"
)
_SEASON_RE = re.compile(SEASON)
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
# "the last year of the war", "the last days of the regime": anchored to what follows
_THE_LAST_UNIT = re.compile(r"(?:the\s+)?last\s+(?:\w+\s+)?(?:day|week|month|year|decade)s?")
_OF_NEXT = re.compile(r"\s+of\b")
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)


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
        if _last_unit_of_something(text, s, e, low):
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


def _last_unit_of_something(text: str, s: int, e: int, low: str) -> bool:
    """Return True for "the last year of the war": the last unit of something else, not
    a time before the article ("last year of" without "the" stays a date)."""
    if not _THE_LAST_UNIT.fullmatch(low) or not _OF_NEXT.match(text, e):
        return False
    return low.startswith("the") or bool(_THE_BEFORE.search(text[max(0, s - 5) : s]))


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
