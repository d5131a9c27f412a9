"""Speakers the first run of the Reuters newswire sets reu1-reu3 left untold, by class
(none was given a wrong speaker): a closing mark left out before an inverted cue, the
speaker's next quotation opening right after it ("…economy, said David Wyss of Data
Resources Inc. "I'm …"); initials before the name ("said E.F. Hutton Group analyst
Michael Lewis"); a name the model typed a body that an inverted cue names with where it
comes from ("said Perrin Long of Lipper Analytical"); an apposition "with" a company
whose suffix is abbreviated ("…, a natural gas analyst with Shearson Lehman Bros.
said"); a surname after a body's possessive ("added First Chicago's Johnson") when the
article named that full name before; a party's member by state ("the Kansas
Republican"). The tests run the real NLP model and resolver on made-up wording."""

from __future__ import annotations

from pathlib import Path

from .quoted_article import said, said_and_types


def test_an_inverted_cue_inside_a_reopened_quotation(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "U.S. DURABLE GOODS ORDERS FALL",
        "\"It's a rather gloomy outlook for the economy, said David Wyss of Data Resources "
        'Inc. "I\'m particularly impressed by the drop in capital goods orders."',
    )
    assert quotes == [
        ("It's a rather gloomy outlook for the economy", "David Wyss"),
        ("I'm particularly impressed by the drop in capital goods orders.", "David Wyss"),
    ]


def test_initials_before_the_name_of_an_inverted_cue(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "AMERICAN EXPRESS STAYS PUT",
        '"They have enormous internal growth plans," said E.F. Hutton Group analyst Michael Lewis.',
    )
    assert quotes == [("They have enormous internal growth plans,", "Michael Lewis")]


def test_a_name_an_inverted_cue_gives_with_its_body_is_a_person(tmp_path: Path) -> None:
    quotes, types = said_and_types(
        tmp_path,
        "AMERICAN EXPRESS STAYS PUT",
        '"I think it is highly unlikely that American Express is going to sell it," said '
        "Perrin Long of Lipper Analytical.",
    )
    assert types["Perrin Long"] == "person"
    assert quotes[0][1] == "Perrin Long"


def test_an_apposition_with_an_abbreviated_company(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "GAS IMPORTS DELAYED",
        '"Contract negotiations will delay the import until 1988," Daniel Tulis, a natural '
        "gas analyst with Shearson Lehman Bros. said.",
    )
    assert quotes == [("Contract negotiations will delay the import until 1988,", "Daniel Tulis")]


def test_a_surname_after_a_bodys_possessive(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "FED SEEN HOLDING STEADY",
        '"The one thing that caught my eye were the matched sales," said Dana Johnson of '
        "First National Bank of Chicago.",
        '"Excess reserves fell but they are still over a billion dlrs," added First '
        "Chicago's Johnson.",
    )
    assert quotes[-1] == (
        "Excess reserves fell but they are still over a billion dlrs,",
        "Dana Johnson",
    )


def test_a_partys_member_by_state(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "DOLE CALLS FOR RESIGNATIONS",
        "Senate Republican leader Robert Dole told reporters the report disclosed serious "
        "mistakes.",
        '"If you don\'t protect the president, you should move on," the Kansas Republican, a '
        "likely presidential candidate next year, said.",
    )
    assert quotes[-1] == (
        "If you don't protect the president, you should move on,",
        "Robert Dole",
    )


def test_a_partys_word_before_a_noun_describes_nobody(tmp_path: Path) -> None:
    # a guard: "the current Republican administration" is no person the text turned to
    quotes = said(
        tmp_path,
        "Robert Redford has opened the Sundance film festival in Utah.",
        "Redford wants the festival to reflect viewpoints the media fails to reflect. He has "
        "never hidden the fact that he is a Democrat. But he reserves particular disdain for "
        "the current Republican administration. “Dissent is under threat with the attitude "
        "of this administration,” he says.",
    )
    assert quotes[-1] == (
        "Dissent is under threat with the attitude of this administration,",
        "Robert Redford",
    )
