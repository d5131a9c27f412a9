"""Plain-text bodies: the date header, page furniture, the source line, and titles."""

from __future__ import annotations

import datetime as dt
import re

from ..models import Paragraph

# A date header some exports put at the very start of a plain-text file, possibly on the
# same line as the first paragraph: " date 2022-02-16 First words..."
_DATE_HEADER = re.compile(r"^\s*date\s*:?\s*(\d{4}-\d{2}-\d{2})(?:[ T][0-9:]+Z?)?\s*", re.I)
# Lines that are page furniture, not article text (matched on the whole stripped line).
BOILERPLATE_LINE = re.compile(
    r"^(?:advertisement|skip advertisement|story continues below(?: advertisement)?|"
    r"continue reading(?: the main story)?|sponsored content|related:?|share this article|"
    r"\[?image\]?|photo)$",
    re.I,
)
# "Read it at Financial Times" as the last line names the source.
READ_AT_LINE = re.compile(
    r"^read (?:it|more|the full (?:story|article)) (?:at|on) (.{2,80}?)\.?$", re.I
)
_SENTENCE_END = re.compile(r"[.!?][”\"’)]?(?=\s+[“\"‘(]?[A-Z0-9])")
# Words ending in a full stop that rarely end a sentence: "Sen.", "Mr.", "U.S.", "Feb."
_ABBREVIATION = re.compile(r"(?:\b[A-Z][a-z]{0,3}|\b(?:[A-Za-z]\.)+[A-Za-z]?|\bvs?|\bet al)\.$")
TITLE_MAX = 90


def strip_date_header(body: str) -> tuple[str, dt.date | None]:
    match = _DATE_HEADER.match(body)
    if not match:
        return body, None
    try:
        date = dt.date.fromisoformat(match.group(1))
    except ValueError:
        return body, None
    return body[match.end() :], date


def text_paragraphs(body: str) -> tuple[list[Paragraph], str | None]:
    lines = [" ".join(line.split()) for line in body.split("\n")]
    lines = [line for line in lines if line]
    source = None
    if lines:
        m = READ_AT_LINE.match(lines[-1])
        if m:
            source = m.group(1).strip()
            lines.pop()
    lines = [line for line in lines if not BOILERPLATE_LINE.match(line)]
    return [Paragraph(i, line) for i, line in enumerate(lines)], source


def derive_title(lead: str) -> str:
    """Make a title from the lead: its first sentence, cut at a word, quotes balanced."""
    text = " ".join(lead[: TITLE_MAX * 50].split())  # a title never needs more
    first = first_sentence(text)
    if len(first) > TITLE_MAX:
        cut = first[:TITLE_MAX]
        if " " in cut:
            cut = cut.rsplit(" ", 1)[0]
        first = cut.rstrip(",;:—–- ") + "…"
    first = first.rstrip(".")
    return _balance_quotes(first)


def first_sentence(text: str) -> str:
    """Return the first sentence of ``text`` (abbreviations such as "Sen." do not end one)."""
    for match in _SENTENCE_END.finditer(text):
        # look only at the words just before the stop: linear time on huge paragraphs
        window = text[max(0, match.start() - 40) : match.start() + 1]
        if match.start() > 40 and " " in window:
            window = window[window.index(" ") + 1 :]
        if _ABBREVIATION.search(window):
            continue
        return text[: match.end()].strip()
    return text.strip()


def _balance_quotes(text: str) -> str:
    for open_q, close_q in (("“", "”"), ("‘", "’"), ("(", ")"), ("[", "]")):
        if open_q == "‘":
            continue  # ’ doubles as an apostrophe; counting it misleads
        missing = text.count(open_q) - text.count(close_q)
        if missing > 0:
            text = text.rstrip("…") + close_q * missing + ("…" if text.endswith("…") else "")
    if text.count('"') % 2:
        text = text.rstrip("…") + '"' + ("…" if text.endswith("…") else "")
    return text
