"""From the first runs of the Reuters sets reu187-reu192: "Fernando Pedreira of the Jornal
do Brasil, wrote" is Pedreira's (a body's name may hold "do", "da", "von" …). The tests run the real NLP model and resolver on made-up wording."""

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
