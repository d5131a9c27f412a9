"""Sports results the small model runs into a name ("Newcastle 2-1 Bolton", "Roddick 6-2
7-6", "Evansville 51-50"): where they open and where a name ends before one, for
:mod:`.spans` to cut the names at them."""

from __future__ import annotations

import re

from .tokens import Tokens

# a name whose last words are a result: "Evansville 51-50"
_RESULT_AFTER_NAME = re.compile(r"[^\W\d]\s+\d+\s?[-–]\s?\d+$")
# a number of a result: "2", "6,4" (tennis sets written "1-6,4-6")
_RESULT_NUMBER = re.compile(r"\d{1,3}(?:,\d{1,3})?")


def result_end(tk: Tokens, i: int, e: int) -> int:
    """The end of a result that opens at token ``i`` ("2-1", "6-2 7-6", "1-6,4-6"): its
    numbers joined by unspaced dashes; ``i`` when none opens there."""
    text = tk.text

    def number(k: int) -> bool:
        return k < e and _RESULT_NUMBER.fullmatch(text[k]) is not None

    def joined(k: int) -> bool:
        return k < e and text[k] in ("-", "–") and not tk.space[k - 1] and not tk.space[k]

    if not (number(i) and joined(i + 1) and number(i + 2)):
        return i
    end = i + 3
    while True:
        if joined(end) and number(end + 1):  # "1-6,4-6"
            end += 2
        elif number(end) and joined(end + 1) and number(end + 2):  # "6-2 7-6"
            end += 3
        else:
            return end


def before_result(tk: Tokens, s: int, e: int) -> int:
    """The end of the name ``s``..``e`` before a result run into its end ("Evansville
    51-50"); ``e`` when there is none."""
    if e - s > 1 and _RESULT_AFTER_NAME.search(tk.span_text(s, e)):
        while e > s + 1 and (tk.text[e - 1].isdigit() or tk.text[e - 1] in "-–"):
            e -= 1
    return e
