"""Cut a name the model read across a possessive when its owner is a name of its own.

The model reads "Arsenal's Edu", "Henry's Arsenal" or "Munster's Shaun Payne" as one
name; the text means a team's player, a player's team. The owner is named on its own in
the same text ("Arsenal", "Thierry Henry"), so the span is two names: the owner and what
follows the "'s". A name that holds a possessive as its own word ("European People's
Party", "Lloyd's of London", "Sam's Club") keeps it: its first part is no name the text
uses alone.
"""

from __future__ import annotations

from .gazetteer import COMMON_WORDS, ORG_HEADS, PERSON_TITLES, PLACE_HEADS, norm_key
from .spans import CANDIDATE
from .tokens import Tokens

_POSSESSIVE = frozenset({"'s", "’s"})


def cut_at_known_owners(
    tk: Tokens, spans: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """``spans`` (token bounds and labels) with each "X's Y" cut in two when X is the
    text of another span, or the last word of a person's, that no "'s" follows ("the
    Foster's brand" is the name "Foster's", whatever its span dropped)."""
    alone: dict[str, str] = {}
    for s, e, label in spans:
        if label == CANDIDATE or _possessive_inside(tk, s, e):
            continue  # a run the model did not tag ("Prince" of "Prince's Trust") is no owner
        followed = e < len(tk.text) and tk.text[e] in _POSSESSIVE
        if followed or norm_key(tk.text[s]) in PERSON_TITLES:
            continue
        alone[tk.span_text(s, e)] = label
        if label == "PERSON" and e - s >= 2:
            alone.setdefault(tk.text[e - 1], "PERSON")
    result: list[tuple[int, int, str]] = []
    for s, e, label in spans:
        i = _possessive_inside(tk, s, e)
        owner = alone.get(tk.span_text(s, i)) if i else None
        if i and owner is not None and tk.text[i + 1][:1].isupper():
            result += [(s, i, owner), (i + 1, e, _owned_label(tk, i + 1, e, owner, label))]
        else:
            result.append((s, e, label))
    return result


def _owned_label(tk: Tokens, s: int, e: int, owner: str, label: str) -> str:
    """The label of what a body owns: the model's label for the whole span was the
    owner's, and a body's own name of one to three plain words ("Arsenal's Edu",
    "Munster's Shaun Payne") is one of its people; a head word makes it a part or a
    place ("Panasonic's Hollywood Laboratories")."""
    if owner == "PERSON" or label == "PERSON" or e - s > 3:
        return label
    keys = [norm_key(w) for w in tk.text[s:e]]
    if all(w.isalpha() and w[1:].islower() for w in tk.text[s:e]) and not any(
        k in ORG_HEADS or k in PLACE_HEADS or k in COMMON_WORDS for k in keys
    ):
        return "PERSON"
    return label


def _possessive_inside(tk: Tokens, s: int, e: int) -> int:
    """The token index of a possessive inside ``s..e`` with words on both sides, or 0."""
    for i in range(s + 1, e - 1):
        if tk.text[i] in _POSSESSIVE:
            return i
    return 0
