"""Quotations the stage left without a speaker before its twenty-second round, found on
the twenty-first blind set: a participle after an object pronoun ("… ordered the
departments to review it, stating that “…”"), "he said" in a sentence that also names a
woman ("Tara Reid's representative Jack Ketsoyan …, he said"), a company called by its
trade ("“…,” the software giant said"), and a statement brought in by its author
("Below is a statement by X, director of …:"). The tests run the real NLP model and
resolver, on made-up wording that follows the ECB+ news the rules were found on."""

from __future__ import annotations

from pathlib import Path

from site_builder.quotes.cues import DESCRIPTION
from site_builder.quotes.labels import is_name_like

from .quoted_article import said


def test_an_object_pronoun_is_no_subject_of_a_participle(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "The water agency closed the old reservoir last year.",
        "On March 3, Governor Alice Moreno ordered the agency to review it, stating that "
        "“we should be looking at ways to reopen the reservoir, not sell it.”",
    )
    assert quotes == [
        ("we should be looking at ways to reopen the reservoir, not sell it.", "Alice Moreno")
    ]


def test_nor_is_the_object_pronouns_referent(tmp_path: Path) -> None:
    # "it" is the ferry, not the company: before this round the company spoke
    quotes = said(
        tmp_path,
        "Harbor Lines Inc. sold its old ferry to the county in May.",
        "Two days later the county board told its staff to inspect it, stating that “the "
        "ferry must be safe before the summer season.”",
    )
    assert quotes == [("the ferry must be safe before the summer season.", None)]


def test_he_is_the_one_man_the_sentence_names(tmp_path: Path) -> None:
    # Maria is a woman's name: "he" can only be Daniel Fisher
    quotes = said(
        tmp_path,
        "Maria Lopez checked into a clinic in Malibu on Tuesday.",
        "According to several reports Maria Lopez's representative Daniel Fisher left a "
        "statement for the press, he said",
        "“We ask you to respect her privacy and her family's at this time.”",
    )
    assert quotes == [
        ("We ask you to respect her privacy and her family's at this time.", "Daniel Fisher")
    ]


def test_he_stays_nobody_when_both_may_be_he(tmp_path: Path) -> None:
    # "Thomas' sister pleaded with him …, but he replied": two men, either may be "he"
    quotes = said(
        tmp_path,
        "Victor Hale checked into a clinic in Malibu on Tuesday.",
        "According to several reports Victor Hale's representative Daniel Fisher left a "
        "statement for the press, he said",
        "“We ask you to respect his privacy and his family's at this time.”",
    )
    assert len(quotes) == 1
    assert quotes[0][1] is None


def test_a_company_called_by_its_trade() -> None:
    for words, trade in [
        ("the software giant said", "giant"),
        ("said the drug maker", "maker"),
        ("the automaker added", "automaker"),
    ]:
        found = DESCRIPTION.search(words)
        assert found is not None and found.group(1) == trade
    assert DESCRIPTION.search("the giant panda said") is not None  # read on: "the company"
    assert DESCRIPTION.search("the makers of the film said") is None


def test_the_software_giant_is_the_company_the_article_names(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Microsoft on Wednesday issued an urgent fix for a flaw in its web browser.",
        "Microsoft said the fix covers every supported version of Windows.",
        "The update closes a hole that “could allow an attacker to take control of a "
        "computer,” the software giant said in a statement.",
    )
    assert quotes == [("could allow an attacker to take control of a computer,", "Microsoft")]


def test_not_when_two_companies_are_named_alike(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Microsoft and Google on Wednesday issued fixes for flaws in their web browsers.",
        "Google said its fix came first, and Microsoft said its own covered more.",
        "The update closes a hole that “could allow an attacker to take control of a "
        "computer,” the software giant said in a statement.",
    )
    assert len(quotes) == 1
    assert quotes[0][1] is None


def test_a_title_of_short_words_is_a_name() -> None:
    # "it released the software, known as a “Fix It,” as an emergency measure"
    assert is_name_like("Fix It,", "it released the software, known as a ")
    assert not is_name_like("We did it,", "it released the software, known as a ")


def test_a_statement_brought_in_by_its_author(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "The county council voted on Monday to close the family shelter on Elm Street.",
        "Below is a statement by Helen Marsh, director of the Shelter Alliance:",
        "“The council has turned its back on the families who need it most.",
        "“We will ask the court to keep the shelter open.”",
    )
    assert quotes == [
        ("The council has turned its back on the families who need it most.", "Helen Marsh"),
        ("We will ask the court to keep the shelter open.", "Helen Marsh"),
    ]


def test_not_a_statement_by_two(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "The county council voted on Monday to close the family shelter on Elm Street.",
        "Below is a statement by Helen Marsh and Victor Hale of the Shelter Alliance:",
        "“The council has turned its back on the families who need it most.”",
    )
    assert len(quotes) == 1
    assert quotes[0][1] != "Helen Marsh"
