"""A name the model read across a possessive is cut in two when the text names its
owner on its own ("Arsenal's Edu" with "Arsenal" elsewhere); a name with a possessive
of its own ("the Foster's Group", "European People's Party") stays whole. Made-up
articles in the BBC's style, through the real model and resolver."""

from __future__ import annotations

from pathlib import Path

from .quoted_article import said_and_types


def test_a_clubs_player_is_a_person_of_his_own(tmp_path: Path) -> None:
    quotes, types = said_and_types(
        tmp_path,
        "Arsenal's Edu has lifted the lid on the scenes that followed Manchester "
        "United's win over the Gunners.",
        'The Brazilian confirmed tempers had flared. "I saw people being pulled apart, '
        "people pushing, pointing and shouting,\" he told Uefa's official website. "
        "The FA charged Arsenal and Manchester United with failing to control their players.",
    )
    assert not [name for name in types if "'s " in name], types
    assert types.get("Edu") == "person"
    assert "Arsenal" in types
    assert quotes[0][1] == "Edu"


def test_a_name_that_owns_no_other_name_stays_whole(tmp_path: Path) -> None:
    # guard: "Foster's" is the brand's own name, written with its possessive
    _, types = said_and_types(
        tmp_path,
        "Foster's Group, the Australian brewer, reported higher profits on Monday. "
        "Sales of Foster's rose in Asia, the company said.",
    )
    assert "Foster's Group" in types, types
