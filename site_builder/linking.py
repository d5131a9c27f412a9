"""Turn text plus character spans into safe HTML: entity links, highlights.

Markup is built on text nodes: the text is escaped piece by piece and only our own tags
are put between the pieces, never by string replacement over HTML.
"""

from __future__ import annotations

import functools
import html as htmllib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from html.parser import HTMLParser

from markupsafe import Markup


@dataclass(frozen=True)
class Span:
    """Wrap ``text[start:end]`` in the element ``tag`` with the given attributes."""

    start: int
    end: int
    tag: str
    attrs: tuple[tuple[str, str], ...] = ()

    def open(self) -> str:
        """Return the escaped opening tag."""
        return _open_tag(self.tag, self.attrs)

    def close(self) -> str:
        """Return the closing tag."""
        return f"</{self.tag}>"


@functools.lru_cache(maxsize=65536)
def _open_tag(tag: str, attrs: tuple[tuple[str, str], ...]) -> str:
    """The opening tag for ``attrs`` (made once: every link to an entity shares it)."""
    return "<" + tag + "".join(f' {k}="{_escape(v)}"' for k, v in attrs) + ">"


def _escape(text: str) -> str:
    """Escape text exactly as ``markupsafe.escape`` does, without making a Markup object
    (this runs for every piece of every paragraph)."""
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    if "'" in text:
        text = text.replace("'", "&#39;")
    if '"' in text:
        text = text.replace('"', "&#34;")
    return text


def clean_spans(spans: Iterable[Span], length: int) -> list[Span]:
    """Return spans inside ``[0, length]``, non-empty, sorted, overlaps dropped (first wins)."""
    result: list[Span] = []
    last_end = 0
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if span.start < last_end or span.start >= span.end or span.end > length or span.start < 0:
            continue
        result.append(span)
        last_end = span.end
    return result


def wrap_text(text: str, spans: Sequence[Span]) -> Markup:
    """Escape plain ``text`` and wrap the given spans in their tags."""
    out: list[str] = []
    pos = 0
    for span in clean_spans(spans, len(text)):
        out.append(_escape(text[pos : span.start]))
        out.append(span.open())
        out.append(_escape(text[span.start : span.end]))
        out.append(span.close())
        pos = span.end
    out.append(_escape(text[pos:]))
    return Markup("".join(out))


class _Tokens(HTMLParser):
    """Tokenise (already sanitised) HTML into ('tag', raw) and ('text', unescaped) items."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.items: list[tuple[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.items.append(("start:" + tag, _start_tag(tag, attrs)))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.items.append(("void:" + tag, _start_tag(tag, attrs)))

    def handle_endtag(self, tag: str) -> None:
        self.items.append(("end:" + tag, f"</{tag}>"))

    def handle_data(self, data: str) -> None:
        if self.items and self.items[-1][0] == "text":
            self.items[-1] = ("text", self.items[-1][1] + data)
        else:
            self.items.append(("text", data))


def _start_tag(tag: str, attrs: list[tuple[str, str | None]]) -> str:
    parts = "".join(
        f' {k}="{htmllib.escape(v, quote=True)}"' if v is not None else f" {k}" for k, v in attrs
    )
    return f"<{tag}{parts}>"


def _parse(fragment: str) -> tuple[list[tuple[str, str]], int]:
    """Return an HTML fragment's tokens and the length of its text content."""
    parser = _Tokens()
    parser.feed(fragment)
    parser.close()
    return parser.items, sum(len(v) for k, v in parser.items if k == "text")


def _text_nodes(items: list[tuple[str, str]], out: list[str]) -> Iterator[tuple[str, int, bool]]:
    """Yield each text node, its text offset and whether it is inside a link; the
    fragment's own tags are copied to ``out`` as they pass (links cannot nest)."""
    pos = 0
    in_link = 0
    for kind, value in items:
        if kind != "text":
            if kind == "start:a":
                in_link += 1
            elif kind == "end:a":
                in_link = max(0, in_link - 1)
            out.append(value)
            continue
        yield value, pos, in_link > 0
        pos += len(value)


