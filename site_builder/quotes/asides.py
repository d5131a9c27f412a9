"""A speech verb inside an aside between dashes is not the cue of what follows it.

"Prosecutor Terry White told The Post after a hearing — where Lohan's lawyer Mark
Heller said she was “ensconced” in rehab — “I hear she's on her way to LAX.”": the
aside's "said" is the cue of its own words; the quotation after the aside is the
sentence's, and its cue stands before the aside ("told").
"""

from __future__ import annotations

import itertools
import re

from .cues import SPEECH_VERB

_DASH = re.compile(r"\s[—–]\s|\s-{1,2}\s|\s[—–]|[—–]\s")


def in_closed_aside(masked: str, start: int, verb_start: int, end: int) -> bool:
    """Whether a verb at ``verb_start`` stands between two dashes of ``masked[start:end]``
    (an aside that closes before ``end``, where the quotation opens)."""
    dashes = [d.start() for d in _DASH.finditer(masked, start, end)]
    return any(a < verb_start < b for a, b in itertools.pairwise(dashes))


def cue_verbs(masked: str, start: int, end: int) -> list[re.Match[str]]:
    """The speech verbs of ``masked[start:end]`` that may cue a quotation at ``end``:
    all but those inside an aside that closes before it."""
    return [
        v
        for v in SPEECH_VERB.finditer(masked, start, end)
        if not in_closed_aside(masked, start, v.start(), end)
    ]
