"""Which organisation "the agency", "the ministry" or the like means, when no
organisation's name holds the word: the one the article brought in with that word as
what it is ("Iran's official news agency IRNA said …" / "It's “full of wounded,” the
agency reported.").

Only an organisation named right next to the word counts, and only when it is the one
such: "the agency" then means what the text itself called an agency. An article that
called two bodies so ("the agency Reuters … the agency AFP") leaves it to nobody. The
word may stand before the name, "the" between them ("investment group The Adelaide
Steamship Co Ltd"), or after it in lower case ("The European Airbus Industrie
consortium … the consortium said"), as wire copy introduces a body.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .article_text import Candidate

_QUALIFIED_BY_A_NAME = frozenset(
    ["government", "party", "administration", "army", "navy", "military", "police", "court"]
)


def introduced_as(
    masked: list[str],
    organisations: Iterable[Candidate],
    word: str | tuple[str, ...],
    p: int,
    offset: int,
) -> str | None:
    """The entity of the one organisation named right after ``word`` ("news agency
    IRNA", "the agency, IRNA,"), or any of several words ("video game firm Bioware" for
    "the company"), before ``(p, offset)``, or None."""
    words = "|".join(re.escape(w) for w in ((word,) if isinstance(word, str) else word))
    before_name = re.compile(rf"\b(?:{words})\s*,?\s*(?:[Tt]he\s+)?$", re.IGNORECASE)
    # after the name, in lower case: a name's own word ("Airbus Industrie Consortium")
    # is capitalised; not a government, party or force a name qualifies ("a
    # Conservative government" is the party's, not the government the text means)
    after = [w for w in words.split("|") if w.lower() not in _QUALIFIED_BY_A_NAME]
    after_name = re.compile(rf"\s+(?-i:{'|'.join(after)})\b") if after else None
    found = {
        c.entity_id
        for c in organisations
        if (c.paragraph, c.start) < (p, offset)
        and (
            before_name.search(masked[c.paragraph], 0, c.start)
            or (after_name is not None and after_name.match(masked[c.paragraph], c.end))
        )
    }
    return found.pop() if len(found) == 1 else None
