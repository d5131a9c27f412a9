"""A place's name standing for its sports team: "Creighton defeated Drake 65-53".

Sports stories name teams by their city, state, school or country. The small model reads
these names as places and the archive groups them with the place, so the team's page holds
the city's news and the city's page the team's results. In a story that reads as sport, a
place name in a team's position (not after "in", "at", "from" ..., not "Irving, Texas")
is taken as the team: an organisation, grouped apart from the place, and joined to the
team's full name when its story gives one ("Indianapolis" ... "Indianapolis Colts").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..gazetteer import PLACE_HEADS, PLACES
from ..person_names import GIVEN_NAMES

# the key of a team named by its place: never a key of the place itself
TEAM_SUFFIX = " (team)"
# it replaces the place's votes, and outweighs a gazetteer place's label and entry (7): where
# a team joins its place's name (used for the team most), the team's uses decide the type
TEAM_WEIGHT = 8.0

# a result ("65-53", "1 – 0"), not a date, a time or a decimal
_SCORE = re.compile(r"(?<![\d.,/:–-])\b\d{1,3}\s?[-–]\s?\d{1,3}\b(?![.,/:]?\d)(?!\s*[-–]\s*\d)")
# words of sport only: "win", "victory", "game" or "season" are also politics' ("won the
# vote 52-48 ... a victory for the party"), which must not turn countries into teams
_SPORT_WORDS = re.compile(
    r"\b(?:rebounds|touchdowns?|quarterback|playoffs?|coach|innings|tournament|halftime|"
    r"seeded|league|championship|semifinals?|quarterfinals?|penalty (?:kick|spot|area)|"
    r"(?:yellow|red) card|stoppage time|header|equali[sz]e[ds]?|"
    r"(?:scored|scoring)\s+\d+\s+points)\b",
    re.IGNORECASE,
)
_LOCATIVE_BEFORE = re.compile(
    r"\b(?:in|at|near|from|outside|across|around|into|through|of|throughout|downtown|"
    r"native|based|born|live|lives|lived|visit|visited|visiting)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_REGION_AFTER = re.compile(r",\s+[A-Z][a-z]*\.?(?=[\s,.;:]|$)")  # "Irving, Texas"
PLACE_LABELS = ("GPE", "LOC")
TEAM_LABELS = ("GPE", "LOC", "ORG")  # a team's place name, however the model read it


def is_sports_story(paragraphs: Iterable[str]) -> bool:
    """Whether a story reads as sport: a score and at least two kinds of sports word."""
    text = "\n".join(paragraphs)
    if _SCORE.search(text) is None:
        return False
    kinds = {w.lower() for w in _SPORT_WORDS.findall(text)}
    return len(kinds) >= 2


def in_team_position(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` is not after a locative word nor in
    "City, State" (either part)."""
    if _LOCATIVE_BEFORE.search(text[max(0, start - 30) : start]):
        return False
    if text[end - 1 : end] == ".":
        return False  # "Ala.", "N.C.": the state of "Tuscaloosa, Ala."
    return _REGION_AFTER.match(text, end) is None


def team_keys(named: Iterable[tuple[str, str, str, int, int]], places: frozenset[str]) -> set[str]:
    """Return the keys a sports story uses for teams, from its (key, label, paragraph text,
    start, end) names: a name the model read as a place, or a known place's name, in a
    team's position at least once. Each such name is then the team wherever it stands
    in a team's position, whatever label the model gave it there.

    The model reads many players' surnames as places ("Quinn", "Iguodala"): a name that
    ends a longer name of the story is a surname, not a team, unless it is a known place.
    """
    named = list(named)
    surnames = {key.rsplit(" ", 1)[-1] for key, *_ in named if " " in key}
    return {
        key
        for key, label, text, start, end in named
        if (key in places or (label in PLACE_LABELS and key not in surnames))
        and not _never_a_team(key)
        and label in TEAM_LABELS
        and in_team_position(text, start, end)
    }


def _never_a_team(key: str) -> bool:
    """A county or a river is not a team ("Kansas City" and "Ohio State" are); nor is a
    person's full name the model read as a place ("Mo Cheeks")."""
    words = key.split()
    if len(words) > 1 and words[-1] in PLACE_HEADS and words[-1] not in ("city", "state"):
        return True
    return len(words) > 1 and words[0] in GIVEN_NAMES


def may_be_full_team_name(key: str) -> bool:
    """Whether a name can be a team's full name: its last word is plural ("Colts",
    "Red Sox"), not "Atlanta Journal-Constitution", and names no place ("South Wales",
    "Niagara Falls") and no pair ("Philly and Cheeks")."""
    words = key.split()
    last = words[-1]
    return (
        last.endswith(("s", "x"))
        and key not in PLACES
        and last not in PLACES
        and last not in PLACE_HEADS
        and not {"and", "&", "of", "for"} & set(words)
    )
