"""People: merge misspelt full names, and link bare surnames and first names to a person."""

from __future__ import annotations

import re
from collections import defaultdict

from ..gazetteer import (
    ALIASES,
    COMMON_WORDS,
    COMPANY_HEADS,
    ORG_HEADS,
    ORGANIZATIONS,
    PERSON_TITLES,
    PLACES,
    ROLE_WORDS,
)
from ..models import EntityType
from ..person_names import FIRST_NAME_FORMS, GIVEN_NAMES, KIN_NOUNS, PARTICLES, SHE_NAMES
from .archive import Resolver, best_type
from .body_surnames import make_bare_surname, surname_read_as_a_body
from .first_names import merge_first_name_spellings
from .mentions import ORG, PERSON, PLACE, MentionRecord, place_context_vote
from .names import CANDIDATE, similarity
from .namesakes import (
    choose_namesake,
    surname_of,
    titled_given_name,
    untitled_pool,
    without_generation,
)
from .peers import link_peers, peer_surname
from .surnames import (
    double_barrelled_full_names,
    first_words_of_bodies,
    full_names_typed_otherwise,
    stands_alone,
    vote_person_by_surname,
)


class _Surnames:
    """The surnames of the archive's full person names, and their near spellings."""

    def __init__(self, resolver: Resolver, full: list[int]) -> None:
        self.groups: dict[str, set[int]] = defaultdict(set)  # surname -> full-name groups
        for g in full:
            self.groups[surname_of(resolver.group_key[g].split())].add(g)
        self._near: dict[str, list[str]] = {}
        self._by_initial_length: dict[tuple[str, int], list[str]] = defaultdict(list)
        for last in sorted(self.groups):
            self._by_initial_length[(last[0], len(last))].append(last)

    def near(self, key: str) -> list[str]:
        """Return the surnames spelt almost like ``key`` (same initial, similar length)."""
        near = self._near.get(key)
        if near is None:
            near = self._near[key] = [
                last
                for size in range(len(key) - 2, len(key) + 3)
                for last in self._by_initial_length.get((key[0], size), ())
                if similarity(last, key) >= 0.85
            ]
        return near


class _Neighbours:
    """The entities each article names, to tell apart people who share a surname by the
    company they keep (made on first use: most archives never need it)."""

    def __init__(self, r: Resolver) -> None:
        self.r = r
        self._article_roots: list[set[int]] | None = None
        self._articles_of: dict[int, set[int]] = defaultdict(set)
        self._common: set[int] | None = None
        self._alone: dict[str, set[int]] | None = None  # a one-word name -> its articles
        self._in_company: dict[tuple[int, str], bool] = {}

    def _index(self) -> list[set[int]]:
        if self._article_roots is None:
            root_of = self.r.same_entity.roots(len(self.r.group_key))
            self._article_roots = []
            for a, mentions in enumerate(self.r.by_article):
                here = {root_of[m.group] for m in mentions if m.group >= 0}
                self._article_roots.append(here)
                for root in here:
                    self._articles_of[root].add(a)
        return self._article_roots

    def shared(self, root: int, article: int) -> int:
        """Return how many entities ``article`` shares with the other articles of ``root``,
        leaving out the gazetteer's countries, cities and bodies: half the news names them
        (two political stories share their parties whoever they are about)."""
        article_roots = self._index()
        if self._common is None:
            self._common = {
                self.r.same_entity.find(g)
                for k, g in self.r.key_group.items()
                if k in PLACES or k in ORGANIZATIONS
            }
        seen: set[int] = set()
        for a in self._articles_of.get(root, ()):
            if a != article:
                seen |= article_roots[a]
        return len((seen - {root} - self._common) & article_roots[article])

    def mostly_in_company(self, root: int, key: str) -> bool:
        """Whether at least half the articles outside ``root``'s own that write ``key``
        alone share someone with ``root``'s articles: one decision for the word, so that a
        club's name is not split between a junk "person" and itself by article."""
        decided = self._in_company.get((root, key))
        if decided is None:
            if self._alone is None:
                self._alone = defaultdict(set)
                for m in self.r.mentions:
                    if len(m.tokens) == 1:
                        self._alone[m.key].add(m.article)
            self._index()
            others = self._alone.get(key, set()) - self._articles_of.get(root, set())
            with_company = sum(1 for a in others if self.shared(root, a))
            decided = self._in_company[(root, key)] = 2 * with_company >= len(others)
        return decided

    def article_count(self, root: int) -> int:
        """Return how many articles name ``root``."""
        self._index()
        return len(self._articles_of.get(root, ()))

    def best(self, roots: list[int], article: int) -> int | None:
        """Return the one root that shares clearly more entities with ``article`` than
        the others do (at least two, and twice the next), else None."""
        article_roots = self._index()
        here = article_roots[article]
        scores = []
        for root in roots:
            seen: set[int] = set()
            for a in self._articles_of.get(root, ()):
                if a != article:
                    seen |= article_roots[a]
            scores.append((len((seen - {root}) & here), root))
        scores.sort(reverse=True)
        (top, chosen), (second, _) = scores[0], scores[1]
        return chosen if top >= 2 and top >= 2 * second else None


