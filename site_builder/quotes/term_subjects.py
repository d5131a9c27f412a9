"""A quoted term that is the subject of the writer's own sentence: "“Fix Its” are pieces
of software for remediating security flaws …", "The “exploit” is similar to one used
recently …".

The writer defines or describes the thing the marks set apart; nobody is quoted. Read
as a quotation, it opens its sentence the way a carried-on quotation does and takes the
last speaker. Only a short phrase with no punctuation of its own counts, opening its
sentence (an article at most before it) with "is", "are", "was" or "were" right after
the closing mark; a speech verb later in the sentence ("“We won” is all he said") keeps
it a quotation.
"""

from __future__ import annotations

import re

from .cues import SPEECH_VERB
from .marks import Marked

# most words such a term holds
_TERM_WORDS = 3
# the sentence before the opening mark: nothing, or an article alone
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?][\"”’)]?\s+)(?:(?:The|the|A|An)\s+)?$")
# the writer's copula right after the closing mark
_COPULA = re.compile(r"\s+(?:is|are|was|were)\b")
# punctuation that makes the quoted words a sentence or a piece of one
_PUNCTUATION = re.compile(r"[.!?,;:…]")
# where the writer's sentence ends
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


def is_term_subject(paragraph: str, piece: Marked) -> bool:
    """Whether the quoted ``piece`` of ``paragraph`` is a term the sentence it opens is
    about, not someone's words."""
    if not (piece.opened and piece.closed):
        return False
    quoted = paragraph[piece.start : piece.end]
    if len(quoted.split()) > _TERM_WORDS or _PUNCTUATION.search(quoted):
        return False
    if not _OPENS_SENTENCE.search(paragraph[: max(0, piece.start - 1)]):
        return False
    after = paragraph[piece.end + 1 :]
    if not _COPULA.match(after):
        return False
    end = _SENTENCE_END.search(after)
    return SPEECH_VERB.search(after[: end.start() if end else len(after)]) is None
