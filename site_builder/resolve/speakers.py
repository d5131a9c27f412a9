"""Capitalised runs the model missed that their sentence shows to be names (issues 20, 22).

A run the model did not label (label ``CAND``) is linked only when the archive already
knows its name, or when it reads as a person's name from a given name we list. These
runs are names all the same, whatever the archive holds, because the words say so:

* a person's full name whose given name we do not list ("Darcy Davies, an agriculture
  student"), when its context says it is a person's (a title, an age, "who", a person's
  role in apposition; a speech verb is not enough) and nothing says otherwise, a
  surname after a person's title ("said Mr Davies"), as the model's own would be, and a
  peer by title and surname ("Lord Browne said");
* a one-word name inside its sentence followed by an age and a speech verb ("And Edu, 26,
  added"): an age alone is a record's too ("the Sixers, 41,"), a speech verb a company's;
* a body's name ending in a body's head word ("Eyewitness News", "Vancouver Police") or
  whose words vote organisation as much ("PC Magazine"), or an acronym ("EW", "D.A."),
  that is the subject of a speech verb or the source of "according to": a quotation has
  a speaker, and the reader wants its page;
* a company's name with its legal form ("TORONTO, March 5 - Spar Aerospace Ltd,", the
  dateline's date having taken the dash), not the tail of a longer name ("Florida Power
  and Light Co").

Neither lets in a common word, a role or a headline's fragment: every word of the person's
name must be no common word, role, title or head word; the body's name must have a word
that is not a common one and name no role; runs in headlines were made junk before.
"""

from __future__ import annotations

import re

from ..gazetteer import (
    COMMON_WORDS,
    DEMONYMS,
    MONTHS_DAYS,
    ORG_HEADS,
    ORGANIZATIONS,
    PERSON_TITLES,
    PLACE_HEADS,
    PLACES,
    ROLE_WORDS,
    SENTENCE_OPENERS,
)
from ..spans import PEER_TITLES
from .mentions import (
    APPOSITION_WEIGHT,
    HEAD_WEIGHT,
    ORG,
    PERSON,
    PLACE,
    MentionRecord,
    legal_suffix_vote,
)
from .names import CANDIDATE, FUNCTION_WORDS, is_acronym, names_a_role

# the vote a body that speaks gets for its type, as much as a head word gives
SPEAKING_BODY_WEIGHT = 1.0

# "X said", "X has learned", "X reported": the verbs news uses for what a source said
_SPEAKS_AFTER = re.compile(
    r"\s+(?:has\s+|have\s+|also\s+|later\s+)?(?:said|says|say|told|tells|asked|asks|"
    r"reported|reports|report|wrote|writes|added|adds|announced|stated|learned)\b"
)
# "Edu, 26, added": a one-word name is a person's only with both an age and a speech verb
# ("the Sixers, 41, ..." is a record, "a Conservative who ..." a party's man)
_AGE_THEN_SPEAKS = re.compile(r",\s*\d{1,3}\s*," + _SPEAKS_AFTER.pattern)
_ACCORDING_TO_BEFORE = re.compile(r"\b[Aa]ccording\s+to\s+(?:the\s+)?$")


# what joins a run to a longer name before it: "and", "&" or a capitalised word
_NAME_GOES_ON_BEFORE = re.compile(r"(?:\band|&|[A-Z][\w.'’-]*)\s+$")


def _plain_word(word: str) -> bool:
    """Whether a word is written as a name's word: a capital, then lower-case letters
    (after an Irish or Scottish "O'", "Mc" or "Mac": "O'Connor", "McBride"), in each part
    a hyphen joins ("Allis-Chalmers")."""
    return all(_plain_part(part) for part in word.split("-"))


def _plain_part(word: str) -> bool:
    plain = word[:1].isupper() and word[1:].islower() and word.isalpha()
    return plain or bool(_GAELIC.fullmatch(word))


_GAELIC = re.compile(r"(?:O['’]|Mc|Mac)[A-Z][a-z]+")


