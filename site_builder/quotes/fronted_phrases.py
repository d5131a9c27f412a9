"""A person named in a phrase of place or occasion that opens a sentence whose subject
is a pronoun or a name: "At a conference hosted by finance minister X on Friday, he
said …", "In a speech on the re-election of George W Bush, Mr Kennedy said".

The sentence's subject is the "he" or the name after the comma, the one the article was
speaking of; the name in the phrase only says where, or with whom, he spoke. So that name is no
subject for a later "he" to go back to (as the names in "Asked if X …, Y said" are not,
see :mod:`.article_text`), nor the "he" after the comma (as with an opening participle,
:mod:`.opening_participle`: news writes "…, X said" when X is the one). A clause of
its own ("When X arrived, he said") is left alone: there the "he" is as often X.
"""

from __future__ import annotations

import re

# a preposition of place, time or occasion, the phrase up to its comma, then "he"/"she"
# and a word in lower case (the verb): "At a dinner hosted by X on Friday, he said"
# or a name ("In a speech on the re-election of George W Bush, Mr Kennedy said")
_FRONTED = re.compile(
    r"\s*(?:At|In|On|During|Speaking\s+(?:at|to|on|in)|Addressing)\s+[^,;:\x00“”\"]*,\s*"
    r"(?:(?:he|she)\s+[a-z]|(?=(?:(?:Mr|Mrs|Ms|Dr|Sir|Lord)\.?\s+)?[A-Z][\w'’-]+\s))"
)


def in_fronted_phrase(masked: str, sentence: int, start: int) -> bool:
    """Whether the name at ``start`` stands in a phrase of place or occasion that opens
    the sentence at ``sentence``, whose main clause's subject is "he", "she" or a name."""
    found = _FRONTED.match(masked, sentence)
    return found is not None and start < found.end() - len(found.group().split(",")[-1])


# the phrase alone, up to the pronoun: "At a dinner hosted by X on Friday, "
_PHRASE = re.compile(
    r"\s*(?:At|In|On|During|Speaking\s+(?:at|to|on|in)|Addressing)\s+[^,;:\x00“”\"]*,\s*$"
)


def fronted_phrase_end(masked: str, sentence: int, pronoun: int) -> int | None:
    """The offset where a phrase of place or occasion that opens the sentence at
    ``sentence`` ends, when the pronoun at ``pronoun`` comes right after its comma."""
    return pronoun if _PHRASE.match(masked[sentence:pronoun]) else None
