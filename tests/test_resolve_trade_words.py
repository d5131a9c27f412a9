"""A name right after a lower-case word for its trade is a company's: "game maker Valve",
"Swiss drugmaker Novartis", "software giant Microsoft"; not a film maker's name. Made-up
articles in the BBC's style, through the real model and resolver."""

from __future__ import annotations

from pathlib import Path

from .quoted_article import said_and_types


def test_a_game_maker_is_a_company_whose_words_the_company_says(tmp_path: Path) -> None:
    quotes, types = said_and_types(
        tmp_path,
        "About 20,000 people have been banned from playing the Half-Life 2 game.",
        "Game maker Valve shut down the online accounts of the players. Copies of Half-Life "
        "2 had been circulating on file-sharing systems.",
        "In a statement Valve said this system helped identify who had got hold of pirated "
        "copies of Half-Life 2.",
        'The company said: "The hack came from the community as do they all."',
    )
    assert types["Valve"] == "organization"
    assert quotes[-1][1] == "Valve"


def test_a_film_maker_stays_a_person(tmp_path: Path) -> None:
    _, types = said_and_types(
        tmp_path,
        "The singer was arrested after a dispute with documentary-maker Max Carlish at a "
        "London hotel. Max Carlish said he would press charges.",
    )
    assert types["Max Carlish"] == "person"
