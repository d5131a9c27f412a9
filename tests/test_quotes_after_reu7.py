"""What the first run of the Reuters sets reu7-reu9 gave to the wrong speaker, by class:
"said former Nevada Sen. and Reagan confidant Paul Laxalt" is not Reagan's (a name
before "confidant", "aide", "adviser" or "ally" says whose man the speaker is); "One
major Wall Street firm issued a sell recommendation. “…,” said the firm's arbitrageur"
is no named company's; "the company said" after "the company will not build its new
Jeep ZJ" is no product's. The tests run the real NLP model and resolver on made-up
wording."""

from __future__ import annotations

from pathlib import Path

from .quoted_article import said


def test_a_name_before_confidant_is_not_the_speaker(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "GATES NOMINATION IN TROUBLE",
        "President Ronald Reagan may withdraw the nomination of Robert Gates.",
        '"He has the smell of Iran on him," said Reagan confidant Paul Laxalt.',
    )
    assert quotes[-1] == ("He has the smell of Iran on him,", "Paul Laxalt")


def test_the_firm_an_indefinite_brought_in_is_nobody_named(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "VIACOM BIDDING SEEN AT AN END",
        "The independent directors of Viacom International met today.",
        "Viacom shares climbed 2-1/2 to 50-3/8. One major Wall Street firm issued a sell "
        "recommendation. \"We think we're at the end now,\" said the firm's arbitrageur.",
    )
    assert quotes[-1] == ("We think we're at the end now,", None)


def test_a_companys_own_product_is_not_the_company(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "AMC TO MOVE JEEP WORK",
        "Talks between the union and the carmaker broke down on Sunday.",
        "A spokesman told Reuters the carmaker will not build its new Jeep ZJ sports "
        "vehicle at Kenosha as a result.",
        '"We sincerely regret this outcome," the company said in a statement.',
    )
    assert quotes[-1] == ("We sincerely regret this outcome,", None)
