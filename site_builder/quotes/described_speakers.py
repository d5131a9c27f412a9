"""A body the text calls by what it is as it speaks: "The daily said …", "the company
denied …", "“…,” said the group in a statement". A later "it said" means that body, not
one named before it ("Google … / “…,” said the group in a statement. “…,” it said": the
group, which is not Google).
"""

from __future__ import annotations

import re

from .article_text import ArticleText
from .cues import DESCRIPTION, SPEECH_VERB
from .outlets import OUTLET_SUBJECT

# between a description and its verb: "the company also said", "the paper has said"
_ADVERBS = re.compile(r"\s+(?:(?:also|later|then|again|has|had|have)\s+)*")
# "the company denied", which is a statement of its own, not only a verb of saying
_DENIED = re.compile(r"(?:denied|denies|rejected|rejects)\b")
# the inverted cue right after a quotation: "“…,” said the group in a statement"
_SAID_BEFORE = re.compile(r"[\x00\"”],?\s+(?:said|says|added|adds|stated|states)\s+$")
# … which ends its clause there (not "said the police had a duty")
_CLAUSE_END = re.compile(r"\s*(?:[,.;:]|$|in\s+an?\s+\w+|on\s+\w+day\b)")


def speaking_description(
    text: ArticleText, since: tuple[int, int], p: int, offset: int
) -> tuple[int, int, str, str] | None:
    """The last description that speaks after ``since`` (a paragraph and an offset in it,
    -1 for its start) and before ``(p, offset)``, as
    (paragraph, start, kind, word) with kind "description" or "outlet"; None if none."""
    found = None
    for q in range(since[0], p + 1):
        masked = text.masked[q]
        high = offset if q == p else len(masked)
        for pattern, kind in ((DESCRIPTION, "description"), (OUTLET_SUBJECT, "outlet")):
            for d in pattern.finditer(masked, 0, high):
                if (q, d.start()) <= since:
                    continue
                verb = _ADVERBS.match(masked, d.end())
                at = verb.end() if verb else d.end()
                speaks = (
                    SPEECH_VERB.match(masked, at) is not None
                    or _DENIED.match(masked, at) is not None
                    or (
                        _SAID_BEFORE.search(masked, 0, d.start()) is not None
                        and _CLAUSE_END.match(masked, d.end()) is not None
                    )
                )
                if speaks and (found is None or (q, d.start()) > found[:2]):
                    found = (q, d.start(), kind, d.group(1).lower())
    return found
