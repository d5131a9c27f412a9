"""A name before a team's role and its holder's name is the team ("Blackburn boss Mark
Hughes", "Everton manager David Moyes"), though the small model reads a town's or a
surname's word as a person: a BBC archive had person pages "Blackburn" (26 mentions)
and "Aston Villa" (25). Not a person's role for another ("Blair adviser Philip Gould").
One such phrase makes the story's other uses of the name the team, but not those the
model reads as a town or missed ("in Cardiff"). Real model and resolver."""

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


def test_the_team_role_names_the_team_throughout_its_story(model, tmp_path: Path) -> None:
    # one "Blackburn boss Mark Hughes" makes the story's other "Blackburn"s the team too
    res, _, _ = resolve_texts(
        {
            "a": [
                "Blackburn boss Mark Hughes praised his players after the win.",
                "Hughes said Blackburn deserved it. Blackburn looked sharp, Blackburn kept "
                "going and Blackburn scored late. Blackburn will now face Fulham.",
            ],
        },
        tmp_path,
    )
    assert by_name(res, "Blackburn").type == "organization"


def test_not_the_storys_uses_of_the_name_as_a_town(model, tmp_path: Path) -> None:
    # "in Cardiff" stays the city, though the story also names "Cardiff coach Dai Young"
    res, _, _ = resolve_texts(
        {
            "a": [
                "Cardiff coach Dai Young praised his side. The match in Cardiff drew a big "
                "crowd, fans in Cardiff sang, and the bars in Cardiff were full."
            ],
            "b": ["The festival was held in Cardiff, Wales, on Monday."],
            "c": ["The protest was held in Cardiff, Wales, on Tuesday."],
            "d": ["The concert was held in Cardiff, Wales, on Friday."],
        },
        tmp_path,
    )
    assert by_name(res, "Cardiff").type == "place"


def test_a_company_before_its_head_s_title_and_name_is_a_company(model, tmp_path: Path) -> None:
    # the wire's capitalised titles: "Goodyear Chairman Robert Mercer" (the model read
    # "Goodyear" as a person, and "he said" after it went to that person)
    res, _, _ = resolve_texts(
        {
            "a": [
                "In a speech to business leaders, Goodyear Chairman Robert Mercer lashed out "
                "at corporate raiders."
            ],
            "b": ["Kodak president Colby Chandler said the company would cut costs."],
        },
        tmp_path,
    )
    assert by_name(res, "Goodyear").type == "organization"
    assert by_name(res, "Kodak").type == "organization"
    assert by_name(res, "Robert Mercer").type == "person"
