"""Football clubs the small model reads as people ("Manchester United" is a person's
name to it in 41 of 48 sentences of the BBC sport articles)."""

from __future__ import annotations

from test_resolve import hand_made

from site_builder.resolve import resolve_entities


def test_a_football_club_the_model_reads_as_a_person_is_an_organisation() -> None:
    article, extraction = hand_made(
        [
            "Manchester United beat Everton 2-0 in the FA Cup.",
            "Bolton Wanderers face Manchester United on Saturday.",
            "Manchester United will play Chelsea next.",
        ],
        [
            (0, "Manchester United", "PERSON"),
            (0, "Everton", "GPE"),
            (1, "Bolton Wanderers", "PERSON"),
            (1, "Manchester United", "PERSON"),
            (2, "Manchester United", "PERSON"),
        ],
    )
    res = resolve_entities([article], {article.id: extraction}, None)
    types = {e.name: e.type for e in res.entities}
    assert types["Manchester United"] == "organization"
    assert types["Bolton Wanderers"] == "organization"
