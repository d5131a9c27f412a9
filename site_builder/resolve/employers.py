"""Cues that a name the small model read as a person is the firm someone works for.

Wire copy names its analysts with their firms, and the model reads a firm named after
its founders as a person ("L.F. Rothschild", "Jardine Fleming"); then the firm takes the
analyst's words. The words around such a name say it employs someone:

- a trade and "with" or "at" before it ("a semiconductor analyst with L.F. Rothschild");
- the same trade after it, before the person's name ("Kidder Peabody analyst Adam
  Cuhney");
- a legal form after a word in brackets, which the model leaves out of the span
  ("Jardine Fleming (Securities) Ltd");
- a person's name after an inverted speech verb and "of" before it ("…,” said Johnson
  of L.F. Rothschild"), a weaker cue that only overrules the model's person: a town
  stands there too ("said Mr Skeens of Brownsville").

Each cue returns an organisation vote for :mod:`.prepared` to add to the mention's own.
"""

from __future__ import annotations

import re

from ..gazetteer import LEGAL_FORM_PATTERN, PLACES

# trades a firm employs and a person never does: no one is "an analyst with John Smith"
_TRADES = r"(?:analyst|economist|strategist|dealer|trader|broker|underwriter)s?"
_TRADE_WITH_BEFORE = re.compile(rf"\b{_TRADES}\s+(?:with|at)\s+(?:the\s+)?$")
_TRADE_AFTER = re.compile(rf"\s+{_TRADES}\s+(?-i:[A-Z])")
_LEGAL_FORM_AFTER = re.compile(rf"\s*\((?:[A-Z][\w&.'’-]*\s*){{1,3}}\)\s*{LEGAL_FORM_PATTERN}")
EMPLOYER_WEIGHT = 3.0
_SAID_NAME_OF_BEFORE = re.compile(r"\b(?:said|says|added|adds)\s+(?:[A-Z][\w.'’-]*\s+){1,3}of\s+$")
AFFILIATION_WEIGHT = 1.0


def employer_vote(text: str, start: int, end: int, key: str, label: str) -> float:
    """Return the organisation vote of a name its words set as someone's employer;
    0.0 for any other mention and for a known place."""
    if key in PLACES:
        return 0.0
    if (
        _TRADE_WITH_BEFORE.search(text, max(0, start - 30), start)
        or _TRADE_AFTER.match(text, end)
        or _LEGAL_FORM_AFTER.match(text, end)
    ):
        return EMPLOYER_WEIGHT
    if label == "PERSON" and _SAID_NAME_OF_BEFORE.search(text, max(0, start - 50), start):
        return AFFILIATION_WEIGHT
    return 0.0
