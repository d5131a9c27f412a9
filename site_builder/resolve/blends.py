"""A person's blended nickname joined to the person: "LiLo" for Lindsay Lohan.

Celebrity news names people by the first letters of their first name and surname run
together ("LiLo", "J.Lo", "A-Rod", "K-Fed", "ScarJo"). The small model reads the blend as
a person of its own, so it gets a page apart from the full name. Such a word joins the
archive's only person whose first name and surname it opens; a story of the blend must
name that person, or share two other entities with the person's stories.
"""

from __future__ import annotations

import re
from collections import defaultdict

from ..gazetteer import ORGANIZATIONS, PLACES
from .archive import Resolver, best_type
from .mentions import PERSON

# the blend as written: a short first part, an optional dot or hyphen, a capitalised
# second part ("LiLo", "J.Lo", "A-Rod", "ScarJo"); a possessive may follow
_BLEND = re.compile(r"^([A-Z][a-z]{0,3})[.-]?([A-Z][a-z]{1,3})(?:['’]s)?$")
# surname particles that open one-word surnames written the same way ("McDermott",
# "LaSalle", "DiLeo", "DeShawn", "VanDeest"): such a word is a name, not a blend
_PARTICLES = frozenset(
    ["mc", "mac", "la", "le", "de", "di", "del", "da", "dal", "van", "von", "du", "o", "st"]
)
# other entities a blend's stories and its person's must share (the gazetteer's places
# aside) when no story names both
SHARED_COMPANY = 2


def blend_parts(text: str) -> tuple[str, str] | None:
    """Return the two lower-case parts of a blended nickname, or None."""
    found = _BLEND.match(text)
    if found is None or found.group(1).lower() in _PARTICLES:
        return None
    return found.group(1).lower(), found.group(2).lower()


def join_blended_nicknames(r: Resolver) -> None:
    """Join a blend ("LiLo") to the one person whose first name and surname it opens
    ("Lindsay Lohan"): the person its stories name in full, else the archive's only such
    person when the blend's stories and the person's share two other entities."""
    votes = r.group_votes()
    roots = r.same_entity.roots(len(r.group_key))
    people: dict[int, set[tuple[str, str]]] = defaultdict(set)  # person root -> names
    named_in: dict[int, set[int]] = defaultdict(set)  # article -> entity roots
    articles_of: dict[int, set[int]] = defaultdict(set)  # root -> articles
    blends: dict[int, tuple[str, str]] = {}  # blend group -> its two parts
    for m in r.mentions:
        if m.group < 0:
            continue
        root = roots[m.group]
        named_in[m.article].add(root)
        articles_of[root].add(m.article)
        if len(m.tokens) >= 2 and best_type(votes.get(root, {})) == PERSON:
            people[root].add((m.tokens[0], m.tokens[-1]))
        elif len(m.tokens) == 1 and m.group not in blends:
            parts = blend_parts(m.text)
            key = r.group_key[m.group]
            if parts is not None and key not in ORGANIZATIONS and key not in PLACES:
                blends[m.group] = parts
    places = {roots[g] for key, g in r.key_group.items() if key in PLACES}
    for group, (first, last) in sorted(blends.items()):
        own = roots[group]
        found = {
            root
            for root, names in people.items()
            if root != own and any(g.startswith(first) and s.startswith(last) for g, s in names)
        }
        if len(found) != 1:
            continue  # nobody, or two people the blend could stand for: no guess
        target = next(iter(found))
        in_story = articles_of[own] & articles_of[target]
        if not in_story:
            company = set().union(*(named_in[a] for a in articles_of[own]))
            company &= set().union(*(named_in[a] for a in articles_of[target]))
            if len(company - {own, target} - places) < SHARED_COMPANY:
                continue
        r.same_entity.union(target, group)
        why = f"'{r.name_of(group)}' taken as a nickname of '{r.name_of(target)}'"
        r.notes.append((target, why, 0.8))
