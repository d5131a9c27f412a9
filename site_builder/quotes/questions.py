"""A question or an exclamation whose cue follows it: "“So which is it?” Deputy Public
Defender Peter Lynch asked Coleman".

A quotation that ends in "?" or "!" ends its sentence for the sentence splitter when a
capital letter follows, so the cue after it ("“Why not?” Smith asked") would be read as
a sentence of its own. It is this quotation's cue when the quotation opens its sentence
and the next one opens with a short subject (capitalised words, perhaps after "The" and
a few lower-case ones, at most six words) and a speech verb right after it.
So does a quotation that trails off ("“… to stay alive . . .” Sheen said").
"""

from __future__ import annotations

import re

from .article_text import ArticleText
from .cues import SPEECH_VERB
from .marks import Marked

# the subject before the verb: "Deputy Public Defender Peter Lynch", "The minister"
_SUBJECT = re.compile(r"\s+[A-Z][\w.'’-]*\s+(?:[\w.'’-]+\s+){0,5}")
# a sentence that is a cue alone: " Kmart Chairman Edward Lampert said Thursday."
_CUE_ALONE = re.compile(
    r"\s+(?:[A-Z][\w.'’-]*\s+){1,5}(?:said|says|added|wrote)(?:\s+[\w'’-]+){0,2}\.\s*"
)
# the end of a quotation that trails off: ". . .", "...", "…"
_TRAILS_OFF = re.compile(r"(?:\.\s?){2}\.$|…$")


def cue_sentence_end(text: ArticleText, m: Marked) -> int:
    """Where the cue of quotation ``m`` may run to: the end of its sentence, or of the
    next one after a question or an exclamation that opens its sentence and is followed
    by a subject and a speech verb."""
    paragraph, mark_end = m.paragraph, m.end
    end = text.sentence_end(paragraph, mark_end)
    quoted = text.paragraphs[paragraph][:mark_end].rstrip()
    masked = text.masked[paragraph]
    opening = text.sentence_of(paragraph, max(0, m.start - 1))
    if m.opened and masked[opening : max(0, m.start - 1)].strip():
        return end  # 'had yelled, "Hide, she's got a gun!" Vanore said': the cue before
    if quoted.endswith(".") and end == mark_end + 2 and not _TRAILS_OFF.search(quoted):
        # "“… one great culture.” Kmart Chairman Edward Lampert said Thursday.": a
        # sentence that is a cue alone, as a line of its own would be (see
        # :meth:`.attribute.Attributor._runs_on`); not "Moore said the vigil …"
        following = text.sentence_end(paragraph, end)
        if _CUE_ALONE.fullmatch(masked, mark_end + 1, following):
            return following
        return end
    # nor one that trails off: "“… to stay alive . . .” Sheen said"
    if not quoted.endswith(("?", "!")) and not _TRAILS_OFF.search(quoted):
        return end
    if end > mark_end + 2:
        return end  # the sentence runs on already
    verb = SPEECH_VERB.search(masked, mark_end + 1, mark_end + 100)
    if verb is None or not _SUBJECT.fullmatch(masked, mark_end + 1, verb.start()):
        return end
    return text.sentence_end(paragraph, verb.end())
