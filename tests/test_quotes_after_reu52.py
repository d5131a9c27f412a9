"""From the first run of the Reuters sets reu52-reu54: a body's report named as "the
report of X" speaks for X ("The report of the Public Sector Divestment Committee …" /
"“…,” the report said"), and "a statement from X" is X's again (the words before the
noun had been read as its issuer's name); a body the text introduced with what it is,
the word after its name in lower case ("The Airbus Industrie consortium"), is the one
"the consortium said" means. The tests run the real NLP model and resolver on made-up
wording."""

from __future__ import annotations

from pathlib import Path

from .quoted_article import said


def test_the_report_of_a_body_speaks_for_it(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "DIVESTMENT PLANS",
        "SINGAPORE, March 13 - The government should cut its stake in major state-owned companies.",
        "The report of the Public Sector Divestment Committee also recommended the "
        "flotation of as many companies as possible.",
        '"The committee recommends that Temasek Holdings reduces its stake in tranches," '
        "the report said.",
        '"The size of each tranche would depend on the market," it added.',
    )
    assert [speaker for _, speaker in quotes] == ["Public Sector Divestment Committee"] * 2


def test_a_report_of_a_company_is_not_its_own(tmp_path: Path) -> None:
    # "a report of X's earnings" is about X: the possessive is no issuer
    quotes = said(
        tmp_path,
        "EARNINGS",
        "A report of Halvorsen Motors Corp's earnings was published on Monday.",
        '"Sales fell sharply in the fourth quarter of the year," the report said.',
    )
    assert quotes[-1][1] is None


def test_a_statement_from_a_body_is_its_own(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "STUDIO DROPS FILM",
        "Lionsgate said on Monday it would not release the film this year.",
        "A statement from Lionsgate was sent to reporters later.",
        '"The film will come out next spring," the statement said.',
    )
    assert quotes[-1] == ("The film will come out next spring,", "Lionsgate")


def test_a_consortium_is_the_body_the_text_called_so(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "AIRBUS HAS NINE CUSTOMERS",
        "PARIS, March 13 - The Airbus Industrie consortium has obtained a total of 104 "
        "commitments from nine customers for its planned jet, the consortium said.",
        '"We will take all necessary steps for a formal launch decision by mid-April," '
        "the consortium said.",
    )
    assert quotes[-1][1] == "Airbus Industrie"


def test_a_government_a_party_name_qualifies_is_not_the_party(tmp_path: Path) -> None:
    # the BBC archive: "a Conservative government would bring …" / "The government says
    # children cannot simply be divided up “like property”": the party is not meant
    quotes = said(
        tmp_path,
        "ACCESS LAW",
        "The Labour Party has called for an equal split between parents. Its leader said "
        "a Labour government would bring a reform of the family courts.",
        'The government says children cannot simply be divided up "like property".',
    )
    assert all(speaker not in ("Labour", "Labour Party") for _, speaker in quotes)


def test_a_firm_named_with_and_co_after_of_keeps_the_person_speaking(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "BUDGET",
        'Peter Fellner of James Capel and Co said "a budget which concentrates on tax cuts '
        'for the consumer will be a budget for an early election."',
    )
    assert quotes[-1][1] == "Peter Fellner"


def test_two_people_joined_by_and_still_speak_for_none(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "BUDGET",
        "Peter Fellner of James Capel and John Smith of Warburg said "
        '"a budget which concentrates on tax cuts will be a budget for an early election."',
    )
    assert quotes[-1][1] is None