def resolve_people(r: Resolver) -> None:
    """Merge misspelt full names; link each bare surname or first name to its person."""
    votes = r.group_votes()
    group_type = {
        g: best_type(votes.get(root, {}))
        for g, root in enumerate(r.same_entity.roots(len(r.group_key)))
    }
    articles_of: dict[int, set[int]] = defaultdict(set)
    roles_of: dict[int, set[str]] = defaultdict(set)
    for m in r.mentions:
        if m.group >= 0:
            articles_of[m.group].add(m.article)
            roles_of[m.group] |= m.roles
    full = [
        g
        for g, key in enumerate(r.group_key)
        if group_type[g] == PERSON
        and len(key.split()) >= 2
        and key not in PLACES
        and key not in ORGANIZATIONS
    ]
    # a peer's title is no first name: "Lord Falconer" and "Lord Faulkner" are two people
    named = [g for g in full if peer_surname(r.group_key[g]) is None]
    _merge_name_variants(r, named)
    _merge_first_name_forms(r, named, articles_of)
    _merge_similar_people(r, named, articles_of, roles_of)
    merge_first_name_spellings(r, named, articles_of)
    full_set = set(full)
    link_peers(r, full_set)
    surnames = _Surnames(r, full)
    neighbours = _Neighbours(r)
    first_names: dict[str, set[int]] = defaultdict(set)  # first name -> full names' groups
    for g in named:
        first_names[r.group_key[g].split()[0]].add(g)
    firms_first_words = first_words_of_bodies(r, group_type)
    for mentions in r.by_article:
        fulls_here = [m for m in mentions if m.group >= 0 and m.group in full_set]
        here_by_last: dict[str, list[MentionRecord]] = defaultdict(list)
        here_by_first: dict[str, set[int]] = defaultdict(set)
        for m in fulls_here:
            here_by_last[surname_of(m.tokens)].append(m)
            if _plain_full_name(m.key):  # "Brooklyn Councilman Jumaane Williams": no
                here_by_first[m.tokens[0]].add(r.same_entity.find(m.group))
        # a person's full name the model read as a body or place ("Bettie Page")
        typed_otherwise = full_names_typed_otherwise(
            r, mentions, set(here_by_last), group_type, _plain_full_name
        )
        surnames_here = set(here_by_last)
        for m in mentions:
            surname = surname_read_as_a_body(m, surnames_here, mentions)
            if surname is not None:  # "said Wagner" of Allan Wagner, not the Wagner Group
                make_bare_surname(m, surname)
                _link_surname(
                    r, m, here_by_last[surname], surnames, neighbours, roles_of, group_type
                )
                continue
            fulls = double_barrelled_full_names(m, here_by_last)
            if fulls:  # "Leigh-Pemberton said" of Robin Leigh-Pemberton
                _link_surname(r, m, fulls, surnames, neighbours, roles_of, group_type)
                vote_person_by_surname(m)
                continue
            if len(m.tokens) != 1 or (m.junk and m.label != CANDIDATE and not m.soft_junk):
                continue
            if m.soft_junk and m.key not in here_by_last and m.key not in typed_otherwise:
                continue  # a word that is no name unless a full name here ends with it
            if m.key in PLACES or m.key in ORGANIZATIONS or m.key in ALIASES:
                continue
            if (
                m.key in typed_otherwise
                and stands_alone(r, m)
                and (m.label == "PERSON" or m.key not in firms_first_words)
            ):
                fulls = typed_otherwise[m.key]
                _link_surname(r, m, fulls, surnames, neighbours, roles_of, group_type)
                vote_person_by_surname(m)
                continue
            if m.group >= 0 and group_type.get(m.group) != PERSON and len(m.text) < 3:
                continue
            firsts = here_by_first.get(m.key, set()) if not titled_given_name(r, m) else set()
            if (
                m.key not in here_by_last
                and len(firsts) == 1
                and len(m.key) >= 3
                and not _names_a_body(r, m, group_type)
            ):
                # a first name alone ("Daniel" after "Daniel Montalvo"), as in features
                target = next(iter(firsts))
                r.assign(
                    m,
                    target,
                    f"'{m.text}' (article {r.articles[m.article].id}) linked to "
                    f"{r.name_of(target)} by first name",
                    0.8,
                )
                continue
            here = here_by_last.get(m.key, [])
            if not here and _link_first_name_across_archive(
                r, m, first_names, surnames, neighbours, group_type
            ):
                continue
            _link_surname(r, m, here, surnames, neighbours, roles_of, group_type)


