"""Give a country's generic body its country: "Russia's Defense Ministry"."""

from __future__ import annotations

import functools
import re

from ..gazetteer import (
    ALIASES,
    COUNTRIES,
    COUNTRY_DEMONYM,
    DEMONYM_COUNTRY,
    GENERIC_ORGS,
    norm_key,
)
from .mentions import HEAD_WEIGHT, ORG, MentionRecord, add_vote
from .names import canonical_key

_POSSESSOR = re.compile(r"([A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})[’']s?\s+$")
_WORD_BEFORE = re.compile(r"([A-Z][\w.]*)\s+$")
_QUALIFIER = re.compile(r"\b([A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})(?:[’']s\b)?")


def _country_of(words: str) -> str | None:
    """Return the country a demonym or place name stands for ("Russia's", "Ukrainian")."""
    key = norm_key(words)
    if key in DEMONYM_COUNTRY:
        return DEMONYM_COUNTRY[key]
    key = canonical_key(key)
    if key in COUNTRIES:
        return ALIASES.get(norm_key(words)) or words.strip()
    return None


def _set_country(m: MentionRecord, generic: str, country: str) -> None:
    name = f"{COUNTRY_DEMONYM.get(country, country)} {generic}"
    m.key = norm_key(name)
    m.tokens = tuple(m.key.split())
    m.preferred = name
    add_vote(m, ORG, HEAD_WEIGHT)


@functools.lru_cache(maxsize=65536)
def may_take_country(key: str, tokens: tuple[str, ...]) -> bool:
    """Whether :func:`take_country` can apply to a name: a generic body ("Defense
    Ministry"), bare or after a demonym. Decided by the name alone, once per name."""
    if key in GENERIC_ORGS:
        return True
    if len(tokens) >= 2:
        for n in (1, 2):
            rest = " ".join(tokens[n:])
            if rest in GENERIC_ORGS and " ".join(tokens[:n]) in DEMONYM_COUNTRY:
                return True
    return False


def take_country(m: MentionRecord, text: str) -> bool:
    """Qualify a generic body by a demonym in it or a country just before it; say if done."""
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


def take_country_from_sentence(m: MentionRecord, text: str, article_id: str) -> None:
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
