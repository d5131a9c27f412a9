"""Entity resolution: clean mentions, type them, and group them into archive-wide entities.

Steps, each driven by indexes (never a scan of all articles per entity):

1. **Mentions**: every name the NLP found (and capitalised words it missed, label
   ``CAND``) gets a normalised key, context roles ("Foreign Minister X", "X, the top
   diplomat", "X said") and type votes (model label, gazetteer, name head words, titles).
   Junk is dropped: common words, demonyms, fragments, boilerplate.
2. **Name groups**: mentions with the same key (after known short forms: U.S. -> United
   States) form a group; acronyms defined in the text ("CNA (Center for Naval Analyses)")
   join their full form.
3. **Person names**: full names that differ by a misspelling merge when the evidence
   agrees (same first name or surname, string similarity, same type, no co-occurrence as
   two people). A bare surname goes to the full name in the same article (the title in
   context first, then the nearest preceding full mention), else to the only person in
   the archive with that surname (or a near spelling of it).
4. **Entities**: one type per entity by votes over all its mentions; the canonical name
   is the best-supported full form. Curation is applied last, so it always wins.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Any

from .curation import Curation
from .gazetteer import (
    ALIASES,
    BOILERPLATE,
    COMMON_WORDS,
    COUNTRIES,
    COUNTRY_DEMONYM,
    DEMONYM_COUNTRY,
    DEMONYMS,
    GENERIC_ORGS,
    GIVEN_NAMES,
    MONTHS_DAYS,
    ORG_HEADS,
    ORG_WORDS,
    ORGANIZATIONS,
    PARTICLES,
    PERSON_TITLES,
    PLACE_HEADS,
    PLACES,
    ROLE_CLASSES,
    norm_key,
)
from .models import (
    ENTITY_TYPES,
    Article,
    Entity,
    EntityType,
    Extraction,
    LinkMap,
    Mention,
    MentionRef,
    MergeNote,
    Resolution,
)
from .urls import slugify, unique_slugs

PERSON, ORG, PLACE = "person", "organization", "place"
LABEL_VOTES: dict[str, tuple[str, float]] = {
    "PERSON": (PERSON, 1.0),
    "ORG": (ORG, 1.0),
    "GPE": (PLACE, 1.0),
    "LOC": (PLACE, 1.0),
    "FAC": (PLACE, 0.8),
    # PRODUCT (phones, spacecraft, software) is none of our types: it counts only when
    # the gazetteer ("Twitter") or the context says otherwise
}
CANDIDATE = "CAND"
GAZETTEER_WEIGHT = 6.0
TITLE_WEIGHT = 3.0
HEAD_WEIGHT = 3.0
APPOSITION_WEIGHT = 2.0
SPEECH_WEIGHT = 0.7
GIVEN_NAME_WEIGHT = 1.5
TYPE_SYNONYMS = {
    "person": PERSON,
    "people": PERSON,
    "per": PERSON,
    "organization": ORG,
    "organisation": ORG,
    "org": ORG,
    "place": PLACE,
    "location": PLACE,
    "loc": PLACE,
    "gpe": PLACE,
}

_WORD = re.compile(r"[A-Za-z][\w’'.-]*")
_LOWER_WORD = re.compile(r"(?<![\w’'-])[a-z][a-z-]+")
_SPEECH_AFTER = re.compile(
    r"^\s+(?:also\s+|later\s+|then\s+)?(said|says|told|tells|added|adds|wrote|writes|tweeted|"
    r"explained|noted|stated|argued|asked|replied|insisted|warned|acknowledged|denied)\b"
)
_SPEECH_BEFORE = re.compile(r"\b(?:said|says|told|added|wrote|according to)\s+$")
_AGE_AFTER = re.compile(r"^,\s*\d{1,3}\s*,")
_PARTY_AFTER = re.compile(r"^\s*\([DRI]-[A-Z][\w.]*\)")
_APPOSITION = re.compile(
    r"^\s*,\s+(the\s+|a\s+|an\s+|who is\s+|who was\s+|his\s+|her\s+)?"
    r"((?:[\w’'-]+\s+){0,4}[\w’'-]+)"
)
_PREPOSITIONS = frozenset(
    ["with", "of", "at", "in", "for", "from", "to", "by", "on", "and", "or", "but", "who"]
)
_ACRONYM_PLURAL = re.compile(r"^[A-Z]{2,}s$")
_FUNCTION_WORDS = frozenset(
    ["of", "for", "and", "the", "on", "in", "to", "at", "de", "du", "des", "la", "le"]
)


# --- small helpers ------------------------------------------------------------------------


class _UnionFind:
    """Union-find over ints; the smaller id stays the root (deterministic)."""

    def __init__(self) -> None:
        self.parent: dict[int, int] = {}

    def find(self, x: int) -> int:
        parent = self.parent
        root = x
        while parent.get(root, root) != root:
            root = parent[root]
        while parent.get(x, x) != root:
            parent[x], x = root, parent[x]
        return root

    def roots(self, n: int) -> list[int]:
        """Return the root of every id below ``n``: a snapshot for loops over many
        mentions, valid until the next :meth:`union`."""
        find = self.find
        return [find(x) for x in range(n)]

    def union(self, a: int, b: int) -> int:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return ra
        if rb < ra:
            ra, rb = rb, ra
        self.parent[rb] = ra
        return ra


def similarity(a: str, b: str) -> float:
    """Return difflib's similarity ratio of two strings (0..1)."""
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    if matcher.real_quick_ratio() < 0.75 or matcher.quick_ratio() < 0.75:
        return 0.0
    return matcher.ratio()


def acronym_of(name: str) -> str:
    """Return the initials of a name's capitalised words ("Center for Naval Analyses" -> CNA)."""
    words = [w for w in re.split(r"[\s-]+", name) if w]
    return "".join(w[0] for w in words if w[0].isupper() and w.lower() not in _FUNCTION_WORDS)


def _canonical_key(key: str) -> str:
    alias = ALIASES.get(key)
    return norm_key(alias) if alias else key


def _roles_of(phrase_words: list[str]) -> set[str]:
    roles: set[str] = set()
    for n in (3, 2, 1):
        for i in range(len(phrase_words) - n + 1):
            role = ROLE_CLASSES.get(" ".join(phrase_words[i : i + n]))
            if role:
                roles.add(role)
    return roles


# --- mentions -------------------------------------------------------------------------------


