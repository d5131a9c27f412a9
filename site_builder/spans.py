"""Clean the name spans the model proposes, over a Doc read as columns (:mod:`.tokens`).

Cleaning strips leading determiners and trailing possessives, cuts "CNA (Center for
Naval Analyses" at the parenthesis and at a result ("Newcastle 2-1 Bolton",
:mod:`.results`), and a sentence's opening "Injured" or "Said" or a date ("the Commons
on Monday") from a name, and joins names the model split ("Ursula
von der" + "Leyen", "Laah" + "Chong-gyu"); capitalised word runs the model did not tag
become candidates (:mod:`.missed_names`).
"""

from __future__ import annotations

import re

from .gazetteer import (
    ALIASES,
    COMPANY_HEADS,
    DEMONYM_SUFFIXES,
    DEMONYMS,
    LEGAL_SUFFIXES,
    MONTHS_DAYS,
    ORG_HEADS,
    ORGANIZATIONS,
    PERSON_TITLES,
    PLACES,
    ROLE_WORDS,
    SENTENCE_OPENERS,
    norm_key,
)
from .person_names import ANY_GIVEN_NAMES, PARTICLES
from .results import before_result, result_end
from .tokens import Tokens

NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "PRODUCT"})
DATE_LABELS = frozenset({"DATE", "TIME"})
CANDIDATE = "CAND"
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those"})
_POSSESSIVES = frozenset({"'s", "’s", "'", "’", "s"})
LEAD_PUNCT = "\"'“”‘’«»([{-–—*•·,;:"
_OPENER_LINKS = frozenset(["of", "in", "at", "from", "for", "with", "the", ",", "."])
_JOINED_INSIDE = frozenset(["of", "for", "de", "du", "des", "und", "et"])
# words that end a body's or a company's name ("Council", "Corp")
_BODY_HEADS = ORG_HEADS | COMPANY_HEADS
_TRAIL_PUNCT = "\"'“”‘’«»)]}-–—*•·,;:.!?…"
# a preposition no name ends with, left out of the key when written in lower case
TRAILING_PREPOSITIONS = frozenset(["in", "on", "at", "of", "for", "to", "by", "with", "from"])


def is_cap(text: str) -> bool:
    """Whether a word opens with a capital and holds a letter."""
    return bool(text) and text[0].isupper() and any(c.isalpha() for c in text)


def _trim(tk: Tokens, s: int, e: int) -> tuple[int, int] | None:
    """Return token bounds of ``s``..``e`` without determiners, punctuation, possessives."""
    text, lower, is_space = tk.text, tk.lower, tk.is_space
    while s < e and (lower[s] in _DETERMINERS or is_space[s] or text[s] in LEAD_PUNCT):
        s += 1
    while e > s and (
        lower[e - 1] in _POSSESSIVES or is_space[e - 1] or text[e - 1] in _TRAIL_PUNCT
    ):
        # keep the dot of abbreviations such as "U.S." or "Va." (the tokenizer keeps them)
        e -= 1
    if s >= e:
        return None
    return s, e


def _without_lower_lead(tk: Tokens, s: int, e: int) -> tuple[int, int]:
    """Return the bounds of a span without the lower-case words the model ran into its
    start ("magician David Gish", "a united Germany"): a name's own words are capitalised,
    but for particles ("de Gaulle")."""
    i = s
    while i < e - 1 and tk.is_lower[i] and tk.is_alpha[i] and tk.lower[i] not in PARTICLES:
        i += 1
    return (i, e) if i > s and is_cap(tk.text[i]) else (s, e)


def _known(key: str) -> bool:
    return key in PLACES or key in ORGANIZATIONS or key in ALIASES


