"""A name that takes a plural verb is a body, as British and wire copy write a company:
"Townsend Thoresen operate two other ships …", "Townsend Thoresen say the ship was
built …" (reu2968, first run of reu40-reu42: the small model read the ferry operator as
a person, and "he said" after "Former Townsend Thoresen navigating officer Clive Langley
said …" went to it). Not a person a bare verb follows ("let Smith say"), nor the last
of two people ("Brown and Smith say"). Real model and resolver, made-up wording."""

from __future__ import annotations

from pathlib import Path

from .quoted_article import said_and_types

STORY = (
    "FERRY SINKS",
    "LONDON, March 7 - An investigation began into the sinking of a car ferry.",
    "Harwell Kestrel operate two other ships identical to the ferry, the minister said.",
    "Harwell Kestrel say the ship was built to the highest safety standards.",
    "Former Harwell Kestrel navigating officer Clive Langley said the ships were like barges.",
    '"As any sailor knows it only takes two or three inches out of line to turn a barge '
    'over," he said.',
)


def test_a_name_with_a_plural_verb_is_a_body(tmp_path: Path) -> None:
    quotes, types = said_and_types(tmp_path, *STORY)
    assert types["Harwell Kestrel"] == "organization"
    assert quotes[-1][1] == "Clive Langley"


def test_a_person_after_a_verb_that_takes_a_bare_one_stays_a_person(tmp_path: Path) -> None:
    _, types = said_and_types(
        tmp_path,
        "TALKS",
        "Officials would not let Harold Kestrel say more about the talks on Tuesday.",
        "Harold Kestrel, the chief negotiator, said he was hopeful.",
    )
    assert types["Harold Kestrel"] == "person"
