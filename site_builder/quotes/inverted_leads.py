"""A lead paragraph that ends in an inverted cue and a colon: "One big difference
between Page and most neighbors, said Yeager:" / "“She felt more comfortable …”".

The speaker is the name after the verb, not a name of the writer's clause before it
(the subject search would take "Page"); the colon hands the next paragraph's
quotation to that name. So does a sentence the verb opens: "Said Wales assistant coach
Scott Johnson: “…”" (:func:`opens_inverted`).
"""

from __future__ import annotations

import re

from .cues import SPEECH_VERB


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