def _link_first_name_across_archive(
    r: Resolver,
    m: MentionRecord,
    first_names: dict[str, set[int]],
    surnames: _Surnames,
    neighbours: _Neighbours,
    group_type: dict[int, EntityType | None],
) -> bool:
    """Link a first name alone in a story that never names its person in full ("Kimani",
    of Kimani Gray) to the archive's only person of that first name, when the word is no
    one's surname, it reads as a person, and the story names at least two of the people,
    places and bodies named with that person elsewhere. Return whether done.
    """
    if m.key in surnames.groups or len(m.key) < 3 or titled_given_name(r, m):
        return False
    if not m.text[:1].isupper() or m.key in COMMON_WORDS:
        return False
    # read as a person: here, or by the archive over all uses of the word alone (the model
    # calls a rare first name a place now and then); a town's or a team's name is none
    own = r.key_group.get(m.key)
    kind = group_type.get(own) if own is not None else None
    if kind in (ORG, PLACE) or (kind is None and m.label != "PERSON"):
        return False
    groups = [g for g in first_names.get(m.key, ()) if _plain_full_name(r.group_key[g])]
    roots = {r.same_entity.find(g) for g in groups}
    if len(roots) != 1:
        return False
    target = next(iter(roots))
    if neighbours.shared(target, m.article) < 2:
        return False
    r.assign(
        m,
        target,
        f"'{m.text}' (article {r.articles[m.article].id}) linked to {r.name_of(target)}: "
        "the archive's only person of that first name, named with the same company",
        0.7,
    )
    return True


_LOCATIVE_BEFORE = re.compile(
    r"\b(?:in|at|near|from|of|to|outside|around|into|across|through)\s+(?:the\s+)?$", re.I
)
# "Ms. Davis's sister Crystal", "his son Jake": a relative is brought in by the given name
_KIN_BEFORE = re.compile(rf"\b(?:{KIN_NOUNS})\s+$", re.I)
# the articles naming a person in full before the model's place label on the bare surname
# is taken for a slip ("Lohan" read as a place now and then in a story of Lindsay Lohan)
WELL_KNOWN_ARTICLES = 3


def _a_known_surname_read_as_a_place(
    r: Resolver, m: MentionRecord, surnames: _Surnames, neighbours: _Neighbours
) -> bool:
    """Whether a bare word the model read as a place is the surname of the archive's only
    person of that surname, named in full in several articles, with no place word around
    it ("in Lohan") and no known place of that name."""
    if m.key in PLACES:
        return False
    roots = {r.same_entity.find(g) for g in surnames.groups.get(m.key, ())}
    if len(roots) != 1:
        return False
    text = r.paragraphs[m.article][m.paragraph]
    if _LOCATIVE_BEFORE.search(text[max(0, m.start - 20) : m.start]):
        return False
    if place_context_vote(text, m.start, m.end):
        return False
    return neighbours.article_count(next(iter(roots))) >= WELL_KNOWN_ARTICLES


