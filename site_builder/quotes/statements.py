"""A statement that speaks for whoever issued it: "the statement said".

News says once who put a statement out ("according to a statement from the Indian
government", "Kraft issued a statement", "the ministry said in a statement", "the
union's statement") and later lets "the statement" speak. Its speaker is the one person
or organisation the article says issued a statement so far; two issuers, or a statement
nobody is said to have issued ("a statement released Friday"), leave it unknown.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .roles import Named

DOCUMENT_WORDS = frozenset({"statement"})
# the issuer right after: "a statement from the Indian government", "released by X"
_FROM = re.compile(
    r"\bstatement\s+(?:(?:issued|released|put\s+out|sent)\s+(?:\w+\s+)?)?(?:from|by|of)\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
# the issuer right before: "X issued a statement", "X said in a statement", "X's statement"
_BY = re.compile(
    r"^(?:['’]s?\s+(?:[\w-]+\s+)?statement\b|"
    r"(?:\s*,[^,.;:]{1,80},)?\s+(?:\w+\s+)?(?:issued|released|put\s+out|published|sent\s+out|"
    r"said\s+in|announced\s+in)\s+(?:an?|the|its|his|her|their|this|a\s+written)\s+"
    r"(?:[\w-]+\s+)?statement\b)",
    re.IGNORECASE,
)
_ANY = re.compile(r"\bstatement\b", re.IGNORECASE)


def statement_issuer(
    paragraphs: Sequence[str], names: Sequence[Named], paragraph: int, offset: int
) -> str | None:
    """Who issued "the statement" at ``(paragraph, offset)`` (``paragraphs`` with their
    quotations masked), when the article names exactly one issuer so far, or None."""
    issuers: set[str] = set()
    used: set[tuple[int, int]] = set()  # (paragraph, offset) of the word "statement" tied
    for c in names:
        if c.type not in ("person", "organization") or (c.paragraph, c.start) >= (
            paragraph,
            offset,
        ):
            continue
        text = paragraphs[c.paragraph]
        if (f := _FROM.search(text[max(0, c.start - 60) : c.start])) is not None:
            issuers.add(c.entity_id)
            used.add((c.paragraph, max(0, c.start - 60) + f.start()))
        elif (b := _BY.match(text, c.end)) is not None:
            issuers.add(c.entity_id)
            used.add((c.paragraph, b.end() - len("statement")))
    if len(issuers) != 1:
        return None
    # every other "statement" so far is "the statement" itself, or tied to the issuer
    for p in range(paragraph + 1):
        text = paragraphs[p]
        for word in _ANY.finditer(text, 0, offset if p == paragraph else len(text)):
            if (p, word.start()) in used:
                continue
            before = text[max(0, word.start() - 30) : word.start()]
            if not re.search(r"\bthe\s+(?:[A-Z][\w-]*\s+)?$", before, re.IGNORECASE):
                return None
    return issuers.pop()
