"""A described role that refers back to the person just talked about: "Gardener won the
60m in 6.56 seconds. The world indoor champion said: “…”", "“…,” said the Oscar-nominated
actor." (elegant variation, common in British news).

The article never named anyone with that role word, so :mod:`.roles` finds nobody (a
noun that is no role word, "the world 200m and 400m record holder told", is read here at
once). Such a description may carry a modifier of its own (an adjective, a compound: "the
European cross-country champion", "the Oscar-nominated actor") or none ("the singer
said"), and its noun says what a person is (an actor, a champion, a striker), not an
office that someone else may hold ("the Labour leader", "the foreign minister", which
more often is another, unnamed person; so is "the driver"). It then means the subject of
the nearest sentence before, in the same paragraph or the one before, when no other
person who could be meant (an eligible, non-possessive name) stands between, and when
the text is about that person: named twice, the first person the article names, the one
whose words the sentence reports, or the one a "he" or "she" has since taken up. The
names of a clause the subject's own speech verb opens ("Ann Bell said the team would
understand if Kay Ward opted out") are what the subject said, not a rival.

So does a man or a woman named by where they come from ("says the Waterford man") or by
nationality ("the Dutchman said", "said the 22-year-old Scot": :mod:`..nationals`).
An age does the same, with any noun or none ("the 30-year-old told the Sunday Times",
"said the 47-year-old director"): it describes one person, never an office.

A description the text turns to without naming anyone ("The affair still rankles with
the Dutchman.") stops a later "he" from reaching back past it (:func:`turned_to_described`).
"""

from __future__ import annotations

import re

from ..nationals import NATIONAL_NOUNS
from .article_text import ArticleText, Candidate
from .cues import GAP, SPEECH_VERB
from .roles import ROLES, UNNAMED_ROLE

# nouns for what a person is, in work or sport (not an office another may hold, but a
# team's captain and its manager: "said the Old Trafford boss" after the lead about him)
_IDENTITY = (
    "actor|actress|singer|star|champion|striker|defender|goalkeeper|boxer|rapper|"
    "comedian|author|novelist|writer|model|quarterback|pitcher|batsman|bowler|"
    "sprinter|runner|athlete|golfer|cyclist|swimmer|skier|jockey|musician|guitarist|"
    "drummer|singer-songwriter|filmmaker|playwright|poet|winger|"
    "midfielder|tennis\\s+player|player|winner|holder|medallist|medalist|finalist|"
    "legend|teenager|youngster|artist|designer|composer|dancer|presenter|entrepreneur|"
    "tycoon|billionaire|researcher|scientist|academic|captain|skipper|boss|manager|coach|agent|"
    # where a player stands in a draw or a ranking: "the tournament debutant", "the top
    # seed", "the world number one"
    "debutant|debutante|newcomer|rookie|seed|number\\s+(?:one|two|three|four|five|\\d{1,3})|"
    # a party's member by the state or seat they stand for: "the Kansas Republican" (not
    # the party's word before a noun: "the current Republican administration"; a verb
    # may follow: "the Ohio Democrat said")
    "(?:Republican|Democrat)(?!\\s+(?!(?:said|says|told|tells|added|adds|asked|replied)\\b)[a-z])|"
    # a team's positions ("said the Sale full-back"; not "centre", "wing" or "lock" alone,
    # which are bodies' and things' words too)
    "full-back|fullback|fly-half|scrum-half|half-back|flanker|hooker|prop|number\\s+eight|"
    "lock\\s+forward|forward|centre-forward|second-row|back-row|"
    "left-back|right-back|centre-back|centre-half|playmaker|all-rounder|spinner|"
    "wicketkeeper|wicket-keeper"
)
# "the Oscar-nominated actor", "the world indoor champion", "the 33-year-old striker",
# "the world 200m and 400m record holder", "the singer"
DESCRIBED = re.compile(
    rf"the\s+(?P<modifiers>(?:[\w.&'’-]+\s+){{0,5}}?)(?P<noun>{_IDENTITY})\b(?!['’]s)",
    re.IGNORECASE,
)
# where a man or a woman comes from or plays for, a name before the noun: "says the
# Waterford man", "the Kent woman", "the Newport-based athlete" is read as "athlete"
# above (a bare "the injured man" is anyone: no name, no reference)
ORIGIN = re.compile(
    r"the\s+(?P<modifiers>(?-i:[A-Z])[\w'’]*(?:[\s-]+(?-i:[A-Z])[\w'’]*){0,2}(?:-based)?\s+)"
    r"(?P<noun>man|woman)\b(?!['’]s)",
)

# a member by the seat or state they hold, the place after the noun: "the Tory MP for
# Sleaford and North Hykeham", "the senator from Ohio" (the place is never the speaker)
SEAT = re.compile(
    r"the\s+(?P<modifiers>(?:[\w.&'’-]+\s+){0,3}?)"
    r"(?P<noun>MP|MSP|MEP|senator|congressman|congresswoman)\s+(?:for|from)\s+"
    r"(?-i:[A-Z])[\w'’.-]*(?:\s+(?:and\s+)?(?-i:[A-Z])[\w'’.-]*){0,4}",
    re.IGNORECASE,
)


