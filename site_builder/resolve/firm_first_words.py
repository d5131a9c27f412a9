"""A one-word name that opens the names of organisations, typed a person or a place by
the model.

The small model reads an unfamiliar one-word company name as a person, every time and
in every article: "Lycos did not want to use e-mail to fight back", "Lycos hopes …",
although the same stories name "Lycos Europe" and call Lycos "the company". Its page is
then a person's, and a quotation of its spokesman goes to it as to a speaker.

A one-word name, typed a person over all its uses, is the organisation when:

- an article where it stands also names an organisation whose name of two words or
  more opens with it ("Lycos Europe"; not a person's name, a name with a comma or "and":
  "Lycos, Spammers Trade Blows" is a headline);
- nothing makes it a person's: no use of it has a title, a role, an age, a kin, "who"
  or another person's cue beyond the model's label and a speech verb (a company speaks
  too), no given name stands right before it, no "he" or "she" takes it up ("Dell said
  he …"), and no name of the archive that is a person's, or opens with a given name,
  ends with it ("Michael Dell", "Walt Disney", "Gerald Ford", "Allan Wagner"): such a
  surname stays a person;
- it is no given name, no common word and no known place or body: neither the project's
  gazetteer's nor GeoNames' countries, US states and towns ("Vanuatu" of "Vanuatu Daily
  Post", "Goma" of "Goma - International" stay what they are).

It then joins that organisation when exactly one such organisation is named in its
articles, and is an organisation of its own otherwise. A newspaper's or a newsletter's
title is named after its owner or its town, and is not the body the word names alone:
"Disney" is not "Disney News", so the word is no short form of such a title. The
surname rule runs before, so the uses of the word in an article naming a person of that
surname are that person's already.

The model reads some such words as places instead ("Newmont said …" beside "Newmont
Mining Corp", wire copy). A one-word name typed a place is the company when its
articles name a company it opens with a legal form ("Corp", "Inc", "Ltd"), it is no
known place (as above), and no use sets it as one: no place's vote beyond the model's
label, no "in", "near" or "across" before it ("a stake in X" is a holding). A region
opens the names of its own bodies ("Alberta Energy"), which is why the legal form is
asked for.

The same holds for the first two words of a body's name that the model read as a
person's, when the first is no given name ("Marine Midland" beside "Marine Midland Bank
NA", "Hal Roach" beside "Hal Roach Studios Inc"; not "Dean Witter").
"""

from __future__ import annotations

import re
from collections import defaultdict

from ..gazetteer import COMMON_WORDS, MEDIUM_TITLE_HEADS, ORGANIZATIONS, PLACES
from ..geo import is_geonames_place
from ..person_names import GIVEN_NAMES
from .archive import Resolver, best_type
from .mentions import (
    HEAD_WEIGHT,
    LABEL_VOTES,
    ORG,
    PERSON,
    PLACE,
    SPEECH_WEIGHT,
    MentionRecord,
    legal_suffix_vote,
)
from .names import FUNCTION_WORDS

