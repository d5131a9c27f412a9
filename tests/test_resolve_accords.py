"""An accord named after where it was made ("the Louvre accord", "the Plaza agreement")
names a place, which the small model reads as a person: on 2,139 Reuters stories of 1987
(NEWIDs from 19001, none of the quotation sets') "Louvre" was a person of 69 mentions.
Only a one-word name the model read as a person, after "the". Real model and resolver."""

from __future__ import annotations

from pathlib import Path

from test_resolve import by_name, resolve_texts


def test_the_place_of_an_accord_is_no_person(model, tmp_path: Path) -> None:
    res, _, _ = resolve_texts(
        {
            "a": [
                "The dollar held steady as dealers tested the Louvre accord, which the "
                "Group of Seven reached in Paris in February."
            ],
            "b": ["Traders said the Louvre accord would hold until the summit in June."],
        },
        tmp_path,
    )
    assert by_name(res, "Louvre").type == "place"
