"""Small resolved sites made by hand, for the tests of rendering, exports and the graph.

A site is described by its articles (paragraphs of plain text), its entities (each found
wherever its name occurs in the text) and its events; the mentions, sentences and links
that the NLP and resolution stages would make are derived from that description.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from site_builder.models import (
    Article,
    Entity,
    Event,
    EventSource,
    Extraction,
    LinkMap,
    Mention,
    MentionRef,
    Paragraph,
    Resolution,
    Sentence,
    Site,
)

LABELS = {"person": "PERSON", "organization": "ORG", "place": "GPE"}


@dataclass
class ArticleSpec:
    """An article to put in a small site."""

    id: str
    title: str
    paragraphs: list[str]
    date: dt.date | None = None
    source: str | None = None
    author: str | None = None
    url: str | None = None


@dataclass
class EventSpec:
    """An event reported by one article: the sentence holding ``expression``."""

    id: str
    date: str | None
    precision: str | None
    article_id: str
    paragraph: int
    expression: str
    entity_ids: list[str] = field(default_factory=list)
    is_news: bool = False


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Split a paragraph into sentences at '. ' (the last one runs to the end)."""
    spans = []
    start = 0
    for match in re.finditer(r"\. ", text):
        spans.append((start, match.start() + 1))
        start = match.end()
    spans.append((start, len(text)))
    return spans


def make_article(spec: ArticleSpec) -> Article:
    """Return the :class:`Article` of ``spec``."""
    return Article(
        id=spec.id,
        slug=spec.id,
        source_path=f"{spec.id}.txt",
        title=spec.title,
        title_is_derived=False,
        date=spec.date,
        source=spec.source,
        url=spec.url,
        author=spec.author,
        tags=(),
        paragraphs=[Paragraph(i, text) for i, text in enumerate(spec.paragraphs)],
        format="txt",
        content_hash=spec.id,
    )


def make_site(
    articles: list[ArticleSpec],
    entities: dict[str, tuple[str, str]],
    events: list[EventSpec] = (),  # type: ignore[assignment]
) -> Site:
    """Return a resolved site: ``entities`` maps an id to ``(name, type)``."""
    made = [make_article(spec) for spec in articles]
    # newest first, undated last: the order the pipeline gives
    made.sort(key=lambda a: (a.date is None, -(a.date.toordinal() if a.date else 0), a.id))
    links = LinkMap()
    extractions: dict[str, Extraction] = {}
    refs: dict[str, list[MentionRef]] = {entity_id: [] for entity_id in entities}
    for article in made:
        mentions: list[Mention] = []
        sentences: list[Sentence] = []
        for paragraph in article.paragraphs:
            text = paragraph.text
            sentences += [Sentence(paragraph.index, s, e) for s, e in sentence_spans(text)]
            found = []
            for entity_id, (name, type_) in entities.items():
                for match in re.finditer(re.escape(name), text):
                    found.append((match.start(), match.end(), entity_id, type_))
            for start, end, entity_id, type_ in sorted(found):
                links[(article.id, len(mentions))] = entity_id
                surface = text[start:end]
                mentions.append(Mention(paragraph.index, start, end, surface, LABELS[type_]))
                refs[entity_id].append(MentionRef(article.id, paragraph.index, start, end, surface))
        extractions[article.id] = Extraction(mentions, sentences, [])
    resolved = [
        Entity(entity_id, name, type_, [], refs[entity_id])  # type: ignore[arg-type]
        for entity_id, (name, type_) in entities.items()
        if refs[entity_id]
    ]
    by_id = {a.id: a for a in made}
    made_events = [_make_event(spec, by_id[spec.article_id]) for spec in events]
    made_events.sort(key=lambda e: (e.sort_key == "", e.sort_key, e.id))
    return Site(made, extractions, Resolution(resolved, links), made_events)


def _make_event(spec: EventSpec, article: Article) -> Event:
    text = article.paragraphs[spec.paragraph].text
    at = text.index(spec.expression)
    start, end = next((s, e) for s, e in sentence_spans(text) if s <= at < e)
    source = EventSource(article.id, spec.paragraph, start, end, spec.expression)
    sort_key = (spec.date or "").split("/")[0]
    return Event(
        id=spec.id,
        date=spec.date,
        precision=spec.precision,  # type: ignore[arg-type]
        sort_key=sort_key,
        text=text[start:end],
        sources=[source],
        entity_ids=spec.entity_ids,
        is_news=spec.is_news,
    )


def ukraine_site() -> Site:
    """Three dated articles and one undated, four entities, five events."""
    articles = [
        ArticleSpec(
            "talks-in-kyiv",
            "Talks in Kyiv",
            [
                "Olena Petrenko met NATO officials in Kyiv on Tuesday. The talks went well.",
                "NATO said Olena Petrenko and Jens Berg would meet again in March 2022.",
            ],
            date=dt.date(2022, 2, 15),
            source="Kyiv Post",
            author="A. Writer",
            url="https://example.org/talks",
        ),
        ArticleSpec(
            "berg-in-kyiv",
            "Berg visits Kyiv",
            ["Jens Berg arrived in Kyiv on 1 February 2022. NATO welcomed the visit."],
            date=dt.date(2022, 2, 2),
            source="Nordic Wire",
        ),
        ArticleSpec(
            "an-old-story",
            "An old story",
            ["In 2014 Olena Petrenko worked in Lviv. She left in the spring of 2015."],
            date=dt.date(2021, 6, 1),
            source="Kyiv Post",
        ),
        ArticleSpec(
            "undated-note",
            "A note without a date",
            ["Jens Berg spoke on Friday. Nobody knows which Friday."],
        ),
    ]
    entities = {
        "olena-petrenko": ("Olena Petrenko", "person"),
        "jens-berg": ("Jens Berg", "person"),
        "nato": ("NATO", "organization"),
        "kyiv": ("Kyiv", "place"),
        "lviv": ("Lviv", "place"),
    }
    events = [
        EventSpec(
            "e-tuesday",
            "2022-02-15",
            "day",
            "talks-in-kyiv",
            0,
            "on Tuesday",
            ["olena-petrenko", "nato", "kyiv"],
            is_news=True,
        ),
        EventSpec("e-march", "2022-03", "month", "talks-in-kyiv", 1, "March 2022", ["jens-berg"]),
        EventSpec(
            "e-feb1", "2022-02-01", "day", "berg-in-kyiv", 0, "1 February 2022", ["jens-berg"]
        ),
        EventSpec("e-2014", "2014", "year", "an-old-story", 0, "In 2014", ["olena-petrenko"]),
        EventSpec("e-friday", None, None, "undated-note", 0, "on Friday", ["jens-berg"]),
    ]
    return make_site(articles, entities, events)
