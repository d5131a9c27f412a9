"""Take back a surname the model read as a date.

"England sevens coach Mike Friday" comes out as the person "Mike" and the date "Friday":
the name loses its surname and the timeline gains a Friday nobody meant. A one-word
given name the model tags as a person, run straight into a day's or month's name it tags
as a date, is one name. Once the text has such a name, its surname alone ("said
Friday.") is the person too, unless a word that leads a date comes before it ("on
Friday", "by Friday") or a possessive after it ("Friday's game").
"""

from __future__ import annotations

from .person_names import ANY_GIVEN_NAMES
from .tokens import Tokens

_DAY_AND_MONTH_WORDS = (
    "monday tuesday wednesday thursday friday saturday sunday january february march "
    "april may june july august september october november december"
)
_DAYS_AND_MONTHS = frozenset(_DAY_AND_MONTH_WORDS.split())
# words that lead a date: "on Friday", "last Friday", and an event's "for Oscar Sunday"
_DATE_LEAD_WORDS = (
    "on by until till since from last next this that every each of for early late "
    "before after the a"
)
_DATE_LEADS = frozenset(_DATE_LEAD_WORDS.split())
_POSSESSIVE = frozenset({"'s", "’s"})


def _day_word(tk: Tokens, i: int) -> bool:
    return tk.lower[i] in _DAYS_AND_MONTHS and tk.text[i][:1].isupper()


def _after_date_lead(tk: Tokens, i: int) -> bool:
    return i > 0 and tk.lower[i - 1] in _DATE_LEADS


def join_dated_surnames(tk: Tokens, ents: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``ents`` (token bounds and labels, in order) with each given name and the day or
    month right after it one person's name, and each later lone mention of that day
    or month read as the person's surname."""
    joined: list[tuple[int, int, str]] = []
    surnames: set[str] = set()
    for s, e, label in ents:
        if (
            label == "DATE"
            and e == s + 1
            and joined
            and joined[-1][1] == s
            and joined[-1][2] == "PERSON"
            and joined[-1][1] - joined[-1][0] == 1
            and tk.space[s - 1]
            and tk.lower[s - 1] in ANY_GIVEN_NAMES
            and _day_word(tk, s)
            and not _after_date_lead(tk, s - 1)
        ):
            joined[-1] = (s - 1, e, "PERSON")
            surnames.add(tk.lower[s])
            continue
        joined.append((s, e, label))
    if not surnames:
        return ents
    return [
        (s, e, "PERSON")
        if label == "DATE"
        and e == s + 1
        and tk.lower[s] in surnames
        and _day_word(tk, s)
        and not _after_date_lead(tk, s)
        and not (e < len(tk.text) and tk.text[e] in _POSSESSIVE)
        else (s, e, label)
        for s, e, label in joined
    ]
