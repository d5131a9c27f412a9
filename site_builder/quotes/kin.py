"""A surname two people of an article share: a relative brought in by the name of
another ("Wilhelm's widow, Candee, took aim at …"). From there on the surname alone
("“…,” said Wilhelm") may be either of them, and the resolver links it to the one it
knew first, so it names no speaker."""

from __future__ import annotations

import re
from collections.abc import Sequence

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
