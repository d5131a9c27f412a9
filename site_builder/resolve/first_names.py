"""One person's first name written two ways: "Jon Owen" / "John Owen", "Alexis" /
"Alexandros Grigoropoulos", "Lennie" / "Lenny Rosenbluth".

Outlets transliterate, shorten or misspell a first name, and the surname stays. The
spelling alone is weak evidence (two brothers, "Alexandra" and "Alexander"), so the
names must also keep the same company: their stories name the same other people, bodies
and places, while no article names both.
"""

from __future__ import annotations

from collections import defaultdict

from ..gazetteer import PLACES
from .archive import Resolver
from .names import similarity

# other entities the two names' stories must share (the gazetteer's places aside: half
# the news names them), so that they are one story's people
SHARED_COMPANY = 3
# letters the first names share at their start ("Alex-is", "Alex-andros"), else their
# spelling similarity ("Jon", "John": 0.86)
SHARED_START = 4
SIMILAR_SPELLING = 0.75


def variant_spellings(first1: str, first2: str) -> bool:
    """Whether two first names may be one name written two ways: the same initial, and a
    shared start of four letters or a spelling 0.75 alike."""
    if first1 == first2 or first1[0] != first2[0]:
        return False
    if (
        min(len(first1), len(first2)) >= SHARED_START
        and first1[:SHARED_START] == first2[:SHARED_START]
    ):
        return True
    return similarity(first1, first2) >= SIMILAR_SPELLING


def merge_first_name_spellings(
    r: Resolver, full: list[int], articles_of: dict[int, set[int]]
) -> None:
    """Merge full names of one surname whose first names are spelt alike, when no article
    names both and their stories share at least three other entities."""
    by_last: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for g in full:
        words = r.group_key[g].split()
        if len(words) == 2 and all(w.isalpha() for w in words) and len(words[1]) >= 4:
            by_last[words[1]].append((g, words[0]))
    pairs = [
        (g1, g2)
        for _, groups in sorted(by_last.items())
        if 2 <= len(groups) <= 50
        for i, (g1, first1) in enumerate(groups)
        for g2, first2 in groups[i + 1 :]
        if variant_spellings(first1, first2) and not articles_of[g1] & articles_of[g2]
    ]
    if not pairs:
        return
    roots = r.same_entity.roots(len(r.group_key))
    named_in: dict[int, set[int]] = defaultdict(set)  # article -> entity roots
    for m in r.mentions:
        if m.group >= 0:
            named_in[m.article].add(roots[m.group])
    places = {roots[g] for key, g in r.key_group.items() if key in PLACES}

    def company(group: int) -> set[int]:
        seen: set[int] = set()
        for a in articles_of[group]:
            seen |= named_in[a]
        return seen

    for g1, g2 in pairs:
        own = {roots[g1], roots[g2]}
        for word in (*r.group_key[g1].split(), *r.group_key[g2].split()):
            if word in r.key_group:  # the bare surname or first name: their own words
                own.add(roots[r.key_group[word]])
        shared = (company(g1) & company(g2)) - own - places
        if len(shared) < SHARED_COMPANY or r.same_entity.find(g1) == r.same_entity.find(g2):
            continue
        r.same_entity.union(g1, g2)
        why = (
            f"merged '{r.name_of(g1)}' and '{r.name_of(g2)}' (a first name spelt two ways, "
            f"{len(shared)} entities named in both's stories)"
        )
        r.notes.append((g1, why, 0.7))
