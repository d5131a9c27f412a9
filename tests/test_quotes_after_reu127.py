"""From the first run of the Reuters sets reu127-reu132: a firm after "of" may open with
initials ("analyst Rosario Ilacqua of L.F. Rothschild said", "Christian of the U.S.
League of Savings Institutions said"), so the analyst speaks, not the firm the model
read as a person; "said the Drexel spokesman" is the spokesman the article named so
("Drexel spokesman Steve Anredder"), as "the Lib Dem spokesman" is. The tests run the
real NLP model and resolver on made-up wording."""

from __future__ import annotations

from pathlib import Path

from .quoted_article import said, speaker_of


def test_a_firm_with_initials_after_of_leaves_the_analyst_speaking(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "NEW YORK, March 25 - Oil shares rose on takeover talk.",
        '"It raises the specter of more consolidation in the industry," analyst Rosario '
        "Ilacqua of L.F. Rothschild said.",
    )
    assert speaker_of(quotes, "It raises the specter") == "Rosario Ilacqua"


def test_the_body_s_spokesman_is_the_one_it_named(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "NEW YORK, March 25 - Drexel Burnham Lambert Inc said business was normal.",
        "But Drexel spokesman Steve Anredder told Reuters that profits were strong.",
        '"We have done nothing wrong," said the Drexel spokesman.',
    )
    assert speaker_of(quotes, "We have done nothing wrong") == "Steve Anredder"
