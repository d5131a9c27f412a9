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

from .roles import Named

# "a Microsoft spokesman", "a company spokeswoman", "a spokesman for the ministry",
# "a spokesman" (whose body is then unknown), "the WSIS spokesman"; a body's unnamed
# official, source or statement speaks for it the same way ("said a METI official")
INTRODUCED = re.compile(
    r"\b(?:[Aa]n?|the(?=\s+[A-Z]))\s+(?P<before>(?:[A-Z][\w.&'’-]*\s+){1,3}|company\s+|firm\s+)?"
    r"(?:spokes(?P<kind>man|woman|person)|official|source|statement)\b"
    r"(?P<for>\s+(?:for|of|from)\s+(?:the\s+)?)?",
)
# a role that is the spokesperson alone: "the spokesman", not "the police spokesman"
BARE_SPOKESPERSON = re.compile(r"the\s+spokes(?:man|woman|person)\b", re.IGNORECASE)


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
    company" means there), or None."""
    bodies: set[str | None] = set()
    for p in range(paragraph + 1):
        text = paragraphs[p]
        end = offset if p == paragraph else len(text)
        for found in INTRODUCED.finditer(text, 0, end):
            bodies.add(_body(found, named, company, p))
    if len(bodies) != 1:
        return None
    return bodies.pop()


def _body(
    found: re.Match[str],
    named: Sequence[Named],
    company: Callable[[int, int], str | None],
    p: int,
) -> str | None:
    """The organisation one spokesperson speaks for, or None when the text does not say."""
    before = (found.group("before") or "").strip()
    if before in ("company", "firm"):
        return company(p, found.start())
    if before:  # "a Microsoft spokesman": the organisation named there, whole
        start, end = found.start("before"), found.start("before") + len(before)
    elif found.group("for"):  # "a spokesman for the ministry": the name right after it
        start = end = found.end()
    else:
        return None
    for c in named:
        if c.paragraph != p or c.type != "organization":
            continue
        if before and c.start == start and c.end == end:
            return c.entity_id
        if not before and c.start == start:
            return c.entity_id
    return None


def introduced_body(
    text: str,
    named: Sequence[Named],
    company: Callable[[int, int], str | None],
    p: int,
    start: int,
    end: int,
) -> str | None:
    """The organisation of the spokesperson brought in right at ``start`` of ``text``
    (paragraph ``p``), after an inverted verb: "“…,” said an IAAF spokesman." speaks for
    the IAAF, as "an IAAF spokesman said" does; None when the body is not told."""
    found = INTRODUCED.match(text, start, end)
    return _body(found, named, company, p) if found is not None else None


def spokesperson_of(found: re.Match[str], named: Sequence[Named], p: int) -> str | None:
    """The body of the spokesperson ``found`` brings in (paragraph ``p``), when its
    name is told there: "An Acme spokesman", "a spokesman for Acme"."""
    return _body(found, named, lambda _p, _o: None, p)