@dataclass(slots=True)
class _M:
    """One mention under resolution."""

    art: int  # position of the article
    idx: int  # index in the article's Extraction.mentions
    paragraph: int
    start: int
    end: int
    text: str
    key: str  # canonical key (known short forms mapped)
    tokens: tuple[str, ...]
    label: str
    votes: dict[str, float] = field(default_factory=dict)
    roles: set[str] | frozenset[str] = field(default_factory=set)
    titled: bool = False  # preceded by a person title
    group: int = -1
    junk: bool = False
    soft_junk: bool = False  # junk unless a full name in the article ends with it
    note: str | None = None  # why it was linked the way it was (surname decisions)
    preferred: str | None = None  # a display name made here ("Russian Defense Ministry")
    confidence: float = 1.0

    @property
    def pos(self) -> tuple[int, int, int]:
        """Return the position of the mention in its article."""
        return (self.art, self.paragraph, self.start)


def _vote(m: _M, kind: str, weight: float) -> None:
    m.votes[kind] = m.votes.get(kind, 0.0) + weight


def _context(m: _M, text: str) -> None:
    """Add votes and roles from the words around a mention."""
    titled, roles, weights = _context_of(text, m.start, m.end)
    if titled:
        m.titled = True
    for weight in weights:
        _vote(m, PERSON, weight)
    if roles:
        m.roles |= roles


def _context_of(text: str, start: int, end: int) -> tuple[bool, set[str], list[float]]:
    """Return what the words around ``text[start:end]`` say: whether a person's title
    stands right before it, the roles found, and the person votes in the order given."""
    titled = False
    roles: set[str] = set()
    weights: list[float] = []
    before = text[max(0, start - 60) : start]
    after = text[end : end + 80]
    words = [_norm_key(w) for w in _WORD.findall(before)[-3:]]  # the last three only
    for n in (3, 2, 1):
        if len(words) >= n and " ".join(words[-n:]) in PERSON_TITLES:
            if re.search(r"[A-Za-z.]\s+$", before):  # the title stands right before the name
                titled = True
                weights.append(TITLE_WEIGHT)
                roles |= _roles_of(words[-n:])
            break
    if _AGE_AFTER.match(after) or _PARTY_AFTER.match(after):
        weights.append(APPOSITION_WEIGHT)
    app = _APPOSITION.match(after)
    if app:
        app_words = []
        for w in app.group(2).split():
            if w.lower() in _PREPOSITIONS:
                break  # "X, with Kremlin spokesperson Y": the role is Y's, not X's
            app_words.append(norm_key(w))
        if not app.group(1) and not (app_words and app_words[0] in PERSON_TITLES):
            app_words = []
        app_roles = _roles_of(app_words)
        if app_roles or any(w in PERSON_TITLES for w in app_words[:4]):
            weights.append(APPOSITION_WEIGHT)
            roles |= app_roles
    if _SPEECH_AFTER.match(after) or (
        after[:1] in (",", ".", "") and _SPEECH_BEFORE.search(before)  # cheap test first
    ):
        weights.append(SPEECH_WEIGHT)
    return titled, roles, weights


def _knowledge_votes(m: _M) -> None:
    """Add votes from the model label, the gazetteer and the name's own head words."""
    for kind, weight in _knowledge_of(m.key, m.tokens, m.label):
        _vote(m, kind, weight)


@functools.lru_cache(maxsize=65536)
def _knowledge_of(key: str, tokens: tuple[str, ...], label: str) -> tuple[tuple[str, float], ...]:
    """Return the votes of :func:`_knowledge_votes` in order (names repeat: made once)."""
    m = _M(-1, -1, -1, -1, -1, "", key, tokens, label)
    _knowledge_votes_of(m)
    return tuple(m.votes.items())


def _knowledge_votes_of(m: _M) -> None:
    if m.label in LABEL_VOTES:
        kind, weight = LABEL_VOTES[m.label]
        _vote(m, kind, weight)
    if m.key in PLACES:
        _vote(m, PLACE, GAZETTEER_WEIGHT)
    elif m.key in ORGANIZATIONS:
        _vote(m, ORG, GAZETTEER_WEIGHT)
    if len(m.tokens) > 1:
        if m.tokens[-1] in ORG_HEADS or any(t in ORG_WORDS for t in m.tokens[:-1]):
            _vote(m, ORG, HEAD_WEIGHT)
        elif m.tokens[-1] in PLACE_HEADS or m.tokens[0] in PLACE_HEADS:
            _vote(m, PLACE, HEAD_WEIGHT)
        elif m.tokens[0] in GIVEN_NAMES and len(m.tokens) <= 4:
            _vote(m, PERSON, GIVEN_NAME_WEIGHT)


_POSSESSOR = re.compile(r"([A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})[’']s?\s+$")
_WORD_BEFORE = re.compile(r"([A-Z][\w.]*)\s+$")
_QUALIFIER = re.compile(r"\b([A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})(?:[’']s\b)?")


def _country_of(words: str) -> str | None:
    """Return the country a demonym or place name stands for ("Russia's", "Ukrainian")."""
    key = norm_key(words)
    if key in DEMONYM_COUNTRY:
        return DEMONYM_COUNTRY[key]
    key = _canonical_key(key)
    if key in COUNTRIES:
        return ALIASES.get(norm_key(words)) or words.strip()
    return None


def _set_country(m: _M, generic: str, country: str) -> None:
    name = f"{COUNTRY_DEMONYM.get(country, country)} {generic}"
    m.key = norm_key(name)
    m.tokens = tuple(m.key.split())
    m.preferred = name
    _vote(m, ORG, HEAD_WEIGHT)


@functools.lru_cache(maxsize=65536)
def _may_qualify(key: str, tokens: tuple[str, ...]) -> bool:
    """Whether :func:`_qualify` can apply to a name: a generic body ("Defense Ministry"),
    bare or after a demonym. Decided by the name alone, once per name."""
    if key in GENERIC_ORGS:
        return True
    if len(tokens) >= 2:
        for n in (1, 2):
            rest = " ".join(tokens[n:])
            if rest in GENERIC_ORGS and " ".join(tokens[:n]) in DEMONYM_COUNTRY:
                return True
    return False


def _qualify(m: _M, text: str) -> bool:
    """Give a country's generic body its country: "Russia's Defense Ministry"."""
    generic = GENERIC_ORGS.get(m.key)
    country = None
    if generic is None and len(m.tokens) >= 2:
        for n in (1, 2):
            rest = " ".join(m.tokens[n:])
            if rest in GENERIC_ORGS and " ".join(m.tokens[:n]) in DEMONYM_COUNTRY:
                generic = GENERIC_ORGS[rest]
                country = DEMONYM_COUNTRY[" ".join(m.tokens[:n])]
                break
    if generic is None:
        return False
    if country is None:
        before = text[max(0, m.start - 40) : m.start]
        before = before[:-4] if before.endswith(("the ", "The ")) else before
        found = _POSSESSOR.search(before) or _WORD_BEFORE.search(before)
        if found:
            country = _country_of(found.group(1))
    if country is None:
        return False
    _set_country(m, generic, country)
    return True


