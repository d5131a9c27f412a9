"""People as the quotes stage sees them: names the model typed as something else, and
the pronoun ("he", "she") the article's words give a person.

The small spaCy model often types a person's name as an organisation or a place
("Stephenie Meyer", "Bettie Page", "protester Paris Kyriakides"), and then the
attribution rules cannot make it the subject of "she wrote". Within one article, a
linked name is read as a person's when it is shaped like one (two or three capitalised
words, none of them a word that ends the name of a body, a company or a place) and the
article treats it as one: it uses the last word alone ("Meyer penned a letter"), or a
title ("Ms Page"), or an age or a person's role right before it ("32-year-old protester
Paris Kyriakides"), or its first word is a common given name. The entity keeps its type
everywhere else; only who may have spoken changes.

A person's pronoun is known when the article gives it: a title ("Mr Steele", "Ms Page"),
a gendered role right before the name ("spokeswoman X", "actress X"), or a common given
name that is nearly always one or the other ("Mark Roesler" is not the "she" of "she
said"). Unknown is the default: most names decide nothing.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence
from typing import Protocol

from ..gazetteer import (
    COMMON_WORDS,
    COMPANY_HEADS,
    DEMONYMS,
    FACILITY_HEADS,
    ORG_HEADS,
    ORGANIZATIONS,
    PERSON_TITLES,
    PLACE_HEADS,
    PLACES,
    ROLE_WORDS,
    norm_key,
)
from ..person_names import ANY_HE_NAMES, ANY_SHE_NAMES, GIVEN_NAMES, TITLE_PRONOUNS
from ..resolve.mentions import THE_OFFICIAL
from .cues import COMPANY_TRADES
from .unnamed import described_speaker

# linked mentions as the stage gets them: (paragraph, start, end, entity id, type)
Linked = tuple[int, int, int, str, str]


def _words(block: str) -> frozenset[str]:
    return frozenset(block.split())


_NAME_WORD = re.compile(r"[A-Z][a-z][\w'’-]*|[A-Z]\.")
_NOT_A_NAME = ORG_HEADS | COMPANY_HEADS | PLACE_HEADS | FACILITY_HEADS | COMMON_WORDS | DEMONYMS
# lowercase words that only ever describe a person right before their name
_PERSON_NOUNS = frozenset(
    w.lower() for w in (PERSON_TITLES | ROLE_WORDS) if " " not in w and len(w) > 3
) | _words(
    "protester demonstrator neighbor neighbour publicist mother father wife husband "
    "daughter son sister brother widow friend fan survivor resident witness"
)
# titles that only ever stand before a person's surname ("Professor Varoufakis")
_TITLES = "Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sen|Senator|Rep|Gov|Sgt|Sergeant|Cpl|Det|Rev"
_TITLED_NAME = re.compile(rf"(?:{_TITLES})\.?\s+([A-Z][\w'’-]+)")
_AGE = re.compile(r"\b\d{1,3}-year-old(?:\s+[a-z][\w-]*)?\s*,?\s*$")
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\.?\s*,?\s*$")

_HE_ROLES = _words(
    "spokesman businessman chairman congressman councilman actor father husband son "
    "brother widower king prince sir lord boyfriend"
)
_SHE_ROLES = _words(
    "spokeswoman businesswoman chairwoman congresswoman councilwoman actress mother wife "
    "daughter sister widow queen princess dame lady girlfriend"
)
# a verb whose object is nearly always the subject's own, then a possessive: "X repeated
# his call", "X resigned her seat" (not "X said his …", often another's)
# or the one its reported clause opens with: "Beryl Sprinkel, chairman of …, said he"
_OWN_REPORT = re.compile(
    r"(?:\s*,[^,.;:\"“”()]{1,100},)?\s+(?:said|says|told\s+reporters)\s+(?:that\s+)?(he|she)\b"
)
_OWN_POSSESSIVE = re.compile(
    r"\s+(?:also\s+)?(?:repeated|reiterated|renewed|stepped\s+up|resigned|began|ended|"
    r"made|spent)\s+(his|her)\s+(?!own\b)[a-z]"
)
# the head noun of an apposition after a name, gendered or not: "Sharron Storer, the
# Birmingham woman who …", "Tom Reid, the club's chairman,"
_APPOSED_NOUN = re.compile(
    r"\s*,\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,3}?([a-z]+)(?=\s*(?:,|\.|;|\bwho\b|$))"
)


@functools.lru_cache(maxsize=8192)
def person_shaped(name: str) -> bool:
    """Whether a name reads as a person's: two or three capitalised words, none of
    them a word of a body's, a company's or a place's name."""
    words = name.split()
    if not 2 <= len(words) <= 3 or not all(_NAME_WORD.fullmatch(w) for w in words):
        return False
    if norm_key(name) in ORGANIZATIONS or norm_key(name) in PLACES:
        return False
    # a first name may be a place's ("Paris Kyriakides"), not a surname or another word
    first, *rest = (norm_key(w) for w in words)
    return first not in _NOT_A_NAME and not any(w in _NOT_A_NAME | PLACES for w in rest)


