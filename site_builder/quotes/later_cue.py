"""A sentence of several quoted pieces whose one cue follows the last: "“Greece is a
unique and particular case in the EU” because of its “precarious debt dynamics” and
because it “has cheated with its statistics for years and years,” EU Commissioner Olli
Rehn said."

The cue after the last piece governs them all, but the first pieces cannot see it: the
search for a cue after a quotation stops at the next quotation (that one's cue, as a
rule). Without it the first piece would carry on the speaker of the quotation before
(the paragraph before's "Van Rompuy insisted … “…”"), which is wrong. So a piece with no
cue of its own takes the cue that governs the last piece of its sentence when only the
writer's words stand between them: no speech verb (which would be a cue of its own) and
no name that may speak.
"""

from __future__ import annotations

from collections.abc import Sequence

from .article_text import MASK, ArticleText
from .attribute import Attribution, Attributor
from .cues import SPEECH_VERB
from .marks import Marked

SPEAKING_TYPES = frozenset({"person", "organization"})


def later_cue(
    text: ArticleText, attributor: Attributor, m: Marked, marked: Sequence[Marked]
) -> Attribution | None:
    """The attribution of the cue right after the last quoted piece of ``m``'s sentence,
    when ``m`` is not that piece and nothing between them may be a cue (or None)."""
    if not m.closed:
        return None
    p = m.paragraph
    end = text.sentence_end(p, m.end)
    later = [x for x in marked if x.paragraph == p and m.end < x.start < end]
    if not later or not later[-1].closed:
        return None
    last = later[-1]
    between = text.masked[p][m.end + 1 : last.start - 1].replace(MASK, " ")
    if SPEECH_VERB.search(between) or not between.strip():
        return None
    if any(c.type in SPEAKING_TYPES for c in text.in_range(p, m.end, last.start)):
        return None  # "“…” Smith's “…,” Jones said": Smith may have said the first
    found = attributor.attribute(last)
    if found is None or found.speaker is None or not found.adjacent:
        return None
    if found.paragraph != p or found.offset < last.end:
        return None  # a cue before the last piece is that piece's alone
    return Attribution(found.speaker, found.cue, p, found.offset)
