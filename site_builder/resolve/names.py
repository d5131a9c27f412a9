"""Name keys, string likeness, and whether a mention is a name at all (junk)."""

from __future__ import annotations

import functools
import re
from difflib import SequenceMatcher

from ..gazetteer import (
    ALIASES,
    BOILERPLATE,
    COMMON_WORDS,
    COUNTRIES,
    DEMONYMS,
    GENERIC_ORGS,
    LEGAL_SUFFIXES,
    MONTHS_DAYS,
    ORG_HEADS,
    ORGANIZATIONS,
    PERSON_TITLES,
    PLACE_HEADS,
    PLACES,
    RANK_ABBREVIATIONS,
    ROLE_INITIALS,
    ROLE_QUALIFIERS,
    ROLE_WORDS,
    ROLE_WORDS_ALSO_NAMES,
    SENTENCE_OPENERS,
    TRAILING_RANKS,
    norm_key,
)
from ..person_names import ANY_GIVEN_NAMES, PARTICLES
from ..spans import TRAILING_PREPOSITIONS

CANDIDATE = "CAND"  # label of a capitalised run the model missed
FUNCTION_WORDS = frozenset(
    ["of", "for", "and", "the", "on", "in", "to", "at", "de", "du", "des", "la", "le"]
)
_ACRONYM_PLURAL = re.compile(r"^[A-Z]{2,}s$")
_PREFIXED = re.compile(r"(?i)^(pro|anti|non|ex|post|pre)-")

cached_norm_key = functools.lru_cache(maxsize=65536)(norm_key)  # names repeat: normalised once


def similarity(a: str, b: str) -> float:
    """Return difflib's similarity ratio of two strings (0..1)."""
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    if matcher.real_quick_ratio() < 0.75 or matcher.quick_ratio() < 0.75:
        return 0.0
    return matcher.ratio()


def acronym_of(name: str) -> str:
    """Return the initials of a name's capitalised words ("Center for Naval Analyses" -> CNA)."""
    words = [w for w in re.split(r"[\s-]+", name) if w]
    return "".join(w[0] for w in words if w[0].isupper() and w.lower() not in FUNCTION_WORDS)


# a nickname in brackets or marks inside a person's name: "James E. (Jim) Nugent",
# 'John "Bud" Frazier' (the page is keyed without it: :mod:`.prepared`)
NICKNAME_IN_NAME = re.compile(
    r"\s+(?:\([A-Z][\w'’-]*\)|\"[A-Z][\w'’-]*\"|“[A-Z][\w'’-]*”|‘[A-Z][\w-]*['’]|'[A-Z][\w’-]*')\s+"
)
NICKNAME_MARKS = " ()\"“”‘’'"


def spells_out(acronym: str, name: str) -> bool:
    """Whether an acronym written in brackets beside a name is the name's: its initials,
    or the initials without the legal form ("International Business Machines Corp
    (IBM)"), or three of them or more in another order, a translated name's ("Brazilian
    Democratic Movement Party (PMDB)", "Revolutionary Armed Forces of Colombia (FARC)")."""
    words = name.split()
    while len(words) > 1 and cached_norm_key(words[-1]) in LEGAL_SUFFIXES:
        words.pop()
    forms = {acronym_of(name), acronym_of(" ".join(words))}
    if acronym in forms:
        return True
    return len(acronym) >= 3 and any(sorted(acronym) == sorted(form) for form in forms)


_DOTTED = re.compile(r"(?:[A-Z]\.){2,}")


@functools.lru_cache(maxsize=65536)  # names repeat across the archive
def acronyms_of(name: str) -> frozenset[str]:
    """Return the acronyms a name may have: its initials, and its initials with a dotted
    abbreviation spelt out ("U.S. Geological Survey" -> UGS, USGS)."""
    words = [w for w in re.split(r"[\s-]+", name) if w]
    spelt = "".join(
        w.replace(".", "") if _DOTTED.fullmatch(w) else w[0]
        for w in words
        if w[0].isupper() and w.lower() not in FUNCTION_WORDS
    )
    return frozenset((acronym_of(name), spelt))


def is_acronym(surface: str) -> bool:
    """Whether a name is one word of two to six capitals, dotted or not ("USGS", "D.A.")."""
    letters = surface.replace(".", "")
    return " " not in surface and 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()


