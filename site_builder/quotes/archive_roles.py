"""A role the article never ties to a name, told by the rest of the archive.

A wire story may name "Stoltenberg" by his surname only and later write "“…,” the NATO
chief said"; another article of the archive calls him "NATO Secretary-General Jens
Stoltenberg". The article's own words decide first (:mod:`.roles`); where they name
nobody with the role, the speaker is the one person the article has named whom the
archive titles with the description's qualifier ("NATO", "Kremlin", "Russian", or an
office's own lower-case word: "the prime minister") and the same role, or any head's
role for "chief", "head" or "leader".
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence

from ..models import Article, Resolution
from .roles import (
    OFFICE_WORDS,
    OTHER_OFFICE,
    ROLE_DESCRIPTION,
    ROLES,
    UNNAMED_ROLE,
    Named,
    named_holders,
)

# a title is one person's role and what it is of: ("nato", "secretary")
Title = tuple[str, str]

_ROLE_WORDS = frozenset(ROLES.split("|"))
# "the NATO chief" is its secretary-general, "the German leader" its chancellor
_GENERIC = frozenset({"chief", "head", "leader"})
_HEADS = _GENERIC | frozenset(
    {"president", "chancellor", "premier", "secretary", "chairman", "chairwoman", "chair"}
    | {"director", "executive", "commander", "governor", "mayor"}
)
_WORD = re.compile(r"[\w&.'’-]+")


def _title_words(before: str) -> list[str]:
    """The words of a title right before a name ("NATO Secretary-General "), last first;
    empty when a lower-case word that is no role, or punctuation, comes first."""
    words: list[str] = []
    for token in reversed(before.split()[-4:]):
        if not _WORD.fullmatch(token) or token.endswith((",", ";", ":")):
            break
        first_part = token.split("-")[0]
        if token[0].isupper() or first_part.lower() in _ROLE_WORDS:
            words.append(token)
        else:
            break
    return words


def titles_of(words: Sequence[str]) -> set[Title]:
    """The (qualifier, role) pairs of a title's words: "Russian President" gives
    ("russian", "president"); a compound role counts by its first part."""
    roles = {w.split("-")[0].lower() for w in words if w.split("-")[0].lower() in _ROLE_WORDS}
    qualifiers = {
        w.lower().removesuffix("'s").removesuffix("’s")
        for w in words
        if w[0].isupper() and w.split("-")[0].lower() not in _ROLE_WORDS
    }
    if qualifiers & OTHER_OFFICE:  # "Deputy Prime Minister": ("deputy", "minister") only
        qualifiers &= OTHER_OFFICE
    return {(q, r) for q in qualifiers for r in roles}


def archive_titles(articles: Sequence[Article], resolution: Resolution) -> dict[str, set[Title]]:
    """Each person's titles across the archive, from the words right before a mention."""
    text_of = {a.id: [p.text for p in a.paragraphs] for a in articles}
    found: dict[str, set[Title]] = defaultdict(set)
    for entity in resolution.entities:
        if entity.type != "person":
            continue
        for m in entity.mentions:
            paragraphs = text_of.get(m.article_id)
            if paragraphs is None or m.paragraph >= len(paragraphs):
                continue
            before = paragraphs[m.paragraph][max(0, m.start - 50) : m.start]
            if before and not before[-1].isspace():
                continue
            found[entity.id] |= titles_of(_title_words(before))
    return dict(found)


def _fits(wanted: str, held: str) -> bool:
    return wanted == held or (wanted in _GENERIC and held in _HEADS)


def archive_role_holder(
    paragraphs: Sequence[str],
    people: Sequence[Named],
    titles: Mapping[str, set[Title]],
    paragraph: int,
    offset: int,
) -> str | None:
    """The person the description at ``(paragraph, offset)`` ("the NATO chief") stands
    for by the archive's titles; None unless exactly one of the article's people fits and
    the article itself ties the role to nobody, named or not."""
    found = ROLE_DESCRIPTION.match(paragraphs[paragraph], offset)
    if found is None:
        return None
    role = found.group(1).lower()
    # "the NATO chief", and in lower case the office's own words: "the prime minister",
    # "the foreign secretary" ("Prime Minister Tony Blair" elsewhere)
    qualifiers = {
        w.lower().removesuffix("'s").removesuffix("’s")
        for w in found.group(0)[: found.start(1) - found.start()].split()[1:]
        if w[0].isupper() or w.lower() in OFFICE_WORDS
    }
    if not qualifiers:
        return None
    if named_holders(paragraphs, people, role, paragraph, offset)[0]:
        return None  # the article ties the role to a name: the roles rule's to say
    unnamed = re.compile(UNNAMED_ROLE.format(role=re.escape(role)), re.IGNORECASE)
    for p in range(paragraph + 1):
        text = paragraphs[p][: offset if p == paragraph else None]
        if unnamed.search(text):
            return None  # "a NATO official … the official said": someone unnamed
    holders = {
        c.entity_id
        for c in people
        if c.type == "person"
        and (c.paragraph, c.start) < (paragraph, offset)
        and any(q in qualifiers and _fits(role, r) for q, r in titles.get(c.entity_id, ()))
    }
    return holders.pop() if len(holders) == 1 else None
