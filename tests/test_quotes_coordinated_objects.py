"""A name joined by "and" to a preposition's object is an object too: in "he has met
with Stiller and Jackson", Jackson is no subject who could be speaking, so the cue-less
quotation that follows keeps the article's speaker. Made-up articles in the BBC's style,
through the real model and resolver."""

from __future__ import annotations

from pathlib import Path

from .quoted_article import said


def test_the_second_object_of_a_preposition_is_no_rival(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Ricky Gervais has signed two Hollywood stars for his new sitcom.",
        "“We wanted actors who had iconic status,” Gervais told BBC News. Gervais admitted "
        "he was cautious about revealing who would take part. But he has met with Ben "
        "Stiller and Samuel Jackson and they enjoyed the scripts.",
        "“I didn't want to start revealing names until it was all sorted.”",
    )
    assert quotes[-1] == (
        "I didn't want to start revealing names until it was all sorted.",
        "Ricky Gervais",
    )