def _two_names(tk: Tokens, s: int, i: int, e: int) -> bool:
    """Return True when ``s..e`` is two names joined by the "and" at ``i``.

    Not a known name ("Bosnia and Herzegovina"), nor one whose "and" joins the words
    after an "of" or "for" ("Center for Strategic Communications and Information
    Security"), nor one whose parts are not names alone ("National Air and Space
    Museum"): each part must be a known name or end as an organisation's name does.
    """
    if _known(norm_key(tk.span_text(s, e))) or not is_cap(tk.text[i + 1]):
        return False
    if any(tk.lower[j] in _JOINED_INSIDE for j in range(s, e)):
        return False

    def name_alone(a: int, b: int) -> bool:
        key = norm_key(tk.span_text(a, b))
        last = key.rsplit(" ", 1)[-1]
        return _known(key) or (key != last and (last in ORG_HEADS or last in COMPANY_HEADS))

    return name_alone(s, i) and name_alone(i + 1, e)


def _split_internal(tk: Tokens, s: int, e: int, label: str) -> list[tuple[int, int, str]]:
    """Cut at "(" ("CNA (Center for..."), at a spaced dash ("Florian Hamm - Borussia
    Dortmund", "Arsene Wenger - he"), at a result or a fixture's "v" ("Newcastle 2-1
    Bolton", "Roddick 6-2 7-6", "Arsenal v West Ham") and after a known place's
    possessive."""
    text = tk.text
    for i in range(s, e):
        score = result_end(tk, i, e)
        if score > i:
            left = _split_internal(tk, s, i, label) if i > s else []
            right = _split_internal(tk, score, e, label) if score < e else []
            return left + right
        word = text[i]
        if (
            tk.lower[i] in ("v", "vs", "vs.", "versus") and s < i < e - 1 and is_cap(text[i + 1])
        ) or (
            word in ("(", ")", "[", "]", ";", "—")
            or (word in ("-", "–", "--") and i > s and tk.space[i - 1] and tk.space[i])
            or '"' in word  # quotes and angle brackets are never part of a name
            or "<" in word
            or ">" in word
            or tk.is_space[i]
            or (
                label == "PERSON"
                and s < i < e - 1
                and tk.is_lower[i]
                and tk.is_alpha[i]
                and tk.lower[i] not in PARTICLES
            )
        ):
            left = _split_internal(tk, s, i, label) if i > s else []
            right = _split_internal(tk, i + 1, e, label) if i + 1 < e else []
            return left + right
    for i in range(s + 1, e - 1):
        if tk.lower[i] in ("and", "&") and _two_names(tk, s, i, e):
            return [(s, i, label), (i + 1, e, label)]
    for i in range(s + 1, e - 2):
        if text[i] in ("’s", "'s") and is_cap(text[i + 1]):
            prefix = tk.span_text(s, i)
            key = norm_key(prefix)
            if key in PLACES or key in ORGANIZATIONS or key in ALIASES:
                return [(s, i, "GPE" if key in PLACES else "ORG"), (i + 1, e, label)]
    for i in range(s + 1, e - 1):
        if (
            tk.lower[i].rstrip(".") in _PLAIN_TITLES
            and text[i][0].isupper()
            and is_cap(text[i + 1])
        ):
            # "the Foreign Policy Centre Mr Straw said": a title opens a person's name;
            # before it in a person's span, no name ("Describing Mr Jackson as …")
            left = _split_internal(tk, s, i, label) if label != "PERSON" else []
            return [*left, (i + 1, e, "PERSON")]
    person = person_after_body(tk, s, e)
    if person is not None:
        return [(s, person, "ORG"), (person, e, "PERSON")]
    of = _person_of_body(tk, s, e)
    if of is not None:
        return [(s, of, "PERSON"), (of + 1, e, "ORG")]
    return [(s, e, label)]


# initials written with stops ("J.C.", "L.F.")
INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")


