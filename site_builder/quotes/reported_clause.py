"""A short phrase a speech verb reports, when its speaker goes unnamed.

"The local fire chief says the fire “is definitely suspicious.”", "Forensic experts said
the bullet was “a bit deformed”": the marks sit in the clause the verb reports, a few
words after it, so the phrase is someone's speech even though the stage can name nobody
(an unnamed chief, experts). A phrase a named speaker's verb reports is shown already;
with no speaker, a phrase of under six words is shown only right after its cue, lest a
title or scare quotes pass for speech, so this reads the clause between the two: a few
plain words ("the fire", "the bullet was"), no punctuation, no conjunction or relative
word that would start another clause, and a reporting verb, not one that names or
describes ("called it “…”", "described as").

The phrase must be the clause's predicate, of two words or more: after a form of "be"
("was “a bit deformed”") or opening with one or an auxiliary ("“is definitely
suspicious.”"). A noun the clause uses in passing ("the navy said it had sunk a pirate
“mother vessel”") or one word ("she was “bubbly”") stays out, as scare quotes do.
"""

from __future__ import annotations

import re

from .attribute import Attribution
from .marks import Marked

REPORTING = frozenset(
    ["said", "says", "told", "tells", "added", "adds", "stated", "states", "explained"]
)
# the reported clause up to the mark: "that the fire ", "the bullet was ", "it will take "
_CLAUSE = re.compile(r"\s+(?:that\s+)?(?:[\w'’-]+\s+){1,5}")
# words that start another clause or govern the phrase themselves
_OTHER_CLAUSE = frozenset(
    ["and", "but", "or", "while", "because", "although", "though", "which", "who", "whom",
     "whose", "where", "when", "as", "if", "than", "like", "called", "calling", "named",
     "dubbed", "described", "so-called", "termed", "known"]
)  # fmt: skip


# a form of "be" before the marks: "the building is “a total loss”"
_COPULA = frozenset(["is", "was", "are", "were", "be", "been", "remains", "remained"])
# the first quoted word of a predicate: "“is definitely suspicious.”", "“had no idea”"
_AUXILIARY = frozenset(
    ["is", "was", "are", "were", "has", "had", "have", "will", "would", "could", "can",
     "may", "might", "should", "must"]
)  # fmt: skip


def reports_phrase(paragraph: str, attribution: Attribution, m: Marked) -> bool:
    """Whether the speech verb of ``attribution`` reports the clause that holds the
    quoted phrase ``m``, a few plain words after it in the same paragraph."""
    if attribution.paragraph != m.paragraph or attribution.cue.lower() not in REPORTING:
        return False
    after_cue = attribution.offset + len(attribution.cue)
    opening = m.start - 1  # the opening mark
    if after_cue >= opening:
        return False
    between = paragraph[after_cue:opening]
    if _CLAUSE.fullmatch(between) is None:
        return False
    words = between.split()
    if any(w.lower() in _OTHER_CLAUSE for w in words):
        return False
    quoted = paragraph[m.start : m.end].split()
    if len(quoted) < 2:
        return False
    return words[-1].lower() in _COPULA or quoted[0].lower() in _AUXILIARY
