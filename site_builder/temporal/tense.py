"""Guess the tense of the clause around a temporal expression from nearby verb forms."""

from __future__ import annotations

import re
from functools import lru_cache

from .values import Tense

_IRREGULAR_PAST = frozenset({
    "said", "told", "was", "were", "had", "did", "made", "went", "came", "took", "gave", "got",
    "saw", "knew", "thought", "began", "brought", "bought", "found", "held", "kept", "left",
    "lost", "met", "paid", "put", "ran", "sent", "set", "spoke", "stood", "won", "wrote",
    "became", "fell", "felt", "fought", "led", "meant", "rose", "sold", "shot", "spent",
    "struck", "threw", "understood", "broke", "chose", "drove", "flew", "forgot", "grew", "hid",
    "hit", "hurt", "laid", "let", "lit", "overtook", "quit", "read", "rode", "sang", "sat",
    "slept", "sought", "stole", "swore", "taught", "tore", "withdrew", "woke", "wore", "ate",
    "drew", "built",
})  # fmt: skip
_NOT_PAST = frozenset({
    "need", "red", "bed", "shed", "seed", "speed", "feed", "breed", "hundred", "united", "based",
    "interested", "tired", "concerned", "detailed", "related", "limited", "armed", "skilled",
    "advanced", "alleged", "proposed", "so-called", "indeed", "wed", "fled", "embed",
})  # fmt: skip
_FUTURE = {"will", "'ll", "shall", "won't", "wo", "would", "going", "due", "set", "scheduled",
           "expected", "plans", "planned", "intends", "aims", "upcoming"}  # fmt: skip
_PRESENT = frozenset({
    "is", "are", "am", "end", "ends", "begin", "begins", "start", "starts", "open", "opens",
    "close", "closes", "meet", "meets", "hold", "holds", "take", "takes", "arrive", "arrives",
    "leave", "leaves", "expire", "expires", "resume", "resumes", "vote", "votes", "visit",
    "visits", "runs", "run", "launch", "launches", "remain", "remains", "stay", "stays",
})  # fmt: skip
_NEEDS_BE = {"set", "expected", "due", "scheduled"}
_CLAUSE_STOP = re.compile(r"[;—–:\"“”()]|\.\s")
_TOKEN = re.compile(r"[A-Za-z’']+")
# the end of the last _CLAUSE_STOP match: the greedy ``.*`` gives the rightmost start, and
# matches of _CLAUSE_STOP never overlap (no match starts with the whitespace of ". ")
_LAST_CLAUSE_STOP = re.compile(r"(?s:.*)(?:" + _CLAUSE_STOP.pattern + ")")
_RELATIVE_WORD = re.compile(r"\b(?:that|which|who|when|after|before|because|while|as|and|but)\b")
_GOING_TO = re.compile(r"\b(?:is|are|am|'re|'s)\s+(?:going\s+)?to\s+\w+")
_SCHEDULED = re.compile(
    r"\b(?:(?:set|scheduled|slated|planned|due)\s+(?:for|to|on)|upcoming|"
    r"(?:expected|plans|intends|aims|hopes|hope|wants|want|seeks|seek|vows|vowed|pledges|"
    r"pledged|promises|promised)\s+to)\b"
)
# a modal before a bare verb looks ahead ("should be completed in October"); before
# "have" it looks back ("should have been done")
_MODAL_AHEAD = re.compile(r"\b(?:should|must|could|might|may|can|cannot)\s+(?!have\b)[a-z]")


# "closed until Friday": a state that lasts until the day; its tense is that of the verb
# holding the state ("are closed", "remain shut"), not of the participle
_UNTIL_END = re.compile(r"\b(?:until|till|through)\s+$", re.IGNORECASE)
_STATE_VERBS = frozenset({"is", "are", "am", "remain", "remains", "stay", "stays"})


_DETERMINERS = set(
    ["the", "an", "a", "this", "that", "its", "their", "his", "her", "our", "my", "your", "every"]
)


def _token_tense(tok: str, prev: str, prev2: str = "") -> Tense | None:
    tense, needs = _word_tense(tok)
    if needs is None:
        return tense
    if needs == "be":  # "is expected", "are set"
        return tense if prev in ("is", "are", "was", "were") else None
    if needs == "going":  # "is going"
        return tense if prev in ("is", "are", "am", "'s") else None
    # a present form right after a determiner is a noun ("the vote")
    return None if prev in _DETERMINERS or prev2 in _DETERMINERS else tense


