"""The pronoun of a cue that comes after the words it reports: "Mr Blair has failed to
tackle these problems, he claimed", "Mr Blair's government was a “bossy …,” he added".

The words before the comma are what "he" said, so a name in them is the one spoken of,
never the "he" (a pronoun cannot mean a name inside its own verb's reported words; news
writes "…, Mr Blair claimed" when he is the one). A clause of its own that opens the
sentence ("When Blair arrived, he said …", "If Blair wins, he said, …") is left alone,
as there the name may well be the pronoun's person, unless the cue's verb ends the
sentence ("If voters stay at home they could see Michael Howard “…”, he added.").

Such a name is no subject a later pronoun looks back to either: "And Tony Blair would be
in the front line, he said. “…,” he promised" is the first "he"'s promise
(:func:`reporting_pronoun`), and "Mr Brown liked to …, the Tory leader said. “…,” he
said" is not Brown's (:func:`reporting_role`).
"""

from __future__ import annotations

import re

from .cues import PARTICIPLES, SPEECH_VERB
from .roles import ROLES

# the comma that ends the reported words, past a closing mark: "…,” he added"
_ENDS_REPORTED = re.compile(r"[,\x00”\"]\s*$")
# a sentence opening with a clause or phrase of its own, not reported words
_OWN_OPENING = re.compile(
    r"\s*(?:After|When|Whenever|As|If|Although|Though|Because|While|Whilst|Since|Before|"
    r"Once|Until|Unless|Whether|Where|Despite|With|Without|Like|Unlike|For|To|Of)\b"
)
_PRONOUN = re.compile(r"(?:he|she)\s+(?:also\s+|later\s+|then\s+)?", re.IGNORECASE)


def reported_words_end(masked: str, sentence: int, pronoun: int) -> int | None:
    """``pronoun`` when the pronoun there is the subject of a speech verb whose reported
    words open the sentence at ``sentence`` and end in the comma right before it; else
    None."""
    before = masked[sentence:pronoun]
    if not before.strip() or not _ENDS_REPORTED.search(before):
        return None
    if SPEECH_VERB.search(before):
        return None  # "“…,” said Michael Costas, … “…,” he said": a cue of its own before
    subject = _PRONOUN.match(masked, pronoun)
    if subject is None:
        return None
    verb = SPEECH_VERB.match(masked, subject.end())
    if verb is None:
        return None
    rest = masked[verb.end() :].lstrip()
    if not rest or rest[0] in ':\x00“"':
        return None  # "…, he said: “…”" (or at the line's end) opens words that follow
    if not _CUE_ENDS.match(masked, verb.end()) and not _MAIN_VERB_AFTER.match(masked, verb.end()):
        return None  # "“black bag jobs,” he called them-in 1966": the cue goes on
    if _OWN_OPENING.match(before) and not _BARE_END.match(masked, verb.end()):
        # "When Blair arrived, he said he was …": the opening clause may be the
        # pronoun's own; "If voters stay at home they could see Michael Howard “…”, he
        # added." reports it whole
        return None
    return pronoun


# a parenthetical cue before the sentence's verb: "The Peter Hain “mongrel” attack, he
# says, is just the latest example …" reports the whole sentence
_MAIN_VERB_AFTER = re.compile(r",\s+(?:is|was|are|were|has|had|will|would|could)\b")


# the cue's verb ends the sentence: "…, he added."
_BARE_END = re.compile(r"\s*[.!?]")


# the cue ends the sentence, after a few words of place or time at most, or goes on with
# a participle ("…, he claimed, saying …"); not "“black bag jobs,” he called them-in 1966"
_CUE_ENDS = re.compile(
    rf"[^,.;:!?\x00“”\"-]{{0,60}}?(?:[.!?]|\s*$|,\s*(?:{'|'.join(sorted(PARTICIPLES))})\b)"
)


# "he"/"she" after the comma (or closing mark) that ends reported words
_LATER_PRONOUN = re.compile(r"[,\x00”\"]\s*(?P<pronoun>he|she)\b", re.IGNORECASE)


def reporting_pronoun(masked: str, sentence: int, end: int) -> int | None:
    """The offset of the "he" or "she" of a cue in the sentence from ``sentence`` to
    ``end`` that reports the words opening it: "Tony Blair would be in the very front
    line, he said" (a name before it is spoken of, not the one who speaks)."""
    for found in _LATER_PRONOUN.finditer(masked, sentence, end):
        if reported_words_end(masked, sentence, found.start("pronoun")) is not None:
            return found.start("pronoun")
    return None


# a role whose cue follows the words it reports: "…, the Tory leader said."
_LATER_ROLE = re.compile(
    rf"[,\x00”\"]\s*(?P<role>the\s+(?:[\w'’-]+\s+){{0,3}}?(?:{ROLES}))\s+(?:said|says|added|"
    r"adds|claimed|claims|argued|argues|insisted|insists|warned|warns)\s*[.!?]",
    re.IGNORECASE,
)


def reporting_role(masked: str, sentence: int, end: int) -> int | None:
    """The offset of a role ("the Tory leader") whose cue ends the sentence from
    ``sentence`` to ``end`` and reports the words that open it: "Mr Brown liked to rattle
    off “…”, the Tory leader said." (a name before it is spoken of)."""
    for found in _LATER_ROLE.finditer(masked, sentence, end):
        before = masked[sentence : found.start("role")]
        if _OWN_OPENING.match(before) or SPEECH_VERB.search(before):
            continue
        return found.start("role")
    return None


# the inverted cue a participle goes on from: "…, he claimed, saying …"
_CUE_BEFORE_PARTICIPLE = re.compile(
    r",\s*(?P<pronoun>he|she)\s+(?:also\s+)?(?:said|says|claimed|claims|added|adds|argued|"
    r"argues|insisted|insists|warned|warns|told\s+[\w\s]{1,30}?)\s*,\s*$"
)


def pronoun_before_participle(masked: str, start: int, verb: int) -> tuple[int, str] | None:
    """For a participle cue at ``verb`` ("…, he claimed, saying he has the “wrong
    solution”"): the pronoun of the inverted cue right before it, whose subject the
    participle shares, as (offset, pronoun); the reported words' names are not it."""
    found = _CUE_BEFORE_PARTICIPLE.search(masked, start, verb)
    return (found.start("pronoun"), found.group("pronoun").lower()) if found else None
