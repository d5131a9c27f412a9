"""The subject of a speech verb that has none of its own right before it.

A participle ("…, describing the former 76er star as a “gentleman throughout”") and a
verb joined by "and" or "but" ("… but confirmed that he “…”") share the subject of the
clause they hang on: the name that opens it. The name nearest the verb is as often the
object of another verb or of a preposition ("Stefanski said he met with Cheeks,
describing …"; "Gomes was convicted of beating Mendes, holding a knife to her throat,
and telling her, “…”"), so a name counts as the subject only when nothing but a
title, a role or an opening phrase stands before it in its sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from ..gazetteer import LEGAL_FORM_PATTERN, ROLE_WORDS, norm_key
from .cues import SPEECH_VERB
from .outlets import MEDIUM_WORDS
from .referring_roles import AGED, NATIONAL
from .roles import ROLE_DESCRIPTION, ROLES, is_title

_ARTICLES = frozenset({"the", "a", "an", "his", "her", "their", "its"})
# the end of a possessive that opens a name: "’s Sgt" of "sheriff’s Sgt. X"
_POSSESSIVE_END = re.compile(r"^['’]s\s+")
# the words of a role before a name: "prime minister", "team president", "former coach",
# "U.S. Secretary of State"
_ROLE_NOUNS = (
    frozenset(ROLES.split("|"))
    | {w for role in ROLE_WORDS for w in role.split()}  # "Secretary of State"
    | {"former", "then", "top", "senior", "assistant", "acting", "interim", "team", "police"}
    | {"man", "woman"}  # "said Ulster man Humphreys": where he is from
    # whose man he is: "said former Nevada Sen. and Reagan confidant Paul Laxalt"
    | {"confidant", "aide", "adviser", "advisor", "ally", "associate"}
)


def is_role_word(text: str, entity_name: str) -> bool:
    """Whether a name is one role word alone ("Director", "Founder"), which the model
    takes for a person before the person's name ("Public Safety Director Jon Owen") and
    the resolver may link to another article's entity; not a surname ("Boxer" for
    Barbara Boxer, "Leader" for Janice Leader). A possessive's ending the model took in
    ("sheriff's Sgt. Vanette Christiansen" read as "'s Sgt") is left out of both."""
    word = _POSSESSIVE_END.sub("", text.strip())
    if " " in word or norm_key(word) not in _ROLE_NOUNS:
        return False
    full = _POSSESSIVE_END.sub("", entity_name.strip()).split()
    return not (len(full) >= 2 and full[-1] == word)


# one or two lower-case role words between a word the model took for a name and the
# name itself: "Beat writer Larry Holder", "Staff reporter Ann Lee"
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?][\"”’)]*\s+)$")
_ROLE_BETWEEN = re.compile(r"\s+([a-z]+(?:\s+[a-z]+)?)\s+$")


def qualifies_role(paragraph: str, start: int, end: int, entity_name: str, after: int) -> bool:
    """Whether a one-word name at ``start``..``end`` that opens its sentence only
    qualifies a role that a person's name at ``after`` follows ("Beat writer Larry
    Holder …": "Beat", capitalised as the sentence's first word, taken for a person), so
    it is nobody; not a full name's part ("Smith" of "Will Smith"), nor a name inside a
    sentence ("said Oscar producer Laurence Mark": the awards, which the model may also
    call a person, are then found again by their words)."""
    if " " in entity_name.strip() or " " in paragraph[start:end].strip():
        return False
    if not _SENTENCE_OPENS.search(paragraph[:start]):
        return False
    between = _ROLE_BETWEEN.fullmatch(paragraph, end, after)
    return between is not None and between.group(1).split()[-1] in _ROLE_NOUNS


_WORD = re.compile(r"[^\W\d_][\w'’.-]*")


class _Named(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def eligible(self) -> bool: ...
    @property
    def entity_id(self) -> str: ...


def opens_clause(masked: str, sentence: int, start: int) -> bool:
    """Whether the name at ``start`` opens its sentence's clause: only capitalised words,
    articles and role nouns stand between it and the sentence's start or its last comma
    ("Team president Ed Stefanski", "In 2005, Gomes"), or an inverted speech verb does
    ("“…,” said Stefanski, adding …")."""
    words = _WORD.findall(masked[sentence:start].rsplit(",", 1)[-1])
    roles = [norm_key(w.rsplit("-", 1)[-1]) in _ROLE_NOUNS for w in words]  # "then-coach"
    return all(
        w[0].isupper()
        or w.lower() in _ARTICLES
        or roles[i]
        or (i + 1 < len(words) and roles[i + 1])  # "government spokesman Yannis Roubatis"
        or w in MEDIUM_WORDS  # "Trade publication Variety"
        # an inverted verb, first: in "He said Mr Brown had …" Brown opens no clause
        or (i == 0 and SPEECH_VERB.fullmatch(w) is not None)
        for i, w in enumerate(words)
    )


def opening_subject(masked: str, sentence: int, end: int) -> tuple[int, str, str | None] | None:
    """Where an office's title or a description opens the clause before ``end``, and the
    kind of subject it is (for :meth:`.SpeakerLookup.subject`), or None."""
    title = opening_title(masked, sentence, end)
    if title is not None:
        return title.start(), "role", title[1]
    described = opening_description(masked, sentence, end)
    return (described.start(), "referring", None) if described is not None else None


def opening_title(masked: str, sentence: int, end: int) -> re.Match[str] | None:
    """The office's title that opens the clause before ``end`` ("The Tory leader will
    also call for …, arguing that"), or None."""
    for r in ROLE_DESCRIPTION.finditer(masked, sentence, end):
        if opens_clause(masked, sentence, r.start()) and is_title(r.group(), r.group(1)):
            return r
    return None


