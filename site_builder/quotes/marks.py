"""Find the text between quotation marks in an article's paragraphs.

Curly marks say which way they open; straight ``"`` marks alternate, opening first (what
stands before one is no guide: Wikinews writes ``said," For example`` as often as
``example," he said``). A quotation left open at the end of a paragraph
runs on into the next one (the newspaper convention re-opens it with a mark of its own,
which is then skipped), until its closing mark. Some sources type a double mark as two
apostrophes or backticks (``''The fall …,”``, ``the ``bagman''``): see :func:`typed_marks`.
A closing mark at a paragraph's start or after a space, right before a word, was typed
for an opening one (``”Next year …,” says``). A straight mark that ends a sentence where
a quotation should open, in a paragraph whose marks would otherwise leave the last one
open, closes nothing (``… from Europe." When …``), nor one that ends a clause (``…
rates," Leigh-Pemberton said``); nor does a wire's possessive typed as a double mark
(``Phillips" cash flow``). Where the wire left a closing mark out, a paragraph that
opens again and closes on another speaker's cue starts a quotation of its own, and the
open one ends with its paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .cues import SPEECH_VERB
from .dash_bylines import dash_left_open
from .reopened import reopens
from .unclosed_cue import cue_left_open, inverted_cue_left_open

OPENING = "“„«"
CLOSING = "”»"
STRAIGHT = '"'
# a quotation that never closes within this many paragraphs is a stray mark, not a quote
# (sources with a paragraph per sentence or line run a quotation over several)
MAX_RUN_ON = 12
# past this many paragraphs a run-on quotation must run over paragraphs that open
# without a mark (a long answer given one sentence a line): a paragraph that opens with
# one there starts a new quotation, and the first mark was a stray one
SURE_RUN_ON = 8
# words a term in marks may hold (``“midnight rules “``): see :func:`_short_term`
_TERM_WORDS = 4
# two apostrophes (or backticks) typed for an opening mark: at a paragraph's start or
# after a space or bracket, right before a word
_TYPED_OPENING = re.compile(r"(?:(?<=^)|(?<=[\s(\[]))(?:''|``)(?=[\w(\[$£€])")
# two apostrophes typed for a closing mark: right after a word or a stop, before a space,
# a stop or the paragraph's end (three apostrophes also close a quotation nested inside,
# and are left to :func:`_closing`)
_TYPED_CLOSING = re.compile(r"(?<=[\w.,!?;:…)\]%])''(?=[\s.,;:!?)\]]|$)")
# a straight double mark between a word's letters and a possessive's or a contraction's
# ending: an apostrophe some wire copy types so ("Indonesia"s", "don"t"), never a mark
# that opens or closes a quotation
_MARK_FOR_APOSTROPHE = re.compile(r'(?<=[A-Za-z])"(?=(?:s|t|re|ve|ll|d|m)\b)')
# a straight double mark after a capitalised name's final "s" and before a word in lower
# case: the wire's possessive apostrophe ("Analysts estimate Phillips" cash flow")
_POSSESSIVE_AFTER_S = re.compile(r'\b[A-Z][a-z]*s"(?=\s+[a-z])')
# a speech verb right before a quotation's opening mark ("Howell said, "), and a
# paragraph that ends on a full sentence: a quotation whose closing mark was left out
_CUE_BEFORE = re.compile(r"\b(?:said|says|added|adds|stated|states|wrote|writes)[,:]?\s*$")
_ENDS_SENTENCE = re.compile(r"\w[\w)]*[.!?]\s*$")
# the characters :func:`_opening` and :func:`_closing` stop at (a scan of every
# character in Python made finding the marks a third of the quotation stage)
_ANY_OPENING = re.compile(f"[{OPENING}]")
_OPENING_CANDIDATE = re.compile(f"[{OPENING}{STRAIGHT}”]")
_CLOSING_CANDIDATE = re.compile(f"[{CLOSING}{STRAIGHT}'{OPENING}]")

# the cue right after a closing mark, naming its speaker: "," said Drexel Burnham analyst
# Jeff Edelman." (the last capitalised word before the clause ends) or "," Edelman said"
_NAMED_AFTER = re.compile(
    r"\s*,?\s*(?:(?:said|says|added|adds)\s+(?P<after>[^,;:!?\"“”]{1,80}?)(?:[,;:!?]|\.(?:\s|$)|$)"
    r"|(?P<before>[A-Z][\w'’-]+)\s+(?:said|says|added|adds)\b)"
)
# a cue naming a speaker in the writer's words before a quotation: "…," said James
# Crandell, …", "Howell said, "
_NAMED_CUE = re.compile(
    r"\b(?:said|says|added|adds)\s+(?:[a-z][\w-]*\s+){0,3}[A-Z]"
    r"|\b[A-Z][\w'’-]+\s+(?:said|says|added|adds|stated|wrote)\b"
)
_AFTER_SENTENCE = re.compile(r"[.!?]\s+$")
# a straight mark shaped as an opening one (after a space, before a word) and as a
# closing one (after a word or a stop, before a space, a stop or the end); the character
# before the mark is matched too
_OPENS_SHAPED = re.compile(r'\s"[\w(]')
_CLOSES_SHAPED = re.compile(r'[\w.,!?;:)]"(?:[\s.,;:!?)]|$)')
_NESTED_WORDS = 12  # a nested quotation is a phrase or a sentence, not a paragraph
# a straight mark that opens a sentence after another's full stop ('… was paid. "What'),
# never a closing one (some sources set a space before a closing mark: 'have, "Brees
# said', 'could it be? "Yanes said')
_OPENS_SENTENCE = re.compile(
    r"[.!?]\s\"(?![A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+(?:said|says|added|told|asked|wrote)\b)"
    r"[A-Z]"
)
_SPEECH_INSIDE = re.compile(r"\b(?:said|says|added|adds|told|asked)\b")
_MIN_LEFT_OPEN = 4  # words of such a quotation: fewer are a stray mark's ("the "Big Apple.")


@dataclass(frozen=True, slots=True)
class Marked:
    """The text inside one pair of marks, in one paragraph (offsets exclude the marks).

    ``opened`` is False for a piece that continues a quotation from the paragraph before;
    ``closed`` is False for a piece that runs on into the next paragraph.
    """

    paragraph: int
    start: int
    end: int
    opened: bool = True
    closed: bool = True


def spans_between(masked: Sequence[str], last: Marked, first: Marked) -> list[tuple[int, int, int]]:
    """The text between quotation ``last`` and a later ``first`` in the same or the next
    paragraph, as (paragraph, start, end) spans."""
    if first.paragraph == last.paragraph:
        return [(first.paragraph, last.end, first.start)]
    return [
        (last.paragraph, last.end, len(masked[last.paragraph])),
        (first.paragraph, 0, first.start),
    ]


def find_marked(paragraphs: list[str]) -> list[Marked]:
    """Return every quoted span of the paragraphs, in text order."""
    paragraphs = [typed_marks(text) for text in paragraphs]
    found: list[Marked] = []
    carry = False  # a quotation is open from the previous paragraph
    run_on = 0
    for p_index, text in enumerate(paragraphs):
        pos = 0
        if carry:
            stripped = len(text) - len(text.lstrip())
            # skip the mark that re-opens a run-on quotation, if the writer put one
            reopened = text[stripped : stripped + 1] in OPENING + STRAIGHT
            pos = stripped + 1 if reopened else stripped
            runs_on = _opens_with_mark(paragraphs, p_index + 1)
            pos, opened, end = _pieces(text, p_index, pos, False, found, runs_on)
            if end is None:
                run_on += 1
                if run_on > MAX_RUN_ON or not text.strip():
                    carry = False
                    continue
                found.append(Marked(p_index, pos, len(text.rstrip()), False, False))
                continue
            found.append(Marked(p_index, pos, end, False, True))
            pos = end + 1
            carry = False
        run_on = 0
        if pos == 0 and STRAIGHT in text and not _closes_later(paragraphs, p_index + 1):
            text = _without_stray(text)  # (only a straight mark can be a stray one)
        while True:
            start = _opening(text, pos)
            if start is None:
                break
            runs_on = _opens_with_mark(paragraphs, p_index + 1)
            first, opened, end = _pieces(text, p_index, start + 1, True, found, runs_on)
            if end is None:
                cut = cue_left_open(text, first)
                if cut is not None:  # its closing mark left out before the cue
                    found.append(Marked(p_index, first, cut, opened))
                    break
                cut = dash_left_open(text, first)
                if cut is not None:  # left open before "- David Roe, club secretary."
                    found.append(Marked(p_index, first, cut, opened))
                    break
                if text[first:].strip() and _closes_later(paragraphs, p_index + 1, text[:start]):
                    found.append(Marked(p_index, first, len(text.rstrip()), opened, False))
                    carry = True
                elif _left_open_to_the_end(text, start, first, found, p_index):
                    found.append(Marked(p_index, first, len(text.rstrip()), opened))
                break
            if end > first:
                found.append(Marked(p_index, first, end, opened))
            pos = end + 1
    return [m for m in found if m.end > m.start]


def _left_open_to_the_end(
    text: str, mark: int, first: int, found: list[Marked], p_index: int
) -> bool:
    """Whether a quotation opened at ``mark`` that nothing closes ends with its paragraph:
    it holds whole sentences and a speech verb stands right before it ('X said, "…
    period.') or, for the paragraph's last mark, earlier in its sentence, or it goes on
    with a speaker quoted earlier in the paragraph ('"…," said X. "… I don't know.')."""
    if not _ENDS_SENTENCE.search(text, first) or len(text[first:].split()) < _MIN_LEFT_OPEN:
        return False
    if _CUE_BEFORE.search(text, 0, mark) is not None:
        return True
    sentence = max(text.rfind(stop, 0, mark) for stop in ".!?") + 1
    if (
        # a verb of saying earlier in its sentence ("Farouk urged consuming countries to
        # promote early accession to the new pact "to avoid …"), when the paragraph's
        # marks before it pair up and none follows
        SPEECH_VERB.search(text, sentence, mark) is not None
        and text.count(STRAIGHT, 0, mark) % 2 == 0
        and STRAIGHT not in text[mark + 1 :]
        and _OPENS_SHAPED.match(text, mark - 1) is not None  # not 5' 10" tall
    ):
        return True
    # a new sentence's opening mark, set against its first word ('said X. "I …', not a
    # closing mark misread as opening: 'the "chaos …" since it was', 'a year. " And')
    opens = (
        _AFTER_SENTENCE.search(text, 0, mark) is not None
        and not text[mark + 1 : first + 1].isspace()
    )
    return opens and any(m.paragraph == p_index for m in found)


def _without_stray(text: str) -> str:
    """The paragraph with a stray straight mark blanked: when its quotations, paired as
    :func:`find_marked` pairs them, leave the last one open (and no later paragraph
    closes it), a straight mark read as opening one that ends a sentence or a clause
    instead ("… from Europe." When …", also among curly marks a converter paired; "…
    together" towards … rates," Leigh-Pemberton said") closes nothing, if pairing past it
    closes every quotation."""
    if STRAIGHT not in text:
        return text
    dangling, openers = _dangles(text)
    if not dangling:
        return text
    for i in openers:
        if text[i] == STRAIGHT and text[i - 1] in ".!?," and text[i + 1 : i + 2] == " ":
            blanked = text[:i] + " " + text[i + 1 :]
            if not _dangles(blanked)[0]:
                return blanked
    return text


def _dangles(text: str) -> tuple[bool, list[int]]:
    """Whether the paragraph's last quotation is left open, read on its own, and where
    each of its quotations opens."""
    pos, openers = 0, []
    while (start := _opening(text, pos)) is not None:
        openers.append(start)
        _, _, end = _pieces(text, 0, start + 1, True, [], False)
        if end is None:
            return True, openers
        pos = end + 1
    return False, openers


def _opens_with_mark(paragraphs: list[str], p_index: int) -> bool:
    """Whether the paragraph at ``p_index`` opens with a mark (as a quotation that runs on
    from the paragraph before opens again)."""
    return p_index < len(paragraphs) and paragraphs[p_index].lstrip()[:1] in OPENING + STRAIGHT


def _pieces(
    text: str, p_index: int, start: int, opened: bool, found: list[Marked], runs_on: bool
) -> tuple[int, bool, int | None]:
    """Find where the quotation whose words begin at ``start`` closes; each mark that
    opens it again after a sentence end (:func:`.reopened.reopens`) ends a piece, added to
    ``found``, and begins one that continues it. Return the last piece's start, whether it
    opened the quotation, and its closing mark's offset (None: left open). ``runs_on``:
    the next paragraph opens with a mark, so the last piece may run on into it."""
    end = _closing(text, start)
    while end is not None and (stop := reopens(text, end, runs_on)) is not None:
        cut = inverted_cue_left_open(text, start, stop)
        # "… economy, said David Wyss of Data Resources Inc. "I'm …": the cue closes it
        found.append(Marked(p_index, start, cut or stop, opened, cut is not None))
        start, opened = end + 1, cut is not None
        end = _closing(text, start)
    return start, opened, end


def typed_marks(text: str) -> str:
    """The paragraph with typed double marks turned to curly ones of the same length (so
    offsets into it hold for the text itself): two apostrophes or backticks opening a
    quotation become a space and an opening mark, the quotation starting after them; two
    apostrophes closing one become a closing mark and a space; a double mark a source
    typed for an apostrophe inside a word ("Brazil"s", "isn"t") becomes one, and so does
    one typed for a name's possessive after its "s" ("Phillips" cash flow") when the
    paragraph's straight marks would otherwise not pair up."""
    if '"' in text:
        text = _MARK_FOR_APOSTROPHE.sub("’", text)
        if text.count('"') % 2:
            text = _possessive_marks(text)
        if text.count('"') >= 4:
            text = _nested_marks(text)
    if "''" not in text and "``" not in text:
        return text
    text = _TYPED_OPENING.sub(" “", text)
    return _TYPED_CLOSING.sub("” ", text)


def _possessive_marks(text: str) -> str:
    """The paragraph with a straight mark after a name's final "s" that would open a
    quotation (an even number of straight marks before it) yet stands before a space and
    a word in lower case turned to an apostrophe: "Analysts estimate Phillips" cash flow"
    (a mark that closes, "the best "Ambassador for Tennis" on the tour", is left)."""
    for found in _POSSESSIVE_AFTER_S.finditer(text):
        mark = found.end() - 1
        if text.count('"', 0, mark) % 2 == 0:
            return text[:mark] + "’" + text[mark + 1 :]
    return text


def _nested_marks(text: str) -> str:
    """The paragraph with a quotation the wire nested in another in straight double marks
    turned to single curly ones: inside an open quotation, a mark after a space and
    before a word opens a nested one when the next mark closes it (after a word, before
    a space or a stop) and a later mark closes the outer one ('"They could be talking to
    a "white knight" right now," said …'). A quotation whose closing mark was left out
    ('"We will go, he said. "Then we …') has no such later mark, or a speech verb inside."""
    marks = [i for i, ch in enumerate(text) if ch == STRAIGHT]
    k = 1
    while k + 2 < len(marks):
        i, j, outer = marks[k], marks[k + 1], marks[k + 2]
        if (
            k % 2 == 1  # a quotation is open before it
            and _OPENS_SHAPED.match(text, i - 1)
            and _CLOSES_SHAPED.match(text, j - 1)
            and _CLOSES_SHAPED.match(text, outer - 1)
            and len(text[i + 1 : j].split()) <= _NESTED_WORDS
            and _SPEECH_INSIDE.search(text, i, j) is None
        ):
            text = text[:i] + "‘" + text[i + 1 : j] + "’" + text[j + 1 :]
            marks = marks[:k] + marks[k + 2 :]
            continue
        k += 1
    return text


def _closes_later(paragraphs: list[str], first: int, opener: str = "") -> bool:
    """Whether a quotation left open runs on to a closing mark in the next paragraphs
    (a stray mark, 5" for five inches, never closes: it is no quotation). ``opener``:
    the text before the open quotation's mark, in its paragraph. A paragraph that opens
    again and closes on a cue naming someone that text does not name is another
    speaker's quotation, the first mark never closed, when a paragraph with no mark came
    between ("Howell said, "… / … / "…," said analyst Jeff Edelman.") or that text
    named its own speaker ("…," said James Crandell. "… I don't know. / "…," said James
    Carroll."); a quotation that opened with nobody named runs on to its cue."""
    reopened = unmarked = False
    for offset, text in enumerate(paragraphs[first : first + MAX_RUN_ON]):
        body = text.lstrip()
        marked = body[:1] in OPENING + STRAIGHT
        if marked:
            reopened = True
            body = body[1:]  # the mark that re-opens a run-on quotation
        elif body:
            unmarked = True
        if (close := _closing(body, 0)) is not None:
            pairs_up = body.count(STRAIGHT) % 2 == 0
            if not (marked or reopened) and pairs_up and _OPENS_SHAPED.match(body, close - 1):
                # its marks pair up, the first shaped as opening ('Leigh-Pemberton said
                # that "the effectiveness …" before'), and no paragraph between went on
                # with the open one: quotations of their own
                return False
            if not marked and _OPENS_SENTENCE.match(body, max(0, close - 2)):
                # a paragraph with no mark at its start whose first mark opens a word
                # ('… Argentina. "What it did was …'): a quotation of its own, and the
                # open one never closed ('"The real issue is … terms.' / …)
                return False
            named = unmarked or _NAMED_CUE.search(opener) is not None
            if marked and named and _another_speaker(body[close + 1 :], opener):
                return False
            return offset < SURE_RUN_ON or not reopened
        if _ANY_OPENING.search(body):
            return False  # another quotation opens first
    return False


def _another_speaker(after: str, opener: str) -> bool:
    """Whether the cue after a closing mark names someone (by the last capitalised word
    of "…," said X Y." or the first of "…," X said") whom ``opener`` does not name."""
    found = _NAMED_AFTER.match(after)
    if found is None:
        return False
    words = re.findall(r"\b[A-Z][\w'’-]+", found.group("after") or found.group("before"))
    if not words:
        return False
    name = words[-1]
    return re.search(rf"\b{re.escape(name)}\b", opener) is None


def _opening(text: str, pos: int) -> int | None:
    """The offset of the next opening mark at or after ``pos``."""
    for found in _OPENING_CANDIDATE.finditer(text, pos):
        i = found.start()
        if text[i] != "”" or _turned_opener(text, i):
            return i
    return None


def _turned_opener(text: str, i: int) -> bool:
    """Whether the closing mark at ``i``, met while no quotation is open, opens one: it
    starts its paragraph, or stands after a space, right before a word (``”Next year
    will be …,” says``); a mark that closes comes after a word or a stop."""
    if text[i] != "”" or not text[i + 1 : i + 2].isalnum():
        return False
    return not text[:i].strip() or text[i - 1].isspace()


def _closing(text: str, pos: int) -> int | None:
    """The offset of the mark that closes a quotation opened just before ``pos``."""
    for found in _CLOSING_CANDIDATE.finditer(text, pos):
        i = found.start()
        ch = text[i]
        if ch in CLOSING or ch == STRAIGHT:
            return i
        if ch == "'" and text.startswith("''", i) and not text[i + 2 :].strip(" '"):
            return i  # two apostrophes ending the paragraph: a typed closing mark
        if ch in OPENING:
            if not text[i + 1 :].strip() or _turned_closer(text, i):
                return i  # a closing mark typed the wrong way round
            if reopens(text, i) is not None:
                return i  # "weeks. “We …": it opens the quotation's next piece
            return None  # a new quotation opens before this one closed: unbalanced
    return None


def _turned_closer(text: str, i: int) -> bool:
    """Whether the opening mark at ``i``, met while a quotation is open, closes it: it
    ends a clause (``progress, “said Stefanski``) or a short term (``the “midnight rules
    “set to go into effect``) and no other mark follows in the paragraph, so it cannot
    open a quotation of its own (double marks do not nest)."""
    ends_clause = re.search(r"[,.!?…]\s?$", text[max(0, i - 2) : i]) is not None
    rest = text[i + 1 :]
    if any(ch in OPENING + CLOSING + STRAIGHT for ch in rest):
        return False
    # no quotation opens on a comma or a stop: "… there goes the orchestra “, the
    # comedian … said"
    ends_before_stop = re.match(r"[,.;:!?]", rest) is not None
    return ends_clause or ends_before_stop or _short_term(text, i)


def _short_term(text: str, i: int) -> bool:
    """Whether the quotation open before ``i`` holds a few words and no punctuation: a
    term in marks, whose closing mark was typed as an opening one (a quotation of a
    sentence that runs on to the next paragraph holds more)."""
    opened = max(text.rfind(ch, 0, i) for ch in OPENING + STRAIGHT)
    if opened < 0:
        return False  # opened in a paragraph before: a quotation that runs on
    term = text[opened + 1 : i]
    return 0 < len(term.split()) <= _TERM_WORDS and not re.search(r"[^\w\s'’-]", term)
