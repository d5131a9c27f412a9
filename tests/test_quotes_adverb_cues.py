"""An adverb of time or manner between a speaker and the speech verb ("Caprice, who left
…, afterwards said:", "Mr Hale immediately told MPs:") keeps the cue. Made-up articles in the
BBC's style, through the real model and resolver."""

from __future__ import annotations

from pathlib import Path

from .quoted_article import said


def test_an_adverb_between_a_relative_clause_and_said(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Singer Dana Holt and actor Marcus Webb have both left the island show.",
        "Holt, who left in the third vote with just 4% of the public's backing, afterwards "
        "said: “I am so glad to be home.”",
    )
    assert quotes == [("I am so glad to be home.", "Dana Holt")]


def test_immediately_before_told(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Transport Secretary Alan Hale has promised new trains for the north.",
        "Mr Hale immediately told MPs: “The money is there and the work starts in May.”",
    )
    assert quotes == [("The money is there and the work starts in May.", "Alan Hale")]
