"""A name the model ran on into the title of the person after it: "said Bloomington
Police Sgt. Marty Earley", where the model's name is "Bloomington Police Sgt" and the
speaker is the name after the title's full stop."""

from __future__ import annotations

import re

from .cues import TITLES

# the title abbreviation that ends a name, its full stop, then a capitalised word
_TITLE_THEN_NAME = re.compile(rf"(?:^|\s)(?:{TITLES})$")
_NAME_FOLLOWS = re.compile(r"\.\s+[A-Z][\w'’-]+")


def ends_in_title(masked: str, start: int, end: int, cue_end: int) -> bool:
    """Whether the name at ``start:end`` ends with a title abbreviation whose full stop is
    followed, within the cue, by a capitalised word: the name is the speaker's
    department and rank, and the speaker's own name comes next."""
    if _TITLE_THEN_NAME.search(masked[start:end]) is None:
        return False
    follows = _NAME_FOLLOWS.match(masked, end, cue_end)
    return follows is not None
