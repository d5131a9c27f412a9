"""From the first runs of the Reuters sets reu169-reu174: "said Bank of Tokyo's Kimura" is
Kimura's, though the bank's name holds an "of"; a body's name with "and" in it before a
role and a name ("Ministry of International Trade and Industry (MITI) director general X
told reporters, adding: “…”") is no "and" of a later clause; "a senior Foreign Ministry
official" and "another MITI official" speak for their body, as "a Foreign Ministry
official" did, but "one bank official" names no bank. The tests run the real NLP model
and resolver on made-up wording."""

from __future__ import annotations

from pathlib import Path

from .quoted_article import said


def test_a_surname_after_a_body_s_possessive_with_of(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        '"Hong Kong welcomes Japanese banks," said Haruto Kimoto, assistant general manager '
        "of the Bank of Tokyo.",
        '"We can reach local traders and regional companies," said Bank of Tokyo\'s Kimoto.',
    )
    assert [speaker for _, speaker in quotes] == ["Haruto Kimoto"] * 2


def test_a_body_s_own_and_before_its_official(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        '"The tariffs are against the free trade system," Ministry of International Trade '
        "and Industry (MITI) director general Noboru Hatayama told reporters, adding: "
        '"If they are imposed, the mood in Japan will sour."',
    )
    assert [speaker for _, speaker in quotes] == ["Noboru Hatayama"] * 2


def test_a_senior_official_of_a_named_body(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "A senior Foreign Ministry official, who declined to be identified, told Reuters "
        "the threats had undercut the moderates.",
        '"There is a strong argument in Japan that we should not bother," he said.',
    )
    assert quotes == [
        ("There is a strong argument in Japan that we should not bother,", "Foreign Ministry")
    ]


def test_one_bank_official_names_no_bank(tmp_path: Path) -> None:
    # guard: "one" before a lower-case "bank" is no body's name
    quotes = said(
        tmp_path,
        "The Bank of England published its paper on swaps on Thursday.",
        '"One problem is that there has never been a major default," said one bank official.',
    )
    assert quotes == [("One problem is that there has never been a major default,", None)]
