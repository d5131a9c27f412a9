"""Cues that the small model's type of a name is wrong: a person it read as a body, a
newspaper it read as a person.

The model reads an unfamiliar person's name by its spelling ("Yanis Varoufakis",
"Stephenie Meyer" as organisations) and a foreign newspaper's title as a person's name
("Eleftheros Typos"). The words news writes around such names say what they are:

- an honorific or academic title the model ran into the span ("Professor Varoufakis",
  "Dr. Jane Smith"): a person, named without the title (so the span joins the person's
  full name, as a bare surname would);
- an apposition of a person's role before the name, closed by a comma after it ("A
  professor of economics at the University of Athens, Yanis Varoufakis, did not");
- a verb of authorship and "by" before it ("the series written by X", "a song sung by X");
- a lower-case profession right before it ("novelist X", "filmmaker X");
- an inverted speech verb before it and the body it comes from after it ("…,” said
  Perrin Long of Lipper Analytical");
- a kin's apposition before it ("Wilhelm's widow, Candee,");
- an age and a word for a person before it ("32-year-old protester Paris Kyriakides");
- a given name the model left out of the span right before it ("Gilberto Arango": the
  surname alone read as a place);
- the lower-case word for a newspaper's kind right before it ("the conservative daily
  X", "the weekly X"), or the name a quotation's speaker "told" closing the sentence
  ("…,” she told France Info."): a medium, a body.

Each cue returns a vote for :mod:`.prepared` to add to the mention's own.
"""

from __future__ import annotations

import re

from ..gazetteer import (
    COMMON_WORDS,
    DEMONYMS,
    ORG_HEADS,
    ORGANIZATIONS,
    PERSON_TITLES,
    PLACE_HEADS,
    PLACES,
    ROLE_WORDS,
    norm_key,
)
from ..geo import is_geonames_place
from ..nationals import is_national_adjective, is_national_noun
from ..person_names import ANY_GIVEN_NAMES, GIVEN_NAMES, KIN_NOUNS

# titles that stand only before a person's name: honorifics and the academic ones (not
# "Doctor", a character's name too: "Doctor Who"; nor roles that open bodies' names:
# "President Hotel", "General Motors")
_OPENING_TITLES = frozenset(
    ["mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor",
     # offices held by one person at a time that no body's name opens with: "Archbishop
     # Tutu" is the Desmond Tutu the article named, "Senator Kerry" John Kerry
     "archbishop", "senator", "congressman", "congresswoman", "councillor"]
)  # fmt: skip
_TITLE_WORD = re.compile(r"[A-Z][a-z]+\.?")
# a person vote as strong as a title's before the name (TITLE_WEIGHT in .mentions)
OPENING_TITLE_WEIGHT = 3.0

# roles of a person in an apposition before the name; words that also stand for a body or
# a thing are left out ("a leader in the field, Acme,", "the favourite, Brazil,", "the
# candidate, Boeing,", "a model, the iPhone,")
_NOT_A_PERSON_ROLE = frozenset(
    [
        "head",
        "leader",
        "chief",
        "senior",
        "deputy",
        "chair",
        "star",
        "superstar",
        "champion",
        "model",
        "player",
        "candidate",
        "nominee",
        "founder",
        "co-founder",
        "speaker",
        "agent",
        "official",
        "major",
        "general",
        "mp",
        "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "prof",
        "sen",
        "rep",
        "gov",
        "gen",
        "col",
        "lt",
        "sgt",
        "capt",
        "adm",
        "rev",
    ]
)
# "novelist Ysolde Marrack", "filmmaker X": a lower-case profession right before a name
# (the titles of PERSON_TITLES, "author X", are read by .mentions already); only words
# that name a person's trade and never a body's kind or a thing ("owner", "star" are not)
_PROFESSIONS = frozenset(
    [
        "novelist",
        "poet",
        "playwright",
        "screenwriter",
        "filmmaker",
        "comedian",
        "comedienne",
        "rapper",
        "boxer",
        "dancer",
        "historian",
        "philosopher",
        "physicist",
        "chemist",
        "columnist",
        "blogger",
        "composer",
        "painter",
        "sculptor",
        "lecturer",
        "psychologist",
        "sociologist",
        "surgeon",
        "physician",
        "architect",
        "businessman",
        "businesswoman",
        "tycoon",
        "billionaire",
        "pastor",
        "priest",
    ]
)
# a role noun an apposition may end with: the titles, roles and professions, and the
# words for what one person is to others ("spokesman", "owner", "widow")
_ROLE_NOUNS = frozenset(
    w
    for w in PERSON_TITLES
    | ROLE_WORDS
    | _PROFESSIONS
    | frozenset(
        [
            *("spokesman", "doctor", "nurse", "engineer", "farmer", "owner", "mother"),
            *("father", "widow", "presenter", "dj"),
        ]
    )
    if " " not in w and w not in _NOT_A_PERSON_ROLE
)
# "A professor of economics at the University of Athens, ": an article, up to three words
# before the role (lower-case: "a leading Greek economist"), an optional phrase of where or
# what, and the comma that opens the apposition
_ROLE_APPOSITION_BEFORE = re.compile(
    r"(?:^|[,.;:!?\"“”]\s+|\b(?:and|but|said|says)\s+)(?:[Aa]n?|[Tt]he)\s+"
    r"(?:[\w’'-]+\s+){0,3}?([a-z][a-z-]+)"
    r"(?:\s+(?:of|at|for|from|in|with)\s+[^,;:.()\"“”]{1,70})?,\s+$"
)
_APPOSITION_CLOSES = re.compile(r"\s*,")
# ", a presenter on the BBC's urban music station": a person's role in an apposition
# right after the name (an owner may be a body's: "X, the owner of Y")
# (or, as the wire writes it, with no article: "Archie Dunham, executive vice president
# of petroleum products at Conoco Inc")
_ROLE_APPOSITION_AFTER = re.compile(
    r"\s*,\s+(?:(?:an?|the)\s+(?:[\w’'-]+\s+){0,3}?([a-z][a-z-]+)\b"
    r"|(?:(?!(?:about|as|an?|the|of|for|at|with|in|on|to|from|by|who|which|that)\b)"
    r"[a-z][a-z-]*\s+){0,3}([a-z][a-z-]+)(?=\s+(?:of|at|for|with)\b|\s*[,.;]|\s*$))"
)
ROLE_APPOSITION_WEIGHT = 2.0