_WORD_BEFORE = re.compile(r"\b([A-Z][\w'’-]*)\s+$")
# the first third-person pronoun after a name, in its sentence: "Dell said he would"
_PRONOUN_AFTER = re.compile(r"[^.!?;\"“”A-Z]{0,80}?\b(he|she|his|him|her|it|its|they|their|them)\b")
# "…, he said": that pronoun is the speaker of the sentence, not the name's
_SPEAKER_PRONOUN = re.compile(r"\s*(?:said|says|added|adds|told|explained|noted)\b")
_PERSONAL = frozenset(["he", "she", "his", "him", "her"])
# a word that sets what follows as a place: "in Alberta", "near Magma" (a holding "in" a
# company is no place: "a stake in Gynex")
_LOCATIVE_BEFORE = re.compile(
    r"(?<!\bstake )(?<!\binterest )(?<!\binterests )(?<!\bshares )(?<!\binvestment )"
    r"(?<!\bholding )(?<!\bholdings )(?<!\bposition )"
    r"\b(?:in|at|near|across|throughout|outside|inside|around|within|northern|southern|"
    r"eastern|western|central)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# the organisation vote each use gets in place of the model's person label: a head word's
ORG_FIRST_WORD_WEIGHT = HEAD_WEIGHT
# the words of a short form that opens a longer name: "Marine Midland" of "Marine Midland
# Bank NA" (the first not a given name: "Dean Witter" stays the man)
MAX_SHORT_WORDS = 2


def type_bodies_named_by_first_word(r: Resolver) -> None:
    """Type an organisation the one- and two-word names the model read as a person (or
    a place) that open the names of organisations of their stories ("Lycos" of "Lycos
    Europe"); join each to the one such organisation where there is one (see the
    module's docstring)."""
    votes = r.group_votes()
    roots = r.same_entity.roots(len(r.group_key))
    members: dict[int, int] = defaultdict(int)  # root -> name groups in it
    for g in range(len(r.group_key)):
        members[roots[g]] += 1
    people_surnames = _surnames_of_people(r, votes, roots)
    bodies_by_first: dict[str, dict[int, set[int]]] = defaultdict(lambda: defaultdict(set))
    companies: set[int] = set()  # bodies named with a legal form somewhere
    uses: dict[int, list[MentionRecord]] = defaultdict(list)
    for m in r.mentions:
        if m.group < 0:
            continue
        if len(m.tokens) == 1 or (
            len(m.tokens) <= MAX_SHORT_WORDS and m.tokens[0] not in GIVEN_NAMES
        ):
            uses[m.group].append(m)
        if len(m.tokens) > 1 and _opens_a_body_name(m, roots, votes):
            for k in range(1, min(len(m.tokens), MAX_SHORT_WORDS + 1)):
                bodies_by_first[" ".join(m.tokens[:k])][roots[m.group]].add(m.article)
            if legal_suffix_vote(m.text):
                companies.add(roots[m.group])
    for g, mentions in sorted(uses.items()):
        key = r.group_key[g]
        root = roots[g]
        if root != g or members[root] != 1 or key not in bodies_by_first:
            continue
        kind = best_type(votes.get(root, {}))
        if kind not in (PERSON, PLACE) or not _may_be_a_firm(key):
            continue
        if kind == PERSON and (key in people_surnames or any(_person_cue(r, m) for m in mentions)):
            continue
        if kind == PLACE and any(_place_cue(r, m) for m in mentions):
            continue
        articles = {m.article for m in mentions}
        bodies = sorted(
            body
            for body, seen in bodies_by_first[key].items()
            if seen & articles and body != g and (kind == PERSON or body in companies)
        )
        if not bodies or is_geonames_place(key):
            continue
        for m in mentions:
            _vote_organisation(m)
        bodies = [b for b in bodies if r.group_key[b].split()[-1] not in MEDIUM_TITLE_HEADS]
        if len(bodies) == 1:
            r.same_entity.union(g, bodies[0])
            why = f"'{r.name_of(g)}' taken as short for '{r.name_of(bodies[0])}'"
            r.notes.append((bodies[0], why, 0.8))


def _opens_a_body_name(
    m: MentionRecord, roots: list[int], votes: dict[int, dict[str, float]]
) -> bool:
    """Whether a mention of two words or more is an organisation's plain name: typed an
    organisation, no given name first, no comma, "&" or function word ("Lycos Europe")."""
    if m.tokens[0] in GIVEN_NAMES or FUNCTION_WORDS & set(m.tokens):
        return False
    if any(c in m.text for c in ",&:|–—") or " - " in m.text:
        return False  # a headline's or a dateline's words ("Goma - International")
    return best_type(votes.get(roots[m.group], {})) == ORG


def _surnames_of_people(
    r: Resolver, votes: dict[int, dict[str, float]], roots: list[int]
) -> set[str]:
    """The last words of the archive's names of two words or more that are a person's:
    typed a person, or opening with a given name ("Michael Dell" read as a body)."""
    found: set[str] = set()
    for g, key in enumerate(r.group_key):
        words = key.split()
        if len(words) < 2:
            continue
        if words[0] in GIVEN_NAMES or best_type(votes.get(roots[g], {})) == PERSON:
            found.add(words[-1])
    return found


def _may_be_a_firm(key: str) -> bool:
    """Whether a one-word name may be a company's: no given name, common word, known
    place or body (the gazetteer types those), nor a short word."""
    return (
        len(key) >= 3
        and key not in GIVEN_NAMES
        and key not in COMMON_WORDS
        and key not in PLACES
        and key not in ORGANIZATIONS
    )


def _person_cue(r: Resolver, m: MentionRecord) -> bool:
    """Whether a use of the name says it is a person's: a title or role, a person's vote
    beyond the model's label and a speech verb (an age, a kin, "who" ...), a given name
    right before it, or "he"/"she" taking it up in its sentence."""
    if m.titled or m.roles:
        return True
    label_kind, label_weight = LABEL_VOTES.get(m.label, ("", 0.0))
    own = m.votes.get(PERSON, 0.0) - (label_weight if label_kind == PERSON else 0.0)
    if own > SPEECH_WEIGHT + 1e-9:
        return True
    text = r.paragraphs[m.article][m.paragraph]
    before = _WORD_BEFORE.search(text[max(0, m.start - 30) : m.start])
    if before is not None and before.group(1).casefold() in GIVEN_NAMES:
        return True
    pronoun = _PRONOUN_AFTER.match(text, m.end)
    if pronoun is None or pronoun.group(1) not in _PERSONAL:
        return False
    return not _SPEAKER_PRONOUN.match(text, pronoun.end())


def _place_cue(r: Resolver, m: MentionRecord) -> bool:
    """Whether a use of the name says it is a place: a place's vote beyond the model's
    label ("the town of X", "X, Alaska"), or a locative word before it ("in X", "near
    X"; not "a stake in X")."""
    label_kind, label_weight = LABEL_VOTES.get(m.label, ("", 0.0))
    own = m.votes.get(PLACE, 0.0) - (label_weight if label_kind == PLACE else 0.0)
    if own > 1e-9:
        return True
    text = r.paragraphs[m.article][m.paragraph]
    return _LOCATIVE_BEFORE.search(text[max(0, m.start - 40) : m.start]) is not None


def _vote_organisation(m: MentionRecord) -> None:
    """Put an organisation's vote in place of the model's person or place label on one
    use."""
    votes = dict(m.votes)  # its own copy: equal vote dicts are shared
    kind, weight = LABEL_VOTES.get(m.label, ("", 0.0))
    if kind in (PERSON, PLACE):
        votes[kind] = votes.get(kind, 0.0) - weight
    votes[ORG] = votes.get(ORG, 0.0) + ORG_FIRST_WORD_WEIGHT
    m.votes = votes
