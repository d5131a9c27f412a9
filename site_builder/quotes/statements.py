"""The one a written statement speaks for: "the statement said", "The statement
expresses condolences …, saying, “…”".

News names who issued a statement once ("Kraft Foods issued a statement early this
morning", "a statement from Lionsgate", "Ross said in a statement") and then lets the
document speak ("the statement said", "the release added"). The document is its
issuer's when every statement the article tied to someone before the quotation is that
one's; with two issuers, or none named, the quotation keeps no speaker.
"""

from __future__ import annotations

import re

from .article_text import SPEAKER_TYPES, ArticleText

# a definite statement as a subject: "the statement", "The Indian statement", "the
# press release" (a possessive one, "Kraft's statement", is its owner's already)
DOCUMENT_SUBJECT = re.compile(
    r"\b[Tt]he\s+(?:[A-Z][\w-]*\s+)?(?:(?:press|news|written|joint)\s+)?"
    r"(?:statement|release|communiqu[eé])\b"
)
_DOCUMENT = r"(?:(?:press|news|written|joint|brief|short)\s+)?(?:statement|release|communiqu[eé])"
# the issuer before the document: "X issued a statement", "X said in a statement",
# "X's statement"; a few words may stand between ("Kraft Foods issued early today …")
_ISSUED_AFTER_NAME = re.compile(
    r"(?:\s+(?:also|later|then|earlier|has|had|have|on\s+\w+|\w+day))*\s+"
    rf"(?:(?:issued|released|put\s+out|published|sent\s+out|posted)\s+(?:an?|the|its|this)\s+"
    rf"(?:\w+\s+)?{_DOCUMENT}"
    rf"|(?:said|says|announced|added|stated)\s+in\s+(?:an?|its|his|her|their)\s+(?:\w+\s+)?"
    rf"{_DOCUMENT})\b"
    rf"|\s*['’]s?\s+(?:\w+\s+)?{_DOCUMENT}\b",
    re.IGNORECASE,
)
# the issuer after it: "a statement from X", "a release by X"
_ISSUED_BEFORE_NAME = re.compile(
    rf"\b{_DOCUMENT}\s+(?:from|by|of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def statement_issuers(text: ArticleText, paragraph: int, offset: int) -> list[str]:
    """The entities the article says issued a statement before ``(paragraph, offset)``,
    in text order."""
    found: list[str] = []
    for p in range(paragraph + 1):
        masked = text.masked[p]
        last = offset if p == paragraph else len(masked)
        for c in text.in_range(p, 0, last):
            if c.type not in SPEAKER_TYPES:
                continue
            if _ISSUED_AFTER_NAME.match(masked, c.end) or _ISSUED_BEFORE_NAME.search(
                masked[max(0, c.start - 60) : c.start]
            ):
                found.append(c.entity_id)
    return found


def statement_speaker(text: ArticleText, paragraph: int, offset: int) -> str | None:
    """The one issuer of the statements named before a "the statement" subject at
    ``(paragraph, offset)``, or None when there are none or several."""
    issuers = set(statement_issuers(text, paragraph, offset))
    return issuers.pop() if len(issuers) == 1 else None


def document_opens(text: ArticleText, paragraph: int, offset: int) -> int | None:
    """Where a "the statement" subject opens the sentence before ``offset`` (the
    subject of a participle far from it: "The statement expresses …, saying, “…”"),
    when no name that could speak stands between it and ``offset``; else None."""
    masked = text.masked[paragraph]
    sentence = text.sentence_of(paragraph, offset)
    found = DOCUMENT_SUBJECT.match(masked, len(masked) - len(masked[sentence:].lstrip()))
    if found is None:
        return None
    between = text.in_range(paragraph, found.end(), offset)
    if any(c.type in SPEAKER_TYPES for c in between):
        return None
    return found.start()