_PROFESSION_BEFORE = re.compile(r"(?<![\w’'-])([a-z]+)\s+$")
PROFESSION_WEIGHT = 3.0

# "Wilhelm's widow, Candee,", "his wife, Jane Doe,": a kin's apposition before a name
# (of one word too: no body is anyone's widow); the name closes it
_KIN_APPOSITION_BEFORE = re.compile(
    r"(?:\b(?:his|her|their|my|our)|[A-Za-z]['’]s)\s+(?:[a-z-]+\s+)?"
    rf"(?:{KIN_NOUNS}|fiancé|fiancée|partner),\s+$"
)
_KIN_NAME_CLOSES = re.compile(r"\s*[,.;)]")

# "32-year-old protester Paris Kyriakides": an age, then a lower-case word for a person
# (listed: "the 40-year-old oil tanker X", "the 150-year-old family firm X" are things)
_AGED_PERSON_BEFORE = re.compile(
    r"\b\d{1,3}-year-old\s+(?:[a-z-]+\s+)?"
    r"(?:man|woman|boy|girl|teenager|teen|student|protester|protestor|demonstrator|"
    r"resident|driver|worker|mother|father|victim|suspect|passenger|pilot|soldier|"
    r"officer|nurse|teacher|actor|actress|singer|rapper|boxer|player|activist|"
    r"journalist|photographer|reporter|lawyer|doctor|farmer|gunman|hiker|climber|"
    r"cyclist|runner|tourist|veteran|mechanic|businessman|businesswoman|son|daughter|"
    r"wife|husband|brother|sister)\s+$"
)
AGED_PERSON_WEIGHT = 2.0

# "the series written by X", "a song sung by X": verbs whose doer is a person (not
# "produced by", "published by", "released by": companies do those)
_AUTHOR_BEFORE = re.compile(
    r"\b(?:written|co-written|penned|authored|co-authored|ghostwritten|illustrated|"
    r"composed|painted|sculpted|narrated|sung|choreographed|directed|co-directed)\s+by\s+$"
)
AUTHOR_WEIGHT = 2.0

