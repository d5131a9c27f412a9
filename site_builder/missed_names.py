"""Capitalised word runs the model did not tag: candidates for the names it missed
("said Jonathon Wood", "Boss Graeme Souness"), cut at abbreviated roles and at a word
capitalised only because it opens its sentence; and the names it cut at a word it tagged
apart, joined again ("the Scottish Executive", "James E. (Jim) Nugent"). The resolver
decides which are names.
"""

from __future__ import annotations

import re
from collections import Counter

from .gazetteer import DEMONYMS, ORG_HEADS, PERSON_TITLES, PLACES, ROLE_WORDS, norm_key
from .nationals import is_national_adjective
from .person_names import ANY_GIVEN_NAMES, GIVEN_NAMES, PARTICLES
from .spans import (
    CANDIDATE,
    is_cap,
    opens_sentence,
    person_after_body,
    with_hyphened_given_name,
    without_standing,
)
from .tokens import CACHE_LIMIT, Tokens


class _CapWords(dict[str, bool]):
    """Word -> ``is_cap(w) and w.replace("-", "").isalpha()`` (tokens are never empty),
    an ampersand between letters allowed: "B&B", "AT&T" are one token and a name; so is
    an apostrophe after a name's prefix: "O'Leary", "D'Alema"."""

    def __missing__(self, word: str) -> bool:
        letters = word.replace("-", "")
        value = self[word] = word[:1].isupper() and (
            letters.isalpha()
            or _AMPERSAND_WORD.fullmatch(letters) is not None
            or _APOSTROPHE_NAME.fullmatch(letters) is not None
        )
        return value


_AMPERSAND_WORD = re.compile(r"[A-Za-z]+(?:&[A-Za-z]+)+\.?")  # "M&S." closing a sentence
_APOSTROPHE_NAME = re.compile(r"[A-Z][a-z]?['’][A-Z][a-z]+")


_CAP_WORDS = _CapWords()  # a cache of a pure function of the word


def candidate_runs(tk: Tokens, covered: list[bool]) -> list[tuple[int, int]]:
    """Return runs of capitalised tokens the model did not tag (possible missed names)."""
    text, lower, space, is_stop = tk.text, tk.lower, tk.space, tk.is_stop
    if len(_CAP_WORDS) > CACHE_LIMIT:
        _CAP_WORDS.clear()
    cap_word = list(map(_CAP_WORDS.__getitem__, text))
    barrels = _double_barrels(tk)
    runs: list[tuple[int, int]] = []
    i, n = 0, len(text)
    while i < n:
        if covered[i] or not cap_word[i]:
            i += 1
            continue
        j = i + 1
        while j < n and not covered[j]:
            if not space[j - 1]:
                if _hyphen_joins(tk, j, cap_word, covered) and (
                    (lower[j - 1], lower[j + 1]) not in barrels
                ):
                    j += 2  # "Allis-Chalmers", "Hewlett-Packard": one name
                    continue
                break
            if cap_word[j] or (
                lower[j] in PARTICLES and j + 1 < n and is_cap(text[j + 1]) and not covered[j]
            ):
                j += 1
            elif (
                lower[j] == "of"
                and lower[j - 1] in _LEGAL_FORMS
                and j + 1 < n
                and cap_word[j + 1]
                and not covered[j + 1]
            ):
                j += 1  # "Public Service Co of New Mexico": the firm's name goes on
            else:
                break
        while j > i + 1 and lower[j - 1] in PARTICLES:
            j -= 1
        while i < j - 1 and is_stop[i]:  # "The State Duma" -> "State Duma"
            i += 1
        # a lone stop word or letter is no name; the word after a sentence's "The" is
        # ("The Colts took the ball", as "the Colts" is mid-sentence)
        if not (j == i + 1 and (is_stop[i] or len(text[i]) < 2)):
            for a, b in _split_at_role_abbreviations(tk, _after_role(tk, i, j), j):
                end = with_hyphened_given_name(tk, a, b)  # "Yoo Ji-chang"
                if (person := person_after_body(tk, a, b)) is not None:
                    runs.append((a, person))  # "Lib Dems David Laws": a body, a person
                    a = person
                runs.append((a, b) if end < 0 or any(covered[b:end]) else (a, end))
                j = max(j, runs[-1][1])
        i = j
    return runs