def _person_of_body(tk: Tokens, s: int, e: int) -> int | None:
    """Where the "of" is in a person's name run into the company they come from ("J.C.
    Walter of Walter Oil and Gas Corp"): a given name or initials and a surname before
    it, a company's or a body's name after it. None for one name ("Bank of America")."""
    text = tk.text
    for i in range(s + 2, min(s + 4, e - 1)):
        if tk.lower[i] != "of" or not tk.is_lower[i]:
            continue
        first, last = text[s], norm_key(text[i - 1])
        after = norm_key(tk.span_text(i + 1, e))
        if (
            (INITIALS.fullmatch(first) or tk.lower[s] in ANY_GIVEN_NAMES)
            and all(is_cap(w) for w in text[s:i])
            and text[i - 1].isalpha()
            and last not in _BODY_HEADS
            and not _known(norm_key(tk.span_text(s, i)))
            and (_known(after) or after.rsplit(" ", 1)[-1] in _BODY_HEADS)
        ):
            return i
    return None


# titles that open a person's name inside a run the model read as one name (not "Miss"
# or "Dr", words of bodies' and works' names: "Little Miss Sunshine", "Keurig Dr Pepper")
_PLAIN_TITLES = frozenset(["mr", "mrs", "ms"])


def person_after_body(tk: Tokens, s: int, e: int) -> int | None:
    """Where the person starts in a body's name run into the one who speaks for it:
    "For the Lib Dems David Laws said", "the union Unison Dave Prentis", "manager of Credit
    Suisse Paul Hofer" (a given name and a surname end the run); None when the run is one
    name."""
    if e - s < 3 or tk.lower[e - 2] not in ANY_GIVEN_NAMES or not is_cap(tk.text[e - 1]):
        return None
    last = tk.lower[e - 1]
    if last in ORG_HEADS or last in COMPANY_HEADS or _known(norm_key(tk.span_text(e - 2, e))):
        return None  # "Lib Dems Jack Union": a body's name ends the run, not a person's
    key = norm_key(tk.span_text(s, e - 2))
    # a body's name or short form, not a place's ("US Davis Cup"), or one word after a
    # word for a body ("the public services union Unison Dave Prentis")
    body = key in ORGANIZATIONS or norm_key(ALIASES.get(key, "")) in ORGANIZATIONS
    named = e - s == 3 and s > 0 and tk.lower[s - 1] in _BODY_NOUNS and tk.is_lower[s - 1]
    # or the body a role is held at, the person speaking: "branch manager of Credit Suisse
    # Paul Hofer told" (not a body's whole name: "head of JP Morgan Chase said")
    held = (
        e - s >= 4
        and s >= 2
        and tk.lower[s - 1] in ("of", "at")
        and norm_key(tk.text[s - 2]) in ROLE_WORDS
        and e < len(tk.text)
        and tk.lower[e] in _SPEAKS
        and not _known(norm_key(tk.span_text(s, e)))
    )
    return e - 2 if body or named or held else None


_SPEAKS = frozenset(["said", "says", "told", "tells", "added", "adds"])


# words for a body right before its one-word name
_BODY_NOUNS = frozenset(
    ["union", "party", "group", "firm", "company", "charity", "club", "bank", "band"]
)


# words that open a date the model runs into a name: "the Commons on Monday"
_DATE_LEADS = frozenset(["on", "last", "this", "next", "since", "until"])


def _before_date(tk: Tokens, s: int, e: int) -> int:
    """Return the end of a span before a date the model ran into it ("Commons on
    Monday"): a name holds no lower-case "on" before a weekday or a month."""
    for i in range(s + 1, e - 1):
        if tk.lower[i] in _DATE_LEADS and tk.is_lower[i] and tk.lower[i + 1] in MONTHS_DAYS:
            return i
    return e


def _without_openers(tk: Tokens, s: int, e: int) -> tuple[int, int]:
    """Return the bounds of a span without a sentence-opening word the model took in:
    "Critics of X" -> X, "X Inc. Speaking" -> "X Inc." (the word after a full stop)."""
    lower, text = tk.lower, tk.text
    for i in range(s + 1, e):
        if lower[i] in SENTENCE_OPENERS and text[i - 1].endswith((".", "…")):
            e = i
            break
    while e - s > 1 and text[e - 1] in _TRAIL_PUNCT:  # the stop left before the cut
        e -= 1
    if e - s > 1 and lower[s] in SENTENCE_OPENERS:
        s += 1
        while s < e - 1 and lower[s] in _OPENER_LINKS:
            s += 1
    return s, e


