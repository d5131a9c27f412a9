"""Quotations the stage got wrong or left without a speaker before its twenty-fourth
round, found on the twenty-third blind set: "according to" experts who act for a named
family (the family was given the words), and a subject whose party and state in
brackets come before an apposition ("Nick J. Rahall II (D-W. Va.), who …, called …"),
and a quotation closed by an opening mark before a comma ("… there goes the orchestra
“, the comedian … said"), which was not listed.
The tests run the real NLP model and resolver, on made-up wording that follows the ECB+
news the rules were found on."""

from __future__ import annotations

from pathlib import Path

from site_builder.quotes.according import name_in_modifier
from site_builder.quotes.marks import find_marked

from .quoted_article import said


def test_experts_acting_for_a_family_are_not_the_family(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Daniel Fisher, 16, died on Saturday night after the shooting in Springfield.",
        "According to forensic experts and independent experts acting for the Fisher "
        "family, the bullet “is a bit deformed, which showed it touched a wall” before "
        "hitting the boy.",
    )
    assert quotes == [("is a bit deformed, which showed it touched a wall", None)]


def test_according_to_the_named_person_still_names_them(tmp_path: Path) -> None:
    # the rule must not apply: the name heads the phrase, a preposition only follows it
    quotes = said(
        tmp_path,
        "The bridge over the Kell river was closed on Monday.",
        "According to Alice Moreno, the mayor of Springfield, the bridge “is too badly "
        "damaged to open this winter.”",
    )
    assert quotes == [("is too badly damaged to open this winter.", "Alice Moreno")]


def test_a_statement_from_a_body_still_speaks_for_it() -> None:
    # what the rule reads: a tie to someone else, not a document or a spokesperson
    assert name_in_modifier("forensic experts acting for the ")
    assert name_in_modifier("sources close to ")
    assert name_in_modifier("a friend of ")
    assert not name_in_modifier("a statement issued by ")
    assert not name_in_modifier("a spokeswoman for ")
    assert not name_in_modifier("researchers at software security firm ")
    assert not name_in_modifier("")


def test_party_and_state_before_an_apposition(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "The county dropped its plan for a dam on the Kell river on Tuesday.",
        "State Senator Daniel Fisher (D-Ore.), who had been seeking to block the dam "
        "through legislation, called the decision “a victory for the river and everyone "
        "who fishes it.”",
    )
    assert quotes == [("a victory for the river and everyone who fishes it.", "Daniel Fisher")]


def test_a_parenthesis_not_closing_the_subject_opens_no_apposition(tmp_path: Path) -> None:
    # the rule must not apply: after "(D-Ore.)" the sentence goes on, and the one who
    # calls the plan something is the mayor's aide, whom the text does not name
    quotes = said(
        tmp_path,
        "The county dropped its plan for a dam on the Kell river on Tuesday.",
        "State Senator Daniel Fisher (D-Ore.) met an aide to the mayor, who called the "
        "decision “a victory for the river and everyone who fishes it.”",
    )
    assert quotes == [("a victory for the river and everyone who fishes it.", None)]


def test_an_opening_mark_before_a_comma_closes_the_quotation() -> None:
    # "… there goes the orchestra “, the comedian … said": no quotation opens on a comma
    paragraphs = [
        "“It’s official: I’m hosting the awards!",
        "I’d like to thank my wife and, oh dear, there goes the band “, the singer said.",
    ]
    found = find_marked(paragraphs)
    assert [paragraphs[m.paragraph][m.start : m.end] for m in found] == [
        "It’s official: I’m hosting the awards!",
        "I’d like to thank my wife and, oh dear, there goes the band ",
    ]


def test_an_opening_mark_before_a_word_still_opens() -> None:
    # the rule must not apply: "“and the crowd" opens a quotation, so the first one
    # never closes and nothing is listed
    paragraphs = [
        "“It’s official: I’m hosting the awards!",
        "I’d like to thank my wife and, oh dear, there goes the band “and the crowd",
    ]
    assert find_marked(paragraphs) == []
