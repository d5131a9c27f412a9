"""Entity types and people that carry over to news nobody tuned for: issue 20's eighth
round, each class on short texts."""

from __future__ import annotations

from test_resolve import hand_made

from site_builder.resolve import resolve_entities
from site_builder.resolve.mentions import WHO_WEIGHT, context_of
from site_builder.resolve.names import key_of, without_run_on
from site_builder.resolve.people import listed_short_form


def _resolve(texts: dict[str, list[str]], spans: dict[str, list[tuple[int, str, str]]]):
    made = {name: hand_made(texts[name], spans[name], name) for name in texts}
    return resolve_entities(
        [a for a, _ in made.values()], {n: e for n, (_, e) in made.items()}, None
    )


def test_a_listed_short_first_name_joins_its_full_name_in_one_story() -> None:
    assert listed_short_form("larry", "lawrence") and listed_short_form("maurice", "mo")
    # a short form of a man's and a woman's name names no one given name
    assert not listed_short_form("chris", "christina") and not listed_short_form("pat", "patricia")
    assert not listed_short_form("fred", "frederick")  # a prefix form: not listed
    texts = {
        "a": ["Lawrence Lessig spoke first.", "Larry Lessig then took questions."],
        "b": ["Chris Evans met Christina Evans."],
        "c": ["Fred Smith met Frederick Smith."],
    }
    spans = {
        "a": [(0, "Lawrence Lessig", "PERSON"), (1, "Larry Lessig", "PERSON")],
        "b": [(0, "Chris Evans", "PERSON"), (0, "Christina Evans", "PERSON")],
        "c": [(0, "Fred Smith", "PERSON"), (0, "Frederick Smith", "PERSON")],
    }
    res = _resolve(texts, spans)
    assert res.links.get(("a", 0)) == res.links.get(("a", 1)) is not None
    # side by side, an ambiguous or a prefix form stays two people
    assert res.links.get(("b", 0)) != res.links.get(("b", 1))
    assert res.links.get(("c", 0)) != res.links.get(("c", 1))


def test_who_after_a_name_and_its_comma_votes_person() -> None:
    text = "The Sixers quickly hired Mo Cheeks, who is a Dalembert fan."
    start = text.index("Mo Cheeks")
    assert WHO_WEIGHT in context_of(text, start, start + len("Mo Cheeks"))[2]
    for text, name in (
        ("The company, which is based in Ohio, said so.", "Ohio"),  # not "which"
        ("Those who met Ohio officials left.", "Ohio"),  # no comma before "who"
        ("Boro, who are playing in Europe, won.", "Boro"),  # a plural verb: a team
        ("Boro, who have won twice, lost.", "Boro"),
    ):
        start = text.index(name)
        assert WHO_WEIGHT not in context_of(text, start, start + len(name))[2], text
    texts = {"a": ["The Sixers quickly hired Mo Cheeks, who is a Dalembert fan."]}
    spans = {"a": [(0, "Mo Cheeks", "GPE")]}  # the small model's reading on ECB+
    res = _resolve(texts, spans)
    cheeks = next(e for e in res.entities if e.id == res.links.get(("a", 0)))
    assert cheeks.type == "person"


def test_a_spokesman_for_a_name_does_not_make_it_a_person() -> None:
    # "said" after "a spokesman for X" is the spokesman's: no person vote for X
    text = "A spokesman for Harrowgate said the store would reopen."
    start = text.index("Harrowgate")
    assert context_of(text, start, start + len("Harrowgate"))[2] == []
    text = "Harrowgate said the store would reopen."
    assert context_of(text, 0, len("Harrowgate"))[2] != []


def test_a_name_before_a_business_s_premises_is_the_business() -> None:
    # the model misses the one-word chain's name (CAND) or reads it as a person; its
    # label and "said" would make it one
    texts = {
        "a": [
            "Fire destroyed the Harrowgate supermarket in Banstead.",
            "Harrowgate said nobody was hurt.",
            "A Harrowgate store nearby stayed open.",
        ]
    }
    spans = {
        "a": [(0, "Harrowgate", "CAND"), (1, "Harrowgate", "PERSON"), (2, "Harrowgate", "CAND")]
    }
    res = _resolve(texts, spans)
    (chain,) = [e for e in res.entities if e.name == "Harrowgate"]
    assert chain.type == "organization"


def test_a_role_hyphened_onto_a_name_is_not_part_of_it() -> None:
    assert without_run_on("Jonathan Wright-director") == "Jonathan Wright"
    assert without_run_on("the Obama-era") == "the Obama-era"  # lower case: no name
    assert key_of("Obama-era") == key_of("Obama")
    # a romanised given name and an honorific go on in lower case: part of the name
    assert without_run_on("Lee Cheuk-yan") == "Lee Cheuk-yan"
    assert without_run_on("Osman-aga") == "Osman-aga"
    texts = {
        "a": ["Jonathan Wright-director of products at the firm said it was cut."],
        "b": ["Jonathan Wright said the cable was cut."],
    }
    spans = {
        "a": [(0, "Jonathan Wright-director", "PERSON")],
        "b": [(0, "Jonathan Wright", "PERSON")],
    }
    res = _resolve(texts, spans)
    (person,) = [e for e in res.entities if e.type == "person"]
    assert person.name == "Jonathan Wright"
