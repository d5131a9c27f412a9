"""A name ends at a spaced dash: the model reads "Arsene Wenger - he has …" as one
person "Arsene Wenger - he", and "Florian Hamm - Borussia Dortmund's biggest critic" as
one person "Florian Hamm - Borussia Dortmund". Made-up articles in the BBC's style (it
writes a spaced hyphen for a dash), through the real model and resolver."""

from __future__ import annotations

from pathlib import Path

from .quoted_article import said_and_types


def test_no_name_runs_over_a_dash(tmp_path: Path) -> None:
    quotes, types = said_and_types(
        tmp_path,
        "Arsene Wenger - he has been in charge since 1996 - said the team was tired. "
        "The manager, Alan Milburn - the former health secretary - said nothing.",
        '"We were tired and we made mistakes," said Wenger.',
    )
    assert not [name for name in types if " - " in name], types
    assert types.get("Arsene Wenger") == "person"
    assert quotes[-1][1] == "Arsene Wenger"


def test_the_person_before_the_dash_speaks(tmp_path: Path) -> None:
    quotes, _ = said_and_types(
        tmp_path,
        "Shareholder representative Florian Hamm - Borussia Dortmund's biggest critic - "
        "attacked the board at the meeting in Dortmund.",
        '"I demand better transparency," he said.',
    )
    assert quotes[-1] == ("I demand better transparency,", "Florian Hamm")
