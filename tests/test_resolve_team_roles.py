"""A name before a team's role and its holder's name is the team ("Blackburn boss Mark
Hughes", "Everton manager David Moyes"), though the small model reads a town's or a
surname's word as a person: a BBC archive had person pages "Blackburn" (26 mentions)
and "Aston Villa" (25). Not a person's role for another ("Blair adviser Philip Gould").
Real model and resolver."""

from __future__ import annotations

from pathlib import Path

from test_resolve import by_name, resolve_texts


def test_a_name_before_a_team_role_and_its_holder_is_the_team(model, tmp_path: Path) -> None:
    res, _, _ = resolve_texts(
        {
            "a": [
                "Blackburn boss Mark Hughes said his side would fight on. Blackburn lost "
                "2-0 at Ewood Park on Saturday."
            ],
            "b": ["Blackburn striker Paul Dickov was injured in the first half."],
        },
        tmp_path,
    )
    assert by_name(res, "Blackburn").type == "organization"
    assert by_name(res, "Mark Hughes").type == "person"


def test_a_persons_adviser_leaves_the_person_a_person(model, tmp_path: Path) -> None:
    res, _, _ = resolve_texts(
        {"a": ["Tony Blair adviser Philip Gould said the polls were wrong. Blair agreed."]},
        tmp_path,
    )
    assert by_name(res, "Tony Blair").type == "person"
