"""Written words whose issuer the text names in the clause or a sentence before: "X
issued a statement saying, “…”" is X's, a person's as much as a body's, whoever issued
a statement earlier in the article. Found on the WikinewsSum blind sets (2004-2005
news); the tests run the real NLP model and resolver on made-up wording."""

from __future__ import annotations

from pathlib import Path

from .quoted_article import said


def test_the_one_who_issued_the_statement_speaks_not_an_earlier_issuer(tmp_path: Path) -> None:
    quotes = dict(
        said(
            tmp_path,
            "Three riders were banned by the UCI on Monday. The UCI issued a statement "
            "saying it would review its doping controls. Team owner Marcus Feldman issued "
            'a statement saying, "the blame for this must be shared by the whole team."',
        )
    )
    assert quotes["the blame for this must be shared by the whole team."] == "Marcus Feldman"


def test_an_unnamed_issuer_of_the_statement_leaves_no_speaker(tmp_path: Path) -> None:
    quotes = dict(
        said(
            tmp_path,
            "Greenpeace issued a statement on Friday about the whaling fleet. Later the "
            'club issued a statement saying, "we accept the decision and will not appeal '
            'it in any way at all."',
        )
    )
    assert quotes["we accept the decision and will not appeal it in any way at all."] is None
