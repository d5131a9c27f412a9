"""The one a written statement speaks for: "the statement said", "The statement
expresses condolences …, saying, “…”"; and a lawsuit, for the one who sues ("Willis is
suing Revolution Studios …. The lawsuit said the star has endured “…”").

News names who issued a statement once ("Kraft Foods issued a statement early this
morning", "a statement from Lionsgate", "Ross said in a statement") and then lets the
document speak ("the statement said", "the release added"). The document is its
issuer's when every statement the article mentioned before the quotation is that one's;
with two issuers, or one the text gives no name for ("the union issued a statement"),
the quotation keeps no speaker.
"""

from __future__ import annotations

import re

from .article_text import MASK, SPEAKER_TYPES, ArticleText

# a definite statement as a subject: "the statement", "The Indian statement", "the
# press release", "The hand-written, four-page lawsuit" (a possessive one, "Kraft's
# statement", is its owner's already); or one's own writing ("His sales pitch adds:", "her
# website says"), the words of the one the pronoun means
DOCUMENT_SUBJECT = re.compile(
    r"\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[A-Z][\w-]*\s+|(?:[a-z0-9][\w-]*-[\w-]+,?\s+){1,2})?"
    r"(?:(?:press|news|written|joint)\s+)?(?:statement|release|communiqu[eé]|report|brief|filing|"
    r"lawsuit|suit)\b"
    r"|\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z][\w-]*\s+)?(?:letter|e-?mail|memo|note|message|"
    r"website|web\s+site|blog(?:\s+post)?|post|posting|tweet|advert(?:isement)?|pitch|profile|"
    r"diary|column)\b"
)
_ISSUED_BY = r"(?:(?:press|news|written|joint|brief|short)\s+)?"
_STATEMENT = rf"{_ISSUED_BY}(?:statement|release|communiqu[eé]|report)"
_DOCUMENT = rf"{_ISSUED_BY}(?:statement|release|communiqu[eé]|report|lawsuit|suit)"
# an indefinite statement as a subject whose issuer the sentence does not name: "“…,” a
# statement reads." (one "from X" or "by X" names it, and is no subject right before
# the verb)
UNNAMED_DOCUMENT = re.compile(r"\b[Aa]\s+(?:(?:press|news|written)\s+)?(?:statement|release)\b")
# where an article says who issued a statement: the issuer before the phrase ("X issued
# a statement", "X said in a statement", "X's statement") or after it ("a statement
# from X")
_ISSUED = re.compile(
    rf"(?P<before>\b(?:issued|released|put\s+out|published|sent\s+out|posted|filed)\s+"
    rf"(?:an?|the|its|this)\s+(?:\w+\s+)?{_DOCUMENT}"
    # a plaintiff: "Willis is suing Revolution Studios", "Austin Aitken is taking action
    # against NBC" (the lawsuit is theirs)
    rf"|(?P<sues>(?:is\s+|are\s+)?(?:su(?:es|ing|ed)(?=\s)|(?:tak(?:es|ing)|took)\s+"
    rf"(?:legal\s+)?action\s+against\b))"
    rf"|\b(?:said|says|announced|added|stated)\s+in\s+(?:an?|its|his|her|their)\s+"
    rf"(?:\w+\s+)?{_DOCUMENT}"
    rf"|['’]s?\s+(?:\w+\s+)?{_DOCUMENT})\b"
    # "a statement from X", "a document issued by X"
    rf"|(?P<after>\b(?:{_DOCUMENT}|document)\s+(?:(?:issued|released)\s+)?(?:from|by)\s+(?:the\s+)?)"
    # "The report of the Public Sector Divestment Committee": a body's own report (not
    # "a report of Microsoft's earnings", which is about it)
    rf"|(?P<of_body>\b{_STATEMENT}\s+of\s+(?:the\s+)?)"
    # a fronted one, its issuer the subject of the speech verb after it: "In a statement
    # detailing the bans Valve said"
    rf"|(?P<fronted>\b[Ii]n\s+(?:an?|its|his|her|their)\s+(?:\w+\s+)?{_DOCUMENT}\b)"
    # "a World Bank report": the issuer's name right before the noun (kept only when a
    # linked name stands there: "a police report" says nothing; "the Conte lawsuit" is
    # as often the one sued)
    rf"|(?P<named>(?<=\w)\s+{_STATEMENT}\b(?!\s+(?:from|by|of)\b))",
    re.IGNORECASE,
)
# words that may stand between an issuer and its verb: "Kraft Foods on Friday issued";
# its spokesman too ("a State Department spokesman said in a statement")
_ISSUER_GAP = re.compile(
    r"(?:\s+spokes(?:man|woman|person))?"
    r",?(?:\s+(?:also|later|then|earlier|has|had|have|on\s+\w+|\w+day|late\s+\w+))*\s*$",
    re.IGNORECASE,
)
_ISSUER_SPEAKS = re.compile(r"\s+(?:has\s+|also\s+)?(?:said|says|added|announced|stated)\b")
UNKNOWN = ""  # an issuer the text gives no linked name for ("the union issued a statement")


