"""The unnamed spokesperson a "he" or "she" means: "A spokeswoman for the Red Cross said
…. She added: “…”".

A sentence opened by an unnamed spokesperson of a body ("A spokeswoman for X", "An X
spokesman") makes them the subject; a person pronoun that opens the very next sentence,
with nobody named between, is that spokesperson, whose words are the body's. The
pronoun must fit: "she" a spokeswoman, "he" a spokesman, either a spokesperson.
"""

from __future__ import annotations

import re

from .article_text import ArticleText
from .spokespeople import INTRODUCED, spokesperson_of

# what may open the pronoun's sentence before it: "She added", "But he said"
_OPENING = re.compile(r"\s*(?:(?:But|And|However,?)\s+)?")
_FITS = {"he": ("man", "person"), "she": ("woman", "person")}


def spokesperson_referent(text: ArticleText, p: int, offset: int, pronoun: str) -> str | None:
    """The body whose unnamed spokesperson the pronoun at ``(p, offset)`` means, or None."""
    if pronoun not in _FITS:
        return None
    masked = text.masked[p]
    sentence = text.sentence_of(p, offset)
    if not _OPENING.fullmatch(masked, sentence, offset):
        return None
    # the sentence right before: earlier in the paragraph, or the last of the one before
    if sentence > 0:
        q, start = p, text.sentence_of(p, sentence - 1)
    elif p > 0 and text.masked[p - 1].strip():
        q = p - 1
        start = text.sentence_of(q, len(text.masked[q]) - 1)
    else:
        return None
    found = INTRODUCED.match(text.masked[q], start)
    if found is None or found.group("kind") not in _FITS[pronoun]:
        return None
    # nobody named between the spokesperson and the pronoun ("…, Jane Roe, said")
    spans = [(q, start, len(text.masked[q]))] if q != p else []
    spans.append((p, start if q == p else 0, offset))
    for para, begin, end in spans:
        if any(c.type == "person" for c in text.in_range(para, begin, end)):
            return None
        if any(begin <= s < end for s, _ in text.unlinked.get(para, ())):
            return None
    return spokesperson_of(found, text.everyone(), q)
