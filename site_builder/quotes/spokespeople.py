"""The spokesman of a body, never named: "a Microsoft spokesman said …" / "“…,” the
spokesman said".

News often brings in an unnamed spokesperson with the body they speak for ("a company
spokesman", "a Kmart spokeswoman", "a spokesman for the ministry") and later calls them
"the spokesman". Their words are the body's, as the first sentence's are. When the
article brought in more than one such spokesperson of different bodies, or one whose
body it does not say ("a spokesman said"), "the spokesman" names nobody.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..spans import TICKER
from .cues import BODY_OF_VOICE
from .roles import Named, role_holder

# the head nouns of public bodies' names, which news also writes in lower case before
# "spokesman": "a police spokesman" speaks for the one police force the article names
PUBLIC_BODY_HEADS = (
    "police", "navy", "army", "executive", "government", "ministry", "party", "council",
    "commission", "department", "embassy", "club", "union", "league", "federation",
    "association", "committee", "agency", "board", "bank", "exchange", "authority",
    "institute", "service", "group",
)  # fmt: skip

# "a Microsoft spokesman", "a company spokeswoman", "a spokesman for the ministry",
# "a spokesman" (whose body is then unknown), "the WSIS spokesman"; a body's unnamed
# official, source or statement speaks for it the same way ("said a METI official")
_RANK = r"(?:senior|top|high-ranking|ranking)"
INTRODUCED = re.compile(
    # (not "the" inside a name: "A Top of the Pops spokesperson" is no "Pops" one's)
    # ("another" or "one" and a rank only before a body's name: "a senior Foreign Ministry
    # official", "one MITI official"; not "one bank official", "a senior official")
    r"\b(?:[Aa]n?|(?:[Aa]nother|[Oo]ne)(?=\s+(?:" + _RANK + r"\s+)?[A-Z])"
    r"|(?<!\bof\s)the(?=\s+[A-Z]))\s+"
    r"(?:" + _RANK + r"\s+(?=[A-Z]))?"
    r"(?P<before>(?P<name>(?:[A-Z][\w.&'’-]*\s+){1,3})"
    # a body's kind after its name: "a Labour party spokesman"
    r"(?:(?:" + "|".join(PUBLIC_BODY_HEADS) + r")\s+)?"
    r"|company\s+|firm\s+|(?P<word>" + "|".join(PUBLIC_BODY_HEADS) + r")\s+)?"
    r"(?:spokes(?P<kind>man|woman|person)|official|source|statement)\b"
    rf"(?P<for>\s+{BODY_OF_VOICE}\s+(?:the\s+)?)?",
)
_KIND_WORDS = re.compile(r"(?:[a-z][\w-]*\s+){0,2}")
# a role that is the spokesperson alone: "the spokesman", not "the police spokesman"; or
# the unnamed official brought in before ("a State Department official said …. “…,” the
# official said"), who may be a man or a woman
BARE_SPOKESPERSON = re.compile(r"the\s+(?:spokes(man|woman|person)|official)\b", re.IGNORECASE)


def bare_kind(bare: re.Match[str]) -> str:
    """The kind of a bare spokesperson: "man", "woman", or "person" for either."""
    return (bare.group(1) or "person").lower()


def named_spokesperson(
    paragraphs: Sequence[str], named: Sequence[Named], kind: str, p: int, offset: int
) -> str | None:
    """The person the article named as the "the … spokes<kind>" at ``(p, offset)`` ("Drexel
    spokesman Steve Anredder" … "the Drexel spokesman"), or None: then the spokesperson is
    an unnamed voice of the body ("the Bundesbank spokesman said")."""
    return role_holder(paragraphs, named, f"spokes{kind}", p, offset)


def spokesperson_body(
    paragraphs: Sequence[str],
    named: Sequence[Named],
    company: Callable[[int, int], str | None],
    paragraph: int,
    offset: int,
) -> str | None:
    """The organisation "the spokesman" at ``(paragraph, offset)`` speaks for: the one
    body of every unnamed spokesperson the article brought in before it (``paragraphs``
    masked, ``named`` its linked names, ``company(p, offset)`` the company "the
    company" means there), or else the body of the last one of the same kind brought
    in, in this paragraph or the one before, alone in its sentence ("A spokesman for the
    ICO said …. The spokesman said"); None when neither is told."""
    brought: list[tuple[int, re.Match[str], str | None]] = []
    for p in range(paragraph + 1):
        text = paragraphs[p]
        end = offset if p == paragraph else len(text)
        for found in INTRODUCED.finditer(text, 0, end):
            brought.append((p, found, _body(found, named, company, p, paragraphs)))
    bodies = {body for _, _, body in brought}
    if len(bodies) == 1:
        return bodies.pop()
    bare = BARE_SPOKESPERSON.match(paragraphs[paragraph], offset)
    if not brought or bare is None or brought[-1][0] < paragraph - 1:
        return None
    p, found, body = brought[-1]
    kind, wanted = found.group("kind"), bare_kind(bare)
    if kind is None or (kind != wanted and "person" not in (kind, wanted)):
        return None  # "a spokeswoman …. The spokesman said": someone else
    if len(brought) > 1 and _same_sentence(paragraphs, brought[-2], brought[-1]):
        return None  # "An Acme spokesman …, and a Fabrikam spokesman said …": either
    return body


def _same_sentence(
    paragraphs: Sequence[str],
    first: tuple[int, re.Match[str], str | None],
    second: tuple[int, re.Match[str], str | None],
) -> bool:
    """Whether two spokespeople are brought in by one sentence of the same paragraph."""
    if first[0] != second[0]:
        return False
    between = paragraphs[first[0]][first[1].end() : second[1].start()]
    return re.search(r"[.!?][\s\x00”\"]", between) is None


def _body(
    found: re.Match[str],
    named: Sequence[Named],
    company: Callable[[int, int], str | None],
    p: int,
    paragraphs: Sequence[str] = (),
) -> str | None:
    """The organisation one spokesperson speaks for, or None when the text does not say."""
    before = (found.group("before") or "").strip()
    if before in ("company", "firm"):
        return company(p, found.start())
    if found.group("word"):  # told before it: not "Surrey Police would like …" after
        earlier = [c for c in named if (c.paragraph, c.start) < (p, found.start())]
        return _named_by_word(before, earlier, paragraphs)
    if before:  # "a Microsoft spokesman": the organisation named there, whole
        before = found.group("name").strip()  # not "party" of "a Labour party spokesman"
        # nor the wire's share code after the name: "a Hitachi Ltd HIT.T spokesman"
        before = re.sub(rf"\s+{TICKER.pattern}$", "", before)
        start, end = found.start("before"), found.start("before") + len(before)
    elif found.group("for"):  # "a spokesman for the ministry": the name right after it
        start = end = found.end()
    else:
        return None
    # a spokesperson "for" a person speaks for them too ("a spokesman for Mr Blair"), as
    # for a company the model read as a person's name
    principal = ("organization", "person") if found.group("kind") else ("organization",)
    for c in named:
        if c.paragraph != p or c.type not in principal:
            continue
        if before and c.type == "organization" and c.start == start and c.end == end:
            return c.entity_id
        # "a spokesman for distributor Toho": a kind's word or two may come first
        if not before and _KIND_WORDS.fullmatch(found.string, start, c.start):
            return c.entity_id
    return _party(before, named, paragraphs) if before else None


def _named_by_word(word: str, named: Sequence[Named], paragraphs: Sequence[str]) -> str | None:
    """The one body of ``named`` whose name holds ``word``: "a police spokesman" and
    "Strathclyde Police"; None when none or several do ("a party spokesman" in an
    article naming two parties)."""
    if not paragraphs:
        return None
    head = re.compile(rf"\b{word}\b", re.IGNORECASE)
    bodies = {
        c.entity_id
        for c in named
        if c.type == "organization" and head.search(paragraphs[c.paragraph], c.start, c.end)
    }
    return bodies.pop() if len(bodies) == 1 else None


def _party(word: str, named: Sequence[Named], paragraphs: Sequence[str]) -> str | None:
    """The one body of the article a party's adjective stands for: "a Conservative
    spokeswoman" speaks for the Conservatives or the Conservative Party, "a Tory
    spokesman" for the Tories, "a Democratic aide" for the Democrats."""
    if " " in word or not paragraphs:
        return None
    forms = {word + "s", word + " Party"}
    if word.endswith("y"):
        forms.add(word[:-1] + "ies")
    if word.endswith("ic"):
        forms.add(word[:-2] + "s")
    bodies = {
        c.entity_id
        for c in named
        if c.type == "organization" and paragraphs[c.paragraph][c.start : c.end] in forms
    }
    return bodies.pop() if len(bodies) == 1 else None


def introduced_body(
    paragraphs: Sequence[str],
    named: Sequence[Named],
    company: Callable[[int, int], str | None],
    p: int,
    start: int,
    end: int,
) -> str | None:
    """The organisation of the spokesperson brought in right at ``start`` of paragraph
    ``p``, after an inverted verb: "“…,” said an IAAF spokesman." speaks for the IAAF,
    as "an IAAF spokesman said" does; None when the body is not told."""
    found = INTRODUCED.match(paragraphs[p], start, end)
    return _body(found, named, company, p, paragraphs) if found is not None else None


def spokesperson_of(
    found: re.Match[str], named: Sequence[Named], p: int, paragraphs: Sequence[str] = ()
) -> str | None:
    """The body of the spokesperson ``found`` brings in (paragraph ``p``), when its
    name is told there: "An Acme spokesman", "a spokesman for Acme"."""
    return _body(found, named, lambda _p, _o: None, p, paragraphs)
