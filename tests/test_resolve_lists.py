"""Names written as one list share a type (issue 20, fourth round): the odd one out of a
list the model labelled takes the others' type."""

from __future__ import annotations

from pathlib import Path

from test_resolve_news import linked, resolve

from site_builder.models import Mention
from site_builder.resolve.lists import LIST_WEIGHT, list_type_votes
from site_builder.resolve.mentions import ORG, PERSON, PLACE


def mentions_of(text: str, labelled: list[tuple[str, str]]) -> list[tuple[Mention, str]]:
    """Return hand-labelled mentions of one paragraph, each with the paragraph's text."""
    found = []
    for name, label in labelled:
        start = text.index(name)
        found.append((Mention(0, start, start + len(name), name, label), text))
    return found


def test_a_person_the_model_read_as_a_body_in_a_list_of_people(model, tmp_path: Path) -> None:
    texts = {
        "a": [
            "The gallery shows photographs by Dorothea Lange, Walker Evans and Gordon Parks.",
            "The prints were lent by a private collector in Chicago.",
        ]
    }
    res, ex = resolve(texts, tmp_path)
    labels = {m.text: m.label for m in ex["a"].mentions}
    assert labels.get("Walker Evans") == "ORG"  # the model's slip this test is about
    assert {e.type for e in linked(res, ex, "a", "Walker Evans")} == {"person"}
    assert {e.type for e in linked(res, ex, "a", "Gordon Parks")} == {"person"}


def test_only_the_odd_one_out_takes_a_vote() -> None:
    text = "Speakers were Ann Lee, Bo Park, Acme Works and Cy Diaz."
    votes = list_type_votes(
        mentions_of(
            text,
            [
                ("Ann Lee", "PERSON"),
                ("Bo Park", "PERSON"),
                ("Acme Works", "ORG"),
                ("Cy Diaz", "PERSON"),
            ],
        )
    )
    assert votes == {2: (PERSON, LIST_WEIGHT)}


def test_no_vote_without_a_list_or_without_agreement() -> None:
    # a town and its state before a name is no list: no "and" closes it
    text = "She checked into a clinic in Malibu, Calif., Access Hollywood has confirmed."
    town = [("Malibu", "GPE"), ("Calif.", "GPE"), ("Access Hollywood", "PERSON")]
    assert list_type_votes(mentions_of(text, town)) == {}
    # the other names disagree among themselves: nothing to follow
    text = "Talks joined Ann Lee, Acme Works, Ghana and Bo Park."
    mixed = [("Ann Lee", "PERSON"), ("Acme Works", "ORG"), ("Ghana", "GPE"), ("Bo Park", "PERSON")]
    assert list_type_votes(mentions_of(text, mixed)) == {}
    # two names are a pair, not a list whose type one can read
    text = "Acme Works and Bo Park signed."
    assert list_type_votes(mentions_of(text, [("Acme Works", "ORG"), ("Bo Park", "PERSON")])) == {}
    # names in two sentences are no list
    text = "Ann Lee spoke. Bo Park, Acme Works and Cy Diaz listened."
    split = [
        ("Ann Lee", "PERSON"),
        ("Bo Park", "PERSON"),
        ("Acme Works", "ORG"),
        ("Cy Diaz", "PERSON"),
    ]
    assert list_type_votes(mentions_of(text, split)) == {2: (PERSON, LIST_WEIGHT)}


def test_a_place_list_outvotes_a_person_label() -> None:
    text = "Flights to Oslo, Bergen and Tromso were cancelled."
    votes = list_type_votes(
        mentions_of(text, [("Oslo", "GPE"), ("Bergen", "PERSON"), ("Tromso", "GPE")])
    )
    assert votes == {1: (PLACE, LIST_WEIGHT)}
    assert ORG not in {kind for kind, _ in votes.values()}
