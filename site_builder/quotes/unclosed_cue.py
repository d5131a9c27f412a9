"""A closing mark the writer left out before the speaker's name: "“It's important to
reiterate that ALL versions … are affected, Tyler Reguly, technical manager of …, says."

The quotation opens, the paragraph ends on "…, Name[, what they are], says." and no
mark closes it. Read as a quotation that runs on, it swallows its own cue and gives its
words to whoever spoke before; the writer meant the comma before the name to close it.
Only a name (capitalised words, not a pronoun) followed by a speech verb that ends the
paragraph counts, so a quotation running on over paragraphs keeps its other endings.
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
# a quotation shorter than this is a phrase, and the comma may be the writer's own
_MIN_WORDS = 4


def cue_left_open(text: str, start: int) -> int | None:
    """Where the quotation opened at ``start`` ends, when its paragraph ends on a cue
    naming its speaker and no mark closes it (the offset of the comma before the name);
    else None."""
    found = _TRAILING_CUE.search(text, start)
    if found is None or found.group("name").split()[0] in _PRONOUNS:
        return None
    if len(text[start : found.start()].split()) < _MIN_WORDS:
        return None
    return found.start()
