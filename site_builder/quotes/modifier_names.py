"""A one-word name after "the" that modifies the noun after it: "The Lightpointe laser
bridges work over …", "the Obama administration", "the Smith family". The model may
type such a word a person, but it is no subject: the sentence is about the laser, the
administration, the family, so a later "he" cannot mean it.

Only a single capitalised word right after "the" and right before a lowercase word that
reads as a noun: not a verb or an adverb ("The Pope said", "the Pope also", "the Pope
himself", "the Tories say"), nor a word ending as verbs do ("-ed", "-s", "-ing", "-ly").
A name of more words ("the Rev John Smith said") is left alone.
"""

from __future__ import annotations

import re

_THE_BEFORE = re.compile(r"(?:^|[\s(“\"‘'])[Tt]he\s$")
_NAME = re.compile(r"[A-Z][\w'’-]*")
_NEXT_WORD = re.compile(r" ([a-z]{3,})\b")
# words after a name that say what it does rather than what it names
_NOT_NOUN = re.compile(
    r"said|told|says|adds|added|also|then|now|who|whom|whose|which|that|himself|herself|"
    r"itself|and|but|nor|yet|has|had|have|was|were|will|would|can|could|may|might|must|"
    r"shall|should|did|does|not|never|once|later|today|still|just|too|alone|only|"
    # past forms that end in no "-ed": "The Pope met …", "the Pope wrote …"
    r"met|spoke|gave|went|came|took|made|wrote|sent|led|held|left|sat|stood|ran|won|"
    r"lost|thought|felt|knew|saw|began|got|put|set|let|hit|cut|read|became|brought|"
    r"bought|fought|taught|told|sought|kept|paid|heard|meant|drew|flew|grew|threw|"
    r"chose|rose|fell|found|struck|swore|broke|wore|tore|bore|hid|bit|shook|forgave|"
    # a plural body's present tense: "while the Tories say …", "the Greens think …"
    r"say|are|do|think|believe|want|insist|argue|warn|accept|admit|agree|know|see|tell|"
    r"urge|feel|expect"
)
_VERB_ENDINGS = ("ed", "s", "ing", "ly")


def used_as_modifier(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` is one word after "the" that modifies the
    lowercase noun right after it (see the module's docstring)."""
    if not _NAME.fullmatch(text, start, end):
        return False
    if not _THE_BEFORE.search(text[max(0, start - 5) : start]):
        return False
    following = _NEXT_WORD.match(text, end)
    if following is None:
        return False
    word = following.group(1)
    return not _NOT_NOUN.fullmatch(word) and not word.endswith(_VERB_ENDINGS)
