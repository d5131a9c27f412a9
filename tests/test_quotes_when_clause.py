"""A person named only in a trailing clause of time ("The move recalls 1998, when Nordtel
founder Lars Berglund ordered …") is not the sentence's subject, so a later "he said"
does not go back to them."""

from __future__ import annotations

from pathlib import Path

from .quoted_article import said


def test_a_person_in_a_when_clause_is_no_subject(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Nordtel chief executive Peter Sandberg spoke to the Courier on Monday about the "
        "company's plans.",
        "The move recalls 1998, when Nordtel founder Lars Berglund ordered the company to "
        "bet everything on mobile phones. In our interview, he made it clear that streaming "
        "is the next bet. “Streaming is huge,” he said.",
    )
    assert quotes == [("Streaming is huge,", "Peter Sandberg")]


def test_the_subject_before_a_when_clause_keeps_the_he(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Nordtel founder Lars Berglund retired in 1998, when the company bet everything on "
        "mobile phones. “It was the right bet,” he said.",
    )
    assert quotes == [("It was the right bet,", "Lars Berglund")]
