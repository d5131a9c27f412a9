"""Someone a sentence makes speak without giving a name: "The friend said she was …",
"A police spokesman said: …", "Another neighbour added: …", "One said: …".

So does "According to a senior strategist at Sony, “…,” he told …".
A "she added" after such a sentence means that unnamed person far more often than a
name further back ("Alice … / The friend said she was “bubbly” … / She added: “…”" is
the friend's, not Alice's), so a person's pronoun does not reach back past them. An
indefinite subject ("a", "another", "one") always brings in someone new; after "the",
only nouns for people a story seldom names do ("the friend", "the neighbour"), since a
role ("the judge", "the spokesman") is often the person the article named with it
(:mod:`.roles`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from .roles import ROLES

_VERBS = (
    r"(?:said|says|told|added|explained|recalled|wrote|continued|went\s+on|insisted|insists"
    # or a view held against another's: "However, one fund manager does not agree that …"
    r"|(?:does\s+not\s+|did\s+not\s+|doesn't\s+|didn't\s+)?(?:dis)?agree[sd]?"
    # or a remark in the writer's words: "One dealer for a U.S.-based bank noted the
    # dollar tended easier. “…,” he said"
    r"|noted|commented|remarked|observed|argued|warned|cautioned|predicted)"
)
# verbs that also make a participle after a thing's name ("A deal agreed last year", "a
# figure noted in the report"): their subject must be a noun for a person
_ALSO_PARTICIPLES = frozenset(
    ["noted", "commented", "remarked", "observed", "argued", "warned", "cautioned", "predicted"]
)
# where a description's place of work begins: "one dealer for a U.S.-based bank"
_WORKPLACE_WORDS = frozenset(["at", "for", "of", "with", "from", "in"])
# who speaks for a person the text names, unnamed: "her spokesman", "his lawyer"
_REPRESENTATIVES = (
    r"(?:spokes(?:man|woman|person)|lawyer|solicitor|attorney|agent|publicist|representative)"
)
# nouns for people whom news seldom names, after "the"
_UNNAMED_PEOPLE = (
    r"(?:friend|neighbou?r|source|witness|eyewitness|resident|relative|bystander|"
    r"onlooker|passer-by|acquaintance|classmate|insider|woman|man|girl|boy|"
    # and the wire's market voices, seldom named: "The dealer, who declined to be named,"
    r"dealer|trader|banker|broker)"
)
_DESCRIBED = re.compile(
    r"(?:^|(?<=[.!?:]\s)|(?<=[.!?:][\"”]\s))"  # after a sentence or a quotation's end
    # after an opening link word: "However, one dealer, who asked not to be named, told"
    r"(?:(?:However|But|And|Meanwhile|Yet|Still),?\s+(?=[aoth]))?"
    # the description may hold a body's name when its last word, a noun for a person,
    # is in lower case: "A senior Foreign Ministry official said" (not "A day after
    # Obama said")
    r"(?P<who>(?:[Aa]|[Aa]n|[Aa]nother|[Oo]ne)(?:(?:\s+[\w'’.-]+){0,5}\s+[a-z][\w'’-]*)?"
    rf"|[Tt]he(?:\s+[a-z][\w'’-]*){{0,2}}\s+{_UNNAMED_PEOPLE}"
    # someone's own spokesman or lawyer: "But her spokesman insisted she had …"
    rf"|(?:[Hh]is|[Hh]er|[Tt]heir)(?:\s+[a-z][\w'’-]*)?\s+{_REPRESENTATIVES})"
    r"(?:,\s+who\s+[^,.;:]{1,80},)?"
    rf"\s+(?P<verb>{_VERBS})\b"
)
# or whose other verb comes first, the speech verb after "and": "Putting it more sharply,
# one senior banking official blamed Washington for … and said it should …"
_DESCRIBED_THEN_SAID = re.compile(
    r"(?:^|(?<=[.!?:]\s)|(?<=[.!?:][\"”]\s))"
    r"(?:[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,5},\s+)?"  # a fronted phrase ("Putting it more sharply,")
    r"(?P<who>(?:[Aa]|[Aa]n|[Aa]nother|[Oo]ne)(?:\s+[\w'’.-]+){0,4}?\s+[a-z][\w'’-]*)"
    rf"\s+[a-z]+ed\b(?P<between>[^.;:!?\x00]{{0,160}}?)\band\s+{_VERBS}\b"
)
# an unnamed source the sentence speaks for: "According to a senior strategist at Sony,
# “…,” he told …", "according to one official familiar with the talks"; the noun must be
# one for a person (a role, or a word in -ist/-ian), since "according to a report" is not
_ACCORDING = re.compile(
    r"\b[Aa]ccording\s+to\s+(?:a|an|one|another)((?:\s+[a-z][\w'’-]*){1,4}?)"
    r"(?=\s*,|\s+(?:at|of|for|with|in|from|close|familiar|who)\b)"
)
_SOURCE_PEOPLE = frozenset(
    (
        ROLES
        + "|official|source|insider|aide|adviser|advisor|employee|staffer|member|neighbour|neighbor"
    ).split("|")
) | frozenset(_UNNAMED_PEOPLE.strip("(?:)").split("|"))
# what an indefinite subject may be that is no person: "A statement said", "A report
# added"; "one" alone is a person ("One said:"), "one of them" too
_THINGS = frozenset(
    [
        "statement",
        "report",
        "release",
        "letter",
        "note",
        "memo",
        "study",
        "survey",
        "document",
        "filing",
        "poll",
        "sign",
        "banner",
        "leaflet",
        "website",
        "post",
        "message",
        "notice",
    ]
)
# words that show the subject's words run on into a clause of its own ("An official
# looked at her and said: …", where the "she" who replies is the "her"); not a place of
# work ("A grain dealer at one member co-op said", "a visitor to the site")
_CLAUSE_WORDS = frozenset(["and", "but", "or", "her", "him", "them", "me", "then"])
_OBJECT_PRONOUNS = frozenset(["her", "him", "them", "me"])
# a description that says the person is a man or a woman, which "she" or "he" must fit
_GENDERED = {
    "she": frozenset(["man", "spokesman", "boy", "father", "husband", "son", "brother"]),
    "he": frozenset(["woman", "spokeswoman", "girl", "mother", "wife", "daughter", "sister"]),
}
_PERSON_PRONOUN = re.compile(r"(?:he|she)\b", re.IGNORECASE)
_NEGATION = frozenset(["does", "did", "not", "doesn't", "didn't"])


# the same after an inverted verb: "…,” said a director at one U.K. merchant bank."
_INVERTED = re.compile(
    rf"\b{_VERBS}\s+(?P<who>(?:a|an|another|one)(?:\s+[\w'’.-]+){{0,3}}?\s+[a-z][\w'’-]*)"
    r"(?=\s*[,.;]|\s+(?:at|of|for|with|in|from|who|close|familiar)\b)"
)
# an apposition that names the one described: "said one leader of the movement, Joao Pedro"
_NAMED_AFTER = re.compile(r"[^.;\"“”]{0,80}?,\s+(?-i:[A-Z])")


def _unnamed_people(text: str, start: int, end: int) -> Iterator[list[str]]:
    """The words of each description of an unnamed person who speaks in ``text[start:end]``
    ("One leading Karachi broker said", "said a director at one merchant bank"), not a
    document ("A statement said") nor a subject whose words run on into a clause of its
    own."""
    for found in _DESCRIBED.finditer(text, start, end):
        words = [w.lower() for w in found.group("who").split()]
        if words[0] in ("his", "her", "their"):
            words = words[1:]  # whose representative: no clause of the subject's own
        if words[-1] in _THINGS or _CLAUSE_WORDS.intersection(words):
            continue
        if "agree" in found.group("verb") or found.group("verb") in _ALSO_PARTICIPLES:
            while words[-1] in _NEGATION:
                words.pop()  # "one fund manager does not agree": the words before took it
            if not _person_noun(_head_noun(words)):
                continue  # "A deal agreed last year": agreed to, by no one unnamed
        yield words
    for found in _DESCRIBED_THEN_SAID.finditer(text, start, end):
        words = [w.lower() for w in found.group("who").split()]
        between = found.group("between").lower().split()
        # not "An official looked at her and said:", where a "she" who replies is "her"
        if (
            _person_noun(words[-1])
            and not _CLAUSE_WORDS.intersection(words)
            and not _OBJECT_PRONOUNS.intersection(between)
        ):
            yield words
    for found in _INVERTED.finditer(text, start, end):
        if found.group("who") != found.group("who").lower():
            continue  # "said an IAAF spokesman": the body's voice (:mod:`.spokespeople`)
        if _NAMED_AFTER.match(text, found.end()):
            continue  # "said one leader of the movement, Joao Pedro": named after all
        words = found.group("who").split()
        if _person_noun(words[-1]):
            yield words


def _head_noun(words: list[str]) -> str:
    """A description's noun before its place of work ("one dealer for a U.S.-based bank":
    "dealer"), or its last word."""
    for i in range(1, len(words)):
        if words[i] in _WORKPLACE_WORDS:
            return words[i - 1]
    return words[-1]


def _person_noun(word: str) -> bool:
    """Whether a description's last word is a noun for a person ("official", "analyst",
    "fund manager"'s "manager")."""
    return word in _SOURCE_PEOPLE or word.endswith(("ist", "ian"))


