"""Markdown bodies: render, sanitise, and split into top-level blocks as paragraphs.

Rendered with markdown-it-py (linear time, nesting capped) before nh3 sanitises it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from html.parser import HTMLParser

from markdown_it import MarkdownIt

from ..models import Paragraph
from ..sanitize import sanitize_html
from .text import BOILERPLATE_LINE, READ_AT_LINE

# markdown-it-py rather than Python-Markdown: CommonMark, linear time on hostile input
# (Python-Markdown takes minutes on 100 KB of "[a](b " and overflows the stack on deep lists),
# nesting capped at 20, and javascript:/vbscript:/data: links refused before nh3 even runs.
_MD = MarkdownIt("commonmark", {"html": True, "typographer": True}).enable(
    ["table", "strikethrough", "replacements", "smartquotes"]
)
_BLOCK_TAGS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "pre", "table"}


def markdown_paragraphs(body: str) -> tuple[list[Paragraph], str | None, str | None]:
    html = sanitize_html(render_markdown(body))
    blocks = list(_top_level_blocks(html))
    heading = None
    if blocks and blocks[0][0] == "h1":
        heading = " ".join(blocks[0][2].split()) or None
        blocks = blocks[1:]
    source = None
    if blocks and blocks[-1][0] == "p":
        m = READ_AT_LINE.match(" ".join(blocks[-1][2].split()))
        if m:
            source = m.group(1).strip()
            blocks = blocks[:-1]
    paragraphs: list[Paragraph] = []
    for tag, inner, text in blocks:
        if not text.strip() or (tag == "p" and BOILERPLATE_LINE.match(text.strip())):
            continue
        if tag == "h1":
            tag = "h2"
        paragraphs.append(Paragraph(len(paragraphs), text, tag=tag, html=inner))
    return paragraphs, source, heading


def render_markdown(body: str) -> str:
    """Return the (unsanitised) HTML of a Markdown body."""
    html: str = _MD.render(body)
    return html


class _BlockSplitter(HTMLParser):
    """Split sanitised HTML into top-level blocks: (tag, inner html, text content)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[tuple[str, str, str]] = []
        self.depth = 0
        self.tag = ""
        self.start_pos = 0
        self.text: list[str] = []
        self.source = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.depth == 0:
            self.tag = tag if tag in _BLOCK_TAGS else "p"
            self.text = []
            self.start_pos = self._offset() + len(self.get_starttag_text() or "")
            self.wrapped = tag in _BLOCK_TAGS
            if not self.wrapped:
                self.start_pos = self._offset()
        if tag not in _VOID:
            self.depth += 1
        elif self.depth == 0:
            self.blocks.append(("p", self.get_starttag_text() or "", ""))

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID:
            return
        self.depth -= 1
        if self.depth == 0:
            end = self._offset()
            inner = self.source[self.start_pos : end]
            if not self.wrapped:
                inner = self.source[self.start_pos : end + len(f"</{tag}>")]
            self.blocks.append((self.tag, inner, "".join(self.text)))

    def handle_data(self, data: str) -> None:
        if self.depth > 0:
            self.text.append(data)
        elif data.strip():
            self.blocks.append(("p", _escape_text(data), data))

    def _offset(self) -> int:
        line, col = self.getpos()
        return self._line_starts[line - 1] + col

    def feed_all(self, source: str) -> None:
        self.source = source
        self._line_starts = [0]
        for m in re.finditer("\n", source):
            self._line_starts.append(m.end())
        self.feed(source)
        self.close()


_VOID = {"br", "hr", "img", "wbr"}


def _escape_text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _top_level_blocks(html: str) -> Iterator[tuple[str, str, str]]:
    parser = _BlockSplitter()
    parser.feed_all(html)
    yield from parser.blocks