def reads_as_person(m: MentionRecord, text: str) -> bool:
    """Whether a run the model missed is a person's full name its context marks as one,
    a surname after a person's title ("Dr Gillingwater told", "said Mr Davies"), or a
    one-word name inside a sentence that speaks after its age ("And Edu, 26, added")."""
    if m.label != CANDIDATE or m.junk:
        return False
    words = m.text.split()
    titled_surname = m.titled and len(m.tokens) == 1 and len(words) == 2
    # a peer by title and surname ("Lord Browne said"): the title is the proof
    peer = len(words) == len(m.tokens) == 2 and m.tokens[0] in PEER_TITLES
    one_word = (
        len(m.tokens) == len(words) == 1
        and _inside_sentence(text, m.start)
        and bool(_AGE_THEN_SPEAKS.match(text, m.end))
    )
    if not titled_surname and not one_word and not 2 <= len(m.tokens) == len(words) <= 3:
        return False
    if not all(_plain_word(w) for w in words[len(words) - len(m.tokens) :]):
        return False
    if m.key in PLACES or m.key in ORGANIZATIONS:
        return False
    if any(
        t in COMMON_WORDS
        or t in SENTENCE_OPENERS
        or t in ORG_HEADS
        or t in PLACE_HEADS
        or t in ROLE_WORDS
        or t in PERSON_TITLES
        or t in MONTHS_DAYS
        or t in DEMONYMS
        for t in (m.tokens[1:] if peer else m.tokens)
    ):
        return False
    votes = m.votes
    if peer:  # "Lord Chancellor", "Lady Chapel": a role's or a thing's word, seen above
        return not votes.get(ORG) and not votes.get(PLACE)
    # a speech verb alone is no proof: a company speaks too ("Acme Widgets said"); an
    # age, a title, "who" or a person's role in apposition is (its vote is the apposition's)
    person = votes.get(PERSON, 0.0)
    return person >= APPOSITION_WEIGHT and not votes.get(ORG) and not votes.get(PLACE)


def _inside_sentence(text: str, start: int) -> bool:
    """Whether a word stands after another word of its sentence: a capital there is the
    name's own, not the sentence's."""
    return bool(re.search(r"[a-z,]\s+$", text[:start]))


def speaks_as_body(m: MentionRecord, text: str) -> bool:
    """Whether a run the model missed is a body's name or an acronym that speaks."""
    if m.label != CANDIDATE or m.junk or m.key in PLACES:
        return False
    tokens = m.tokens
    if is_acronym(m.text):
        shaped = m.key not in COMMON_WORDS
    else:
        first = m.text.split()[0]
        shaped = (
            len(tokens) >= 2
            # a body's head word ("News", "Police"), or the words that vote as much
            # ("PC Magazine", "Shavlik Technologies")
            and (tokens[-1] in ORG_HEADS or m.votes.get(ORG, 0.0) >= HEAD_WEIGHT)
            and (_plain_word(first) or is_acronym(first))
            and any(t not in COMMON_WORDS and t not in FUNCTION_WORDS for t in tokens)
        )
    if not shaped or names_a_role(m.key, tokens):
        return False
    return bool(_SPEAKS_AFTER.match(text, m.end) or _ACCORDING_TO_BEFORE.search(text, 0, m.start))


def named_with_legal_form(m: MentionRecord, text: str) -> bool:
    """Whether a run the model missed is a company's name with its legal form, each word
    before the form a name's word ("Spar Aerospace Ltd", "Allis-Chalmers Corp"), not a
    role, a known place or a run of common words ("Revenues Inc"), nor the tail of a
    longer name ("Florida Power and Light Co", "Taiyo Kobe Finance Hongkong Ltd")."""
    if m.label != CANDIDATE or m.junk or not m.tokens or m.key in PLACES:
        return False
    if _NAME_GOES_ON_BEFORE.search(text, max(0, m.start - 16), m.start):
        return False
    words = m.text.split()
    if len(words) < 2 or legal_suffix_vote(m.text) == 0.0:
        return False
    name = words[: len(m.tokens)]
    return (
        all(_plain_word(w) or is_acronym(w) for w in name)
        and any(t not in COMMON_WORDS and t not in FUNCTION_WORDS for t in m.tokens)
        and not names_a_role(m.key, m.tokens)
    )


def give_speaking_body_its_vote(m: MentionRecord) -> None:
    """Vote organisation for a body that speaks, unless its words already did: the
    speech verb's own person vote is weaker ("the DA said" is the prosecutor's office)."""
    if not m.votes.get(ORG):
        m.votes = {**m.votes, ORG: SPEAKING_BODY_WEIGHT}  # votes dicts are shared: copy
