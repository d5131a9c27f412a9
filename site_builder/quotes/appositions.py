"""A quotation after a cue sentence that named its speaker with an apposition: "“…,”
said Jane Roe, vice president for sales at Acme Corp. “With better tools …”".

The cue "said" stands before the second quotation too, in what the sentence splitter
reads as one sentence (an abbreviation such as "Corp." or "Mass." ends the apposition),
and the names of the apposition (her employer, her town) after it leave the second
quotation without a speaker of its own. The cue is the first quotation's, its speaker
already known: the second carries it on when nobody else who may speak, a person, is
named between the cue and the second quotation.
"""

from __future__ import annotations

from .article_text import ArticleText
from .attribute import Attribution
from .marks import Marked


def apposition_carried(
    text: ArticleText,
    before: Attribution | None,
    found: Attribution | None,
    first: Marked,
) -> Attribution | None:
    """The attribution of the quotation ``before`` for ``first``, when the cue ``found``
    for ``first`` is that quotation's own cue and named no speaker for ``first``."""
    if before is None or before.speaker is None or found is None or found.speaker is not None:
        return None
    p = found.paragraph
    if (p, found.offset, found.cue) != (before.paragraph, before.offset, before.cue):
        return None
    if first.paragraph != p or first.start <= found.offset:
        return None
    for c in text.in_range(p, found.offset, first.start):
        if c.type == "person" and c.entity_id != before.speaker:
            return None  # someone else named in between may be the one speaking now
    if any(found.offset < s < first.start for s, _ in text.unlinked.get(p, ())):
        return None  # a person's name the archive could not link
    return Attribution(before.speaker, before.cue, p, before.offset)
