"""Two people who speak together and are then called "the pair": "“…,” said Laurence
Mark and Bill Condon … / “…,” the pair said in a statement." The words name nobody, but
they can only mean the two the text just joined by "and" as the speakers of the
quotation before; the first of them (the speaker already shown) speaks for both.
Anything else ("the two sides", "the pair of them" with nobody joined before) names
no speaker."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .article_text import ArticleText
from .persons import coordinated

# "the pair", "the two", "the duo", "the two men", "both men" as a whole subject
PAIR_SUBJECT = re.compile(
    r"\b(?:the\s+(?:pair|duo|two(?:\s+(?:men|women))?)|both\s+(?:men|women))\b",
    re.IGNORECASE,
)
# paragraphs back in which the pair's quotation may stand
PAIR_REACH = 2


def joint_speaker(
    text: ArticleText, spoken: Sequence[tuple[int, int, str]], position: tuple[int, int]
) -> str | None:
    """The speaker of the last quotation before ``position`` (paragraph, offset) if its
    cue's sentence joined that person to one other by "and" ("said Mark and Condon"),
    else None. ``spoken`` holds the attributions so far (paragraph, cue offset, entity)."""
    earlier = [s for s in spoken if (s[0], s[1]) < position]
    if not earlier:
        return None
    p, offset, entity = earlier[-1]
    if position[0] - p > PAIR_REACH:
        return None
    sentence = text.sentence_of(p, offset)
    people = [
        c for c in text.in_range(p, sentence, text.sentence_end(p, offset)) if c.type == "person"
    ]
    for c in people:
        joined = coordinated(text.masked[p], people, c.start, "person")
        if len(joined) == 1 and entity in {c.entity_id} | joined and c.entity_id not in joined:
            return entity
    return None
