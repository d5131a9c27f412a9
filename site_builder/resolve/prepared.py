"""The article-local half of resolution: each mention read in its own article's text.

It depends on one article only, so the build computes it where the article is analysed
and caches it per article; :mod:`.archive` does the rest once the archive is known.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ..gazetteer import GENERIC_ORGS, PLACES, norm_key
from ..models import Article, Extraction, Mention
from ..person_names import ANY_GIVEN_NAMES
from .countries import may_take_country, take_country, take_country_from_sentence
from .employers import employer_vote
from .lists import list_type_votes
from .media import MEDIUM_WORD_WEIGHT, medium_title_after_place
from .mentions import (
    HEAD_WEIGHT,
    LABEL_VOTES,
    ORG,
    PERSON,
    PLACE,
    SPEECH_WEIGHT,
    MentionRecord,
    add_knowledge_votes,
    before_team_role,
    body_context_vote,
    context_of,
    knowledge_votes,
    legal_suffix_vote,
    place_context_vote,
    plural_name_vote,
    premises_vote,
    read_context,
    takes_plural_verb,
)
from .names import (
    NICKNAME_IN_NAME,
    abbreviated_state,
    is_acronym,
    junk_verdict,
    key_of,
    names_a_role,
)
from .person_cues import (
    OPENING_TITLE_WEIGHT,
    affiliation_vote,
    aged_person_vote,
    author_vote,
    daily_vote,
    kin_apposition_vote,
    name_after_opening_demonym,
    name_after_opening_title,
    profession_vote,
    role_after_vote,
    role_apposition_vote,
    self_named_vote,
    told_medium_vote,
)
from .teams import (
    TEAM_LABELS,
    TEAM_SUFFIX,
    TEAM_WEIGHT,
    in_team_position,
    is_sports_story,
    may_be_full_team_name,
    team_keys,
)
from .wire import dateline_vote, ticker_vote
from .works import names_a_work

# the organisation vote of a team's full name in a sports story: a head word's weight
TEAM_NAME_VOTE = 3.0

_LOWER_WORD = re.compile(r"(?<![\w’'-])[a-z][a-z-]+")
# an acronym with a plural "s" ("two FRNs", "ISPs"): the acronym of a common noun
_PLURAL_ACRONYM = re.compile(r"(?<![\w’'.&-])([A-Z]{2,6})s\b")
# and one defined in brackets after a capitalised name: "Mobile Data Association (MDA)"
_DEFINED_ACRONYM = re.compile(r"[A-Z][\w-]*\s+\(([A-Z]{2,6})\)")


# The fields of a MentionRecord after its article's own context was read, then the key of
# the name as written (before any country was added) and whether junk depends on the
# archive's lower-case words. A plain tuple: a NamedTuple made pickling twice as slow.
PreparedRow = tuple[
    int,  # mention_index
    int,  # paragraph
    int,  # start
    int,  # end
    str,  # text
    str,  # key
    tuple[str, ...],  # tokens
    str,  # label
    tuple[tuple[str, float], ...],  # votes
    frozenset[str],  # roles
    bool,  # titled
    bool,  # junk
    bool,  # soft_junk
    str | None,  # note
    str | None,  # preferred
    float,  # confidence
    str,  # surface_key
    bool,  # junk_pending
]


@dataclass(frozen=True, slots=True)
class PreparedMentions:
    """The article-local part of mention collection, immutable so it can be cached."""

    rows: tuple[PreparedRow, ...]
    lower_words: frozenset[str]
    # acronyms the article writes in the plural ("FRNs", "PVRs", "ISPs"): things, not names
    plural_acronyms: frozenset[str] = frozenset()
    # acronyms it defines in brackets after a name ("Mobile Data Association (MDA)")
    defined_acronyms: frozenset[str] = frozenset()


# gives the prepared half of one article (the build reads it from its cache)
MentionsProvider = Callable[[Article, Extraction | None], PreparedMentions]


def prepare_mentions(article: Article, extraction: Extraction | None) -> PreparedMentions:
    """Read each mention of one article in its own text: everything not archive-wide."""
    texts = {p.index: p.text for p in article.paragraphs}
    lower_words: set[str] = set()
    plural_acronyms: set[str] = set()
    defined_acronyms: set[str] = set()
    for paragraph_text in texts.values():
        lower_words.update(_LOWER_WORD.findall(paragraph_text))
        plural_acronyms.update(w.lower() for w in _PLURAL_ACRONYM.findall(paragraph_text))
        defined_acronyms.update(w.lower() for w in _DEFINED_ACRONYM.findall(paragraph_text))
    rows: list[PreparedRow] = []
    placed: list[tuple[int, Mention, str, str, tuple[str, ...]]] = []
    for i, mention in enumerate(extraction.mentions if extraction is not None else ()):
        text = texts.get(mention.paragraph)
        if text is None or text[mention.start : mention.end] != mention.text:
            continue  # stale offsets: never link what we cannot place
        # "Professor Varoufakis": keyed by the name after the title, as a bare surname is
        # "Russian Dmitriy Bogdanov": keyed by the name after the nationality
        untitled = (
            name_after_opening_title(mention.text)
            or (name_after_opening_demonym(mention.text, mention.label) or (None,))[0]
            or mention.text
        )
        placed.append((i, mention, text, *key_of(untitled)))
    teams: set[str] = set()
    sports = bool(placed) and is_sports_story(texts.values())
    if sports:
        named = ((key, m.label, text, m.start, m.end) for _, m, text, key, _ in placed)
        teams = team_keys(named, PLACES)
    listed = list_type_votes([(m, text) for _, m, text, _, _ in placed])
    # "Everton manager David Moyes" makes every "Everton" of the story the model reads as
    # a name the team; not the ones it reads as a town or missed ("in Cardiff")
    cued = {
        n for n, (_, m, text, key, _) in enumerate(placed) if before_team_role(text, m.end, key)
    }
    team_named = {placed[n][3] for n in cued}
    for n, (i, mention, text, key, tokens) in enumerate(placed):
        if may_take_country(key, tokens):
            rows.append(_row_of_generic_body(i, mention, text, key, tokens, article.id))
        elif (
            key in teams
            and not names_a_role(key, tokens)  # "playing QB for the Chiefs": no team
            and mention.label in TEAM_LABELS
            and in_team_position(text, mention.start, mention.end)
        ):
            rows.append(_row_of_team(i, mention, key, tokens))
        else:
            team = sports and _a_team_s_full_name(key, tokens, teams)
            rows.append(
                _row_of_mention(
                    i,
                    mention,
                    text,
                    key,
                    tokens,
                    team,
                    listed.get(n),
                    key in team_named and (mention.label in ("PERSON", "ORG") or n in cued),
                    # "CHAPEL HILL, N.C.": the state, unless the story's team bears its name
                    _state_of(text, mention, teams | team_named),
                )
            )
    return PreparedMentions(
        tuple(rows), frozenset(lower_words), frozenset(plural_acronyms), frozenset(defined_acronyms)
    )


def _state_of(text: str, mention: Mention, teams: set[str]) -> str | None:
    """The US state a wire's abbreviation names ("BOSTON, Mass."), unless a team of the
    story bears the state's name (North Carolina's basketball team)."""
    state = abbreviated_state(text, mention.start, mention.end)
    return None if state is None or norm_key(state) in teams else state


def _a_team_s_full_name(key: str, tokens: tuple[str, ...], teams: set[str]) -> bool:
    """Whether a sports story's name is a place's and a plural ("Miami Dolphins",
    "Jacksonville Jaguars"): a team, though the model reads it as the place."""
    if len(tokens) < 2 or not may_be_full_team_name(key):
        return False
    place = " ".join(tokens[:-1])
    return place in PLACES or place in teams


def _row_of_mention(
    i: int,
    mention: Mention,
    text: str,
    key: str,
    tokens: tuple[str, ...],
    team: bool = False,
    listed: tuple[str, float] | None = None,
    team_named: bool = False,
    state: str | None = None,
) -> PreparedRow:
    """Return the row of a mention that no country qualifies (most of them), without
    making a :class:`MentionRecord`: the same fields :func:`_row_of_generic_body` reads."""
    start, label = mention.start, mention.label
    # "the Hollywood Reporter" read as the place "Hollywood": the title, a body
    preferred = None
    if (head := medium_title_after_place(text, start, mention.end, label)) is not None:
        preferred = f"{mention.text} {head}"
        key, tokens = key_of(preferred)
    elif state is not None:  # "BOSTON, Mass.": the page is Massachusetts
        preferred = state
        key, tokens = key_of(state)
    elif label == "PERSON" and NICKNAME_IN_NAME.search(mention.text):
        plain = NICKNAME_IN_NAME.sub(" ", mention.text)
        preferred = plain  # "James E. (Jim) Nugent": the page is "James E. Nugent"
        key, tokens = key_of(plain)
    votes = dict(knowledge_votes(key, tokens, label))
    if head is not None:
        votes[ORG] = votes.get(ORG, 0.0) + MEDIUM_WORD_WEIGHT
    elif (national := name_after_opening_demonym(mention.text, label)) is not None:
        preferred = national[0]  # the page is "Dmitriy Bogdanov", not "Russian Dmitriy …"
        if national[1]:  # "Frenchwoman Marie Collonvillé": a person, whatever the label
            votes[PERSON] = votes.get(PERSON, 0.0) + OPENING_TITLE_WEIGHT
    titled, roles, weights = context_of(text, start, mention.end)
    for weight in weights:  # as add_vote adds them
        votes[PERSON] = votes.get(PERSON, 0.0) + weight
    junk, soft = junk_verdict(
        text, mention.text, key, tokens, label, bool(votes.get(ORG)), start, None
    )
    if names_a_work(text, start, mention.end, label):
        junk, soft = True, False  # "the film Iris": a title, no person's or body's page
    # after the junk verdict, which reads the model's and the names' own votes only
    if label == "PERSON" and (
        is_acronym(mention.text) or takes_plural_verb(text, start, mention.end)
    ):
        # the small model reads unknown capitals as a name; an acronym names a body, and so
        # does a name with a plural verb ("Chelsea have been criticised")
        votes[PERSON] = votes.get(PERSON, 0.0) - LABEL_VOTES[label][1]
        votes[ORG] = votes.get(ORG, 0.0) + LABEL_VOTES[label][1]
    if (
        label in ("GPE", "LOC")
        and SPEECH_WEIGHT in weights
        and key not in PLACES
        and 2 <= len(tokens) <= 3
        and tokens[0] in ANY_GIVEN_NAMES
    ):
        # "Rio Ferdinand told BBC Radio": no unknown place speaks, and a given name opens it
        votes[PLACE] = votes.get(PLACE, 0.0) - LABEL_VOTES[label][1]
        votes[PERSON] = votes.get(PERSON, 0.0) + LABEL_VOTES[label][1]
    if plural := plural_name_vote(text, start, mention.end, label):
        votes[ORG] = votes.get(ORG, 0.0) + plural
    if premises := premises_vote(text, start, mention.end, key):
        votes[ORG] = votes.get(ORG, 0.0) + premises
    if legal := legal_suffix_vote(mention.text):
        votes[ORG] = votes.get(ORG, 0.0) + legal
    if body := body_context_vote(text, start, mention.end, key):
        votes[ORG] = votes.get(ORG, 0.0) + body
    if employer := employer_vote(text, start, mention.end, key, label):
        votes[ORG] = votes.get(ORG, 0.0) + employer
    if team_named:
        votes[ORG] = votes.get(ORG, 0.0) + HEAD_WEIGHT
    if team:
        votes[ORG] = votes.get(ORG, 0.0) + TEAM_NAME_VOTE
    if town := place_context_vote(text, start, mention.end, label):
        votes[PLACE] = votes.get(PLACE, 0.0) + town
    if filed := dateline_vote(text, start, mention.end):
        votes[PLACE] = votes.get(PLACE, 0.0) + filed
    if listed_company := ticker_vote(text, mention.end):
        votes[ORG] = votes.get(ORG, 0.0) + listed_company
    if listed is not None:  # the type the other names of its list agree on
        votes[listed[0]] = votes.get(listed[0], 0.0) + listed[1]
    titled, person_cue, medium_cue = _person_and_medium_cues(mention, text, key, titled)
    if person_cue:
        votes[PERSON] = votes.get(PERSON, 0.0) + person_cue
    if medium_cue:
        votes[ORG] = votes.get(ORG, 0.0) + medium_cue
    # a name in GENERIC_ORGS may take a country, so take_country_from_sentence never
    # applies here
    return (
        i,
        mention.paragraph,
        start,
        mention.end,
        mention.text,
        key,
        tokens,
        label,
        tuple(votes.items()),
        frozenset(roles),
        titled,
        bool(junk),
        soft,
        None,
        preferred,
        1.0,
        key,
        junk is None,
    )


def _person_and_medium_cues(
    mention: Mention, text: str, key: str, titled: bool
) -> tuple[bool, float, float]:
    """Return whether the mention is titled, and the person and organisation votes of
    :mod:`.person_cues`: a title in the span, a role's apposition before the name, a verb
    of authorship, a newspaper's kind."""
    start, end = mention.start, mention.end
    person = (
        role_apposition_vote(text, start, end, key)
        + role_after_vote(text, end, key)
        + self_named_vote(text, start)
        + author_vote(text, start, end, key)
        + profession_vote(text, start, key)
        + affiliation_vote(text, start, end, key)
        + kin_apposition_vote(text, start, end)
        + aged_person_vote(text, start, key)
    )
    if name_after_opening_title(mention.text) is not None:
        titled = True
        person += OPENING_TITLE_WEIGHT
    return (
        titled,
        person,
        daily_vote(text, start, end, key) + told_medium_vote(text, start, end, key),
    )


