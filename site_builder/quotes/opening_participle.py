"""A sentence that opens with a participle clause and goes on with a pronoun: "Expressing
certainty that Dr. Benjamin had opportunities to go elsewhere, he said …", "Asked if
Ortiz might have lived, he said …". The clause has no subject of its own: the pronoun
after its comma is who did the expressing or was asked, and a name inside the clause is
what it was about, never who "he" means (news writes "…, Benjamin said" when it is).
A clause with a subject of its own ("When Obama took office, he said …") is left out:
there the name may well be the pronoun's person. A capitalised word after the participle
makes it a name's first word ("Irving Kristol"), except after a verb's form that opens no
name: "Praising Celtic and Rangers for their efforts, she said", where the model read
"Praising Celtic" as a body."""

from __future__ import annotations

import re

# a participle opening the sentence: "Expressing …", "Asked …", "Pressed …"; not the
# words ending in -ing that are prepositions ("During the trial, he said", "According
# to Smith, he …", "Following Smith's exit, he …")
NOT_PARTICIPLES = (
    r"During|According|Including|Following|Regarding|Concerning|Considering|"
    r"Excluding|Notwithstanding|Pending|Barring|Something|Nothing|Everything|Anything|"
    r"Morning|Evening|Spring|King|Thing"
)
# verbs' forms no name opens with, before a name: "Praising Celtic and Rangers, she said"
_BEFORE_A_NAME = (
    r"Praising|Thanking|Welcoming|Criticising|Criticizing|Defending|Attacking|Backing|"
    r"Blaming|Accusing|Urging|Congratulating|Hailing|Slamming"
)
_OPENING = re.compile(
    rf"\s*(?:(?:{_BEFORE_A_NAME})\b|(?!(?:{NOT_PARTICIPLES})\b)"
    r"(?:[A-Z][a-z]+ing|Asked|Pressed|Questioned|Told|Reached|Contacted|Interviewed)\b"
    # a capitalised word after it makes it a name ("Irving Kristol", "Beijing Olympics")
    r"(?!\s+[A-Z]))"
    r"[^,;:!?\x00]*,\s*$"
)


def participle_clause_end(masked: str, sentence: int, pronoun: int) -> int | None:
    """The offset where the participle clause that opens the sentence at ``sentence``
    ends, when the pronoun at ``pronoun`` comes right after its comma; else None."""
    if _OPENING.match(masked[sentence:pronoun]) is None:
        return None
    return pronoun