def statement_issuers(text: ArticleText, paragraph: int, offset: int) -> list[str]:
    """The entities the article says issued a statement before ``(paragraph, offset)``,
    in text order; ``UNKNOWN`` for a statement whose issuer is no linked name, which
    makes any later "the statement" unclear."""
    return [issuer for _, issuer in _issued(text, paragraph, offset)]


def _issued(text: ArticleText, paragraph: int, offset: int) -> list[tuple[int, str]]:
    """:func:`statement_issuers` with the paragraph each statement is named in."""
    found: list[tuple[int, str]] = []
    for p in range(paragraph + 1):
        last = offset if p == paragraph else len(text.masked[p])
        for phrase in _ISSUED.finditer(text.masked[p], 0, last):
            issuer = _issuer(text, p, phrase)
            # "a police report", a headline's "Willis sues …", "In a statement, the team
            # said": no issuer the text names
            kept_unknown = (
                phrase.group("named")
                or phrase.group("sues")
                or phrase.group("fronted")
                or phrase.group("of_body")
            ) is None
            if issuer != UNKNOWN or kept_unknown:
                found.append((p, issuer))
    return found


def _issuer(text: ArticleText, p: int, phrase: re.Match[str]) -> str:
    """The entity one issuing phrase names, or ``UNKNOWN``."""
    masked = text.masked[p]
    names = [c for c in text.in_range(p, 0, len(masked)) if c.type in SPEAKER_TYPES]
    if phrase.group("after") is not None:
        issuer = next((c for c in names if c.start == phrase.end()), None)
    elif phrase.group("of_body") is not None:
        issuer = next(
            (
                c
                for c in names
                if c.start == phrase.end() and c.type == "organization" and not c.possessive
            ),
            None,
        )
    elif phrase.group("fronted") is not None:
        end = text.sentence_end(p, phrase.end())
        issuer = next(
            (
                c
                for c in names
                if phrase.end() <= c.start < end and _ISSUER_SPEAKS.match(masked, c.end)
            ),
            None,
        )
    elif phrase.group("named") is not None:
        issuer = next((c for c in names if c.end == phrase.start()), None)
    else:
        issuer = next(
            (
                c
                for c in reversed(names)
                if c.end <= phrase.start() and _ISSUER_GAP.fullmatch(masked, c.end, phrase.start())
            ),
            None,
        )
    return issuer.entity_id if issuer is not None else UNKNOWN


def own_issuer(text: ArticleText, paragraph: int, offset: int) -> str | None:
    """The issuer of the statement that is the object of an issuing verb at
    ``(paragraph, offset)`` ("Donnie Walsh issued a statement saying, “…”": Walsh, not
    an issuer of an earlier statement); ``UNKNOWN`` when that verb's subject is no
    linked name ("the team issued a statement saying"), None when no issuing verb has
    the statement as its object."""
    for phrase in _ISSUED.finditer(text.masked[paragraph]):
        if phrase.group("before") is not None and phrase.start() < offset < phrase.end():
            return _issuer(text, paragraph, phrase)
    return None