# a word for a body right before a name: "drugs group Eli Lilly", "the firm, Dell,"
_BODY_BEFORE = re.compile(
    r"\b(?:company|firm|group|organisation|organization|bank|charity|band|"
    + "|".join(COMPANY_TRADES)
    + r")\s*,?\s*$"
)


def people_retyped(
    paragraphs: Sequence[str], linked: Sequence[Linked], names: Mapping[str, str]
) -> set[str]:
    """The entities linked as organisations or places that this article treats as
    people (see the module's docstring)."""
    shaped = [
        (p, start, end, entity_id)
        for p, start, end, entity_id, type_ in linked
        if type_ != "person"
        and person_shaped(names.get(entity_id, ""))
        and person_shaped(paragraphs[p][start:end])
    ]
    if not shaped:
        return set()
    # a surname is used alone, never after "the" (a team's "the Jaguars" is)
    alone: set[str] = set()
    after_the: set[str] = set()
    for p, s, e, _, _ in linked:
        the = _THE_BEFORE.search(paragraphs[p], max(0, s - 4), s)
        (after_the if the else alone).add(paragraphs[p][s:e])
    people = {names.get(i, "").casefold() for _, _, _, i, t in linked if t == "person"}
    whole = "\n".join(paragraphs)
    # "drugs group Eli Lilly": a name the article calls a body anywhere stays one
    bodies = {
        entity_id
        for p, start, _, entity_id in shaped
        if _BODY_BEFORE.search(paragraphs[p], max(0, start - 30), start)
    }
    found: set[str] = set()
    for p, start, end, entity_id in shaped:
        if entity_id in found or entity_id in bodies:
            continue
        name = names[entity_id]
        if re.match(r"\s+[A-Z]", paragraphs[p][end : end + 2]):
            continue  # cut from a longer name: "Shadow Home" of "Shadow Home Secretary X"
        if re.search(r"\w[\s,]+The\s+$", paragraphs[p][max(0, start - 20) : start]):
            continue  # a title: "the 2005 film The Notorious Bettie Page"
        words = name.split()
        if any(" ".join(words[k:]).casefold() in people for k in range(1, len(words) - 1)):
            continue  # a title taken into a person's name: "Interior Dirk Kempthorne"
        last = words[-1]
        titled = re.compile(rf"\b(?:{_TITLES})\.?\s+{re.escape(last)}\b")
        before = paragraphs[p][max(0, start - 40) : start]
        role = re.search(r"([a-z][\w-]*)\s*,?\s*$", before)
        said_to_be = bool(
            titled.search(whole)
            or _AGE.search(before)
            or (
                role is not None
                and role.group(1) in _PERSON_NOUNS
                and not THE_OFFICIAL.search(before)  # "the official People's Daily"
            )
        )
        # a place's name opens a team's or a firm's ("Jacksonville Jaguars", "San Diego
        # Chargers"), whose plural last word is used alone ("Chargers receiver"): only
        # the words around it tell then ("protester Paris Kyriakides")
        # the surname alone in the text, where the model may have missed it ("Manning
        # said"), counts as well
        surname = (
            last not in after_the
            and not last.endswith("s")
            and (last in alone or _alone_in(whole, words[-2], last))
        )
        looks_like = norm_key(words[0]) not in PLACES and (
            surname or norm_key(words[0]) in GIVEN_NAMES
        )
        if said_to_be or looks_like:
            found.add(entity_id)
    return found | _titled_surnames(linked, names, found)


