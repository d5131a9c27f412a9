"""News outlets the small model cuts or misses: the words of news itself name them.

The model reads a newspaper's title by its first word ("The Hollywood Reporter" as the
place "Hollywood" and a stray "Reporter") and leaves a one-word title that is a common
word unlabelled ("trade publication Variety saw"). Two kinds of evidence carry over to
any news:

- a title's word of a newspaper or magazine (Reporter, Times, Tribune, Gazette ...)
  written right after a place's name the model labelled alone: the place's name and the
  word are the outlet's title ("the Hollywood Reporter wrote", "the Toronto Star");
- a lower-case word for a medium right before a capitalised run the model missed
  ("trade publication Variety", "the tabloid Bild", "the news website Politico"): the
  word names the run's kind, as a head word would.

Neither types a person or a place a body: a run opening with a given name ("told
magazine Jane Doe"), a known place ("the website Paris"), a day or month, or a role is
left alone; a person's label is never extended ("John Post").
"""

from __future__ import annotations

import re

from ..gazetteer import (
    DEMONYMS,
    MEDIUM_TITLE_HEADS,
    MONTHS_DAYS,
    PERSON_TITLES,
    PLACES,
    ROLE_WORDS,
    SENTENCE_OPENERS,
    norm_key,
)
from ..person_names import GIVEN_NAMES
from .mentions import HEAD_WEIGHT, MentionRecord
from .names import CANDIDATE, is_acronym

# the model's labels of a place: the ones a title's first words get read as
_PLACE_LABELS = frozenset(["GPE", "LOC", "FAC"])
# the head word right after the place's span, closing the title: no capitalised word
# or hyphen after it ("Hollywood Reporter Awards" is another name; "Globe-trotting")
_TITLE_HEAD_AFTER = re.compile(r" ([A-Z][a-z]+)(?![\w’'-]| [A-Z])")
# "the" right before the place's name: a title, not "reporters in Hollywood Reporter ..."
_THE_BEFORE = re.compile(r"(?:^|[^\w’'])[Tt]he\s+$")


def medium_title_after_place(text: str, start: int, end: int, label: str) -> str | None:
    """Return the title head word the model left after a place's name ("The Hollywood
    Reporter wrote": "Reporter"); None for any other mention. "The" must open the title
    (newspapers are written so), the place must be labelled a place, and the head word
    must be a medium's title word closing the name."""
    if label not in _PLACE_LABELS:
        return None
    found = _TITLE_HEAD_AFTER.match(text, end)
    if found is None or norm_key(found.group(1)) not in MEDIUM_TITLE_HEADS:
        return None
    if not _THE_BEFORE.search(text, max(0, start - 8), start):
        return None
    return found.group(1)


# a lower-case word for a news medium right before a name: "trade publication Variety",
# "the tabloid Bild", "the news website Politico" (one word, so "the newspaper's X" and
# "a magazine cover" do not count)
_MEDIUM_WORD_BEFORE = re.compile(
    r"(?<![\w’'-])(?:publication|magazine|newspaper|tabloid|website|broadsheet|"
    r"newsweekly|newsmagazine)\s+$"
)


def names_a_medium(m: MentionRecord, text: str) -> bool:
    """Whether a run the model missed follows a lower-case word for a news medium
    ("trade publication Variety saw"): the outlet's name, one word or more, though its
    word is a common one. Not a known place, a day or month, a role, a sentence's opener,
    a demonym, nor a name opening with a given name."""
    if m.label != CANDIDATE or m.junk or m.key in PLACES:
        return False
    if not _MEDIUM_WORD_BEFORE.search(text, max(0, m.start - 16), m.start):
        return False
    # each word a name's word ("Variety", "Der Spiegel") or an acronym ("EW")
    if not all(w[:1].isupper() and (w[1:].islower() or is_acronym(w)) for w in m.text.split()):
        return False
    tokens = m.tokens
    if tokens and tokens[0] in GIVEN_NAMES:
        return False  # "told magazine Jane Doe" is a person's name
    return not any(
        t in MONTHS_DAYS
        or t in PERSON_TITLES
        or t in ROLE_WORDS
        or t in SENTENCE_OPENERS
        or t in DEMONYMS
        for t in tokens
    )


MEDIUM_WORD_WEIGHT = HEAD_WEIGHT
