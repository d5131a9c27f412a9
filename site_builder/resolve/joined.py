"""Two bodies' names the model read as one: "talks between Siemens and Orion Group Corp."

Extraction already cuts "X and Y" where each side is a known name or ends as a body's
name does (:func:`site_builder.spans._two_names`). A one-word company ("Siemens") is
neither, so the whole stays one span and would become a page of two companies. The
archive knows better: when it names each side alone, the span is two names. The
mention is dropped rather than linked to one side: a wrong page is worse than no link.
"""

from __future__ import annotations

from collections import Counter

from ..gazetteer import ALIASES, ORGANIZATIONS, PLACES
from .archive import Resolver
from .names import canonical_key

# each side must be named alone this often: once may be the model's slip
MIN_USES_ALONE = 2


def drop_two_names_joined(r: Resolver) -> None:
    """Mark as junk a mention "X and Y" whose sides the archive names alone, each at
    least twice and away from any "and", unless the whole is a known name ("Bosnia and
    Herzegovina") or the two sides are one name ("Johnson and Johnson")."""
    alone: Counter[str] = Counter()
    for m in r.mentions:
        if m.junk or " and " in m.key:
            continue
        text = r.paragraphs[m.article][m.paragraph]
        # a side the model cut from a longer name ("U.S. Fish" of "U.S. Fish and
        # Wildlife Service") stands next to the "and": not alone
        if (
            text[m.end : m.end + 5].lower() == " and "
            or text[max(0, m.start - 5) : m.start].lower() == " and "
        ):
            continue
        alone[m.key] += 1
    for m in r.mentions:
        if m.junk or " and " not in m.key:
            continue
        if m.key in PLACES or m.key in ORGANIZATIONS or m.key in ALIASES:
            continue
        left, _, right = m.key.partition(" and ")
        # each side as the archive keys it alone: "Philly" is "philadelphia"
        left, right = canonical_key(left), canonical_key(right)
        if left == right or " and " in right:
            continue
        if alone[left] >= MIN_USES_ALONE and alone[right] >= MIN_USES_ALONE:
            m.junk = True
            m.soft_junk = False
