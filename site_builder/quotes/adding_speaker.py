"""The speaker of "adding" after a pronoun's reported speech: "He said Mr Brown had
spoken with “great warmth”, adding: “…”".

"Adding" carries on what its subject already said, so it hangs on the main speech verb,
whose subject is the pronoun that opens the sentence, never on a name inside the clause
that verb reports (Mr Brown only "had spoken"). A participle that reports an act
("… that Hiller called 911, saying “…”") is left to the other rules.
"""

from __future__ import annotations

import re

# the sentence opens with "He said", "She told reporters", "They added" and ends, before
# the cue, with a comma
_PRONOUN_SAID = re.compile(
    r"\s*(?P<pronoun>[Hh]e|[Ss]he|[Tt]hey)\s+(?:also\s+)?(?:said|says|told|added|insisted|"
    r"claimed|argued|explained|admitted)\b[^.!?]*,\s*$"
)
_ADDING = frozenset({"adding", "continuing"})


def adding_pronoun(masked: str, start: int, verb_start: int, cue: str) -> tuple[int, str] | None:
    """The offset and lowercased word of the pronoun whose speech the participle ``cue``
    (at ``verb_start``, in the sentence from ``start``) continues, else None."""
    if cue.lower() not in _ADDING:
        return None
    said = _PRONOUN_SAID.match(masked, start, verb_start)
    if said is None or said.end() != verb_start:
        return None
    return said.start("pronoun"), said.group("pronoun").lower()
