"""From the first run of the Reuters sets reu22-reu24: a name that opens its clause
before an apposition left unclosed speaks after an opening phrase too ("In testimony
today, Tom Cook, director of industry affairs for the National Cattlemens Association
said “…”"). The tests run the real NLP model and resolver on made-up wording."""

from __future__ import annotations

from pathlib import Path

from .quoted_article import said


def test_an_unclosed_apposition_after_an_opening_phrase(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "RANCHERS PRESS JAPAN ON BEEF",
        "Beef exports to Japan rose last year, industry officials said.",
        "In testimony today, Tom Cook, director of industry affairs for the National "
        'Cattlemens Association said "the Congress must take a strong and united stand."',
    )
    assert quotes == [("the Congress must take a strong and united stand.", "Tom Cook")]


def test_an_opening_phrase_with_words_in_lower_case_before_the_name(tmp_path: Path) -> None:
    # only the phrase is passed over: a word in lower case after it still stops the name
    quotes = said(
        tmp_path,
        "RANCHERS PRESS JAPAN ON BEEF",
        "Beef exports to Japan rose last year, industry officials said.",
        "In testimony today, the lobbyist who met Tom Cook, director of industry affairs "
        'for the National Cattlemens Association said "the Congress must act."',
    )
    assert quotes[0][1] != "Tom Cook"