# "the Dutchman", "the 22-year-old Scot" (not "the Dutchman Arnoud Okken": a name follows)
NATIONAL = re.compile(
    rf"[Tt]he\s+(?P<modifiers>(?:[\w.&'’-]+\s+){{0,3}}?)(?P<noun>{NATIONAL_NOUNS})\b"
    r"(?!['’]s)(?!\s+[A-Z])"
)


def described_at(masked: str, start: int, end: int | None = None) -> re.Match[str] | None:
    """A described identity or a place- or nation-named person opening at ``start``."""
    stop = len(masked) if end is None else end
    return (
        DESCRIBED.match(masked, start, stop)
        or SEAT.match(masked, start, stop)
        or ORIGIN.match(masked, start, stop)
        or NATIONAL.match(masked, start, stop)
    )


# "the 30-year-old", "the 47-year-old director" (a noun, not the verb after it)
_VERBS = "said|says|told|added|believes|thinks|admitted"  # the verbs a subject comes before
AGED = re.compile(
    rf"the\s+\d{{1,3}}-year-old\b(?:\s+(?!(?:{_VERBS})\b)(?P<noun>[a-z][\w-]*)\b(?!['’]s))?",
    re.IGNORECASE,
)
# modifiers that bring in someone else or say nothing of the person
_NOT_OWN_WORDS = (
    "former new other same then late deputy assistant acting interim vice current "
    "previous next first second last only opposing rival home away young veteran film"
)
_NOT_OWN = frozenset(_NOT_OWN_WORDS.split())
_SPEECH_THEN = re.compile(rf"\s+(?:{_VERBS})\b")
_SPEECH_BEFORE = re.compile(r"\b(?:said|says|added|adds)\s+$")
# a preposition and a place's or a body's possessive, or a few words, before a name:
# "ahead of Germany's Marc Blume", "to fellow American Andy Roddick", "in place of the
# suspended Patrick Vieira" (the name is the preposition's object, no subject)
_OBJECT_OF = re.compile(
    r"\b(?:of|to|by|with|from|against|over|for|behind|beside)\s+(?:[\w.&'’-]+\s+){0,3}$",
    re.IGNORECASE,
)
REACH = 1  # paragraphs back in which the subject may stand
# "he"/"she" as a clause's subject: a sentence's first word, or a speech cue's
_PRONOUN_SUBJECT = re.compile(
    rf"(?:(?:^|[.!?][\"”’]*\s+)(?:He|She)\b|\b(?:he|she)\s+(?:{_VERBS})\b)"
)


def _reports(masked: str, end: int) -> bool:
    """Whether the name ending at ``end`` is the subject of a speech verb: "X said", "X,
    whose father served as lord chancellor, said"."""
    if _SPEECH_THEN.match(masked, end):
        return True
    verb = SPEECH_VERB.search(masked, end, end + 200)
    return verb is not None and GAP.match(masked[end : verb.start()]) is not None


def referred_subject(text: ArticleText, p: int, offset: int) -> str | None:
    """The person "the <modifier> <noun>" at ``(p, offset)`` refers back to: the subject
    of the nearest sentence before, when nobody else could be meant, or None."""
    masked = text.masked[p]
    described = described_at(masked, offset) or AGED.match(masked, offset)
    if described is None:
        return None
    modifiers = (described.groupdict().get("modifiers") or "").lower().split()
    if any(w in _NOT_OWN or w.endswith(("'s", "’s", "s'")) for w in modifiers):
        return None  # "the team's striker", "the former champion": perhaps another
    if described.re is NATIONAL:
        introduced = _introduced_as(text, described.group("noun"), p, offset)
        if introduced is not None:  # "Argentine David Nalbandian … The Argentine"
            return introduced
    sentence = text.sentence_of(p, offset)
    subjects = [
        (q, start, c)
        for q, start, c in text.subjects
        if c.type == "person" and p - REACH <= q and (q, start) < (p, sentence)
    ]
    if not subjects:
        return None
    q, _, subject = subjects[-1]
    if subject.possessive or not subject.eligible:
        return None
    reported = _reports(text.masked[q], subject.end)
    # "“…,” said Gonzalo Frasca, …": the sentence's quotation is that person's too
    inverted = _SPEECH_BEFORE.search(text.masked[q], max(0, subject.start - 12), subject.start)
    reported_end = text.sentence_end(q, subject.start) if reported else subject.end
    people = [
        c for c in text.everyone() if c.type == "person" and (c.paragraph, c.start) < (p, offset)
    ]
    mentions = [c for c in people if c.entity_id == subject.entity_id]
    lead = people[0].entity_id == subject.entity_id  # the one the article opens with
    if (
        not reported
        and not inverted
        and not lead
        and len(mentions) < 2
        and not _pronoun_since(text, q, subject, p, offset)
    ):
        return None  # named once in passing ("X was second"): not yet whom the text is about
    own_noun = (described.groupdict().get("noun") or "").lower()
    if own_noun in _OFFICES and _holds_other_role(text, subject.entity_id, own_noun):
        return None  # "Manchester United striker Wayne Rooney …": not "the United boss"
    for c in _between(text, (q, subject.end), (p, offset)):
        inside = c.paragraph == q and c.start < reported_end
        if c.entity_id != subject.entity_id and not inside:
            role = _ROLE_BEFORE.search(text.masked[c.paragraph], max(0, c.start - 30), c.start)
            if own_noun and role and role.group(1).lower() not in (own_noun, own_noun + "s"):
                continue  # "by City boss Kevin Keegan": another role, not "the defender"
            return None  # another person who could be meant
    noun = described.group("noun") or r"\d{1,3}-year-old"
    # not one whom the noun only qualifies: "an Austrian doctor" is a doctor, no Austrian
    # brought in for "the 27-year-old Austrian"
    unnamed = re.compile(
        UNNAMED_ROLE.format(role=noun) + rf"(?!\s+(?:{ROLES}|{_IDENTITY})\b)", re.IGNORECASE
    )
    for r in range(q, p + 1):
        end = offset if r == p else len(text.masked[r])
        if unnamed.search(text.masked[r], subject.end if r == q else 0, end):
            return None  # "a champion" brought in since: someone new
    return subject.entity_id