def canonical_key(key: str) -> str:
    """Map a known short form to its full name's key (U.S. -> united states)."""
    alias = ALIASES.get(key)
    return norm_key(alias) if alias else key


_PLACE_ABBREVIATIONS = {"mt": "mount", "ft": "fort"}


# the model ran a name into the word after a dash written as a hyphen ("Jonathan
# Wright-director of wholesale products") or into an adjective ("the Obama-era rules");
# only such words: a romanised given name goes on in lower case ("Lee Cheuk-yan")
_RUN_ON = re.compile(r"(?<=[A-Za-z'’]{3})-([a-z]{3,})$")
_RUN_ON_WORDS = frozenset(["era", "led", "based", "born", "backed", "style", "caliber", "owned"])


def without_run_on(surface: str) -> str:
    """Return a name without a role or an adjective hyphened onto its last word."""
    found = _RUN_ON.search(surface)
    if found is None or not surface[:1].isupper():
        return surface
    word = found.group(1)
    return surface[: found.start()] if word in _RUN_ON_WORDS or word in ROLE_WORDS else surface


# The Associated Press's abbreviations of US states, as the wire writes them after a
# town ("BOSTON, Mass., June 19"): the state only with the full stop, since "Mass",
# "Miss", "Ill", "La" or "GA" alone are words, a title or another body's letters
# ("Calif.", "Fla.", "Conn." … are the gazetteer's aliases already; "Wash." is left:
# the gazetteer's "Washington" is the capital)
_AP_STATES = {
    "Ala.": "Alabama", "Ark.": "Arkansas", "Del.": "Delaware", "Ga.": "Georgia",
    "Ill.": "Illinois", "Ind.": "Indiana", "Kan.": "Kansas", "Ky.": "Kentucky",
    "La.": "Louisiana", "Md.": "Maryland", "Mass.": "Massachusetts", "Mich.": "Michigan",
    "Minn.": "Minnesota", "Miss.": "Mississippi", "Mo.": "Missouri", "Mont.": "Montana",
    "Neb.": "Nebraska", "Nev.": "Nevada", "N.H.": "New Hampshire", "N.M.": "New Mexico",
    "N.C.": "North Carolina", "N.D.": "North Dakota", "Okla.": "Oklahoma", "Ore.": "Oregon",
    "Pa.": "Pennsylvania", "R.I.": "Rhode Island", "S.C.": "South Carolina",
    "S.D.": "South Dakota", "Tenn.": "Tennessee", "Tex.": "Texas", "Vt.": "Vermont",
    "W.Va.": "West Virginia", "Wis.": "Wisconsin", "Wyo.": "Wyoming",
}  # fmt: skip
_AP_STATE_OF = {k.lower(): v for k, v in _AP_STATES.items()}
_GOES_ON = re.compile(r",|\s+[a-z]")  # "Mass., June 19", "in Mass. and Conn."


def abbreviated_state(text: str, start: int, end: int) -> str | None:
    """The US state a name at ``start:end`` abbreviates as the wire does ("BOSTON, Mass.,
    June 19", "MIDLAND, MICH., Oct 20"), or None. Its full stop is in the span, or right
    after it with the sentence going on (not "… in LA. The"); in capitals only before a
    comma ("MICH.,", not a doctor's "MD.")."""
    surface = text[start:end]
    if surface.endswith("."):
        dotted, own = surface, True
    elif text[end : end + 1] == ".":
        dotted, own = surface + ".", False
    else:
        return None
    rest = text[start + len(dotted) : start + len(dotted) + 3]
    state = _AP_STATES.get(dotted)
    if state is not None and (own or _GOES_ON.match(rest)):
        return state
    if dotted.isupper() and rest.startswith(","):
        return _AP_STATE_OF.get(dotted.lower())
    return None


