"""The writer of a document the sentence before named: "Mr Campbell's e-mail, which …,
suggested they should get Trevor Beattie to issue a statement. In it, he said: “…”".

"In it" (or "In the e-mail") points back to the document the sentence before opened
with, so the "he" who says something in it is the one whose e-mail or letter it is,
not the last person that sentence named. "It" opening the sentence after one a
document opened ("Mr Crosby's statement said: “…” It added: “…”") is that document, whose
words are its owner's.
"""

from __future__ import annotations

import re

from .article_text import ArticleText

# "In it, he said", "In the letter, she wrote": the pronoun right after
_IN_IT = re.compile(
    r"In\s+(?:it|the\s+(?:e-?mail|letter|memo|note|message|column|article|statement)),\s*$"
)
# the owner's document that opens the sentence before: "Mr Campbell's e-mail"
_DOCUMENT = re.compile(
    r"['’]s?\s+(?:[\w-]+\s+)?(?:e-?mail|letter|memo|note|message|column|article|statement|"
    r"blog|diary)\b"
)


def document_owner(text: ArticleText, p: int, sentence: int, offset: int) -> str | None:
    """The person whose document the sentence before opened with, when the sentence at
    ``sentence`` opens with "In it," right before the pronoun at ``offset``, else None."""
    masked = text.masked[p]
    if sentence == 0 or not _IN_IT.fullmatch(masked, sentence, offset):
        return None
    before = text.sentence_of(p, sentence - 1)
    owners = [c for c in text.in_range(p, before, sentence) if c.start >= before]
    if not owners or owners[0].type != "person" or not owners[0].possessive:
        return None
    opening = masked[before : owners[0].start]
    if not re.fullmatch(r"\s*(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?", opening):
        return None
    return owners[0].entity_id if _DOCUMENT.match(masked, owners[0].end) else None


# "It added", "And it said": the pronoun opens its sentence
_IT_OPENS = re.compile(r"[\s\x00\"“”‘’',]*(?:(?:But|And)\s+)?[Ii]t\s*$")


def document_it_owner(text: ArticleText, p: int, sentence: int, offset: int) -> str | None:
    """The person or body whose document the sentence before opened with ("Mr Crosby's
    statement said"), when the pronoun "it" at ``offset`` opens its sentence, else None."""
    if not _IT_OPENS.fullmatch(text.masked[p], sentence, offset + 2):
        return None
    before = text.sentence_before(p, sentence)
    if before is None:
        return None
    q, start = before
    masked = text.masked[q]
    owners = [c for c in text.in_range(q, start, len(masked))]
    if not owners or not owners[0].possessive:
        return None
    if not re.fullmatch(r"\s*(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?", masked[start : owners[0].start]):
        return None
    return owners[0].entity_id if _DOCUMENT.match(masked, owners[0].end) else None
