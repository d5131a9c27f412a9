"""Acronyms a story defines in brackets beside a name: "Center for Naval Analyses (CNA)",
"CNA (Center for Naval Analyses", also one the model missed ("… Renewal Party (PRLB)").

The letters are the name's initials, or the initials without its legal form
("International Business Machines Corp (IBM)"), or three or more of them in another
order, a translated name's ("Brazilian Democratic Movement Party (PMDB)"). An acronym is
one name across the archive, and a loose match may be another body's acronym elsewhere:
"Brazilian Coffee Institute (IBC)" beside Interstate Bakeries Corp's "IBC", "Baring
Capital Investors Ltd (BCI)" beside Beatrice Cos Inc's. So a loose match joins only an
acronym that is no other body's initials and that no other body's name has joined, and
none the archive reads as a person ("Acpo").
"""

from __future__ import annotations

import itertools
from collections import defaultdict

from .archive import Resolver, best_type
from .mentions import PERSON, MentionRecord
from .names import CANDIDATE, acronym_of, is_acronym, spells_out


def join_defined_acronyms(r: Resolver) -> None:
    """Join each acronym a story defines in brackets to its name's group."""
    votes = r.group_votes()
    find = r.same_entity.find
    bodies = {find(m.group) for m in r.mentions if m.group >= 0 and len(m.tokens) >= 2}
    # the names whose initials an acronym is, across the archive ("IBC": Interstate
    # Bakeries Corp)
    initials: dict[str, set[int]] = defaultdict(set)
    for m in r.mentions:
        if m.group >= 0 and len(m.tokens) >= 2:
            initials[acronym_of(m.text)].add(m.group)
    for a, mentions in enumerate(r.by_article):
        named = [m for m in mentions if m.group >= 0 or _missed_acronym(m)]
        for first, second in itertools.pairwise(named):
            if first.paragraph != second.paragraph or first.group < 0:
                continue
            if r.paragraphs[a][first.paragraph][first.end : second.start].strip() != "(":
                continue
            for short, full in ((first, second), (second, first)):
                if full.group < 0 or not short.text.isupper():
                    continue
                exact = acronym_of(full.text) == short.text
                if not exact and not spells_out(short.text, full.text):
                    continue
                group = short.group if short.group >= 0 else r.key_group.get(short.key)
                root = find(group) if group is not None else None
                if root is not None and root != find(full.group):
                    if best_type(votes.get(root, {})) == PERSON and short.group < 0:
                        continue  # "(ACPO)" the model missed, and "Acpo" read as a person
                    if not exact and root in bodies:
                        continue  # another body's acronym elsewhere
                if not exact and {find(g) for g in initials[short.text]} - {find(full.group)}:
                    continue  # the initials of another body's name
                if short.group < 0:
                    short.group = r.group_of(short.key)
                r.same_entity.union(short.group, full.group)
                bodies.add(find(full.group))
                r.notes.append((full.group, f"'{short.text}' is defined as '{full.text}'", 0.95))


def _missed_acronym(m: MentionRecord) -> bool:
    """Whether a capitalised run the model missed is an acronym ("PRLB")."""
    return m.label == CANDIDATE and not m.junk and is_acronym(m.text)
