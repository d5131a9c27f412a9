"""A quotation in a paragraph of its own after a sentence that a colon ends and a
person's name opens, with no speech verb: "Andrew Wetzler, director of the council's
endangered species program, was blunt:" / "“We will see them in court.”".

The colon hands the floor to the sentence's subject, the way a speech verb would. Only
a sentence that names that one person is read so: with someone else named in it, either
may be the one who speaks next ("Smith and Jones were blunt:"), and a sentence that opens
with anything but the name (a group, a thing: "Groups of young people roamed the
streets, shouting:") names nobody to give the words to. A sentence that brings in a
document by its author ("Below is a statement by Francesca Grifo, director of UCS's
Scientific Integrity Program:") hands the floor to that author, person or body.

The same sentence may stand in the quotation's own paragraph, right before its mark:
"Mr Dean is confident though: “I think if they see real HD …”". There the name must open
the sentence, or the sentence may open with "he" or "she", read as the "he" of "he said"
is; the quotation must open its piece, and no speech verb stands in the sentence (a
verb's own reading decides, and failing, nothing is guessed here).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .article_text import MASK, SPEAKER_TYPES, ArticleText
from .cues import OPENING_PRONOUN, SPEECH_VERB, TITLES
from .leads import bare_lead
from .marks import Marked

# a document's author named right before the colon's words: "a statement by X", "remarks
# from the ministry" (the name follows at once)
STATEMENT_BY = re.compile(
    r"\b(?:statement|remarks|comments|message|letter|testimony|speech)\s+(?:by|from)\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
JOINT = re.compile(r"\s*(?:and|&)\s")
# words put by someone, named last before the colon: "the question posed by Brighton
# nurse Marion Brown:", "a message sent by the ministry:" (a role or place may come first)
AUTHORED_BY = re.compile(
    r"\b(?:question|statement|remarks|comments|message|letter|plea|challenge|answer)\s+"
    r"(?:(?:posed|put|asked|made|written|sent|issued|given|delivered|read)\s+)?"
    r"(?:by|from)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)
# what may open a sentence before the name that opens it: a title the name may lack
# ("Mr Dean is confident:", the mention being "Dean")
_TITLE_FIRST = re.compile(rf"\s*(?:(?:{TITLES}|Miss|Sir|Dame)\.?\s+)?")


def colon_speaker(text: ArticleText, m: Marked) -> tuple[str, int] | None:
    """The entity and offset of the person whose name opens the colon-ended sentence
    right before quotation ``m`` (see the module's docstring), or None."""
    p = m.paragraph
    if p == 0 or not m.opened or not bare_lead(text.masked[p][: max(0, m.start - 1)]):
        return None
    if text.in_range(p, 0, m.start):
        return None  # a name before the quotation in its own paragraph
    previous = text.masked[p - 1].rstrip()
    if not previous.endswith(":") or MASK in previous:
        return None
    start = text.sentence_of(p - 1, len(previous) - 1)
    if SPEECH_VERB.search(previous, start):
        return None  # a cue there: the speech verb's reading decides
    names = [c for c in text.in_range(p - 1, start, len(previous)) if c.type in SPEAKER_TYPES]
    # "Below is a statement by Francesca Grifo, director of …:": the statement's author
    authors = [c for c in names if STATEMENT_BY.search(previous, start, c.start)]
    if len(authors) == 1 and not JOINT.match(previous, authors[0].end):
        return authors[0].entity_id, authors[0].start  # not "a statement by X and Y:"
    opening = start + len(previous[start:]) - len(previous[start:].lstrip())
    if not names or names[0].start != opening or names[0].type != "person":
        return None
    # a name in the subject's apposition that is no subject itself ("director of the
    # council's program": a possessive, the object of a preposition) takes no floor
    rivals = [c for c in names[1:] if c.eligible and c.entity_id != names[0].entity_id]
    if not names[0].eligible or rivals:
        return None
    return names[0].entity_id, names[0].start


class OwnColonLead(NamedTuple):
    """Who a colon-ended sentence before a quotation hands the floor to: a person's
    entity, or the pronoun "he"/"she" the sentence opens with (``entity`` None)."""

    offset: int
    entity: str | None
    pronoun: str


def own_colon_speaker(text: ArticleText, m: Marked) -> OwnColonLead | None:
    """For quotation ``m`` right after a colon that ends a sentence of its own paragraph
    with no speech verb: the one person whose name opens that sentence, or the pronoun
    it opens with; None for any other layout (see the module's docstring)."""
    p = m.paragraph
    masked = text.masked[p]
    head = masked[: max(0, m.start - 1)].rstrip()
    if not m.opened or not head.endswith(":"):
        return None
    colon = len(head) - 1
    start = text.sentence_of(p, colon)
    if MASK in head[start:]:
        return None  # a quotation in the sentence: its own reading decides
    if SPEECH_VERB.search(masked, start, colon):
        return None
    names = [c for c in text.in_range(p, start, colon) if c.type in SPEAKER_TYPES]
    # "the question posed by Brighton nurse Marion Brown: “…”": its author
    last = names[-1] if names else None
    if (
        last is not None
        and not masked[last.end : colon].strip()
        and AUTHORED_BY.search(masked, start, last.start)
        and not JOINT.search(masked, names[-2].end if len(names) > 1 else start, last.start)
    ):
        return OwnColonLead(last.start, last.entity_id, "")
    if names and _TITLE_FIRST.fullmatch(masked, start, names[0].start):
        first = names[0]
        rivals = [c for c in names[1:] if c.eligible and c.entity_id != first.entity_id]
        if first.type != "person" or not first.eligible or rivals:
            return None
        return OwnColonLead(first.start, first.entity_id, "")
    pronoun = OPENING_PRONOUN.match(masked, start, colon)
    if pronoun is None or any(c.eligible for c in names):
        return None  # someone else named in the sentence may be the one who speaks
    return OwnColonLead(pronoun.start(1), None, pronoun.group(1).lower())
