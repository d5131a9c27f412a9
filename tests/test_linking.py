"""Text plus spans to HTML: escaping, well-formedness, visible text preserved."""

from __future__ import annotations

from html.parser import HTMLParser

from hypothesis import given, settings
from hypothesis import strategies as st

from site_builder.linking import Span, html_text, wrap_html, wrap_text
from site_builder.sanitize import sanitize_html


class _Checker(HTMLParser):
    """Collect visible text and check that tags nest properly."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.text: list[str] = []
        self.ok = True
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.stack.append(tag)
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack.pop() != tag:
            self.ok = False

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def check(markup: str) -> _Checker:
    parser = _Checker()
    parser.feed(markup)
    parser.close()
    return parser


def link(start: int, end: int, name: str = "x") -> Span:
    return Span(start, end, "a", (("class", "entity"), ("href", f"/entities/{name}/")))


def test_wraps_mentions_and_escapes_text() -> None:
    text = 'Putin & "<b>NATO</b>" met'
    out = str(wrap_text(text, [link(0, 5, "putin")]))
    assert out.startswith('<a class="entity" href="/entities/putin/">Putin</a>')
    assert "&lt;b&gt;" in out and "<b>" not in out
    assert "".join(check(out).text) == text


def test_attribute_values_are_escaped() -> None:
    out = str(wrap_text("abc", [Span(0, 1, "a", (("title", '"><script>'),))]))
    assert "<script>" not in out
    assert check(out).tags[0][1]["title"] == '"><script>'


def test_overlapping_and_out_of_range_spans_are_dropped() -> None:
    out = str(wrap_text("abcdef", [link(0, 3), link(2, 5), link(4, 99), link(5, 6)]))
    parser = check(out)
    assert parser.ok
    assert [t for t, _ in parser.tags] == ["a", "a"]
    assert "".join(parser.text) == "abcdef"


def test_html_fragment_spans_cross_elements_and_skip_existing_links() -> None:
    fragment = 'Vladimir <em>Putin</em> and <a href="https://x.org/">NATO</a> &amp; co'
    text = html_text(fragment)
    assert text == "Vladimir Putin and NATO & co"
    out = str(wrap_html(fragment, [link(0, 14, "putin"), link(19, 23, "nato")]))
    parser = check(out)
    assert parser.ok
    assert "".join(parser.text) == text
    hrefs = [a.get("href") for t, a in parser.tags if t == "a"]
    # Putin is linked in two pieces (the name crosses <em>); NATO keeps its own link only.
    assert hrefs == ["/entities/putin/", "/entities/putin/", "https://x.org/"]


_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=60)


@settings(max_examples=300, deadline=None)
@given(text=_text, offsets=st.lists(st.tuples(st.integers(-5, 70), st.integers(-5, 70))))
def test_any_text_and_spans_give_wellformed_html_with_the_same_text(text, offsets) -> None:
    spans = [link(a, b) for a, b in offsets]
    out = str(wrap_text(text, spans))
    parser = check(out)
    assert parser.ok and not parser.stack
    assert "".join(parser.text) == text.replace("\r", "\r")
    assert all(t == "a" for t, _ in parser.tags)


@settings(max_examples=200, deadline=None)
@given(
    pieces=st.lists(
        st.tuples(st.sampled_from(["", "em", "strong", "code"]), _text), min_size=1, max_size=5
    ),
    offsets=st.lists(st.tuples(st.integers(0, 200), st.integers(0, 200)), max_size=6),
)
def test_html_fragments_stay_wellformed(pieces, offsets) -> None:
    from markupsafe import escape

    fragment = "".join(f"<{t}>{escape(s)}</{t}>" if t else str(escape(s)) for t, s in pieces)
    fragment = sanitize_html(fragment)
    text = html_text(fragment)
    out = str(wrap_html(fragment, [link(a, b) for a, b in offsets]))
    parser = check(out)
    assert parser.ok and not parser.stack
    assert "".join(parser.text) == text