# a company's legal form, after which its name may go on with "of" and a place
_LEGAL_FORMS = frozenset(["co", "corp", "corporation", "inc", "company", "ltd"])


def _double_barrels(tk: Tokens) -> set[tuple[str, str]]:
    """The hyphened surnames that end the chunk's people's names ("Justine Henin-Hardenne"):
    alone, such a name is left in its parts, the last of which the resolver reads as
    the person's surname."""
    return {
        (tk.lower[k - 1], tk.lower[k + 1])
        for s, e, label in tk.ents
        if label == "PERSON"
        for k in range(s + 1, e - 1)
        if tk.text[k] == "-"
    }


def _hyphen_joins(tk: Tokens, j: int, cap_word: list[bool], covered: list[bool]) -> bool:
    """Whether token ``j`` is a hyphen written between two capitalised words with no
    space ("Allis-Chalmers"), which the tokenizer splits into three tokens; not before a
    nationality ("Franco-German")."""
    return (
        tk.text[j] == "-"
        and j + 1 < len(tk.text)
        and not tk.space[j]
        and cap_word[j + 1]
        and not covered[j + 1]
        and not is_national_adjective(tk.text[j + 1])
    )


def _after_role(tk: Tokens, s: int, e: int) -> int:
    """The start of a run without the role word or title that opens it before a given
    name and a surname: "Boss Graeme Souness", "Striker Thierry Henry", "Cardinal Cormac
    Murphy O'Connor" (the model missed them). A role's word may be a name's own ("Star
    Tribune"): only a given name after it tells. A peer's, a knight's or a royal title
    stays ("Lord", "Sir", "King")."""
    first = tk.lower[s]
    role = first in ROLE_WORDS or (first in PERSON_TITLES and first not in _NAME_TITLES)
    if e - s >= 3 and role and tk.lower[s + 1] in ANY_GIVEN_NAMES:
        return s + 1
    return s


# titles that are part of how a person is named
_NAME_TITLES = frozenset(
    ["lord", "lady", "sir", "dame", "prince", "princess", "king", "queen", "emperor"]
)


def _split_at_role_abbreviations(tk: Tokens, s: int, e: int) -> list[tuple[int, int]]:
    """Cut a run of capitals at the abbreviated roles in it: "Chiefs WR Terrance Copper"
    is a team and a person, "Apple CEO" a company. Only abbreviations ("QB", "CEO", "MP"):
    a role written out may be a name's word ("Star Tribune")."""
    parts: list[tuple[int, int]] = []
    start = s
    for k in range(s, e):
        word = tk.text[k]
        if word.isupper() and len(word) > 1 and tk.lower[k] in ROLE_WORDS:
            if k > start:
                parts.append((start, k))
            start = k + 1
    if start == s:
        return [(s, e)]
    if start < e:
        parts.append((start, e))
    return parts


