"""A description that opens a later clause ("X's striker Y is fit, but the Frenchman
admitted he …") is not the first clause's subject: its "he said" is the person the
article is about, or nobody. And a cue-less quotation after an unattributed one that
another person's sentence gave ("shared by Henry, who believes “…”") is not the
article's one voice. Made-up articles in the BBC's style, through the real model and
resolver."""

from __future__ import annotations

from pathlib import Path

from .quoted_article import said

_LEAD = "Arsenal manager Arsene Wenger said his side would miss Patrick Vieira against Chelsea."
_TURN = (
    "Arsenal's own striker Dennis Bergkamp is fit again, but the Frenchman admitted he was "
    "unsure whether to start the Dutchman, who has been injured for a month."
)
_WORDS = (
    "Dennis is a great striker. What I have to judge is whether he is ready for ninety minutes,"
)


def test_the_frenchman_is_the_manager_the_article_is_about(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Wenger fears Chelsea",
        _LEAD,
        "Wenger said the club was ready. “We are ready for this game and we will show it,” "
        "Wenger said.",
        _TURN,
        f"“{_WORDS}” he said.",
    )
    assert quotes[-1] == (_WORDS, "Arsene Wenger")


def test_the_frenchman_is_not_the_striker_when_nobody_else_fits(tmp_path: Path) -> None:
    quotes = said(tmp_path, _LEAD, _TURN, f"“{_WORDS}” he said.")
    assert quotes == [(_WORDS, None)]


def test_words_after_another_persons_partial_quote_are_not_the_sole_voice(
    tmp_path: Path,
) -> None:
    quotes = said(
        tmp_path,
        "Wenger fears Chelsea",
        _LEAD,
        "“We are ready for this game and we will show it,” Wenger said. It is a view shared "
        "by Thierry Henry, who believes “we can win the league this year”. “I knew it when we "
        "beat Chelsea in the autumn, and the players know it too.”",
    )
    assert quotes[-1][1] is None
