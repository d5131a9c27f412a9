"""A closing mark the writer left out before the speaker's name: "“It's important to
reiterate that ALL versions … are affected, Tyler Reguly, technical manager of …, says."

The quotation opens, the paragraph ends on "…, Name[, what they are], says." and no
mark closes it. Read as a quotation that runs on, it swallows its own cue and gives its
words to whoever spoke before; the writer meant the comma before the name to close it.
Only a name (capitalised words, not a pronoun) followed by a speech verb that ends the
paragraph counts, or a pronoun that "told reporters" (no speaker's own words) or a body's
spokesman, so a quotation running on over paragraphs keeps its other endings.

Newswire leaves the mark out before an inverted cue too, the speaker's next quotation
opening right after it: ``"It's a rather gloomy outlook for the economy, said David Wyss
of Data Resources Inc. "I'm particularly …"``. The piece the reopening mark ends
(:mod:`.reopened`) then closes at the comma before "said", and the next one opens a
quotation of its own.
"""

from __future__ import annotations

import re

# what a trailing cue's subject may not be: a pronoun is the quoted speaker's own word
_PRONOUNS = frozenset({"He", "She", "It", "They", "We", "You", "This", "That", "There"})
# ", Tyler Reguly, technical manager of security research …, says." at the paragraph's
# end; the aside holds no mark, so it is the writer's words
_TRAILING_CUE = re.compile(
    r",\s+(?P<name>(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]+)"
    r"(?:,\s+[^,“”\"]{1,160},)?"
    r"\s+(?:says|said|adds|added|explains|explained|writes|wrote|notes|noted)\.\s*$"
)
# or a pronoun that told the press, which no speaker says of themself: "…, he told
# reporters during the bank's annual meeting here."
_TOLD_THE_PRESS = re.compile(
    r",\s+(?:he|she)\s+told\s+(?:reporters|journalists|newsmen|a\s+news\s+conference)\b"
    r"[^,;:“”\"]{0,80}\.\s*$"
)
# or a body's unnamed voice: "…, a Pennzoil spokesman said."
_SPOKESMAN_SAID = re.compile(
    r",\s+(?:a|an|the)\s+(?:[A-Z][\w.&'’-]*\s+){1,3}(?:spokes(?:man|woman|person)|official)"
    r"\s+(?:said|says|added|adds)\.\s*$"
)
# ", said David Wyss of Data Resources Inc. " at a reopened piece's end: an inverted cue,
# a name and what it is, then the sentence's stop
_INVERTED_CUE = re.compile(
    r",\s+(?:said|says|added|adds)\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?"
    r"(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]+"
    r"(?:,?\s+(?:of|at|from|with|an?|the)\s+[^,;:“”\"]{1,80}?)?[.]\s*$"
)
# a quotation shorter than this is a phrase, and the comma may be the writer's own
_MIN_WORDS = 4


def cue_left_open(text: str, start: int) -> int | None:
    """Where the quotation opened at ``start`` ends, when its paragraph ends on a cue
    naming its speaker and no mark closes it (the offset of the comma before the name);
    else None."""
    found = _TRAILING_CUE.search(text, start)
    if found is not None and found.group("name").split()[0] in _PRONOUNS:
        found = None
    found = found or _TOLD_THE_PRESS.search(text, start) or _SPOKESMAN_SAID.search(text, start)
    if found is None:
        return None
    if len(text[start : found.start()].split()) < _MIN_WORDS:
        return None
    return found.start()


def inverted_cue_left_open(text: str, start: int, stop: int) -> int | None:
    """Where a piece from ``start`` to ``stop`` (ended by a mark that reopens) really
    ends, when it ends on an inverted cue its closing mark was left out before (the
    offset of the comma before "said"); else None."""
    found = _INVERTED_CUE.search(text, start, stop)
    if found is None or len(text[start : found.start()].split()) < _MIN_WORDS:
        return None
    return found.start()
