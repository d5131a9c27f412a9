"""Names written as one list share a type: "Ansel Adams, Chuck Close, Walker Evans and
Robert Mapplethorpe" are photographers, "Zeus, Hera, Poseidon and Athena" gods.

The small model labels each name of a list alone and slips on a few ("Walker Evans" read
as a body, "Engels" as a place). When every other name of the list the model labelled
agrees on one type, the odd one out takes a vote for it: more than its own label, less
than the gazetteer, so a known place or body in a list keeps its type.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..models import Mention
from .mentions import LABEL_VOTES

# the vote of the list's type: above a model label's 1.0, below the gazetteer's 6.0
LIST_WEIGHT = 1.5
# the other labelled names of the list that must agree (a list of three names at least)
LIST_AGREEING = 2
# what joins two names of a list: a comma, "and", "or", "&", nothing else
_LIST_GAP = re.compile(r"\s*,\s*(?:and\s+|or\s+|&\s+)?|\s+(?:and|or|&)\s+")
# a list is closed by a conjunction: "A, B and C"; "Malibu, Calif., Access Hollywood" is none
_CONJUNCTIONS = frozenset(["and", "or", "&"])


def list_type_votes(mentions: Sequence[tuple[Mention, str]]) -> dict[int, tuple[str, float]]:
    """Return, by index in ``mentions`` (each with its paragraph's text), the type vote a
    list member takes from the other members of its list, for a member whose model label
    says another type than all of them."""
    order = sorted(
        range(len(mentions)), key=lambda i: (mentions[i][0].paragraph, mentions[i][0].start)
    )
    runs: list[list[int]] = []
    ends: list[int] = []  # per run, how many members lead up to its last "and"
    for n, i in enumerate(order):
        m, text = mentions[i]
        gap = _gap(mentions[order[n - 1]][0], m, text) if n else None
        if gap is None:
            runs.append([i])
            ends.append(0)
            continue
        runs[-1].append(i)
        if gap.strip(" ,") in _CONJUNCTIONS:
            ends[-1] = len(runs[-1])
    votes: dict[int, tuple[str, float]] = {}
    for run, end in zip(runs, ends, strict=True):
        run = run[:end]  # "in Malibu, Calif., Access Hollywood said": no "and", no list
        kinds = {
            i: LABEL_VOTES[mentions[i][0].label][0]
            for i in run
            if mentions[i][0].label in LABEL_VOTES
        }
        if len(kinds) <= LIST_AGREEING:
            continue
        for i, kind in kinds.items():
            others = {k for j, k in kinds.items() if j != i}
            if len(others) == 1 and kind not in others:
                votes[i] = (others.pop(), LIST_WEIGHT)
    return votes


def _gap(previous: Mention, m: Mention, text: str) -> str | None:
    """Return what joins two names of one paragraph that stand next to each other in a
    list (a comma, "and"...), None if they do not."""
    if previous.paragraph != m.paragraph or m.start <= previous.end:
        return None
    joined = _LIST_GAP.fullmatch(text, previous.end, m.start)
    return joined.group(0) if joined is not None else None
