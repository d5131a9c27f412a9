"""A person written with a nickname inside the name ('Charles "Lucky" Luciano') is keyed
without it, and is the person the archive writes elsewhere by the nickname and the
surname ("Lucky Luciano"); the nickname's marks are no quotation. Invented names; real
model and resolver."""

from __future__ import annotations

from pathlib import Path

from test_resolve import by_name, entity_of, resolve_texts


def test_a_nickname_and_surname_join_the_name_written_with_it(model, tmp_path: Path) -> None:
    res, _, _ = resolve_texts(
        {
            "a": ['The gang was founded by Samuel "Lefty" Marconi in 1931.'],
            "b": ["Lefty Marconi died in Naples in 1962, police records show."],
        },
        tmp_path,
    )
    person = by_name(res, "Samuel Marconi")
    assert "Lefty Marconi" in person.aliases
    names = [e.name for e in res.entities]
    assert "Lefty" not in names and "Lefty Marconi" not in names


def test_the_nickname_alone_is_the_person_in_its_story_only(model, tmp_path: Path) -> None:
    res, arts, ex = resolve_texts(
        {
            "a": ['Striker Ahmed "Mido" Hossam signed on Monday.', "Mido scored twice."],
            "b": ["Mido scored for the reserves."],
        },
        tmp_path,
    )
    person = by_name(res, "Ahmed Hossam")
    assert entity_of(res, arts, ex, "a", "Mido") is person
    assert entity_of(res, arts, ex, "b", "Mido") is not person
