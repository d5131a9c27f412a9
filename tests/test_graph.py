"""The site graph: links per paragraph, contexts, related entities, events, neighbours."""

from __future__ import annotations

import datetime as dt

from site_builder.graph import RELATED_LIMIT, Context, LinkedMention, build_graph

from .small_site import ArticleSpec, make_site, ukraine_site


def test_prev_and_next_follow_the_home_page_order() -> None:
    graph = build_graph(ukraine_site())
    assert graph.prev_next == {
        "talks-in-kyiv": ("berg-in-kyiv", None),
        "berg-in-kyiv": ("an-old-story", "talks-in-kyiv"),
        "an-old-story": ("undated-note", "berg-in-kyiv"),
        "undated-note": (None, "an-old-story"),
    }


def test_paragraph_links_are_sorted_by_offset() -> None:
    graph = build_graph(ukraine_site())
    links = graph.paragraph_links["talks-in-kyiv"]
    assert links[0] == [
        LinkedMention(0, 14, "olena-petrenko"),
        LinkedMention(19, 23, "nato"),
        LinkedMention(37, 41, "kyiv"),
    ]
    assert [m.entity_id for m in links[1]] == ["nato", "olena-petrenko", "jens-berg"]


def test_related_entities_count_shared_sentences() -> None:
    graph = build_graph(ukraine_site())
    # Olena Petrenko shares two sentences with NATO (one per paragraph), one with Kyiv,
    # Jens Berg and Lviv; ties are ordered by name
    assert graph.related["olena-petrenko"] == [
        ("nato", 2),
        ("jens-berg", 1),
        ("kyiv", 1),
        ("lviv", 1),
    ]
    # "Jens Berg arrived in Kyiv ..." and "NATO welcomed ..." are two sentences
    assert ("nato", 1) in graph.related["jens-berg"]
    assert ("kyiv", 1) in graph.related["jens-berg"]
    assert "undated-note" not in graph.related


def test_related_entities_are_limited() -> None:
    names = {f"e{i:02d}": (f"Name{i:02d}", "person") for i in range(RELATED_LIMIT + 5)}
    sentence = " ".join(name for name, _ in names.values()) + " met."
    site = make_site([ArticleSpec("a", "A", [sentence])], names)
    related = build_graph(site).related["e00"]
    assert len(related) == RELATED_LIMIT
    assert related[0] == ("e01", 1)


def test_contexts_hold_the_sentence_and_the_mention_offsets_in_it() -> None:
    graph = build_graph(ukraine_site())
    contexts = graph.contexts["jens-berg"]
    assert list(contexts) == ["talks-in-kyiv", "berg-in-kyiv", "undated-note"]
    assert contexts["talks-in-kyiv"] == [
        Context(
            "talks-in-kyiv",
            1,
            "NATO said Olena Petrenko and Jens Berg would meet again in March 2022.",
            ((29, 38),),
        )
    ]
    # the second sentence of a paragraph: offsets are relative to the sentence
    nato = graph.contexts["nato"]["berg-in-kyiv"][0]
    assert nato.sentence == "NATO welcomed the visit."
    assert nato.spans == ((0, 4),)


def test_a_mention_outside_every_sentence_gets_its_paragraph() -> None:
    site = make_site(
        [ArticleSpec("a", "A", ["Ada Lovelace wrote. Notes"])], {"ada": ("Ada Lovelace", "person")}
    )
    site.extractions["a"].sentences.clear()
    [context] = build_graph(site).contexts["ada"]["a"]
    assert context.sentence == "Ada Lovelace wrote. Notes"
    assert context.spans == ((0, 12),)


def test_links_to_an_entity_the_site_does_not_have_are_ignored() -> None:
    site = make_site(
        [ArticleSpec("a", "A", ["Ada Lovelace met Kyiv."])],
        {"ada": ("Ada Lovelace", "person"), "kyiv": ("Kyiv", "place")},
    )
    site.resolution.entities = [e for e in site.resolution.entities if e.id != "ada"]
    graph = build_graph(site)
    assert graph.paragraph_links["a"][0] == [LinkedMention(17, 21, "kyiv")]
    assert set(graph.contexts) == {"kyiv"}
    assert graph.related == {}


def test_events_by_entity_and_by_article() -> None:
    graph = build_graph(ukraine_site())
    assert [e.id for e in graph.entity_events["olena-petrenko"]] == ["e-2014", "e-tuesday"]
    assert [e.id for e in graph.entity_events["jens-berg"]] == ["e-feb1", "e-march", "e-friday"]
    assert [e.id for e in graph.article_events["talks-in-kyiv"]] == ["e-tuesday", "e-march"]
    assert "lviv" not in graph.entity_events


def test_article_entities_are_ordered_by_mentions() -> None:
    site = make_site(
        [ArticleSpec("a", "A", ["Kyiv and Lviv. Lviv again. Lviv!"], date=dt.date(2022, 1, 1))],
        {"kyiv": ("Kyiv", "place"), "lviv": ("Lviv", "place")},
    )
    graph = build_graph(site)
    assert graph.article_entities == {"a": ["lviv", "kyiv"]}
    assert set(graph.articles) == {"a"}
    assert set(graph.entities) == {"kyiv", "lviv"}
