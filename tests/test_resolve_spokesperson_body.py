"""A name between an article and "spokesman" is a body's ("a Jive spokeswoman said"),
whatever the model called it."""

from __future__ import annotations

from pathlib import Path

from test_resolve import hand_made

from site_builder.resolve import resolve_entities

from .quoted_article import said_and_types


def test_the_name_a_spokeswoman_speaks_for_is_a_body() -> None:
    article, extraction = hand_made(
        ['"It was an old dance injury," a Jive spokeswoman said at the time.'],
        [(0, "Jive", "PRODUCT")],
    )
    res = resolve_entities([article], {article.id: extraction}, None)
    assert {e.name: e.type for e in res.entities} == {"Jive": "organization"}


def test_a_name_used_as_a_person_elsewhere_stays_a_person() -> None:
    # guard: one spokesman's word does not outvote a person's title and role
    article, extraction = hand_made(
        [
            "Senator John Kerry, the Democratic candidate, spoke in Ohio.",
            "Mr Kerry said he would win. Kerry told voters to turn out.",
            "A Kerry spokeswoman said the senator was tired.",
        ],
        [
            (0, "John Kerry", "PERSON"),
            (0, "Ohio", "GPE"),
            (1, "Kerry", "PERSON"),
            (1, "Kerry", "PERSON"),
            (2, "Kerry", "PERSON"),
        ],
    )
    res = resolve_entities([article], {article.id: extraction}, None)
    assert {e.name: e.type for e in res.entities}["John Kerry"] == "person"


def test_the_quotation_goes_to_the_body(tmp_path: Path) -> None:
    quotes, types = said_and_types(
        tmp_path,
        "The singer cancelled the rest of her tour after injuring her knee while filming "
        'a video. "She obviously took a wrong step and blew out her knee," a Jive '
        "spokeswoman said at the time.",
    )
    assert types.get("Jive") == "organization"
    assert quotes == [("She obviously took a wrong step and blew out her knee,", "Jive")]