def _nested(
    outer: Sequence[Span], inner: Sequence[Span], total: int
) -> tuple[list[Span], list[Span]]:
    """Clean both layers; drop an inner span that crosses an outer one's edge (elements
    cannot overlap)."""
    outer_kept = clean_spans(outer, total)
    edges = {e for span in outer_kept for e in (span.start, span.end)}
    inner_kept = [
        s for s in clean_spans(inner, total) if not any(s.start < e < s.end for e in edges)
    ]
    return outer_kept, inner_kept


def html_text(fragment: str) -> str:
    """Return the text content of an HTML fragment (what offsets refer to)."""
    items, _ = _parse(fragment)
    return "".join(v for k, v in items if k == "text")


def wrap_html(fragment: str, spans: Sequence[Span]) -> Markup:
    """Wrap spans of the *text content* of a sanitised HTML fragment.

    A span that crosses an element boundary is wrapped piece by piece; text inside an
    existing link is left alone (links cannot nest).
    """
    items, total = _parse(fragment)
    spans = clean_spans(spans, total)
    out: list[str] = []
    si = 0
    for value, node_start, in_link in _text_nodes(items, out):
        node_end = node_start + len(value)
        cursor = node_start
        while si < len(spans) and spans[si].start < node_end:
            span = spans[si]
            s, e = max(span.start, cursor), min(span.end, node_end)
            if e <= s:
                si += 1
                continue
            out.append(_escape(value[cursor - node_start : s - node_start]))
            piece = _escape(value[s - node_start : e - node_start])
            out.append(piece if in_link else span.open() + piece + span.close())
            cursor = e
            if span.end <= node_end:
                si += 1
            else:
                break
        out.append(_escape(value[cursor - node_start :]))
    return Markup("".join(out))


def wrap_text_layered(text: str, outer: Sequence[Span], inner: Sequence[Span]) -> Markup:
    """Like :func:`wrap_text`, with ``inner`` spans nested in ``outer`` ones: a quotation
    (outer) keeps the entity links (inner) inside it. An inner span that crosses an outer
    one's edge is dropped (elements cannot overlap)."""
    outer, kept = _nested(outer, inner, len(text))
    if not outer:
        return wrap_text(text, inner)
    # (offset, order, markup): at one offset, inner closes before outer closes, and outer
    # opens before inner opens
    marks: list[tuple[int, int, str]] = []
    for span in outer:
        marks += [(span.start, 2, span.open()), (span.end, 1, span.close())]
    for span in kept:
        marks += [(span.start, 3, span.open()), (span.end, 0, span.close())]
    marks.sort(key=lambda m: (m[0], m[1]))
    out: list[str] = []
    pos = 0
    for offset, _, markup in marks:
        out.append(_escape(text[pos:offset]))
        out.append(markup)
        pos = offset
    out.append(_escape(text[pos:]))
    return Markup("".join(out))


def wrap_html_layered(fragment: str, outer: Sequence[Span], inner: Sequence[Span]) -> Markup:
    """Like :func:`wrap_html`, with ``inner`` spans nested in ``outer`` ones (see
    :func:`wrap_text_layered`). A span is cut at the fragment's own elements; only the
    first piece of an outer span keeps its ``id``, and inside an existing link no link is
    added."""
    items, total = _parse(fragment)
    outer, kept = _nested(outer, inner, total)
    out: list[str] = []
    for value, node_start, in_link in _text_nodes(items, out):
        node_end = node_start + len(value)
        local_outer = []
        for span in outer:
            if (
                span.start < node_end
                and span.end > node_start
                and not (in_link and span.tag == "a")
            ):
                attrs = span.attrs
                if span.start < node_start:  # a later piece: the id is the first piece's
                    attrs = tuple(a for a in attrs if a[0] != "id")
                start, end = max(span.start, node_start), min(span.end, node_end)
                local_outer.append(Span(start - node_start, end - node_start, span.tag, attrs))
        local_inner = [
            Span(
                max(s.start, node_start) - node_start,
                min(s.end, node_end) - node_start,
                s.tag,
                s.attrs,
            )
            for s in kept
            if s.start < node_end and s.end > node_start and not in_link
        ]
        out.append(str(wrap_text_layered(value, local_outer, local_inner)))
    return Markup("".join(out))