def _titled_surnames(
    linked: Sequence[Linked], names: Mapping[str, str], found: set[str]
) -> set[str]:
    """The entities named by a title and the surname of a person this article names
    ("Professor Varoufakis" beside "Yanis Varoufakis"), however the model typed them;
    not a title before another word ("Dr Pepper")."""
    surnames = {
        names.get(i, "").split()[-1]
        for _, _, _, i, t in linked
        if (t == "person" or i in found) and len(names.get(i, "").split()) >= 2
    }
    return {
        i
        for _, _, _, i, t in linked
        if t != "person"
        and (m := _TITLED_NAME.fullmatch(names.get(i, ""))) is not None
        and m.group(1) in surnames
    }


def _alone_in(text: str, before: str, last: str) -> bool:
    """Whether ``last`` stands in ``text`` without the word ``before`` it in the name,
    nor "the" ("Manning said" beside "Peyton Manning")."""
    i = text.find(last)
    while i != -1:
        j = i + len(last)
        whole_word = (i == 0 or not text[i - 1].isalnum()) and (
            j == len(text) or not text[j].isalnum()
        )
        if whole_word and not text.endswith((f"{before} ", "the ", "The "), 0, i):
            return True
        i = text.find(last, j)
    return False


def known_pronouns(
    paragraphs: Sequence[str], linked: Sequence[Linked], names: Mapping[str, str]
) -> dict[str, str]:
    """Entity id -> "he" or "she" for the people whose pronoun the article's words give;
    a person with conflicting evidence is left out."""
    evidence: dict[str, set[str]] = {}
    by_name: dict[str, str] = {}
    possessive: dict[str, set[str]] = {}
    reports: dict[str, set[str]] = {}  # the pronoun a subject's reported clause opens with
    for p, start, end, entity_id, type_ in linked:
        if type_ != "person":
            continue
        found = evidence.get(entity_id)
        if found is None:
            found = evidence[entity_id] = set()
            words = names.get(entity_id, "").split()
            if len(words) >= 2:  # a given name, not a surname alone
                if norm_key(words[0]) in ANY_HE_NAMES:
                    by_name[entity_id] = "he"
                elif norm_key(words[0]) in ANY_SHE_NAMES:
                    by_name[entity_id] = "she"
        own = _OWN_POSSESSIVE.match(paragraphs[p], end)
        if own is not None and _opens_clause(paragraphs[p], start):
            # "Sprinkel repeated his call": the article's own word for the subject
            possessive.setdefault(entity_id, set()).add("he" if own.group(1) == "his" else "she")
        reported = _OWN_REPORT.match(paragraphs[p], end)
        if reported is not None and _opens_clause(paragraphs[p], start):
            # "Sprinkel, chairman of …, said he sees": the subject's, unless the article
            # has someone else that pronoun may mean ("Richards says she must …")
            reports.setdefault(entity_id, set()).add(reported.group(1).lower())
        word = _WORD_BEFORE.search(paragraphs[p], max(0, start - 30), start)
        if word is not None:
            w = word.group(1)
            if w.lower() in TITLE_PRONOUNS and w[0].isupper():
                found.add(TITLE_PRONOUNS[w.lower()])
            elif w.lower() in _HE_ROLES:
                found.add("he")
            elif w.lower() in _SHE_ROLES:
                found.add("she")
        apposed = _APPOSED_NOUN.match(paragraphs[p], end)
        if apposed is not None:
            noun = apposed.group(1)
            if noun in _HE_ROLES or noun in ("man", "boy"):
                found.add("he")
            elif noun in _SHE_ROLES or noun in ("woman", "girl"):
                found.add("she")
    for entity_id, pronouns in reports.items():
        others = {g for e, g in by_name.items() if e != entity_id}
        possessive.setdefault(entity_id, set()).update(pronouns - others)
    for entity_id, found in evidence.items():
        owned = possessive.get(entity_id, set())
        if found or not owned:  # a title or a role weighs as the given name does
            found |= owned | ({by_name[entity_id]} if entity_id in by_name else set())
        else:  # the subject's own possessive over the given name: "Beryl Sprinkel … his"
            found |= owned
    return {e: next(iter(g)) for e, g in evidence.items() if len(g) == 1}


def _opens_clause(paragraph: str, start: int) -> bool:
    """Whether the name at ``start`` opens a sentence or a clause after a comma."""
    return _CLAUSE_START.search(paragraph, 0, start) is not None


