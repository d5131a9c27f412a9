"""Relatives. A surname two people of an article share: a relative brought in by the
name of another ("Wilhelm's widow, Candee, took aim at …"). From there on the surname
alone ("“…,” said Wilhelm") may be either of them, and the resolver links it to the one
it knew first, so it names no speaker.

And a relative who speaks by the relation alone ("her daughter cried out “…”"): the
one person the article names as someone's daughter ("her daughter, Kathina Thomas";
"Kathina Thomas' mother Shondell McAllister")."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from .roles import Named

# "Wilhelm's widow, Candee,", "Gomes' mother, Catherine,": a relative's given name after
# the relation to someone known by the surname
_RELATIONS = (
    r"(?:widow|widower|wife|husband|son|daughter|mother|father|brother|sister|"
    r"stepson|stepdaughter|stepmother|stepfather)"
)
_RELATIVE = re.compile(rf"\b([A-Z][\w'’-]*?)(?:['’]s|['’])\s+{_RELATIONS},\s+[A-Z][\w'’-]+\s*[,.;]")
# the same relation after an apostrophe: a quick test before the slower pattern
_HINT = re.compile(rf"['’]s?\s+{_RELATIONS},")


def shared_surnames(masked: Sequence[str]) -> list[tuple[int, int, str]]:
    """Where an article brings in a relative who shares someone's surname: (paragraph,
    offset, surname), in text order."""
    return [
        (p, found.start(), found.group(1))
        for p, text in enumerate(masked)
        if _HINT.search(text)
        for found in _RELATIVE.finditer(text)
    ]


def is_shared(
    shared: Sequence[tuple[int, int, str]], paragraph: int, offset: int, name: str
) -> bool:
    """Whether ``name`` at (``paragraph``, ``offset``) is a surname alone that a relative
    brought in before it shares."""
    return any(name == surname and (p, start) < (paragraph, offset) for p, start, surname in shared)


# the relation a speaker is called by, right before the verb: "her daughter", "his
# youngest son"; and for each, the relation its parent is called by
_CHILD_OF = {"daughter": "mother|father|parents", "son": "mother|father|parents"}
KIN_SUBJECT = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z]+\s+)?(daughter|son)\s*$")


def relative_called(
    masked: Sequence[str],
    people: Sequence[Named],
    relation: str,
    gender: Mapping[str, str],
) -> str | None:
    """The one person ``people`` (the article's linked names) holds whom the article
    names as someone's ``relation`` (a key of ``_CHILD_OF``), or None when it names none
    or several: "her daughter, Kathina Thomas" (the name right after the relation) or
    "Kathina Thomas' mother Shondell McAllister" (a possessive before the parent's)."""
    found: set[str] = set()
    after = re.compile(rf"\b{relation},?\s+$")
    parent = re.compile(rf"^(?:['’]s|['’])\s+(?:{_CHILD_OF[relation]})\b")
    for c in people:
        text = masked[c.paragraph]
        if after.search(text, max(0, c.start - 40), c.start) or parent.match(text[c.end :]):
            found.add(c.entity_id)
    unlike = "he" if relation == "daughter" else "she"
    found = {e for e in found if gender.get(e) != unlike}
    return found.pop() if len(found) == 1 else None
