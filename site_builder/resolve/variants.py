"""Names of one body that differ by words news varies: a town before it ("Malibu
Promises Treatment Center"), a clinic's generic last words ("Betty Ford Clinic")."""

from __future__ import annotations

from collections import defaultdict

from ..gazetteer import (
    COMMON_WORDS,
    COUNTRIES,
    FACILITY_HEADS,
    ORG_HEADS,
    ORGANIZATIONS,
    PLACE_HEADS,
    PLACES,
)
from .archive import Resolver, best_type
from .mentions import ORG, PERSON, PLACE
from .names import FUNCTION_WORDS

# bodies every country, state or town has: "California Supreme Court" is not "Supreme Court"
JURISDICTION_HEADS = frozenset(
    [
        "court",
        "courts",
        "council",
        "department",
        "office",
        "ministry",
        "police",
        "senate",
        "assembly",
        "government",
        "parliament",
        "commission",
        "committee",
        "agency",
        "legislature",
        "force",
        "forces",
        "army",
        "navy",
        "guard",
        "house",
        "sheriff",
        "prosecutor",
        "attorney",
        "board",
    ]
)
# the last words of a park or reserve named after its landmark ("Mount Cook National Park")
PARK_ENDINGS = frozenset(
    [
        "national park",
        "state park",
        "national forest",
        "national monument",
        "nature reserve",
        "national reserve",
        "wildlife refuge",
        "marine park",
    ]
)
# other entities the stories of a site and of its bare name must share (the gazetteer's
# places aside), so that they are one story's
SHARED_COMPANY = 2
# letters a name spaced two ways must have: "Bay Area" / "Bayarea" is no evidence
SPACED_MIN = 8
# the words of a town's own government before "of" and the town's name
MUNICIPALITY_WORDS = frozenset(
    ["city", "town", "village", "municipality", "borough", "township", "comune"]
)
# a care facility's generic last words: "Betty Ford Center" is the "Betty Ford Clinic"
CARE_FACILITY_WORDS = frozenset(
    ["center", "centre", "clinic", "treatment", "rehab", "rehabilitation", "recovery"]
)


def join_names_after_their_place(r: Resolver) -> None:
    """Join a body or a building named with its town before it to the same name
    without the town ("Malibu Promises Treatment Center", "Bloomington Sam's Club"),
    when the archive names it after one town only: two towns before one name
    ("Boston Children's Hospital", "Texas Children's Hospital") are two places. A body
    every state or town has is the country's only after the country's name ("United
    States Air Force"; not "California Supreme Court" for the "Supreme Court"). The town
    may follow the name after "of" ("Comic Corps of Canada")."""
    votes = r.group_votes()
    roots = r.same_entity.roots(len(r.group_key))
    by_rest: dict[str, set[tuple[str, int]]] = defaultdict(set)

    def is_place(name: str) -> bool:
        known = r.key_group.get(name)
        return name in PLACES or (
            known is not None and best_type(votes.get(roots[known], {})) == PLACE
        )

    for key, group in r.key_group.items():
        words = key.split()
        for n in (1, 2):
            place, rest = " ".join(words[:n]), " ".join(words[n:])
            if len(words) - n < 2 or rest not in r.key_group:
                continue
            if is_place(place):
                by_rest[rest].add((place, group))
        # the place after the name: "Comic Corps of Canada", "... Museum of McMinnville";
        # not a party ("Democratic Party of Turkmenistan"): most countries have one of
        # that name
        for n in (1, 2, 3):
            if len(words) - n < 3 or words[-n - 1] != "of":
                continue
            place, rest = " ".join(words[-n:]), " ".join(words[: -n - 1])
            if rest in r.key_group and is_place(place) and "party" not in words:
                by_rest[rest].add((place, group))
    for rest, found in sorted(by_rest.items()):
        words = rest.split()
        if (
            len(found) != 1
            or rest in PLACES
            or (words[-1] in JURISDICTION_HEADS and next(iter(found))[0] not in COUNTRIES)
            or all(
                w in COMMON_WORDS or w in FUNCTION_WORDS or w in ORG_HEADS or w in PLACE_HEADS
                for w in words
            )
        ):
            continue  # "Science Center", "National Park": a kind, not one body
        ((place, group),) = found
        whole, short = roots[group], roots[r.key_group[rest]]
        kind = best_type(votes.get(whole, {}))
        if kind == PERSON or kind != best_type(votes.get(short, {})) or whole == short:
            continue
        r.same_entity.union(whole, short)
        why = f"'{r.name_of(group)}' taken as '{r.name_of(short)}' in {place}"
        r.notes.append((short, why, 0.8))


def join_towns_to_their_municipality(r: Resolver) -> None:
    """Join "City of Palmer", "Municipality of Livorno" to the town the archive names
    alone ("Palmer"): news names a town's government by the town, and a reader looks for
    one page. Not a name the gazetteer knows ("City of London" is not London)."""
    votes = r.group_votes()
    roots = r.same_entity.roots(len(r.group_key))
    for key, group in sorted(r.key_group.items()):
        kind, of, town = key.partition(" of ")
        if kind not in MUNICIPALITY_WORDS or not of or key in PLACES or key in ORGANIZATIONS:
            continue
        known = r.key_group.get(town)
        if known is None or best_type(votes.get(roots[known], {})) != PLACE:
            continue
        if town in COUNTRIES or roots[known] == roots[group]:
            continue  # "City of Mexico" would still not be the country
        r.same_entity.union(known, group)
        r.notes.append((known, f"'{r.name_of(group)}' taken as the town '{r.name_of(known)}'", 0.8))