@lru_cache(maxsize=16384)
def _word_tense(tok: str) -> tuple[Tense | None, str | None]:
    """Return the tense a word marks and what the words before it must confirm (None:
    nothing; "be": a form of be just before; "going": is/are/am/'s just before; "det": no
    determiner among the two words before). Words repeat: decided once per word."""
    w = tok.lower().replace("’", "'")
    if w in ("ago",):
        return "past", None
    if w in _FUTURE or w.endswith("'ll"):
        if w in _NEEDS_BE:
            return "future", "be"
        if w == "going":
            return "future", "going"
        return "future", None
    if w in ("has", "have", "had"):
        return "past", None
    if w in _PRESENT:
        return "present", "det"
    if w in _IRREGULAR_PAST:
        return "past", None
    if len(w) > 4 and w.endswith("ed") and w not in _NOT_PAST:
        return "past", None
    return None, None


def _verb_form(word: str) -> str:
    """Return a word lowercased, or "" for a capitalised word that is no verb here: a
    name ending in "-ed" ("Mohamed") or the month "May"."""
    if word[0].isupper() and (word.endswith("ed") or word == "May"):
        return ""
    return word.lower()


def sentence_tense(sentence: str, expr_start: int, expr_end: int) -> Tense | None:
    """Guess the tense of the clause around an expression from nearby verb forms.

    The words after it are read up to a relative word ("that", "and", ...); when that
    leaves no verb at all, up to the end of the clause ("On Wednesday, Mohamed and his
    father are to travel").
    """
    tense = _clause_tense(sentence, expr_start, expr_end, True)
    if tense is None:
        tense = _clause_tense(sentence, expr_start, expr_end, False)
    return tense


def _clause_tense(sentence: str, expr_start: int, expr_end: int, cut: bool) -> Tense | None:
    """Guess the tense of the clause, cutting the words after at a relative word if ``cut``."""
    before = sentence[:expr_start]
    after = sentence[expr_end:]
    stop_b = _LAST_CLAUSE_STOP.match(before)
    if stop_b:
        before = before[stop_b.end() :]
    stop_a = _CLAUSE_STOP.search(after)
    if stop_a:
        after = after[: stop_a.start()]
    rel = _RELATIVE_WORD.search(after) if cut else None
    if rel:
        after = after[: rel.start()]
    # lowercased once (_token_tense lowercases its word itself, so the result is the same)
    # and capitalised words that only look like verbs blanked
    btoks = [_verb_form(w) for w in _TOKEN.findall(before)]
    atoks = [_verb_form(w) for w in _TOKEN.findall(after)]
    scored: list[tuple[float, Tense]] = []
    until = _UNTIL_END.search(sentence[:expr_start]) is not None
    state_holds = False  # "are closed until Friday": the state's verb decides
    for i in range(len(btoks) - 1, -1, -1):
        prev = btoks[i - 1] if i > 0 else ""
        prev2 = btoks[i - 2] if i > 1 else ""
        tense = _token_tense(btoks[i], prev, prev2)
        if tense == "past" and until and prev in _STATE_VERBS:
            tense = "present"  # "markets are closed until Friday"
        if tense:
            state_holds = until and tense == "present"
            scored.append((len(btoks) - i, tense))
            break
    for i, tok in enumerate(atoks):
        prev = atoks[i - 1] if i > 0 else ""
        prev2 = atoks[i - 2] if i > 1 else (btoks[-1] if btoks else "")
        tense = _token_tense(tok, prev, prev2)
        if tense:
            scored.append((i + 1.5, tense))
            break
    # future markers anywhere in the clause win over a nearer past form ("will ... on Sunday")
    clause = btoks + atoks
    joined = " ".join(clause)
    if (
        "will" in clause
        or "shall" in clause
        or ("'ll" in joined and any(w.endswith("'ll") for w in clause))
    ):
        return "future"
    if _GOING_TO.search(joined):
        return "future"
    if _SCHEDULED.search(joined) or _MODAL_AHEAD.search(joined):
        return "future"
    if state_holds:
        return "present"  # not the reporting verb after it ("..., officials said")
    if not scored:
        return None
    return min(scored)[1]
