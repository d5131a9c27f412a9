"""Plain dataclasses that flow through the pipeline.

Stage by stage:

* ``sources`` reads files into :class:`Article` (text split into :class:`Paragraph`).
* ``extract`` turns each article into an :class:`Extraction` (mentions, sentences,
  date candidates), with offsets relative to a paragraph's plain text.
* ``resolve`` groups mentions across the archive into :class:`Entity` objects.
* ``timeline`` normalises dates and builds :class:`Event` objects.
* ``pipeline`` ties them together into a :class:`Site` that ``render`` turns into pages.

Offsets are always ``(paragraph index, start, end)`` with ``start``/``end`` character
offsets into ``Paragraph.text``; that is what lets every mention map back to the
rendered page.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import operator
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal, TypeVar

if TYPE_CHECKING:
    from .curation import Curation
    from .geo import Placement
    from .sources import Skipped

Warn = Callable[[str], None]
"""Where a stage sends a warning for the build report (it names the file and what to do)."""

EntityType = Literal["person", "organization", "place"]
ENTITY_TYPES: tuple[EntityType, ...] = ("person", "organization", "place")


_T = TypeVar("_T")


def _fast_pickle(cls: type[_T]) -> type[_T]:
    """Pickle a slotted dataclass as ``cls(*fields)``.

    Slotted dataclasses otherwise pickle through ``dataclasses.fields()`` and a dict per
    object, which made saving and loading the build state several times slower (there is
    one of these objects per mention, sentence and paragraph).
    """
    names = [f.name for f in dataclasses.fields(cls)]  # type: ignore[arg-type]
    get = operator.attrgetter(*names)
    if len(names) == 1:

        def __reduce__(self: object) -> tuple[Any, ...]:
            return (cls, (get(self),))

    else:

        def __reduce__(self: object) -> tuple[Any, ...]:
            return (cls, get(self))

    cls.__reduce__ = __reduce__  # type: ignore[method-assign]
    return cls


@_fast_pickle
@dataclass(frozen=True, slots=True)
class Paragraph:
    """One block of an article body.

    ``text`` is the plain text the NLP sees and the reader reads. ``html`` is set only for
    Markdown blocks: the sanitised inner HTML of the block, whose text content equals
    ``text`` (so mention offsets can be applied to its text nodes).
    """

    index: int
    text: str
    tag: str = "p"  # p, h2..h6, blockquote, li, pre
    html: str | None = None

    @property
    def anchor(self) -> str:
        """Return the stable element id of this paragraph on the article page."""
        return f"p{self.index + 1}"


@dataclass
class Article:
    """One input file after reading and cleaning, before NLP."""

    id: str  # stable identifier == slug
    slug: str
    source_path: str  # path relative to the input folder, POSIX separators
    title: str
    title_is_derived: bool
    date: dt.date | None
    source: str | None
    url: str | None  # the original article's URL, if given
    author: str | None
    tags: tuple[str, ...]
    paragraphs: list[Paragraph]
    format: Literal["txt", "md"]
    content_hash: str  # sha256 of the paragraph texts, used as the NLP cache key
    extra: dict[str, Any] = field(default_factory=dict)  # unknown front matter fields

    @property
    def text(self) -> str:
        """Return the plain text the NLP runs on: paragraphs joined by blank lines."""
        return "\n\n".join(p.text for p in self.paragraphs)

    @property
    def word_count(self) -> int:
        """Return the number of whitespace-separated words in the body."""
        return sum(len(p.text.split()) for p in self.paragraphs)

    @property
    def lead(self) -> str:
        """Return the first body paragraph (not a heading)."""
        for p in self.paragraphs:
            if p.tag == "p" and p.text.strip():
                return p.text
        return self.paragraphs[0].text if self.paragraphs else ""


@dataclass
class Corpus:
    """What the read stage found: the articles, the files skipped, the curation file."""

    articles: list[Article]
    skipped: list[Skipped]
    curation: Curation | None


# --- NLP output (cached per article; must stay JSON-serialisable) ----------------------


@_fast_pickle
@dataclass(frozen=True, slots=True)
class Mention:
    """A name found by the NER model, after cleaning, in one paragraph."""

    paragraph: int
    start: int
    end: int
    text: str  # the surface text, paragraph.text[start:end]
    label: str  # spaCy label: PERSON, ORG, GPE, LOC, FAC (the raw model's guess)


@_fast_pickle
@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence span inside one paragraph."""

    paragraph: int
    start: int
    end: int


@_fast_pickle
@dataclass(frozen=True, slots=True)
class DateCandidate:
    """A DATE/TIME span proposed by the NER model (the timeline adds its own patterns)."""

    paragraph: int
    start: int
    end: int
    text: str
    label: str  # DATE or TIME


@dataclass
class Extraction:
    """Everything the NLP stage found in one article."""

    mentions: list[Mention]
    sentences: list[Sentence]
    dates: list[DateCandidate]


# --- resolved, archive-wide structures -------------------------------------------------


@_fast_pickle
@dataclass(frozen=True, slots=True)
class MentionRef:
    """Where one mention of an entity stands: article, paragraph and offsets."""

    article_id: str
    paragraph: int
    start: int
    end: int
    text: str