# words of standing a report sets before a name ("Injured Chelsea winger Arjen Robben",
# "Fellow Bath forward ...", "Veteran Martinez"): where one opens a sentence, its capital
# leads the model to run it into the name
_STANDING_WORDS = (
    "fellow injured veteran former ex rival troubled struggling beleaguered embattled "
    "ailing defending reigning disgraced jailed outgoing incoming retiring departing "
    "stricken resurgent relegated promoted unbeaten"
)
_STANDING = frozenset(_STANDING_WORDS.split())
# these open names as well ("New Labour", "Shadow Cabinet"): dropped only before a role
# ("New Southampton manager Harry Redknapp", "Shadow Home Secretary David Davis")
_STANDING_BEFORE_ROLE = frozenset(["new", "shadow"])
# a speech verb that opens an inverted cue ("Said Wales assistant coach Scott Johnson:"),
# dropped where a known name or a role follows (not "Said Musa", a given name)
_OPENING_VERBS = frozenset(["said", "says", "added", "adds"])


def opens_sentence(tk: Tokens, i: int, starts: set[int]) -> bool:
    """Whether token ``i`` is a sentence's first word: after any quotes or brackets, at a
    sentence bound (``starts``, with 0) or a paragraph's start (the line break before it
    is a token)."""
    while i > 0 and i not in starts and (tk.text[i - 1] in LEAD_PUNCT or tk.is_space[i - 1]):
        if tk.is_space[i - 1] and "\n" in tk.text[i - 1]:
            return True
        i -= 1
    return i in starts


def without_standing(tk: Tokens, s: int, e: int, starts: set[int]) -> tuple[int, int]:
    """Return the bounds of a span without a word of standing or a speech verb that
    opens its sentence (:data:`_STANDING`, :data:`_OPENING_VERBS`); empty when the rest is
    a role's first words ("New Home" of "New Home Secretary")."""
    lower = tk.lower
    first = lower[s]
    if e - s < 2 or not (
        first in _STANDING or first in _STANDING_BEFORE_ROLE or first in _OPENING_VERBS
    ):
        return s, e
    if not opens_sentence(tk, s, starts) or _known(norm_key(tk.span_text(s, e))):
        return s, e
    following = lower[e] if e < len(lower) else ""
    if norm_key(" ".join([*lower[s + 1 : e], following])) in ROLE_WORDS:
        return s, s  # "New Home" + "Secretary": no name at all
    role_after = norm_key(following) in ROLE_WORDS
    if (
        first in _STANDING
        or (first in _OPENING_VERBS and (role_after or _known(norm_key(tk.span_text(s + 1, e)))))
        or (
            first in _STANDING_BEFORE_ROLE
            and role_after
            and not _known(norm_key(f"{first} {lower[s + 1]}"))  # not "New York coach"
        )
    ):
        s += 1
        while s < e - 1 and tk.text[s] in "-–":  # "Ex-Mafia boss"
            s += 1
    return s, e


# letters written after a person's name ("Guy Mansfield QC", "Paul Boateng MP"): an
# honour or an office, never a part of the name
POST_NOMINALS = frozenset(
    ["qc", "kc", "mp", "msp", "mep", "obe", "cbe", "mbe", "kbe", "dbe", "gbe", "frs"]
)
# a generation after a surname ("Hank Williams Jr"), never a name of its own
_GENERATION_WORDS = frozenset(["jr", "jnr", "sr", "snr"])
# a dotted word at a name's end that is no sentence's full stop ("Hank Williams Jr.")
_DOTTED_ENDS = frozenset(["jr.", "sr.", "st.", "inc.", "co.", "corp.", "ltd.", "bros."])


# a share's code on an exchange, as news wires print it after a company's name ("BAC.N",
# "HIT.T", "HKEH.HK"; not "U.S" or "L.P": two letters at least before the dot)
TICKER = re.compile(r"[A-Z]{2,6}\.[A-Z]{1,2}")


