"""A team's nickname joined to the team it follows: "the North Carolina Tar Heels".

A college or club team has a place's name and a nickname ("Creighton Bluejays", "North
Carolina Tar Heels"). The small model knows the place but not the nickname, so it cuts
the full name in two: the place (a team, in a sports story: :mod:`.teams`) and the
nickname the story then uses alone ("the Tar Heels bounced back"). Where the archive
writes the nickname right after one team's place, and after no other team's, the two
names are one team's.

Sports writers also clip a nickname ("the Jags" for the Jaguars, "the Heels" for the Tar
Heels): in a sports story, such a word joins the archive's only team it clips.
"""

from __future__ import annotations

import itertools
from collections import defaultdict

from ..gazetteer import COMMON_WORDS, ORGANIZATIONS, PLACES
from .archive import Resolver, best_type
from .mentions import ORG, PERSON, PLACE, MentionRecord
from .names import CANDIDATE
from .teams import TEAM_SUFFIX, is_sports_story, may_be_full_team_name


def join_nicknames_after_their_team(r: Resolver) -> None:
    """Join a plural name written right after a team's place ("Creighton Bluejays") to
    that team, when the archive writes it after one team only: "Bulldogs" after two
    schools' names is two teams' nickname."""
    votes = r.group_votes()
    roots = r.same_entity.roots(len(r.group_key))  # no union until the loop's end
    teams_before: dict[str, set[int]] = defaultdict(set)  # nickname key -> team roots
    found: list[tuple[MentionRecord, MentionRecord]] = []  # (team, its nickname)

    def is_team(key: str, root: int) -> bool:
        """A place's name in a team's position, or one the archive joined to its team."""
        if key.endswith(TEAM_SUFFIX):
            return True
        team = r.key_group.get(key + TEAM_SUFFIX)
        return team is not None and roots[team] == root

    for a, mentions in enumerate(r.by_article):
        named = [m for m in mentions if m.group >= 0 or (m.label == CANDIDATE and not m.junk)]
        for team, nick in itertools.pairwise(named):
            if (
                team.group < 0
                or team.paragraph != nick.paragraph
                or not is_team(team.key, roots[team.group])
                or r.paragraphs[a][team.paragraph][team.end : nick.start] != " "
                or nick.key.endswith(TEAM_SUFFIX)
                or nick.key in PLACES
                or not nick.text[:1].isupper()
                or not may_be_full_team_name(nick.key)
            ):
                continue
            if nick.group < 0:  # a word the model missed: the team's position names it
                known = r.key_group.get(nick.key)
                nick_root = roots[known] if known is not None else -1
            else:
                nick_root = roots[nick.group]
            if nick_root >= 0 and best_type(votes.get(nick_root, {})) in (PERSON, PLACE):
                continue  # "Creighton Smiths" would be people; a place is no nickname
            found.append((team, nick))
            teams_before[nick.key].add(roots[team.group])
    for team, nick in found:
        team_root = roots[team.group]
        if len(teams_before[nick.key]) != 1:
            continue
        if nick.group < 0:
            nick.group = r.group_of(nick.key)  # its other uses join it as a known name
        if r.same_entity.find(nick.group) == r.same_entity.find(team_root):
            continue
        r.same_entity.union(team_root, nick.group)
        why = f"'{nick.text}' taken as the nickname of '{team.text}'"
        r.notes.append((team_root, why, 0.8))


# letters a clipped nickname keeps of the team's ("Jag-s" of "Jaguars", "Cav-s")
CLIPPED_MIN = 3
# letters a nickname's last part must have to stand for it ("Heels" of "Tar Heels")
ENDING_MIN = 5


def clips(short: str, nickname: str) -> bool:
    """Whether a plural word is a clipped form of a team's plural nickname: its opening
    letters and the plural "s" ("Jags", "Jaguars"; "Cavs", "Cavaliers"), or its last
    letters ("Heels" of "Tar Heels", "Wolves" of "Timberwolves")."""
    if short == nickname or not (short.endswith("s") and nickname.endswith("s")):
        return False
    stem = short[:-1]
    if len(stem) >= CLIPPED_MIN and nickname.startswith(stem) and " " not in nickname:
        return True
    return len(short) >= ENDING_MIN and nickname.endswith(short)


def join_clipped_team_nicknames(r: Resolver) -> None:
    """Join a clipped team nickname a sports story uses ("beating the Jags") to the
    archive's only team whose nickname it clips ("Jacksonville Jaguars"). Each must be
    an organisation by its votes: "Cards" of a card game stays apart."""
    votes = r.group_votes()
    roots = r.same_entity.roots(len(r.group_key))
    nicknames: dict[str, set[int]] = defaultdict(set)  # a team's nickname -> team roots
    for key, group in r.key_group.items():
        root = roots[group]
        if key.endswith(TEAM_SUFFIX) or best_type(votes.get(root, {})) != ORG:
            continue
        if " " in key and may_be_full_team_name(key):
            words = key.split()
            nicknames[words[-1]].add(root)
            if len(words) >= 3:
                nicknames[" ".join(words[-2:])].add(root)  # "tar heels", "red sox"
    sports: dict[int, bool] = {}
    in_sport: set[int] = set()  # one-word groups a sports story uses
    for m in r.mentions:
        if m.group < 0 or len(m.tokens) != 1:
            continue
        if m.article not in sports:
            sports[m.article] = is_sports_story(r.paragraphs[m.article].values())
        if sports[m.article]:
            in_sport.add(m.group)
    for group in sorted(in_sport):
        key = r.group_key[group]
        if key in PLACES or key in ORGANIZATIONS or key in COMMON_WORDS:
            continue
        if best_type(votes.get(roots[group], {})) not in (ORG, None):
            continue
        teams = {root for nick, found in nicknames.items() if clips(key, nick) for root in found}
        if len(teams) != 1 or roots[group] in teams:
            continue
        team = next(iter(teams))
        r.same_entity.union(team, group)
        r.notes.append(
            (team, f"'{r.name_of(group)}' taken as a clipped nickname of '{r.name_of(team)}'", 0.8)
        )