@dataclass
class Entity:
    """One real-world person, organisation or place, resolved across the archive."""

    id: str  # == slug, unique across entities
    name: str
    type: EntityType
    aliases: list[str]  # surface forms seen (and curated), without the canonical name
    mentions: list[MentionRef]
    description: str | None = None
    links: list[str] = field(default_factory=list)  # curated external links

    @property
    def article_ids(self) -> list[str]:
        """Return the ids of the articles that mention this entity, first-seen order."""
        return list(dict.fromkeys(m.article_id for m in self.mentions))


@_fast_pickle
@dataclass(frozen=True, slots=True)
class MergeNote:
    """An explainable resolution decision, e.g. a fuzzy merge to confirm."""

    entity_id: str
    message: str
    confidence: float  # 0..1; low values are listed in the build report


class LinkMap(Mapping[tuple[str, int], str]):
    """``(article id, mention index) -> entity id``, kept as one list per article.

    A dict keyed by tuples costs ~150 bytes per mention (1.2 million mentions at 10,000
    articles); a list slot costs 8. Reads like the dict it replaces.
    """

    __slots__ = ("_by_article", "_count")

    def __init__(self) -> None:
        self._by_article: dict[str, list[str | None]] = {}
        self._count = 0

    def __setitem__(self, key: tuple[str, int], value: str) -> None:
        article_id, index = key
        row = self._by_article.setdefault(article_id, [])
        if index >= len(row):
            row.extend([None] * (index + 1 - len(row)))
        if row[index] is None:
            self._count += 1
        row[index] = value

    def __getitem__(self, key: tuple[str, int]) -> str:
        article_id, index = key
        row = self._by_article.get(article_id)
        value = row[index] if row is not None and 0 <= index < len(row) else None
        if value is None:
            raise KeyError(key)
        return value

    def get(self, key: tuple[str, int], default: Any = None) -> Any:
        """Like ``dict.get`` (without Mapping's generic try/except round trip)."""
        article_id, index = key
        row = self._by_article.get(article_id)
        if row is not None and 0 <= index < len(row):
            value = row[index]
            if value is not None:
                return value
        return default

    def row(self, article_id: str) -> Sequence[str | None]:
        """The entity ids of one article's mentions by index (None: not linked; the list
        may be shorter than the mentions)."""
        return self._by_article.get(article_id, ())

    def __iter__(self) -> Iterator[tuple[str, int]]:
        for article_id, row in self._by_article.items():
            for index, value in enumerate(row):
                if value is not None:
                    yield article_id, index

    def __len__(self) -> int:
        return self._count

    def __getstate__(self) -> tuple[dict[str, list[str | None]], int]:
        return self._by_article, self._count

    def __setstate__(self, state: tuple[dict[str, list[str | None]], int]) -> None:
        self._by_article, self._count = state


def mention_links(
    links: Mapping[tuple[str, int], str], article_id: str, count: int
) -> list[str | None]:
    """The entity id of each of an article's ``count`` mentions (None: not linked)."""
    if isinstance(links, LinkMap):
        row = links.row(article_id)
        if len(row) >= count:
            return list(row[:count])
        return [*row, *([None] * (count - len(row)))]
    return [links.get((article_id, i)) for i in range(count)]


@dataclass
class Resolution:
    """Output of entity resolution for the whole archive."""

    entities: list[Entity]
    # (article_id, index into that article's Extraction.mentions) -> entity id;
    # mentions that were dropped as junk are absent.
    links: Mapping[tuple[str, int], str]
    notes: list[MergeNote] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


Precision = Literal["day", "month", "season", "year", "range"]


@_fast_pickle
@dataclass(frozen=True, slots=True)
class EventSource:
    """One article's report of an event."""

    article_id: str
    paragraph: int
    start: int  # sentence offsets in the paragraph
    end: int
    expression: str  # the temporal expression as written


@dataclass
class Event:
    """A dated (or explicitly undated) statement, possibly reported by several articles."""

    id: str
    date: (
        str | None
    )  # "2022-02-15", "2021-12", "2021-SP", "2014", "2014/2022-02-16"; None = undated
    precision: Precision | None
    sort_key: str  # ISO-like start date used for ordering; "" for undated
    text: str  # the sentence as written (from the first source)
    sources: list[EventSource]
    entity_ids: list[str]
    is_news: bool = False  # near the article's own date, as opposed to background


# --- quotations (the quotes stage) ------------------------------------------------------

QuoteKind = Literal["direct", "partial"]


@_fast_pickle
@dataclass(frozen=True, slots=True)
class Quote:
    """One quotation (or the piece of one in a paragraph) and who said it.

    ``start``/``end`` are offsets of the quoted words, without the marks, in
    ``Paragraph.text``; ``speaker`` is an entity id, or None when the text does not tell.
    """

    id: str  # "<article id>-q<n>", n counting the article's quotations from 1
    article_id: str
    paragraph: int
    start: int
    end: int
    text: str
    speaker: str | None
    cue: str  # the words that attribute it as written ("said", "according to"); "" if none
    kind: QuoteKind  # direct: a sentence of its own; partial: words inside the writer's


@dataclass
class Site:
    """The complete, resolved archive: everything rendering needs."""

    articles: list[Article]  # sorted newest first, undated last
    extractions: Mapping[str, Extraction]  # possibly loaded on first use
    resolution: Resolution
    events: list[Event]
    warnings: list[str] = field(default_factory=list)
    places: Mapping[str, Placement] = field(default_factory=dict)  # place id -> location
    quotes: tuple[Quote, ...] = ()  # every article's quotations, in article and text order
