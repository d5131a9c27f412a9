"""A body's name whose "of" or "for" phrase is a list: "Department for Education and
Skills", "Department for Culture, Media and Sport", "Ministry of Economy, Trade and
Industry".

The small model cuts such a name at its "and" and commas, which leaves a body named after
the list's first word and pages named "Skills" or "Sport". The pieces are one name again
when the first ends in an "of" or "for" phrase right after a body's head word, and every
later piece is a few capitalised words that are no known name, no body's name of their
own and no person's or place's name as the model reads them: "the University of
California and Dan Gillmor", "Department of Health and State University" stay two.
"""

from __future__ import annotations

from .gazetteer import ALIASES, COMPANY_HEADS, ORG_HEADS, ORGANIZATIONS, PLACES, norm_key
from .tokens import Tokens

# the words of one listed piece: "Human Services", "Rural Affairs", "Skills"
MAX_PIECE_WORDS = 3
# labels a listed piece may carry: the model reads "Skills" as a body, or tags nothing
_PIECE_LABELS = frozenset(["ORG", "CAND", "PRODUCT", "NORP", "FAC", "LOC"])
_LINKS = frozenset(["of", "for"])


def join_body_lists(tk: Tokens, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Return sorted ``spans`` with each body's name the model cut at its listed "of"
    phrase joined again."""
    result: list[tuple[int, int, str]] = []
    i = 0
    while i < len(spans):
        s, e, label = spans[i]
        end = _list_end(tk, spans, i) if _ends_in_of_phrase(tk, s, e, label) else None
        if end is None:
            result.append(spans[i])
            i += 1
            continue
        result.append((s, end, label))
        i += 1
        while i < len(spans) and spans[i][0] < end:
            i += 1  # the pieces the joined name now holds
    return result


def _ends_in_of_phrase(tk: Tokens, s: int, e: int, label: str) -> bool:
    """Whether ``s..e`` is a body's head word, then "of" or "for", then capitalised words
    to its end: "Department for Education"."""
    if label == "PERSON":
        return False
    lower = tk.lower
    for j in range(s + 1, e - 1):
        if lower[j] in _LINKS and lower[j - 1] in ORG_HEADS:
            return all(_cap_word(w) for w in tk.text[j + 1 : e])
    return False


def _list_end(tk: Tokens, spans: list[tuple[int, int, str]], i: int) -> int | None:
    """Return the end of the list that continues span ``i``'s "of" phrase (", Media and
    Sport"), None unless the list closes with "and" before a last piece."""
    text, lower = tk.text, tk.lower
    t = spans[i][1]
    while t < len(text):
        closing = False
        if text[t] == ",":
            t += 1
        if t < len(text) and lower[t] in ("and", "&"):
            closing = True
            t += 1
        elif t == spans[i][1] or text[t - 1] != ",":
            return None  # neither a comma nor "and": no list
        u = t
        while u < len(text) and u - t <= MAX_PIECE_WORDS and _plain_word(text[u]):
            u += 1
        if not t < u <= t + MAX_PIECE_WORDS or not _a_plain_piece(tk, spans, t, u):
            return None
        if closing:
            return u
        t = u
    return None


def _a_plain_piece(tk: Tokens, spans: list[tuple[int, int, str]], t: int, u: int) -> bool:
    """Whether capitalised words ``t..u`` are a listed subject, not a name of their own."""
    key = norm_key(tk.span_text(t, u))
    if key in PLACES or key in ORGANIZATIONS or key in ALIASES:
        return False
    head = key.rsplit(" ", 1)
    if len(head) > 1 and head[-1] in ORG_HEADS | COMPANY_HEADS:
        return False  # "State University": a body of its own ("Media" alone is none)
    # a name the model tags across the piece's edge or as a person or place is no piece
    return all(
        t <= s and e <= u and label in _PIECE_LABELS for s, e, label in spans if s < u and t < e
    )


def _cap_word(word: str) -> bool:
    return word[:1].isupper() and word.isalpha()


def _plain_word(word: str) -> bool:
    """A capitalised word, not an acronym ("DMB" is a name of its own)."""
    return word[:1].isupper() and word.isalpha() and word[1:].islower()