@functools.lru_cache(maxsize=65536)
def key_of(surface: str) -> tuple[str, tuple[str, ...]]:
    """Return the canonical key of a name as written and its words (made once per name)."""
    key = canonical_key(cached_norm_key(without_run_on(surface)))
    tokens = key.split()
    if len(tokens) >= 2 and tokens[0] in _PLACE_ABBREVIATIONS:  # "Mt Cook" is "Mount Cook"
        key = canonical_key(" ".join([_PLACE_ABBREVIATIONS[tokens[0]], *tokens[1:]]))
        tokens = key.split()
    if len(tokens) >= 2 and tokens[-1] in TRAILING_PREPOSITIONS and surface.split()[-1].islower():
        # the model ran a name into the next word: "Thompson in Berne", "Park on"
        key = canonical_key(" ".join(tokens[:-1]))
        tokens = key.split()
    if (
        len(tokens) >= 2
        and tokens[-1] in TRAILING_RANKS
        and surface.split()[-1][:1].isupper()
        and not names_a_role(key, tuple(tokens))  # "Sheriff's Capt" is a role all through
    ):
        # the rank of the person named next, run into a body's name: "X Police Sgt" (and
        # the "and" before it: "Oregon State Police and Capt. Tom Tennant")
        cut = tokens[:-2] if len(tokens) > 2 and tokens[-2] == "and" else tokens[:-1]
        key = canonical_key(" ".join(cut))
        tokens = key.split()
    if len(tokens) >= 2 and tokens[-1] in LEGAL_SUFFIXES:
        tokens = tokens[:-1]
        if len(tokens) >= 2 and tokens[-1] in ("&", "and"):  # "Johnson & Co."
            tokens = tokens[:-1]
        key = canonical_key(" ".join(tokens))
        tokens = key.split()
    return key, tuple(tokens)


def looks_like_person(surface: str, tokens: tuple[str, ...]) -> bool:
    """Return True for a capitalised run the model missed that reads as a person's name
    ("Jonathon Wood", and "Jean-Michel Lemetayer" in its hyphen's parts)."""
    words = surface.replace("-", " ").split()
    return (
        2 <= len(tokens) <= 3
        and len(words) == len(tokens)
        and tokens[0] in ANY_GIVEN_NAMES
        and all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in words)
        and not any(t in COMMON_WORDS or t in ORG_HEADS or t in PLACE_HEADS for t in tokens)
    )


_ROLE_PHRASES = PERSON_TITLES | ROLE_WORDS | RANK_ABBREVIATIONS | ROLE_INITIALS
_COUNTRY_NAMES = frozenset(ALIASES[k] for k in ALIASES if norm_key(ALIASES[k]) in COUNTRIES)
_LONGEST_ROLE = max(len(k.split()) for k in _ROLE_PHRASES)


@functools.lru_cache(maxsize=65536)
def names_a_role(key: str, tokens: tuple[str, ...]) -> bool:
    """Whether a name's words are only roles, titles or ranks and words that qualify them
    ("Sgt" cut from "Sgt. X", "Sheriff" of "Sheriff's deputies", "National Coach",
    "Founder and CEO"): it names no one, and a page of it would gather many people.

    A body every country has ("General Staff") is a name; a known body or place was
    already kept by the caller.
    """
    if key in GENERIC_ORGS:
        return False
    i, roles = _country_words(tokens), 0  # "U.S. Surgeon General", "British Ambassador"
    while i < len(tokens):
        for n in range(min(_LONGEST_ROLE, len(tokens) - i), 0, -1):
            if " ".join(tokens[i : i + n]) in _ROLE_PHRASES:  # "secretary of state"
                i += n
                roles += 1
                break
        else:
            if not _qualifies_a_role(tokens, i):
                return False
            i += 1
    return roles > 0


def _country_words(tokens: tuple[str, ...]) -> int:
    """Return how many of a name's first words name a country or its people (0 if none);
    a town's name before a role stays ("Los Angeles Sheriff" of "... Sheriff's office")."""
    for n in range(min(3, len(tokens) - 1), 0, -1):
        words = " ".join(tokens[:n])
        if words in COUNTRIES or words in DEMONYMS or ALIASES.get(words, "") in _COUNTRY_NAMES:
            return n
    return 0


def _qualifies_a_role(tokens: tuple[str, ...], i: int) -> bool:
    """Whether the word at ``i`` only qualifies the role of a name made of roles."""
    word = tokens[i]
    if word in ROLE_QUALIFIERS:
        return True
    if word in ("and", "of"):  # "Founder and CEO", not at either end
        return 0 < i < len(tokens) - 1
    if word == "s":  # the possessive's "s" cut from the name before: "'s Sgt"
        return i == 0
    # a role's possessive, its key without the apostrophe: "Sheriff's Capt"
    return i < len(tokens) - 1 and word.endswith("s") and word[:-1] in _ROLE_PHRASES


