"""Name each cluster, and turn the clusters into the entities, links and notes of a Resolution."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable

from ..gazetteer import (
    ALIASES,
    COMPANY_HEADS,
    ORG_HEADS,
    ORGANIZATIONS,
    PLACES,
    TRAILING_RANKS,
    norm_key,
)
from ..geo import geonames_spelling
from ..models import Entity, LinkMap, MentionRef, MergeNote, Resolution
from ..person_names import ANY_GIVEN_NAMES
from ..spans import TRAILING_PREPOSITIONS
from ..urls import slugify, unique_slugs
from .archive import Cluster, Resolver
from .mentions import ORG, PERSON, PLACE, MentionRecord
from .names import without_run_on
from .peers import peer_surname
from .person_cues import name_after_opening_title
from .variants import MUNICIPALITY_WORDS


def canonical_name(
    c: Cluster, in_capitals: Callable[[MentionRecord], bool] = lambda m: False
) -> tuple[str, list[str]]:
    """Return the best-supported full form and the other surface forms (most used first).

    ``in_capitals`` tells a mention set in capitals by where it stands (a headline, a
    dateline): such a form does not name the page when the text writes it otherwise.
    """
    forms: Counter[str] = Counter()
    arts: dict[str, set[int]] = defaultdict(set)
    spoken: set[str] = set()  # forms written somewhere they were not set in capitals
    whole = [m for m in c.mentions if not m.part] or c.mentions
    for m in whole:
        surface = without_run_on(" ".join(m.text.split()).replace("’", "'"))
        if surface.startswith(("The ", "the ")) and len(surface) > 4:
            surface = surface[4:]
        words = surface.split()
        if len(words) >= 2 and words[-1] in TRAILING_PREPOSITIONS:  # "Xi Jinping to"
            surface = " ".join(words[:-1])
        elif len(words) >= 2 and words[-1][:1].isupper() and norm_key(words[-1]) in TRAILING_RANKS:
            # the next person's rank, as the key leaves it out: "X Police Sgt", "X and Capt"
            words = words[:-2] if len(words) > 2 and words[-2] in ("and", "&") else words[:-1]
            surface = " ".join(words)
        forms[surface] += 1
        arts[surface].add(m.article)
        if not in_capitals(m):
            spoken.add(surface)
    form_keys = {norm_key(f) for f in forms}

    def opens_a_longer_form(alias: str) -> bool:
        """Whether the cluster has a longer name that starts with an alias's full form:
        "Indy" read as Indianapolis on the page of the "Indianapolis Colts"."""
        start = norm_key(alias) + " "
        return any(k.startswith(start) for k in form_keys)

    # the gazetteer's names are places' and bodies': a person's surname that is one too
    # ("Wagner" of Allan Wagner) does not name the person's page
    body = c.type != PERSON
    alias_names = sorted(
        [
            ALIASES[k]
            for k in (norm_key(m.text) for m in c.mentions)
            if body and k in ALIASES and not opens_a_longer_form(ALIASES[k])
        ]
        + [m.preferred for m in c.mentions if m.preferred]
    )
    known = [
        f
        for f in forms
        if body
        and (
            norm_key(f) in ORGANIZATIONS
            or (norm_key(f) in PLACES and not (c.type == ORG and opens_a_longer_form(f)))
        )
    ] + alias_names  # a team's page is not named by its city ("Indianapolis Colts")

    def tail(form: str) -> str:
        words = norm_key(form).split()
        return words[-1] if words else ""

    tails: Counter[str] = Counter(tail(f) for f in forms.elements())
    plain_full = c.type == PERSON and any(
        len(f.split()) >= 2 and peer_surname(norm_key(f)) is None for f in forms
    )
    longest = max((len(f.split()) for f in forms), default=1)
    written = {norm_key(f) for f in forms if any(ch.islower() for ch in f)}
    shouted_forms = {f for f in forms if f.isupper() and f not in spoken and norm_key(f) in written}

    def score(form: str) -> tuple[bool, bool, bool, float, int, int, str]:
        words = form.split()
        full = len(words) >= 2 if c.type == PERSON else len(words) == longest
        if full and c.type == PERSON and name_after_opening_title(form) is not None:
            full = False  # "Professor Varoufakis" on the page of Yanis Varoufakis
        if full and plain_full and peer_surname(norm_key(form)):
            full = False  # "Lord Kinnock" on the page of Neil Kinnock
        kind, of, town = norm_key(form).partition(" of ")
        if of and kind in MUNICIPALITY_WORDS and town in form_keys:
            full = False  # "City of Palmer" on the page of Palmer, which is the name
        if c.type != PERSON and form.replace(".", "").isupper() and len(words) == 1:
            full = longest == 1
        support = forms.get(form, 0) + 0.5 * (tails.get(tail(form), 0) - forms.get(form, 0))
        # "LONDON" of a wire's datelines and headlines is "London" where the text has it
        # ("CREEP", written so in sentences too, stays the acronym's name)
        return (
            form in alias_names,
            full,
            form not in shouted_forms,
            support,
            len(arts.get(form, ())),
            len(form),
            form,
        )

    if alias_names:
        name = max(set(alias_names), key=lambda f: (alias_names.count(f), f))
    else:
        candidates = [f for f in forms if f]
        if body:
            places = {" ".join(m.text.split()) for m in c.mentions if m.label in ("GPE", "LOC")}
            places |= {f for f in forms if norm_key(f) in PLACES}
            candidates = [
                f for f in candidates if not _context_run_into(f, forms, places)
            ] or candidates
        name = max(candidates, key=score) if not known else max(known, key=score)
    if c.type == PLACE and name.isupper() and not written and not c.curated_name:
        # a town the archive names only in datelines and headlines ("KANSAS CITY, Mo., March
        # 2 -"): the page takes the gazetteer's spelling, or the words' usual capitals
        spelt = geonames_spelling(norm_key(name))
        # the gazetteer's capitals ("McLean"), not its accents on an ASCII name ("San José")
        name = spelt if spelt and spelt.lower() == name.lower() else _in_usual_capitals(name)
    others = sorted((f for f in forms if f != name), key=lambda f: (-forms[f], f))
    return name, others


_PARTICLES = frozenset({"de", "da", "do", "dos", "das", "del", "della", "du", "des", "la", "le",
                        "of", "and", "the", "von", "van", "on", "upon"})  # fmt: skip


def _in_usual_capitals(name: str) -> str:
    """A name set all in capitals, written as a place's name usually is: "MORRIS TOWNSHIP"
    as "Morris Township", "BAY OF PLENTY" as "Bay of Plenty"."""
    words = name.split()
    if len(words) == 1 and (len(name) < 5 or len(_VOWELS.findall(name)) < 2):
        return name  # an acronym ("USSR", "IPCL") stays as it is
    if not all(_WORD.fullmatch(w) for w in words):
        return name  # so does a name with stops ("ST. LOUIS", "U.S.")
    return " ".join(
        w.lower() if i and w.lower() in _PARTICLES else w.capitalize() for i, w in enumerate(words)
    )


# a word with a vowel, in letters: no acronym
_WORD = re.compile(r"(?=[A-Z'’-]*[AEIOUY])[A-Z][A-Z'’-]*")
_VOWELS = re.compile(r"[AEIOUY]")


def _context_run_into(form: str, forms: Counter[str], places: set[str]) -> bool:
    """Whether a body's longer form, written once, is its usual name with the words around
    it run in ("Praising Celtic", "Henry to Arsenal", "Yukos USA" on the page of Celtic,
    Arsenal and Yukos): once against three uses or more of the usual name is no evidence of
    a fuller name. ``places`` are the forms read as places."""
    if forms[form] != 1:
        return False
    usual = max(forms, key=lambda f: (forms[f], f))
    words, core = form.split(), usual.split()
    if forms[usual] < 3 or len(words) <= len(core):
        return False
    if words[-len(core) :] == core:
        before = words[: -len(core)]
        # a given name makes a person's full name ("Pim Fortuyn"), a number a title's
        person = norm_key(before[0]) in ANY_GIVEN_NAMES and all(w[0].isupper() for w in before)
        return not (person or any(c.isdigit() for w in before for c in w))
    added = words[len(core) :]
    # a place's name goes on into its team's or its hospital's ("Denver Broncos"), a name
    # into its legal form ("Crowley Maritime Corp.", "United Bank of Africa")
    return (
        words[: len(core)] == core
        and usual not in places
        and added[0] not in ("of", "for", "de", "&", "and")
        and norm_key(added[-1]) not in COMPANY_HEADS | ORG_HEADS
    )


def make_resolution(r: Resolver, clusters: dict[int, Cluster], warnings: list[str]) -> Resolution:
    """Turn clusters into entities with unique slugs, links and notes."""
    for c in clusters.values():
        c.mentions.sort(key=lambda m: (m.article, m.paragraph, m.start))
    ordered = sorted(
        clusters.values(),
        key=lambda c: (-len(c.mentions), c.name.casefold(), c.name, c.type, c.mentions[0].pos),
    )
    slugs = unique_slugs((str(c.id), slugify(c.name, fallback="entity")) for c in ordered)
    entities: list[Entity] = []
    links = LinkMap()
    notes: list[MergeNote] = []
    group_entity: dict[int, str] = {}
    root_of = r.same_entity.roots(len(r.group_key))
    for c in ordered:
        eid = slugs[str(c.id)]
        refs: list[MentionRef] = []
        for m in c.mentions:
            article_id = r.articles[m.article].id
            refs.append(MentionRef(article_id, m.paragraph, m.start, m.end, m.text))
            links[(article_id, m.mention_index)] = eid
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
        entity_id = group_entity.get(r.same_entity.find(group))
        if entity_id is not None:
            notes.append(MergeNote(entity_id, message, round(confidence, 2)))
    notes = list(dict.fromkeys(notes))
    notes.sort(key=lambda n: (n.confidence, n.entity_id, n.message))
    return Resolution(entities, links, notes, warnings)