def cut_sentence_openers(
    tk: Tokens, spans: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """Cut from a candidate at a sentence's start the first word that is capitalised only
    because it opens the sentence: "Choosing DeGeneres", "Currently Shalev", "Mr Key". The
    cut is made where the word reads as no name (:func:`_opener_word`), the rest is a name
    the text gives elsewhere (alone or as a name's end), the whole run is not, and the
    word is part of no other name. An unknown given name would pass the other tests
    ("Darcy Davies", "Orion Telecom" beside "Silver Telecom"): hence the word's form."""
    starts = set(tk.sent_starts)
    starts.add(0)
    keys = [tuple(tk.lower[s:e]) for s, e, _ in spans]
    key_count = Counter(keys)
    word_count = Counter(w for key in keys for w in set(key))
    ends: Counter[tuple[str, ...]] = Counter()
    for key in keys:
        for k in range(len(key)):
            ends[key[k:]] += 1
    result: list[tuple[int, int, str]] = []
    for (s, e, label), key in zip(spans, keys, strict=True):
        if (
            label == CANDIDATE
            and e - s > 1
            and _opener_word(key[0])
            and key_count[key] == 1  # the whole run is named nowhere else
            and word_count[key[0]] == 1  # nor is its first word part of another name
            and ends[key[1:]] > 1  # the rest is, alone or as a name's end
            and opens_sentence(tk, s, starts)
        ):
            s += 1
        elif label == CANDIDATE:
            s, e = without_standing(tk, s, e, starts)  # "Injured Chelsea winger ..."
            if s == e:
                continue
        result.append((s, e, label))
    return result


def _opener_word(word: str) -> bool:
    """Whether a capitalised word at a sentence's start may be no name's: a verb's or an
    adverb's form ("Choosing", "Currently") or a title or role ("Mr", "Sheriff"); not a
    given name ("Sterling", "Kelly")."""
    if word in GIVEN_NAMES:
        return False
    return (len(word) > 4 and word.endswith(("ing", "ly"))) or norm_key(word) in ROLE_WORDS


# the head words of a body's name that the model leaves untagged after a nationality it
# tagged apart ("the Scottish Executive", "the Welsh Assembly"); "Executive" heads no
# other name ("Chief Executive" is a title), so it is no head elsewhere; a medium's word
# after a nationality is the medium, no body ("British TV", "German radio")
_MEDIA_WORDS = frozenset(
    ["tv", "television", "radio", "channel", "broadcasting", "press", "news", "times", "post",
     "journal", "herald", "tribune", "gazette", "magazine", "network", "records", "studios"]
)  # fmt: skip
_NATIONAL_BODY_HEADS = (ORG_HEADS - _MEDIA_WORDS) | {"executive"}


def join_national_bodies(
    tk: Tokens, ents: list[tuple[int, int, str]], found: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """Join a nationality the model tagged (NORP, among ``ents``) and the one capitalised
    word it missed right after it, when that word heads a body's name: "the Scottish
    Executive said" is one body, not a nationality and a stray word (``found``: the
    names so far, the nationality not among them)."""
    nationality_before = {
        e: s
        for s, e, label in ents
        if label == "NORP" and e == s + 1 and tk.lower[s] in DEMONYMS and tk.space[s]
    }
    joined: list[tuple[int, int, str]] = []
    for s, e, label in found:
        if (
            label == CANDIDATE
            and e == s + 1
            and s in nationality_before
            and tk.lower[s] in _NATIONAL_BODY_HEADS
        ):
            joined.append((nationality_before[s], e, "ORG"))
            continue
        joined.append((s, e, label))
    return joined


def join_bracketed_nicknames(
    tk: Tokens, found: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """Join a person's name the model cut at a nickname in brackets or quotation marks:
    "James E. (Jim) Nugent", "Kimani (Kiki) Gray", 'John "Bud" Frazier' are one person
    ("James E.", "Jim" and "Nugent" apart made three pages); ``found``: sorted spans. The
    resolver keys it without the nickname."""
    joined: list[tuple[int, int, str]] = []
    i = 0
    while i < len(found):
        s, e, label = found[i]
        nick = _nickname_then_surname(tk, found, i)
        if nick is not None:
            joined.append((s, nick, "PERSON"))
            while i < len(found) and found[i][0] < nick:
                i += 1
            continue
        joined.append((s, e, label))
        i += 1
    return joined


# the marks a nickname stands in, opening -> closing
_NICKNAME_MARKS = {"(": ")", '"': '"', "“": "”", "‘": "’", "'": "'"}


def _nickname_then_surname(tk: Tokens, found: list[tuple[int, int, str]], i: int) -> int | None:
    """The end of the surname after "(Nick)" or '"Nick"' right after span ``i``, or
    None: the span is a person's to the model or opens with a given name, the brackets
    or marks hold one capitalised word, the surname's span is one capitalised word right
    after them."""
    s, e = found[i][0], found[i][1]
    words = tk.text
    if not (e + 3 < len(words) and _NICKNAME_MARKS.get(words[e]) == words[e + 2]):
        return None
    person = found[i][2] == "PERSON" or tk.lower[s] in ANY_GIVEN_NAMES
    if not person or not is_cap(words[e + 1]) or not is_cap(words[e + 3]):
        return None
    if norm_key(words[e + 1]) in PLACES or norm_key(words[e + 3]) in PLACES:
        return None  # a list's countries: "Ismail Kadare (Albania) Milan Kundera"
    # the surname's span, after the nickname's own if the model tagged it; or one span
    # from the nickname to the surname (the model's "Chin' Gigante")
    after = [span[:2] for span in found[i + 1 :] if span[:2] != (e + 1, e + 2)]
    if not after or after[0] not in ((e + 3, e + 4), (e + 1, e + 4)):
        return None
    return e + 4
