"""The one whose letter speaks: "Powell's resignation letter to Bush was dated last
Friday. “…,” the letter reads" / "An e-mail from X …. The e-mail says, “…”".

A letter, an e-mail, a memo or a note is named once with its author and then speaks
on its own, as a statement does (:mod:`.statements`). Its author is the possessor
("X's letter"), the sender ("a letter from X") or the one the sentence says wrote it
("In a letter to the Union, X wrote …"). The document is that author's when every such
document the article named before the quotation has the same author; one whose author
the text does not name that way ("a letter to Bush"), or two authors, leaves the
quotation without a speaker: the addressee is named as near as the author.
"""

from __future__ import annotations

import re

from .article_text import SPEAKER_TYPES, ArticleText, Candidate

_NOUN = r"(?:letter|e-?mail|memo|memorandum|note|disclaimer)"
# a definite letter as a subject: "the letter", "The resignation letter", "the e-mail"
LETTER_SUBJECT = re.compile(rf"\b[Tt]he\s+(?:[\w-]+\s+)?{_NOUN}\b")
# an indefinite letter its sender's name follows, as a subject: "An email dated November
# 29 from X of Triad reads as follows:" (up to the verb, so that the verb's subject fits)
SENT_SUBJECT = re.compile(
    rf"\b[Aa]n?\s+(?:[\w-]+\s+)?{_NOUN}"
    r"(?:\s+(?:dated|sent|written)\b[^.;:\"“”]{0,40})?\s+(?:from|by)\s+"
    r"(?:[A-Z][\w'’.-]*\s+){1,4}(?:of\s+(?:the\s+)?(?:[A-Z][\w&'’-]*\s+){1,4})?"
)
# a mention of one; not a noun that only qualifies another ("an e-mail address")
_MENTION = re.compile(
    rf"\b{_NOUN}s?\b(?!\s+(?:address|account|server|system|list|service|box)(?:es|s)?\b)",
    re.IGNORECASE,
)
# between the author's possessive and the noun: "Powell's resignation letter"
_POSSESSED = re.compile(r"['’]s?\s+(?:[\w-]+\s+){0,2}$")
# between the noun and its sender: "An email dated November 29, 2004 from X"
_SENT = re.compile(
    r"^(?:\s+(?:dated|sent|written)\b[^.;:\"“”]{0,40})?\s+(?:from|by)\s+(?:the\s+)?"
    r"(?:[A-Z][a-z]+\.?\s+)?$"  # a title before the name: "from Governor X"
)
# a site that carries the document: "LokiTorrent's site contains a “terms” disclaimer"
_CARRIED = re.compile(
    r"^['’]s?\s+(?:web\s*)?(?:site|website|home\s*page|page)\s+"
    r"(?:contains|has|carries|displays|features|includes|posts)\s+an?\s+[^.;:]{0,60}$"
)
_WROTE = re.compile(r"\s*(?:,\s*)?(?:\w+\s+)?wrote\b")
# a name right before "said in a letter": "X said in a letter to shareholders"
_SAID_IN = re.compile(
    r"^,?\s+(?:\w+\s+)?(?:said|says|wrote|writes|stated)\s+in\s+(?:an?|the|his|her|its|their)\s+"
    r"(?:[\w-]+\s+)?$"
)
UNKNOWN = ""


def letter_author(text: ArticleText, paragraph: int, offset: int) -> str | None:
    """The one author of the letters the article named before ``(paragraph, offset)``,
    or None when there is none, one with no named author, or several."""
    authors: set[str] = set()
    for p in range(paragraph + 1):
        masked = text.masked[p]
        last = offset if p == paragraph else len(masked)
        names = [c for c in text.in_range(p, 0, len(masked)) if c.type in SPEAKER_TYPES]
        for mention in _MENTION.finditer(masked, 0, last):
            if LETTER_SUBJECT.match(masked, _definite_start(masked, mention.start())):
                continue  # "the letter reads": the one named before, not another
            authors.add(_author(text, p, mention, names))
    if len(authors) == 1 and UNKNOWN not in authors:
        return authors.pop()
    return None


def _definite_start(masked: str, start: int) -> int:
    """Where "the" (and one word) before a noun at ``start`` would open."""
    before = re.search(r"\b[Tt]he\s+(?:[\w-]+\s+)?$", masked[:start])
    return before.start() if before else start


def _author(text: ArticleText, p: int, mention: re.Match[str], names: list[Candidate]) -> str:
    """The author one mention of a letter names, or ``UNKNOWN``."""
    masked = text.masked[p]
    for c in names:
        if c.end <= mention.start() and _POSSESSED.fullmatch(masked, c.end, mention.start()):
            return c.entity_id  # "Powell's resignation letter"
        if c.end <= mention.start() and _CARRIED.match(masked[c.end : mention.start()]):
            return c.entity_id  # "X's site contains a disclaimer"
        if c.end <= mention.start() and _SAID_IN.match(masked[c.end : mention.start()]):
            return c.entity_id  # "X said in a letter"
        if c.start >= mention.end() and _SENT.match(masked[mention.end() : c.start]):
            return c.entity_id  # "a letter from X", "an e-mail dated … from X"
    # "In a letter to the Union, …, Kagame wrote that …": the subject of "wrote" in the
    # sentence that names the letter
    sentence_end = text.sentence_end(p, mention.start())
    writers = {
        c.entity_id
        for c in names
        if mention.end() <= c.start < sentence_end and _WROTE.match(masked, c.end)
    }
    return writers.pop() if len(writers) == 1 else UNKNOWN


def sender(text: ArticleText, paragraph: int, offset: int) -> str | None:
    """The sender named in an indefinite letter subject at ``(paragraph, offset)``
    ("An email from X reads"), or None."""
    masked = text.masked[paragraph]
    mention = _MENTION.search(masked, offset)
    if mention is None:
        return None
    names = [c for c in text.in_range(paragraph, 0, len(masked)) if c.type in SPEAKER_TYPES]
    return _author(text, paragraph, mention, names) or None
