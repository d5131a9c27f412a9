"""Normalise a temporal expression to a calendar value, explicit or relative."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from .explicit import explicit_value
from .relative import relative_value_cached
from .values import Tense, TimeValue

_CLEAN_PREFIX = re.compile(
    r"^(?:(?:on|in|since|by|until|till|from|during|at|as\s+of|before|after|around|about|"
    r"the|of|through)\s+)+",
    re.IGNORECASE,
)


_SPACES = re.compile(r"\s+")
# "the last year" is the twelve months before the article, as "the past year" is (the
# calendar year before is "last year" without the article)
_THE_LAST_UNIT = re.compile(r"\bthe last (?=(?:week|month|year)$)")
_TRAILING_PUNCT = re.compile(r"[,;:]+$")
_DECADE_APOSTROPHE = re.compile(r"\d0's$")
_POSSESSIVE_END = re.compile(r"'s$")


def _clean(expression: str) -> str:
    """Lower-case an expression; drop leading prepositions, end punctuation, a possessive."""
    t = expression.strip().lower().replace("’", "'").replace("\u00a0", " ")
    t = _SPACES.sub(" ", t)
    t = _TRAILING_PUNCT.sub("", t).strip()
    t = _THE_LAST_UNIT.sub("the past ", t)
    t = _CLEAN_PREFIX.sub("", t)
    if not _DECADE_APOSTROPHE.search(t):
        t = _POSSESSIVE_END.sub("", t)
    return t.strip()


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
        return relative_value_cached(t, doc_date, tense)
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
        return t, explicit_value(t), False
    except (ValueError, OverflowError):
        return t, None, True
