"""One mention under resolution, and the type votes and roles read from it and its context."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import Final

from ..gazetteer import (
    ALIASES,
    COMMON_WORDS,
    COMPANY_HEADS,
    COUNTRIES,
    FACILITY_HEADS,
    LEGAL_SUFFIXES,
    ORG_HEADS,
    ORG_WORDS,
    ORGANIZATIONS,
    PERSON_TITLES,
    PLACE_FIRST_WORDS,
    PLACE_HEADS,
    PLACE_OPENING_WORDS,
    PLACES,
    ROLE_CLASSES,
    US_STATES,
    norm_key,
)
from ..person_names import ANY_GIVEN_NAMES, GIVEN_NAMES, KIN_NOUNS
from .names import CANDIDATE, cached_norm_key
from .person_cues import given_name_before

PERSON: Final = "person"
ORG: Final = "organization"
PLACE: Final = "place"
LABEL_VOTES: dict[str, tuple[str, float]] = {
    "PERSON": (PERSON, 1.0),
    "ORG": (ORG, 1.0),
    "GPE": (PLACE, 1.0),
    "LOC": (PLACE, 1.0),
    "FAC": (PLACE, 0.8),
    # PRODUCT (phones, spacecraft, software) is none of our types: it counts only when
    # the gazetteer ("Twitter") or the context says otherwise
}
GAZETTEER_WEIGHT = 6.0
TITLE_WEIGHT = 3.0
HEAD_WEIGHT = 3.0
APPOSITION_WEIGHT = 2.0
SPEECH_WEIGHT = 0.7
GIVEN_NAME_WEIGHT = 1.5

_WORD = re.compile(r"[A-Za-z][\w’'.-]*")
_SPEECH_AFTER = re.compile(
    r"^\s+(?:also\s+|later\s+|then\s+)?(said|says|told|tells|added|adds|wrote|writes|tweeted|"
    r"explained|noted|stated|argued|asked|replied|insisted|warned|acknowledged|denied)\b"
)
_SPEECH_BEFORE = re.compile(r"\b(?:said|says|told|added|wrote|according to)\s+$")
# "A spokesman for Waitrose said", "a statement from X said": the speaker is the
# spokesman or the statement, not the name after "for"
_SPOKEN_FOR = re.compile(
    r"\b(?:spokes(?:man|woman|person)|representative|statement|release)\s+(?:for|from|of|by)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "a Waitrose supermarket", "the Ford plant": a name before a word for a business's
# premises is the business (a known place's name is left to the gazetteer)
_PREMISES_AFTER = re.compile(
    r"\s+(?:store|stores|supermarket|supermarkets|shop|shops|outlet|outlets|branch|"
    r"branches|factory|factories|plant|plants|dealership|dealerships|restaurant|"
    r"restaurants|warehouse|chain)\b"
)
PREMISES_WEIGHT = 2.0
# "MyBroadband, the largest IT website in South Africa", "the Weather Underground, a
# violent left-wing splinter group": an apposition whose head is a medium or a body (no
# preposition before it: "X, a member of the group" is a person) ...
_BODY_APPOSITION = re.compile(
    r",\s+(?:the|a|an)\s+(?:(?!(?:of|at|for|with|in|from|to|and|by)\s)[\w’'-]+\s+){0,4}"
    r"(?:newspaper|daily|tabloid|weekly|magazine|website|site|blog|broadcaster|"
    r"news\s+agency|group|movement|company|firm|band)"
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:in|of|that|which|based|founded|for|from|with|run|owned)\b)"
)
# ... and so is a name before such a word ("in a statement to Al-Masry Al-Youm news paper")
_MEDIUM_AFTER = re.compile(r"\s+(?:news\s*paper|website|magazine)\b")
_A_BEFORE = re.compile(r"\b[Aa]n?\s+$")
# "a Jive spokeswoman said": a name between an article and "spokesman" is a body's
_SPOKESPERSON_AFTER = re.compile(r"\s+spokes(?:man|woman|person)\b")
# "a spokesman for Acme", "a spokesman for the owners, Townsend Thoresen,": whom a
# spokesperson speaks for is a body
_SPOKESPERSON_FOR_BEFORE = re.compile(
    r"\bspokes(?:man|woman|person)\s+for\s+(?:the\s+)?(?:[a-z]+,\s+)?$"
)
_ARTICLE_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+$")
# ... and so is a name right after a lower-case word for a body ("localist group Civic
# Passion", "news agency Reuters", "the band Queen"; not the words that are people's
# roles too: "publisher Robert Harrison", "crane operator X", nor "film maker X")
_BODY_WORD_BEFORE = re.compile(
    r"\b(?:group|party|band|website|newspaper|magazine|company|firm|broadcaster|"
    r"retailer|airline|insurer|charity|agency|watchdog|regulator|"
    r"outlet|tabloid|lender|startup|start-up|conglomerate|automaker|carmaker|chipmaker|"
    r"drugmaker|(?<!the )(?<!a )giant|manufacturer|bank|supermarket|brewer|"
    # "game maker Valve", "chip maker Intel"
    r"(?<!film )(?<!programme )(?<!movie )(?<!documentary )(?<!policy )(?<!-)maker)\s+$"
)
BODY_CONTEXT_WEIGHT = 2.0
# "Everton manager David Moyes", "Blackburn boss Mark Hughes": a name before a team's
# role and the holder's name is the team (not a role a person has for another: "Blair
# adviser X", "Bush spokesman Y"); so is a company's before its head's ("Goodyear
# Chairman Robert Mercer", "Kodak president Colby Chandler")
_TEAM_ROLE_AFTER = re.compile(
    r"\s+(?:manager|boss|coach|chairman|striker|midfielder|defender|goalkeeper|keeper|"
    r"winger|captain|skipper|prop|fly-half|scrum-half|full-back|flanker|hooker|"
    r"(?:[Vv]ice\s+)?(?:[Cc]hairman|[Cc]hairwoman|[Pp]resident)|[Cc]hief\s+[Ee]xecutive|CEO|"
    r"[Mm]anaging\s+[Dd]irector)"
    r"\s+(?-i:[A-Z])[\w'’-]+\s+(?-i:[A-Z])"
)
# "Rebecca and I put it together", "me and Isabel": the speaker's partner is a person
_WITH_ME_AFTER = re.compile(r"^\s+and\s+(?:I|me)\b")
_WITH_ME_BEFORE = re.compile(r"(?:^|[^\w’'])(?:I|me)\s+and\s+$")
# "Mo Cheeks, who is", "The New Zealander, who lived in Australia": a relative clause
# opened by "who" after the name and its comma speaks of a person (a body takes "which"),
# unless its verb is plural: "Boro, who are playing in Europe" is a team
_WHO_AFTER = re.compile(r"^,\s+who(?:se)?\b(?!\s+(?:are|have|were)\b)")
WHO_WEIGHT = 2.0
# "the 63-year-old Jane Doe": an age before a name is a person's (not "the 57-year-old
# Wasilla woman", where the name says where she lives)
_AGE_BEFORE = re.compile(r"\b\d{1,3}-year-old\s+$")
# "Kafoury's adult daughter", "Smith's widow": a name with a kin of its own is a person
_KIN_AFTER = re.compile(
    rf"^['’]s\s+(?:[a-z-]+\s+)?(?:{KIN_NOUNS}|sons|daughters|brothers|sisters|parents|"
    r"grandchildren|stepfather|stepmother)\b"
    # a body's siblings and parents are bodies: "Fox's sister network", "its parent company"
    r"(?!\s+(?:company|companies|network|station|paper|newspaper|publication|ship|brand|"
    r"site|channel|airline|school|organi[sz]ation|group|firm|agency|outlet|magazine|"
    r"label|team|club|party|city|cities|plant|store|title))"
)
# "the 150-year-old Harrods store": an age before a name and a thing's word is the thing's
_THING_AFTER = re.compile(
    r"^\s+(?:store|shop|building|church|bridge|company|firm|business|brand|newspaper|hotel|"
    r"house|school|mill|plant|factory|dairy|landmark|tradition|institution|theatre|theater)\b"
)
_AGE_AFTER = re.compile(r"^,\s*\d{1,3}\s*,")
_PARTY_AFTER = re.compile(r"^\s*\([DRI]-[A-Z][\w.]*\)")
_APPOSITION = re.compile(
    r"^\s*,\s+(the\s+|a\s+|an\s+|who is\s+|who was\s+|his\s+|her\s+)?"
    r"((?:[\w’'-]+\s+){0,4}[\w’'-]+)"
    # or the same said of the name: "Piers Freelove is senior benefit officer at …"
    r"|^\s+((?:is|was)\s+(?:the\s+|a\s+|an\s+)?)((?:[a-z][\w’'-]*\s+){0,4}[a-z][\w’'-]*)"
)
# lower-case words of rank or field before a role in an apposition ("X, former editor",
# "X, technical manager of ...")
_RANK_WORD = re.compile(
    r"(?:former|then|acting|interim|senior|junior|chief|deputy|assistant|associate|executive|"
    r"managing|general|technical|principal|lead|longtime|veteran|current|founding|regional|"
    r"national|local|international|global|creative|artistic|medical|legal|financial)"
)
# "the Jaguars", "the Tar Heels": a plural name after "the" is a team, a band or a firm,
# never one person (not "-ss", "-us", "-is": "the Congress", "the Taurus", "the Paris")
_THE_BEFORE = re.compile(r"(?:^|[^\w’'])[Tt]he\s+$")
_PLURAL_LAST_WORD = re.compile(r"[A-Z][\w-]*[a-rt-z]s")
PLURAL_NAME_WEIGHT = 3.0
# "Wasilla, Alaska", "Schenectady, N.Y.": a name before a comma and a known region or
# country, then the end of the phrase, is a town (not "Palin, Alaska's governor")
_REGION_AFTER = re.compile(r",\s+([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)(?=[,;:)]|\.?\s*$|\.\s)")
# "the town of Yeoncheon", "the City of Palmer": a place's kind named before it
_PLACE_KIND_BEFORE = re.compile(
    r"\b(?:town|city|village|county|province|district|region|municipality|suburb|borough|"
    r"hamlet|island)\s+of\s+$",
    re.IGNORECASE,
)
# "the villages of Tonban, Gavarzin and Khaledi", "the worst-hit towns were A, B and C":
# each name of a list that places' kind opens is a place
_PLACE_KINDS_BEFORE_LIST = re.compile(
    r"\b(?:towns|cities|villages|provinces|districts|counties|regions|islands|suburbs|"
    r"municipalities|hamlets|settlements|neighbou?rhoods)\s+(?:of|were|are|include|"
    r"included|including|such\s+as|like|(?:were\s+)?identified\s+as|named)\s+"
    r"(?:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}(?:\s*,\s*(?:and\s+)?|\s+and\s+)){0,8}$"
)
# "a Perth man", "the 57-year-old Wasilla woman": a name describing where someone lives
_RESIDENT_BEFORE = re.compile(r"(?:\b[Aa]n?|-old)\s+$")
_RESIDENT_AFTER = re.compile(
    r"^\s+(?:man|woman|men|women|boy|girl|teen|teenager|resident|residents|native|couple|"
    r"family|mother|father|grandmother|grandfather)\b"
)
# "Luann Johnson, of Burnsville, was hit", "Raj Chohan, 59, of Queens, had parked": news
# gives where a person lives after their name (or age) and a comma; a body there takes
# "the" ("Jane Doe, of the Brookings Institution") or the model reads it as one
_RESIDENCE_BEFORE = re.compile(r"(?:\b\d{1,3}|\b[A-Z][\w’'.-]*[A-Za-z.]),\s+of\s+$")
_RESIDENCE_AFTER = re.compile(r"[,;]|\.(?:\s|$)|$")
# "Morningside Recovery, a treatment facility in Newport Beach": an apposition says the
# name is a building or site (not a church or a school: a body as often as a building)
_FACILITY_APPOSITION = re.compile(
    r",\s+an?\s+(?:[a-z][\w-]*\s+){0,3}(?:facility|center|centre|clinic|hospital|prison|"
    r"jail|hotel|museum|stadium|arena|airport|building|restaurant|store|mall|theater|"
    r"theatre|shelter|warehouse|hut|lodge|resort)\b"
)
# "of Newton Street, Millom", "at 12 High Street, Banstead": the name after a street's
# name and a comma is its town, where the phrase closes after it (not the street words
# that are surnames too: "Chuck Close, Walker Evans", "Diane Lane, ...")
_STREET_BEFORE = re.compile(
    r"\b[A-Z][\w’'-]*\s+(?:Street|St|Road|Rd|Avenue|Ave|Drive|Crescent|Terrace|Boulevard|"
    r"Blvd),\s+$"
)
_STREET_TOWN_AFTER = re.compile(r"[,;:.)]|\s*$|\s+(?:and|on|in|at|was|were|where|with)\b")
# "a cable between Abu Talat (Egypt) and Marseilles (France)", "Abu Talat in Egypt and":
# a country after a name, in brackets or after "in" closing the phrase, sets it as a town
_COUNTRY_IN_BRACKETS = re.compile(r"\s*\(([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)\)")
_IN_COUNTRY = re.compile(
    r"\s+in\s+([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)(?=[,;:)]|\.?\s*$|\.\s|\s+and\b)"
)
# "a Woodburn police officer", "according to Woodburn police", "a Woodburn-area bank":
# a name before the lower-case word for a force, or "-area", is the town it serves
_TOWN_FORCE_AFTER = re.compile(r"(?:\s+police\b|-area\b)")
# an accord named after where it was made: "the Louvre accord", "the Plaza agreement"
_ACCORD_AFTER = re.compile(r"\s+(?:accords?|agreement|pact|talks|summit|communique)\b")
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
# what opens such a phrase: a locative word, or "and" after a bracket or a country
_LOCATIVE_BEFORE = re.compile(
    r"(?:\b(?:in|at|from|to|between|via|through|near|off)|\)\s+and|\b([A-Z][\w.]*)\s+and)\s+$"
)
PLACE_CONTEXT_WEIGHT = 3.0
_PREPOSITIONS = frozenset(
    ["with", "of", "at", "in", "for", "from", "to", "by", "on", "and", "or", "but", "who"]
)


@dataclass(slots=True)
class MentionRecord:
    """One mention under resolution: where it is, its name key, and what is known of it."""

    article: int  # position of the article in the resolution's list
    mention_index: int  # index in the article's Extraction.mentions
    paragraph: int
    start: int
    end: int
    text: str
    key: str  # canonical key (known short forms mapped)
    tokens: tuple[str, ...]
    label: str
    votes: dict[str, float] = field(default_factory=dict)
    roles: set[str] | frozenset[str] = field(default_factory=set)
    titled: bool = False  # preceded by a person title
    group: int = -1
    junk: bool = False
    soft_junk: bool = False  # junk unless a full name in the article ends with it
    note: str | None = None  # why it was linked the way it was (surname decisions)
    preferred: str | None = None  # a display name made here ("Russian Defense Ministry")
    confidence: float = 1.0
    part: bool = False  # a piece of a name the model cut in two: no form of its page's name

    @property
    def pos(self) -> tuple[int, int, int]:
        """Return the position of the mention in its article."""
        return (self.article, self.paragraph, self.start)


def add_vote(m: MentionRecord, kind: str, weight: float) -> None:
    """Add ``weight`` to the mention's vote for type ``kind``."""
    m.votes[kind] = m.votes.get(kind, 0.0) + weight


