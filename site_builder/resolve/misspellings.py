"""A company's name misspelt once in a story that spells it right elsewhere: "a Pennzol
spokesman said" in a story about Pennzoil, "Entregrowth Interational Ltd" beside
"Entregrowth International Ltd", "PainWebber Inc" beside "PaineWebber Inc".

The archive-wide merge of near spellings (:meth:`.archive.Resolver.merge_near_spellings`)
asks for eight letters at least: across stories, shorter names a letter apart are
often two bodies ("Arco" and "Barco", "Philips" and "Phillips"). Within one story, two
organisations whose keys differ by one letter left out, inside a word, are one body
misspelt, when the story writes one of them more often than the other; not a plural's
"s" ("Time" and "Times" are two papers), nor two names the gazetteer knows.
"""

from __future__ import annotations

from collections import Counter

from ..gazetteer import ORGANIZATIONS, PLACES
from .archive import Resolver, best_type
from .mentions import ORG

_MIN_LETTERS = 5  # of the shorter key: "Asea" and "ASEAN" are two bodies


def join_misspelt_names_in_one_story(r: Resolver) -> None:
    """Join an organisation's name misspelt by one letter left out to the spelling the
    same story uses more often (see the module's docstring)."""
    votes = r.group_votes()
    roots = r.same_entity.roots(len(r.group_key))
    for mentions in r.by_article:
        uses = Counter(roots[m.group] for m in mentions if m.group >= 0)
        by_key = {r.group_key[g]: g for g in sorted(uses) if best_type(votes.get(g, {})) == ORG}
        for key, g in sorted(by_key.items()):
            for i in range(1, len(key) - 1):
                shorter = key[:i] + key[i + 1 :]
                h = by_key.get(shorter)
                if h is None or h == g or not _one_letter_inside(key, i, shorter):
                    continue
                if uses[g] == uses[h] or _both_known(key, shorter):
                    continue
                r.same_entity.union(g, h)
                why = f"'{r.name_of(g)}' and '{r.name_of(h)}' taken as one name misspelt"
                r.notes.append((g, why, 0.7))


def _one_letter_inside(key: str, i: int, shorter: str) -> bool:
    """Whether the letter at ``i`` of ``key`` stands inside a word of a shorter key long
    enough to be a name, and is no plural's "s" at a word's end."""
    if len(shorter) < _MIN_LETTERS or not key[i].isalpha():
        return False
    return not (key[i] == "s" and (i + 1 == len(key) or key[i + 1] == " "))


_KNOWN = ORGANIZATIONS | PLACES


def _both_known(a: str, b: str) -> bool:
    return a in _KNOWN and b in _KNOWN