def statement_speaker(text: ArticleText, paragraph: int, offset: int) -> str | None:
    """The one issuer of the statements named before a "the statement" subject at
    ``(paragraph, offset)``, or None when there are none or several."""
    issued = _issued(text, paragraph, offset)
    issuers = {issuer for _, issuer in issued}
    if len(issuers) == 1 and UNKNOWN not in issuers:
        return issuers.pop()
    # "the statement" right after the sentence that brought one in is that one, however
    # many the article named before: "X issued a statement …" / "“…,” the statement
    # said"; only the quotation it speaks may stand between
    if issued and issued[-1][1] != UNKNOWN and _only_quoted(text, issued[-1][0], paragraph, offset):
        return issued[-1][1]
    return None


def _only_quoted(text: ArticleText, named: int, paragraph: int, offset: int) -> bool:
    """Whether nothing but quoted text stands between the end of paragraph ``named``
    and ``(paragraph, offset)``."""
    if named == paragraph:
        return False  # "X issued a statement, and Y said, “…,” the statement said"
    between = [*text.masked[named + 1 : paragraph], text.masked[paragraph][:offset]]
    return not any(re.sub(rf"[\W{MASK}]", "", part) for part in between)


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


# "the report" whose issuer the words after it name ("The report, by Gartner, said"):
# not the body talked about before
_OWN_ISSUER_AFTER = re.compile(r"\s*,?\s*(?:by|from|of|for|on|in)\b")
_SPEAKS = re.compile(
    r"\s+(?:(?:also|later|then|has|had|have|again|today|yesterday)\s+)?(?:said|says|added|adds|urged|urges|warned|warns|stated|states|"
    r"called|calls|recommended|recommends|concluded|concludes|estimated|estimates|"
    r"forecast|forecasts|predicted|predicts|argued|argues|noted|notes|insisted|insists)\b"
)


_IT_SPEAKS = re.compile(r"\bit\s+(?:said|says|added|adds|warned|noted|stated)\b")


def unnamed_issuer(text: ArticleText, paragraph: int, offset: int) -> str | None:
    """The organisation a "the report"/"the statement" subject at ``(paragraph,
    offset)`` belongs to when the article names no issuer for any document before it:
    the body the nearest sentence before is about ("The NAO urged …. It said …. The
    report said: “…”"), when that sentence stands in this paragraph or the one before
    and its subject is an organisation that speaks there; None otherwise (a person's
    "the report" may be anyone's, a lawsuit is the plaintiff's)."""
    masked = text.masked[paragraph]
    found = DOCUMENT_SUBJECT.match(masked, offset)
    if (
        found is None
        or not found.group(0).lower().startswith("the ")
        or found.group(0).lower().endswith("suit")
        or _OWN_ISSUER_AFTER.match(masked, found.end())
        or statement_issuers(text, paragraph, offset)
    ):
        return None
    sentence = text.sentence_of(paragraph, offset)
    # a paragraph the body's own "it said" carries on names no subject of its own ("…, the
    # OECD said. / …, it said in an annual review. / The report said …"): look past it
    first = paragraph - 1
    while (
        first > 0
        and _IT_SPEAKS.search(text.masked[first])
        and not any(q == first for q, _, _ in text.subjects)
    ):
        first -= 1
    before = [
        c for q, start, c in text.subjects if first <= q and (q, start) < (paragraph, sentence)
    ]
    if not before or before[-1].type != "organization" or before[-1].possessive:
        return None
    body = before[-1]
    # the body speaks in that sentence ("the IMF said", "The NAO urged"); one that is
    # only talked about ("The department could also use …"), or its spokeswoman's
    # words ("A BBC spokeswoman said"), make no issuer
    if not _SPEAKS.match(text.masked[body.paragraph], body.end):
        return None
    return body.entity_id
