"""From the first run of the Reuters sets reu109-reu114: "the Bundesbank spokesman" whom
the article never names is the body's voice, so the "he said" after him is the
Bundesbank's, as "a Bundesbank spokesman" already was; a spokesman the article named
("Lib Dem treasury spokesman Vincent Cabell") is still the person (see
test_quotes_spokespeople_reach); an unnamed person described with their place of work
("A grain dealer at one member co-op said") is the "he" after them, not the last man
named; "FCA board member Marvin Duncan differed, saying" is Duncan's, "member" a role
word as "chief" is; "…, but Baldrige said he was more optimistic, adding, “…”" is
Baldrige's. The tests run the real NLP model and resolver on made-up wording."""

from __future__ import annotations

from pathlib import Path

from .quoted_article import said, speaker_of


def test_he_after_the_body_s_unnamed_spokesman_is_the_body(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "FRANKFURT, March 24 - The Bundesbank said it would not supervise the carmaker.",
        '"This supervision aims to protect creditors," the Bundesbank spokesman said.',
        '"The case lies far outside the area of the Bundesbank," he said.',
    )
    assert speaker_of(quotes, "The case lies far outside") == "Bundesbank"


def test_he_after_an_unnamed_dealer_at_a_firm_is_nobody_named(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Growmark no longer needs to trade futures, said Tom Mulligan, president of the co-op.",
        "Mulligan said he believes the dissolution is a result of change in the industry.",
        "A grain dealer at one member co-op said the futures arm had saved it money.",
        '"We are sorry to see the co-op go by the wayside," he said.',
    )
    assert speaker_of(quotes, "We are sorry to see") is None


def test_a_board_member_after_his_body_is_the_one_saying(tmp_path: Path) -> None:
    # "FCA board member Marvin Duncan differed, saying": the FCA only describes him
    quotes = said(
        tmp_path,
        "WASHINGTON, March 24 - A member of the board which regulates the farm credit "
        "system said Congress should plan to provide aid.",
        "Jim Billington, Farm Credit Administration (FCA) board member told a House "
        'hearing "I feel your subcommittee should plan on providing 800 mln dlrs."',
        'However, FCA board member Marvin Duncan differed, saying "it is premature to talk '
        'about the cost of a solution."',
        "Chairman of the FCA board, Frank Naylor, said a rescue could be structured.",
    )
    assert speaker_of(quotes, "it is premature") == "Marvin Duncan"


def test_adding_after_a_later_clause_s_said_is_that_subject_s(tmp_path: Path) -> None:
    # not the sentence's first name ("Treasury"), nor a body named before "said" inside
    # an apposition ("Rex Hardesty of the AFL-CIO said …, saying" stays Hardesty's)
    quotes = said(
        tmp_path,
        "WASHINGTON, March 24 - Commerce Secretary Malcolm Baldrige predicted a smaller "
        "trade deficit.",
        "Earlier, Treasury Secretary James Baker told the committee that the deficit had "
        'levelled off, but Baldrige said he was more optimistic, adding, "I think we '
        'turned the corner in February."',
        "Rex Hardesty of the labor confederation AFL-CIO said many safeguards are not "
        'working, saying "only one-third of the unemployed are now receiving benefits."',
    )
    assert speaker_of(quotes, "I think we turned") == "Malcolm Baldrige"
    assert speaker_of(quotes, "only one-third") == "Rex Hardesty"
