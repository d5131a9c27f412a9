"""Whom "according to" names: the head of the phrase after it, not a name inside it.

"According to forensic experts and independent experts acting for the Grigoropoulos
family, the bullet “is a bit deformed …”": the experts speak, and the family they act
for does not. A name that a preposition ties to someone else ("sources close to X", "a
friend of X", "experts acting for X") is no speaker; one that a preposition ties to a
statement or a spokesperson ("a statement from X", "a report by X", "a spokesman for X")
still is, as "X's statement" is."""

from __future__ import annotations

import re

from .cues import PREPOSITIONS

# what speaks for the name a preposition then gives: "a statement issued by", "figures
# from", "a spokeswoman for"
_SPEAKS_FOR = re.compile(
    r"\b(?:statements?|reports?|spokes(?:man|woman|person)|representatives?|release|"
    r"letter|filing|memo|website|post|tweet|account|announcement|data|figures|documents?|"
    r"records?|survey|study|analysis|poll|estimates?|count|tally|interview)"
    r"(?:\s+(?:issued|released|published|posted|given|obtained|made))?"
    r"\s+(?:by|from|of|for|in|on|at|with)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# words that tie a name to someone else ("close to", "a friend of", "acting for"); not
# "at", "from", "with" or "in", which say where the speakers work: "researchers at
# software security firm Trend Micro" speak for the firm, as its spokesman does
_TIES = (PREPOSITIONS - {"at", "from", "with", "in", "within"}) | {
    "close",
    "near",
    "acting",
    "representing",
}


def name_in_modifier(between: str) -> bool:
    """Whether the words between "according to" and a name make the name part of a
    longer description of someone else (see the module's docstring)."""
    words = [w.lower().strip(",") for w in between.split()]
    if not any(w in _TIES for w in words):
        return False
    return _SPEAKS_FOR.search(between) is None