def _qualify_from_sentence(m: _M, text: str, article_id: str) -> None:
    """Take the country named last before a bare generic body in its sentence."""
    start = max(text.rfind(". ", 0, m.start), text.rfind("? ", 0, m.start), -1) + 1
    country = None
    for found in _QUALIFIER.finditer(text, start, m.start):
        country = _country_of(found.group(1)) or country
    if country is not None:
        _set_country(m, GENERIC_ORGS[m.key], country)
        m.note = (
            f"'{m.text}' (article {article_id}) read as {m.preferred}: the country named "
            "last before it in the sentence"
        )
        m.confidence = 0.6


def _looks_like_person(m: _M) -> bool:
    """Return True for a capitalised run the model missed that reads as a person's name."""
    words = m.text.split()
    return (
        2 <= len(m.tokens) <= 3
        and len(words) == len(m.tokens)
        and m.tokens[0] in GIVEN_NAMES
        and all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in words)
        and not any(t in COMMON_WORDS or t in ORG_HEADS or t in PLACE_HEADS for t in m.tokens)
    )


def _sentence_initial(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \"'“‘«([—–-")
    return not before or before[-1] in ".!?:;\n"


_PREFIXED = re.compile(r"(?i)^(pro|anti|non|ex|post|pre)-")
_norm_key = functools.lru_cache(maxsize=65536)(norm_key)  # names repeat: normalised once


@functools.lru_cache(maxsize=256)
def _is_boilerplate(paragraph: str) -> bool:
    """Whether a whole paragraph is boilerplate (asked once per paragraph, not per name)."""
    return norm_key(paragraph.strip()) in BOILERPLATE


_JUNK, _NAME, _EARLY, _SOFT, _COMPASS, _INITIAL = range(6)


def _is_junk(m: _M, text: str, lower_words: set[str] | None) -> bool | None:
    """Return True for mentions that are not names (common words, demonyms, fragments).

    With ``lower_words`` None (the per-article pass, before the archive is known), a
    sentence-initial single word that is only junk if the archive also uses it in lower
    case gives None: the archive-wide pass decides.
    """
    junk, soft = _junk_verdict(
        text, m.text, m.key, m.tokens, m.label, bool(m.votes.get(ORG)), m.start, lower_words
    )
    if soft:
        m.soft_junk = True
    return junk


def _junk_verdict(
    text: str,
    surface: str,
    key: str,
    tokens: tuple[str, ...],
    label: str,
    org_votes: bool,
    start: int,
    lower_words: set[str] | None,
) -> tuple[bool | None, bool]:
    """Return :func:`_is_junk`'s answer for a mention given by its fields, and whether it
    is soft junk. The checks of the name alone are made once per name
    (:func:`_junk_by_name`); only those that read the paragraph are made here."""
    verdict = _junk_by_name(surface, key, tokens, label, org_votes)
    if verdict == _EARLY:
        return True, False
    if _is_boilerplate(text):
        return True, False
    if verdict == _COMPASS:  # "the West" is a place
        return not text.endswith(("the ", "The "), 0, start), False
    if verdict == _SOFT:
        return True, True
    if verdict == _INITIAL:
        if _sentence_initial(text, start):
            if lower_words is None:
                return None, False
            if key in lower_words:
                return True, True
        return False, False
    return verdict == _JUNK, False


@functools.lru_cache(maxsize=65536)
def _junk_by_name(
    surface: str, key: str, tokens: tuple[str, ...], label: str, org_votes: bool
) -> int:
    """Return what the name alone says for :func:`_is_junk`: junk before the paragraph is
    read (_EARLY), junk (_JUNK), a name (_NAME), a common word that may still be a surname
    (_SOFT), or a question for the paragraph (_COMPASS, _INITIAL). The checks run in the
    order :func:`_is_junk` always made them."""
    known = key in PLACES or key in ORGANIZATIONS or _norm_key(surface) in ALIASES
    if not key or not any(c.isalpha() for c in surface) or len(key) < 2:
        return _EARLY
    if key in BOILERPLATE:
        return _EARLY
    # from here on, a boilerplate paragraph makes the mention junk first
    if surface[0].islower() and surface.split()[0].lower() not in PARTICLES:
        return _JUNK  # "pro-Kremlin", lowercase fragments
    if _PREFIXED.match(surface):
        return _JUNK
    if all(t in MONTHS_DAYS for t in tokens):
        return _JUNK
    if len(tokens) > 10 or sum(map(str.isdigit, surface)) > len(surface) // 2:
        return _JUNK
    if _ACRONYM_PLURAL.match(surface):
        return _JUNK  # "BTGs", "NGOs": plural common nouns
    if known:
        return _NAME
    if key in DEMONYMS or (
        len(tokens) == 1
        and label in ("GPE", "NORP", "LOC", CANDIDATE)
        and key.endswith(("ian", "ean", "ese", "ians", "eans"))
    ):
        return _JUNK
    if len(tokens) == 1:
        if key in ("west", "east", "north", "south") and label in ("LOC", "GPE"):
            return _COMPASS
        # a common word ("Tensions also threatened...") is junk unless it turns out to be
        # the surname of a person named in full in the same article ("Ned Price ... Price")
        if key in COMMON_WORDS:
            return _SOFT
        return _INITIAL
    elif all(t in COMMON_WORDS or t in _FUNCTION_WORDS for t in tokens) and not org_votes:
        return _JUNK  # "Foreign Minister", "Armed Forces" without any org evidence
    return _NAME


# --- the per-article half of step 1 -------------------------------------------------------

MENTIONS_ATTR = "_mentions_prepared"
_DONE, _PENDING = 0, 1


@dataclass(frozen=True, slots=True)
class PreparedMentions:
    """The article-local part of mention collection, immutable so it can be cached.

    ``rows`` hold the fields of :class:`_M` after the article's own context was read
    (votes, roles, junk, country qualification), then its canonical surface key and a
    state: ``_PENDING`` when junk depends on the archive's lower-case words.
    """

    rows: tuple[tuple, ...]
    lower_words: frozenset[str]


PrepareMentions = Callable[[Article, Extraction | None], PreparedMentions] | None


