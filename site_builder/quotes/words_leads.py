"""A quotation in a paragraph of its own after a line that only says whose words follow:
"Red Sox owner John Henry has said … that his team will not sign Mark Teixeira." /
"His exact words:" / "“We met with Mr. Teixeira …”".

The possessive is a pronoun like the "he" of "he said", and is read the same way (see
:mod:`.pronouns`): the person the text last made a subject, when no one else competes.
Only a line that is nothing but the lead counts ("In her own words:"); words of the
writer's around it ("His words to the board were blunt:") are left to the other rules.
"""

from __future__ import annotations

import re

from .article_text import MASK, ArticleText
from .marks import Marked

_WORDS_LEAD = re.compile(
    r"(?:In\s+)?(his|her|their)\s+(?:(?:own|exact|very)\s+)?words\s*:$", re.IGNORECASE
)
_PRONOUN = {"his": "he", "her": "she", "their": "they"}


def words_lead(text: ArticleText, m: Marked) -> tuple[int, int, str] | None:
    """Where the possessive of the lead before quotation ``m`` stands and the pronoun
    it is, (paragraph, offset, pronoun), or None (see the module's docstring)."""
    p = m.paragraph
    if p == 0 or not m.opened or text.masked[p][: max(0, m.start - 1)].strip():
        return None
    previous = text.masked[p - 1].strip()
    if MASK in previous:
        return None
    lead = _WORDS_LEAD.fullmatch(previous)
    if lead is None:
        return None
    offset = text.masked[p - 1].index(previous) + lead.start(1)
    return p - 1, offset, _PRONOUN[lead.group(1).lower()]