def roles_of(phrase_words: list[str]) -> set[str]:
    """Return the role classes named by a phrase's words ("foreign minister" -> diplomat)."""
    roles: set[str] = set()
    for n in (3, 2, 1):
        for i in range(len(phrase_words) - n + 1):
            role = ROLE_CLASSES.get(" ".join(phrase_words[i : i + n]))
            if role:
                roles.add(role)
    return roles


def read_context(m: MentionRecord, text: str) -> None:
    """Add votes and roles from the words around a mention."""
    titled, roles, weights = context_of(text, m.start, m.end)
    if titled:
        m.titled = True
    for weight in weights:
        add_vote(m, PERSON, weight)
    if roles:
        m.roles |= roles


# a one-word title and a capitalised word right before a name: "Cardinal Cormac "
_TITLE_THEN_GIVEN = re.compile(r"(?:^|[\s(\"“])([A-Z][a-z]+)\s+([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+$")
_ONE_WORD = re.compile(r"[A-Z][\w'’-]+")  # a name of one word ("Arango")
# "the official People's Daily": the wire's adjective, no title before a name
THE_OFFICIAL = re.compile(r"\b[Tt]he\s+official\s+$")


def _given_after_title(title: str, word: str) -> bool:
    """Whether ``title word`` is a person's title and a given name we list, not a
    title's own words ("Prime Minister") or a body's ("General Motors")."""
    key = cached_norm_key(word)
    return (
        cached_norm_key(title) in PERSON_TITLES
        and key in ANY_GIVEN_NAMES
        and key not in PERSON_TITLES
        and key not in COMMON_WORDS
        and key not in PLACES
    )