def prepare_mentions(article: Article, extraction: Extraction | None) -> PreparedMentions:
    """Read each mention of one article in its own text: everything not archive-wide."""
    texts = {p.index: p.text for p in article.paragraphs}
    lower_words: set[str] = set()
    for text in texts.values():
        lower_words.update(_LOWER_WORD.findall(text))
    rows: list[tuple] = []
    for i, mention in enumerate(extraction.mentions if extraction is not None else ()):
        text = texts.get(mention.paragraph)
        if text is None or text[mention.start : mention.end] != mention.text:
            continue  # stale offsets: never link what we cannot place
        key, tokens = _key_of(mention.text)
        if not _may_qualify(key, tokens):
            rows.append(_plain_row(i, mention, text, key, tokens))
            continue
        # a country's generic body ("Defense Ministry"): read on a full _M
        m = _M(
            -1,
            i,
            mention.paragraph,
            mention.start,
            mention.end,
            mention.text,
            key,
            tokens,
            mention.label,
        )
        _knowledge_votes(m)
        _context(m, text)
        qualified = _qualify(m, text)
        state = _DONE
        if not qualified:
            junk = _is_junk(m, text, None)
            if junk is None:
                state = _PENDING
            else:
                m.junk = junk
                if not junk and m.key in GENERIC_ORGS:
                    _qualify_from_sentence(m, text, article.id)
        rows.append(
            (
                m.idx,
                m.paragraph,
                m.start,
                m.end,
                m.text,
                m.key,
                m.tokens,
                m.label,
                tuple(m.votes.items()),
                frozenset(m.roles),
                m.titled,
                -1,
                m.junk,
                m.soft_junk,
                m.note,
                m.preferred,
                m.confidence,
                key,
                state,
            )
        )
    return PreparedMentions(tuple(rows), frozenset(lower_words))


@functools.lru_cache(maxsize=65536)
def _key_of(surface: str) -> tuple[str, tuple[str, ...]]:
    """Return the canonical key of a name as written and its words (made once per name)."""
    key = _canonical_key(_norm_key(surface))
    return key, tuple(key.split())


def _plain_row(i: int, mention: Mention, text: str, key: str, tokens: tuple[str, ...]) -> tuple:
    """Return the row of :func:`prepare_mentions` for a mention that no country qualifies
    (most of them): the same fields it reads on an :class:`_M`, without making one."""
    start, label = mention.start, mention.label
    votes = dict(_knowledge_of(key, tokens, label))  # what _knowledge_votes adds to {}
    titled, roles, weights = _context_of(text, start, mention.end)
    for weight in weights:  # as _vote adds them
        votes[PERSON] = votes.get(PERSON, 0.0) + weight
    junk, soft = _junk_verdict(
        text, mention.text, key, tokens, label, bool(votes.get(ORG)), start, None
    )
    state = _DONE
    if junk is None:
        state, junk = _PENDING, False
    # a name in GENERIC_ORGS may qualify, so _qualify_from_sentence never applies here
    return (
        i,
        mention.paragraph,
        start,
        mention.end,
        mention.text,
        key,
        tokens,
        label,
        tuple(votes.items()),
        frozenset(roles),
        titled,
        -1,
        junk,
        soft,
        None,
        None,
        1.0,
        key,
        state,
    )


# --- the resolver ----------------------------------------------------------------------------


@dataclass
class _Cluster:
    """An entity under construction."""

    id: int
    mentions: list[_M] = field(default_factory=list)
    type: EntityType = PERSON
    name: str = ""
    aliases: list[str] = field(default_factory=list)
    description: str | None = None
    links: list[str] = field(default_factory=list)
    curated_type: bool = False
    curated_name: bool = False