def opening_description(masked: str, sentence: int, end: int) -> re.Match[str] | None:
    """An age or a nationality that opens the clause before ``end`` ("The Argentine had
    stoked up the temperature … by saying", "The 27-year-old had …, saying"), or None;
    not a trade ("The actor repeatedly refused, … saying" after "The actor's friend X
    told": the actor is not X, whom the sentence before opened with)."""
    for found in (AGED.search(masked, sentence, end), NATIONAL.search(masked, sentence, end)):
        if found is not None and opens_clause(masked, sentence, found.start()):
            return found
    return None


# a name, its own speech verb and a participle: "LaCalamita said nothing …, Pickell said,
# describing the suspect as “…”" (the participle hangs on the verb just before it)
_SAID_THEN_PARTICIPLE = re.compile(
    r"\s+(?:said|says|told\s+[a-z]+|added|wrote)(?:\s+[A-Z][a-z]+day)?,\s+[a-z]+ing\b"
)
# or the words it reports first, with no full stop, quotation or other name among them
_SAID_WORDS_THEN_PARTICIPLE = re.compile(
    r"\s+(?:said|says|added)\s+[^.;:!?\"“”\x00]{1,120}?,\s+[a-z]+ing\b"
)
# what opens a clause right before its subject: a sentence's end or a conjunction
_CLAUSE_OPENER = re.compile(
    r"(?:[.!?]\s+|,\s+(?:but|and|while|whereas)\s+|\b(?:But|And)\s+)"
    r"(?:[A-Z][\w.'’-]*\s+){0,4}$"  # and a title: "but Commerce Secretary Malcolm Baldrige"
)


