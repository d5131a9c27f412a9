"""A quotation after a line of reported speech whose cue comes last, inverted: "He is a
very approachable person who doesn't rely on jargon, said Sean B. Tipton, spokesman for
the society." / "“He has an ability to interact with the public …”".

The line before reports the speaker's words without marks, then names them after the
verb; the quotation that opens the next paragraph with no cue of its own goes on with
them. The speaker is the name after the verb, as for "“…,” said X", not a name or
pronoun of the reported words before it ("He" is the one spoken of). Only a verb that
follows a clause of five words or more closed by a comma, with no name in it, and is
followed by capitalised words that a comma or the line's end closes, qualifies: "Smith,
the CEO, said Jones was …" (a name before it, and a verb after the name) and "Smith said
he …" keep the subject before the verb, which the usual search finds.
"""

from __future__ import annotations

import re

from .cues import SPEAKER_AFTER

# the reported words end in a comma right before the verb: ", said X"
_REPORTED_THEN_CUE = re.compile(r",\s*$")
# the name after the verb, closed by a comma (an apposition follows) or the line's end
_NAME_THEN_END = re.compile(r"\s+(?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w.'’-]*\s*(?:,|\.?\s*$)")
MIN_REPORTED_WORDS = 5


def inverted_cue(line: str, sentence: int, verb: re.Match[str], names_before: int) -> bool:
    """Whether ``verb`` of the sentence that opens at ``sentence`` in ``line`` is a cue
    that follows the words it reports, with the speaker's name after it;
    ``names_before``: how many names the sentence holds before the verb."""
    if verb.group().lower() in SPEAKER_AFTER or names_before:
        return False  # "according to X" is read the usual way; "Smith, the CEO, said"
    reported = line[sentence : verb.start()]
    return (
        _REPORTED_THEN_CUE.search(reported) is not None
        and len(reported.split()) >= MIN_REPORTED_WORDS
        and _NAME_THEN_END.match(line, verb.end()) is not None
    )
