"""Words between a speaker and the speech verb keep the speaker: an adverb of time ("An
angry Beattie initially said:", "Ms Shaw eventually told the inquiry:"), an apposition
whose closing comma was left out ("Emmanuel Ferry, from Exane BNP Paribas told", "Mark
Hallam, editor of Gamesweekly.com told"), a "from" phrase closed by a comma, a dashed
aside ("B&B - which has a buy-to-let arm - said"); and "said for" opens reported speech.
Made-up articles in the BBC's style, through the real model and resolver."""

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


def test_a_from_phrase_closed_by_a_comma(tmp_path: Path) -> None:
    words = "Everything is going digital,"
    quotes = said(
        tmp_path,
        "The number of gadgets in the shops is predicted to grow by 11%.",
        f"“{words}” Karen Whitfield from the Consumer Electronics Association, told the BBC.",
    )
    assert quotes == [(words, "Karen Whitfield")]


def test_an_of_phrase_before_another_apposition_is_no_gap(tmp_path: Path) -> None:
    # the person in the apposition speaks, not the title before it
    words = "reflect on issues in light of the gospel"
    quotes = said(
        tmp_path,
        "Party leaders clashed over abortion on Monday.",
        "The Roman Catholic Archbishop of Cardiff, the Most Reverend Peter Smith, told BBC "
        f"Radio 4 that the church merely wanted people to “{words}” before voting.",
    )
    assert quotes == [(words, "Peter Smith")]


def test_he_said_for_opens_reported_speech(tmp_path: Path) -> None:
    words = "renew a commitment to democracy and the rule of law"
    quotes = said(
        tmp_path,
        "President Tom Harlan said the US backed Russian entry to the trade body.",
        f"But he said for Russia to make progress the government must “{words}”.",
    )
    assert quotes == [(words, "Tom Harlan")]
