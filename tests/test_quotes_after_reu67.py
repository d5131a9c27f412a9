"""From the first run of the Reuters sets reu67-reu72: a firm named after its founders,
which the small model reads as a person, is the analyst's employer, never the speaker
("…,” said Johnson of L.F. Rothschild" after "Paul Johnson, a semiconductor analyst with
L.F. Rothschild"); a legal form after a word in brackets ("said Jardine Fleming
(Securities) Ltd analyst Nick Edwards") still leaves the firm a premodifier of the
analyst's name; a body's name after "of" holds its own "of" ("Gene Kimmelman of the
Consumer Federation of America, which …, said"). The tests run the real NLP model and
resolver on made-up wording."""

from __future__ import annotations

from pathlib import Path

from .quoted_article import said, said_and_types


def test_a_firm_named_like_a_person_is_the_analyst_s_employer(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "CHIP MAKERS",
        '"I think the sale has been called off for good," said Mary Hollis, an equities '
        "analyst with J.W. Hartford.",
        "The company declined to comment on the reports.",
        '"The buyers will come back within a year," said Hollis of J.W. Hartford.',
    )
    assert [q[1] for q in quotes] == ["Mary Hollis", "Mary Hollis"]


def test_the_employer_is_an_organisation(tmp_path: Path) -> None:
    _, types = said_and_types(
        tmp_path,
        "CHIP MAKERS",
        '"I think the sale has been called off for good," said Mary Hollis, an equities '
        "analyst with J.W. Hartford.",
    )
    assert types["J.W. Hartford"] == "organization"


def test_a_legal_form_in_brackets_before_the_analyst_s_name(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "CHIP MAKERS",
        '"This is not really of benefit to anyone," said Hartley Prowse (Securities) Ltd '
        'analyst Dan Merrow. "The pooling of resources is a positive move."',
    )
    assert [q[1] for q in quotes] == ["Dan Merrow", "Dan Merrow"]


def test_a_body_s_name_holds_its_own_small_words(tmp_path: Path) -> None:
    # "Gene Kimmelman of the Consumer Federation of America, which represents …, said"
    quotes = said(
        tmp_path,
        "SMALL FIRMS",
        "Mary Hollis of the Federation of Small Traders, which represents 200,000 firms, "
        'said: "This is a serious problem for every shop in the country."',
    )
    assert quotes[-1][1] == "Mary Hollis"
