"""A sentence that is only a cue, right after a quotation closed with a full stop:
"“We will not close a single store.” Acme Chairman John Smith said Thursday.".

The sentence splitter ends the quotation's sentence at its full stop, so the cue after it
reads as a sentence of its own, with nothing to say; it is this quotation's cue when the
quotation opens its sentence and the next sentence is only a short subject (capitalised
words, as a title and a name are), a speech verb and at most two words of time ("on
Thursday"). Across paragraphs :func:`.next_line_cue.cue_on_next_line` reads the same form
("“….”" / "Roesler said.").
"""

from __future__ import annotations

import re

from .article_text import ArticleText
from .marks import Marked

# the cue alone: "Kmart Chairman Edward Lampert said Thursday.", "Smith added."
_CUE_ALONE = re.compile(
    r"\s*(?:[A-Z][\w'’.-]*\s+){1,5}(?:said|says|added|adds|explained|continued|told\s+\w+)"
    # a word of time ("Thursday", "later"), not an object ("Smith said nothing.")
    r"(?:\s+(?:on\s+)?(?!nothing\b|so\b|no\b)[A-Z]?[a-z]+)?\s*\.\s*"
)


def full_stop_cue_end(text: ArticleText, m: Marked, end: int) -> int:
    """Where the cue of quotation ``m``, closed with a full stop at the end of its
    sentence (``end``), may run to: the end of the next sentence when that is only a cue
    for it, else ``end``."""
    p, mark_end = m.paragraph, m.end
    masked = text.masked[p]
    opening = text.sentence_of(p, max(0, m.start - 1))
    if not m.opened or masked[opening : max(0, m.start - 1)].strip() or end > mark_end + 2:
        return end  # a cue before it, or a sentence that runs on: not this form
    following = text.sentence_end(p, min(len(masked), mark_end + 2))
    if following <= mark_end + 1 or not _CUE_ALONE.fullmatch(masked, mark_end + 1, following):
        return end
    return following
