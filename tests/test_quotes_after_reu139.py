"""From the first runs of the Reuters sets reu139-reu144: an apposition of a role with no
article whose closing comma the wire left out ("Paul E. Lego, senior executive vice
president told the analysts “…”"); a body's word before a role before the name that
opens a clause ("But government spokesman Yannis Roubatis did not confirm the move,
saying only “…”"); and a spokeswoman brought in after a linking adverb ("Similarly, a
Genentech spokeswoman said …. “…,” she said"). The real model and resolver on made-up
wording, with cases where the rules must not apply."""

from __future__ import annotations

from pathlib import Path

from .quoted_article import said, speaker_of


def test_a_role_apposition_left_unclosed_before_the_verb(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "PITTSBURGH, March 27 - Westinghouse Electric Corp told analysts it would keep its cash.",
        'Paul E. Lego, senior executive vice president told the analysts "our plans do not '
        'call for a multibillion dlr acquisition, even though our balance sheet can handle one."',
    )
    assert speaker_of(quotes, "our plans") == "Paul E. Lego"


def test_a_bodys_word_before_the_role_of_a_clauses_subject(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "ATHENS, March 27 - Greek newspapers said the navy had gone to the Aegean.",
        "But government spokesman Yannis Roubatis did not confirm the move, saying only "
        '"The Greek fleet is not at its naval base."',
    )
    assert speaker_of(quotes, "The Greek fleet") == "Yannis Roubatis"


def test_a_spokeswoman_after_a_linking_adverb_is_the_next_she(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Neither Genentech nor the FDA would confirm that a second review had been set.",
        '"It\'s under consideration for the May meeting," an FDA official said.',
        "Similarly, a Genentech spokeswoman said the FDA had not yet notified it of the review.",
        "\"We know it's a possibility, but we can't confirm that we are on the agenda,\" she said.",
    )
    assert speaker_of(quotes, "We know") == "Genentech"


def test_a_name_after_a_lower_case_word_opens_no_clause(tmp_path: Path) -> None:
    # a lower-case word that is no body's word before a role still keeps the name out
    # of the subject's place: "the strike against Acme chairman John Roe" is an object
    quotes = said(
        tmp_path,
        "The union called the strike against company chairman John Roe, saying "
        '"we have waited long enough for a fair offer."',
    )
    assert speaker_of(quotes, "we have waited") != "John Roe"
