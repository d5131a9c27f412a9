"""The words of dates: months, weekdays, seasons, numbers, and regex fragments for them."""

from __future__ import annotations

import re

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

MONTH_FULL = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
)
MONTH_ABBR = r"(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?"
MONTH = rf"(?:{MONTH_FULL}|{MONTH_ABBR})"
WDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
SEASON = r"(?:spring|summer|fall|autumn|winter)"
NUM = (
    r"(?:\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|"
    r"hundred|few|several|many)"
)
UNIT = r"(?:days?|weeks?|months?|years?|decades?)"
YEAR = r"(?:1[5-9]\d\d|20\d\d)"
DAYNUM = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
PART = r"(?:morning|afternoon|evening|night)"


_DAY_NUMBER = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?")


def month_of(word: str) -> int | None:
    """Return the number of a month word ("Feb." -> 2), None for other words."""
    return MONTHS.get(word.rstrip(".").lower())


def day_number(word: str) -> int | None:
    """Return the day of a day word ("15th" -> 15), None if it cannot be one."""
    m = _DAY_NUMBER.fullmatch(word)
    if not m:
        return None
    n = int(m.group(1))
    return n if 1 <= n <= 31 else None


MODIFIER = r"(?:(early|late|mid-?|middle of|end of|beginning of|start of)\s*)?"


def norm_modifier(mod: str | None) -> str | None:
    """Return a part-of-period modifier as early, mid or late."""
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


def number_of(word: str) -> int | None:
    """Return the number a word or digits say ("three" -> 3), None for other words."""
    if word.isdigit():
        return int(word)
    return NUMBERS.get(word)