# "the conservative daily Eleftheros Typos", "the weekly Der Spiegel": the lower-case word
# for a newspaper's kind right before a name (after "the" and at most two adjectives; "a
# daily Mass" and "the daily White House briefing" have no "the"/adjectives pattern
# closing on the name)
# A sentence may open on the adjectives instead ("Centre-left daily X warned"): at least
# one, so that a capitalised "Daily" (a title's own word) is no cue.
_DAILY_KIND = r"(?:daily|weekly|fortnightly|broadsheet|tabloid)\s+$"
_DAILY_BEFORE = re.compile(
    r"(?:\b[Tt]he\s+(?:[a-z][\w-]*\s+){0,2}"
    r"|(?:^|[.!?][”\"]?\s+)[A-Z][a-z][\w-]*\s+(?:[a-z][\w-]*\s+)?)" + _DAILY_KIND
)
# ... where the name closes the phrase or a verb of a medium follows ("the daily X
# reported"); not "the weekly Cabinet meeting"
_DAILY_NAME_ENDS = re.compile(
    r"\s*(?:[,.;:)'’”\"]|$)|\s+(?:said|says|reported|reports|wrote|writes|quoted|quotes|"
    r"cited|cites|newspaper|which|that|on|in|has|had|was|is|and|carried|ran|published|"
    r"warned|warns|noted|notes|claimed|claims|argued|argues|commented|revealed)\b"
)
DAILY_WEIGHT = 3.0
# or the medium's word after the name, "the" before it: "the official International
# Business newspaper", "The Sunday Mail newspaper"
# (not a name after the medium's word: "the Basque newspaper Gara" is Gara)
_MEDIUM_AFTER = re.compile(
    r"\s+(?:newspaper|magazine|daily|weekly|tabloid|broadsheet)\b(?!,?\s+(?:[Tt]he\s+)?[A-Z])"
)
_THE_BEFORE = re.compile(r"\b[Tt]he\s+(?:[a-z][\w-]*\s+){0,2}$")
# "the BBC's urban music station 1Xtra", "record label Island": the lower-case word for a
# medium's or a label's kind right before the name
_MEDIUM_KIND = re.compile(
    r"(?<![\w’'-])(?:station|channel|network|label|magazine|newspaper|broadcaster|website)\s+$"
)


# "…,” she told France Info.", "“…,” a witness told CNN.": the one a quotation's
# speaker told, closing the sentence, is the medium that carried it
_TOLD_AFTER_QUOTE_BEFORE = re.compile(r"[”\"]\s*,?\s+[^.!?”\"“]{0,80}\btold\s+$")
_TOLD_NAME_CLOSES = re.compile(r"\s*(?:[.;]|,\s+(?:a|an|the)\s|$)")
TOLD_MEDIUM_WEIGHT = 2.0


def told_medium_vote(text: str, start: int, end: int, key: str) -> float:
    """Return the organisation vote of the name a quotation's speaker "told", closing the
    sentence ("…,” she told France Info."); 0.0 for any other mention, a known place, a
    name opening with a given name ("told Jane Doe.") and one word that is no acronym."""
    if key in PLACES or key.split(" ", 1)[0] in GIVEN_NAMES:
        return 0.0
    written = text[start:end]
    if " " not in written and not written.isupper():
        return 0.0  # "one man told Schuck.": a reporter's surname; "told CNN." stays
    if not _TOLD_NAME_CLOSES.match(text, end):
        return 0.0
    window = text[max(0, start - 120) : start]
    if "told" not in window or _TOLD_AFTER_QUOTE_BEFORE.search(window) is None:
        return 0.0
    return TOLD_MEDIUM_WEIGHT


def name_after_opening_title(surface: str) -> str | None:
    """Return the name after an honorific or academic title the model ran into the span
    ("Professor Varoufakis" -> "Varoufakis", "Dr. Jane Smith" -> "Jane Smith"); None for
    any other span (one to three capitalised words must follow the title)."""
    words = surface.split()
    if not 2 <= len(words) <= 4 or not _TITLE_WORD.fullmatch(words[0]):
        return None  # "M/S Columbus" is a ship
    if norm_key(words[0]) not in _OPENING_TITLES:
        return None
    rest = words[1:]
    if not all(w[:1].isupper() and any(c.islower() for c in w) for w in rest):
        return None  # "Dr. NO", "Mr. T": not a name's words
    return " ".join(rest)


def _nationality(word: str) -> str | None:
    """Return "noun" for a nationality's person ("Dutchman", "Frenchwoman", "Briton"),
    "adjective" for a demonym ("Russian"), None for any other word and a given name
    ("Christian")."""
    if is_national_noun(word):  # "Scot" is also a given name: rarely before a full name
        return "noun"
    key = norm_key(word)
    return "adjective" if key in DEMONYMS and key not in GIVEN_NAMES else None


