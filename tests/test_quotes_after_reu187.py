"""From the first runs of the Reuters sets reu187-reu192: "Fernando Pedreira of the Jornal
do Brasil, wrote" is Pedreira's (a body's name may hold "do", "da", "von" …), and "Tony
Proffitt, an aide to State Comptroller Bob Bullock said, “…”" is the aide's line, not
Bullock's. The tests run the real NLP model and resolver on made-up wording."""

from __future__ import annotations

from pathlib import Path

from .quoted_article import said


def test_a_commentator_of_a_paper_whose_name_holds_do(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "RIO DE JANEIRO, April 7 - Brazil faces its worst crisis in years.",
        "One senior political commentator, Fernando Pedreira of the Jornal do Brasil, wrote "
        "in the newspaper last week:",
        '"President Sarney is a man of good intentions, but he is not aware of the true state '
        'of the country."',
    )
    assert quotes == [
        (
            "President Sarney is a man of good intentions, but he is not aware of the true "
            "state of the country.",
            "Fernando Pedreira",
        )
    ]


def test_an_aide_to_the_man_named_before_the_verb(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "AUSTIN, Texas, April 7 - Texas faces a budget gap of 5.8 billion dlrs.",
        'Tony Proffitt, an aide to State Comptroller Bob Bullock said, "Bullock is opposed to '
        'an income tax, but has warned the Legislature that it is the only option."',
    )
    assert quotes[-1][1] == "Tony Proffitt"


def test_the_man_served_still_speaks_for_himself(tmp_path: Path) -> None:
    # guard: the aide named in a sentence before is not the one who speaks
    quotes = said(
        tmp_path,
        "AUSTIN, Texas, April 7 - Tony Proffitt is an aide to State Comptroller Bob Bullock.",
        'Bullock said, "We are opposed to an income tax, but it may be the only option."',
    )
    assert quotes[-1][1] == "Bob Bullock"
