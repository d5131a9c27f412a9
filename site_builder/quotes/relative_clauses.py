"""A name inside a relative clause of the subject is never the subject: in "The actress,
whose films include Gosford Park and Annie Hall, said: “…”" the speaker is the actress
(or nobody), never a film or a person the clause only mentions.

The subject comes before its relative clause, so a name after ", who", ", whose" or
", which" and before the comma that closes the clause belongs to it; a word with no
comma between it and the verb is the subject of the clause's own verb ("Mr Campbell,
who he described as “…”": he described).
"""

from __future__ import annotations

import re

_RELATIVE = re.compile(r",\s+(?:who|whose|which)\b")


def in_relative_clause(masked: str, start: int, offset: int, verb: int) -> bool:
    """Whether the word at ``offset`` follows a relative pronoun of its sentence (which
    opens at ``start``) and a comma closes that clause before the ``verb``, so that the
    word stands inside a clause the verb's subject opened."""
    return _RELATIVE.search(masked, start, offset) is not None and "," in masked[offset:verb]
