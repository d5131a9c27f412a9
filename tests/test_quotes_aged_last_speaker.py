""" "“…,” added the 30-year-old", when the sentences before name no person, is the last
person quoted, if nobody else has been named since; a description of someone the text
has not named stays unattributed. Made-up articles in the BBC's style, through the real
model and resolver."""

from __future__ import annotations

from pathlib import Path

from .quoted_article import said

OPENING = (
    "Arsenal's Sol Campbell has called the rivalry with Manchester United bitter. "
    '"It is just more bitter and personal against United," Campbell told The Guardian.'
)
AGED = (
    '"It had a psychological impact on us," added the 30-year-old, referring to a '
    "controversial penalty award for United's first goal."
)


def test_the_last_one_quoted_when_nobody_is_named_since(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        OPENING,
        "Last October, Arsenal lost 2-0 at Old Trafford, which ended a record unbeaten run.",
        AGED,
    )
    assert quotes[-1][1] == "Sol Campbell"


def test_not_when_someone_else_was_named_since(tmp_path: Path) -> None:
    # guard: Ronaldo, named since, could be the 30-year-old as well
    quotes = said(
        tmp_path,
        OPENING,
        "Last October, Arsenal lost 2-0 at Old Trafford after a penalty won by Cristiano "
        "Ronaldo ended a record unbeaten run.",
        AGED,
    )
    assert quotes[-1][1] is None
