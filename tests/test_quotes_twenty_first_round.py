"""Quotations the stage left without a speaker before its twenty-first round: a subject
whose apposition holds initials ("X, the U.S. Chamber of Commerce's vice president …,
said"), an apposition whose closing comma was left out ("“…,” X, an assistant state
attorney general said"), and "X … on Twitter … and said:" where a name after a
preposition stopped the sentence's subject. The tests run the real NLP model and
resolver, on made-up wording that follows the ECB+ news the rules were found on."""

from __future__ import annotations

from pathlib import Path

from site_builder.quotes.cues import GAP, UNCLOSED_APPOSITION

from .quoted_article import said


def test_an_apposition_may_hold_initials() -> None:
    # the full stops of "U.S." do not end the apposition; a sentence's full stop does
    assert GAP.match(", the U.S. Chamber of Commerce's director of energy affairs, ")
    assert not GAP.match(", the director. The board, ")


def test_a_subject_whose_apposition_holds_initials(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "The agency proposed new rules for building permits on Monday.",
        "But Harold T. Brennan, the U.S. Chamber of Commerce's director of energy and "
        "environmental affairs, said the rules “will only slow down new projects.”",
    )
    assert quotes == [("will only slow down new projects.", "Harold T. Brennan")]


def test_an_apposition_left_unclosed_before_the_verb(tmp_path: Path) -> None:
    assert UNCLOSED_APPOSITION.match(", an assistant county attorney ")
    assert not UNCLOSED_APPOSITION.match(", an assistant to Mayor Price ")
    quotes = said(
        tmp_path,
        "The county closed its dairy corporation after years of losses.",
        "“The county has waited three years for this,” Margaret Oduya, an assistant "
        "county attorney said Tuesday.",
    )
    assert quotes == [("The county has waited three years for this,", "Margaret Oduya")]


def test_not_a_name_that_does_not_open_the_clause(tmp_path: Path) -> None:
    # "a neighbour of Dan Price, a retired teacher said": the teacher, not Price
    quotes = said(
        tmp_path,
        "Dan Price built the fence along the road last spring.",
        "“The fence will come down next week,” one neighbour of Dan Price, a retired teacher said.",
    )
    assert len(quotes) == 1
    assert quotes[0][1] != "Dan Price"


def test_a_name_after_a_preposition_is_no_subject_of_and_said(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Senator Ruth Palmer spoke to reporters outside the capitol on Monday.",
        "Palmer met with Dan Hollis, the governor, on Monday afternoon and said: “We have the "
        "votes to pass it this week.”",
    )
    assert quotes == [("We have the votes to pass it this week.", "Ruth Palmer")]


def test_a_name_that_may_be_the_subject_still_stops_it(tmp_path: Path) -> None:
    # "Palmer and Hollis met … and said": both said it, not Palmer alone
    quotes = said(
        tmp_path,
        "Senator Ruth Palmer spoke to reporters outside the capitol on Monday.",
        "Palmer and Dan Hollis met on Monday afternoon and said: “We have the votes to "
        "pass it this week.”",
    )
    assert len(quotes) == 1
    assert quotes[0][1] != "Ruth Palmer"