def clause_subject(masked: str, names: Sequence[_Named], sentence: int) -> str | None:
    """The entity of the first eligible name in ``names`` (those of one sentence before
    the verb, in text order) when it opens the clause, else None; but a name whose own
    speech verb the participle follows is its subject, wherever it stands."""
    subjects = [c for c in names if c.eligible]
    if subjects and _SAID_THEN_PARTICIPLE.match(masked, subjects[-1].end):
        return subjects[-1].entity_id
    if (
        subjects
        and _SAID_WORDS_THEN_PARTICIPLE.match(masked, subjects[-1].end)
        and _CLAUSE_OPENER.search(masked, sentence, subjects[-1].start)
    ):
        # "…, but Baldrige said he was more optimistic, adding, “…”": the subject of the
        # last clause, not the sentence's first name (not "Rex Hardesty of the AFL-CIO
        # said …, saying", where the name before the verb is no clause's opener)
        return subjects[-1].entity_id
    reported = reported_subject(masked, names)
    if reported is not None:
        return reported
    if subjects and opens_clause(masked, sentence, subjects[0].start):
        return subjects[0].entity_id
    if _FRONTED_ADVERBIAL.match(masked, sentence):
        # "Shortly after collecting a Waterford Crystal trophy, a Mercedes convertible
        # and a cheque, Federer addressed the crowd and concluded by saying": the name
        # right after a comma with its verb after it, never one of the phrase's list
        for c in subjects:
            if _AFTER_COMMA.search(masked, sentence, c.start) and _VERB_NEXT.match(masked, c.end):
                return c.entity_id
    return None


# a phrase of time or circumstance before the clause: "Shortly after collecting …,"
_FRONTED_ADVERBIAL = re.compile(
    r"\s*(?:(?:Shortly|Soon|Just|Moments|Minutes|Hours|Days|Weeks|Months|Years|Long)\s+"
    r"(?:after|before|following|since|until)"
    r"|After|Before|Following|Despite|Since|Upon|Having|Until)\s+[a-z]"
)
_AFTER_COMMA = re.compile(r",\s*(?:(?:Mr|Mrs|Ms|Dr|Sir|Lord|Lady)\.?\s+)?$")
_VERB_NEXT = re.compile(r"\s+(?:[a-z]+ly\s+)?(?!(?:and|or|nor|but)\b)[a-z]+\b")


# "… told reporters Friday that Hiller called 911, saying “…”": the participle hangs on
# the verb of the clause a speech verb reports, whose subject is the name after "that"
_THAT_BEFORE = re.compile(r"\bthat\s+$")
_ACTIVE_PAST = re.compile(r"\s+[a-z]+ed\b(?!\s+by\b)")


def reported_subject(masked: str, names: Sequence[_Named]) -> str | None:
    """The entity of the last eligible name in ``names`` (one sentence's, before a
    participle) when it opens a clause another name's speech verb reports, else None."""
    subjects = [c for c in names if c.eligible]
    if len(subjects) > 1 and _reported_subject(masked, subjects[0].end, subjects[-1]):
        return subjects[-1].entity_id
    return None


def _reported_subject(masked: str, after: int, c: _Named) -> bool:
    """Whether the name ``c`` opens a clause that a speech verb after ``after`` reports
    ("… told reporters that Hiller called 911"), as the subject of an active verb."""
    return bool(
        _THAT_BEFORE.search(masked, after, c.start)
        and SPEECH_VERB.search(masked, after, c.start)
        and _ACTIVE_PAST.match(masked, c.end)
    )


# role words in lower case, then a capitalised name: " security expert Rahul Mohandas";
# after a pair of names the role is the pair's: "Richard and Judy executive producer X"
_ROLE_THEN_NAME = re.compile(
    r"\s+(?:(?:and|&)\s+(?:[A-Z][\w'’-]*\s+){1,2})?((?:[a-z][\w-]*\s+){1,3})[A-Z]"
)


def role_then_name(masked: str, start: int, end: int) -> bool:
    """Whether a role and another name follow the name that ends at ``start``
    ("McAfee security expert Rahul Mohandas", "Oscar producer Laurence Mark", "Richard
    and Judy executive producer Amanda Ross"): that name only says where the speaker
    works, whatever its type."""
    found = _ROLE_THEN_NAME.match(masked, start, end)
    role = norm_key(found.group(1).split()[-1]) if found else ""
    return role in _ROLE_NOUNS and role != "of"  # not "Danny Gold of Metropolis"


