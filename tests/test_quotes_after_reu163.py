"""From the first runs of the Reuters sets reu163-reu168: an inverted cue after two roles
and the body they are held at names the next "he" ("…, senior vice president and Tokyo
branch manager of Credit Suisse Paul Hofer told a press conference."), the body and the
person the model ran together being two names; a sentence of reported speech opened by
a long phrase of the occasion introduces the quotation after it, whoever's possessive
it reports ("In an address before …, Miller reiterated Reagan's opposition …. “…”");
"one official at the X said" is the body's, as "an official at" was; an apposition may
hold a company's legal form with its full stop ("X, president of HyOx, Inc., said").
The tests run the real NLP model and resolver on made-up wording."""

from __future__ import annotations

from pathlib import Path

from .quoted_article import said, said_and_types


def test_an_inverted_cue_after_two_roles_and_a_body(tmp_path: Path) -> None:
    quotes, types = said_and_types(
        tmp_path,
        "TOKYO, April 1 - A proposed tax on gold could hurt the Tokyo market, senior vice "
        "president and Tokyo branch manager of Credit Suisse Hans Brunner told a press "
        "conference.",
        '"If you impose five pct on both sides, Tokyo dealers could be out of business," he said.',
    )
    assert quotes == [
        (
            "If you impose five pct on both sides, Tokyo dealers could be out of business,",
            "Hans Brunner",
        )
    ]
    assert types.get("Hans Brunner") == "person"
    assert "Credit Suisse Hans Brunner" not in types


def test_a_long_opening_phrase_and_a_possessive_after_the_verb(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "WASHINGTON, April 1 - Budget director James Fuller said President Reagan opposes "
        "new excise taxes.",
        "In an address before a group of House Republicans, Fuller reiterated Reagan's "
        'opposition to an oil import duty. "I think also he would oppose an increase in '
        'the gas tax."',
    )
    assert quotes == [("I think also he would oppose an increase in the gas tax.", "James Fuller")]


def test_one_official_at_a_body(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        '"The timing is most extraordinary," one official at the Department of Trade and '
        "Industry (DTI) said.",
    )
    assert quotes == [("The timing is most extraordinary,", "Department of Trade and Industry")]


def test_an_apposition_holding_a_legal_form(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        'George Unzell, president of HyOx, Inc., said the rules "will place pressure on '
        'small refiners."',
    )
    assert quotes == [("will place pressure on small refiners.", "George Unzell")]


def test_a_firm_named_after_people_is_not_split_after_a_role(tmp_path: Path) -> None:
    # guard: "Morgan" is a given name, but "JP Morgan Chase" is one firm's name
    _, types = said_and_types(
        tmp_path, 'The chairman of JP Morgan Chase said profits would "rise sharply this year."'
    )
    assert "JP Morgan Chase" in types
    assert "Morgan Chase" not in types