def _code_after_legal_form(tk: Tokens, e: int) -> bool:
    """Whether a name's last word is a share's code without its exchange, in capitals
    after the company's legal form ("Boeing Co BA", "Textron Inc TXT"): no legal form of
    its own ("Group PLC") and on the same line."""
    word = tk.text[e - 1].removesuffix(".")  # "Ford Motor Co F." ends its sentence
    before = tk.lower[e - 2].rstrip(".") if e >= 2 else ""
    return (
        before in LEGAL_SUFFIXES
        and 1 <= len(word) <= 5
        and word.isalpha()
        and word.isupper()
        and word.lower() not in LEGAL_SUFFIXES
        and tk.space[e - 2] == 1
    )


def _without_post_nominals(tk: Tokens, s: int, e: int) -> int:
    """Return the end of a name before the honours or office written after it, when two
    words of the name are left."""
    while e - s > 2 and tk.lower[e - 1] in POST_NOMINALS and tk.text[e - 1].isupper():
        e -= 1
    return e


def _looks_personal(tk: Tokens, s: int, e: int) -> bool:
    """Whether two or three capitalised words may be a person's name: no known place's
    or body's, none ending as a body's does ("Mid-Bedfordshire" is a seat, not a name)."""
    words = tk.text[s:e]
    if not 2 <= len(words) <= 3 or not all(w.isalpha() and is_cap(w) for w in words):
        return False
    last = norm_key(words[-1])
    return not _known(norm_key(" ".join(words))) and last not in _BODY_HEADS


def _with_hyphened_part(tk: Tokens, s: int, e: int) -> int:
    """The end of a person's name the model cut at its surname's hyphen ("Nadia Magnenat"
    of "Nadia Magnenat-Thalman"): the capitalised word the hyphen joins, with no space
    on either side, belongs to it. A full name only: "Blair" of "the Blair-Brown rift"
    is one of two people."""
    text = tk.text
    if (
        e - s >= 2
        and e + 1 < len(text)
        and text[e] == "-"
        and not tk.space[e - 1]
        and not tk.space[e]
        and is_cap(text[e + 1])
        and text[e + 1].isalpha()
    ):
        return e + 2
    return e


# what follows a hyphen in an English compound, never a given name's syllable ("New
# York-based", "Pop Idol-style")
_COMPOUND_END_WORDS = (
    "based born style type like led run owned made bound wide era ish ist ism ite free "
    "rich only long old year day week time up out in on off over down back top fed bred "
    "own less size sized scale class level rated hit held new one two half"
)
_COMPOUND_ENDS = frozenset(_COMPOUND_END_WORDS.split())


def _syllable(word: str) -> bool:
    """A short word in title case ("Laah", "Ji"; not "NASA", "T")."""
    return 2 <= len(word) <= 5 and word.isalpha() and word[0].isupper() and word[1:].islower()


def with_hyphened_given_name(tk: Tokens, s: int, e: int) -> int:
    """The end of an East Asian name the model cut at its given name's hyphen ("Laah" or
    "Laah Chong" of "Laah Chong-gyu", "Yoo Ji" of "Yoo Ji-chang"): a short surname, a short
    capitalised syllable and a short lower-case one joined by a hyphen, with no space."""
    text, n = tk.text, len(tk.text)
    if e - s == 1 and e < n and tk.space[e - 1] and _syllable(text[e]):
        e += 1  # the given name's first syllable, which the model left out
    if not (
        e - s == 2
        and e + 1 < n
        and text[e] == "-"
        and not tk.space[e - 1]
        and not tk.space[e]
        and all(_syllable(text[i]) for i in (s, s + 1))
        and 2 <= len(text[e + 1]) <= 5
        and tk.is_lower[e + 1]
        and tk.is_alpha[e + 1]
        and not tk.is_stop[e + 1]  # "Bruce Smith-the ...": a dash written as a hyphen
        and tk.lower[e + 1] not in _COMPOUND_ENDS
        and (e + 2 >= n or text[e + 2] != "-")
    ):
        return -1
    return e + 2


