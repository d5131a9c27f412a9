"""A speech verb that is a word of a name is no cue.

"… connected to “undeserved negative attention” brought on by her failed bid for the
vice presidency of the United States.": "States" is a word of the place's name, not the
verb "states", so it names no speaker and does not hide the sentence's real cue ("the
Alaska Governor said she apologizes …") before the quotation.
"""

from __future__ import annotations

import re

from .article_text import ArticleText


def in_name(text: ArticleText, paragraph: int, verb: re.Match[str]) -> bool:
    """Whether the speech verb ``verb`` of a paragraph lies within a name the model
    found there ("United States", a place)."""
    return any(s <= verb.start() and verb.end() <= e for s, e in text.names.get(paragraph, ()))