def context_of(text: str, start: int, end: int) -> tuple[bool, set[str], list[float]]:
    """Return what the words around ``text[start:end]`` say: whether a person's title
    stands right before it, the roles found, and the person votes in the order given."""
    titled = False
    roles: set[str] = set()
    weights: list[float] = []
    before = text[max(0, start - 60) : start]
    after = text[end : end + 80]
    words = [cached_norm_key(w) for w in _WORD.findall(before)[-3:]]  # the last three only
    for n in (3, 2, 1):
        if len(words) >= n and " ".join(words[-n:]) in PERSON_TITLES:
            if THE_OFFICIAL.search(before):
                break  # "the official People's Daily", "the official Xinhua": an adjective
            if re.search(r"[A-Za-z.]\s+$", before):  # the title stands right before the name
                titled = True
                weights.append(TITLE_WEIGHT)
                roles |= roles_of(words[-n:])
            break
    given = _TITLE_THEN_GIVEN.search(before)
    if not titled and given is not None and _given_after_title(*given.groups()):
        # "Cardinal Cormac Murphy-O'Connor" where the model took the surname alone
        titled = True
        weights.append(TITLE_WEIGHT)
        roles |= roles_of([cached_norm_key(given.group(1))])
    elif not titled and _ONE_WORD.fullmatch(text, start, end) and given_name_before(before):
        # "Gilberto Arango, president of …": the model left the given name out and read
        # the surname as a place in every mention
        weights.append(TITLE_WEIGHT)
    if _AGE_AFTER.match(after) or _PARTY_AFTER.match(after):
        weights.append(APPOSITION_WEIGHT)
    if _WHO_AFTER.match(after):
        weights.append(WHO_WEIGHT)
    if (
        _AGE_BEFORE.search(before)
        and not _RESIDENT_AFTER.match(after)
        and not _THING_AFTER.match(after)
    ) or _KIN_AFTER.match(after):
        weights.append(APPOSITION_WEIGHT)
    if _WITH_ME_AFTER.match(after) or _WITH_ME_BEFORE.search(before):
        weights.append(APPOSITION_WEIGHT)
    app = _APPOSITION.match(after)
    if app:
        opening, app_text = (app.group(1), app.group(2)) if app.group(2) else app.group(3, 4)
        app_words = []
        for w in app_text.split():
            if w.lower() in _PREPOSITIONS:
                break  # "X, with Kremlin spokesperson Y": the role is Y's, not X's
            app_words.append(norm_key(w))
        if not opening and not (app_words and app_words[0] in PERSON_TITLES):
            # "Tyler Reguly, technical manager of ...": a title after lower-case words of
            # rank only; any other first word may be a list's next name ("Paris, France")
            lead = 0
            while lead < len(app_words) - 1 and _RANK_WORD.fullmatch(app_text.split()[lead]):
                lead += 1
            if app_words[lead:] and app_words[lead] in PERSON_TITLES:
                app_words = app_words[lead:]
            else:
                app_words = []
        app_roles = roles_of(app_words)
        if app_roles or any(w in PERSON_TITLES for w in app_words[:4]):
            weights.append(APPOSITION_WEIGHT)
            roles |= app_roles
    if (
        _SPEECH_AFTER.match(after)
        or (after[:1] in (",", ".", "") and _SPEECH_BEFORE.search(before))
    ) and not _SPOKEN_FOR.search(before):
        weights.append(SPEECH_WEIGHT)
    return titled, roles, weights


