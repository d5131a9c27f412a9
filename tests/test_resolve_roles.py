"""A role, a title or a rank alone is no entity ("Sgt", "Sheriff", "QB", "National Coach"):
issue 20's noise class, on short made-up texts read by the real model."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_resolve import resolve_texts

from site_builder.models import Extraction, Resolution
from site_builder.resolve.names import key_of, names_a_role


def links_of(
    res: Resolution, extractions: dict[str, Extraction], article: str, text: str
) -> list[str | None]:
    """Return the entity name each mention with this surface text is linked to (or None)."""
    names = {e.id: e.name for e in res.entities}
    found = [
        names.get(res.links.get((article, i)) or "")
        for i, m in enumerate(extractions[article].mentions)
        if m.text == text
    ]
    assert found, f"the model found no {text!r} in {article}: {extractions[article].mentions}"
    return found


def test_a_rank_cut_from_a_name_is_left_unlinked(model, tmp_path: Path) -> None:
    texts = {
        "a": [
            "Marlow police Sgt. Dana Whitcombe said the driver fled on foot.",
            "Sgt. Whitcombe said officers found the car an hour later near Oak Street.",
            "Anyone with information is asked to call Sgt. Pete Olander at the Marlow station.",
        ]
    }
    res, _, ex = resolve_texts(texts, tmp_path)
    assert set(links_of(res, ex, "a", "Sgt")) == {None}
    names = {e.name for e in res.entities}
    assert "Sgt" not in names
    # the people the rank titles keep their pages and their mentions
    assert {"Dana Whitcombe", "Pete Olander"} <= names
    assert links_of(res, ex, "a", "Whitcombe") == ["Dana Whitcombe"]


def test_a_role_alone_gathers_no_one(model, tmp_path: Path) -> None:
    texts = {
        "b": [
            "Two Harlow County Sheriff's deputies were hurt in the chase on Friday.",
            '"This was a reckless act," Sheriff Tom Brackett said.',
            "The Sheriff's detectives later arrested a 24-year-old man.",
        ],
        "c": [
            "Nadia Ferreira is the Founder and CEO of Brightwater Labs, a startup in Austin.",
            "No QB has ever won four straight titles with the club, Ferreira said.",
        ],
    }
    res, _, ex = resolve_texts(texts, tmp_path)
    assert set(links_of(res, ex, "b", "Sheriff")) == {None}
    assert links_of(res, ex, "c", "QB") == [None]
    names = {e.name for e in res.entities}
    assert not names & {"Sheriff", "QB", "Founder"}
    assert {"Tom Brackett", "Nadia Ferreira", "Brightwater Labs"} <= names


def test_a_position_in_a_sports_story_is_no_team(model, tmp_path: Path) -> None:
    texts = {
        "g": [
            "The Kansas City Chiefs lost 20-13 to the Denver Broncos on Sunday, their tenth "
            "loss of the season.",
            "Nobody playing QB for the Chiefs has led a game-winning drive this year.",
            "The free agent QB that spurned the Chiefs in March threw for 300 yards in Denver.",
            "The Chiefs host the Raiders next week.",
        ]
    }
    res, _, ex = resolve_texts(texts, tmp_path)
    assert set(links_of(res, ex, "g", "QB")) == {None}
    assert links_of(res, ex, "g", "Kansas City Chiefs") == ["Kansas City Chiefs"]


def test_a_surname_that_is_a_role_word_is_still_the_person(model, tmp_path: Path) -> None:
    texts = {
        "d": [
            "Director Bryan Singer finished the film in March.",
            "Singer said the studio had cut two scenes.",
        ]
    }
    res, _, ex = resolve_texts(texts, tmp_path)
    assert links_of(res, ex, "d", "Singer") == ["Bryan Singer"]


def test_bodies_named_by_a_generic_word_stay(model, tmp_path: Path) -> None:
    texts = {
        "e": [
            "Congress passed the bill on Tuesday, and the Senate is expected to follow.",
            "The City Council of Marlow and the Justice Department welcomed the vote.",
        ]
    }
    res, _, ex = resolve_texts(texts, tmp_path)
    assert links_of(res, ex, "e", "Congress") == ["Congress"]
    assert links_of(res, ex, "e", "Senate") == ["Senate"]
    assert links_of(res, ex, "e", "Justice Department") == ["Justice Department"]


@pytest.mark.parametrize(
    ("name", "role"),
    [
        ("Sgt", True),
        ("Sheriff", True),
        ("National Coach", True),
        ("Deputy Prime Minister", True),
        ("Founder and CEO", True),
        ("Sheriff's Capt", True),  # a role's possessive qualifies the rank after it
        ("'s Sgt", True),  # the possessive's "s" cut from the name before
        ("Surgeon General", True),
        ("Rear Admiral", True),
        ("U.S. Surgeon General", True),  # a country's role is still a role
        ("British Ambassador", True),
        ("Sheriff Tom Brackett", False),
        ("Los Angeles Sheriff", False),  # a town's: the model's cut of its sheriff's office
        ("U.S. Army", False),
        ("Office of the Surgeon General", False),
        ("Senior Committee", False),  # a body: "Committee" is no role
        ("Sheriff's Department", False),
        ("General Staff", False),  # a body every country has
        ("National", False),  # a qualifier without a role
        ("Senators", False),  # a team's plural
        ("and CEO", False),
        ("Sr", True),  # a religious sister's title, or a generation's: no one alone
        ("Fr.", True),
        ("Sr. Carol Keehan", False),
        ("DA", True),  # a role's initials: every county has its district attorney
        ("D.A.", True),
        ("Manhattan DA", False),  # one office
        ("Siemens AG", False),  # a company's legal form
    ],
)
def test_names_a_role(name: str, role: bool) -> None:
    assert names_a_role(*key_of(name)) is role


def test_a_rank_run_into_a_body_s_name_is_cut_from_it(model, tmp_path: Path) -> None:
    texts = {
        "f": [
            "Officers used a Taser to subdue him, said Bloomfield Police Sgt. Marty Olsen.",
            "The Bloomfield Police said the man was taken to a hospital.",
            "Woodbury Police Department Capt. Tom Tennant was killed in the blast.",
        ]
    }
    res, _, ex = resolve_texts(texts, tmp_path)
    # the body's page, named without the rank of the person named next
    assert links_of(res, ex, "f", "Bloomfield Police Sgt") == ["Bloomfield Police"]
    assert links_of(res, ex, "f", "Bloomfield Police") == ["Bloomfield Police"]
    assert links_of(res, ex, "f", "Woodbury Police Department Capt") == [
        "Woodbury Police Department"
    ]
    assert links_of(res, ex, "f", "Marty Olsen") == ["Marty Olsen"]


@pytest.mark.parametrize(
    ("surface", "key"),
    [
        ("Bloomington Police Sgt", "bloomington police"),
        ("Oregon State Police and Capt", "oregon state police"),
        ("OSP Lt", "osp"),
        ("Sheriff's Capt", "sheriffs capt"),  # a role all through: junk, not "Sheriff's"
        ("Mulholland Dr", "mulholland dr"),  # a street: "Dr" is no rank here
        ("Amartya Sen", "amartya sen"),
    ],
)
def test_a_trailing_rank_leaves_the_key(surface: str, key: str) -> None:
    assert key_of(surface)[0] == key


def test_a_relative_named_by_a_given_name_is_no_one_elses_surname(model, tmp_path: Path) -> None:
    # "Crystal" after "sister" is her given name: not the surname of the archive's only
    # person called Crystal, from another story
    texts = {
        "a": [
            "Comedian Billy Crystal will host the awards show in March.",
            "Crystal hosted the show eight times before.",
        ],
        "b": [
            "Maria Davis, 34, died in the crash on Route 9 on Saturday.",
            "“She was the heart of our family,” said Ms. Davis's sister Crystal.",
        ],
    }
    res, _, ex = resolve_texts(texts, tmp_path)
    assert links_of(res, ex, "a", "Crystal") == ["Billy Crystal"]
    assert "Billy Crystal" not in links_of(res, ex, "b", "Crystal")
