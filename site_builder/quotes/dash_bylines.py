"""A speaker named after a dash that ends the quotation's paragraph, as live blogs,
readers' comments and pull quotes print it: ``“…” - Arsenal vice chairman David Dein.``,
``“…” - Ken Merrett, Manchester United secretary.``, ``“…” - Dr. Jane Roe.``

The line after the dash is a byline: a name, maybe with words for what the speaker is
before it or after a comma, and nothing else (no verb of its own, no other mark). The
person named in its first part is the speaker; when the line names nobody the article
can tell, the quotation has no speaker rather than the one of the line before. A
quotation the writer left open before such a dash ends at it (:func:`dash_left_open`).
"""

from __future__ import annotations

import re

# what a byline may not open with: a pronoun or a word that starts a sentence of the
# writer's own ("- It is …", "- We have …")
_NOT_NAMES = frozenset(
    {"He", "She", "It", "They", "We", "You", "I", "This", "That", "There", "The", "But", "And"}
)
# a dash (typed as a hyphen between spaces, an en or an em dash), then the byline to the
# paragraph's end: up to seven words before a name of capitalised words, then maybe a
# comma and a short description ("Manchester United secretary"; no other quotation, which
# the masked text holds as \x00), and a final stop
_BYLINE = re.compile(
    r"(?:\s+-+\s+|\s*[–—]+\s*)(?P<line>(?P<head>[A-Z][\w.'’&-]*(?:\s+[\w.'’&-]+){0,7}?)"
    r"(?:,\s+[^;:“”\"«»!?\x00]{1,100})?)[.!]?\s*$"
)
# the byline's head ends in a name: a capitalised word or an initial
_ENDS_IN_NAME = re.compile(r"[A-Z][\w'’-]*\.?$")
# a verb would make the words after the dash the writer's sentence, not a byline
_VERB = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|can|could|says?|said|do|does|did)\b"
)
# a date makes the line a source's credit ("- Toronto Star, August 15, 2008"): the quoted
# words are the title of a piece, no one's speech
_DATE = re.compile(
    r"\b(?:1[89]|20)\d\d\b|\b(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\b"
)
# a quotation shorter than this is a phrase, and the dash may be the writer's own
_MIN_WORDS = 4


def byline_after(text: str, start: int) -> tuple[int, int] | None:
    """The span of the byline's first part (before any comma) when the text from
    ``start`` to the paragraph's end is only a dash and a byline; else None."""
    found = _BYLINE.match(text, start)
    if found is None or not _is_byline(found.group("line"), found.group("head")):
        return None
    return found.start("head"), found.end("head")


def dash_left_open(text: str, start: int) -> int | None:
    """Where a quotation opened at ``start`` and never closed ends, when its paragraph
    ends on a dash and a byline (the offset of the dash's space); else None."""
    for dash in re.finditer(r"\s[-–—]+\s", text[start:]):
        at = start + dash.start()
        found = _BYLINE.match(text, at)
        if found is None or not _is_byline(found.group("line"), found.group("head")):
            continue
        if len(text[start:at].split()) < _MIN_WORDS:
            return None
        return at
    return None


def _is_byline(line: str, head: str) -> bool:
    words = head.split()
    if words[0] in _NOT_NAMES or _VERB.search(line) or _DATE.search(line):
        return False
    # the head ends in a name, and its lower-case words are few ("vice chairman")
    lower = [w for w in words if not w[:1].isupper()]
    return bool(_ENDS_IN_NAME.search(head)) and len(lower) <= 3 and len(words) - len(lower) >= 1