def premises_vote(text: str, start: int, end: int, key: str) -> float:
    """Return the organisation vote of a name before a word for a business's premises
    ("a Waitrose supermarket", "the Ford plant"); 0.0 for any other mention."""
    if key in PLACES or not _PREMISES_AFTER.match(text, end):
        return 0.0
    return PREMISES_WEIGHT


def body_context_vote(text: str, start: int, end: int, key: str) -> float:
    """Return the organisation vote of a name its words set as a medium or a body: an
    apposition ("MyBroadband, the largest IT website in South Africa"), a medium's word
    after it ("Al-Masry Al-Youm newspaper"; not "a Cairo newspaper", the town's), a
    spokesman's after it ("a Jive spokeswoman") or before it ("a spokesman for the
    owners, Townsend Thoresen") or a body's word right before it ("localist group Civic
    Passion"); 0.0 for any other."""
    first = key.split(" ", 1)[0]
    if first not in GIVEN_NAMES and _BODY_WORD_BEFORE.search(text[max(0, start - 16) : start]):
        return HEAD_WEIGHT  # the word names the kind, as a head word would
    if _BODY_APPOSITION.match(text, end):
        return BODY_CONTEXT_WEIGHT
    if (
        key not in PLACES
        and _SPOKESPERSON_AFTER.match(text, end)
        and _ARTICLE_BEFORE.search(text[max(0, start - 5) : start])
    ):
        return BODY_CONTEXT_WEIGHT
    if key not in PLACES and _SPOKESPERSON_FOR_BEFORE.search(text[max(0, start - 40) : start]):
        return BODY_CONTEXT_WEIGHT
    if (
        key not in PLACES
        and _MEDIUM_AFTER.match(text, end)
        and not _A_BEFORE.search(text[max(0, start - 4) : start])
    ):
        return BODY_CONTEXT_WEIGHT
    return 0.0


