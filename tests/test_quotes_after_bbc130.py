"""Speakers the first runs of BBC blind sets 130-132 left out, by class: "our
correspondent added" is the correspondent the article named ("BBC correspondent Stephen
Cape"), as "the correspondent" is; with none named, nobody.
The tests run the real NLP model and resolver on made-up wording."""

from __future__ import annotations

from pathlib import Path

from .quoted_article import said, speaker_of


def test_our_correspondent_is_the_correspondent_the_article_named(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Unions are balloting members over pensions.",
        "BBC correspondent Stephen Cape said the unions represented “a formidable force” "
        "which could embarrass the government.",
        "Opposition to raising the retirement age is “one thing all the unions are agreed "
        "on”, our correspondent added.",
    )
    assert speaker_of(quotes, "one thing all") == "Stephen Cape"


def test_our_correspondent_with_none_named_is_nobody(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Unions are balloting members over pensions, union leader Mark Serwotka said.",
        "Opposition to raising the retirement age is “one thing all the unions are agreed "
        "on”, our correspondent added.",
    )
    assert speaker_of(quotes, "one thing all") is None