# capitalised title words, then a capitalised name: " Chairman Nick J. Rahall II"
_TITLE_THEN_NAME = re.compile(r"\s+((?:[A-Z][\w-]*\.?\s+){1,3}?)[A-Z]")


def works_at(masked: str, start: int, end: int, type_: str) -> bool:
    """Whether the name that ends at ``start`` only says where the speaker works: an
    organisation before words in lower case ("the Crown prosecutor, Mark Tedeschi"), any
    name before a role and another name ("McAfee security expert Rahul Mohandas"), or an
    organisation before a capitalised title and a name ("House Resources Committee
    Chairman Nick J. Rahall II", which the model reads as two names side by side); a
    legal form the model left out may stand between ("said Jardine Fleming (Securities)
    Ltd analyst Nick Edwards")."""
    partners = _PARTNERS_AFTER.match(masked, start, end)
    if partners is not None and role_then_name(masked, partners.end(), end):
        return True  # "said Prescott, Ball and Turben analyst Bruce Lazier"
    form = _FORM_AFTER.match(masked, start, end)
    if form is not None and type_ == "organization":
        start = form.end()
    if re.match(r"\s+[a-z]", masked[start : start + 2]):
        if _HOW_OR_WHEN.match(masked, start, end):
            return False  # "said Shavlik Technologies in a statement": the body speaks
        return type_ == "organization" or role_then_name(masked, start, end)
    titled = _TITLE_THEN_NAME.match(masked, start, end)
    if type_ != "organization" or titled is None:
        return False
    words = [norm_key(w) for w in titled.group(1).split()]
    return all(w in _ROLE_NOUNS for w in words) and words[-1] != "of"


# an apposition of a role in lower case with no article, its closing comma left out
# before the verb: "Paul E. Lego, senior executive vice president told the analysts"
UNCLOSED_ROLE = re.compile(rf"^\s*,\s+(?:[a-z][\w'’-]*\s+){{0,3}}(?:{ROLES})\s+$")
# the other partners of a firm named after them, after the first: ", Ball and Turben"
_PARTNERS_AFTER = re.compile(r"(?:\s*,\s*[A-Z][\w'’-]*)*\s*,?\s+and\s+[A-Z][\w'’-]*(?=\s+[a-z])")
# a company's legal form after its name, past a word in brackets: " (Securities) Ltd"
_FORM_AFTER = re.compile(rf"\s*(?:\([^()]{{1,30}}\)\s*)?{LEGAL_FORM_PATTERN}\.?(?=\s+[a-z])")


# how or when a body spoke, after its name: "in a statement", "on Tuesday", "today"
_HOW_OR_WHEN = re.compile(
    r"\s+(?:in\s+(?:a|an|its|the)\s+(?:written\s+|brief\s+)?(?:statement|e-?mail|interview|"
    r"release|news\s+release|press\s+release|report|letter|post|blog\s+post)|on\s+[A-Z]\w+day|"
    r"today|yesterday|late\s+\w+day|earlier|later|last\s+week|this\s+week)\b[^\w]*"
    r"(?:$|[.,;:])"
)


# up to three capitalised words right after an inverted verb: "added Immelman who …"
_BARE_NAME = re.compile(r"\s+((?:[A-Z][\w'’.-]+\s+){0,2}[A-Z][\w'’-]+)\b")


def bare_name(masked: str, start: int, end: int, starts: Sequence[int] = ()) -> str | None:
    """The capitalised words right after a verb at ``start``, when no linked name of the
    article (at ``starts``) begins among them: a name the model missed there."""
    bare = _BARE_NAME.match(masked, start, end)
    if bare is None or any(start <= s < bare.end() for s in starts):
        return None
    return bare.group(1)
