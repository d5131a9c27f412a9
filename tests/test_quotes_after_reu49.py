"""From the first run of the Reuters sets reu49-reu51: "to quote X as saying" and "cited
X as saying" are X's words, as "quoted X as saying" was, not those of the subject that
quotes; "“…,” Parker ruled." is the judge's. The tests run the real NLP model and
resolver on made-up wording."""

from __future__ import annotations

from pathlib import Path

from .quoted_article import said


def test_to_quote_someone_as_saying_is_his(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "CARMAKER SETS TALKS",
        "Halvorsen Motors Corp said its board met yesterday on the proposal.",
        "Halvorsen Motors released no details other than to quote chairman Peter Lindqvist "
        'as saying, "we will try to keep you informed as developments warrant."',
    )
    assert quotes[-1][1] == "Peter Lindqvist"


def test_cited_someone_as_saying_is_his(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "STRIKE ENDS",
        "The agency cited union leader Marta Kowalczyk as saying, "
        '"the workers will be back at the plant on Monday morning."',
    )
    assert quotes[-1][1] == "Marta Kowalczyk"


def test_a_judge_ruling_in_his_words_is_cued(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "JUDGE ORDERS FILES OPENED",
        "U.S. District Judge Harold Brennan ordered the files opened on Monday.",
        '"The public deserves a prompt and complete account of the matter," Brennan ruled.',
    )
    assert quotes[-1] == (
        "The public deserves a prompt and complete account of the matter,",
        "Harold Brennan",
    )