class _Resolver:
    """Holds the indexes of one resolution run."""

    def __init__(self, articles: list[Article], extractions: dict[str, Extraction]) -> None:
        self.articles = articles
        self.extractions = extractions
        self.paragraphs: list[dict[int, str]] = [
            {p.index: p.text for p in a.paragraphs} for a in articles
        ]
        self.mentions: list[_M] = []
        self.by_article: list[list[_M]] = [[] for _ in articles]
        self.notes: list[tuple[int, str, float]] = []  # (group, message, confidence)
        self.uf = _UnionFind()
        self.group_key: list[str] = []  # group id -> key
        self.key_group: dict[str, int] = {}
        self.surface: dict[str, str] = {}  # key -> first surface form, for messages

    # 1. mentions
    def collect(self, prepared: PrepareMentions = None) -> None:
        """Make the mentions of every article from its prepared rows, one article at a
        time (rows are dropped as they are used); then decide the archive-wide junk."""
        lower_words: set[str] = set()
        pending: list[_M] = []
        shared: dict[object, object] = {}  # equal keys, tokens, votes, roles: one object

        def one(value: object) -> Any:
            return shared.setdefault(value, value)

        for a, article in enumerate(self.articles):
            extraction = self.extractions.get(article.id)
            if prepared is not None:
                prep = prepared(article, extraction)
            else:
                prep = getattr(extraction, MENTIONS_ATTR, None) or prepare_mentions(
                    article, extraction
                )
            lower_words.update(prep.lower_words)
            mentions = self.by_article[a]
            for row in prep.rows:
                votes = shared.get(("votes", row[8]))
                if votes is None:
                    votes = shared[("votes", row[8])] = dict(row[8])
                m = _M(
                    a,
                    row[0],
                    row[1],
                    row[2],
                    row[3],
                    one(row[4]),
                    one(row[5]),
                    one(row[6]),
                    row[7],
                    votes,  # shared: never changed in place (see below)
                    one(row[9]),
                    *row[10:-2],
                )
                surface_key, state = row[-2], row[-1]
                if surface_key not in self.surface:
                    self.surface[surface_key] = " ".join(m.text.split())
                if state == _PENDING:
                    pending.append(m)
                self.mentions.append(m)
                mentions.append(m)
            del prep
        for m in pending:  # junk only if the archive uses the word in lower case
            m.junk = m.soft_junk = m.key in lower_words
            if not m.junk and m.key in GENERIC_ORGS:
                m.votes = dict(m.votes)  # its own copy before it changes
                text = self.paragraphs[m.art][m.paragraph]
                _qualify_from_sentence(m, text, self.articles[m.art].id)

    def _group(self, key: str) -> int:
        g = self.key_group.get(key)
        if g is None:
            g = len(self.group_key)
            self.group_key.append(key)
            self.key_group[key] = g
        return g

    # 2. name groups and acronyms
    def group_names(self) -> None:
        for m in self.mentions:
            if not m.junk and (m.label != CANDIDATE or _looks_like_person(m)):
                m.group = self._group(m.key)
        # acronyms defined in the text: "CNA (Center for Naval Analyses" / "X (ABC)"
        for a, mentions in enumerate(self.by_article):
            named = [m for m in mentions if m.group >= 0]
            for first, second in itertools.pairwise(named):
                if first.paragraph != second.paragraph:
                    continue
                gap = self.paragraphs[a][first.paragraph][first.end : second.start]
                if gap.strip() != "(":
                    continue
                for short, full in ((first, second), (second, first)):
                    if short.text.isupper() and acronym_of(full.text) == short.text:
                        self.uf.union(short.group, full.group)
                        self.notes.append(
                            (full.group, f"'{short.text}' is defined as '{full.text}'", 0.95)
                        )
        # acronyms used alongside their full form in one article ("NATO" ... "North Atlantic...")
        for mentions in self.by_article:
            full_by_acronym: dict[str, set[int]] = defaultdict(set)
            for m in mentions:
                if m.group >= 0 and len(m.tokens) >= 2:
                    acr = acronym_of(m.text)
                    if len(acr) >= 2:
                        full_by_acronym[acr].add(m.group)
            for m in mentions:
                if m.group >= 0 and m.text.isupper() and len(m.tokens) == 1:
                    targets = full_by_acronym.get(m.text.replace(".", ""), set())
                    if len(targets) == 1:
                        self.uf.union(m.group, next(iter(targets)))

    def group_votes(self) -> dict[int, dict[str, float]]:
        votes: dict[int, dict[str, float]] = defaultdict(lambda: defaultdict(float))
        roots = self.uf.roots(len(self.group_key))
        for m in self.mentions:
            if m.group >= 0:
                total = votes[roots[m.group]]  # summed in mention order, as always
                for kind, w in m.votes.items():
                    total[kind] += w
        return votes

    @staticmethod
    def _best(votes: dict[str, float]) -> str | None:
        if not votes:
            return None
        return max(ENTITY_TYPES, key=lambda t: (votes.get(t, 0.0), -ENTITY_TYPES.index(t)))

    # 3. people: misspellings and surnames
    def resolve_people(self) -> None:
        votes = self.group_votes()
        group_type = {
            g: self._best(votes.get(root, {}))
            for g, root in enumerate(self.uf.roots(len(self.group_key)))
        }
        articles_of: dict[int, set[int]] = defaultdict(set)
        roles_of: dict[int, set[str]] = defaultdict(set)
        for m in self.mentions:
            if m.group >= 0:
                articles_of[m.group].add(m.art)
                roles_of[m.group] |= m.roles
        full = [
            g
            for g, key in enumerate(self.group_key)
            if group_type[g] == PERSON
            and len(key.split()) >= 2
            and key not in PLACES
            and key not in ORGANIZATIONS
        ]
        self._merge_similar_people(full, articles_of, roles_of)
        full_set = set(full)
        by_last: dict[str, set[int]] = defaultdict(set)
        for g in full:
            by_last[self.group_key[g].split()[-1]].add(g)
        self._near_cache: dict[str, list[str]] = {}
        self._last_buckets: dict[tuple[str, int], list[str]] = defaultdict(list)
        for last in sorted(by_last):
            self._last_buckets[(last[0], len(last))].append(last)
        # bare surnames, mention by mention
        for _a, mentions in enumerate(self.by_article):
            fulls_here = [m for m in mentions if m.group >= 0 and m.group in full_set]
            here_by_last: dict[str, list[_M]] = defaultdict(list)
            here_by_first: dict[str, set[int]] = defaultdict(set)
            for m in fulls_here:
                here_by_last[m.tokens[-1]].append(m)
                here_by_first[m.tokens[0]].add(self.uf.find(m.group))
            for m in mentions:
                if len(m.tokens) != 1 or (m.junk and m.label != CANDIDATE and not m.soft_junk):
                    continue
                if m.soft_junk and m.key not in here_by_last:
                    continue
                if m.key in PLACES or m.key in ORGANIZATIONS or m.key in ALIASES:
                    continue
                if m.group >= 0 and group_type.get(m.group) != PERSON and len(m.text) < 3:
                    continue
                firsts = here_by_first.get(m.key, set())
                if m.key not in here_by_last and len(firsts) == 1 and len(m.key) >= 3:
                    # a first name alone ("Daniel" after "Daniel Montalvo"), as in features
                    target = next(iter(firsts))
                    self._assign(
                        m,
                        target,
                        f"'{m.text}' (article {self.articles[m.art].id}) linked to "
                        f"{self._name_of(target)} by first name",
                        0.8,
                    )
                    continue
                self._link_surname(m, here_by_last.get(m.key, []), by_last, roles_of, group_type)

    def _merge_similar_people(
        self,
        full: list[int],
        articles_of: dict[int, set[int]],
        roles_of: dict[int, set[str]],
    ) -> None:
        by_first: dict[str, list[int]] = defaultdict(list)
        by_last: dict[str, list[int]] = defaultdict(list)
        for g in full:
            tokens = self.group_key[g].split()
            by_first[tokens[0]].append(g)
            by_last[tokens[-1]].append(g)
        pairs: list[tuple[int, int, str, float]] = []
        for bucket, pos in ((by_first, -1), (by_last, 0)):
            for _, groups in sorted(bucket.items()):
                if len(groups) < 2 or len(groups) > 200:
                    continue
                for i, g1 in enumerate(groups):
                    for g2 in groups[i + 1 :]:
                        a, b = self.group_key[g1].split()[pos], self.group_key[g2].split()[pos]
                        if a == b or a[0] != b[0] or min(len(a), len(b)) < 4:
                            continue
                        ratio = similarity(a, b)
                        if ratio < (0.8 if pos == -1 else 0.82):
                            continue
                        shared = roles_of[g1] & roles_of[g2]
                        together = articles_of[g1] & articles_of[g2]
                        if (
                            together
                            and not (shared and ratio >= 0.9)
                            and not (pos == 0 and ratio >= 0.85)
                        ):
                            continue  # named side by side: more likely two people
                        which = "surname" if pos == -1 else "first name"
                        conf = 0.55 + (ratio - 0.8) + (0.15 if shared else 0.0)
                        why = f"{which} similarity {ratio:.2f}"
                        if shared:
                            why += f", shared role ({', '.join(sorted(shared))})"
                        pairs.append((g1, g2, why, min(conf, 0.95)))
        for g1, g2, why, conf in pairs:
            self.uf.union(g1, g2)
            n1, n2 = self._name_of(g1), self._name_of(g2)
            self.notes.append((g1, f"merged '{n1}' and '{n2}' ({why})", conf))

    def _link_surname(
        self,
        m: _M,
        here: list[_M],
        by_last: dict[str, set[int]],
        roles_of: dict[int, set[str]],
        group_type: dict[int, str | None],
    ) -> None:
        candidates = sorted({self.uf.find(f.group) for f in here})
        if candidates:
            if len(candidates) == 1:
                self._assign(m, candidates[0], None, 1.0)
                return
            if m.roles:
                matching = [
                    c
                    for c in candidates
                    if m.roles & set().union(*(f.roles for f in here if self.uf.find(f.group) == c))
                ]
                if len(matching) == 1:
                    name = self._name_of(matching[0])
                    self._assign(
                        m,
                        matching[0],
                        f"'{m.text}' (article {self.articles[m.art].id}) linked to {name}: "
                        f"same role ({', '.join(sorted(m.roles))}) among {len(candidates)} "
                        "people of that surname",
                        0.8,
                    )
                    return
            preceding = [f for f in here if f.pos < m.pos]
            chosen = (
                max(preceding, key=lambda f: f.pos) if preceding else min(here, key=lambda f: f.pos)
            )
            target = self.uf.find(chosen.group)
            self._assign(
                m,
                target,
                f"'{m.text}' (article {self.articles[m.art].id}, paragraph {m.paragraph + 1}) "
                f"linked to {self._name_of(target)}: nearest "
                f"{'preceding' if preceding else 'following'} full name among "
                f"{len(candidates)} people of that surname",
                0.65,
            )
            return
        # across the archive: the only person with this surname (or a near spelling of it);
        # not for a word the model reads as a place here ("Lincoln" the city)
        if m.label in ("GPE", "LOC", "FAC") and not m.votes.get(PERSON):
            return
        roots = sorted({self.uf.find(g) for g in by_last.get(m.key, ())})
        fuzzy = False
        if not roots and len(m.key) >= 5 and m.group >= 0 and group_type.get(m.group) == PERSON:
            near = self._near_cache.get(m.key)
            if near is None:
                near = self._near_cache[m.key] = [
                    last
                    for size in range(len(m.key) - 2, len(m.key) + 3)
                    for last in self._last_buckets.get((m.key[0], size), ())
                    if similarity(last, m.key) >= 0.85
                ]
            roots = sorted({self.uf.find(g) for last in near for g in by_last[last]})
            fuzzy = True
        if len(roots) > 1 and m.roles:
            roots = [r for r in roots if m.roles & roles_of.get(r, set())] or roots
        if len(roots) == 1:
            if m.label == CANDIDATE and fuzzy:
                return
            self._assign(
                m,
                roots[0],
                f"'{m.text}' (article {self.articles[m.art].id}) linked to "
                f"{self._name_of(roots[0])}, the only person of that "
                f"{'near ' if fuzzy else ''}surname in the archive",
                0.7 if fuzzy else 0.85,
            )

    def _name_of(self, group: int) -> str:
        key = self.group_key[group]
        return self.surface.get(key, key)

    def _assign(self, m: _M, group: int, note: str | None, confidence: float) -> None:
        m.group = group
        m.junk = False
        m.note = note
        m.confidence = confidence

    # 3b. short forms of organisations, candidates, near-identical org/place names
    def resolve_rest(self) -> None:
        votes = self.group_votes()
        roots = self.uf.roots(len(self.group_key))  # no union in this loop
        for mentions in self.by_article:
            multi_by_last: dict[str, set[int]] = defaultdict(set)
            for m in mentions:
                if m.group >= 0 and len(m.tokens) >= 2 and not _FUNCTION_WORDS & set(m.tokens):
                    root = roots[m.group]  # "State Duma" -> "Duma", not "... of Indiana"
                    if self._best(votes.get(root, {})) == ORG:
                        multi_by_last[m.tokens[-1]].add(root)
            for m in mentions:
                if (
                    len(m.tokens) == 1
                    and m.group >= 0
                    and m.note is None
                    and m.key not in PLACES
                    and m.key not in ORGANIZATIONS
                    and self._best(votes.get(roots[m.group], {})) != PERSON
                    and m.label not in ("GPE", "LOC")
                ):
                    targets = multi_by_last.get(m.key, set())
                    if len(targets) == 1:
                        target = next(iter(targets))
                        self._assign(m, target, None, 1.0)
        # capitalised words the model missed: link when the archive knows the name
        for m in self.mentions:
            if m.label != CANDIDATE or m.group >= 0 or m.junk:
                continue
            g = self.key_group.get(m.key)
            if g is not None:
                m.group = g
            elif m.key in PLACES or m.key in ORGANIZATIONS:
                m.group = self._group(m.key)
        # near-identical organisation and place names ("Defence Ministry"/"Defense Ministry")
        votes = self.group_votes()
        root_of = self.uf.roots(len(self.group_key))
        roots = sorted({root_of[m.group] for m in self.mentions if m.group >= 0})
        buckets: dict[tuple[str, str], list[int]] = defaultdict(list)
        for r in roots:
            kind = self._best(votes.get(r, {}))
            key = self.group_key[r]
            if kind in (ORG, PLACE) and len(key) >= 8:
                buckets[(kind, key[0])].append(r)
        for (_kind, _), groups in sorted(buckets.items()):
            if len(groups) > 300:
                continue
            for i, g1 in enumerate(groups):
                for g2 in groups[i + 1 :]:
                    k1, k2 = self.group_key[g1], self.group_key[g2]
                    if abs(len(k1) - len(k2)) > 2 or k1.split()[-1][:3] != k2.split()[-1][:3]:
                        continue
                    if (k1 in PLACES or k1 in ORGANIZATIONS) and (
                        k2 in PLACES or k2 in ORGANIZATIONS
                    ):
                        continue
                    ratio = similarity(k1, k2)
                    if ratio >= 0.92:
                        self.uf.union(g1, g2)
                        n1, n2 = self._name_of(g1), self._name_of(g2)
                        why = f"merged '{n1}' and '{n2}' (spelling similarity {ratio:.2f})"
                        self.notes.append((g1, why, 0.7))

    # 4. clusters
    def clusters(self) -> dict[int, _Cluster]:
        votes = self.group_votes()
        roots = self.uf.roots(len(self.group_key))
        clusters: dict[int, _Cluster] = {}
        for m in self.mentions:
            if m.group < 0 or (m.junk and m.note is None and m.label != CANDIDATE):
                continue
            root = roots[m.group]
            c = clusters.get(root)
            if c is None:
                c = clusters[root] = _Cluster(root)
            c.mentions.append(m)
        for root, c in list(clusters.items()):
            kind = self._best(votes.get(root, {}))
            if kind is None:  # no evidence for any of our types (e.g. only PRODUCT)
                del clusters[root]
                continue
            c.type = kind  # type: ignore[assignment]
        return clusters