def name_after_opening_demonym(surface: str, label: str) -> tuple[str, bool] | None:
    """Return the person's name after a nationality word the model ran into it ("Russian
    Dmitriy Bogdanov" -> "Dmitriy Bogdanov", "Dutchman Arnoud Okken" -> "Arnoud Okken"),
    and whether that word is a person's noun ("Frenchwoman"), which says the rest is a
    person whatever the model's label. None unless two or three capitalised words follow,
    none a body's, a place's or a common word, and the model read a person where the word
    is an adjective ("American Express Bank", "Russian Gazprom Neft" stay)."""
    words = surface.split()
    if not 3 <= len(words) <= 4:
        return None
    kind = _nationality(words[0])
    if kind is None or (kind == "adjective" and label != "PERSON"):
        return None
    rest = words[1:]
    if not all(w[:1].isupper() and any(c.islower() for c in w) for w in rest):
        return None
    if not _looks_like_a_name(norm_key(" ".join(rest))):
        return None
    return " ".join(rest), kind == "noun"


def _looks_like_a_name(key: str) -> bool:
    """Whether a key is two or three words, none a body's, a place's or a common word, and
    not a known body or place: the form of a person's full name."""
    tokens = key.split()
    return (
        2 <= len(tokens) <= 3
        and key not in PLACES
        and key not in ORGANIZATIONS
        and not any(t in ORG_HEADS or t in PLACE_HEADS or t in COMMON_WORDS for t in tokens)
    )


def _opens_an_apposition(text: str, start: int) -> bool:
    """Whether a comma and spaces stand right before a name (a cheap test first)."""
    return text[max(0, start - 4) : start].rstrip().endswith(",")


def role_apposition_vote(text: str, start: int, end: int, key: str) -> float:
    """Return the person vote of a full name set off by commas after a person's role ("A
    professor of economics at the University of Athens, Yanis Varoufakis, did not go");
    0.0 for any other mention."""
    if not _APPOSITION_CLOSES.match(text, end) or not _opens_an_apposition(text, start):
        return 0.0
    if not _looks_like_a_name(key):
        return 0.0
    found = _ROLE_APPOSITION_BEFORE.search(text[max(0, start - 140) : start])
    if found is None or norm_key(found.group(1)) not in _ROLE_NOUNS:
        return 0.0
    return ROLE_APPOSITION_WEIGHT


def role_after_vote(text: str, end: int, key: str) -> float:
    """Return the person vote of a full name followed by an apposition of a person's role
    ("G Money, a presenter on the BBC's urban music station, thinks"); 0.0 for any
    other mention."""
    found = _ROLE_APPOSITION_AFTER.match(text, end, end + 80)
    role = found.group(1) or found.group(2) if found else None
    if role is None or role not in _ROLE_NOUNS or role == "owner":
        return 0.0
    return ROLE_APPOSITION_WEIGHT if _looks_like_a_name(key) else 0.0


# "One recruit calls himself Heretic", "goes by the online name Morquendi": a name a
# person takes for themself
_SELF_NAMED_BEFORE = re.compile(
    r"\b(?:calls|called|calling)\s+(?:himself|herself)\s+$"
    r"|\bgoes\s+by\s+the\s+(?:[\w-]+\s+)?name\s+(?:of\s+)?$"
)


def self_named_vote(text: str, start: int) -> float:
    """Return the person vote of a name someone is said to call themself ("calls himself
    Heretic"); 0.0 for any other mention."""
    return PROFESSION_WEIGHT if _SELF_NAMED_BEFORE.search(text, max(0, start - 40), start) else 0.0


# a speech verb before the name and a body after "of": "said Perrin Long of Lipper
# Analytical" (a body's own name holds its "of": "said Bank of America")
_SAID_BEFORE = re.compile(r"\b(?:said|says|added|adds|according\s+to)\s+$")
_OF_BODY_AFTER = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")
# or the same after a quotation, the verb after the body: "…,” Marshall Goldman of
# Harvard University told a hearing"
_QUOTE_BEFORE = re.compile(r"[,?!]\s*[\"”]\s+$")
_SPEECH_VERB_LATER = re.compile(r"[^.;\"“”]{0,80}?\b(?:said|says|told|added|adds)\b")


def affiliation_vote(text: str, start: int, end: int, key: str) -> float:
    """Return the person vote of a full name an inverted speech verb names with the body
    it comes from ("…,” said Perrin Long of Lipper Analytical"), or a name opening the
    clause after a quotation ("…,” Marshall Goldman of Harvard told"); 0.0 for any other
    mention."""
    tokens = key.split()
    if not _OF_BODY_AFTER.match(text, end) or not 2 <= len(tokens) <= 3:
        return 0.0
    if key in PLACES or key in ORGANIZATIONS or tokens[0] in COMMON_WORDS:
        return 0.0  # a surname may be a common word ("Perrin Long"), a given name not
    if any(t in ORG_HEADS or t in PLACE_HEADS for t in tokens):
        return 0.0
    if _SAID_BEFORE.search(text, max(0, start - 20), start):
        return PROFESSION_WEIGHT
    quoted = _QUOTE_BEFORE.search(text, max(0, start - 5), start)
    return PROFESSION_WEIGHT if quoted and _SPEECH_VERB_LATER.match(text, end) else 0.0