def before_team_role(text: str, end: int, key: str) -> bool:
    """Whether the name ending at ``end`` stands before a team's role and its holder's
    name ("Everton manager David Moyes", "Blackburn boss Mark Hughes"): the team, which
    the model reads as a person or a town. The gazetteer's places are left to the sports
    stories' teams (:mod:`.teams`). Tried: leaving alone every name the model read as a
    place kept Southampton a place in a BBC archive that names its club 39 times and the
    town twice."""
    return key not in PLACES and _TEAM_ROLE_AFTER.match(text, end) is not None


_LEGAL_FORM_OF = re.compile(r"\s(?:Co|Corp|Inc|Ltd|Company|Corporation)\.?\s+of\s+[A-Z]")


@functools.lru_cache(maxsize=65536)  # asked of every mention each time types are summed
def legal_suffix_vote(surface: str) -> float:
    """Return the organisation vote of a name written with a company's legal form
    ("Harry Winston Diamond Corp.", "Reliance Globalcom Ltd."); 0.0 for any other name.

    The key leaves the form out ("Intel Corp." is "Intel"), so the head words never see
    it, and a first word like "Harry" would make the company a person.
    """
    words = surface.split()
    if len(words) < 2 or not words[-1][:1].isupper():
        return 0.0
    if _LEGAL_FORM_OF.search(surface):
        return HEAD_WEIGHT  # "Public Service Co of New Mexico"
    return HEAD_WEIGHT if cached_norm_key(words[-1]) in LEGAL_SUFFIXES else 0.0


