"""Short forms of a name joined to its full name: "Duma" for "State Duma" in one story,
"Indianapolis" for its team, "Betty Ford" for the Betty Ford Center, and a one-word name
for the archive's only organisation ending with it ("Saints"), unless that is a company
written with its legal form ("Bell" is not "Taco Bell Corp")."""

from __future__ import annotations

from collections import defaultdict

from ..gazetteer import (
    ALIASES,
    COMMON_WORDS,
    COMPANY_HEADS,
    FACILITY_HEADS,
    LEGAL_SUFFIXES,
    ORG_HEADS,
    ORGANIZATIONS,
    PLACE_HEADS,
    PLACES,
    norm_key,
)
from ..models import EntityType
from ..person_names import GIVEN_NAMES
from ..spans import INITIALS
from .archive import Resolver, best_type
from .mentions import LABEL_VOTES, ORG, PERSON, PLACE, MentionRecord, legal_suffix_vote
from .names import FUNCTION_WORDS
from .teams import TEAM_SUFFIX, may_be_full_team_name


def link_short_forms(r: Resolver) -> None:
    """Link one-word short forms of organisations named in full in the same article
    ("State Duma" ... "Duma")."""
    votes = r.group_votes()
    roots = r.same_entity.roots(len(r.group_key))  # no union in this loop
    for mentions in r.by_article:
        multi_by_last: dict[str, set[int]] = defaultdict(set)
        for m in mentions:
            if m.group >= 0 and len(m.tokens) >= 2 and not FUNCTION_WORDS & set(m.tokens):
                root = roots[m.group]  # "State Duma" -> "Duma", not "... of Indiana"
                if best_type(votes.get(root, {})) == ORG:
                    multi_by_last[m.tokens[-1]].add(root)
        _join_teams_to_full_names(r, mentions, votes, roots)
        _join_buildings_called_by_their_namesake(r, mentions, votes, roots)
        for m in mentions:
            if (
                len(m.tokens) == 1
                and m.group >= 0
                and m.note is None
                and m.key not in PLACES
                and m.key not in ORGANIZATIONS
                and best_type(votes.get(roots[m.group], {})) != PERSON
                and m.label not in ("GPE", "LOC")
            ):
                targets = multi_by_last.get(m.key, set())
                if len(targets) == 1:
                    target = next(iter(targets))
                    r.assign(m, target, None, 1.0)
    _join_short_forms_across_articles(r, votes, roots)
    _join_teams_across_archive(r, votes, roots)


def _join_teams_to_full_names(
    r: Resolver, mentions: list[MentionRecord], votes: dict[int, dict[str, float]], roots: list[int]
) -> None:
    """Join a team named by its place to the one team of its story whose name starts
    with that place ("Indianapolis" ... "Indianapolis Colts")."""
    teams = [m for m in mentions if m.group >= 0 and m.key.endswith(TEAM_SUFFIX)]
    if not teams:
        return
    full = {
        (m.key, roots[m.group])
        for m in mentions
        if m.group >= 0
        and len(m.tokens) >= 2
        and may_be_full_team_name(m.key)
        and best_type(votes.get(roots[m.group], {})) == ORG
    }
    for m in teams:
        place = m.key.removesuffix(TEAM_SUFFIX) + " "
        targets = {root for key, root in full if key.startswith(place)}
        if len(targets) == 1:
            r.assign(m, next(iter(targets)), None, 1.0)


def _join_buildings_called_by_their_namesake(
    r: Resolver, mentions: list[MentionRecord], votes: dict[int, dict[str, float]], roots: list[int]
) -> None:
    """Join a building's namesake to the building when the story names it in full and
    nothing there makes the name a person ("checked into Betty Ford" in a story of the
    Betty Ford Center; "Morningside" for "Morningside Recovery Center")."""
    buildings = {
        (m.key, roots[m.group])
        for m in mentions
        if m.group >= 0
        and len(m.tokens) >= 2
        and m.tokens[-1] in FACILITY_HEADS
        and best_type(votes.get(roots[m.group], {})) == PLACE
    }
    if not buildings:
        return
    for m in mentions:
        if m.group < 0 or m.titled or m.roles or len(m.tokens) >= 3 or m.key in PLACES:
            continue  # "California" in a story of the California Science Center
        if best_type(votes.get(roots[m.group], {})) in (PLACE, ORG):
            continue  # a firm's name before its building: "Microsoft ... Response Center"
        if m.votes.get(PERSON, 0.0) > LABEL_VOTES.get(m.label, ("", 1.0))[1]:
            continue  # speech, an age, an apposition: the person
        targets = {root for key, root in buildings if key.startswith(m.key + " ")}
        if len(targets) == 1 and roots[m.group] not in targets:
            r.assign(m, next(iter(targets)), None, 1.0)