# What a name alone says about junk, before or instead of reading its paragraph (plain
# ints: an enum's attribute lookup, made for every mention, was measurably slower)
_JUNK_EARLY = 0  # junk even before the paragraph is read
_JUNK = 1  # junk, unless the whole paragraph is boilerplate (junk anyway)
_NAME = 2
_SOFT_JUNK = 3  # a common word that may still be a surname
_ASK_COMPASS = 4  # "West": a place only as "the West"
_ASK_SENTENCE_START = 5  # one word: junk if only capitalised because it starts a sentence


# an article or particle hyphened onto a capitalised name: "al-Ikhbariya", "el-Sisi"
_PARTICLE_HYPHENED = re.compile(r"([a-z]+)-[A-Z]")
# times of day are written as dotted abbreviations too, and name nothing
_TIMES_OF_DAY = frozenset(["am", "pm"])


def _opens_with_particle(surface: str) -> bool:
    """Whether a name in lower case opens with a particle ("de Gaulle", "al-Qaeda")."""
    first = surface.split()[0].lower()
    if first in PARTICLES:
        return True
    hyphened = _PARTICLE_HYPHENED.match(surface)
    return hyphened is not None and hyphened.group(1) in PARTICLES


def _has_dotted_abbreviation(surface: str) -> bool:
    """Whether a name has a word written as a dotted abbreviation ("L.A.", "D.C."): such
    a word is a name's, even where its letters spell a common word."""
    return any(
        _DOTTED.fullmatch(w) and w.replace(".", "").lower() not in _TIMES_OF_DAY
        for w in surface.split()
    )


