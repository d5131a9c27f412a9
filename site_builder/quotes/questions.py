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
from .cue_sentences import full_stop_cue_end
from .cues import SPEECH_VERB
from .marks import Marked

# the subject before the verb: "Deputy Public Defender Peter Lynch", "The minister"
_SUBJECT = re.compile(r"\s+[A-Z][\w.'’-]*\s+(?:[\w.'’-]+\s+){0,5}")
# the end of a quotation that trails off: ". . .", "...", "…"
_TRAILS_OFF = re.compile(r"(?:\.\s?){2}\.$|…$")


def cue_sentence_end(text: ArticleText, m: Marked) -> int:
    """Where the cue of quotation ``m`` may run to: the end of its sentence, or of the
    next one after a question, an exclamation or a quotation that trails off, when it
    opens its sentence and is followed by a subject and a speech verb."""
    paragraph, mark_end = m.paragraph, m.end
    end = text.sentence_end(paragraph, mark_end)
    quoted = text.paragraphs[paragraph][:mark_end].rstrip()
    trails_off = bool(_TRAILS_OFF.search(quoted))  # "“… to stay alive . . .” Sheen said"
    if quoted.endswith(".") and not trails_off:
        return full_stop_cue_end(text, m, end)  # "“….” Smith said Thursday."
    if not quoted.endswith(("?", "!")) and not trails_off:
        return end
    masked = text.masked[paragraph]
    opening = text.sentence_of(paragraph, max(0, m.start - 1))
    if m.opened and masked[opening : max(0, m.start - 1)].strip():
        return end  # 'had yelled, "Hide, she's got a gun!" Vanore said': the cue before
    if end > mark_end + 2:
        return end  # the sentence runs on already
    verb = SPEECH_VERB.search(masked, mark_end + 1, mark_end + 100)
    if verb is None or not _SUBJECT.fullmatch(masked, mark_end + 1, verb.start()):
        return end
    return text.sentence_end(paragraph, verb.end())
