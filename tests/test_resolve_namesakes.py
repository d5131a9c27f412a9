"""A bare surname in an article naming two people of that surname (hand-made mentions:
the choice is the resolver's, whatever the model reads)."""

from __future__ import annotations

from test_resolve import hand_made

from site_builder.models import Resolution
from site_builder.resolve import resolve_entities

PARAGRAPHS = [
    "Daniel Harlow, 41, was charged on Monday with arson.",
    "The fire destroyed the home of Harlow's aunt, Margaret Harlow, 70.",
    "Harlow was held without bail.",
    "Ms. Harlow was staying with neighbours.",
    "Mr. Harlow's lawyer declined to comment.",
]
SPANS = [
    (0, "Daniel Harlow", "PERSON"),
    (1, "Harlow", "PERSON"),
    (1, "Margaret Harlow", "PERSON"),
    (2, "Harlow", "PERSON"),
    (3, "Harlow", "PERSON"),
    (4, "Harlow", "PERSON"),
]


def linked_names(paragraphs: list[str], spans: list[tuple[int, str, str]]) -> list[str | None]:
    """Return the entity name each mention is linked to, in the order of ``spans``."""
    article, extraction = hand_made(paragraphs, spans)
    res: Resolution = resolve_entities([article], {article.id: extraction}, None)
    names = {e.id: e.name for e in res.entities}
    return [names.get(res.links.get((article.id, i), "")) for i in range(len(spans))]


def test_a_bare_surname_is_the_first_named_not_the_nearest() -> None:
    links = linked_names(PARAGRAPHS, SPANS)
    # paragraph 3's "Harlow" comes right after the aunt, but the story is the nephew's
    assert links[3] == "Daniel Harlow"
    assert links[1] == "Daniel Harlow"


def test_a_title_picks_the_one_person_of_its_sex() -> None:
    links = linked_names(PARAGRAPHS, SPANS)
    assert links[4] == "Margaret Harlow"  # "Ms. Harlow"
    assert links[5] == "Daniel Harlow"  # "Mr. Harlow"


def test_a_title_decides_nothing_when_the_other_name_says_no_sex() -> None:
    # "Robin" is either: "Ms." may be either person, so the first named keeps it
    paragraphs = [p.replace("Daniel", "Robin") for p in PARAGRAPHS]
    spans = [(p, t.replace("Daniel", "Robin"), label) for p, t, label in SPANS]
    links = linked_names(paragraphs, spans)
    assert links[4] == "Robin Harlow"


def test_a_title_leaves_out_only_the_other_sex() -> None:
    # an obituary: "Mr. Navarre" is the subject, whose given name says no sex, not the
    # brother whose name is a man's, nor the daughter
    paragraphs = [
        "Quillon Navarre, the developer, died on Sunday.",
        "He is survived by his daughter, Mary Navarre, and his brother, John Navarre.",
        "Mr. Navarre built the harbour towers.",
    ]
    spans = [
        (0, "Quillon Navarre", "PERSON"),
        (1, "Mary Navarre", "PERSON"),
        (1, "John Navarre", "PERSON"),
        (2, "Navarre", "PERSON"),
    ]
    assert linked_names(paragraphs, spans)[3] == "Quillon Navarre"
