"""A quotation with no cue at all that opens a sentence right after one about one person:
"But Redford knows this and started a channel to reach a wider audience. “When you look
at the films here, …”" (British news goes on from a line about a person to their words).

The last resort, when no cue, lead or earlier speaker tells (the rules before it in
:func:`.find_quotes`): the sentence before, in the same paragraph, must open with the
person's name (after "But", "And", "However," and a title, or a few words of role, at
most), join no other person to it ("Smith and Jones met") nor report another's words
("Smith said Jones had been wrong": Jones may be answering), name nobody the resolver
left unlinked, and quote nothing: the person is the one the text is about when the words come.
People and bodies named after the subject are what the sentence says the person did or
met ("Mauresmo spent five weeks at number one before injury ushered Davenport back in
front. “Since then, I feel …”": over 8,800 blind quotations this let seven more lines
go to their speakers and none to the wrong one). The name may be
a possessive when the sentence goes on with the person's own "he" or "she": "Finnan's
normal position is right-back but he looked assured …. “As I play on the right …”".
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from .article_text import MASK, ArticleText, Candidate
from .marks import Marked
from .spokespeople import INTRODUCED, spokesperson_of

# what may open the sentence before its subject (with where the person wrote or spoke:
# "Writing in the Guardian newspaper, Mr Brown outlined his view …")
_OPENING = re.compile(
    r"\s*(?:(?:But|And|Yet|So|However|Meanwhile|Now),?\s+)?"
    r"(?:(?:Writing|Speaking)\s+(?:in|on|at|to)\s+[^,;:]{1,60},\s+)?"
    r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame|Lord|Lady)\.?\s+)?"
)


def topic_lead(
    text: ArticleText, m: Marked, gender: Mapping[str, str]
) -> tuple[int, int, str] | None:
    """The person the sentence right before quotation ``m`` is about, as (paragraph,
    offset, entity id), or None (see the module's docstring)."""
    p = m.paragraph
    masked = text.masked[p]
    if not m.opened or m.start < 2:
        return None
    own = text.sentence_of(p, m.start - 1)
    if own == 0 or masked[own : m.start - 1].strip():
        return None  # words before the mark, or no sentence before it in the paragraph
    start = text.sentence_of(p, own - 1)
    if MASK in masked[start:own]:
        return None
    names = text.in_range(p, start, own)
    # the subject, after what may open the sentence (a body it names is where, not who)
    opening = _OPENING.match(masked, start)
    spokesperson = INTRODUCED.match(masked, opening.end() if opening else start, own)
    if spokesperson is not None:
        # "A Labour party spokesman played down differences with Mr Wyatt …. “…”": the
        # body's words, when the text says which body
        body = spokesperson_of(spokesperson, text.everyone(), p, text.masked)
        return (p, spokesperson.start(), body) if body else None
    names = [c for c in names if opening is None or c.start >= opening.end()]
    # "But general secretary of the public services union Unison Dave Prentis criticised
    # the plans": the body is part of the person's role
    body_role = len(names) > 1 and _body_in_role(masked, start, names[0], names[1])
    if body_role:
        names = names[1:]
    if not names or names[0].type != "person":
        return None
    if not names[0].eligible and not _taken_up(masked, names[0], own, gender):
        return None
    if (
        not body_role
        and not _OPENING.fullmatch(masked, start, names[0].start)
        and not _role_before(masked, start, names[0].start)
    ):
        return None
    others = [c for c in names if c.type == "person" and c.entity_id != names[0].entity_id]
    if any(_JOINED.fullmatch(masked, names[0].end, c.start) for c in others):
        return None  # "Smith and Father Ian Jones met. “…”": either may speak
    if any(_REPORTS.search(masked, names[0].end, c.start) for c in others):
        return None  # "Smith said Jones had been wrong. “…”": Jones may be answering
    if any(start <= s < own for s, _ in text.unlinked.get(p, ())):
        return None  # a person the resolver left unlinked is named there too
    return p, names[0].start, names[0].entity_id


# a role "of" a body, in lower case before the body's name: "general secretary of the
# public services union"
_ROLE_OF = re.compile(r"(?:[a-z][\w'’-]*\s+){1,3}of\s+(?:the\s+)?(?:[a-z][\w'’-]*\s+){0,3}")


def _body_in_role(masked: str, start: int, body: Candidate, person: Candidate) -> bool:
    """Whether the sentence opens with a role of ``body`` right before ``person``:
    "general secretary of the public services union Unison Dave Prentis"."""
    opening = _OPENING.match(masked, start)
    begin = opening.end() if opening else start
    return (
        body.type == "organization"
        and person.type == "person"
        and not masked[body.end : person.start].strip()
        and _ROLE_OF.fullmatch(masked, begin, body.start) is not None
    )


def _taken_up(masked: str, name: Candidate, end: int, gender: Mapping[str, str]) -> bool:
    """Whether a possessive name is the subject's owner that the sentence's "he" or "she"
    (the person's own) takes up before ``end``: "Finnan's position is … but he looked"."""
    pronoun = gender.get(name.entity_id)
    return (
        name.possessive
        and pronoun in ("he", "she")
        and re.search(rf"\b{pronoun}\b", masked[name.end : end]) is not None
    )


# another name joined to the subject, past a title or two: "and Father Ian Moore"
_JOINED = re.compile(r"\s*,?\s+(?:and|or|&)\s+(?:[\w.'’-]+\s+){0,2}")
# a speech verb whose reported words the next name opens: "said Jones had been wrong"
_REPORTS = re.compile(
    r"\b(?:said|says|claimed|claims|insisted|insists|argued|argues|believes|thinks|"
    r"suggested|suggests|warned|warns)\s+(?:that\s+)?(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?$"
)


# a few words of role before the name, no punctuation: "Double try scorer Martyn Williams
# was keen not to talk about …", "Wales captain Gareth Thomas"
_ROLE_WORDS = re.compile(r"(?:[A-Z][\w'’&-]*\s+)*[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?\s+")


def _role_before(masked: str, start: int, name: int) -> bool:
    """Whether the sentence opens with a short role description right before the name."""
    opening = _OPENING.match(masked, start)
    begin = opening.end() if opening else start
    words = masked[begin:name].split()
    if not 2 <= len(words) <= 4 or words[0] in ("His", "Her", "Their", "Its"):
        return False  # "Her rival Daniel Ortega": someone told by another, not a title
    return _ROLE_WORDS.fullmatch(masked, begin, name) is not None
