"""A person's apposition left open before the verb: "Gary Smith, head of retail at
consulting group Acme said …".

The comma that should close the apposition is missing, so the body at its end stands
right before the verb and reads as the subject. The apposition only describes the person
who opens the clause: the speaker is that person, when nothing but a description in
lower case (a role, "head of retail at consulting group") lies between the two names.
With no comma at all, a role word and where it is held must stand between ("Dr Mark
Tuffy games systems director at digital content firm THX told"). A bare comma between
them is the same form with no role ("Gary Smith, Acme Hotels Association said:", the
person's body named after his name, a common style in British news), when the person
opens the sentence itself: after "Unlike Gary Smith, Acme said" the body speaks.

The same holds when a person closes the apposition and the description says the first
one works for them: "Tony Proffitt, an aide to State Comptroller Bob Bullock said, “…”"
is Proffitt's line, not Bullock's.
"""

from __future__ import annotations

import re

from .article_text import ArticleText, Candidate
from .clauses import opens_clause
from .roles import ROLES

# ", head of retail services at management consulting group ", ", a spokesman for the "
_DESCRIPTION = re.compile(r"\s*,\s+[a-z][\w'’-]*(?:\s+[\w'’&.-]+){0,10}?\s+")
# or with no comma at all, a role word and where it is held: "Dr Mark Tuffy games systems
# director at digital content firm THX told"
_ROLE_NO_COMMA = re.compile(
    rf"\s+(?:[a-z][\w'’-]*\s+){{0,3}}(?:{ROLES}|head|boss)\s+(?:at|of|for|with)\s+"
    r"(?:[a-z][\w'’-]*\s+){0,4}"
)
# ", an aide to State Comptroller ": someone who speaks for the person named next
_SERVES = re.compile(
    r"\s*,\s+(?:a|an|the)\s+(?:[a-z][\w'’-]*\s+)?(?:aide|adviser|advisor|spokes(?:man|woman|"
    r"person)|lawyer|attorney|solicitor|assistant|deputy|secretary)\s+(?:to|for|of)\s+"
    r"(?:[A-Z][\w.'’-]*\s+){0,3}"
)
# only a comma between the person and his body: "Gary Smith, Acme Hotels Association"
_BARE_COMMA = re.compile(r"\s*,\s+")


def apposition_holder(text: ArticleText, p: int, start: int, body_start: int) -> str | None:
    """The person who opens the clause at ``start`` and whose open apposition ends in
    the organisation at ``body_start`` (the subject the verb found), or None."""
    person = _opening_person(text, p, start, body_start, "organization")
    if person is None:
        return None
    masked = text.masked[p]
    if _BARE_COMMA.fullmatch(masked, person.end, body_start):
        # "Gary Smith, Acme Hotels Association said": only when nothing precedes him
        return person.entity_id if not masked[start : person.start].strip() else None
    if not (
        _DESCRIPTION.fullmatch(masked, person.end, body_start)
        or _ROLE_NO_COMMA.fullmatch(masked, person.end, body_start)
    ):
        return None
    return person.entity_id


def aide_holder(text: ArticleText, p: int, start: int, person_start: int) -> str | None:
    """The person who opens the clause at ``start`` and whose open apposition says they
    serve the person at ``person_start`` (the subject the verb found), or None."""
    aide = _opening_person(text, p, start, person_start, "person")
    if aide is None or not _SERVES.fullmatch(text.masked[p], aide.end, person_start):
        return None
    return aide.entity_id


def _opening_person(
    text: ArticleText, p: int, start: int, named_start: int, named_type: str
) -> Candidate | None:
    """The person who opens the clause at ``start``, when the next name is the one of
    ``named_type`` at ``named_start`` that closes their open apposition; else None."""
    masked = text.masked[p]
    names = text.in_range(p, start, len(masked))
    named = [c for c in names if c.start == named_start and c.type == named_type]
    people = [c for c in names if c.end <= named_start and c.type == "person"]
    if not named or not people or not people[0].eligible:
        return None
    person = people[0]
    between = [c for c in names if person.end <= c.start and c.end <= named_start]
    if between or not opens_clause(masked, start, person.start):
        return None  # another name in the description: whose it is is unclear
    return person


# ", founder of Jewish human rights group the Simon Wiesenthal Center ": a role word (or
# two joined, ", chairman and chief executive officer of"), then what it is the role of,
# capitals allowed, up to the verb (no comma, no full stop)
_ROLE_OF = re.compile(
    rf"\s*,\s+(?:(?:a|an|the)\s+)?(?:[a-z][\w'’-]*\s+){{0,2}}"
    rf"(?:(?:{ROLES})\s+and\s+(?:[a-z][\w'’-]*\s+){{0,2}})?(?i:{ROLES}|head|member|boss)\s+"
    r"(?:of|at|for|with)\s+[^,.;:()\"“”]{1,80}?\s+"
    # and its acronym in brackets: "… of the Presidential Commission on Good Government (PCGG)"
    r"(?:\([A-Z][\w&.-]{1,9}\)\s+)?"
)

# ", PTC president and conservative activist ": a body's name, then its role, and
# another role in lower case joined by "and"
_BODY_ROLE = re.compile(
    rf"\s*,\s+(?:the\s+)?(?:[A-Z][\w&'’.-]*\s+){{1,4}}(?:[a-z][\w'’-]*\s+){{0,2}}"
    rf"(?:{ROLES})(?:\s+and\s+(?:[a-z][\w'’-]*\s+){{0,3}}[a-z][\w'’-]*)?\s+"
)


def unclosed_role_of(masked: str, name_end: int, verb_start: int) -> bool:
    """Whether an apposition left open after a name runs up to the verb: "Ann Bell,
    founder of rights group the Bell Center said", "Brent Bozell, PTC president and
    conservative activist said" (any name in it only says where)."""
    return any(
        r.fullmatch(masked, name_end, verb_start) is not None for r in (_ROLE_OF, _BODY_ROLE)
    )


# what may stand before a clause's subject in its sentence: nothing, a clause before it
# and a conjunction ("…, but Ann Bell, president of … at the firm says"), or the
# quotation the cue closes ("“…,” Gene Carter, chairman and chief executive officer of
# Union Camp said"; masked, its marks and comma after it)
_CLAUSE_OPENING = re.compile(
    r"[\s,]*|.*[,;]\s+(?:but|and|while|whereas|though|yet)\s+|\s*[\"“]?\x00+[,.!?]?[\"”]?[,.!?]?\s+",
    re.S,
)


def opening_role_holder(
    masked: str, start: int, names: list[tuple[int, int, str]], verb_start: int
) -> str | None:
    """The name that opens the clause before an apposition left open up to the verb, of
    ``names`` (start, end, entity id) between ``start`` and the verb: its role's words may
    hold a description that fits the verb too ("the firm says"), which only says where."""
    for name_start, name_end, entity_id in names:
        if _CLAUSE_OPENING.fullmatch(masked, start, name_start) and unclosed_role_of(
            masked, name_end, verb_start
        ):
            return entity_id
    return None


def named_with_open_role(text: ArticleText, p: int, start: int, verb_start: int) -> bool:
    """Whether the name right after a quotation (at ``start``) opens an apposition left
    open up to the verb, whose "and" joins two roles ("“…,” Gene Carter, chairman and
    chief executive officer of Union Camp said “…”"), not two clauses."""
    names = [(c.start, c.end, c.entity_id) for c in text.in_range(p, start, verb_start)]
    return opening_role_holder(text.masked[p], start, names[:1], verb_start) is not None
