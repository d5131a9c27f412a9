"""A quotation in a paragraph of its own after a line that only says whose words follow:
"Red Sox owner John Henry has said … that his team will not sign Mark Teixeira." /
"His exact words:" / "“We met with Mr. Teixeira …”".

The possessive is a pronoun like the "he" of "he said", and is read the same way (see
:mod:`.pronouns`): the person the text last made a subject, when no one else competes.
Only a line that is nothing but the lead counts ("In her own words:"); words of the
writer's around it ("His words to the board were blunt:") are left to the other rules.
The same lead may open the quotation's own sentence: "In his opinion, “we are reviving
the idea …”", "In her view, “…”", or be its subject: "His message to the chancellor
was: “Please don't …”", "Her reply was simple: “…”".
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


# "In his opinion, “…”", "In her view, “…”": the lead alone before the mark; or the
# sentence's subject: "His message to the chancellor was: “…”", "Her reply was simple: “…”"
_OPINION_LEAD = re.compile(
    r"\s*In\s+(his|her|their)\s+(?:own\s+)?(?:opinion|view|words|judge?ment|estimation)"
    r"\s*,?\s*$"
    r"|\s*(his|her|their)\s+(?:(?:own|exact|first|only|final|simple)\s+)?"
    r"(?:message|words|reply|response|answer|advice|verdict|plea|warning)"
    r"(?:\s+(?:to|for)(?:\s+[\w'’-]+){1,3})?\s+(?:was|were|is)(?:\s+(?:simple|clear|blunt))?"
    r"\s*:\s*$",
    re.IGNORECASE,
)


def opinion_lead(text: ArticleText, m: Marked) -> tuple[int, int, str] | None:
    """Where the possessive of "In his opinion, “…”" stands before quotation ``m`` in its
    own sentence, (paragraph, offset, pronoun), or None."""
    if not m.opened:
        return None
    p = m.paragraph
    masked = text.masked[p]
    sentence = text.sentence_of(p, max(0, m.start - 1))
    lead = _OPINION_LEAD.fullmatch(masked, sentence, max(sentence, m.start - 1))
    if lead is None:
        return None
    group = 1 if lead.group(1) else 2
    return p, lead.start(group), _PRONOUN[lead.group(group).lower()]