def join_sites_to_their_namesake(r: Resolver) -> None:
    """Join a park named after its landmark ("Aoraki Mount Cook National Park") and a
    building named after its namesake ("Cliffside Rehab Center") to the bare name other
    stories use for them ("Mount Cook", "Cliffside"), when the archive has one such site
    for the name, the bare name is a place by its votes, no place the gazetteer knows
    (not "Washington" for "Washington Hospital Center") and no place's kind ("Fulton
    County" for its courthouse), and the stories of the two share two other entities."""
    votes = r.group_votes()
    roots = r.same_entity.roots(len(r.group_key))
    sites: dict[int, set[int]] = defaultdict(set)  # bare name's group -> site roots
    for key, group in r.key_group.items():
        words = key.split()
        core = ""
        for n in (2, 3):
            if len(words) > n and " ".join(words[-n:]) in PARK_ENDINGS:
                core = " ".join(words[:-n])
        if not core and len(words) >= 2 and words[-1] in FACILITY_HEADS:
            core = " ".join(w for w in words[:-1] if w not in CARE_FACILITY_WORDS)
        bare = r.key_group.get(core)
        if bare is None or core in PLACES or core in COMMON_WORDS or roots[bare] == roots[group]:
            continue
        if core.split()[-1] in PLACE_HEADS:
            continue  # "Fulton County" is no courthouse, "Valley" no hotel
        if best_type(votes.get(roots[group], {})) != PLACE:
            continue
        if best_type(votes.get(roots[bare], {})) != PLACE:
            continue  # "Microsoft" before its "Microsoft Security Response Center"
        sites[bare].add(roots[group])
    if not sites:
        return
    named_in: dict[int, set[int]] = defaultdict(set)  # article -> entity roots
    articles_of: dict[int, set[int]] = defaultdict(set)
    for m in r.mentions:
        if m.group >= 0:
            named_in[m.article].add(roots[m.group])
            articles_of[roots[m.group]].add(m.article)
    places = {roots[g] for key, g in r.key_group.items() if key in PLACES}

    def company(root: int) -> set[int]:
        return set().union(*(named_in[a] for a in articles_of[root]))

    for bare, found in sorted(sites.items()):
        if len(found) != 1:
            continue  # two sites named after one name
        site = next(iter(found))
        shared = company(roots[bare]) & company(site)
        if len(shared - {roots[bare], site} - places) < SHARED_COMPANY:
            continue
        r.same_entity.union(site, bare)
        why = f"'{r.name_of(bare)}' taken as short for the site '{r.name_of(site)}'"
        r.notes.append((site, why, 0.8))


def join_names_spaced_apart(r: Resolver) -> None:
    """Join a body's or a place's names that differ only by a space or a hyphen
    ("Portland Trailblazers" / "Portland Trail Blazers", "Wal-Mart" / "Walmart"), typed
    alike and never a person's (two people's names need more than spelling)."""
    votes = r.group_votes()
    roots = r.same_entity.roots(len(r.group_key))
    by_letters: dict[str, set[int]] = defaultdict(set)
    for key, group in r.key_group.items():
        letters = key.replace(" ", "")
        if len(letters) >= SPACED_MIN and not key.endswith(")"):  # not "x (team)"
            by_letters[letters].add(roots[group])
    for _, found in sorted(by_letters.items()):
        if len(found) < 2:
            continue
        kinds = {best_type(votes.get(root, {})) for root in found}
        if len(kinds) != 1 or kinds & {PERSON, None}:
            continue
        first, *others = sorted(found)
        for other in others:
            r.same_entity.union(first, other)
        names = ", ".join(f"'{r.name_of(g)}'" for g in sorted(found))
        r.notes.append((first, f"merged {names} (one name spaced apart)", 0.8))


def join_care_facility_variants(r: Resolver) -> None:
    """Join one clinic's names that differ only in their generic last words ("Betty Ford
    Center", "Betty Ford Clinic", "Betty Ford Treatment Center"): the namesake before
    them (two words at least) names the place, news varies the rest."""
    votes = r.group_votes()
    roots = r.same_entity.roots(len(r.group_key))
    by_core: dict[str, list[int]] = defaultdict(list)
    for key, group in sorted(r.key_group.items()):
        words = key.split()
        if len(words) < 3 or words[-1] not in CARE_FACILITY_WORDS:
            continue
        while words and words[-1] in CARE_FACILITY_WORDS:
            words.pop()
        core = " ".join(words)
        if (
            len(words) >= 2
            and core not in PLACES
            and not set(words) <= COMMON_WORDS
            and best_type(votes.get(roots[group], {})) in (PLACE, ORG)
        ):
            by_core[core].append(group)
    for core, groups in sorted(by_core.items()):
        distinct = sorted({roots[g] for g in groups})
        for other in distinct[1:]:
            r.same_entity.union(distinct[0], other)
        if len(distinct) > 1:
            names = ", ".join(f"'{r.name_of(g)}'" for g in groups)
            r.notes.append((distinct[0], f"merged {names} (one clinic: {core})", 0.8))
