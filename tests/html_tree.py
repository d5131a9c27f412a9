"""A page parsed into a small element tree, so tests check HTML by its structure."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser

VOID = {"meta", "link", "input", "br", "img", "hr", "source", "area", "base", "col", "wbr"}


@dataclass
class Element:
    """An element: its tag, attributes, children (elements and text) and parent."""

    tag: str
    attrs: dict[str, str | None]
    children: list[Element | str] = field(default_factory=list)
    parent: Element | None = field(default=None, repr=False)

    def iter(self, tag: str | None = None) -> Iterator[Element]:
        """Yield this element's descendants (in document order), of ``tag`` if given."""
        for child in self.children:
            if isinstance(child, Element):
                if tag is None or child.tag == tag:
                    yield child
                yield from child.iter(tag)

    def find_all(self, tag: str | None = None, **attrs: str) -> list[Element]:
        """Return the descendants of ``tag`` whose attributes hold ``attrs`` (``class_``
        matches one class among several)."""
        found = []
        for element in self.iter(tag):
            if all(_matches(element, name, value) for name, value in attrs.items()):
                found.append(element)
        return found

    def find(self, tag: str | None = None, **attrs: str) -> Element:
        """Return the first matching descendant; fail if there is none."""
        found = self.find_all(tag, **attrs)
        assert found, f"no <{tag}> with {attrs}"
        return found[0]

    @property
    def text(self) -> str:
        """Return the text content, whitespace collapsed."""
        return " ".join(self.raw_text().split())

    def raw_text(self) -> str:
        """Return the text content as written."""
        return "".join(c if isinstance(c, str) else c.raw_text() for c in self.children)

    def ancestors(self) -> Iterator[Element]:
        """Yield the parent, its parent and so on."""
        node = self.parent
        while node is not None:
            yield node
            node = node.parent


def _matches(element: Element, name: str, value: str) -> bool:
    if name == "class_":
        return value in (element.attrs.get("class") or "").split()
    return element.attrs.get(name.replace("_", "-")) == value


class _TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Element("#document", {})
        self.node = self.root
        self.unclosed: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = Element(tag, dict(attrs), parent=self.node)
        self.node.children.append(element)
        if tag not in VOID:
            self.node = element

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.node.children.append(Element(tag, dict(attrs), parent=self.node))

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            return
        assert self.node.tag == tag, f"</{tag}> closes <{self.node.tag}>"
        assert self.node.parent is not None
        self.node = self.node.parent

    def handle_data(self, data: str) -> None:
        self.node.children.append(data)


def parse(page: bytes | str) -> Element:
    """Parse a page; fail if an element is closed out of order or left open."""
    builder = _TreeBuilder()
    builder.feed(page.decode("utf-8") if isinstance(page, bytes) else page)
    builder.close()
    assert builder.node is builder.root, f"<{builder.node.tag}> is never closed"
    return builder.root


def event_entities(event: Element) -> list[str]:
    """Return the entities of a timeline event as the timeline's filter reads them: the
    ids its sentence links to, then those of its ``data-entities`` (see static/site.js)."""
    linked = [
        a.attrs["href"].rstrip("/").rsplit("/", 1)[1]
        for a in event_sentence(event).find_all("a")
        if "/entities/" in (a.attrs.get("href") or "")
    ]
    return linked + (event.attrs.get("data-entities") or "").split()


def event_sentence(event: Element) -> Element:
    """Return a timeline event's sentence: the item without its paragraph of reports."""
    kept = [
        c
        for c in event.children
        if not (isinstance(c, Element) and "event__sources" in (c.attrs.get("class") or ""))
    ]
    return Element("#sentence", {}, kept)
