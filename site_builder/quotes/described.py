"""Which organisation "the agency", "the ministry" or the like means, when no
organisation's name holds the word: the one the article brought in with that word as
what it is ("Iran's official news agency IRNA said …" / "It's “full of wounded,” the
agency reported.").

Only an organisation named right after the word counts, and only when it is the one
such: "the agency" then means what the text itself called an agency. An article that
called two bodies so ("the agency Reuters … the agency AFP") leaves it to nobody.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .article_text import Candidate


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
    before_name = re.compile(rf"\b(?:{words})\s*,?\s*$", re.IGNORECASE)
    found = {
        c.entity_id
        for c in organisations
        if (c.paragraph, c.start) < (p, offset)
        and before_name.search(masked[c.paragraph], 0, c.start)
    }
    return found.pop() if len(found) == 1 else None
