"""A quotation interrupted by its cue: "“It was a plan,” said Fairman, “and she carried it
out.”"

The cue between two pieces of one sentence's quotation names the speaker of both. The
piece after it has the cue before it in inverted order ("said Fairman,"), which reads as
a verb with no subject, so it takes the attribution of the piece before it when only
that cue's clause stands between them: the same paragraph and sentence, no other
quotation and at most 80 characters.
"""

from __future__ import annotations

import re

from .article_text import MASK, ArticleText
from .attribute import Attribution
from .marks import Marked

GAP = 80  # characters of cue between the two pieces


def interrupted(
    text: ArticleText, before: Marked, attribution: Attribution | None, m: Marked
) -> Attribution | None:
    """The attribution of quotation piece ``m`` when it carries on the sentence of the
    piece ``before`` (with ``attribution``) after the cue that stands between them."""
    if attribution is None or attribution.speaker is None:
        return None
    p = m.paragraph
    if before.paragraph != p or not m.opened or not before.closed:
        return None
    if not before.end < attribution.offset < m.start or attribution.paragraph != p:
        return None  # the cue is not the one between them
    between = text.masked[p][before.end + 1 : m.start - 1]
    if len(between) > GAP or MASK in between or re.search(r"[.;:!?]\s", between + " "):
        return None
    if not between.rstrip().endswith(","):
        return None  # "“…,” X said. “…”": a new sentence
    return Attribution(attribution.speaker, attribution.cue, p, attribution.offset, True)