_TIME_ZONES = frozenset(
    ["gmt", "utc", "bst", "cet", "cest", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt"]
)


def _sentence_initial(text: str, start: int) -> bool:
    """Whether the word at ``start`` opens its sentence, or stands in a line set all in
    capitals ("3RD QTR NET", "EXERCISE PRICE SET ON NOKIA BOND"): in either, its capital
    says nothing about a name."""
    before = text[:start].rstrip(" \"'“‘«([—–-")
    return not before or before[-1] in ".!?:;\n" or _in_capitals(text)


@functools.lru_cache(maxsize=256)
def _in_capitals(line: str) -> bool:
    """Whether a line of three words or more has no lower-case letter (a wire's headline)."""
    return len(line.split()) >= 3 and not any(c.islower() for c in line)


def set_in_capitals(paragraph: str, start: int) -> bool:
    """Whether a name at ``start`` is in capitals because of where it stands, not how it is
    spelt: in a line all in capitals, or as a dateline's town ("LONDON, June 19 - …")."""
    return _in_capitals(paragraph) or (start == 0 and _DATELINE_TOWN.match(paragraph) is not None)


_DATELINE_TOWN = re.compile(r"[A-Z][A-Z .'’-]*,")


@functools.lru_cache(maxsize=256)
def _is_boilerplate(paragraph: str) -> bool:
    """Whether a whole paragraph is boilerplate (asked once per paragraph, not per name)."""
    return norm_key(paragraph.strip()) in BOILERPLATE


def junk_verdict(
    text: str,
    surface: str,
    key: str,
    tokens: tuple[str, ...],
    label: str,
    org_votes: bool,
    start: int,
    lower_words: set[str] | None,
) -> tuple[bool | None, bool]:
    """Return whether a mention is junk (not a name), and whether it is soft junk.

    Soft junk stays junk unless a full name in the same article ends with it. With
    ``lower_words`` None (the per-article pass, before the archive is known), a
    sentence-initial single word that is only junk if the archive also uses it in lower
    case gives None: the archive-wide pass decides.
    """
    verdict = _verdict_by_name(surface, key, tokens, label, org_votes)
    if verdict == _JUNK_EARLY:
        return True, False
    if _cut_company_of_a_place(text, surface, key, start):
        return True, False
    if _is_boilerplate(text):
        return True, False
    if verdict == _ASK_COMPASS:  # "the West" is a place
        return not text.endswith(("the ", "The "), 0, start), False
    if verdict == _SOFT_JUNK:
        return True, True
    if verdict == _ASK_SENTENCE_START:
        if _sentence_initial(text, start):
            if lower_words is None:
                return None, False
            if key in lower_words:
                return True, True
        return False, False
    return verdict == _JUNK, False


# what stands before the tail of a company's name the model cut: "General Motors of
# |Canada Ltd|", "First |Boston Inc|", "BP |America Inc|"
_CUT_BEFORE = re.compile(r"(?:\b(?:of|du|de|des|di|del|della)|[A-Z][\w&'’.-]*)\s+$")


def _cut_company_of_a_place(text: str, surface: str, key: str, start: int) -> bool:
    """Whether a place's name with a legal form is the tail of a company's name the model
    cut ("General Motors of Canada Ltd" read as "General Motors" and "Canada Ltd"): no
    name of the place, whose key it would take once its legal form is dropped."""
    words = surface.split()
    return (
        len(words) >= 2
        and cached_norm_key(words[-1]) in LEGAL_SUFFIXES
        and key in PLACES
        and _CUT_BEFORE.search(text, max(0, start - 40), start) is not None
    )


@functools.lru_cache(maxsize=65536)
def _verdict_by_name(
    surface: str, key: str, tokens: tuple[str, ...], label: str, org_votes: bool
) -> int:
    """Return what the name alone says for :func:`junk_verdict` (made once per name).

    The order of the checks matters: a boilerplate paragraph makes every later verdict junk.
    """
    known = key in PLACES or key in ORGANIZATIONS or cached_norm_key(surface) in ALIASES
    if not key or not any(c.isalpha() for c in surface) or len(key) < 2:
        return _JUNK_EARLY
    if key in BOILERPLATE:
        return _JUNK_EARLY
    if surface[0].islower() and not _opens_with_particle(surface):
        return _JUNK  # "pro-Kremlin", lowercase fragments
    if _PREFIXED.match(surface):
        return _JUNK
    if all(t in MONTHS_DAYS for t in tokens) or key in _TIME_ZONES:
        return _JUNK  # "at 1000 GMT": a clock's, no body's
    if all(cached_norm_key(w) in LEGAL_SUFFIXES for w in surface.split()):
        return _JUNK  # "Co Inc" cut from "Merrill Lynch and Co Inc": a legal form alone
    if surface.endswith("-") and " " in surface:
        return _JUNK  # "Berliner Handels-" of "Berliner Handels- und Frankfurter Bank"
    if len(tokens) > 10 or sum(map(str.isdigit, surface)) > len(surface) // 2:
        return _JUNK
    if _ACRONYM_PLURAL.match(surface):
        return _JUNK  # "BTGs", "NGOs": plural common nouns
    if known:
        return _NAME
    if key in DEMONYMS or (
        len(tokens) == 1
        and label in ("GPE", "NORP", "LOC", CANDIDATE)
        and key.endswith(("ian", "ean", "ese", "ians", "eans"))
    ):
        return _JUNK
    if len(tokens) == 1:
        if key in ("west", "east", "north", "south") and label in ("LOC", "GPE"):
            return _ASK_COMPASS
        # a common word ("Tensions also threatened...") is junk unless it turns out to be
        # the surname of a person named in full in the same article ("Ned Price ... Price")
        if key in COMMON_WORDS or key in SENTENCE_OPENERS:
            return _SOFT_JUNK
        # a role or rank alone ("Sheriff", "Sgt", "QB") is as soft: "Judge" may still be
        # the surname of a person named in full nearby
        if names_a_role(key, tokens) and key not in ROLE_WORDS_ALSO_NAMES:
            return _SOFT_JUNK
        return _ASK_SENTENCE_START
    elif names_a_role(key, tokens):
        return _JUNK  # "National Coach", "Deputy Prime Minister": a role, whatever the model
    elif (
        all(t in COMMON_WORDS or t in FUNCTION_WORDS for t in tokens)
        and not org_votes
        and not _has_dotted_abbreviation(surface)  # "East L.A.": "la" is no French article
    ):
        return _JUNK  # "Foreign Minister", "Armed Forces" without any org evidence
    return _NAME