def _plain_full_name(key: str) -> bool:
    """Whether a person's full name is a first name and a surname and nothing else: no
    role, rank or body's word ("Bloomington Police Sgt", "Crowley Petroleum")."""
    words = key.split()
    return 2 <= len(words) <= 3 and not any(
        w in PERSON_TITLES
        or w in ROLE_WORDS
        or w in ORG_HEADS
        or w in COMPANY_HEADS
        or w in COMMON_WORDS
        or w in PARTICLES
        or not w.isalpha()
        for w in words
    )


def _names_a_body(r: Resolver, m: MentionRecord, group_type: dict[int, EntityType | None]) -> bool:
    """Whether a word is a body's name rather than a first name: the model reads it as an
    organisation, or the archive's own group of that word is one. The model takes a team
    or a firm into a person's name ("Colts QB Andrew Luck"), and the team's name alone is
    then no first name. A place's name may be one ("Regina", "Brooklyn")."""
    if m.key in GIVEN_NAMES:
        return False
    group = r.key_group.get(m.key)
    known = group_type.get(group) if group is not None else None
    return m.label == "ORG" or known == ORG


def _name_core(key: str) -> tuple[str, str, tuple[str, ...]] | None:
    """Return a full name's first name, surname and middle words ("w mark felt" ->
    mark, felt, ()), leading initials and generation suffixes aside; None if too short."""
    tokens = without_generation(key.split())
    while len(tokens) > 2 and len(tokens[0]) == 1:
        tokens.pop(0)
    if len(tokens) < 2 or len(tokens[0]) < 2 or len(tokens[-1]) < 2:
        return None
    return tokens[0], tokens[-1], tuple(tokens[1:-1])


def _merge_name_variants(r: Resolver, full: list[int]) -> None:
    """Merge one person's full names that differ by initials, a middle name or a suffix
    ("W. Mark Felt", "Mark Felt"; "Raj K. Chohan", "Raj Chohan").

    Only when the variants agree: two middles with different initials ("George H. W.
    Bush", "George W. Bush") may be two people, so that name is left alone.
    """
    variants: dict[tuple[str, str], list[tuple[int, tuple[str, ...]]]] = defaultdict(list)
    for g in full:
        core = _name_core(r.group_key[g])
        if core is not None:
            variants[core[:2]].append((g, core[2]))
    for _, groups in sorted(variants.items()):
        if len(groups) < 2:
            continue
        initials = {middle[0][0] for _, middle in groups if middle}
        if len(initials) > 1:
            continue
        g1 = groups[0][0]
        for g2, _ in groups[1:]:
            r.same_entity.union(g1, g2)
        names = ", ".join(f"'{r.name_of(g)}'" for g, _ in groups)
        r.notes.append((g1, f"merged {names} (one first name and surname)", 0.85))


def same_first_name(a: str, b: str) -> bool:
    """Whether two first names may name one person: a short form and its full name
    ("Fred", "Frederick"; "Katie", "Kathryn"), not two full names ("Christina")."""
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    if long in FIRST_NAME_FORMS.get(short, ()):
        return True
    # a prefix short form ("Fred", "Alex", "Sam") is itself no common full name's start
    # of another full name: "Chris" may be "Christopher" or "Christina", so it is listed
    return len(short) >= 3 and long.startswith(short) and short not in FIRST_NAME_FORMS


def listed_short_form(a: str, b: str) -> bool:
    """Whether one first name is the other's listed short form ("Mo", "Maurice"), a
    form of one sex's names (not "Chris": Christopher or Christine). A form that holds a
    woman's name and any name not listed as one counts as either sex's."""
    short, long = sorted((a, b), key=len)
    forms = FIRST_NAME_FORMS.get(short, frozenset())
    return long in forms and not (forms & SHE_NAMES and forms - SHE_NAMES)


