"""Group the mentions of the whole archive: name groups, acronyms, clusters.

Mentions with the same key form a name group; groups that mean one entity are joined in
a union-find. Every step works from indexes, never a scan of all articles per entity.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from ..gazetteer import (
    GENERIC_ORGS,
    ORGANIZATIONS,
    PLACES,
)
from ..headlines import is_headline
from ..models import ENTITY_TYPES, Article, EntityType, Extraction
from .countries import take_country_from_sentence
from .media import MEDIUM_WORD_WEIGHT, names_a_medium
from .mentions import (
    HEAD_WEIGHT,
    LABEL_VOTES,
    ORG,
    PERSON,
    PLACE,
    MentionRecord,
    legal_suffix_vote,
    place_context_vote,
)
from .names import (
    CANDIDATE,
    acronym_of,
    acronyms_of,
    is_acronym,
    looks_like_person,
    similarity,
)
from .prepared import MentionsProvider, PreparedMentions, prepare_mentions
from .speakers import (
    give_speaking_body_its_vote,
    named_with_legal_form,
    reads_as_person,
    speaks_as_body,
)
from .teams import TEAM_SUFFIX, may_be_full_team_name

# the key of a town's name where the phrase says it is the town, though the archive's other
# uses of that name are its team's
TOWN_SUFFIX = " (town)"
# "won in Jacksonville." (not "in Creighton history"): a town where the clause ends
_IN_BEFORE = re.compile(r"\bin\s+$")
_CLAUSE_END = re.compile(r"[.,;:!?](?:\s|$)|$")
# the share of the model's vote a one-word short form keeps beside its full name
SHORT_FORM_LABEL_SHARE = 0.25
# the organisation vote of a team's full name, once per name: a head word's weight
TEAM_NAME_WEIGHT = 3.0


class UnionFind:
    """Union-find over ints; the smaller id stays the root (deterministic)."""

    def __init__(self) -> None:
        self.parent: dict[int, int] = {}

    def find(self, x: int) -> int:
        """Return the root of ``x``, shortening the path on the way."""
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
        """Join the sets of ``a`` and ``b``; return the root."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return ra
        if rb < ra:
            ra, rb = rb, ra
        self.parent[rb] = ra
        return ra


@dataclass
class Cluster:
    """An entity under construction."""

    id: int
    mentions: list[MentionRecord] = field(default_factory=list)
    type: EntityType = PERSON
    name: str = ""
    aliases: list[str] = field(default_factory=list)
    description: str | None = None
    links: list[str] = field(default_factory=list)
    curated_type: bool = False
    curated_name: bool = False


def best_type(votes: dict[str, float]) -> EntityType | None:
    """Return the type with the most votes (earlier types win ties), None without votes."""
    if not votes:
        return None
    return max(ENTITY_TYPES, key=lambda t: (votes.get(t, 0.0), -ENTITY_TYPES.index(t)))