def ends_with_stop(word: str) -> bool:
    """Whether a name's last word holds the sentence's full stop ("Norbert Ore."): the
    tokenizer keeps the dot of abbreviations, initials and "U.S.", and of a name's last
    word at a paragraph's end alike; a word of two or more letters with a lower-case one
    is no abbreviation."""
    if not word.endswith(".") or word.lower() in _DOTTED_ENDS:
        return False
    stem = word[:-1]
    return len(stem) > 2 and stem.isalpha() and not stem.isupper() and "." not in stem


def _drop_role(tk: Tokens, s: int, e: int) -> int:
    """Return the first token of a person's name after the roles before it
    ("Comedian Ellen DeGeneres", "Deputy Ortiz"), and after a team or body the model ran
    into it with the role ("Colts QB Andrew Luck"); the role still votes from the
    context."""
    for i in range(e - 2, s, -1):  # the last role word inside the span
        if norm_key(tk.lower[i]) in ROLE_WORDS and is_cap(tk.text[i + 1]):
            s = i + 1
            break
    while s < e - 1:
        for n in (3, 2, 1):
            if s + n < e and is_cap(tk.text[s + n]):
                words = " ".join(tk.lower[s : s + n])
                if norm_key(words) in ROLE_WORDS:
                    s += n
                    break
        else:
            return s
    return s