def plural_name_vote(text: str, start: int, end: int, label: str) -> float:
    """Return the organisation vote of a plural name after "the" that the model took for
    a person ("the Jaguars"); 0.0 for any other mention. Places ("the Netherlands") and
    capitalised words the model missed are left alone: no new entity comes of this."""
    if label != "PERSON":
        return 0.0
    last = text[start:end].split()[-1] if text[start:end].split() else ""
    if not _PLURAL_LAST_WORD.fullmatch(last) or last.endswith(("us", "is")):
        return 0.0
    return PLURAL_NAME_WEIGHT if _THE_BEFORE.search(text[max(0, start - 6) : start]) else 0.0


# "Chelsea have been criticised", "Arsenal are top", "Townsend Thoresen operate two other
# ships": British and wire copy give a team's or a company's name a plural verb, one
# person's never; the name must open its sentence or clause, or it may be the last of a
# list ("Kelli White and relay star Alvin Harrison have both")
_PLURAL_VERB_AFTER = re.compile(
    r"\s+(?:have|are|say|operate|own|plan|expect|believe|intend|want)\b(?!\s+(?:both|all)\b)"
)
_OPENS_CLAUSE = re.compile(
    r"(?:^|[.!?:;]['\"”’]?\s+|[\"“‘]|\b(?:But|And|So|Yet|Now|that|while|"
    r"because|if|when)\s+)$"
)


