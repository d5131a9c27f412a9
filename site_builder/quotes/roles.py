"""People talked of by their role: "the judge said", "said the team's coach".

News names a person once with a title or an apposition ("Judge Jack B. Weinstein",
"NATO chief Jens Stoltenberg", "Robert Sznewajs, its chief executive,") and later calls
them by the role alone. The role's holder is the person the article named with that
role word, when it is clear which one: the only one in the article so far, or the only
one in the last few paragraphs. An article that brought in an unnamed holder ("a Western
diplomat … the diplomat added") or none at all leaves the speaker unknown.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from .cues import FINITE_SPEECH

# role nouns that stand for one person: the last word of "the (NATO) chief",
# "the team's general manager", "the former prosecutor"
ROLES = (
    "judge|justice|chief|coach|president|minister|premier|chancellor|spokesman|"
    "spokeswoman|spokesperson|diplomat|ambassador|envoy|lawyer|attorney|prosecutor|"
    "governor|mayor|senator|congressman|congresswoman|secretary|director|manager|"
    "chairman|chairwoman|chair|executive|leader|commander|captain|sheriff|detective|"
    "inspector|lieutenant|sergeant|superintendent|commissioner|founder|owner|"
    "actor|actress|singer|quarterback|striker|guard|forward|defender|goalkeeper|"
    "pitcher|batsman|bowler|analyst|economist|professor|scientist|researcher|"
    "expert|investigator|pilot|officer|official|general|"
    "comedian|star|host|producer|author|writer|novelist|rapper|boxer|champion|model|"
    "defendant|teacher|doctor|publicist|agent|receiver|linebacker|tackle|"
    "bishop|archbishop|presenter|dj|correspondent|dealer|trader|banker|broker|strategist"
)
# "the judge", "the NATO chief", "the team's general manager", "the former coach"
# a capitalised role word that heads a body's name: "the Scottish Executive", "the
# Coast Guard" are a government and a service, not a chief executive or a guard
# ("the Chief Executive" stays a person's title)
_BODY_HEAD = r"(?<!(?-i:Chief)\s)(?-i:Executive|Guard)\b"
# (and the outlet's own: "our correspondent added", the one the article named so)
ROLE_DESCRIPTION = re.compile(
    rf"\b(?:the|our)\s+(?:[\w.&'’-]+\s+){{0,3}}(?!{_BODY_HEAD})({ROLES})\b(?!['’]s)",
    re.IGNORECASE,
)
# words that make another office of a title: a "Deputy Prime Minister" is no prime
# minister, a "Shadow Home Secretary" no home secretary, a "former President" no president
OTHER_OFFICE = frozenset({"deputy", "vice", "shadow", "former", "ex"})
# lower-case words that make an office of a role: "the prime minister"
OFFICE_WORDS = (
    frozenset({"prime", "foreign", "home", "defence", "defense", "health"}) | OTHER_OFFICE
)


def is_title(phrase: str, role: str) -> bool:
    """Whether a matched role description is an office's title: its words before the
    role are capitalised or make an office ("the Tory leader", "the prime minister"),
    none a possessive ("the prime minister's official spokesman") nor another office's
    ("the former minister"); a bare "the actor" is none."""
    words = phrase[: len(phrase) - len(role)].split()[1:]
    return bool(words) and all(
        "'" not in w
        and "’" not in w
        and (w[:1].isupper() or (w.lower() in OFFICE_WORDS and w.lower() not in OTHER_OFFICE))
        for w in words
    )


# an unnamed holder brought in earlier: "a Western diplomat", "an official"
UNNAMED_ROLE = r"\b(?:a|an|one)\s+(?:[\w.&'’-]+\s+){{0,3}}?{role}\b"
# the role word right before the name: "Judge Jack B. Weinstein", "coach, Jack Del Rio"
_TITLE_BEFORE = r"\b{role}\s*,?\s*$"
# a title that names another office: "Deputy Prime Minister X", "former President X"
_OTHER_OFFICE = r"\b(deputy|vice|shadow|former|ex)[\s-]+(?:[\w'’-]+\s+){{0,2}}{role}\s*,?\s*$"
# the role of a place or body, then a comma and the name, with its honorifics: "The
# Bishop of Durham, the Rt Rev Dr Tom Wright", "the Mayor of London, Ken Livingstone"
_ROLE_OF_BEFORE = (
    r"\b{role}\s+of\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){{0,2}}\s*,\s*"
    r"(?:the\s+)?(?:(?:Rt|Most|Very)\.?\s+)?(?:(?:Rev|Hon|Dr|Sir|Lord|Lady|Dame)\.?\s+)*$"
)
# the role word inside the name the model found, before the name proper: "Genesee County
# Sheriff Robert J. Pickell" (the model took the title into the person's name)
_TITLE_WITHIN = r"\b{role}\s+(?-i:[A-Z])"
# an apposition after the name: ", a former F.B.I. supervisor," / ", the governor of Qeshm"
_APPOSITION = r"^\s*,\s*(?:[^,.;:()\"“”]{{0,60}}?\s)?{role}\b"
# a diplomat named by the post ("Syrian U.N. charge d'affaires X") and then called by
# the trade: "The Syrian envoy said"
_POSTS_OF = {
    "envoy": ("ambassador", "charge d'affaires", "chargé d'affaires", "consul"),
    "diplomat": ("ambassador", "envoy", "charge d'affaires", "chargé d'affaires", "consul"),
}
_NEXT_WORD = re.compile(r"\s+(?:has\s+|had\s+|also\s+)?([a-z]+)\b")
REACH = 2  # paragraphs back in which a role may point to the nearest of several holders


class Named(Protocol):
    """A linked name in the article (see :class:`.attribute.Candidate`)."""

    @property
    def paragraph(self) -> int: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def entity_id(self) -> str: ...
    @property
    def type(self) -> str: ...


def _speech_after(text: str, end: int) -> bool:
    """Whether a speech verb follows a role with no comma between: the role is the
    subject of its own clause, not an apposition of the name before it."""
    verb = _NEXT_WORD.match(text, end)
    return verb is not None and verb.group(1) in FINITE_SPEECH


def named_holders(
    paragraphs: Sequence[str], people: Sequence[Named], role: str, paragraph: int, offset: int
) -> tuple[list[tuple[int, int, str]], set[tuple[int, int]]]:
    """The people the article named with ``role`` before ``(paragraph, offset)``, by a
    title before the name or an apposition after it, as (paragraph, offset, entity id)
    in order; and where each apposition's role word ends."""
    role = role.lower()
    before_pattern = re.compile(_TITLE_BEFORE.format(role=re.escape(role)), re.IGNORECASE)
    after_pattern = re.compile(_APPOSITION.format(role=re.escape(role)), re.IGNORECASE)
    own_pattern = re.compile(_TITLE_WITHIN.format(role=re.escape(role)), re.IGNORECASE)
    of_pattern = re.compile(_ROLE_OF_BEFORE.format(role=re.escape(role)), re.IGNORECASE)
    other_office = re.compile(_OTHER_OFFICE.format(role=re.escape(role)), re.IGNORECASE)
    described = ROLE_DESCRIPTION.match(paragraphs[paragraph], offset)
    own_words = described.group().lower().split() if described else []
    # only a description naming its office tells another office apart: "the prime
    # minister" is not "Deputy Prime Minister X", but "the minister" may be "Vice Foreign
    # Minister X"
    office = any(w in OFFICE_WORDS and w not in OTHER_OFFICE for w in own_words)
    holders: list[tuple[int, int, str]] = []
    evidence: set[tuple[int, int]] = set()
    for c in people:
        if c.type != "person" or (c.paragraph, c.start) >= (paragraph, offset):
            continue
        text = paragraphs[c.paragraph]
        other = other_office.search(text, max(0, c.start - 40), c.start)
        if office and other is not None and other.group(1).lower() not in own_words:
            continue  # "Deputy Prime Minister John Prescott" is not "the prime minister"
        if (
            before_pattern.search(text, max(0, c.start - 40), c.start)
            or own_pattern.search(text, c.start, c.end)
            or of_pattern.search(text, max(0, c.start - 80), c.start)
        ):
            holders.append((c.paragraph, c.start, c.entity_id))
        elif found := after_pattern.match(text[c.end : c.end + 90]):
            if (c.paragraph, c.end + found.end()) > (paragraph, offset):
                continue  # the description being resolved: "in Wasilla, the minister said"
            if _speech_after(text, c.end + found.end()):
                continue  # "Echoing Condoleezza Rice, the prime minister said": a subject
            holders.append((c.paragraph, c.start, c.entity_id))
            evidence.add((c.paragraph, c.end + found.end()))
    return holders, evidence


