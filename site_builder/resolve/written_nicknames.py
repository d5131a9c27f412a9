"""A person written with a nickname inside the name ('Charles "Lucky" Luciano', "James E.
(Jim) Nugent") is keyed without it, so the page is "Charles Luciano". The name with its
nickname says two more things: the archive's person written by the nickname and the
surname ("Lucky Luciano") is the same person, and so is the nickname alone in that story
('Ahmed "Mido" Hossam' … "Mido scored"), though not in others, where the word may be
someone else's ("Chin" is a surname too). Only a group the archive reads as a person
joins.
"""

from __future__ import annotations

from collections import defaultdict

from .archive import Resolver, best_type
from .mentions import PERSON
from .names import NICKNAME_IN_NAME, NICKNAME_MARKS, key_of


def join_written_nicknames(r: Resolver) -> None:
    """Join "Nick Surname", and "Nick" in its story, to 'Given "Nick" Surname'."""
    votes = r.group_votes()
    find = r.same_entity.find

    def a_person(group: int) -> bool:
        return best_type(votes.get(find(group), {})) == PERSON

    nicknamed: dict[int, dict[str, int]] = defaultdict(dict)  # article -> nickname key -> group
    for m in r.mentions:
        if m.group < 0 or m.junk or len(m.tokens) < 2:
            continue
        found = NICKNAME_IN_NAME.search(m.text)
        if found is None or not a_person(m.group):
            continue
        nickname = found.group().strip().strip(NICKNAME_MARKS)
        nicknamed[m.article][key_of(nickname)[0]] = m.group
        target = r.key_group.get(key_of(f"{nickname} {m.text.split()[-1]}")[0])
        if target is None or find(target) == find(m.group) or not a_person(target):
            continue
        r.same_entity.union(m.group, target)
        r.notes.append(
            (m.group, f"'{m.text}' written with the nickname of '{r.name_of(target)}'", 0.9)
        )
    for m in r.mentions:
        group = nicknamed.get(m.article, {}).get(m.key)
        if group is None or len(m.tokens) != 1 or (m.group >= 0 and find(m.group) == find(group)):
            continue
        story = r.articles[m.article].id
        r.assign(m, group, f"'{m.text}' ({story}) is the nickname of '{r.name_of(group)}'", 0.85)