def takes_plural_verb(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` opens its clause as the subject of a plural
    "have" or "are" right after it ("Chelsea have been criticised")."""
    return _PLURAL_VERB_AFTER.match(text, end) is not None and (
        _OPENS_CLAUSE.search(text[max(0, start - 12) : start]) is not None
    )


def place_context_vote(text: str, start: int, end: int, label: str = "") -> float:
    """Return the place vote of a name its words set as a town: "Wasilla, Alaska" (a
    known region or country after a comma), "the town of Yeoncheon", "a Perth man" or
    "Luann Johnson, of Burnsville," (not a name the model read as a body); 0.0 for any
    other name.

    The small model reads an unknown town as a person or a body; the phrase around it
    says what it is.
    """
    region = _REGION_AFTER.match(text, end)
    if region is not None and cached_norm_key(text[start:end]) not in COUNTRIES:
        # a country is no town of its region: "Sweden, Belgium, England win" is a list
        key = norm_key(region.group(1))
        if key in PLACES or norm_key(ALIASES.get(key, "")) in PLACES:
            return PLACE_CONTEXT_WEIGHT
    if _PLACE_KIND_BEFORE.search(text[max(0, start - 20) : start]):
        return PLACE_CONTEXT_WEIGHT
    if _TOWN_FORCE_AFTER.match(text, end):
        return PLACE_CONTEXT_WEIGHT
    if (
        label == "PERSON"
        and _ACCORD_AFTER.match(text, end)
        and _THE_BEFORE.search(text, max(0, start - 5), start)
        and " " not in text[start:end].strip()
    ):
        return PLACE_CONTEXT_WEIGHT  # the model's person: "the Louvre accord"
    if _PLACE_KINDS_BEFORE_LIST.search(text[max(0, start - 160) : start]):
        return PLACE_CONTEXT_WEIGHT
    if _RESIDENT_AFTER.match(text[end : end + 20]) and _RESIDENT_BEFORE.search(
        text[max(0, start - 20) : start]
    ):
        return PLACE_CONTEXT_WEIGHT
    if _FACILITY_APPOSITION.match(text, end):
        return PLACE_CONTEXT_WEIGHT
    if label != "ORG" and _in_a_country(text, start, end):
        return PLACE_CONTEXT_WEIGHT
    if (
        _STREET_TOWN_AFTER.match(text, end)
        and _STREET_BEFORE.search(text[max(0, start - 40) : start])
        and cached_norm_key(text[start:end]).split(" ", 1)[0] not in GIVEN_NAMES
    ):  # "On Elm Street, John Smith was arrested": a given name opens a person's name
        return PLACE_CONTEXT_WEIGHT
    if (
        label != "ORG"
        and _RESIDENCE_AFTER.match(text, end)
        and _RESIDENCE_BEFORE.search(text[max(0, start - 40) : start])
    ):
        return PLACE_CONTEXT_WEIGHT
    return 0.0


def _in_a_country(text: str, start: int, end: int) -> bool:
    """Whether a known country follows a name in brackets or after "in" closing the
    phrase, where a locative word or a place before it opens the phrase ("between Abu Talat
    (Egypt) and Marseilles (France)"); a name opening with a given name is a person's even
    there ("Maria Lopez (Spain)" in a list of results), and a body
    the model reads as one is the body's branch there ("the Catholic Church in Ireland")."""
    words = cached_norm_key(text[start:end]).split()
    if not words or words[0] in GIVEN_NAMES or words[0] in COUNTRIES:
        return False
    opening = _LOCATIVE_BEFORE.search(text[max(0, start - 24) : start])
    if opening is None or (opening.group(1) and norm_key(opening.group(1)) not in COUNTRIES):
        return False  # "won by Kenenisa Bekele (Ethiopia)": a result's nationality
    found = _COUNTRY_IN_BRACKETS.match(text, end) or _IN_COUNTRY.match(text, end)
    if found is None:
        return False
    key = norm_key(found.group(1))
    return key in COUNTRIES or norm_key(ALIASES.get(key, "")) in COUNTRIES


def add_knowledge_votes(m: MentionRecord) -> None:
    """Add votes from the model label, the gazetteer and the name's own head words."""
    for kind, weight in knowledge_votes(m.key, m.tokens, m.label):
        add_vote(m, kind, weight)


@functools.lru_cache(maxsize=65536)
def knowledge_votes(key: str, tokens: tuple[str, ...], label: str) -> tuple[tuple[str, float], ...]:
    """Return the votes of :func:`add_knowledge_votes` in order (names repeat: made once)."""
    votes: dict[str, float] = {}

    def vote(kind: str, weight: float) -> None:
        votes[kind] = votes.get(kind, 0.0) + weight

    if label in LABEL_VOTES:
        vote(*LABEL_VOTES[label])
    if key in PLACES:
        vote(PLACE, GAZETTEER_WEIGHT)
    elif key in ORGANIZATIONS:
        vote(ORG, GAZETTEER_WEIGHT)
    if len(tokens) == 1 and tokens[0] in COMPANY_HEADS and key not in PLACES:
        # a company's word alone is the company the model cut it from ("Telecom" of
        # "Telecom Egypt", read as a place)
        vote(ORG, HEAD_WEIGHT)
    if len(tokens) > 1:
        if (
            tokens[-1] in FACILITY_HEADS
            or tokens[0] in PLACE_FIRST_WORDS
            or (tokens[0] in FACILITY_HEADS and tokens[1] == "of")  # "Museum of Flight"
        ):
            vote(PLACE, HEAD_WEIGHT)
        elif (
            tokens[-1] in ORG_HEADS
            or tokens[-1] in COMPANY_HEADS  # "Shavlik Technologies", "Avert Labs"
            or any(t in ORG_WORDS for t in tokens[:-1])
            or (tokens[-1] == "state" and " ".join(tokens[:-1]) in US_STATES and key not in PLACES)
        ):  # "Indiana State" is the university: no state is called so but the gazetteer's
            vote(ORG, HEAD_WEIGHT)
        elif (
            tokens[-1] in PLACE_HEADS
            or (
                tokens[0] in PLACE_HEADS and (tokens[0] in PLACE_OPENING_WORDS or tokens[1] == "of")
            )  # "Lake Placid", "Sea of Japan"; not "Sea Org", "Canal Plus"
            or any(t in PLACE_OPENING_WORDS for t in tokens[1:-1])  # "Aoraki Mount Cook"
        ):
            vote(PLACE, HEAD_WEIGHT)
        elif known := _known_last_words(key, tokens):  # "Obama White House"
            vote(known, HEAD_WEIGHT)
        elif len(tokens) <= 4 and (
            tokens[0] in GIVEN_NAMES
            # a run the model missed: any given name of the longer lists ("Isabelle
            # Kronawitter"); a run it typed keeps its label against a rarer one ("checked
            # into Betty Ford", the clinic)
            or (label == CANDIDATE and tokens[0] in ANY_GIVEN_NAMES)
        ):
            vote(PERSON, GIVEN_NAME_WEIGHT)
    return tuple(votes.items())


def _known_last_words(key: str, tokens: tuple[str, ...]) -> str | None:
    """Return the type of a known body or place whose name of two words or more ends a
    longer name ("Obama White House", "East Los Angeles"), None if none does."""
    if key in PLACES or key in ORGANIZATIONS:
        return None
    for n in range(len(tokens) - 1, 1, -1):
        tail = " ".join(tokens[-n:])
        if tail in PLACES:
            return PLACE
        if tail in ORGANIZATIONS:
            return ORG
    return None
