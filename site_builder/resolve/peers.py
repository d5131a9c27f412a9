"""A peer named by title ("Lord Kinnock") and the same person's full name in one article.

British news calls a peer by title and surname ("Lord Goldsmith") and now and then by the
full name ("Peter Goldsmith"). The titled name is its own key, so it never takes the page
of a place or a body of that word ("Baroness Scotland"), nor of a namesake in another
story ("Lord Armstrong" is not Bill Armstrong); it joins a full name only in an article
that names both, when that article names one person of the surname whose given name is
not the other sex's ("Baroness Kennedy" is not Charles Kennedy).
"""

from __future__ import annotations

from collections import defaultdict

from ..spans import PEER_TITLES
from .archive import Resolver
from .namesakes import pronoun_of_name

_PEER_SEX = {"lord": "he", "viscount": "he"} | {
    t: "she" for t in PEER_TITLES if t not in ("lord", "viscount")
}


def peer_surname(key: str) -> str | None:
    """Return the surname of a peer's titled name ("lord falconer" -> "falconer")."""
    words = key.split()
    return words[1] if len(words) == 2 and words[0] in _PEER_SEX else None


def link_peers(r: Resolver, full: set[int]) -> None:
    """Join each peer's titled name to the one person's full name of its surname in an
    article that names both, unless that person's given name is the other sex's."""
    for mentions in r.by_article:
        peers = [(m, peer_surname(m.key)) for m in mentions if m.group >= 0]
        titled = {(r.same_entity.find(m.group), s, m.key.split()[0]) for m, s in peers if s}
        if not titled:
            continue
        by_last: dict[str, set[int]] = defaultdict(set)
        for m in mentions:
            if m.group in full and peer_surname(m.key) is None and len(m.tokens) >= 2:
                by_last[m.tokens[-1]].add(r.same_entity.find(m.group))
        for peer, surname, title in sorted(titled):
            sex = _PEER_SEX[title]
            people = {
                g
                for g in by_last.get(surname, ())
                if pronoun_of_name(tuple(r.group_key[g].split())) in (None, sex)
            }
            if len(people) == 1 and by_last[surname] == people:
                person = next(iter(people))
                if r.same_entity.find(peer) != r.same_entity.find(person):
                    r.same_entity.union(person, peer)
                    why = f"merged '{r.name_of(person)}' and '{r.name_of(peer)}' (a peer's title)"
                    r.notes.append((person, why, 0.85))
