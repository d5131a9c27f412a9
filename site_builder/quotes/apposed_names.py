"""The name that closes a description after an inverted cue: "“…,” said one of their
lawyers, Ann Bell." / "said the chairman of the health committee, Labour MP Tom Reed."

News names the speaker of an inverted cue by a description with a preposition in it
("one of their lawyers", "the chairman of the committee") and then the name in
apposition, after a comma and perhaps a few capitalised premodifiers ("Labour MP"). The
name closes the cue: the sentence ends after it, or one more apposition begins. That
name is the speaker, as the description's head is its role.

The one doubt: when the words after the preposition end in a singular noun for a person
("a spokesman for the minister, John Smith", "the brother of the victim, Ann Bell"), the
name may stand for that person as well as for the head; then nobody is chosen.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .article_text import MASK, Candidate
from .roles import ROLES

# "the chairman of the health committee, Labour MP ", "one of their lawyers, ": a
# determiner, a description holding a preposition, a comma, capitalised premodifiers
_DESCRIPTION = re.compile(
    r"\s*(?:the|a|an|one|two|three|another)\s+(?P<words>[^,.;:()\"“”]{2,100}?)\s*,\s*"
    r"(?:(?-i:[A-Z])[\w'’.&-]*\s+){0,3}",
    re.IGNORECASE,
)
_PREPOSITION = re.compile(r"\b(?:of|for|at|from|in|with|to|on)\b", re.IGNORECASE)
# a singular noun for a person that ends the words after the preposition: the name may
# then be that person's ("a spokesman for the minister, X")
_PERSON_OBJECT = re.compile(
    rf"\b(?:{ROLES}|man|woman|boy|girl|child|victim|son|daughter|wife|husband|mother|"
    r"father|brother|sister|friend|widow|widower|partner|player|patient|suspect)\s*$",
    re.IGNORECASE,
)
# a document is no person: "said a statement from the company, X"
_DOCUMENT = re.compile(r"(?:\w+\s+)?(?:statement|report|letter|release|document)s?\b", re.I)
# what may follow the name: the sentence's end, or one more apposition
_CLOSES = re.compile(r"\s*(?:[.,;!?]|$)")


def apposed_name(masked: str, start: int, end: int, names: Sequence[Candidate]) -> str | None:
    """The person whose name closes the description of an inverted cue's speaker
    between ``start`` and ``end`` ("said one of their lawyers, Ann Bell"), or None."""
    people = [c for c in names if c.type == "person" and not c.possessive]
    for person in people:
        shape = _DESCRIPTION.fullmatch(masked, start, person.start)
        if shape is None or MASK in masked[start : person.start]:
            continue
        if not _CLOSES.match(masked, person.end, end):
            continue
        others = [c for c in people if c.start < person.start]
        words = shape.group("words")
        # the last preposition: its object ends the description
        preposition = next(reversed(list(_PREPOSITION.finditer(words))), None)
        if others or preposition is None or _DOCUMENT.match(words):
            return None
        if _PERSON_OBJECT.search(words[preposition.end() :]):
            return None  # "a spokesman for the minister, X": the minister may be meant
        return person.entity_id
    return None
