"""A cue whose subject is nobody in particular: "she overheard someone say “…”".

The quotation is the words of "someone", whom the text never names, so it has no
speaker; without this rule the search for a subject would pass over "someone" (no
name, no pronoun) to an earlier speech verb of the sentence ("Armstead testified that
after she overheard someone say “he has a gun,” …") and give its subject the words.
"""

from __future__ import annotations

import re

# an indefinite pronoun or "a man"-like subject right before the cue, perhaps with an
# adverb between ("someone suddenly shouted")
_INDEFINITE = re.compile(
    r"\b(?:someone|somebody|anyone|anybody|no\s+one|nobody|one\s+of\s+them)"
    r"(?:\s+\w+ly)?\s+$",
    re.IGNORECASE,
)


def indefinite_subject(masked: str, start: int, verb_start: int) -> bool:
    """Whether the words of ``masked`` from ``start`` up to a speech verb at
    ``verb_start`` end in an indefinite subject of that verb."""
    return _INDEFINITE.search(masked, start, verb_start) is not None