def _canonical_name(c: _Cluster) -> tuple[str, list[str]]:
    """Return the best-supported full form and the other surface forms (most used first)."""
    forms: Counter[str] = Counter()
    arts: dict[str, set[int]] = defaultdict(set)
    for m in c.mentions:
        surface = " ".join(m.text.split()).replace("’", "'")
        if surface.startswith(("The ", "the ")) and len(surface) > 4:
            surface = surface[4:]
        forms[surface] += 1
        arts[surface].add(m.art)
    alias_names = sorted(
        [ALIASES[k] for k in (norm_key(m.text) for m in c.mentions) if k in ALIASES]
        + [m.preferred for m in c.mentions if m.preferred]
    )
    known = [
        f for f in forms if norm_key(f) in PLACES or norm_key(f) in ORGANIZATIONS
    ] + alias_names

    def tail(form: str) -> str:
        words = norm_key(form).split()
        return words[-1] if words else ""

    tails: Counter[str] = Counter(tail(f) for f in forms.elements())
    longest = max((len(f.split()) for f in forms), default=1)

    def score(form: str) -> tuple:
        words = form.split()
        full = len(words) >= 2 if c.type == PERSON else len(words) == longest
        if c.type != PERSON and form.replace(".", "").isupper() and len(words) == 1:
            full = longest == 1
        support = forms.get(form, 0) + 0.5 * (tails.get(tail(form), 0) - forms.get(form, 0))
        return (form in alias_names, full, support, len(arts.get(form, ())), len(form), form)

    if alias_names:
        name = max(set(alias_names), key=lambda f: (alias_names.count(f), f))
    else:
        candidates = [f for f in forms if f]
        name = max(candidates, key=score) if not known else max(known, key=score)
    others = sorted((f for f in forms if f != name), key=lambda f: (-forms[f], f))
    return name, others


