"""A pronoun said twice in one sentence, another person named between: "He said it was
“remarkable” that Dr. Benjamin … has done her work in the bayou, which he described as
…". The sentence's subject is the first "he"; the name after it is what he spoke of,
and a second "he" goes on meaning the subject, not the name nearest before it."""

from __future__ import annotations

import re

_OPENING_PRONOUN = re.compile(r"\s*(?:[\"“‘'(\[]\s*)?(he|she|He|She)\b")


def opening_same_pronoun(masked: str, sentence: int, pronoun: int, word: str) -> int | None:
    """The offset of the pronoun ``word`` that opens the sentence at ``sentence``, when
    it does and stands before the pronoun at ``pronoun``; else None."""
    found = _OPENING_PRONOUN.match(masked, sentence, pronoun)
    if found is None or found.group(1).lower() != word or found.start(1) >= pronoun:
        return None
    return found.start(1)
