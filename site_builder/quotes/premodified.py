"""A name that only describes the person named right after it: "Uefa suit Giorgio
Marchetti takes a swipe …", "Labour MP Anne Vell", "Microsoft chief Steve Ballmer". The
model may call the first name (a body, a party, a firm) a person; then it opens the
sentence and a later "he said" went back to it. With a role word between, the person
is the one after it; with another lone word ("Bush met Tony Blair …") either may be the
subject, so a pronoun has no clear person. A speech verb between ("Lindqvist said Tomas
Haber was preferred") keeps the first name the subject."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .article_text import ArticleText, Candidate
from .cues import SPEECH_VERB
from .roles import ROLES

# the roles, with the informal ones of a headline's premodifier ("Morton boss X", "a Uefa
# suit"), the abbreviated ones ("Labour MP X", "Acme CEO X") and those of a body's staff
# ("Oxfam policy adviser X", "BBC correspondent X")
_ROLE_WORDS = frozenset(ROLES.split("|")) | {
    "boss", "head", "suit", "supremo", "mp", "mep", "ceo", "adviser", "advisor",
    "correspondent", "editor", "campaigner", "councillor", "consultant", "member",
}  # fmt: skip
# one lower-case word (or an abbreviation) between the two names: "Uefa suit Giorgio M…",
# with a title the model may leave out of the name: "Iris director Sir Richard Eyre"
_ONE_WORD = re.compile(
    r"\s+([a-z][a-z'-]*|[A-Z]{2,4})\s+(?:(?:Sir|Dame|Lord|Lady|Dr|Professor)\.?\s+)?$"
)
# or, after a body, a role after a lower-case word or two of its field that are no verb
# ("Lib Dem foreign affairs spokesman Menzies Campbell", not "Labour attacked shadow
# chancellor X")
_ROLE_PHRASE = re.compile(
    rf"\s+(?:(?![a-z]+ed\s)[a-z][a-z'-]*\s+){{1,2}}({'|'.join(sorted(_ROLE_WORDS))})\s+"
    r"(?:(?:Sir|Dame|Lord|Lady|Dr|Professor)\.?\s+)?$"
)


def described(text: ArticleText, p: int, c: Candidate) -> tuple[Candidate, bool] | None:
    """The person of two or more words named right after ``c`` across one lower-case
    word, and whether that word is a role (which makes ``c`` only a description)."""
    masked = text.masked[p]
    for d in text.candidates.get(p, ()):
        if d.start <= c.end or d.type != "person" or d.entity_id == c.entity_id:
            continue
        between = _ONE_WORD.match(masked, c.end, d.start)
        if between is None and c.type == "organization":
            between = _ROLE_PHRASE.match(masked, c.end, d.start)
        if (
            between is None
            or " " not in masked[d.start : d.end]
            # "Lindqvist said Tomas Haber was preferred": the one after is spoken of
            or SPEECH_VERB.fullmatch(between.group(1))
        ):
            return None
        # a former holder's role is a role too: "Tory ex-minister Douglas Hogg"
        return d, between.group(1).lower().removeprefix("ex-") in _ROLE_WORDS
    return None


def describes_next(masked: str, end: int, people: Sequence[Candidate]) -> bool:
    """Whether the words ending at ``end`` are followed by a role word and the first
    person of ``people`` after them: "said Oscar producer Laurence Mark", where an
    unlinked "Oscar" only describes the producer."""
    for d in people:
        if d.type == "person" and d.start > end:
            between = _ONE_WORD.match(masked, end, d.start)
            return between is not None and between.group(1).lower() in _ROLE_WORDS
    return False


def described_subject(text: ArticleText, p: int, start: int, subject: str) -> str:
    """The person a subject only describes: "Acme CEO John Roe apologized Thursday,
    saying …" is John Roe's, not Acme's (``subject``, the first name of ``start``'s
    clause, when no role word follows it)."""
    for c in text.candidates.get(p, ()):
        if c.start >= start and c.entity_id == subject and c.eligible:
            found = described(text, p, c)
            return found[0].entity_id if found is not None and found[1] else subject
    return subject


def described_person(text: ArticleText, p: int, c: Candidate) -> str:
    """The entity ``c`` stands for, or the person it only describes across a role word:
    "echoed by Iris director Sir Richard Eyre" is Eyre, not the film."""
    found = described(text, p, c)
    return found[0].entity_id if found is not None and found[1] else c.entity_id
