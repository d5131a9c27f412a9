"""A sentence whose subject is a role, "The Tory leader was asked …", "The writer was
known for …": the person a later "he" most likely means.

News names a person once with a title ("Tory leader Michael Howard") and later opens a
sentence with the role alone; a "he said" after it is that person's, not the one the
sentence before named ("Documentary maker Michael Cockerell was given access to Mr
Howard. The Tory leader was asked … He replies: “…”" is Howard's). When the article
ties the role to nobody (:func:`.roles.role_holder`), the pronoun means the person the
article is about (:func:`.persons.main_person`, "The minister told delegates …" in a
report on one minister) or nobody.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .roles import ROLES, Named, role_holder

# "The Tory leader was", "The former minister told": a role that opens its sentence,
# maybe after a short fronted phrase ("In a furious response, the first minister said",
# not a name: "John Smith, the minister said" is Smith's),
# then its verb (not "The team's general manager, A.J. Smith said", whose role is not
# the last noun)
_ROLE_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?]\s))(?:(?:In|On|At|After|Before|During|Despite|Asked|Speaking|"
    r"Responding|Replying|Writing|Later|Earlier|Meanwhile|However|Yesterday|Today|Last|"
    r"This)\b[^,.;:!?\x00]{0,60},\s+the|The)\s+"
    rf"(?:[\w.&'’-]+\s+){{0,3}}?({ROLES})\s+"
    r"(?:(?:also|then|later|once)\s+)?"
    r"(?:was|is|has|had|will|would|could|told|said|says|added|insisted|[a-z]+ed|[a-z]+s)\b",
)


def role_subjects(
    paragraphs: Sequence[str],
    people: Sequence[Named],
    start: tuple[int, int],
    end: tuple[int, int],
) -> dict[tuple[int, int], str]:
    """The sentences between ``start`` and ``end`` (paragraph, offset) opened by a role,
    as (paragraph, offset) -> the person the article named with that role, or "" when
    it named nobody so (someone the pronoun may mean whom no name tells)."""
    found: dict[tuple[int, int], str] = {}
    for p in range(start[0], end[0] + 1):
        text = paragraphs[p]
        first = start[1] if p == start[0] else 0
        last = end[1] if p == end[0] else len(text)
        for m in _ROLE_SUBJECT.finditer(text, first, last):
            holder = role_holder(paragraphs, people, m.group(1), p, m.start())
            found[(p, m.start())] = holder or ""
    return found
