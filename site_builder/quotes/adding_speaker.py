"""The speaker of "adding" after a pronoun's reported speech: "He said Mr Brown had
spoken with “great warmth”, adding: “…”".

"Adding" carries on what its subject already said, so it hangs on the main speech verb,
whose subject is the pronoun that opens the sentence, never on a name inside the clause
that verb reports (Mr Brown only "had spoken"). Another participle hangs on the main verb
too when the sentence names nobody ("He apologised for not being there, joking: “…”");
one after a name ("… that Hiller called 911, saying “…”") is left to the other rules.
"""

from __future__ import annotations

import re

from .cues import PARTICIPLES

# the sentence opens with "He said", "She told reporters", "They added" and ends, before
# the cue, with a comma
_PRONOUN_SAID = re.compile(
    r"\s*(?P<pronoun>[Hh]e|[Ss]he|[Tt]hey)\s+(?:also\s+)?(?:said|says|told|added|insisted|"
    r"claimed|argued|explained|admitted)\b[^.!?]*,\s*$"
)
_ADDING = frozenset({"adding", "continuing"})
# any other participle after a sentence that a pronoun opens, with no name in it: "He
# apologised for not being in London, joking: “…”" (the participle hangs on its verb)
_PRONOUN_DID = re.compile(
    r"\s*(?:(?:But|And|Yet|Later|Then|Now|Still|However|Meanwhile),?\s+)?"
    r"(?P<pronoun>[Hh]e|[Ss]he|[Tt]hey)\s+(?:also\s+)?[a-z][\w'’-]*\b[^.!?]*,\s*$"
)


def adding_pronoun(
    masked: str, start: int, verb_start: int, cue: str, named: bool
) -> tuple[int, str] | None:
    """The offset and lowercased word of the pronoun whose speech the participle ``cue``
    (at ``verb_start``, in the sentence from ``start``) continues, else None; ``named``:
    whether a name stands between the two."""
    if cue.lower() in _ADDING:
        said = _PRONOUN_SAID.match(masked, start, verb_start)
    elif cue.lower() in PARTICIPLES and not named:
        said = _PRONOUN_DID.match(masked, start, verb_start)
    else:
        return None
    if said is None or said.end() != verb_start:
        return None
    return said.start("pronoun"), said.group("pronoun").lower()
