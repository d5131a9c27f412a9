"""A speaker named in a later main clause of a sentence ("Marshall scored a fifty in his
only Test, but Bracewell said McMillan was preferred"): the clause after "but", "and",
"while" or a semicolon has a subject of its own, and a speech verb right after that name
makes it the one the next "“…,” he said" goes back to, not the sentence's first name.
So does a name that opens a clause after "but" with a state ("X won last week and
claimed the race was his, but McIlroy is unfazed. He admitted: “…”") or an answer ("Hewitt
said he had had a “gutful” …, but Tennis Australia's Geoff Pollard rejected his comments.
“…,” he said"): the sentence turns to that person, whom the next "he" means."""

from __future__ import annotations

import re

from .article_text import ArticleText, Candidate
from .roles import ROLES

# the break before a main clause of its own: ", but", "; ", ", and", ", while", ", whereas"
_CLAUSE_BREAK = re.compile(r"(?:[,;]\s*(?:but|and|while|whereas|although|though)|;|\bbut)\s+$")
# the name's own speech verb, right after it: "Bracewell said", "Smith also told"
_SPEAKS = re.compile(
    r"\s+(?:(?:also|later|then|again|however)\s+)?"
    r"(?:said|says|told|tells|added|adds|insisted|insists|explained|explains|argued|"
    r"argues|noted|notes|stressed|stresses|warned|warns|admitted|admits|claimed|claims)\b"
)


# "…, but McIlroy is unfazed": a state of the person a "but" turns to, or an answer
# ("…, but Tennis Australia's Geoff Pollard rejected his comments"), past a body's name
# or possessive and a role in lower case before the name ("but Acme chief X denied")
_BUT_BREAK = re.compile(
    r"(?:,\s*|\s)but\s+(?:"
    r"(?:(?:the\s+)?(?:[A-Z][\w&.-]*\s+){0,2}[A-Z][\w&.-]*['’]s\s+)?(?:[a-z][\w-]*\s+){0,2}"
    # a body's name and a role, not a name and its verb ("but Lindqvist said X was")
    rf"|(?:the\s+)?(?:[A-Z][\w&.-]*\s+){{1,3}}(?:[a-z][\w-]*\s+)?(?:{ROLES})\s+)$"
)
_STATE = re.compile(
    r"\s+(?:is|was|remains|remained|seems|seemed|appears|appeared|"
    r"rejected|denied|dismissed|disputed|defended|responded|countered|disagreed|rebuffed)\b"
)


def clause_speakers(
    text: ArticleText, p: int, sentence: int, end: int, wanted: str
) -> list[Candidate]:
    """The names of type ``wanted`` in paragraph ``p`` between ``sentence`` and ``end``
    that open a later main clause of their sentence with a speech verb."""
    found = []
    masked = text.masked[p]
    for c in text.in_range(p, sentence, end):
        if c.type != wanted or not c.eligible or c.start == sentence:
            continue
        speaks = _CLAUSE_BREAK.search(masked, sentence, c.start) and _SPEAKS.match(masked, c.end)
        turns = _BUT_BREAK.search(masked, sentence, c.start) and _STATE.match(masked, c.end)
        if speaks or turns:
            found.append(c)
    return found
