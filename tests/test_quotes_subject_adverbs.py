"""Words between a speaker and the speech verb keep the speaker: an adverb of time ("An
angry Beattie initially said:", "Ms Shaw eventually told the inquiry:"), an apposition
whose closing comma was left out ("Emmanuel Ferry, from Exane BNP Paribas told", "Mark
Hallam, editor of Gamesweekly.com told"), or a dashed aside ("B&B - which has a
buy-to-let arm - said"). Made-up articles in the BBC's style, through the real model and
resolver."""

from __future__ import annotations

from pathlib import Path

from .quoted_article import said

_WORDS = "I never touched him and I would say the same to any referee in the country."


def test_initially_said(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Rovers manager Alan Pardew will fine striker Kevin Doyle after all.",
        f"An angry Doyle initially said: “{_WORDS}”",
    )
    assert quotes == [(_WORDS, "Kevin Doyle")]


def test_eventually_told(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Council leader Margaret Shaw faced questions for three hours on Tuesday.",
        f"Ms Shaw eventually told the inquiry: “{_WORDS}”",
    )
    assert quotes == [(_WORDS, "Margaret Shaw")]


def test_unclosed_from_apposition(tmp_path: Path) -> None:
    words = "It is a growth that will remain fragile and vulnerable to any rise in rates,"
    quotes = said(
        tmp_path,
        "Consumer spending in France rose for a third month in December.",
        f"“{words}” Emmanuel Ferry, from Exane BNP Paribas told Reuters news agency.",
    )
    assert quotes == [(words, "Emmanuel Ferry")]


def test_unclosed_post_at_a_body(tmp_path: Path) -> None:
    # the apposition names the speaker's post and the body it is at, with no article
    words = "It is obviously very encouraging for the company after a slow winter,"
    quotes = said(
        tmp_path,
        "Sales of the console have tripled since its launch in November.",
        f"“{words}” Mark Hallam, editor of Gamesweekly.com told BBC News.",
    )
    assert quotes == [(words, "Mark Hallam")]


def test_a_dashed_aside_with_a_hyphened_word(tmp_path: Path) -> None:
    # "B&B" opening the sentence is a name the model missed there (a capitalised run with
    # an ampersand), and the aside between dashes holds "buy-to-let"
    words = "continues to grow at a rate well above that of the whole mortgage market"
    quotes = said(
        tmp_path,
        "Mortgage lender B&B reported a 6% rise in profits. B&B said the market was robust.",
        "But B&B - which has a 22% share of the UK buy-to-let mortgage market - said the "
        f"sector “{words}”.",
    )
    assert quotes == [(words, "B&B")]
