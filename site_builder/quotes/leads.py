"""A quotation with no cue of its own that the sentence after or before it attributes.

News often opens with a quotation and names its speaker in the sentence after it:
"“She's not a loose cannon. … She's very spiritual.”" / "Kenneth Dorsey says the woman
accused of … is a good person." The quotation is that person's when it opens its
paragraph, ends its last one, and the next paragraph opens with a person's name and a
speech verb ("X says", "X said", "X told"), with no quotation of its own in that
sentence. Only the article's first quotation is read so: later on, the sentence after
a quotation as often brings in someone new.

Before it, a name that a colon ends introduces the quotation that follows, in the same
paragraph or the next, when the name stands alone ("Haldeman: “Yes, sir …”", a
transcript) or in a list of people the sentence brings in ("experts …, such as Dr Azm
Al Homoud:"), or opens a broadcast transcript's caption ("Peter Lynch/Timmons'
Attorney: “…”"). A quotation after a sentence of reported speech ("He said the bank was
evacuated …" / "“I went back …”") may open with a short phrase of time or place
("Later in the afternoon, “…”") and still carry that speech on; one in the first
person singular right after a sentence that a person's name opens ("Williams agreed." /
"“I said, …”") is that person's.
"""

from __future__ import annotations

import re

from .article_text import MASK, SPEAKER_TYPES, ArticleText
from .cues import (
    FIRST_PERSON,
    GAP,
    INTRODUCED,
    LEAD_PHRASE,
    LIST_DASH,
    PRONOUN,
    SPEECH_VERB,
)
from .marks import Marked

_SAYS = frozenset({"says", "said", "told", "tells"})


def speaker_after(text: ArticleText, first: Marked, last: Marked) -> tuple[str, str] | None:
    """The person the sentence after a quotation (``first`` … ``last`` pieces) names as
    its speaker, and the verb, or None."""
    p = last.paragraph + 1
    if p >= len(text.masked) or not first.opened or not last.closed:
        return None
    if text.masked[first.paragraph][: max(0, first.start - 1)].strip():
        return None  # words before it: a cue there, if any, would have said
    if text.masked[last.paragraph][last.end + 1 :].strip():
        return None  # words after it in its paragraph
    following = text.masked[p]
    end = text.sentence_end(p, 0)
    if MASK in following[:end]:
        return None
    opening = len(following) - len(following.lstrip())
    names = [c for c in text.in_range(p, opening, end) if c.start == opening]
    if not names or names[0].type != "person" or not names[0].eligible:
        return None
    subject = names[0]
    verb = SPEECH_VERB.search(following, subject.end, end)
    if verb is None or verb.group().lower() not in _SAYS:
        return None
    if not GAP.match(following[subject.end : verb.start()]) or re.search(
        r"\bthat\b", following[subject.end : verb.start()]
    ):
        return None
    return subject.entity_id, verb.group()


def bare_lead(lead: str) -> bool:
    """Whether the words before a quotation that opens its sentence are none, or only a
    short phrase of time or place ("Later in the afternoon, “I went back …”"): no
    pronoun, no speech verb, at most six words and a comma."""
    if not lead.strip():
        return True
    return (
        LEAD_PHRASE.fullmatch(lead) is not None
        and PRONOUN.search(lead) is None
        and SPEECH_VERB.search(lead) is None
    )


_LISTED = re.compile(rf"\s*{LIST_DASH}\s")  # a line of a list


def introduced(text: ArticleText, p: int, end: int) -> tuple[str, int] | None:
    """The entity and offset of the name that a colon right before ``end`` ends (or ends
    a list's line), with no speech verb, when it stands alone, after "such as" / "like"
    or after a list's dash and a role; None otherwise ("the
    judge offered advice for the guards who will handle Nichols:" names no speaker)."""
    masked = text.masked[p]
    head = masked[:end].rstrip()
    # a list's line may leave the colon out: "- Bolton boss Sam Allardyce “I am …”"
    colon = len(head) - 1 if head.endswith(":") else len(head)
    sentence = text.sentence_of(p, max(0, colon - 1))
    names = text.in_range(p, sentence, colon)
    last = names[-1] if names else None
    if last is None or last.end != len(masked[:colon].rstrip()):
        return None
    before = masked[sentence : last.start]
    if not INTRODUCED.search(before) or SPEECH_VERB.search(before):
        return None
    if colon == len(head) and not _LISTED.match(before):
        return None
    return last.entity_id, last.start


# a broadcast transcript's caption: the speaker's name, a slash and their role, a colon
# ("Peter Lynch/Timmons' Attorney:", "David Soares/Albany County District Attorney:")
_CAPTION = re.compile(r"\s*((?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’-]*)\s*/\s*[A-Z][^/:;.!?]{1,60}:$")


def captioned(text: ArticleText, p: int, end: int) -> tuple[str, int] | None:
    """The full name and its offset that a caption right before ``end`` opens with, when
    the paragraph holds nothing else before the quotation (see ``_CAPTION``)."""
    head = text.masked[p][:end].rstrip()
    found = _CAPTION.fullmatch(head)
    if found is None or SPEECH_VERB.search(head) or MASK in head:
        return None
    return found.group(1), found.start(1)


# verbs of a stance taken that news follows with its words, cue-less: "Mr. Pigeon also
# commended police for …" / "“They managed to stop any further loss of life.”"
STANCE = re.compile(
    r"\b(?:agreed|disagreed|praised|lauded|commended|welcomed|applauded|hailed|thanked|"
    r"defended|criticized|criticised|condemned|denied|rejected|dismissed|apologized|"
    r"apologised)\b"
)


def introduced_person(text: ArticleText, m: Marked, start: int) -> tuple[str, int] | None:
    """For a quotation in the first person singular with no cue: the entity and offset
    of the one person whose name opens the sentence at ``start`` of the paragraph before
    ("T.J. Simons, 17, who works at the station, also heard the blast." / "“At first I
    thought it was thunder …”"), when the sentence names nobody else."""
    p = m.paragraph - 1
    if not FIRST_PERSON.search(text.paragraphs[m.paragraph][m.start : m.end]):
        return None
    names = [c for c in text.in_range(p, start, len(text.masked[p])) if c.type in SPEAKER_TYPES]
    opening = start + len(text.masked[p][start:]) - len(text.masked[p][start:].lstrip())
    if not names or names[0].start != opening or names[0].type != "person":
        return None
    if not names[0].eligible or any(c.entity_id != names[0].entity_id for c in names):
        return None  # someone else in the sentence may be the one who speaks
    return names[0].entity_id, names[0].start


def stance_taken(text: ArticleText, m: Marked, start: int) -> re.Match[str] | None:
    """The verb of a stance taken in the sentence at ``start`` of paragraph ``p``, which
    news follows with the words of the one who took it, cue-less ("Obama lauded Dr.
    Collins' experience." / "“Dr. Collins is one of the top scientists …”"), when
    nobody stands after it but as an owner or after a preposition ("Smith praised
    Jones": Jones may be the one quoted next). The quotation must run to the end of its
    paragraph: "“Flash mobs” gathered …" may be the writer's term."""
    if m.closed and text.masked[m.paragraph][m.end + 1 :].strip(' .,\x00”"'):
        return None
    p = m.paragraph - 1
    verb = STANCE.search(text.masked[p], start)
    if verb is None:
        return None
    if any(c.eligible for c in text.in_range(p, verb.end(), len(text.masked[p]))):
        return None
    return verb