def unnamed_spoke(masked: Sequence[str], spans: Sequence[tuple[int, int, int]]) -> bool:
    """Whether someone unnamed speaks in the writer's words ``spans`` (paragraph, start,
    end) between two quotations: "One leading Karachi broker said the real reasons may be
    political. “…”" is the broker's line, not the last named speaker's."""
    return any(
        next(_unnamed_people(masked[p], start, end), None) is not None for p, start, end in spans
    )


def described_speaker(masked: Sequence[str], start: tuple[int, int], cue: tuple[int, int]) -> bool:
    """Whether a sentence between ``start`` and ``cue`` (paragraph, offset) is opened
    by someone unnamed and a speech verb, when the cue is "he" or "she": that person is
    who the pronoun most likely means."""
    pronoun = _PERSON_PRONOUN.match(masked[cue[0]], cue[1])
    if pronoun is None:
        return False
    other = _GENDERED[pronoun.group().lower()]
    for p in range(start[0], cue[0] + 1):
        text = masked[p]
        first = start[1] if p == start[0] else 0
        last = cue[1] if p == cue[0] else len(text)
        if any(not other.intersection(words) for words in _unnamed_people(text, first, last)):
            return True
        for found in _ACCORDING.finditer(text, first, last):
            words = found.group(1).lower().split()
            if _person_noun(words[-1]) and not other.intersection(words):
                return True
    return False
