"""Peers named by title ("Lord Falconer"): the title the model leaves apart is joined to
the name, and the titled name keeps its own page, never a place's or a namesake's."""

from __future__ import annotations

from pathlib import Path

from test_extract import make_article, nlp, run  # noqa: F401 (nlp: a fixture)
from test_resolve import hand_made

from site_builder.models import Resolution
from site_builder.resolve import resolve_entities


def resolved(paragraphs: list[str], spans: list[tuple[int, str, str]]) -> Resolution:
    article, extraction = hand_made(paragraphs, spans)
    return resolve_entities([article], {article.id: extraction}, None)


def test_a_peer_s_title_is_joined_to_the_name_the_model_tags(nlp, tmp_path: Path) -> None:  # noqa: F811
    article = make_article(
        "peers",
        [
            "Lord Falconer said the bill would pass. Tory Lord Dubs warned of delays.",
            "The Lord Chancellor met Baroness Scotland in London.",
        ],
    )
    ex, _ = run([article], tmp_path)
    names = {m.text: m.label for m in ex["peers"].mentions}
    assert names.get("Lord Falconer") == "PERSON"
    assert names.get("Lord Dubs") == "PERSON"  # the party is no part of the name
    assert names.get("Baroness Scotland") == "PERSON"
    assert "Lord" not in names and "Tory Lord" not in names
    assert not any(text.startswith("Lord Chancellor ") for text in names)


def test_a_peer_joins_the_full_name_of_the_article_only_if_the_sex_agrees() -> None:
    res = resolved(
        [
            "Neil Kinnock has been made a peer. Lord Kinnock said he was honoured.",
            "Charles Kennedy welcomed Baroness Kennedy to the party's front bench.",
            "Baroness Scotland visited Scotland on Friday.",
        ],
        [
            (0, "Neil Kinnock", "PERSON"),
            (0, "Lord Kinnock", "PERSON"),
            (1, "Charles Kennedy", "PERSON"),
            (1, "Baroness Kennedy", "PERSON"),
            (2, "Baroness Scotland", "PERSON"),
            (2, "Scotland", "GPE"),
        ],
    )
    by_name = {e.name: e for e in res.entities}
    # one person: the page is named by the full name
    assert "Neil Kinnock" in by_name and "Lord Kinnock" not in by_name
    assert by_name["Neil Kinnock"].type == "person"
    # a man's given name: Baroness Kennedy is someone else
    assert "Charles Kennedy" in by_name and "Baroness Kennedy" in by_name
    # a title's name is no place's
    assert by_name["Baroness Scotland"].type == "person"
    assert by_name["Scotland"].type == "place"


def test_peers_of_close_names_are_not_merged_across_articles() -> None:
    a1, e1 = hand_made(
        ["Lord Falconer spoke in the debate."], [(0, "Lord Falconer", "PERSON")], "a"
    )
    a2, e2 = hand_made(
        ["Lord Faulkner spoke in the debate."], [(0, "Lord Faulkner", "PERSON")], "b"
    )
    res = resolve_entities([a1, a2], {"a": e1, "b": e2}, None)
    assert {"Lord Falconer", "Lord Faulkner"} <= {e.name for e in res.entities}
