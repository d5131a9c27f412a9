"""A full name the article's own names leave unlinked, told by the rest of the archive.

"“…,” Police Constable Tim Fanning said." The model may take a rank into the name
("Police Constable Tim Fanning") and the resolver then links it to nobody, so the
article has no person to give the quotation. Another article calls him "Constable Tim
Fanning", and the archive has one person named "Tim Fanning". When the words before a
cue (or after an inverted one) end in the full name, two words or more, of exactly one
person of the archive, that person is the speaker; a surname alone never is. The name
must open with a common given name: the archive also holds "people" such as "Juror No"
(from "said Juror No. 8"), which are no one's name.
"""

from __future__ import annotations

from collections.abc import Mapping

from ..person_names import GIVEN_NAMES, HE_NAMES, SHE_NAMES

_GIVEN = GIVEN_NAMES | HE_NAMES | SHE_NAMES

# the archive's people by the last word of their full name: (entity id, name's words)
FullNames = dict[str, list[tuple[str, tuple[str, ...]]]]


def full_names(names: Mapping[str, str], types: Mapping[str, str]) -> FullNames:
    """Index the archive's people of two words or more that open with a given name."""
    index: FullNames = {}
    for entity_id, name in sorted(names.items()):
        words = tuple(name.casefold().split())
        if types.get(entity_id) == "person" and len(words) >= 2 and words[0] in _GIVEN:
            index.setdefault(words[-1], []).append((entity_id, words))
    return index


def archive_person(words: str, index: FullNames) -> str | None:
    """The one person of the archive whose full name ends ``words`` ("Police Constable
    Tim Fanning" ends in "Tim Fanning"), None if none or several do."""
    tail = tuple(words.casefold().split())
    if len(tail) < 2:
        return None
    found = {
        entity_id for entity_id, known in index.get(tail[-1], ()) if tail[-len(known) :] == known
    }
    return found.pop() if len(found) == 1 else None
