"""People a relative clause has speak: "It is also a debut nomination for Imelda
Staunton, 49, who told BBC News 24 she had not thought …. “…,” she said".

The name may stand where it is no subject (after "for"), yet the clause's speech verb
makes it the one the text has just heard from, as a subject that speaks would be: a
later "she said" may mean it.
"""

from __future__ import annotations

import re

from .article_text import ArticleText, Candidate
from .cues import SPEECH_VERB

# ", who told", ", 49, who said", " who also said"
_WHO_SPEAKS = re.compile(r"(?:,\s*\d{1,3}\s*)?,?\s+who\s+(?:also\s+|later\s+|then\s+)?")


def relative_speakers(
    text: ArticleText, first: int, p: int, offset: int, wanted: str
) -> list[tuple[int, int, str]]:
    """(paragraph, offset, entity id) of each name of type ``wanted`` from paragraph
    ``first`` up to ``(p, offset)`` that a relative clause's speech verb follows."""
    found: list[tuple[int, int, str]] = []
    for q in range(first, p + 1):
        masked = text.masked[q]
        for c in text.candidates.get(q, ()):
            if c.type != wanted or c.possessive or (q, c.start) >= (p, offset):
                continue
            if _speaks(masked, c):
                found.append((q, c.start, c.entity_id))
    return found


def _speaks(masked: str, c: Candidate) -> bool:
    who = _WHO_SPEAKS.match(masked, c.end)
    return who is not None and SPEECH_VERB.match(masked, who.end()) is not None