class Resolver:
    """The mentions of one resolution run, their name groups and the indexes over them."""

    def __init__(self, articles: list[Article], extractions: dict[str, Extraction]) -> None:
        self.articles = articles
        self.extractions = extractions
        self.paragraphs: list[dict[int, str]] = [
            {p.index: p.text for p in a.paragraphs} for a in articles
        ]
        self.mentions: list[MentionRecord] = []
        self.by_article: list[list[MentionRecord]] = [[] for _ in articles]
        self.notes: list[tuple[int, str, float]] = []  # (group, message, confidence)
        self.same_entity = UnionFind()
        self.group_key: list[str] = []  # group id -> key
        self.key_group: dict[str, int] = {}
        self.surface: dict[str, str] = {}  # key -> first surface form, for messages
        self.lower_words: set[str] = set()  # words the archive writes in lower case
        self.plural_acronyms: set[str] = set()  # acronyms written in the plural ("FRNs")
        self.defined_acronyms: set[str] = set()  # and defined after a name: "… (MDA)"
        # one-word names of outlets known only by a medium's word before them ("trade
        # publication Variety"): no other run the model missed joins them
        self.medium_word_keys: set[str] = set()

    def collect(self, prepared: MentionsProvider | None = None) -> None:
        """Make the mentions of every article from its prepared rows, one article at a
        time (rows are dropped as they are used); then decide the archive-wide junk."""
        lower_words = self.lower_words
        pending: list[MentionRecord] = []
        # equal strings, tokens, votes and roles share one object: the archive holds many
        strings: dict[str, str] = {}
        token_tuples: dict[tuple[str, ...], tuple[str, ...]] = {}
        role_sets: dict[frozenset[str], frozenset[str]] = {}
        vote_dicts: dict[tuple[tuple[str, float], ...], dict[str, float]] = {}
        for a, article in enumerate(self.articles):
            extraction = self.extractions.get(article.id)
            prep: PreparedMentions
            if prepared is not None:
                prep = prepared(article, extraction)
            else:
                prep = prepare_mentions(article, extraction)
            lower_words.update(prep.lower_words)
            self.plural_acronyms.update(prep.plural_acronyms)
            self.defined_acronyms.update(prep.defined_acronyms)
            mentions = self.by_article[a]
            for (
                mention_index,
                paragraph,
                start,
                end,
                text,
                key,
                tokens,
                label,
                vote_items,
                roles,
                titled,
                junk,
                soft_junk,
                note,
                preferred,
                confidence,
                surface_key,
                junk_pending,
            ) in prep.rows:
                votes = vote_dicts.get(vote_items)
                if votes is None:
                    votes = vote_dicts[vote_items] = dict(vote_items)
                m = MentionRecord(
                    a,
                    mention_index,
                    paragraph,
                    start,
                    end,
                    strings.setdefault(text, text),
                    strings.setdefault(key, key),
                    token_tuples.setdefault(tokens, tokens),
                    label,
                    votes,  # shared: never changed in place (see below)
                    role_sets.setdefault(roles, roles),
                    titled,
                    -1,
                    junk,
                    soft_junk,
                    note,
                    preferred,
                    confidence,
                )
                if surface_key not in self.surface:
                    self.surface[surface_key] = " ".join(m.text.split())
                if junk_pending:
                    pending.append(m)
                self.mentions.append(m)
                mentions.append(m)
            del prep
        for m in pending:  # junk only if the archive uses the word in lower case
            m.junk = m.soft_junk = m.key in lower_words
            if not m.junk and m.key in GENERIC_ORGS:
                m.votes = dict(m.votes)  # its own copy before it changes
                text = self.paragraphs[m.article][m.paragraph]
                take_country_from_sentence(m, text, self.articles[m.article].id)
        # "the FRN market", "two FRNs": an acronym the archive counts is a thing's, unless
        # the archive defines it after a name ("Mobile Data Association (MDA)", beside
        # T-Mobile's "100,000 MDAs sold")
        things = self.plural_acronyms - self.defined_acronyms
        if things:
            for m in self.mentions:
                if m.key in things and is_acronym(m.text):
                    m.junk = m.soft_junk = True

    def drop_headline_fragments(self) -> None:
        """Keep in headline lines only the names the archive also uses in running text.

        A headline capitalises every word, so the model's spans there run into verbs
        ("Lindsay Lohan Checks Out", "Buys SeaMicro"). A single word stays soft junk: a
        full name in its article may still claim it as a surname.
        """
        headline: list[bool] = []
        known: set[str] = set()
        for m in self.mentions:
            in_headline = is_headline(self.paragraphs[m.article][m.paragraph])
            headline.append(in_headline)
            if not in_headline and not m.junk:
                known.add(m.key)
        for m, in_headline in zip(self.mentions, headline, strict=True):
            if not in_headline or m.junk or m.key in known:
                continue
            if m.key in PLACES or m.key in ORGANIZATIONS:
                continue
            if (
                m.text.isalpha()
                and m.text.isupper()
                and not self.paragraphs[m.article][m.paragraph].isupper()
            ):
                continue  # an acronym stands out even in title case ("Michael Tien of NPP")
            m.junk = True
            m.soft_junk = len(m.tokens) == 1

    def _join_places_used_mostly_as_teams(self) -> None:
        """Put a name back with its team when the archive uses it for the team more often
        than for anything else ("Creighton" in stories of its basketball team): its other
        uses are the team's too, seen from a locative word ("in Creighton history")."""
        uses: dict[int, int] = defaultdict(int)
        for m in self.mentions:
            if m.group >= 0:
                uses[m.group] += 1
        joined: dict[int, int] = {}
        for key, team in list(self.key_group.items()):
            if not key.endswith(TEAM_SUFFIX):
                continue
            other = self.key_group.get(key.removesuffix(TEAM_SUFFIX))
            if other is not None and uses[team] >= uses[other]:
                joined[other] = team
        if joined:
            self._keep_the_town_apart(set(joined))
        for other, team in joined.items():
            self.same_entity.union(team, other)

    def _keep_the_town_apart(self, groups: set[int]) -> None:
        """Give the uses of these place names that their phrase sets as the town
        ("in Jacksonville, Fla.", "a Philadelphia native") a group of their own: they are
        the town's, not the team's its name joins."""
        for m in self.mentions:
            if m.group not in groups:
                continue
            text = self.paragraphs[m.article][m.paragraph]
            if place_context_vote(text, m.start, m.end, m.label) or (
                _IN_BEFORE.search(text[max(0, m.start - 4) : m.start])
                and _CLAUSE_END.match(text, m.end)
            ):
                m.group = self.group_of(m.key + TOWN_SUFFIX)

    def group_of(self, key: str) -> int:
        """Return the name group of ``key``, made on first use."""
        g = self.key_group.get(key)
        if g is None:
            g = len(self.group_key)
            self.group_key.append(key)
            self.key_group[key] = g
        return g

    def name_of(self, group: int) -> str:
        """Return a group's name as first written, for messages."""
        key = self.group_key[group]
        return self.surface.get(key, key)

    def assign(self, m: MentionRecord, group: int, note: str | None, confidence: float) -> None:
        """Link a mention to ``group``, saying why when the choice was not certain."""
        m.group = group
        m.junk = False
        m.note = note
        m.confidence = confidence

    def group_votes(self) -> dict[int, dict[str, float]]:
        """Return the type votes summed over each root group's mentions.

        The model's label on one written word that also stands in a longer name of the
        same group (a surname, "Leigh-Pemberton" too; a short form) counts for a share
        only: the small model types a bare surname by its spelling ("Teixeira" an
        organisation, "Quinn" a place) while it reads the full name in context.

        A team's full name whose first words are a place the archive uses for a team
        ("Jacksonville Jaguars", with "Jacksonville" a team's name) votes organisation,
        however the model read it (often a building).

        A group written once with a company's legal form ("Scott Paper Co", "Dayton Hudson
        Corp") is no person, however often the model read its shorter forms as one: no
        person's name takes "Inc" or "Plc". Not when the model read a longer name of the
        group as a person's: "David Morrison" beside a headline's "MORRISON INC" is the
        person the surname was wrongly joined to.
        """
        votes: dict[int, dict[str, float]] = defaultdict(lambda: defaultdict(float))
        roots = self.same_entity.roots(len(self.group_key))
        incorporated: dict[int, int] = defaultdict(int)  # root -> words of its legal form
        personal: dict[int, int] = defaultdict(int)  # root -> words of its person's name
        long_words: dict[int, set[str]] = {}
        longest: dict[int, int] = {}  # root -> words of its longest name
        for g, key in enumerate(self.group_key):  # a group per name: far fewer than mentions
            if " " in key:
                name_words = key.split()
                root = roots[g]
                long_words.setdefault(root, set()).update(name_words)
                longest[root] = max(longest.get(root, 0), len(name_words))
        # called some twenty times a build over every mention: the cheap tests go first
        for m in self.mentions:
            if m.group < 0:
                continue
            root = roots[m.group]
            total = votes[root]  # summed in mention order, as always
            for kind, w in m.votes.items():
                total[kind] += w
            tokens = m.tokens
            if legal_suffix_vote(m.text):
                if len(tokens) > incorporated[root]:
                    incorporated[root] = len(tokens)
            elif m.label == "PERSON" and len(tokens) > personal[root]:
                personal[root] = len(tokens)
            if (
                # one written word ("Teixeira", "Leigh-Pemberton") of a longer name
                tokens
                and len(tokens) < longest.get(root, 0)
                and m.label in LABEL_VOTES
                and " " not in m.text.strip()
                and set(tokens) <= long_words[root]
            ):
                kind, w = LABEL_VOTES[m.label]
                total[kind] -= w * (1.0 - SHORT_FORM_LABEL_SHARE)
        for g, key in enumerate(self.group_key):
            if roots[g] in votes and self._names_a_team_of_its_place(key):
                votes[roots[g]][ORG] += TEAM_NAME_WEIGHT
        for root, words in incorporated.items():
            if words >= personal[root]:
                votes[root][PERSON] = 0.0
        return votes

    def _names_a_team_of_its_place(self, key: str) -> bool:
        """Whether a name is a team's full name whose place the archive uses for a team."""
        if " " not in key or not may_be_full_team_name(key):
            return False
        return key.rsplit(" ", 1)[0] + TEAM_SUFFIX in self.key_group

    def group_names(self) -> None:
        """Group mentions by key."""
        for m in self.mentions:
            if m.junk:
                continue
            text = self.paragraphs[m.article][m.paragraph]
            if (
                m.label != CANDIDATE
                or looks_like_person(m.text, m.tokens)
                or reads_as_person(m, text)
            ):
                m.group = self.group_of(m.key)
            elif speaks_as_body(m, text):
                give_speaking_body_its_vote(m)
                m.group = self.group_of(m.key)
            elif named_with_legal_form(m, text):
                # "TORONTO, March 5 - Spar Aerospace Ltd, reporting …": a company the
                # model left untagged (its date took the name's place) is one all the same
                m.votes = {**m.votes, ORG: max(m.votes.get(ORG, 0.0), HEAD_WEIGHT)}
                m.group = self.group_of(m.key)
            elif names_a_medium(m, text):
                m.votes = {**m.votes, ORG: MEDIUM_WORD_WEIGHT}  # votes dicts are shared
                if len(m.tokens) == 1 and not is_acronym(m.text) and m.key not in self.key_group:
                    # one word ("Variety"): other capitalised uses may be the word itself
                    self.medium_word_keys.add(m.key)
                m.group = self.group_of(m.key)
        self._join_places_used_mostly_as_teams()

    def join_acronyms(self) -> None:
        """Join acronyms used alongside their full form in one article ("NATO" …
        "North Atlantic …"), then standard ones nobody defined to the archive's one name
        with those initials (after :mod:`.defined_acronyms`)."""
        for mentions in self.by_article:
            full_by_acronym: dict[str, set[int]] = defaultdict(set)
            joined_by_acronym: dict[str, set[int]] = defaultdict(set)
            for m in mentions:
                if m.group >= 0 and len(m.tokens) >= 2:
                    acr = acronym_of(m.text)
                    if len(acr) >= 2:
                        full_by_acronym[acr].add(m.group)
                        if "&" in m.text or " and " in m.text:
                            joined_by_acronym[acr].add(m.group)
            for m in mentions:
                if m.group >= 0 and m.text.isupper() and len(m.tokens) == 1:
                    # "M&S" beside "Marks & Spencer": the ampersand is no initial, but it
                    # says the full name joins two (not "R&B" beside "Rhian Benson")
                    letters = m.text.replace(".", "").replace("&", "")
                    by = joined_by_acronym if "&" in m.text else full_by_acronym
                    targets = by.get(letters, set())
                    if len(targets) == 1:
                        self.same_entity.union(m.group, next(iter(targets)))
        self._join_acronyms_to_the_only_full_name()

    def _join_acronyms_to_the_only_full_name(self) -> None:
        """Join a standard acronym nobody defined ("USGS") to the archive's only name of
        several words with those initials ("U.S. Geological Survey"), a person's name
        never ("BAA" is no "Battle Angel Alita"). Three letters at least: "UN" or "EU"
        are too short to name one body by their letters alone."""
        full_by_acronym: dict[str, set[int]] = defaultdict(set)
        acronyms: dict[int, str] = {}
        for m in self.mentions:
            if m.group < 0:
                continue
            if len(m.tokens) >= 2:
                for acr in acronyms_of(m.text):
                    if len(acr) >= 3:
                        full_by_acronym[acr].add(m.group)
            elif (
                m.text.isupper()
                and m.text.replace(".", "").isalpha()
                and 3 <= len(m.text.replace(".", "")) <= 6
                and m.key not in PLACES
                and m.key not in ORGANIZATIONS
            ):
                acronyms.setdefault(m.group, m.text.replace(".", ""))
        roots = self.same_entity.roots(len(self.group_key))
        votes = self.group_votes()
        for group, acr in sorted(acronyms.items()):
            targets = {
                roots[g]
                for g in full_by_acronym.get(acr, ())
                if best_type(votes.get(roots[g], {})) != PERSON  # a film read as a person
            }
            if len(targets) == 1 and roots[group] not in targets:
                target = next(iter(targets))
                self.same_entity.union(group, target)
                why = f"'{acr}' taken as the initials of '{self.name_of(target)}'"
                self.notes.append((target, why, 0.7))

    def link_candidates(self) -> None:
        """Link capitalised words the model missed when the archive knows the name, or
        when an article sets one as a body by a word before it and names it again ("copy
        protection firm Macrovision. … Macrovision says")."""
        counts = Counter(
            (m.article, m.key) for m in self.mentions if m.label == CANDIDATE and not m.junk
        )
        for m in self.mentions:
            if (
                m.label == CANDIDATE
                and m.group < 0
                and not m.junk
                and m.votes.get(ORG, 0.0) >= HEAD_WEIGHT
                and counts[(m.article, m.key)] >= 2
            ):
                self.group_of(m.key)
        for m in self.mentions:
            if m.label != CANDIDATE or m.group >= 0 or m.junk:
                continue
            g = self.key_group.get(m.key)
            if g is not None:
                if m.key in self.medium_word_keys:
                    continue  # "in a Variety or Music Program": the word, not the magazine
                m.group = g
            elif m.key in PLACES or m.key in ORGANIZATIONS:
                m.group = self.group_of(m.key)

    def merge_near_spellings(self) -> None:
        """Merge near-identical organisation and place names ("Defence"/"Defense Ministry")."""
        votes = self.group_votes()
        root_of = self.same_entity.roots(len(self.group_key))
        roots = sorted({root_of[m.group] for m in self.mentions if m.group >= 0})
        buckets: dict[tuple[str, str], list[int]] = defaultdict(list)
        for r in roots:
            kind = best_type(votes.get(r, {}))
            key = self.group_key[r]
            if kind in (ORG, PLACE) and len(key) >= 8:
                buckets[(kind, key[0])].append(r)
        for _, groups in sorted(buckets.items()):
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
                        self.same_entity.union(g1, g2)
                        n1, n2 = self.name_of(g1), self.name_of(g2)
                        why = f"merged '{n1}' and '{n2}' (spelling similarity {ratio:.2f})"
                        self.notes.append((g1, why, 0.7))

    def clusters(self) -> dict[int, Cluster]:
        """Return one cluster per root group of linked mentions, typed by its votes."""
        votes = self.group_votes()
        roots = self.same_entity.roots(len(self.group_key))
        clusters: dict[int, Cluster] = {}
        for m in self.mentions:
            if m.group < 0 or (m.junk and m.note is None and m.label != CANDIDATE):
                continue
            root = roots[m.group]
            c = clusters.get(root)
            if c is None:
                c = clusters[root] = Cluster(root)
            c.mentions.append(m)
        for root, c in list(clusters.items()):
            kind = best_type(votes.get(root, {}))
            if kind is None:  # no evidence for any of our types (e.g. only PRODUCT)
                del clusters[root]
                continue
            c.type = kind
        return clusters