def role_holder(
    paragraphs: Sequence[str], people: Sequence[Named], role: str, paragraph: int, offset: int
) -> str | None:
    """The person the article means by ``the <role>`` at ``(paragraph, offset)``
    (``paragraphs`` with their quotations masked)."""
    role = role.lower()
    holders, evidence = named_holders(paragraphs, people, role, paragraph, offset)
    for post in () if holders else _POSTS_OF.get(role, ()):  # "the envoy", by the post
        holders, evidence = named_holders(paragraphs, people, post, paragraph, offset)
        if holders:
            break
    if not holders:
        return None  # nobody named so; perhaps an unnamed one ("a Western diplomat")
    unnamed = re.compile(UNNAMED_ROLE.format(role=re.escape(role)), re.IGNORECASE)
    last = holders[-1][:2]
    for p in range(last[0], paragraph + 1):
        text = paragraphs[p]
        start = last[1] if p == last[0] else 0
        for found in unnamed.finditer(text, start, offset if p == paragraph else len(text)):
            if (p, found.end()) not in evidence:  # not ", a former F.B.I. supervisor,"
                # "a diplomat" after the last named one: "the diplomat" may be either
                # (one brought in before a name is most often that person: "A judge on
                # Saturday sentenced … Judge James Bodiford")
                return None
    if len({e for _, _, e in holders}) > 1:
        holders = _same_modifiers(paragraphs, holders, role, paragraph, offset)
    if len({e for _, _, e in holders}) == 1:
        return holders[0][2]
    near = {e for p, _, e in holders if p >= paragraph - REACH}
    if not near:
        # the holders named so long ago, one of them by name alone since: "Judge James
        # Bodiford … Judge Rowland Barnes …" / "…,” said Bodiford." / "The judge offered …"
        named = {e for _, _, e in holders}
        near = {
            c.entity_id
            for c in people
            if c.entity_id in named
            and paragraph - REACH <= c.paragraph
            and (c.paragraph, c.start) < (paragraph, offset)
        }
    return near.pop() if len(near) == 1 else None


def _same_modifiers(
    paragraphs: Sequence[str],
    holders: list[tuple[int, int, str]],
    role: str,
    paragraph: int,
    offset: int,
) -> list[tuple[int, int, str]]:
    """Of several holders, those titled with the description's own capitalised words
    ("the French president": "French President Jacques Chirac", not "President Bush") and
    office words ("the deputy prime minister"); all of them when the description has none
    or none was titled so."""
    described = ROLE_DESCRIPTION.match(paragraphs[paragraph], offset)
    if described is None:
        return holders
    words = paragraphs[paragraph][described.start() : described.start(1)].split()[1:]
    words = [w for w in words if w[:1].isupper() or w.lower() in OFFICE_WORDS]
    if not words:
        return holders
    titled = re.compile(
        r"\b" + r"\s+".join(map(re.escape, words)) + rf"\s+{re.escape(role)}\s*,?\s*$",
        re.IGNORECASE,
    )
    kept = [h for h in holders if titled.search(paragraphs[h[0]], max(0, h[1] - 60), h[1])]
    return kept or holders