# a role word right before a name: "City boss Kevin Keegan", "striker Thierry Henry"
_ROLE_BEFORE = re.compile(rf"\b({ROLES}|boss)\s+$")
# what a club's or team's manager is called: another's role before the name says no
_OFFICES = frozenset({"boss", "manager", "coach"})


def _introduced_as(text: ArticleText, noun: str, p: int, offset: int) -> str | None:
    """The one person the article named before ``(p, offset)`` right after the
    nationality ``noun`` ("Argentine David Nalbandian" for "the Argentine"), or None."""
    word = re.compile(rf"\b{re.escape(noun)}\s+$")
    people = {
        c.entity_id
        for c in text.everyone()
        if c.type == "person"
        and (c.paragraph, c.start) < (p, offset)
        and word.search(text.masked[c.paragraph], max(0, c.start - 40), c.start)
    }
    return people.pop() if len(people) == 1 else None


def _holds_other_role(text: ArticleText, entity_id: str, noun: str) -> bool:
    """Whether the article titles the person ``entity_id`` with a role other than
    ``noun`` and its synonyms ("striker Wayne Rooney" for "the United boss")."""
    for c in text.everyone():
        if c.entity_id != entity_id:
            continue
        role = _ROLE_BEFORE.search(text.masked[c.paragraph], max(0, c.start - 30), c.start)
        if role and role.group(1).lower() not in _OFFICES:
            return True
    return False


def _pronoun_since(text: ArticleText, q: int, subject: Candidate, p: int, offset: int) -> bool:
    """Whether "he" or "she" is a subject between the name and the description: the text
    went on about the person ("Keane, skipper for the night, echoed …. “…,” he said")."""
    for r in range(q, p + 1):
        start = subject.end if r == q else 0
        end = offset if r == p else len(text.masked[r])
        if _PRONOUN_SUBJECT.search(text.masked[r][:end], start):
            return True
    return False


def _between(text: ArticleText, after: tuple[int, int], before: tuple[int, int]) -> list[Candidate]:
    """The eligible, non-possessive people named between two places of the article."""
    return [
        c
        for c in text.everyone()
        if c.type == "person"
        and c.eligible
        and not c.possessive
        and after <= (c.paragraph, c.start) < before
        and not _OBJECT_OF.search(text.masked[c.paragraph], max(0, c.start - 60), c.start)
    ]


# a description as a preposition's object, not its sentence's subject (that is the one
# the text already talks about: "The 34-year-old, running …, shook off the rust")
_OBJECT_DESCRIBED = re.compile(
    r"\b(?:with|to|for|by|about|against|from|at|on|over|of)\s+(?=the\s)", re.IGNORECASE
)


def turned_to_described(text: ArticleText, after: tuple[int, int], before: tuple[int, int]) -> bool:
    """Whether a sentence between two places of the article (whole sentences only) names
    no person but has one it describes as a preposition's object ("The affair still
    rankles with the Dutchman."): the text has turned to that person, so a "he" after
    it need not be the subject before."""
    for q in range(after[0], before[0] + 1):
        masked = text.masked[q]
        low = after[1] if q == after[0] else 0
        high = before[1] if q == before[0] else len(masked)
        for start in text.sentence_starts[q]:
            end = text.sentence_end(q, start)
            if start < low or end > high:
                continue
            if any(c.type == "person" for c in text.in_range(q, start, end)) or any(
                start <= s < end for s, _ in text.unlinked.get(q, ())
            ):
                continue
            for m in _OBJECT_DESCRIBED.finditer(masked, start, end):
                i = m.end()
                if described_at(masked, i, end) or AGED.match(masked, i, end):
                    return True
    return False
