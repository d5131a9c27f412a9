"""A person's full name with words before it that the model took into the name.

The model runs a role, a team, a rank or a nationality into a person's span: "Quarterback
Peyton Manning" (a sentence's first word), "GM Ed Stefanski", "American Hasim Rahman",
"Palmer Police Sergeant Shayne La Croix", "Interior Ken Salazar" (of "Secretary of the
Interior"). Each such span made an entity of its own, often typed by its first words (a
police force, a department). Where the span ends with a person's full name the archive
knows, it is that person.
"""

from __future__ import annotations

from ..gazetteer import (
    COMMON_WORDS,
    DEMONYMS,
    NAME_TITLES,
    ORGANIZATIONS,
    PERSON_TITLES,
    PLACES,
    ROLE_WORDS,
)
from ..person_names import GIVEN_NAMES
from .archive import Resolver, best_type
from .mentions import LABEL_VOTES, PERSON, PLACE
from .names import FUNCTION_WORDS

# at most this many words before the full name: a role and a body ("Palmer Police
# Sergeant"); more is a phrase, not a name's prefix
MAX_LEADING_WORDS = 3


def join_full_names_after_leading_words(r: Resolver) -> None:
    """Join a name of three words or more that ends with a person's full name (two or
    three words) to that person, when the words before it hold no "of", "and" ... (a
    body named after the person: "Friends of Bill Clinton"), are no place's name (a
    town's body: "Matanuska Maid Creamery") and do not open with a first name ("Mary Ann
    Smith" is not "Ann Smith"); a place's name is never a person's, and the person must
    be one by more than the model's label. The words before say nothing of the person's
    type; where they are surely no name ("GM", "Quarterback"), the page keeps the
    person's own name."""
    votes = r.group_votes()
    roots = r.same_entity.roots(len(r.group_key))  # no union until the loop's end
    people = _people_beyond_the_label(r, roots)
    # long name's group -> (person's group, words of the person's name, whether the words
    # before it are surely no name, so the person's name is the page's)
    joins: dict[int, tuple[int, int, bool]] = {}
    for key, group in sorted(r.key_group.items()):
        words = key.split()
        if len(words) < 3 or best_type(votes.get(roots[group], {})) == PLACE:
            continue  # "Mount Sefton Bivvy": a place, whatever its last words are
        for n in (3, 2):
            lead = words[:-n]
            if not lead or len(lead) > MAX_LEADING_WORDS:
                continue
            tail = " ".join(words[-n:])
            person = r.key_group.get(tail)
            if (
                person is None
                or roots[person] == roots[group]
                or tail in PLACES
                or tail in ORGANIZATIONS
                or FUNCTION_WORDS & set(lead)
                or _is_a_place(r, " ".join(lead), votes, roots)
                or lead[0] in GIVEN_NAMES
                or best_type(votes.get(roots[person], {})) != PERSON
                or roots[person] not in people
            ):
                continue
            # a word before that may be a first name ("Shayne La Croix" holds "La Croix")
            # leaves the page's name to the names' support
            joins[group] = (person, n, _no_name_word(r, key, len(lead) - 1, votes, roots))
            break
        else:
            role_lead = _role_before_a_full_name(r, words, votes.get(roots[group], {}))
            if role_lead is not None:
                person = r.key_group.get(" ".join(words[role_lead:]))
                if person is not None and best_type(votes.get(roots[person], {})) != PERSON:
                    person = None
                joins[group] = (group if person is None else person, len(words) - role_lead, True)
    if not joins:
        return
    for m in r.mentions:
        if m.group in joins and m.key == r.group_key[m.group]:  # not a surname linked to it
            person, n, no_name = joins[m.group]
            if person != m.group:
                m.votes = {}  # the role's or the body's words say nothing of the person
            if no_name:
                m.preferred = " ".join(m.text.split()[-n:])
    for group, (person, _, _) in sorted(joins.items()):
        if person == group:
            continue  # only the page's name: the person has no other form here
        r.same_entity.union(person, group)
        why = f"'{r.name_of(group)}' taken as '{r.name_of(person)}' with words before it"
        r.notes.append((person, why, 0.8))


def _role_before_a_full_name(r: Resolver, words: list[str], votes: dict[str, float]) -> int | None:
    """Where the person's own name starts in a person's name of three or four words
    that opens with one or two words of a role the archive writes in lower case
    ("Broadcaster Chris Evans", "Prop Martin Castrogiovanni", "Songwriter Guy Chambers"),
    when a given name follows them and a surname ends it, or the archive writes those two
    words alone; None otherwise. A title that
    is part of how a person is named ("Prince", "Lord") stays."""
    if best_type(votes) != PERSON or not 3 <= len(words) <= 4:
        return None
    lead = len(words) - 2
    role = words[:lead]
    if any(w in NAME_TITLES or w in GIVEN_NAMES or w in FUNCTION_WORDS for w in role):
        return None
    if not all(w in r.lower_words or w in ROLE_WORDS for w in role):
        return None
    given, surname = words[lead:]
    if surname in COMMON_WORDS:
        return None
    # a given name opens the person's name, or the archive writes that name alone
    return lead if given in GIVEN_NAMES or f"{given} {surname}" in r.key_group else None


def _people_beyond_the_label(r: Resolver, roots: list[int]) -> set[int]:
    """Return the roots that more than the model's label makes people: a title or a role
    before a name, speech or an age after it, or a surname alone linked to them. The
    model reads some bodies' names as people ("Maid Creamery", "Avert Labs")."""
    found: set[int] = set()
    for m in r.mentions:
        if m.group < 0:
            continue
        label_weight = LABEL_VOTES[m.label][1] if m.label == "PERSON" else 0.0
        if m.titled or m.roles or len(m.tokens) == 1 or m.votes.get(PERSON, 0.0) > label_weight:
            found.add(roots[m.group])
    return found


def _no_name_word(
    r: Resolver, key: str, i: int, votes: dict[int, dict[str, float]], roots: list[int]
) -> bool:
    """Whether the word before a full name is no part of a person's name: a role, a title
    or a nationality ("Councilman", "American"), a word the archive writes in lower case
    ("Quarterback", "Interior"), an abbreviation ("GM", "CTO"), or a body's or a place's
    name. "Shayne La Croix" and "Ashley Smith Robinson" are whole names. ``i`` is the
    word's place in the name ``key``."""
    word = key.split()[i]
    if word in ROLE_WORDS or word in PERSON_TITLES or word in DEMONYMS or word in COMMON_WORDS:
        return True
    written = r.surface.get(key, "").split()
    if word in r.lower_words or (len(written) > i and written[i].isupper()):
        return True
    group = r.key_group.get(word)
    return group is not None and best_type(votes.get(roots[group], {})) not in (None, PERSON)


def _is_a_place(
    r: Resolver, key: str, votes: dict[int, dict[str, float]], roots: list[int]
) -> bool:
    """Whether a name is a known place, or one the archive types as a place: a town's
    name before a body's ("Matanuska Maid Creamery") names the body, not a person."""
    if key in PLACES:
        return True
    group = r.key_group.get(key)
    return group is not None and best_type(votes.get(roots[group], {})) == PLACE
