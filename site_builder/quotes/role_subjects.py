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

from ..gazetteer import DEMONYMS
from ..nationals import NATIONAL_NOUNS
from .roles import ROLES, Named, role_holder

# words that describe one person as a role does: a nationality, an age, a trade
# ("The Brazilian confirmed", "The Scot initially defended", "The 31-year-old was"), a
# team's manager or captain ("Andy Robinson said …. However, the England coach added")
_DESCRIPTIONS = (
    "|".join(sorted(d.capitalize() for d in DEMONYMS if " " not in d and not d.endswith("s")))
    + r"|Scot|Briton|Welshman|Englishman|Irishman|Scotsman|Frenchman|Dutchman|\d+-year-old|"
    "boss|coach|manager|captain|skipper|winger|midfielder|veteran|youngster|teenager|peer|"
    "player|seed|debutant|debutante|newcomer|rookie|tycoon|businessman|"
    "businesswoman|entrepreneur|footballer|cricketer|athlete|sprinter|runner|golfer"
)
_DESCRIPTION = re.compile(_DESCRIPTIONS)
# a description or a role (no spokesperson's) tied to nobody: it may mean the person who
# opened the sentence before (no entity id: slugs hold no "#")
DESCRIBED = "#described"
ROLE = "#role"
# "The Tory leader was", "The former minister told": a role that opens its sentence,
# maybe after a short fronted phrase ("In a furious response, the first minister said",
# "The previous day, the Olympic champion went down to …",
# or a conjunction: "But the Tory leader argued",
# not a name: "John Smith, the minister said" is Smith's),
# then its verb (not "The team's general manager, A.J. Smith said", whose role is not
# the last noun)
_ROLE_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?]\s))(?:(?:In|On|At|After|Before|During|Despite|Asked|Speaking|"
    r"Responding|Replying|Writing|Later|Earlier|Meanwhile|However|Yesterday|Today|Last|"
    r"This|The\s+(?:previous|next|following|same)\s+(?:day|week|month|year|night))\b"
    r"[^,.;:!?\x00]{0,60},\s+the|(?:But|And|Yet|Still|Now)\s+the|The)\s+"
    rf"(?:[\w.&'’-]+\s+){{0,3}}?({ROLES}|{_DESCRIPTIONS})"
    r"(?:\s+(?:(?:also|then|later|once|initially|now)\s+)?"
    r"(?:was|is|has|had|will|would|could|told|said|says|added|insisted|went|won|lost|"
    r"beat|fell|[a-z]+ed|[a-z]+s)\b"
    r"|,\s+who(?:se)?\b)",  # "The Portugal star, who joined in 2003, is …"
)


# "…, but the Scot admitted he …": a description as a later clause's subject, after a
# first clause about someone else (the same person would have been "he")
CONTRASTED = "#contrasted"
_CONTRASTED_SUBJECT = re.compile(
    rf",\s+but\s+the\s+(?:[\w.&'’-]+\s+){{0,2}}?(?:{_DESCRIPTIONS}|{NATIONAL_NOUNS})\s+"
    r"(?:(?:also|then|later|now)\s+)?"
    r"(?:said|says|told|added|admitted|admits|insisted|conceded|warned|believes|was|is)\b"
)


def role_subjects(
    paragraphs: Sequence[str],
    people: Sequence[Named],
    start: tuple[int, int],
    end: tuple[int, int],
) -> dict[tuple[int, int], str]:
    """The sentences between ``start`` and ``end`` (paragraph, offset) opened by a role,
    as (paragraph, offset) -> the person the article named with that role, or "" when
    a spokesperson named nobody so (someone the pronoun may mean whom no name tells),
    :data:`ROLE` for another role, :data:`DESCRIBED` for a description ("The
    Brazilian") tied to nobody and :data:`CONTRASTED` for one that opens a later clause
    ("…, but the Scot admitted")."""
    found: dict[tuple[int, int], str] = {}
    for p in range(start[0], end[0] + 1):
        text = paragraphs[p]
        first = start[1] if p == start[0] else 0
        last = end[1] if p == end[0] else len(text)
        for m in _ROLE_SUBJECT.finditer(text, first, last):
            role = m.group(1)
            # "The musical's director is Matthew Warchus": the name the text gives it
            named = m.group(0).endswith((" is", " was")) and next(
                (
                    c.entity_id
                    for c in people
                    if c.paragraph == p and c.type == "person" and c.start == m.end() + 1
                ),
                None,
            )
            # a seed is told by its number, which the noun alone does not carry: "top
            # seed Lindsay Davenport" is not "The seventh seed"
            told = role.lower() != "seed" and role_holder(paragraphs, people, role, p, m.start())
            holder = named or told or ""
            if not holder and not role.startswith("spokes"):
                holder = DESCRIBED if _DESCRIPTION.fullmatch(role) else ROLE
            found[(p, m.start())] = holder
        for m in _CONTRASTED_SUBJECT.finditer(text, first, last):
            found.setdefault((p, m.start() + 1), CONTRASTED)
    return found