def _row_of_team(i: int, mention: Mention, key: str, tokens: tuple[str, ...]) -> PreparedRow:
    """Return the row of a place's name that stands for its team: an organisation whose
    key keeps it apart from the place (:mod:`.teams`)."""
    return (
        i,
        mention.paragraph,
        mention.start,
        mention.end,
        mention.text,
        key + TEAM_SUFFIX,
        tokens,
        mention.label,
        ((ORG, TEAM_WEIGHT),),
        frozenset(),
        False,
        False,
        False,
        None,
        None,
        1.0,
        key,
        False,
    )


def _row_of_generic_body(
    i: int, mention: Mention, text: str, key: str, tokens: tuple[str, ...], article_id: str
) -> PreparedRow:
    """Return the row of a country's generic body ("Defense Ministry"), read on a record."""
    m = MentionRecord(
        -1,
        i,
        mention.paragraph,
        mention.start,
        mention.end,
        mention.text,
        key,
        tokens,
        mention.label,
    )
    add_knowledge_votes(m)
    read_context(m, text)
    pending = False
    if not take_country(m, text):
        junk, soft = junk_verdict(
            text, m.text, m.key, m.tokens, m.label, bool(m.votes.get(ORG)), m.start, None
        )
        if soft:
            m.soft_junk = True
        if junk is None:
            pending = True
        else:
            m.junk = junk
            if not junk and m.key in GENERIC_ORGS:
                take_country_from_sentence(m, text, article_id)
    return (
        m.mention_index,
        m.paragraph,
        m.start,
        m.end,
        m.text,
        m.key,
        m.tokens,
        m.label,
        tuple(m.votes.items()),
        frozenset(m.roles),
        m.titled,
        m.junk,
        m.soft_junk,
        m.note,
        m.preferred,
        m.confidence,
        key,
        pending,
    )