class _Curator:
    """Applies a curation file to the clusters (all lookups through indexes)."""

    def __init__(
        self, resolver: _Resolver, clusters: dict[int, _Cluster], curation: Curation
    ) -> None:
        self.r = resolver
        self.clusters = clusters
        self.curation = curation
        self.warnings: list[str] = []
        self.next_id = (max(clusters) + 1 if clusters else 0) + len(resolver.group_key) + 1
        self.names: dict[str, set[int]] = defaultdict(set)  # canonical name key / slug
        self.aliases: dict[str, set[int]] = defaultdict(set)
        self.owner: dict[int, int] = {}  # id(mention) -> cluster id
        for cid, c in clusters.items():
            self._index(cid)
            for m in c.mentions:
                self.owner[id(m)] = cid

    def warn(self, message: str) -> None:
        self.warnings.append(f"{self.curation.path}: {message}")

    def _keys(self, cid: int) -> tuple[list[str], list[str]]:
        c = self.clusters[cid]
        return [norm_key(c.name), slugify(c.name)], [norm_key(a) for a in c.aliases]

    def _index(self, cid: int) -> None:
        names, aliases = self._keys(cid)
        for k in names:
            self.names[k].add(cid)
        for k in aliases:
            self.aliases[k].add(cid)

    def _unindex(self, cid: int) -> None:
        names, aliases = self._keys(cid)
        for k in names:
            self.names[k].discard(cid)
        for k in aliases:
            self.aliases[k].discard(cid)

    def find_exact(self, name: str) -> int | None:
        """Return the cluster whose canonical name (or id) is ``name``."""
        hits = self.names.get(norm_key(name)) or self.names.get(name.strip())
        return min(hits) if hits else None

    def find(self, name: str) -> int | None:
        """Return the cluster a curated name means: canonical name or id, then aliases."""
        exact = self.find_exact(name)
        if exact is not None:
            return exact
        hits = self.aliases.get(norm_key(name))
        if not hits:
            return None
        return max(hits, key=lambda cid: (len(self.clusters[cid].mentions), -cid))

    def _move(self, m: _M, target: int) -> None:
        old = self.owner.get(id(m))
        if old == target:
            return
        if old is not None and old in self.clusters:
            self.clusters[old].mentions.remove(m)
        self.clusters[target].mentions.append(m)
        self.owner[id(m)] = target

    def _absorb(self, target: int, source: int) -> None:
        if target == source:
            return
        self._unindex(target)
        self._unindex(source)
        t, s = self.clusters[target], self.clusters.pop(source)
        for m in s.mentions:
            self.owner[id(m)] = target
        t.mentions.extend(s.mentions)
        t.aliases = [a for a in dict.fromkeys([*t.aliases, s.name, *s.aliases]) if a != t.name]
        t.links = list(dict.fromkeys([*t.links, *s.links]))
        t.description = t.description or s.description
        self._index(target)

    def _rename(self, cid: int, name: str) -> None:
        self._unindex(cid)
        c = self.clusters[cid]
        if c.name != name and c.name not in c.aliases:
            c.aliases.insert(0, c.name)
        c.name = name
        c.curated_name = True
        c.aliases = [a for a in c.aliases if a != name]
        self._index(cid)

    def apply(self) -> None:
        """Apply merges, then splits, then per-entity edits (ignores last)."""
        self.merges()
        self.splits()
        self.edits()
        for cid in [cid for cid, c in self.clusters.items() if not c.mentions]:
            del self.clusters[cid]

    def merges(self) -> None:
        merges = self.curation.merges
        cyclic: set[str] = set()
        for start in merges:  # report each cycle once; its merges are ignored
            path = [start]
            node = merges[start]
            while node in merges and node not in path and node not in cyclic:
                path.append(node)
                node = merges[node]
            if node in path:
                cycle = path[path.index(node) :]
                cyclic.update(cycle)
                self.warn(
                    f"merge cycle {' -> '.join([*cycle, node])}; these merges are ignored, "
                    "remove one of them"
                )
        for source in merges:
            if source in cyclic:
                continue
            target = merges[source]
            while target in merges and target not in cyclic:
                target = merges[target]
            s, t = self.find(source), self.find(target)
            if s is None or t is None:
                missing = source if s is None else target
                self.warn(
                    f"merge {source!r} into {target!r}: no entity named {missing!r}; check the "
                    "spelling (canonical names, aliases and ids are accepted)"
                )
                continue
            keep_name = self.clusters[t].name
            self._absorb(t, s)
            self._rename(t, keep_name)

    def splits(self) -> None:
        article_pos: dict[str, int] = {}
        for i, a in enumerate(self.r.articles):
            path = a.source_path
            name = path.rsplit("/", 1)[-1]
            for k in (a.id, a.slug, path, name, path.rsplit(".", 1)[0], name.rsplit(".", 1)[0]):
                article_pos.setdefault(k, i)
        by_place: dict[tuple[int, str], list[_M]] = defaultdict(list)
        for m in self.r.mentions:
            if id(m) in self.owner:
                by_place[(m.art, m.key)].append(m)
                if norm_key(m.text) != m.key:
                    by_place[(m.art, norm_key(m.text))].append(m)
        for rule in self.curation.splits:
            key = norm_key(rule.name)
            for art_name, target_name in rule.articles.items():
                pos = article_pos.get(art_name)
                if pos is None:
                    self.warn(
                        f"{rule.where} ({rule.name}): no article {art_name!r}; use the file "
                        "name, id or slug of an article"
                    )
                    continue
                moving = [m for m in by_place.get((pos, key), []) if id(m) in self.owner]
                if not moving:
                    self.warn(
                        f"{rule.where}: no mention of {rule.name!r} in {art_name}; check the name"
                    )
                    continue
                target = self.find_exact(target_name)
                if target is None:
                    target = self.next_id
                    self.next_id += 1
                    source_type = self.clusters[self.owner[id(moving[0])]].type
                    self.clusters[target] = _Cluster(
                        target, [], source_type, target_name, curated_name=True
                    )
                    self._index(target)
                for m in moving:
                    self._move(m, target)
                    m.note = f"curated split: {rule.name!r} in {art_name} is {target_name}"
                    m.confidence = 1.0

    def edits(self) -> None:
        by_key: dict[str, list[_M]] = defaultdict(list)
        for m in self.r.mentions:
            by_key[m.key].append(m)
            if norm_key(m.text) != m.key:
                by_key[norm_key(m.text)].append(m)
        ignored: list[int] = []
        for edit in self.curation.entities:
            cid = self.find(edit.name)
            if cid is None and edit.aliases:
                cid = next((c for c in map(self.find, edit.aliases) if c is not None), None)
            if cid is None:
                self.warn(
                    f"{edit.where}: no entity named {edit.name!r} in the archive; check the "
                    "spelling (canonical names, aliases and ids are accepted)"
                )
                continue
            c = self.clusters[cid]
            if edit.ignore:
                ignored.append(cid)
                continue
            if edit.type is not None:
                kind = TYPE_SYNONYMS.get(edit.type.strip().lower())
                if kind is None:
                    self.warn(
                        f"{edit.where} ({edit.name}): unknown type {edit.type!r}; use person, "
                        "organization or place"
                    )
                else:
                    c.type = kind  # type: ignore[assignment]
                    c.curated_type = True
            for alias in edit.aliases:
                other = self.find_exact(alias)
                if other is not None and other != cid:
                    self._absorb(cid, other)
                for m in by_key.get(norm_key(alias), []):
                    self._move(m, cid)
                    m.note, m.confidence = f"curated alias {alias!r}", 1.0
                if alias not in c.aliases and alias != c.name:
                    self._unindex(cid)
                    c.aliases.append(alias)
                    self._index(cid)
            if edit.rename:
                self._rename(cid, edit.rename)
            if edit.description is not None:
                c.description = edit.description
            for link in edit.links:
                if not re.match(r"^https?://", link):
                    self.warn(f"{edit.where} ({edit.name}): link {link!r} must start with https://")
                elif link not in c.links:
                    c.links.append(link)
        for cid in ignored:
            if cid in self.clusters:
                self._unindex(cid)
                del self.clusters[cid]


