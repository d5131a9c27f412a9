"""A possessive name before the speaker's role and name: "said Biancardi's attorney,
James Zeszutek", "said Obama's chief of staff Rahm Emanuel". The first name only says
whose attorney spoke; the speaker is the name after the role. A body's possessive may
stand right before its member's name: "said Sky Networks' Sophie Turner Laing"."""

from __future__ import annotations

import re

# "'s attorney, ", "’s former chief of staff ": words in lower case after the possessive
_ROLE_THEN = re.compile(r"(?:'s|’s|'|’)\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*,?\s+$")


_RIGHT_BEFORE = re.compile(r"(?:'s|’s|'|’)\s+$")


def names_someone_else(masked: str, possessor_end: int, next_start: int, body: bool) -> bool:
    """Whether the text between a possessive name (ending at ``possessor_end``) and the
    next name (at ``next_start``) is only a role, or nothing after a ``body``'s
    possessive: that next name is who it is."""
    if body and _RIGHT_BEFORE.match(masked, possessor_end, next_start):
        return True
    return _ROLE_THEN.match(masked, possessor_end, next_start) is not None
