"""A bare surname in an article that names two people of that surname.

News calls the story's person by the surname alone and names a relative or namesake by
a full or first name ("Gary Gomes, 35, was arrested …", "Gomes' mother, Catherine
Gomes, 61", "Gomes was on probation"; an obituary's "survived by his brother, Louis
Gigante"). So the surname goes to the first of them the article names, not to the
nearest full name before it. A title leaves out the people whose given name is the other
sex's: "Ms. Gomes" is the first woman of that surname the article names, "Mr. Gigante"
not his sister; nor is he any man the article knights ("Mr Blair" is not "Sir Ian
Blair", whom British news calls "Sir Ian"). After a title, a given name is a surname:
"Mr Howard" is not Howard Flight.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..person_names import (
    HE_NAMES,
    KNIGHTED_BEFORE,
    PLAIN_TITLE_BEFORE,
    SHE_NAMES,
    TITLE_PRONOUNS,
)
from .archive import Resolver
from .mentions import MentionRecord

# a generation after a surname: "Walter M Phillips Jr" is Phillips
GENERATIONS = frozenset(["jr", "sr", "ii", "iii", "iv"])


def without_generation(tokens: Sequence[str]) -> list[str]:
    """A full name's words without a generation after the surname ("Walter M Phillips
    Jr"); a name of two words stays whole."""
    words = list(tokens)
    while len(words) > 2 and words[-1] in GENERATIONS:
        words.pop()
    return words


def surname_of(tokens: Sequence[str]) -> str:
    """A full name's surname: its last word, but not a generation's ("Walter M Phillips
    Jr" is Phillips: a bare "Jr" is nobody's)."""
    return without_generation(tokens)[-1]


def untitled_pool(
    r: Resolver, m: MentionRecord, here: list[MentionRecord]
) -> tuple[list[MentionRecord], set[int]]:
    """The full names a bare surname after "Mr", "Mrs" or "Ms" may stand for, and the
    entities left out: the people the article knights ("Sir Ian Blair") are never
    "Mr Blair" there."""
    if title_pronoun(r, m) is None:
        return here, set()
    knights = {
        r.same_entity.find(f.group)
        for f in here
        if KNIGHTED_BEFORE.search(
            r.paragraphs[f.article][f.paragraph], max(0, f.start - 6), f.start
        )
    }
    return [f for f in here if r.same_entity.find(f.group) not in knights], knights


def pronoun_of_name(tokens: tuple[str, ...]) -> str | None:
    """Return "he" or "she" when a full name's given name is nearly always one."""
    first = tokens[0] if tokens else ""
    return "he" if first in HE_NAMES else "she" if first in SHE_NAMES else None


def title_pronoun(r: Resolver, m: MentionRecord) -> str | None:
    """Return the pronoun of the title right before a mention ("Mr. Gomes"), if any."""
    before = r.paragraphs[m.article][m.paragraph][max(0, m.start - 6) : m.start]
    found = PLAIN_TITLE_BEFORE.search(before)
    return TITLE_PRONOUNS[found.group(1).lower()] if found else None


def titled_given_name(r: Resolver, m: MentionRecord) -> bool:
    """Whether a man's or woman's given name follows "Mr", "Mrs" or "Ms": the word is
    then a surname, "Mr Howard" not Howard Flight ("Mr Kim" of "Kim Yungmin", a name
    whose surname comes first, is his)."""
    return (m.key in HE_NAMES or m.key in SHE_NAMES) and title_pronoun(r, m) is not None


def choose_namesake(
    r: Resolver, m: MentionRecord, here: list[MentionRecord]
) -> tuple[MentionRecord, str]:
    """Return the full-name mention a bare surname stands for among namesakes, and why."""
    pronoun = title_pronoun(r, m)
    pool = here
    if pronoun is not None:
        # leave out the people whose every given name says the other sex
        names_of: dict[int, set[str | None]] = {}
        for f in here:
            names_of.setdefault(r.same_entity.find(f.group), set()).add(pronoun_of_name(f.tokens))
        other = {p for p, seen in names_of.items() if None not in seen and pronoun not in seen}
        pool = [f for f in here if r.same_entity.find(f.group) not in other] or here
    chosen = min(pool, key=lambda f: f.pos)
    if pool is not here and chosen is not min(here, key=lambda f: f.pos):
        return chosen, f"by the title, the first named {'man' if pronoun == 'he' else 'woman'} of"
    return chosen, "the first named of"
