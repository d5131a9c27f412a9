"""Words called out by someone the text never names, right before the quotation: "When
the driver yelled, “Don't move!” it clicked that they were cops, she said", "Kelly said
an “earwitness” heard a cop yell, “What do you have in your hands?”".

The verb right before the mark governs the quotation, and its subject, "the driver" or
"a cop", is nobody the article names: the words are theirs, so the quotation has no
speaker. Without this rule a cue further on ("…, she said", who tells what the driver
yelled) or the sentence's own subject ("Kelly said") would be given the words.

An indefinite subject ("a cop", "another passenger") always brings in someone new, save
a spokesman or a representative, who speaks for a body other rules may name ("a company
spokesman said"); after "the", only nouns for people a story seldom names count ("the
driver", "the crowd"): a role ("the judge said, “…”") is often the person the article
named with it (:mod:`.roles`). A capitalised word before the noun ("a Microsoft
spokesman", "the Reuters reporter") names a body, and is left to the other rules.
"""

from __future__ import annotations

import re

# verbs of speech that may govern a quotation right after them, in the forms a subject
# takes before them ("a cop yell" after "heard")
_VERBS = (
    r"(?:yell(?:ed|s)?|shout(?:ed|s)?|scream(?:ed|s)?|cr(?:y|ied|ies)|holler(?:ed|s)?|"
    r"call(?:ed|s)?\s+out|ask(?:ed|s)?|said|says|say|whisper(?:ed|s)?|exclaim(?:ed|s)?)"
)
# people a story seldom names, after "the"
_UNNAMED_PEOPLE = frozenset(
    [
        "driver",
        "cop",
        "passenger",
        "stranger",
        "caller",
        "crowd",
        "voice",
        "protesters",
        "demonstrators",
        "friend",
        "neighbor",
        "neighbour",
        "source",
        "witness",
        "eyewitness",
        "resident",
        "relative",
        "bystander",
        "onlooker",
        "passer-by",
        "acquaintance",
        "classmate",
        "insider",
        "woman",
        "man",
        "girl",
        "boy",
    ]
)
# indefinite subjects that are no one speaking for themselves: a document, or someone
# who speaks for a body ("a company spokesman said")
_NOT_UNNAMED = frozenset(
    [
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "representative",
        "statement",
        "report",
        "release",
        "letter",
        "note",
        "memo",
        "document",
        "sign",
        "banner",
        "message",
        "notice",
        "website",
        "post",
    ]
)
_SUBJECT = re.compile(
    r"(?:^|(?<=[\s,—–-]))(?P<article>an?|another|one|the)\s+"
    r"(?:(?-i:[a-z][\w'’-]*)\s+){0,2}?(?P<noun>(?-i:[a-z][\w'’-]*))\s+(?:\w+ly\s+)?"
    rf"(?P<verb>{_VERBS})(?:\s+(?:back|out))?\s*[,:]?\s*$",
    re.IGNORECASE,
)


def unnamed_voice(masked: str, start: int, mark: int) -> tuple[str, int] | None:
    """The verb and its offset, when the words of ``masked`` from ``start`` up to the
    opening mark at ``mark`` end in someone unnamed and a speech verb that governs the
    quotation ("the driver yelled, “"); else None."""
    found = _SUBJECT.search(masked, start, mark)
    if found is None:
        return None
    noun = found.group("noun").lower()
    if found.group("article").lower() == "the":
        if noun not in _UNNAMED_PEOPLE:
            return None
    elif noun in _NOT_UNNAMED:
        return None
    return found.group("verb"), found.start("verb")
