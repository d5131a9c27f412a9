"""A mark that opens a new quotation while one is still open: the paragraph break the
source lost, or a press style that opens again without closing.

Sources that run a page's paragraphs together (copied text, feeds) print a quotation over
two paragraphs as ``Ms Roe said: "We have doubled it. "We are going to …." She said …``:
the newspaper convention opens each paragraph of a quotation again and closes only its
last. Paired in turn, the second mark would close the first quotation, the words after it
would read as the writer's and every later mark would pair the wrong way round.

A straight or opening mark stands where only an opening one can when a sentence ends
right before it (a stop, maybe a closing bracket or single mark, then a space) and a
capital letter or a figure follows it with no space (``weeks. "We``); a closing mark
follows the quoted words directly (``weeks." She``). There the open quotation ended,
unclosed, at the stop, and the same speaker's next one begins (a piece that continues it,
as a quotation resumed in the next paragraph does).

Some sources type every closing mark after a space (``could it be? "Yanes said.``): the
mark is read as opening a piece only when that piece closes in its own paragraph, on a
mark right after its words (or opens another piece the same way), or runs on into a
next paragraph that opens with a mark; else the marks pair in turn as before.
"""

from __future__ import annotations

import re

# a sentence's end, then the space before the mark: "weeks. ", "(sic). ", "‘no’. "
_SENTENCE_END = re.compile(r"[.!?…][)\]'’]?\s+$")
# how far back the stop may stand from the mark
_LOOK_BACK = 6
_MARKS = '"“”„'
# words a quotation holds before a mark that opens again mid-sentence: fewer may be a
# term whose closing mark was typed after a space
_OPEN_WORDS = 3


def reopens(text: str, i: int, runs_on: bool = False) -> int | None:
    """When the mark at ``i``, met while a quotation is open, opens a new one after a
    sentence end (``weeks. "We``), the offset where the open quotation ended (just after
    its stop); else None. ``runs_on``: the next paragraph opens with a mark, so the piece
    may run on into it with no mark of its own left in this paragraph."""
    stop = _reopening(text, i, mid_sentence=True)
    if stop is None:
        return None
    # the piece it opens must close in this paragraph, right after its words
    j = i
    while True:
        j = next((k for k in range(j + 1, len(text)) if text[k] in _MARKS), -1)
        if j < 0:
            return stop if runs_on else None
        if text[j] in "“„" and _reopening(text, j) is None:
            return None
        if not text[j - 1].isspace():
            return stop  # "… by 2007." She said": a true closing
        if _reopening(text, j) is None:
            return None  # a mark after a space that opens nothing: typed to close


def _reopening(text: str, i: int, mid_sentence: bool = False) -> int | None:
    """The end of the sentence right before the mark at ``i`` when the mark can only
    open (a sentence end and a space before it, a capital or a figure after it), or the
    end of the words before it when a quotation of a few words is open and the mark
    stands between a space and a word (its closing mark left out: ``had not been
    "sufficient to …"``; only for the mark met, not for the marks after it: there a mark
    after a space may be an opening one whatever stands before it)."""
    after = text[i + 1 : i + 2]
    if text[i] not in '"“„':
        return None
    if (
        mid_sentence
        and i >= 2
        and after.islower()
        and text[i - 1].isspace()
        and text[i - 2].isalnum()
    ):
        # after a word, not a comma: "progress, “said Stefanski" types a closing mark
        opened = max(text.rfind(ch, 0, i) for ch in _MARKS)
        if opened >= 0 and len(text[opened + 1 : i].split()) >= _OPEN_WORDS:
            return len(text[:i].rstrip())
        return None
    if not (after.isupper() or after.isdigit()):
        return None
    found = _SENTENCE_END.search(text[max(0, i - _LOOK_BACK) : i])
    if found is None:
        return None
    return i - len(found.group()) + len(found.group().rstrip())
