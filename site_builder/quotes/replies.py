"""An answer is the one who was asked: "Lynch asked Coleman, “…?”" / "“Yes,” he
responded".

Court and interview reports give a question with its asker and the one asked, then the
answer with a pronoun. "He responded" after "X asked Y" is Y, not X, whom a pronoun
would otherwise find as the last speaker. The one asked is the person named right after
"asked" in the nearest such question of the last two paragraphs; a question put to
someone by a pronoun ("asked him") or no question at all leaves the pronoun's reading.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from .article_text import ArticleText
from .attribute import Attribution

REPLY_VERBS = frozenset(
    {"responded", "responds", "answered", "answers", "replied", "replies", "retorted"}
)
REACH = 2  # paragraphs back in which the question is looked for
# the pronoun subject of the reply: "he responded", "he then answered"
_PRONOUN = re.compile(r"\b(he|she)\s+(?:\w+\s+)?$", re.IGNORECASE)
_ASKED = re.compile(r"\basked\s+$")
_ASKED_PRONOUN = re.compile(r"\basked\s+(?:him|her|them)\b")


def replied_to(
    text: ArticleText, attribution: Attribution, gender: Mapping[str, str]
) -> Attribution:
    """``attribution`` with the person the reply answers when its cue is a pronoun's
    reply ("he responded") to a question put to a named person; else unchanged."""
    if attribution.cue.lower() not in REPLY_VERBS:
        return attribution
    p, offset = attribution.paragraph, attribution.offset
    pronoun = _PRONOUN.search(text.masked[p], max(0, offset - 20), offset)
    if pronoun is None:
        return attribution
    for q in range(p, max(-1, p - REACH - 1), -1):
        masked = text.masked[q]
        limit = offset if q == p else len(masked)
        asked = [
            (c.start, c.entity_id)
            for c in text.candidates.get(q, ())
            if c.end <= limit and c.type == "person" and _ASKED.search(masked, 0, c.start)
        ]
        unnamed = [a.start() for a in _ASKED_PRONOUN.finditer(masked, 0, limit)]
        if asked or unnamed:
            if unnamed and (not asked or max(unnamed) > asked[-1][0]):
                return attribution  # "asked him": whoever that is
            person = asked[-1][1]
            if gender.get(person, pronoun.group(1).lower()) != pronoun.group(1).lower():
                return attribution
            return Attribution(person, attribution.cue, p, offset, attribution.adjacent)
    return attribution
