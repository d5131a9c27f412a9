"""From the first run of the Reuters sets reu16-reu18: a name the model cut at a
suspended hyphen ("Berliner Handels-" of "Berliner Handels- und Frankfurter Bank") is no
name, so no speaker; and an inverted cue reads on past a body and the role of the name
after it however long the words before the body ("said Berliner Handels- und Frankfurter
Bank economist X", "said former Nevada Sen. and Reagan confidant Paul Laxalt", a line of
reu7 right at last); "it said" after "…, the EC's Executive Commission said" is the
Commission's, not the reported words' subject's. The tests run the real NLP model and
resolver on made-up wording."""

from __future__ import annotations

from pathlib import Path

from .quoted_article import said, said_and_types


def test_a_name_cut_at_a_suspended_hyphen_is_no_speaker(tmp_path: Path) -> None:
    quotes, types = said_and_types(
        tmp_path,
        "BANK CHANGES TENDER SYSTEM",
        "The Bundesbank plans to shorten its tender process, officials said.",
        '"With this instrument liquidity steering will be refined, but there will be no '
        'effect on rates," said Berliner Handels- und Frankfurter Bank economist Klaus '
        "Brenner.",
    )
    assert "Berliner Handels-" not in types
    assert quotes[0][1] == "Klaus Brenner"


def test_an_inverted_cue_reads_on_past_a_long_title_chain(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "SENATOR DEFENDS AIDE",
        "The senator met reporters on Monday.",
        '"He has the smell of the scandal on him," said former Nevada Sen. and Reagan '
        "confidant Paul Laxton.",
    )
    assert quotes == [("He has the smell of the scandal on him,", "Paul Laxton")]


def test_it_after_a_body_s_closing_cue_is_that_body(tmp_path: Path) -> None:
    # "it" after "…, the EC's Executive Commission said" is the Commission, not the
    # subject of the words it reported
    quotes = said(
        tmp_path,
        "COMMISSION WARNS ON FARM BUDGET",
        "BRUSSELS, March 4 - The European Community is close to bankruptcy, the EC's "
        "Executive Commission said in a report.",
        'In its bluntest warning yet, it said "the Community faces a budget on the brink '
        'of bankruptcy."',
    )
    assert quotes[0][1] == "Executive Commission"


def test_an_official_at_a_body_speaks_for_it(tmp_path: Path) -> None:
    # "said an official at the Bundesbank", as "said an official of the Bundesbank"
    quotes = said(
        tmp_path,
        "BUNDESBANK CHANGES TENDERS",
        "The Bundesbank plans changes to its tenders, central bank officials said.",
        '"It is not a credit policy matter but a technical matter," said an official at the '
        "Bundesbank.",
    )
    assert quotes == [("It is not a credit policy matter but a technical matter,", "Bundesbank")]
