"""A name the model cut in two, when the archive also names it whole: "Standard" and
"Poor's Corp" of "Standard and Poor's Corp" (the model read the first word into a
dateline's date), "Moody" of "Moody's" (the model leaves a possessive out of a name).

Each part is linked to the whole name's page, never joined to it as a group: the same
word elsewhere ("Standard" of another company) keeps its own reading; a part is no form
of the page's name ("Poor's Corp" is not listed as one). The whole must be
written as one name somewhere in the archive; a company that only ever appears cut stays
as it is.
"""

from __future__ import annotations

import re
from collections import defaultdict

from .archive import Resolver, best_type
from .mentions import ORG
from .names import acronym_of, key_of

# capitalised words and "and" right before a part: "Standard and |Poor's Corp|"
_LEFT = re.compile(r"((?:[A-Z][\w.&'’-]*\s+){1,3})and\s+$")
# "and" and capitalised words right after one: "|Standard| and Poor's Corp said"
_RIGHT = re.compile(r"\s+and\s+([A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,3})")
# a country's prefix before a body's name: "U.S. Securities and Exchange Commission"
_COUNTRY_PREFIXES = frozenset({"us", "u.s.", "uk", "u.k.", "british", "american"})
# an acronym in brackets right after a name: "… Exchange Commission (SEC)"
_ACRONYM_AFTER = re.compile(r"\s*\(([A-Z]{2,6})\)")
# a possessive the model left out of a company's name: "|Moody|'s said"
_POSSESSIVE = re.compile(r"['’][sS]\b")


def link_names_cut_in_two(r: Resolver) -> None:
    """Link each part of a name the model cut at its "and" or before its possessive to
    the page of the whole name, when the archive names the whole elsewhere (one page
    only: a possessive part opens the names of just one organisation)."""
    whole = {m.group for m in r.mentions if m.group >= 0 and not m.junk}
    votes = r.group_votes()
    roots = r.same_entity.roots(len(r.group_key))
    by_first: dict[str, set[int]] = defaultdict(set)  # "moodys" -> "Moody's Investors …"
    for key, group in r.key_group.items():
        words = key.split()
        if len(words) >= 2 and group in whole and best_type(votes.get(roots[group], {})) == ORG:
            by_first[words[0]].add(group)
    for m in r.mentions:
        if m.junk and m.group >= 0:
            continue
        text = r.paragraphs[m.article][m.paragraph]
        target, part = None, True
        if (left := _LEFT.search(text, max(0, m.start - 60), m.start)) is not None:
            owned = "'s" if _POSSESSIVE.match(text, m.end) else ""  # "… and |Poor|'s"
            target = _whole(r, f"{left.group(1)}and {m.text}{owned}", text, m.end)
        elif (right := _RIGHT.match(text, m.end)) is not None:
            target = _whole(r, f"{m.text} and {right.group(1)}", text, right.end())
        elif m.label == "ORG" and _POSSESSIVE.match(text, m.end):
            part = False  # "Moody's" is a name of the firm's, not a piece of one
            key = key_of(f"{m.text}'s")[0]
            target = r.key_group.get(key)
            if target is not None and best_type(votes.get(roots[target], {})) != ORG:
                target = None  # "Marine Midland NA's O'Neill" is not the rapper Nas
            if target is None and len(by_first[key]) == 1 and len(key.split()) == 1:
                target = next(iter(by_first[key]))
        if target is not None and target in whole and target != m.group:
            r.assign(m, target, None, 1.0)
            m.part = part


def _whole(r: Resolver, name: str, text: str, end: int) -> int | None:
    """The group of a whole name the archive writes: as cut out here, or without its
    country's prefix ("U.S. Securities and Exchange Commission" is the "Securities and
    Exchange Commission" of other stories), or the acronym the text gives it in brackets
    right after it ("… Exchange Commission (SEC)")."""
    key = key_of(name)[0]
    found = r.key_group.get(key)
    words = key.split()
    if found is None and len(words) > 3 and words[0] in _COUNTRY_PREFIXES:
        found = r.key_group.get(" ".join(words[1:]))
    acronym = _ACRONYM_AFTER.match(text, end)
    if found is None and acronym is not None:
        letters = acronym_of(name)
        if words[0] in _COUNTRY_PREFIXES:  # "(SEC)" of "U.S. Securities …"
            letters = letters[1:]
        if acronym.group(1) == letters:  # not "(PNG)" of "Indonesia and Papua New Guinea"
            found = r.key_group.get(key_of(acronym.group(1))[0])
    return found