def resolve_entities(
    articles: list[Article],
    extractions: dict[str, Extraction],
    curation: Curation | None,
    prepared: PrepareMentions = None,
) -> Resolution:
    """Group the mentions of all articles into entities; curated facts win.

    ``prepared(article, extraction)`` gives the article-local half of each article's
    mentions (e.g. from a cache); by default it is computed here.
    """
    r = _Resolver(articles, extractions)
    r.collect(prepared)
    r.group_names()
    r.resolve_people()
    r.resolve_rest()
    clusters = r.clusters()
    for c in clusters.values():
        c.name, c.aliases = _canonical_name(c)
    warnings: list[str] = []
    if curation is not None and not curation.is_empty:
        curator = _Curator(r, clusters, curation)
        curator.apply()
        warnings = curator.warnings
    return _finish(r, clusters, warnings)


def _finish(r: _Resolver, clusters: dict[int, _Cluster], warnings: list[str]) -> Resolution:
    """Turn clusters into entities with unique slugs, links and notes."""
    for c in clusters.values():
        c.mentions.sort(key=lambda m: (m.art, m.paragraph, m.start))
    ordered = sorted(
        clusters.values(),
        key=lambda c: (-len(c.mentions), c.name.casefold(), c.name, c.type, c.mentions[0].pos),
    )
    slugs = unique_slugs((str(c.id), slugify(c.name, fallback="entity")) for c in ordered)
    entities: list[Entity] = []
    links = LinkMap()
    notes: list[MergeNote] = []
    group_entity: dict[int, str] = {}
    root_of = r.uf.roots(len(r.group_key))
    for c in ordered:
        eid = slugs[str(c.id)]
        refs: list[MentionRef] = []
        for m in c.mentions:
            article_id = r.articles[m.art].id
            refs.append(MentionRef(article_id, m.paragraph, m.start, m.end, m.text))
            links[(article_id, m.idx)] = eid
            group_entity.setdefault(root_of[m.group] if m.group >= 0 else -1, eid)
            if m.note and m.confidence < 1.0:
                notes.append(MergeNote(eid, m.note, m.confidence))
        entities.append(
            Entity(
                id=eid,
                name=c.name,
                type=c.type,
                aliases=list(dict.fromkeys(a for a in c.aliases if a != c.name)),
                mentions=refs,
                description=c.description,
                links=list(c.links),
            )
        )
    for group, message, confidence in r.notes:
        eid = group_entity.get(r.uf.find(group))
        if eid is not None:
            notes.append(MergeNote(eid, message, round(confidence, 2)))
    notes = list(dict.fromkeys(notes))
    notes.sort(key=lambda n: (n.confidence, n.entity_id, n.message))
    return Resolution(entities, links, notes, warnings)


def explain(resolution: Resolution) -> Iterable[str]:
    """Yield one line per entity: id, type, name and mention count (for debugging)."""
    for e in resolution.entities:
        yield f"{e.id:<32} {e.type:<12} {e.name} ({len(e.mentions)}) aliases={e.aliases}"