def _join_teams_across_archive(
    r: Resolver, votes: dict[int, dict[str, float]], roots: list[int]
) -> None:
    """Join a team named by its place to the archive's only team whose full name
    starts with that place ("Jacksonville" -> "Jacksonville Jaguars"), when its own
    story named none."""
    by_place: dict[str, set[int]] = defaultdict(set)
    for key, group in r.key_group.items():
        words = key.split()
        if len(words) < 2 or key.endswith(TEAM_SUFFIX) or not may_be_full_team_name(key):
            continue
        root = roots[group]
        if best_type(votes.get(root, {})) == PERSON:
            continue
        for n in range(1, len(words)):
            by_place[" ".join(words[:n])].add(root)
    for key, group in list(r.key_group.items()):
        if key.endswith(TEAM_SUFFIX):
            targets = by_place.get(key.removesuffix(TEAM_SUFFIX), set())
            if len(targets) == 1:
                r.same_entity.union(group, next(iter(targets)))


def _join_short_forms_across_articles(
    r: Resolver, votes: dict[int, dict[str, float]], roots: list[int]
) -> None:
    """Join a one-word name to the archive's only organisation whose name ends with it
    ("Saints" in a story that never says "New Orleans Saints"), not a company's."""
    full_by_last: dict[str, set[int]] = defaultdict(set)
    short: dict[int, bool] = {}  # one-word group -> may be a short form
    people: set[int] = set()  # roots the model ever read as a person ("Phil Ford")
    # companies, written with a legal form: their short form is their first word, not
    # their last ("Taco Bell Corp" is no "Bell"; but "J. Sainsbury PLC" is "Sainsbury")
    companies: set[int] = set()
    cut_tails: set[int] = set()  # one-word groups written with a legal form themselves
    type_of: dict[int, EntityType | None] = {}  # root -> type, decided once per root

    def root_type(root: int) -> EntityType | None:
        if root not in type_of:
            type_of[root] = best_type(votes.get(root, {}))
        return type_of[root]

    for m in r.mentions:
        if m.group < 0:
            continue
        if len(m.tokens) >= 2:
            # a team or company ("New Orleans Saints"), not "Phil Ford" or "WBA & IBO"
            root = roots[m.group]
            if m.label == "PERSON" or m.tokens[0] in GIVEN_NAMES:
                people.add(root)
            if legal_suffix_vote(m.text) and not _plain_lead(m.text):
                companies.add(root)
            before = " ".join(m.tokens[:-1])  # a place before a team's name is fine
            place = r.key_group.get(before)
            if before in PLACES or before + TEAM_SUFFIX in r.key_group:
                in_place = True  # a known place, or one the archive uses for a team
            else:  # "Kansas City" joined to its team is still a name, not a word
                in_place = place is not None and root_type(roots[place]) == PLACE
            if (
                not FUNCTION_WORDS & set(m.tokens)
                and (in_place or not COMMON_WORDS & set(m.tokens[:-1]))
                and not any(c in m.text for c in ",&")
                and root_type(root) == ORG
            ):
                full_by_last[m.tokens[-1]].add(root)
        elif m.note is None:
            # not an acronym; a word in an all-caps line ("COLTS BEAT CHIEFS") is none
            acronym = m.text.isupper() and not r.paragraphs[m.article][m.paragraph].isupper()
            ok = m.label not in ("GPE", "LOC") and not acronym
            short[m.group] = short.get(m.group, True) and ok
            if legal_suffix_vote(m.text):
                cut_tails.add(m.group)  # "Marine Corp" cut from "Evergreen Marine Corp"
    for g, may in sorted(short.items()):
        key = r.group_key[g]
        if not may or key in PLACES or key in ORGANIZATIONS or key in COMMON_WORDS:
            continue
        if key in ORG_HEADS or key in PLACE_HEADS:  # "Institute" names no one body
            continue
        if root_type(roots[g]) == PERSON:
            continue
        targets = full_by_last.get(key, set()) - people
        if g not in cut_tails:
            targets -= companies
        if len(targets) == 1 and roots[g] not in targets:
            target = next(iter(targets))
            r.same_entity.union(g, target)
            why = f"'{r.name_of(g)}' taken as short for '{r.name_of(target)}'"
            r.notes.append((target, why, 0.8))


# what may close a company's name after its distinctive words ("Corp", "Holdings")
_COMPANY_TAIL = LEGAL_SUFFIXES | COMPANY_HEADS


def _plain_lead(surface: str) -> bool:
    """Whether the words before a company's name's last one (past its legal form) say
    nothing of their own: initials, a country's or a place's name, common words ("J.
    Sainsbury PLC", "US Disney Corporation")."""
    words = surface.split()
    while words and norm_key(words[-1]) in _COMPANY_TAIL:
        words.pop()
    return all(
        INITIALS.fullmatch(w)
        or (key := norm_key(w)) in PLACES
        or norm_key(ALIASES.get(key, "")) in PLACES
        or key in COMMON_WORDS
        for w in words[:-1]
    )
