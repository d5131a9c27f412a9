"""The unnamed spokesperson a "he" or "she" means: "A spokeswoman for the Red Cross said
…. She added: “…”".

A sentence opened by an unnamed spokesperson of a body ("A spokeswoman for X", "An X
spokesman", the body's name of any length when it is linked: "A Department for
Education and Skills spokeswoman", or "The spokesman" after one), or by their words
("“…,” a spokeswoman said"), makes them the subject; a person pronoun that
opens one of the next few sentences is that spokesperson, whose words are the body's,
when nobody is named or brought in by a role between ("A Labour spokesman told …. But
that did not happen for “…” calls. “…,” he said"). The pronoun must fit: "she" a
spokeswoman, "he" a spokesman, either a spokesperson.
"""

from __future__ import annotations

import re

from .article_text import ArticleText
from .role_subjects import role_subjects
from .spokespeople import (
    BARE_SPOKESPERSON,
    INTRODUCED,
    bare_kind,
    named_spokesperson,
    spokesperson_body,
    spokesperson_of,
)

# a conjunction or a linking adverb before the subject: "Similarly, a Genentech
# spokeswoman said"
_CONJUNCTIONS = (
    r"(?:(?:But|And|However|Similarly|Likewise|Meanwhile|Separately|Earlier|Later),?\s+)?"
)
_CONJUNCTION = re.compile(_CONJUNCTIONS)
# what may open the pronoun's sentence before it: "She added", "But he said", "“…,” he
# said" (a quotation is masked)
_OPENING = re.compile(r"[\s\x00\"“”‘’',]*" + _CONJUNCTIONS)
_FITS = {"he": ("man", "person"), "she": ("woman", "person")}
_REACH = 3  # sentences back the spokesperson is looked for
_PERSON_WORD = re.compile(r"\b(?:official|source)\b")
# an unnamed spokesperson of a body the words before do not name ("an executive
# spokeswoman", "a spokesman"): the pronoun is theirs, and names nobody
_ANY_SPOKESPERSON = re.compile(
    r"[Aa]n?\s+(?:[\w.&'’-]+\s+){0,3}?spokes(?P<kind>man|woman|person)\b"
)
# "A <body> spokeswoman", the body's name linked whatever its words ("Department for
# Education and Skills")
_ARTICLE = re.compile(r"[Aa]n?\s+")
_KIND_AFTER = re.compile(r"\s+spokes(man|woman|person)\b")
# a quotation that opens a sentence before its cue (masked: see :mod:`.article_text`)
_QUOTED = re.compile(r"[\"“‘'\s]*\x00[\x00\"”’',\s]*")
# a sentence that brings in someone else by a word alone ("Her lawyer"), or opened by
# a person pronoun (one that does not fit is someone else)
_OTHER_SUBJECT = re.compile(
    r"\s*" + _CONJUNCTIONS + r"(?:(?:[Hh]is|[Hh]er|[Tt]heir)\s|(?P<pronoun>[Hh]e|[Ss]he)\b)"
)


def spokesperson_referent(text: ArticleText, p: int, offset: int, pronoun: str) -> str | None:
    """The body whose unnamed spokesperson the pronoun at ``(p, offset)`` means, "" for
    a spokesperson whose body the text does not tell, or None for no spokesperson."""
    if pronoun not in _FITS:
        return None
    masked = text.masked
    sentence = text.sentence_of(p, offset)
    if not _OPENING.fullmatch(masked[p], sentence, offset):
        return None
    q, start = p, sentence
    for _ in range(_REACH):
        before = text.sentence_before(q, start)
        if before is None:
            return None
        q, start = before
        # nobody named after the sentence, nor in apposition in it ("…, Jane Roe, said")
        end = text.sentence_end(q, start)
        if _named_between(text, (q, end), (p, offset)):
            return None
        conjunction = _CONJUNCTION.match(masked[q], start)
        opened = conjunction.end() if conjunction else start
        quoted = _QUOTED.match(masked[q], opened)
        if quoted is not None:  # "“…,” a spokeswoman said.": the cue after the words
            opened = quoted.end()
        found = INTRODUCED.match(masked[q], opened) or _ANY_SPOKESPERSON.match(masked[q], opened)
        named = _named_body(text, q, opened) if found is None else None
        if named is not None:  # "A Department for Education and Skills spokeswoman said"
            its_body, kind, end = named
            fits = kind in _FITS[pronoun] and not _apposed_name(text, q, end)
            return its_body if fits else None
        if found is not None:
            # an official or a source may be a man or a woman; a statement is neither
            holder = found.group("kind") or ("person" if _PERSON_WORD.search(found.group()) else "")
            if holder not in _FITS[pronoun] or _apposed_name(text, q, found.end()):
                return None
            if found.group().startswith(("the", "The")) and (
                not found.group("kind")
                or named_spokesperson(text.masked, text.everyone(), found.group("kind"), q, opened)
            ):
                return None  # "But the Lib Dem spokesman questioned": a role someone holds
            if found.re is _ANY_SPOKESPERSON:
                return ""  # "But an executive spokeswoman insisted": hers, body untold
            return spokesperson_of(found, text.everyone(), q, masked) or ""
        if _named_between(text, (q, start), (q, end)):
            return None
        bare = BARE_SPOKESPERSON.match(masked[q], opened)
        if bare is not None:  # "The spokesman said …. He added": the one brought in before
            if bare_kind(bare) not in _FITS[pronoun]:
                return None
            body = spokesperson_body(masked, text.everyone(), lambda _p, _o: None, q, opened)
            return body or ""
        other = _OTHER_SUBJECT.match(masked[q], start)
        if other is not None and (other.group("pronoun") or "").lower() != pronoun:
            return None  # someone else the pronoun may mean
        if role_subjects(masked, (), (q, start), (q, end)):
            return None  # someone else the pronoun may mean
    return None


def _named_body(text: ArticleText, p: int, offset: int) -> tuple[str, str, int] | None:
    """The body, the spokesperson's kind and its end, for "A <body> spokeswoman" that
    opens at ``offset``, the body a linked name of any length, or None."""
    article = _ARTICLE.match(text.masked[p], offset)
    if article is None:
        return None
    for c in text.candidates.get(p, ()):
        if c.start == article.end() and c.type == "organization":
            kind = _KIND_AFTER.match(text.masked[p], c.end)
            return (c.entity_id, kind.group(1), kind.end()) if kind else None
    return None


def _apposed_name(text: ArticleText, p: int, offset: int) -> bool:
    """Whether a person's name stands in apposition right after the spokesperson ending
    at ``offset``: "A spokeswoman for Acme, Jane Roe, said"."""
    return any(
        c.type == "person" and text.masked[p][offset : c.start].strip() in (",", "")
        for c in text.candidates.get(p, ())
        if offset <= c.start <= offset + 60
    ) or any(
        offset <= s <= offset + 60 and text.masked[p][offset:s].strip() == ","
        for s, _ in text.unlinked.get(p, ())
    )


def _named_between(text: ArticleText, begin: tuple[int, int], end: tuple[int, int]) -> bool:
    """Whether a person is named from ``begin`` to ``end`` (paragraph, offset): a
    linked person or a name the model left unlinked."""
    for para in range(begin[0], end[0] + 1):
        first = begin[1] if para == begin[0] else 0
        last = end[1] if para == end[0] else len(text.masked[para])
        if any(c.type == "person" for c in text.in_range(para, first, last)):
            return True
        if any(first <= s < last for s, _ in text.unlinked.get(para, ())):
            return True
    return False