def _merge_first_name_forms(r: Resolver, full: list[int], articles_of: dict[int, set[int]]) -> None:
    """Merge one person's full names that differ by a short form of the first name
    ("Fred LaRue", "Frederick LaRue"), unless two of them meet in one article (a listed
    short form of one given name may: "Larry" / "Lawrence Lessig")."""
    by_last: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for g in full:
        core = _name_core(r.group_key[g])
        if core is not None and not core[2]:
            by_last[core[1]].append((g, core[0]))
    for _, groups in sorted(by_last.items()):
        if len(groups) < 2 or len(groups) > 50:
            continue
        for i, (g1, first1) in enumerate(groups):
            for g2, first2 in groups[i + 1 :]:
                if first1 == first2 or not same_first_name(first1, first2):
                    continue
                if articles_of[g1] & articles_of[g2] and not listed_short_form(first1, first2):
                    # named side by side: two people ("Chris" and "Christine"); a listed
                    # short form is the same person's ("Mo Cheeks" in a story of "Maurice
                    # Cheeks": news calls one person both ways)
                    continue
                r.same_entity.union(g1, g2)
                why = f"merged '{r.name_of(g1)}' and '{r.name_of(g2)}' (a short first name)"
                r.notes.append((g1, why, 0.75))


class _Company:
    """Who else the articles of a full name name (made on first use): two spellings of a
    name whose stories share no one, no body and no town but a country are more often
    two people ("Peter Sanders" of Stop Stansted, "Peter Saunders" of the CMF) than a
    slip of the keyboard."""

    def __init__(self, r: Resolver, articles_of: dict[int, set[int]]) -> None:
        self.r = r
        self.articles_of = articles_of
        self._of: dict[int, set[str]] = {}

    def of(self, g: int) -> set[str]:
        found = self._of.get(g)
        if found is None:
            found = self._of[g] = {
                self.r.group_key[m.group]
                for a in self.articles_of[g]
                for m in self.r.by_article[a]
                if m.group >= 0 and m.group != g and not m.junk
            } - PLACES
        return found

    def shared(self, g1: int, g2: int) -> bool:
        """Whether the stories of ``g1`` and ``g2`` name someone or something in common."""
        return bool(self.of(g1) & self.of(g2) - {self.r.group_key[g1], self.r.group_key[g2]})


def _merge_similar_people(
    r: Resolver,
    full: list[int],
    articles_of: dict[int, set[int]],
    roles_of: dict[int, set[str]],
) -> None:
    """Merge full names that differ by a misspelling of the first name or the surname."""
    by_first: dict[str, list[int]] = defaultdict(list)
    by_last: dict[str, list[int]] = defaultdict(list)
    for g in full:
        tokens = r.group_key[g].split()
        by_first[tokens[0]].append(g)
        by_last[tokens[-1]].append(g)
    pairs: list[tuple[int, int, str, float]] = []
    company = _Company(r, articles_of)
    # names sharing a first name are compared by surname (word -1), and the other way round
    for bucket, pos in ((by_first, -1), (by_last, 0)):
        for _, groups in sorted(bucket.items()):
            if len(groups) < 2 or len(groups) > 200:
                continue
            for i, g1 in enumerate(groups):
                for g2 in groups[i + 1 :]:
                    a, b = r.group_key[g1].split()[pos], r.group_key[g2].split()[pos]
                    if a == b or a[0] != b[0] or min(len(a), len(b)) < 4:
                        continue
                    ratio = similarity(a, b)
                    if ratio < (0.8 if pos == -1 else 0.82):
                        continue
                    shared = roles_of[g1] & roles_of[g2]
                    if abs(len(a) - len(b)) > 1 and not shared:
                        continue  # a slip changes a letter or two, not Johnson to Johansson
                    together = articles_of[g1] & articles_of[g2]
                    if (
                        together
                        and not (shared and ratio >= 0.9)
                        and not (pos == 0 and ratio >= 0.85)
                    ):
                        continue  # named side by side: more likely two people
                    if not together and not shared and not company.shared(g1, g2):
                        continue  # "David Moyes" of Everton, "David Myers" of WorldCom
                    which = "surname" if pos == -1 else "first name"
                    conf = 0.55 + (ratio - 0.8) + (0.15 if shared else 0.0)
                    why = f"{which} similarity {ratio:.2f}"
                    if shared:
                        why += f", shared role ({', '.join(sorted(shared))})"
                    pairs.append((g1, g2, why, min(conf, 0.95)))
    for g1, g2, why, conf in pairs:
        r.same_entity.union(g1, g2)
        n1, n2 = r.name_of(g1), r.name_of(g2)
        r.notes.append((g1, f"merged '{n1}' and '{n2}' ({why})", conf))


