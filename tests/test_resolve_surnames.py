"""A bare surname goes to its article's one person whose full name the model read as a
body or a place (issue 20): "Lennox Lewis" labelled an organisation, "Lewis" a person."""

from __future__ import annotations

from pathlib import Path

from test_resolve_news import linked, model, resolve

from site_builder.resolve.surnames import may_be_one_person

__all__ = ["model"]  # the fixture, used by name

BOXER = [
    "Lennox Lewis retired in 2004. Lewis said he had nothing left to prove.",
    "The former champion now works as a commentator.",
]
COMEDIAN = ["Jerry Lewis hosted the telethon for decades, the network said on Monday."]


def test_the_surname_joins_a_full_name_the_model_read_as_a_body(model, tmp_path: Path) -> None:
    res, ex = resolve({"boxer": BOXER, "comedian": COMEDIAN}, tmp_path)
    labels = {m.text: m.label for m in ex["boxer"].mentions}
    assert labels.get("Lennox Lewis") == "ORG"  # the model's slip this test is about
    assert labels.get("Lewis") == "PERSON"
    (full,) = {e.id for e in linked(res, ex, "boxer", "Lennox Lewis")}
    assert {e.id for e in linked(res, ex, "boxer", "Lewis")} == {full}
    # the archive's other Lewis, typed a person, does not take the boxer's surname
    assert {e.id for e in linked(res, ex, "comedian", "Jerry Lewis")} != {full}


def test_two_people_of_one_surname_are_never_joined_this_way() -> None:
    assert may_be_one_person({("bettie", "page"), ("bettie", "mae", "page")})
    assert may_be_one_person({("bettie", "page"), ("notorious", "bettie", "page")})
    assert not may_be_one_person({("greg", "mcdermott"), ("doug", "mcdermott")})
    assert not may_be_one_person({("lennox", "lewis"), ("jerry", "lewis"), ("lewis",)})
