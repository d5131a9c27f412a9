"""Words a passive verb takes from a body's piece: "Mr. LaRue … was described in a 1972
Washington Post profile as a squinting, mumbling “Faulknerian character, …”".

The verb's subject is the person described, not the one who spoke; the words are the
profile's, and a piece speaks for the body that published it, as an editorial is its
newspaper's. So the speaker is the organisation named right after "in a" (a year may
come first) whose name the kind of piece follows, then "as". A name of another kind
("in a Washington hotel as") or no kind of piece ("in a Post as") names no source.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .roles import Named

# from the verb to the name: " in a ", " in a 1972 ", " in its "
_IN_A_PIECE = re.compile(r"\s+in\s+(?:an?|the|its)\s+(?:\d{4}\s+)?")
# from the name to "as": " profile as", "'s weekly column as", " article as"
_PIECE_AS = re.compile(
    r"(?:['’]s)?\s+(?:[a-z][\w-]*\s+)?"
    r"(?:profile|report|article|story|editorial|column|interview|obituary|review)\s+as\b"
)


def piece_source(masked: str, verb_end: int, names: Sequence[Named]) -> str | None:
    """The organisation whose piece the passive verb ending at ``verb_end`` quotes
    ("described in a … Washington Post profile as"), from the names after the verb in
    text order, or None."""
    if not names or names[0].type != "organization":
        return None
    first = names[0]
    if _IN_A_PIECE.fullmatch(masked, verb_end, first.start) is None:
        return None
    return first.entity_id if _PIECE_AS.match(masked, first.end) else None