def profession_vote(text: str, start: int, key: str) -> float:
    """Return the person vote of a name right after a lower-case profession ("novelist
    Ysolde Marrack", "filmmaker Chris Weitz"); 0.0 for any other mention and for a known
    body or place."""
    if key in PLACES or key in ORGANIZATIONS:
        return 0.0
    found = _PROFESSION_BEFORE.search(text, max(0, start - 20), start)
    return PROFESSION_WEIGHT if found and found.group(1) in _PROFESSIONS else 0.0


def kin_apposition_vote(text: str, start: int, end: int) -> float:
    """Return the person vote of a name in a kin's apposition ("Wilhelm's widow, Candee,",
    "his wife, Jane Doe,"); 0.0 for any other mention."""
    if not _KIN_NAME_CLOSES.match(text, end) or not _opens_an_apposition(text, start):
        return 0.0
    if _KIN_APPOSITION_BEFORE.search(text[max(0, start - 40) : start]) is None:
        return 0.0
    return ROLE_APPOSITION_WEIGHT


def aged_person_vote(text: str, start: int, key: str) -> float:
    """Return the person vote of a name after an age and a word for a person ("32-year-old
    protester Paris Kyriakides"); 0.0 for any other mention, a known body or place, or a
    thing's word ("a 40-year-old oil tanker X")."""
    if key in PLACES or key in ORGANIZATIONS:
        return 0.0
    window = text[max(0, start - 50) : start]
    if "-year-old" not in window or _AGED_PERSON_BEFORE.search(window) is None:
        return 0.0
    return AGED_PERSON_WEIGHT


def author_vote(text: str, start: int, end: int, key: str) -> float:
    """Return the person vote of a full name after a verb of authorship and "by" ("the
    series written by Jane Doe"); 0.0 for any other mention."""
    if not text[max(0, start - 4) : start].rstrip().endswith("by"):
        return 0.0  # a cheap test first: most names follow no "by"
    if not _looks_like_a_name(key) or not _AUTHOR_BEFORE.search(text[max(0, start - 30) : start]):
        return 0.0
    return AUTHOR_WEIGHT


def daily_vote(text: str, start: int, end: int, key: str) -> float:
    """Return the organisation vote of a name after the lower-case word for a newspaper's
    or a medium's kind ("the conservative daily Eleftheros Typos", "music station
    1Xtra"), or between "the" and it ("the official International Business
    newspaper"); 0.0 for any other mention, and for a
    name opening with a given name or a known place."""
    if key in PLACES or key.split(" ", 1)[0] in GIVEN_NAMES:
        return 0.0
    if (
        _MEDIUM_AFTER.match(text, end)
        and _THE_BEFORE.search(text, max(0, start - 30), start)
        # "the Argentine newspaper Clarin": where it is from, not its name
        and key not in DEMONYMS
        and not is_national_adjective(key)
    ):
        return DAILY_WEIGHT  # "The official International Business newspaper published"
    if not _DAILY_NAME_ENDS.match(text, end):
        return 0.0
    if _MEDIUM_KIND.search(text, max(0, start - 20), start):
        return DAILY_WEIGHT
    window = text[max(0, start - 50) : start]
    if not any(w in window for w in ("daily", "weekly", "fortnightly", "broadsheet", "tabloid")):
        return 0.0
    # searched in the text itself, so that "^" is the paragraph's start, not the window's
    return DAILY_WEIGHT if _DAILY_BEFORE.search(text, max(0, start - 50), start) else 0.0


# a capitalised word right before a name, after a word in lower case or a comma: a given
# name the model left out of the span ("president of the association, Gilberto |Arango|")
_GIVEN_BEFORE = re.compile(r"(?:^|[a-z,;:(]\s+|[\"“]\s*)([A-Z][a-z]+)\s$")


def given_name_before(before: str) -> bool:
    """Whether the word right before a one-word name (``before`` ends with it and a
    space) is a given name we list and nothing else: no place ("Charlotte Hornets",
    "Orlando Magic"), title or common word."""
    found = _GIVEN_BEFORE.search(before)
    if found is None:
        return False
    key = norm_key(found.group(1))
    return (
        key in ANY_GIVEN_NAMES
        and key not in PLACES
        and key not in PERSON_TITLES
        and key not in COMMON_WORDS
        and not is_geonames_place(key)
    )
