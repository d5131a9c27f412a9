"""Two bodies' names the model read as one span ("Siemens and Orion Group Corp.")."""

from __future__ import annotations

from test_resolve import hand_made

from site_builder.resolve import resolve_entities

PARAGRAPHS = [
    "Siemens reported higher orders.",
    "Orion Group Corp. declined to comment.",
    "Talks between Siemens and Orion Group Corp. stalled on Monday.",
    "Analysts said Siemens would walk away.",
    "Orion Group Corp. shares fell.",
]
SPANS = [
    (0, "Siemens", "ORG"),
    (1, "Orion Group Corp.", "ORG"),
    (2, "Siemens and Orion Group Corp.", "ORG"),
    (3, "Siemens", "ORG"),
    (4, "Orion Group Corp.", "ORG"),
]


def names_after(paragraphs: list[str], spans: list[tuple[int, str, str]]) -> set[str]:
    article, extraction = hand_made(paragraphs, spans)
    res = resolve_entities([article], {article.id: extraction}, None)
    return {e.name for e in res.entities}


def test_two_names_the_archive_knows_alone_make_no_page() -> None:
    names = names_after(PARAGRAPHS, SPANS)
    assert "Siemens and Orion Group Corp." not in names
    assert {"Siemens", "Orion Group Corp."} <= names


def test_a_side_named_alone_once_is_not_enough() -> None:
    # without the fourth paragraph "Siemens" stands alone once: the model's slip, maybe
    paragraphs = [*PARAGRAPHS[:3], "Analysts expect a deal.", PARAGRAPHS[4]]
    names = names_after(paragraphs, SPANS[:3] + SPANS[4:])
    assert "Siemens and Orion Group Corp." in names


def test_a_side_cut_from_the_longer_name_is_not_alone() -> None:
    # the model cut "U.S. Fish" and "Wildlife Service" from the agency's name twice
    paragraphs = [
        "The U.S. Fish and Wildlife Service listed the bear.",
        "A U.S. Fish and Wildlife Service biologist agreed.",
        "The U.S. Fish and Wildlife Service will appeal.",
    ]
    spans = [
        (0, "U.S. Fish and Wildlife Service", "ORG"),
        (1, "U.S. Fish", "ORG"),
        (1, "Wildlife Service", "ORG"),
        (2, "U.S. Fish", "ORG"),
        (2, "Wildlife Service", "ORG"),
    ]
    assert "U.S. Fish and Wildlife Service" in names_after(paragraphs, spans)


def test_a_known_name_with_and_stays_whole() -> None:
    paragraphs = [
        "Bosnia and Herzegovina voted.",
        "Bosnia is small.",
        "Herzegovina is smaller.",
        "Bosnia agreed.",
        "Herzegovina did too.",
    ]
    spans = [
        (0, "Bosnia and Herzegovina", "GPE"),
        (1, "Bosnia", "GPE"),
        (2, "Herzegovina", "GPE"),
        (3, "Bosnia", "GPE"),
        (4, "Herzegovina", "GPE"),
    ]
    assert "Bosnia and Herzegovina" in names_after(paragraphs, spans)
