"""Title-case headlines: a line whose words are all capitalised, where capitals say
nothing about where a name ends ("Colts Beat Chiefs"), and the cut of the model's spans
in such a line to the names the article's running text uses."""

from __future__ import annotations

import re
from functools import lru_cache

from .spans import CANDIDATE
from .tokens import Tokens

# a word starts with a letter; the letters of "5th" or "76ers" are no word of their own
_HEADLINE_WORD = re.compile(r"(?<![\w’'])[^\W\d_][\w’'.&-]*")
# small words a title-case headline leaves in lower case ("Lohan Checks Into Rehab at ...")
_HEADLINE_SMALL = frozenset(
    {"of", "for", "and", "the", "on", "in", "to", "at", "de", "du", "des", "la", "le"}
    | {"a", "an", "as", "by", "or", "but", "vs", "with", "from", "into", "over", "up", "out"}
)


@lru_cache(maxsize=4096)
def is_headline(paragraph: str) -> bool:
    """Return True for a line set as a headline: its words all capitalised, no full stop.

    In such a line capitals say nothing about where a name ends ("Colts Beat Chiefs").
    """
    text = paragraph.strip().rstrip("\"'”’)")
    if not text or text.endswith((".", ",", ";", ":")):
        return False
    content = [w for w in _HEADLINE_WORD.findall(text) if w.lower() not in _HEADLINE_SMALL]
    return len(content) >= 3 and all(w[0].isupper() for w in content)


def cut_headline_spans(
    tk: Tokens, spans: list[tuple[int, int, str]], headlines: list[tuple[int, int]]
) -> list[tuple[int, int, str]]:
    """Cut a headline's spans to the names the article's running text uses.

    In a title-case headline the model's span runs into the verbs after a name ("Lindsay
    Lohan Checks Into Rehab", "Colts Beat Chiefs"). A headline span the running text
    never names is cut to its longest leading part and its longest trailing part that it
    does name, each with the label the running text gave it; a span with neither is left
    as it is. ``headlines`` are the character ranges of the headline lines.
    """
    if not headlines:
        return spans

    def in_headline(s: int) -> bool:
        return any(a <= tk.idx[s] < b for a, b in headlines)

    def key(s: int, e: int) -> str:
        return " ".join(tk.lower[s:e])

    body: dict[str, str] = {}
    for s, e, label in spans:
        if not in_headline(s):
            known = body.get(key(s, e))
            if known is None or known == CANDIDATE:
                body[key(s, e)] = label
    result: list[tuple[int, int, str]] = []
    for s, e, label in spans:
        if e - s < 2 or not in_headline(s) or key(s, e) in body:
            result.append((s, e, label))
            continue
        head = next((k for k in range(e - 1, s, -1) if key(s, k) in body), s)
        tail = next((k for k in range(max(head, s + 1), e) if key(k, e) in body), e)
        if head == s and tail == e:
            result.append((s, e, label))
            continue
        if head > s:
            result.append((s, head, body[key(s, head)]))
        if tail < e:
            result.append((tail, e, body[key(tail, e)]))
    return result
