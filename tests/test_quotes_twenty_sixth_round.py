"""Quotations the stage got wrong, left without a speaker or did not show before its
twenty-sixth round, found on the twenty-fifth blind set: a company described with a
country and its trade ("The US software giant said"), an unnamed spokesman's words given
to the clause's subject ("Obama opposed the changes with a spokesman stating: “…”"), a
short predicate a speech verb reports for someone the text does not name ("The local
fire chief says the fire “is definitely suspicious.”"), and a newspaper's profile quoted
through a passive verb ("was described in a 1972 Washington Post profile as “…”").
The tests run the real NLP model and resolver, on made-up wording that follows the ECB+
news the rules were found on; each class has a case where the rule must not apply."""

from __future__ import annotations

from pathlib import Path

from site_builder.quotes.cues import DESCRIPTION
from site_builder.quotes.participle_subject import unnamed_subject

from .quoted_article import said


def test_a_company_described_with_its_country_and_trade(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Microsoft rushed out a fix for its browser on Wednesday.",
        "Microsoft had warned users about the flaw last week.",
        "The US software giant said on Tuesday that it had fixed the flaw “in the record "
        "time of nine days.”",
    )
    assert quotes == [("in the record time of nine days.", "Microsoft")]


def test_a_lower_case_word_before_the_trade_is_no_country() -> None:
    # the rule must not apply: "the rival software giant" is another company
    assert DESCRIPTION.search("the rival software giant said") is None
    found = DESCRIPTION.search("The US software giant said")
    assert found is not None and found.group(1) == "giant"
    # a country before a word that is no company's stays one word, as before
    assert DESCRIPTION.search("the US federal department said") is None


def test_an_unnamed_spokesman_is_the_participles_subject(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "President Daniel Fisher will reverse the rule on the Kell river dam.",
        "At the time, during heavy campaigning, Fisher stated that he opposed the last "
        "minute rule changes with a spokesman stating: “As governor, Senator Fisher will "
        "fight to keep the river free and undo this plan.”",
    )
    assert quotes == [
        ("As governor, Senator Fisher will fight to keep the river free and undo this plan.", None)
    ]


def test_a_participle_of_the_named_subject_is_still_theirs(tmp_path: Path) -> None:
    # the rule must not apply: no one stands between the clause's subject and "stating"
    quotes = said(
        tmp_path,
        "The plan for a dam on the Kell river was dropped on Tuesday.",
        "At the time, Senator Daniel Fisher opposed the plan, stating: “As governor, I will "
        "fight to keep the river free and undo this plan.”",
    )
    assert quotes == [
        ("As governor, I will fight to keep the river free and undo this plan.", "Daniel Fisher")
    ]


def test_what_reads_as_the_participles_own_subject() -> None:
    assert unnamed_subject("opposed the plan with a spokesman ", 0, 34)
    assert unnamed_subject("and one local resident ", 0, 23)
    # an apposition to a name, a document and a body's spokesman are not
    assert not unnamed_subject("Daniel Fisher, a lawyer, ", 0, 25)
    assert not unnamed_subject("released a statement ", 0, 21)
    assert not unnamed_subject("with a Microsoft spokesman ", 0, 27)


def test_a_short_predicate_an_unnamed_speaker_reports(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "No one was hurt in the fire at the Kell Valley Church last night.",
        "The local fire chief says the fire “is definitely suspicious.”",
        "Forensic experts said the lock was “badly bent”, suggesting it had been forced.",
    )
    assert quotes == [("is definitely suspicious.", None), ("badly bent", None)]


def test_a_term_or_one_word_in_a_reported_clause_is_no_quotation(tmp_path: Path) -> None:
    # the rule must not apply: a noun the clause uses in passing, and a single word
    quotes = said(
        tmp_path,
        "Last month, the navy said it had sunk a pirate “mother vessel” off the coast.",
        "The friend said she was “bubbly” when she saw her on Friday.",
    )
    assert quotes == []


def test_a_newspapers_profile_through_a_passive_verb(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Daniel Fisher, a former aide to the governor, died on Tuesday at 75.",
        "Mr. Fisher was described in a 1972 Washington Post profile as a “quiet, careful "
        "man who never sought the spotlight in all his years in politics.”",
    )
    assert quotes == [
        (
            "quiet, careful man who never sought the spotlight in all his years in politics.",
            "Washington Post",
        )
    ]


def test_a_place_after_in_a_names_no_source(tmp_path: Path) -> None:
    # the rule must not apply: a city, and no kind of piece, follows "in a"
    quotes = said(
        tmp_path,
        "Daniel Fisher, a former aide to the governor, died on Tuesday at 75.",
        "Mr. Fisher was described in a Washington courtroom as a “quiet, careful man who "
        "never sought the spotlight in all his years in politics.”",
    )
    assert quotes == [
        ("quiet, careful man who never sought the spotlight in all his years in politics.", None)
    ]
