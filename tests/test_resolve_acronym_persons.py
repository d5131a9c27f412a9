"""An acronym nobody defined is never taken for the initials of a person's name: "BLB"
is no "Bonny Lee Bakley", "BAA" no film the model read as a person."""

from __future__ import annotations

from test_resolve import hand_made

from site_builder.resolve import resolve_entities


def test_an_acronym_is_no_persons_initials() -> None:
    first, first_extraction = hand_made(
        ["Bonny Lee Bakley was shot in 2001. Her family sued."],
        [(0, "Bonny Lee Bakley", "PERSON")],
        name="a",
    )
    second, second_extraction = hand_made(
        ["BLB holds a 22% stake in the track. BLB said it would buy the unit."],
        [(0, "BLB", "ORG")],
        name="b",
    )
    res = resolve_entities([first, second], {"a": first_extraction, "b": second_extraction}, None)
    names = {e.name for e in res.entities}
    assert {"BLB", "Bonny Lee Bakley"} <= names
