"""A pull quote: a paragraph that is only a quotation, then a paragraph that is only the
speaker's name, maybe then a line for what the speaker is::

    “We will not give up the fight for this valley.”
    Jane Roe
    Mayor of Eastdale

The name on its own line names the quotation's speaker. A name line is also how pages
print a byline or head a section, so it counts only when it is the whole of its line,
the line before is the quotation alone, and the line after it is neither missing (a
byline at the article's end) nor a quotation of its own (a name heading what follows).
"""

from __future__ import annotations

from .article_text import MASK, ArticleText
from .marks import Marked

_OPENING_MARKS = "“\"'‘„«”"


def named_below(text: ArticleText, chain: list[Marked]) -> tuple[str, int, int] | None:
    """The person a name line right after a quotation standing alone names, with the
    line's paragraph and offset; None when the layout is not a pull quote's."""
    if len(chain) != 1:
        return None
    m = chain[0]
    p = m.paragraph
    own = text.masked[p]
    if not m.opened or not m.closed or own[: max(0, m.start - 1)].strip():
        return None
    if own[m.end + 1 :].strip():
        return None  # words after it in its paragraph
    q = p + 1
    if q + 1 >= len(text.masked):
        return None  # the article's last lines: a byline, or no line after the name
    line = text.masked[q]
    stripped = line.strip()
    opening = len(line) - len(line.lstrip())
    names = text.in_range(q, opening, opening + len(stripped))
    if len(names) != 1 or names[0].type != "person":
        return None
    name = names[0]
    if name.start != opening or name.end != opening + len(stripped.rstrip(".")):
        return None  # the line holds more than the name
    after = text.masked[q + 1].lstrip()
    if not after or after[:1] in _OPENING_MARKS or MASK in after[:2]:
        return None  # a name heading the quotation after it
    return name.entity_id, q, name.start