# what ends right before a clause's subject: the paragraph's start, a stop or a comma (and
# a quotation's mark), a dateline's dash, "and" or "but"
_CLAUSE_START = re.compile(r"(?:^|[.!?:;,]\s*[\"“”]?|\s[-–—]\s|\b(?:and|but)\s)\s*$")


# a sentence opened by a capitalised name and a speech verb: "O'Connor said Thursday …"
_NAMED_SPEAKER = re.compile(
    r"(?:^|(?<=[.!?:]\s))((?:[A-Z][\w'’.-]+\s+){0,3}[A-Z][\w'’-]+)\s+"
    r"(?:said|says|told|added|explained|recalled|wrote)\b"
)
_NOT_SPEAKERS = COMMON_WORDS | _words("he she it they we i you police")


class _Span(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


class _Named(_Span, Protocol):
    @property
    def entity_id(self) -> str: ...
    @property
    def type(self) -> str: ...


# "X and Y", "X and aviator Y", "X or Y": two subjects a pronoun could mean
_AND = re.compile(r"\s*,?\s+(?:and|or)\s+(?:[a-z][\w-]*\s+){0,2}")


def coordinated(text: str, names: Sequence[_Named], start: int, kind: str) -> set[str]:
    """The entities of ``kind`` joined by "and" to the name at ``start`` ("Woodward and
    Bernstein said", "Filmmaker and aviator Howard Hughes"): the name alone does not
    tell who a later "he" is."""
    joined: set[str] = set()
    previous = next((n for n in names if n.start == start), None)
    for n in names:
        if previous is None or n.start < previous.end:
            continue
        if not _AND.fullmatch(text, previous.end, n.start):
            break
        if n.type == kind:
            joined.add(n.entity_id)
        previous = n
    return joined


def missed_speaker(
    masked: Sequence[str],
    named: Mapping[int, Sequence[_Span]],
    unlinked: Mapping[int, Sequence[tuple[int, int]]],
    start: tuple[int, int],
    cue: tuple[int, int],
    known: Mapping[tuple[int, int], str] | None = None,
) -> bool:
    """Whether someone the archive does not know stands between ``start`` and ``cue``
    (paragraph, offset), so that a pronoun at the cue may mean them: a person's name the
    archive could not link ("Page was subpoenaed to appear before … Estes Kefauver"), or
    a sentence opened by a speaker the model did not find ("O'Connor said Thursday his
    friend …" / "“…,” he said") unless ``known`` (see :func:`missed_subjects`) tells
    who that is. ``named`` holds each paragraph's linked names."""
    for p in range(start[0], cue[0] + 1):
        text = masked[p]
        first = start[1] if p == start[0] else 0
        last = cue[1] if p == cue[0] else len(text)
        for s, e in unlinked.get(p, ()):
            if first <= s and e <= last and norm_key(text[s:e]) not in _NOT_A_NAME:
                return True  # not "Greeks must also understand …"
        for q, s, _ in missed_subjects(masked, named, (p, first), (p, last)):
            if (q, s) not in (known or {}):
                return True
    # or someone left unnamed ("The friend said she was …" / "She added: “…”")
    return described_speaker(masked, start, cue)


def missed_subjects(
    masked: Sequence[str],
    named: Mapping[int, Sequence[_Span]],
    start: tuple[int, int],
    cue: tuple[int, int],
) -> list[tuple[int, int, str]]:
    """The sentences between ``start`` and ``cue`` (paragraph, offset) opened by a name
    and a speech verb where the model found no name ("O'Connor said Thursday …"), as
    (paragraph, offset, the name's words)."""
    found_all = []
    for p in range(start[0], cue[0] + 1):
        text = masked[p]
        first = start[1] if p == start[0] else 0
        last = cue[1] if p == cue[0] else len(text)
        for found in _NAMED_SPEAKER.finditer(text, first, last):
            s, e = found.span(1)
            if norm_key(found.group(1).split()[0]) in _NOT_SPEAKERS:
                continue
            # a name the resolver took for a place speaks for nobody it knows:
            # "Peruvian President Alejandro Toledo told …", Toledo linked to the city
            spans = [n for n in named.get(p, ()) if getattr(n, "type", "") != "place"]
            if not any(n.start < e and s < n.end for n in spans):
                found_all.append((p, s, found.group(1)))
    return found_all


def main_person(
    named: Sequence[_Named], names: Mapping[str, str], gender: Mapping[str, str], pronoun: str
) -> str | None:
    """The person a profile is about, for a "he" or "she" with nobody in reach: the one
    ``named`` (the article's names so far) holds the most, at least twice as often as
    anyone else and three times or more, when the article gives that person this
    pronoun. Names with the same surname count as one ("Bettie Page", "Ms Page")."""
    count: dict[str, list[str]] = {}  # surname -> entity ids, once per mention
    for n in named:
        if n.type == "person":
            surname = names.get(n.entity_id, "").casefold().split()[-1:]
            count.setdefault(" ".join(surname), []).append(n.entity_id)
    ranked = sorted(count.values(), key=len, reverse=True)
    if (
        not ranked
        or len(ranked[0]) < 3
        or (len(ranked) > 1 and len(ranked[1]) * 2 > len(ranked[0]))
    ):
        return None
    ids = ranked[0]
    # two people of one surname ("Greg McDermott", his son "Doug McDermott"): no telling
    full = {tuple(names.get(e, "").casefold().split()) for e in ids}
    if any(not same_person(a, b) for a in full for b in full):
        return None
    pronouns = {gender[e] for e in ids if e in gender}
    if pronouns != {pronoun}:
        return None
    return max(set(ids), key=lambda e: (ids.count(e), e))


def same_person(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether two names of one surname may be one person: one ends the other ("Page",
    "Bettie Page", "The Notorious Bettie Page"), or the first names are one spelt two
    ways ("Bettie Page", "Betty Mae Page"); a different one is another person."""
    short, long = sorted((a, b), key=len)
    return long[-len(short) :] == short or (a[0][:4] == b[0][:4] and len(a[0]) >= 4)


def person_with_surname(
    name: str, people: Sequence[_Named], names: Mapping[str, str]
) -> str | None:
    """The one person of ``people`` (the article's) a bare name stands for, when the
    model missed it here but found it elsewhere ("Klitschko said"): the longest tail of
    the name that fits one person ("Charlene Kafoury said" beside a Charlie Kafoury;
    "Lt. Gerry Scherlinck"), none if it fits several."""
    words = name.casefold().split()
    known_names = {p.entity_id: names.get(p.entity_id, "").casefold().split() for p in people}
    for k in range(len(words), 0, -1):
        tail = words[-k:]
        found = {
            e
            for e, known in known_names.items()
            if known and (known[-len(tail) :] == tail or tail[-len(known) :] == known)
        }
        if found:
            return found.pop() if len(found) == 1 else None
    return None


def person_with_full_name(
    words: str, people: Sequence[_Named], names: Mapping[str, str]
) -> str | None:
    """The one person of ``people`` whose full name (two words or more) ends ``words``:
    "Interior Dirk Kempthorne", a title the model took into the name."""
    tail = words.casefold().split()
    found = {
        p.entity_id
        for p in people
        if len(known := names.get(p.entity_id, "").casefold().split()) >= 2
        and tail[-len(known) :] == known
    }
    return found.pop() if len(found) == 1 else None


_CHAIN_REACH = 3  # paragraphs a chain of pronouns may add to a pronoun's reach


def pronoun_chain(
    masked: Sequence[str],
    named: Mapping[int, Sequence[_Span]],
    unlinked: Mapping[int, Sequence[tuple[int, int]]],
    first: int,
    pronoun: str,
) -> int:
    """The paragraph a pronoun's search for its person starts at, ``first`` moved back
    over paragraphs that use the same "he" or "she" and name no one (``named``: each
    paragraph's linked names): "Pigeon said …" / "He spent the next two hours …" /
    "Finally, he heard …" / "“…,” he said" is Pigeon's."""
    if not pronoun:
        return first
    # the pronoun in any of its forms: "His company's sensors reported …" speaks of him
    forms = {"he": "he|him|his", "she": "she|her|hers"}.get(pronoun.lower(), pronoun)
    word = re.compile(rf"\b(?:{forms})\b", re.IGNORECASE)
    start = first
    while (
        start > 0
        and first - start < _CHAIN_REACH
        and word.search(masked[start])
        and not named.get(start)
        and not unlinked.get(start)
    ):
        start -= 1
    return start
