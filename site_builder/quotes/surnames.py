"""A person's surname or given name alone, which the model or the resolver kept apart
from them.

The small model types a surname used alone inconsistently within one article ("Page"
as a person, an organisation, or a name it found but could not type), and the resolver
then keeps it apart from the full name: its own entity ("Page", an organisation) or no
entity at all. The attribution rules then see a profile of Bettie Page with nobody
named Page in it, and her "she said" finds no one.

Within one article, the surname alone is the person's when exactly one person of the
article has that surname (a full name of two or three words; two names that may be one
person's, "Bettie Page" and "Bettie Mae Page", count as one), the model took the word
alone for a person at least once there, and the mention is the bare word: not after
"the" ("the Page Act"), nor cut from a longer name ("Page Industries"). The entities
keep their links everywhere else; only who may have spoken changes.

A profile calls its subject by the given name as well ("Bettie sent me a letter"),
which the model may type apart (an organisation "Bettie"). A bare capitalised word is
the person's when it opens the full name of exactly one of the article's people and
is nobody's surname there, unless the resolver linked it to a place ("Washington").
"Mr Blair" is never a man the article knights ("Sir Ian Blair" is "Sir Ian").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence

from ..person_names import KNIGHTED_BEFORE, PLAIN_TITLE_BEFORE
from .persons import same_person

# mentions as the stage gets them: (paragraph, start, end, entity id, type)
Linked = tuple[int, int, int, str, str]
# a mention no entity stands for: (paragraph, start, end, the model's label)
Unlinked = tuple[int, int, int, str]

_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_NAME_WORD = re.compile(r"[A-Z][a-z]{2,}")


def _bare(text: str, start: int, end: int) -> bool:
    """Whether the mention is a word standing alone: not after "the", not followed by
    another capitalised word of a longer name."""
    return not _THE_BEFORE.search(text, max(0, start - 4), start) and not re.match(
        r"\s+[A-Z]", text[end : end + 2]
    )


def _one_person(ids: list[str], names: Mapping[str, str]) -> str | None:
    """The person these entities of one surname are, when they may all be one ("Bettie
    Page" and "Bettie Mae Page", which the resolver may split): the most named, the
    first named on a tie; None for two people ("Greg McDermott", "Doug McDermott")."""
    full = {tuple(names.get(e, "").casefold().split()) for e in ids}
    if any(not same_person(a, b) for a in full for b in full):
        return None
    return max(dict.fromkeys(ids), key=ids.count)


def _given_names(
    named: Mapping[str, int], names: Mapping[str, str], surnames: set[str]
) -> dict[str, str]:
    """Common given names that open the full name of exactly one of the article's people
    ("Bettie" of "Bettie Page") and are nobody's surname there: a profile calls its
    subject by the given name, which the model may type apart ("Bettie", an
    organisation)."""
    owners: dict[str, set[str]] = {}
    for entity_id in named:
        words = names.get(entity_id, "").split()
        if 2 <= len(words) <= 3:
            owners.setdefault(words[0], set()).add(entity_id)
    return {
        word: ids.pop()
        for word, ids in owners.items()
        if len(ids) == 1 and word not in surnames and _NAME_WORD.fullmatch(word)
    }


def join_surnames(
    paragraphs: Sequence[str],
    linked: Sequence[Linked],
    unlinked: Sequence[Unlinked],
    names: Mapping[str, str],
    as_person: frozenset[str],
) -> tuple[list[Linked], list[Unlinked]]:
    """``linked`` with the bare surnames of the article's people linked to them (see the
    module's docstring), and the ``unlinked`` mentions that are still nobody's.
    ``as_person``: the words the model labelled a person somewhere in the article."""
    named = Counter(entity_id for _, _, _, entity_id, type_ in linked if type_ == "person")
    owners: dict[str, list[str]] = {}  # surname -> its people's ids, once per mention
    for entity_id, n in named.items():
        words = names.get(entity_id, "").split()
        if 2 <= len(words) <= 3 and words[-1] in as_person:
            owners.setdefault(words[-1], []).extend([entity_id] * n)
    surnames = {s: one for s, ids in owners.items() if (one := _one_person(ids, names))}
    knights = {
        e for p, s, _, e, _ in linked if KNIGHTED_BEFORE.search(paragraphs[p], max(0, s - 6), s)
    }
    given = _given_names(named, names, set(owners))
    if not surnames and not given:
        return list(linked), list(unlinked)

    def owner(p: int, start: int, end: int, place: bool = False) -> str | None:
        word = paragraphs[p][start:end]
        if not _bare(paragraphs[p], start, end):
            return None
        if word in surnames and word in as_person:
            if surnames[word] in knights and PLAIN_TITLE_BEFORE.search(
                paragraphs[p], max(0, start - 6), start
            ):
                return None  # "Mr Blair", where Sir Ian Blair is "Sir Ian"
            return surnames[word]
        # a given name the resolver linked to a place is the place ("Washington")
        return None if place else given.get(word)

    joined: list[Linked] = []
    for p, s, e, entity_id, type_ in linked:
        person = owner(p, s, e, type_ == "place") if names.get(entity_id) else None
        if person is not None and names.get(entity_id) == paragraphs[p][s:e]:
            joined.append((p, s, e, person, "person"))  # "Page", an entity of its own
        else:
            joined.append((p, s, e, entity_id, type_))
    still: list[Unlinked] = []
    for p, s, e, label in unlinked:
        person = owner(p, s, e)
        if person is not None:
            joined.append((p, s, e, person, "person"))
        else:
            still.append((p, s, e, label))
    joined.sort(key=lambda m: (m[0], m[1]))
    return joined, still
