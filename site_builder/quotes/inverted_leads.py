"""A lead paragraph that ends in an inverted cue and a colon: "One big difference
between Page and most neighbors, said Yeager:" / "“She felt more comfortable …”".

The speaker is the name after the verb, not a name of the writer's clause before it
(the subject search would take "Page"); the colon hands the next paragraph's
quotation to that name. So does a sentence the verb opens: "Said Wales assistant coach
Scott Johnson: “…”" (:func:`opens_inverted`), and one that closes the sentence after the
quotation's clause ends in the writer's words (:func:`clause_ends`).
"""

from __future__ import annotations

import re

from .article_text import MASK
from .cues import SPEECH_VERB

# the end of the quotation's clause in the writer's words before an inverted cue: a few
# words in lower case and a comma ("“…” the plan, said X")
_CLAUSE_END = re.compile(r"\s+(?:[a-z][\w'’-]*\s+){0,3}[a-z][\w'’-]*\s*,\s*")
# a longer clause, when no cue stands before the quotation: "Mr Livingstone “should have
# withdrawn the comment immediately” once he realised the journalist was Jewish, said Mr
# Blair" (not "The barrister had said the rules were “…” in favour of X, said Mr Clarke")
_LONG_CLAUSE_END = re.compile(
    r"\s+[a-z][\w'’-]*\s+(?:[A-Za-z][\w'’-]*\s+){0,7}[A-Za-z][\w'’-]*\s*,\s*"
)


def inverted_lead(paragraph: str) -> re.Match[str] | None:
    """The speech verb of a paragraph that ends ", said X:" (a name of one to four
    words after it), or None."""
    comma = paragraph.rfind(",")
    if comma < 0 or not paragraph.endswith(":"):
        return None
    verb = SPEECH_VERB.match(paragraph, comma + 1 + _spaces(paragraph, comma + 1))
    if verb is None or verb.group().lower() in ("according to", "in the words of"):
        return None
    rest = paragraph[verb.end() : -1]
    return verb if re.fullmatch(r"(?:\s+[A-Z][\w.'’-]*){1,4}\s*", rest) else None


def _spaces(text: str, start: int) -> int:
    """How many spaces ``text`` has from ``start``."""
    return len(text[start:]) - len(text[start:].lstrip(" "))


def opens_inverted(masked: str, start: int, verb: re.Match[str]) -> bool:
    """Whether a capitalised speech verb opens the sentence at ``start`` ("Said X:",
    "Added the coach:"): its speaker is named after it."""
    return verb.group()[:1].isupper() and not masked[start : verb.start()].strip(" \"'“‘")


def clause_ends(masked: str, start: int, between: str) -> bool:
    """Whether ``between``, the words from a quotation's end at ``start`` to a speech
    verb, end the quotation's clause: a few words, or more when no speech verb stands
    before the quotation in its sentence."""
    if _CLAUSE_END.fullmatch(between):
        return True
    if not _LONG_CLAUSE_END.fullmatch(between):
        return False
    opening = start - 1
    while opening > 0 and masked[opening - 1] != MASK:  # back over the closing mark
        opening -= 1
    while opening > 0 and masked[opening - 1] == MASK:
        opening -= 1
    sentence = max(masked.rfind(". ", 0, opening), masked.rfind(": ", 0, opening)) + 1
    return SPEECH_VERB.search(masked, sentence, opening) is None
