"""A report of someone else's words: "Acme News reported that the board called for “…”".

The outlet that reported is not the speaker: the words are those of the one its report
names, the subject of the clause "that" opens when a verb of speech or demand follows it
("the board called for", "the minister said", "the union urged"). The speaker is that
name's entity, the one body of the article a description fits ("the board": the Defense
Science Board), or nobody; never the outlet. "X reported Y as saying" is
:data:`.cues.QUOTED_AS`'s.
"""

from __future__ import annotations

import re

REPORT_VERBS = frozenset({"reported", "reports", "report", "reporting"})
# "Thursday that the board called for", "that the minister said"
_THAT_CLAUSE = re.compile(
    r"(?:\s+(?:on\s+|last\s+)?[A-Z][a-z]+day)?\s*,?\s+that\s+"
    r"(?P<who>(?:[\w'’.&-]+\s+){0,5}?[\w'’.&-]+)\s+"
    r"(?:had\s+|has\s+)?(?:called\s+for|calls\s+for|said|says|urged|urges|warned|warns|"
    r"recommended|recommends|demanded|demands|described|stated|told|insisted|argued)\b"
)


def reported_subject_span(masked: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the subject of the clause a report verb (ending at ``start``) reports
    stands, when a verb of speech follows it: (start, end), or None."""
    found = _THAT_CLAUSE.match(masked, start, end)
    return found.span("who") if found is not None else None