def _link_surname(
    r: Resolver,
    m: MentionRecord,
    here: list[MentionRecord],
    surnames: _Surnames,
    neighbours: _Neighbours,
    roles_of: dict[int, set[str]],
    group_type: dict[int, EntityType | None],
) -> None:
    """Link a bare surname: to a full name in its article, else to the archive's only
    person of that surname (or a near spelling of it) when most articles that use the
    word alone name someone else the person's articles name."""
    here, knights = untitled_pool(r, m, here)  # "Mr Blair" is no "Sir Ian Blair"
    candidates = sorted({r.same_entity.find(f.group) for f in here})
    if candidates:
        if len(candidates) == 1:
            r.assign(m, candidates[0], None, 1.0)
            return
        if m.roles:
            matching = [
                c
                for c in candidates
                if m.roles
                & set().union(*(f.roles for f in here if r.same_entity.find(f.group) == c))
            ]
            if len(matching) == 1:
                name = r.name_of(matching[0])
                r.assign(
                    m,
                    matching[0],
                    f"'{m.text}' (article {r.articles[m.article].id}) linked to {name}: "
                    f"same role ({', '.join(sorted(m.roles))}) among {len(candidates)} "
                    "people of that surname",
                    0.8,
                )
                return
        chosen, why = choose_namesake(r, m, here)
        target = r.same_entity.find(chosen.group)
        r.assign(
            m,
            target,
            f"'{m.text}' (article {r.articles[m.article].id}, paragraph {m.paragraph + 1}) "
            f"linked to {r.name_of(target)}: {why} {len(candidates)} people of that surname",
            0.65,
        )
        return
    # across the archive; not for a relative's given name ("sister Crystal" is not Billy
    # Crystal of another story)
    text = r.paragraphs[m.article][m.paragraph]
    if _KIN_BEFORE.search(text, max(0, m.start - 20), m.start):
        return
    # nor for a word the model reads as a place here ("Lincoln" the city), unless nothing
    # around it makes it one and its person is well known here
    if (
        m.label in ("GPE", "LOC", "FAC")
        and not m.votes.get(PERSON)
        and not _a_known_surname_read_as_a_place(r, m, surnames, neighbours)
    ):
        return
    roots = sorted({r.same_entity.find(g) for g in surnames.groups.get(m.key, ())} - knights)
    fuzzy = False
    if not roots and len(m.key) >= 5 and m.group >= 0 and group_type.get(m.group) == PERSON:
        near = surnames.near(m.key)
        roots = sorted(
            {r.same_entity.find(g) for last in near for g in surnames.groups[last]} - knights
        )
        fuzzy = True
    if len(roots) > 1 and m.roles:
        roots = [root for root in roots if m.roles & roles_of.get(root, set())] or roots
    if len(roots) > 1 and not fuzzy:
        company = neighbours.best(roots, m.article)
        if company is not None:
            r.assign(
                m,
                company,
                f"'{m.text}' (article {r.articles[m.article].id}) linked to "
                f"{r.name_of(company)}: of {len(roots)} people of that surname, the one "
                "named elsewhere with the same people, places and organisations",
                0.7,
            )
        return
    if len(roots) == 1:
        if m.label == CANDIDATE and fuzzy:
            return
        # the only person of that surname is still no evidence when the articles that use
        # the word alone mostly share nobody else with the person's: "Bolton" the club is
        # not John Bolton of another story
        if not neighbours.mostly_in_company(roots[0], m.key):
            return
        r.assign(
            m,
            roots[0],
            f"'{m.text}' (article {r.articles[m.article].id}) linked to "
            f"{r.name_of(roots[0])}, the only person of that "
            f"{'near ' if fuzzy else ''}surname in the archive",
            0.7 if fuzzy else 0.85,
        )
