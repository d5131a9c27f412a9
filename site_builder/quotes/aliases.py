"""A name the text gives someone it has just named: "Friends of Kathryn Jenkin, known as
Katie, have described her as “…”". The alias is the same person seen again, in an
apposition to the words before it; it is never the subject of the sentence's verb (the
friends spoke here, not Katie), so it may not speak for the quotation."""

from __future__ import annotations

import re

# "known as", "also known as", "better known as", "nicknamed", "dubbed", "aka" right
# before the name ("called" is left out: "a company called Acme said" makes Acme the
# subject)
_ALIAS_CUE = re.compile(
    r"(?:\bknown\s+as|\bnicknamed|\bdubbed|\baka|\ba\.k\.a\.)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def given_as_alias(text: str, start: int) -> bool:
    """Whether the name at ``start`` follows words that give it as someone's alias."""
    return _ALIAS_CUE.search(text, max(0, start - 30), start) is not None
