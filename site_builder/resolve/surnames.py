"""A person's full name the archive types otherwise, claimed by its bare surname.

The small model reads some people's full names as bodies or places ("Bettie Page" an
organisation in most of her profiles, "Lennox Lewis", "Thaddeus Young"), so the archive
types the name otherwise and the surname rule, which looks for a person's full name in
the article, finds none: the bare "Page" stays apart (an entity of its own, or nothing)
or goes to another person of that surname across the archive ("Lewis" to Jerry Lewis).

Within one article, such a full name counts as the article's person of that surname
when the model took the bare surname for a person at least once there, the name is a
plain first name and surname (no role, title, body's or common word: not "Palmer Fire",
"New Moon", "Genesee County Sheriff"), and no other full name of the article ends with
that surname: two people of one surname ("Greg" and "Doug McDermott") are never joined
this way. A known place or body of that name ("Washington", "Ford") is left alone by the
surname rule itself. A bare surname joined so must stand alone in the text: not after
"the" ("the Page Act"), nor cut from a longer name.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable

from ..gazetteer import ORGANIZATIONS, PERSON_TITLES, PLACES
from ..models import EntityType
from .archive import Resolver
from .mentions import PERSON, MentionRecord

_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_CAPITAL_AFTER = re.compile(r"\s+[A-Z]")
_WORD_BEFORE = re.compile(r"\b([A-Z][\w.'’-]*)\s+$")


def stands_alone(r: Resolver, m: MentionRecord) -> bool:
    """Whether a one-word mention is a bare name: not after "the", nor cut by the model
    from a longer name (a capitalised word right before it that is no title, "Mehmet
    Nielsen" read as "Nielsen"; or one right after it)."""
    text = r.paragraphs[m.article][m.paragraph]
    before = text[max(0, m.start - 30) : m.start]
    if _THE_BEFORE.search(before) or _CAPITAL_AFTER.match(text[m.end : m.end + 2]):
        return False
    word = _WORD_BEFORE.search(before)
    return word is None or word.group(1).casefold().rstrip(".") in PERSON_TITLES


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
        if not _may_be_first_name(r, m.tokens[0]):
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


def _may_be_first_name(r: Resolver, word: str) -> bool:
    """Whether a full name's first word may be a first name: not a word the archive
    writes in lower case ("Spacecraft Stardust"), nor a known body or place ("Google
    Chrome"). The model's own label on the word alone says nothing: it reads "Bettie"
    as an organisation as often as "Bettie Page"."""
    return word not in r.lower_words and word not in ORGANIZATIONS and word not in PLACES


def may_be_one_person(names: set[tuple[str, ...]]) -> bool:
    """Whether full names of one surname may all be one person's: one ends another
    ("Bettie Page", "Notorious Bettie Page") or their first names start alike ("Bettie
    Page", "Bettie Mae Page"); "Greg" and "Doug McDermott" are two."""
    return all(_may_be_one(a, b) for a in names for b in names if a < b)


def _may_be_one(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    short, long = sorted((a, b), key=len)
    return long[-len(short) :] == short or (len(a[0]) >= 4 and a[0][:4] == b[0][:4])
