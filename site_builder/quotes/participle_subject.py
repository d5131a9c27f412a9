"""A speech participle whose own subject names nobody: "… with a spokesman stating: “…”".

A participle ("saying", "stating", "adding") usually carries on its clause's subject
("Obama opposed the change, saying “…”" is Obama's). When an indefinite person stands
right before it ("Obama opposed the rule changes with a spokesman stating:", "…, an aide
saying"), that person is the participle's own subject, and the text never names them:
the quotation is theirs, so it has no speaker, and the clause's subject is not one.

Only a person noun counts ("a statement saying" is the issuer's document, and
:mod:`.statements` reads it), and only with lower-case words before it: "a Microsoft
spokesman saying" speaks for the company the text names, which other rules read. A
name after "with" is the participle's own subject too ("with leader Charles Kennedy
saying": :data:`WITH_BEFORE`), read where the speaker is chosen (:mod:`.attribute`).
"""

from __future__ import annotations

import re

from .roles import ROLES

# "with leader Charles Kennedy saying": the name is the participle's own subject
WITH_BEFORE = re.compile(
    r"\bwith\s+(?:[a-z][\w'’-]*\s+){0,3}(?:[A-Z][\w.-]*['’]s\s+)?$"  # "with America's"
)
# what may stand between that name and the participle: "TV Guide magazine describing",
# another participle of the name's ("with Maria Hutchings marching up to him, saying")
WITH_NAME_END = re.compile(
    r"\s*(?:(?:magazine|newspaper|paper|website|itself|himself|herself|also)\s+)?"
    r"(?:[a-z]+ing\b[^,.;:!?\x00]{0,40},\s*)?"
)
# people news seldom names, besides the roles a named person may hold
_UNNAMED_PEOPLE = (
    "aide|adviser|advisor|source|witness|eyewitness|friend|neighbou?r|resident|relative|"
    "colleague|representative|staffer|employee|worker|member|insider|man|woman|person"
)
# "with a spokesman", "another senior aide", "one local resident", right before the
# verb and after a word: after a comma it may be an apposition to a name ("Smith, a
# lawyer, saying"), whose words are the name's
_UNNAMED_SUBJECT = re.compile(
    r"(?:^|(?<=[\w)]\s))(?:a|an|another|one)\s+(?-i:[a-z][\w'’-]*\s+){0,3}"
    rf"(?:{ROLES}|{_UNNAMED_PEOPLE})\s+$",
    re.IGNORECASE,
)


def unnamed_subject(masked: str, start: int, verb_start: int) -> bool:
    """Whether an indefinite person ("a spokesman") is the subject of the participle at
    ``verb_start``, read back to ``start`` in the masked paragraph."""
    return _UNNAMED_SUBJECT.search(masked[start:verb_start]) is not None