def clean_spans(tk: Tokens, ents: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Return cleaned, non-overlapping token spans ``(start, end, label)`` of names.

    ``ents`` are the Doc's entities as ``(start token, end token, label)``.
    """
    text, lower = tk.text, tk.lower
    starts = {0, *tk.sent_starts}
    spans: list[tuple[int, int, str]] = []
    for ent_start, ent_end, ent_label in ents:
        if ent_label not in NAME_LABELS:
            continue
        bounds = _trim(tk, ent_start, ent_end)
        if bounds is None:
            continue
        for s, e, label in _split_internal(tk, *bounds, ent_label):
            # trim again after a split (a dangling "the" or quote)
            while s < e and (lower[s] in _DETERMINERS or text[s] in LEAD_PUNCT):
                s += 1
            while e > s and (
                lower[e - 1] in _POSSESSIVES
                or text[e - 1] in _TRAIL_PUNCT
                or lower[e - 1] in ("and", "&", "or")  # "Frontier Labs and"
                or (lower[e - 1] in TRAILING_PREPOSITIONS and tk.is_lower[e - 1])
            ):  # "Marshall Goldman of" of "… Goldman of Harvard University"
                e -= 1
            e = _before_date(tk, s, e)
            s, e = _without_openers(tk, s, e)
            s, e = _without_lower_lead(tk, s, e)
            s, e = without_standing(tk, s, e, starts)
            if s < e and not any(c.isupper() for c in tk.span_text(s, e)):
                continue  # "nonpartisan pan-democrat": a name has a capital ("iPhone")
            if e - s == 1 and lower[s].rstrip(".") in _GENERATION_WORDS:
                continue  # "Jr", cut from "Bruce L Castor Jr": no one's name alone
            if label == "PERSON":
                s = _drop_role(tk, s, e)
                e = _with_hyphened_part(tk, s, e)
            if (end := with_hyphened_given_name(tk, s, e)) > 0:
                e, label = end, "PERSON"  # "Laah Chong-gyu", the model's "Laah" a place
            cut = _without_post_nominals(tk, s, e)
            if cut < e and (label == "PERSON" or _looks_personal(tk, s, cut)):
                # "Guy Mansfield QC" read as a body: the letters only a person holds
                e, label = cut, "PERSON"
            while e - s > 1 and (TICKER.fullmatch(text[e - 1]) or _code_after_legal_form(tk, e)):
                e -= 1  # "Hitachi Ltd HIT.T": the wire's code for its shares, no name's word
            e = before_result(tk, s, e)  # "Evansville 51-50"
            if s < e and any(c.isalpha() for c in tk.span_text(s, e)):
                spans.append((s, e, label))
    spans.sort()
    merged: list[tuple[int, int, str]] = []
    for s, e, label in spans:
        if merged:
            ps, pe, plabel = merged[-1]
            if s < pe:
                continue
            adjacent = s == pe and tk.space[pe - 1]
            if adjacent and (
                lower[pe - 1] in PARTICLES or (plabel == "PERSON" and label == "PERSON")
            ):
                merged[-1] = (ps, e, "PERSON" if "PERSON" in (plabel, label) else plabel)
                continue
            if s == pe + 1 and lower[pe] in ("and", "&") and _known(norm_key(tk.span_text(ps, e))):
                merged[-1] = (ps, e, plabel)  # "Bosnia" and "Herzegovina" read apart
                continue
        merged.append((s, e, label))
    return merged


def as_body(label: str, text: str) -> str:
    """The label of a span, with a body the model read as a group (NORP) read as one:
    the parties "the Tories", "the Conservatives", "the Lib Dems" are the bodies the
    gazetteer knows, not nationalities ("Democrats", also a demonym, stays a group)."""
    if label == "NORP":
        key = norm_key(text)
        if key in ORGANIZATIONS and key not in DEMONYMS:
            return "ORG"
    return label


def is_group_word(text: str) -> bool:
    """Whether a span the model labels a nationality or group (NORP) reads as one: a
    demonym ("Russian", "Israeli", "Jewish"), a plural ("Democrats", "Sunnis") or not a
    capitalised word. The small model also labels unknown surnames so ("Klitschko"):
    those are left to the capitalised words it missed."""
    key = norm_key(text)
    return (
        not text[:1].isupper()
        or key in DEMONYMS
        or key.endswith(DEMONYM_SUFFIXES)
        or key.endswith("s")
        or " " in key
    )


def is_given_name_before_name(tk: Tokens, start: int, end: int) -> bool:
    """Whether a one-word span the model labels a nationality or group is a given name
    that opens a name: "signing Adrian Mutu", whose "Adrian" reads like "Christian"."""
    key = tk.lower[start]
    return (
        end == start + 1
        and end < len(tk.text)
        and key in ANY_GIVEN_NAMES
        and key not in DEMONYMS
        and bool(tk.space[start])
        and is_cap(tk.text[end])
    )


# a peer's title: part of the name ("Lord Falconer", "Baroness Scotland"), which the small
# model leaves outside the name it tags; not "Earl", also a given name ("Earl Woods")
PEER_TITLES = frozenset(["lord", "lady", "baroness", "viscount", "viscountess", "countess"])


def join_peer_titles(tk: Tokens, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Take a peer's title into the one- or two-word name right after it, which becomes
    a person's ("Lord" + "Falconer"); a lone title's candidate ("Lord", "Tory Lord") gives
    the word up. Not before a role ("Lord Chancellor") nor after "First" ("First Lady")."""
    text, lower = tk.text, tk.lower
    result: list[tuple[int, int, str]] = []
    for s, e, label in spans:
        inside = [i for i in range(s + 1, e - 1) if lower[i] in PEER_TITLES]
        if label == "PERSON" and inside and e - inside[0] <= 3 and text[inside[0]][:1].isupper():
            s = inside[0] + 1  # "Tory Lord Dubs": the party is no part of the name
        t = s - 1
        if (
            t >= 0
            and lower[t] in PEER_TITLES
            and text[t][:1].isupper()
            and tk.space[t]
            and e - s <= 2
            and all(is_cap(w) and w.isalpha() for w in text[s:e])
            and not any(norm_key(w) in PERSON_TITLES for w in lower[s:e])
            and (t == 0 or lower[t - 1] != "first")
        ):
            if result and result[-1][1] > t:
                ps, pe, plabel = result.pop()
                if plabel != CANDIDATE or pe != s:
                    result.append((ps, pe, plabel))  # the title is another name's word
                    result.append((s, e, label))
                    continue
                if t > ps:
                    result.append((ps, t, plabel))  # "Tory" of "Tory Lord"
            result.append((t, e, "PERSON"))
            continue
        result.append((s, e, label))
    return result
