"""A person's full name the archive types otherwise, claimed by its bare surname.

The small model reads some people's full names as bodies or places ("Bettie Page" an
organisation in most of her profiles, "Lennox Lewis", "Thaddeus Young"), so the archive
types the name otherwise and the surname rule, which looks for a person's full name in
the article, finds none: the bare "Page" stays apart (an entity of its own, or nothing)
or goes to another person of that surname across the archive ("Lewis" to Jerry Lewis).

Within one article, such a full name counts as the article's person of that surname
when the model took the bare surname for a person at least once there, the name is a
plain first name and surname (no role, title, body's or common word: not "Palmer Fire",
"New Moon") whose first word may be a first name (no abbreviation, lower-case word,
known body or place, nor a place or team of the archive: not "St. Vincent", "Spacecraft
Stardust", "Google Chrome", "Jacksonville Jaguars"), and no other full name of the
article ends with that surname unless both may be one person's ("Bettie Page", "Bettie
Mae Page"): two people of one surname ("Greg" and "Doug McDermott") are never joined
this way. The bare surname must stand alone (not after "the", nor next to a capitalised
word the model cut from it, "J. Page"); a known place of its name ("Washington") is left
to the gazetteer; where a firm's name opens with it ("Ford Motor Co."), only the
model's person label on the word joins it. A surname read as a person that joins this
way votes person for the name: the story treats it as a person's.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Mapping

from ..gazetteer import ORGANIZATIONS, PERSON_TITLES, PLACES
from ..models import EntityType
from .archive import Resolver
from .mentions import ORG, PERSON, PLACE, TITLE_WEIGHT, MentionRecord, add_vote
from .teams import TEAM_SUFFIX

# the person vote of a bare surname read as a person and joined this way: the story
# treats the name as a person's, which counts as a title before it does ("Christopher
# Hill", read as a person, outvoted by the place word "Hill" of his full name)
SURNAME_PERSON_WEIGHT = TITLE_WEIGHT

_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_CAPITAL_AFTER = re.compile(r"\s+[A-Z]")
_WORD_BEFORE = re.compile(r"\b([A-Z][\w.'’-]*)\s+$")


def stands_alone(r: Resolver, m: MentionRecord) -> bool:
    """Whether a one-word mention is a bare name: not after "the", nor cut by the model
    from a longer name (a capitalised word right before it that is no title, "Mehmet
    Nielsen" read as "Nielsen"; or one right after it, "Page Industries")."""
    text = r.paragraphs[m.article][m.paragraph]
    before = text[max(0, m.start - 30) : m.start]
    if _THE_BEFORE.search(before) or _CAPITAL_AFTER.match(text[m.end : m.end + 2]):
        return False
    found = _WORD_BEFORE.search(before)
    if found is None:
        return True
    word = found.group(1)
    # a title ("Judge Page"), or an abbreviation that is one ("Sr. Keehan", "Gov.");
    # an initial ("J. Page") is a longer name's
    return word.casefold().rstrip(".") in PERSON_TITLES or (word.endswith(".") and len(word) > 2)


def full_names_typed_otherwise(
    r: Resolver,
    mentions: list[MentionRecord],
    typed_people_surnames: set[str],
    group_type: dict[int, EntityType | None],
    plain_full_name: Callable[[str], bool],
) -> dict[str, list[MentionRecord]]:
    """Return, by surname, the full-name mentions of one article that the archive types
    as no person but that stand for the article's one person of that surname (see the
    module's docstring). ``typed_people_surnames``: the surnames of the article's full
    names already typed a person; those surnames are left to the person rule."""
    as_person = {
        m.key for m in mentions if len(m.tokens) == 1 and m.label == "PERSON" and m.text.istitle()
    }
    if not as_person:
        return {}
    by_last: dict[str, list[MentionRecord]] = defaultdict(list)
    for m in mentions:
        if m.group < 0 or m.junk or not 2 <= len(m.tokens) <= 3:
            continue
        last = m.tokens[-1]
        if last not in as_person or last in typed_people_surnames:
            continue
        if group_type.get(m.group) == PERSON or not plain_full_name(m.key):
            continue
        if not _may_be_first_name(r, m, group_type):
            continue
        by_last[last].append(m)
    found: dict[str, list[MentionRecord]] = {}
    for last, fulls in by_last.items():
        if not may_be_one_person({f.tokens for f in fulls}):
            continue  # two people of one surname: never joined this way
        roots = [r.same_entity.find(f.group) for f in fulls]
        most_named = max(dict.fromkeys(roots), key=roots.count)  # the first on a tie
        found[last] = [f for f, root in zip(fulls, roots, strict=True) if root == most_named]
    return found


def first_words_of_bodies(r: Resolver, group_type: dict[int, EntityType | None]) -> set[str]:
    """The first words of the archive's organisations' names of two words or more: a
    surname among them may be a firm named after its founder ("Ford" of "Ford Motor
    Co."), so only the model's person label on the bare word joins it to a person."""
    return {
        key.split(" ", 1)[0]
        for g, key in enumerate(r.group_key)
        if " " in key and group_type.get(g) == ORG
    }


def vote_person_by_surname(m: MentionRecord) -> None:
    """Give a bare surname joined to a full name typed otherwise a person vote, when the
    model read the word as a person there (see :data:`SURNAME_PERSON_WEIGHT`)."""
    if m.label == "PERSON" and m.group >= 0:
        m.votes = dict(m.votes)  # its own copy: equal vote dicts are shared
        add_vote(m, PERSON, SURNAME_PERSON_WEIGHT)


def _may_be_first_name(
    r: Resolver, m: MentionRecord, group_type: dict[int, EntityType | None]
) -> bool:
    """Whether a full name's first word may be a first name: not an abbreviation ("St.
    Vincent"), a word the archive writes in lower case ("Spacecraft Stardust"), a known
    body or place ("Google Chrome"), nor a name the archive reads as a place or a team
    ("Jacksonville Jaguars"). The model's organisation label on the word alone says
    nothing: it reads "Bettie" as an organisation as often as "Bettie Page"."""
    word = m.tokens[0]
    if m.text.split()[0].endswith(".") or word in r.lower_words:
        return False
    if word in ORGANIZATIONS or word in PLACES or word + TEAM_SUFFIX in r.key_group:
        return False
    group = r.key_group.get(word)
    return group is None or group_type.get(group) != PLACE


def may_be_one_person(names: set[tuple[str, ...]]) -> bool:
    """Whether full names of one surname may all be one person's: one ends another
    ("Bettie Page", "Notorious Bettie Page") or their first names start alike ("Bettie
    Page", "Bettie Mae Page"); "Greg" and "Doug McDermott" are two."""
    return all(_may_be_one(a, b) for a in names for b in names if a < b)


def _may_be_one(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    short, long = sorted((a, b), key=len)
    return long[-len(short) :] == short or (len(a[0]) >= 4 and a[0][:4] == b[0][:4])


def double_barrelled_full_names(
    m: MentionRecord, here_by_last: Mapping[str, list[MentionRecord]]
) -> list[MentionRecord]:
    """The article's full names (``here_by_last``: by surname) that end with ``m`` when it
    is a double-barrelled surname written whole ("Leigh-Pemberton" of Robin
    Leigh-Pemberton, which the key splits into its parts), whatever the model typed it;
    none for any other mention."""
    if m.junk or len(m.tokens) < 2 or " " in m.text.strip() or "-" not in m.text:
        return []
    return [
        f
        for f in here_by_last.get(m.tokens[-1], [])
        if f.tokens[-len(m.tokens) :] == m.tokens and len(f.tokens) > len(m.tokens)
    ]
