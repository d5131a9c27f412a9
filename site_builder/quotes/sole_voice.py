"""A cue-less quotation in an article that has quoted one person only so far.

The last resort, after every cue, lead and carried-on reading failed: when each quotation
the article attributed before this one is the same person's, nobody else (a person,
linked or not) is named between the last of them and this one, and this one opens its
sentence, a reader takes it for that person's words too ("“…,” said Ms Milanesi. …
Gartner says …, but Ms Milanesi said it was difficult to say. “At the end of the day,
…”"). An article that has quoted two voices, or whose quotation before has a cue naming
nobody we know ("said the artists") or went unattributed after another person's name
("shared by Rooney, who believes “…”"), or that has someone unnamed speak in between
("One leading Karachi broker said …"), gives no such default.
"""

from __future__ import annotations

import re

from .article_text import ArticleText
from .attribute import Attribution
from .cues import TITLES
from .marks import Marked, spans_between
from .unnamed import unnamed_spoke

GAP_PARAGRAPHS = 1  # paragraphs back in which the last quotation may stand


def sole_voice(
    text: ArticleText,
    spoken: list[tuple[int, int, str]],
    previous: tuple[list[Marked], Attribution | None],
    first: Marked,
) -> Attribution | None:
    """The one speaker of the article so far, for cue-less quotation ``first`` right
    after one of theirs (``previous``: the quotation before and its attribution;
    ``spoken``: (paragraph, offset, entity id) of every attribution so far), or None."""
    chain, attribution = previous
    speakers = {e for _, _, e in spoken}
    if len(speakers) != 1 or (attribution is not None and attribution.speaker is None):
        return None  # someone else has spoken, or the one before had a cue we could not
        # read ("said the artists"): a new voice
    last = chain[-1]
    if first.paragraph - last.paragraph > GAP_PARAGRAPHS:
        return None
    if not first.opened:
        return None
    p = first.paragraph
    sentence = text.sentence_of(p, max(0, first.start - 1))
    if text.masked[p][sentence : first.start - 1].strip():
        return None  # words before it in its sentence
    (speaker,) = speakers
    if first.closed and named_after_comma(text, first, speaker):
        return None  # "“…,” Mr Kennedy hopes.": a cue this tool cannot read
    spans = spans_between(text.masked, last, first)
    if attribution is None:
        # the quotation before went unattributed: a person its own sentence names may
        # have said it, and this ("shared by Rooney, who believes “…”. “…”")
        opened = chain[0]
        spans.append(
            (opened.paragraph, text.sentence_of(opened.paragraph, opened.start), opened.start)
        )
    if unnamed_spoke(text.masked, spans):
        return None  # "One leading Karachi broker said …. “…”": the broker's line
    for q, start, end in spans:
        if any(c.type == "person" and c.entity_id != speaker for c in text.in_range(q, start, end)):
            return None  # someone who may speak now
        if any(start <= s < end for s, _ in text.unlinked.get(q, ())):
            return None  # a person the resolver left unlinked
    return Attribution(speaker, "", p, first.start)


def named_after_comma(text: ArticleText, m: Marked, speaker: str) -> bool:
    """Whether a quotation closed by a comma is followed by another person's name, the
    shape of a cue ("“…,” Mr Kennedy hopes", "“…,” X is expected to tell delegates");
    after a question or an exclamation, which may end its sentence ("“…?” Wippit offers a
    download service for …"), only when a short clause of a verb follows the name ("“…?”
    Mr Weingarten pressed.")."""
    line = text.masked[m.paragraph]
    closing = re.search(r"([,?!])\W*$", text.paragraphs[m.paragraph][m.start : m.end])
    if closing is None:
        return False
    after = re.match(rf"[\s\x00”\"]*(?:(?:{TITLES})\.?\s+)?", line[m.end :])
    at = m.end + (after.end() if after else 0)
    return any(
        c.start == at
        and c.type == "person"
        and c.entity_id != speaker
        and (closing.group(1) == "," or _SPEECH_NEXT.match(line, c.end) is not None)
        for c in text.in_range(m.paragraph, m.end, len(line))
    )


# a verb and at most three words more before the sentence or clause ends
_SPEECH_NEXT = re.compile(r"\s+[a-z][\w'’-]*(?:\s+[\w'’-]+){0,3}\s*[.,;:]")
