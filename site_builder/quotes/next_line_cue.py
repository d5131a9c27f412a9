"""A closed quotation whose cue is on the next line: sources with a line per sentence
(ECB+, some feeds) break a sentence at an abbreviation or a comma, so "“…,” the Rev." /
"Larry Kroon … said" is one sentence over two paragraphs. The attributor then reads
the cue in the next paragraph (see :meth:`.attribute.Attributor.attribute`); within one
paragraph the same form is :mod:`.cue_sentences`'.
"""

from __future__ import annotations

import re

from .article_text import MASK, ArticleText
from .cues import CUE_ALONE, SPEECH_VERB, UNFINISHED
from .marks import Marked

# words a cue may go on with after its verb ("asked Mr Smith, the party's leader.")
_CUE_TAIL_WORDS = 6


def cue_on_next_line(t: ArticleText, m: Marked) -> bool:
    """Whether the sentence of a closed quotation goes on in the next paragraph, where
    its cue is (sources with a line per sentence break at abbreviations and commas):
    ``“…,” the Rev.`` / ``Larry Kroon … said``; ``“…,”`` / ``his mother told …``;
    ``“….”`` / ``Roesler said.``"""
    p = m.paragraph
    if p + 1 >= len(t.masked) or not t.masked[p + 1].strip():
        return False
    following = t.masked[p + 1].lstrip()
    head = following[: t.sentence_end(p + 1, 0)]
    # a quotation of its own after the cue is fine ("Reliance said in an e-mailed
    # “traffic disruption update,” …"); one before it is that one's cue
    if following[:1] in "“\"'‘" or (MASK in head and MASK in _before_cue(head)):
        return False
    rest = t.masked[p][m.end + 1 :].strip()
    last = t.paragraphs[p][m.end - 1 : m.end]
    if rest:
        # only a title cut off at its full stop: "the Rev.", "police Const."
        return bool(UNFINISHED.fullmatch(rest))
    if last in ",!?":
        # the rest of an attribution, not a new sentence of reported speech
        verb = SPEECH_VERB.search(head)
        return (
            verb is not None
            and len(head[: verb.start()].split()) <= 8
            and not re.match(r"\s+that\b", head[verb.end() :])
            # after a question or an exclamation, a new sentence of reported speech:
            # "“… climb out?”" / "J.C. Walter said the recent improvement … was not enough"
            and (last == "," or len(head[verb.end() :].split()) <= _CUE_TAIL_WORDS)
        )
    # a sentence of a cue alone: "Roesler said."
    return bool(CUE_ALONE.match(head))


def _before_cue(text: str) -> str:
    """``text`` up to its first speech verb (all of it when it has none)."""
    verb = SPEECH_VERB.search(text)
    return text[: verb.start()] if verb else text
