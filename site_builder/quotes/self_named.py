"""A pronoun's speaker whom the words themselves speak of: "Mellberg spoke of …. “I've had
more than a quiet word with Olof …,” he told Villa's website".

People seldom call themselves by their first name, so when the person a "he" or "she"
was taken to mean is named in the quotation by their given name alone, the pronoun
means someone else, and the speaker is left untold rather than guessed.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from .article_text import ArticleText
from .attribute import Attribution
from .marks import Marked

# the pronoun at the cue, or right before its verb ("he told")
_PRONOUN = re.compile(r"(?:[Hh]e|[Ss]he)\b")
_PRONOUN_BEFORE = re.compile(r"\b(?:[Hh]e|[Ss]he)\s+$")


def names_own_speaker(
    text: ArticleText,
    chain: Sequence[Marked],
    attribution: Attribution,
    names: Mapping[str, str],
    types: Mapping[str, str],
) -> bool:
    """Whether ``attribution`` gives the words to a person through a pronoun while the
    words name that person by their given name alone."""
    speaker = attribution.speaker
    if speaker is None or types.get(speaker) != "person":
        return False
    cue = text.masked[attribution.paragraph]  # a pronoun inside quotation marks is no cue
    at = attribution.offset
    if not (_PRONOUN.match(cue, at) or _PRONOUN_BEFORE.search(cue, max(0, at - 5), at)):
        return False
    words = names.get(speaker, "").split()
    if len(words) < 2 or len(words[0]) < 3 or not words[0][0].isupper():
        return False
    given = re.compile(rf"\b{re.escape(words[0])}\b(?!\s+{re.escape(words[1])})")
    return any(
        given.search(text.paragraphs[piece.paragraph], piece.start, piece.end) for piece in chain
    )
