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


# a name that opens its sentence: only capitalised words (a title) before it
_LOWER_WORD = re.compile(r"\b[a-z]")


def first_same_pronoun(masked: str, sentence: int, pronoun: int, word: str) -> int | None:
    """The offset of the sentence's first ``word`` ("he", "she"), when it stands before
    the pronoun at ``pronoun``; else None. "Judge Philip Hickok told a packed courtroom
    that he weighed … the slaying of Deputy Jerry Ortiz …, and he concluded that …": the
    first "he", reached when only the sentence's subject has been named, tells who the
    later one means, though another man is named between them."""
    found = re.search(rf"\b{word}\b", masked[sentence:pronoun], re.IGNORECASE)
    return None if found is None else sentence + found.start()


def opens_sentence(masked: str, sentence: int, name_start: int) -> bool:
    """Whether a name at ``name_start`` opens the sentence at ``sentence`` (a title in
    capitals at most before it: "Judge Philip Hickok")."""
    return _LOWER_WORD.search(masked, sentence, name_start) is None
