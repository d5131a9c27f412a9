"""Speakers named after a dash, on a line of their own below a pull quote, or in the
apposition of the cue before (blind WikinewsSum round): made-up sentences."""

from __future__ import annotations

from pathlib import Path

from site_builder.quotes.dash_bylines import byline_after, dash_left_open
from site_builder.quotes.marks import find_marked

from .quoted_article import said


def test_a_byline_is_a_name_with_its_role_before_or_after() -> None:
    for line in (
        " - Ken Ashworth.",
        " - Dr. Maria K. Olsen.",
        " – Rovers club secretary Ken Ashworth.",
        " - Ken Ashworth, Rovers club secretary.",
    ):
        assert byline_after(line, 0) is not None, line
    for line in (
        " - we have confidence in the squad.",
        " - It was a great day for Rovers.",
        " - Ashworth said after the match.",
        " and the board agreed.",
    ):
        assert byline_after(line, 0) is None, line


def test_a_quotation_left_open_ends_at_its_byline_dash() -> None:
    text = "“We fear no one - we trust our own players - Ken Ashworth, Rovers secretary."
    cut = dash_left_open(text, 1)
    assert cut is not None and text[1:cut].endswith("our own players")
    # a dash inside the quotation, with the writer's words after it, is no byline
    assert dash_left_open("“We fear no one - we trust our own players.", 1) is None


def test_the_person_after_a_dash_speaks_even_behind_a_role(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Officials of the four clubs reacted to the cup draw on Friday.",
        '"It is a very hard draw, but we will be ready for it" - Peter Hollis, '
        "Rovers chief executive.",
        '"They will be two close games, and we expect to go through" - Rangers vice '
        "chairman Martin Doyle.",
    )
    assert [speaker for _, speaker in quotes] == ["Peter Hollis", "Martin Doyle"]


def test_a_byline_naming_nobody_known_gives_no_speaker(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Readers wrote in during the draw.",
        '"It is a very hard draw, but we will be ready for it" - Peter Hollis, '
        "Rovers chief executive.",
        '"Can the man who drew the balls pick my lottery numbers too?" - Xq Zzv.',
    )
    # never the speaker of the line before
    assert quotes[1][1] != "Peter Hollis"


def test_a_quotation_left_open_before_its_byline_is_that_persons(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Officials of the clubs reacted to the cup draw on Friday.",
        '"We have a long history with that club. But we fear no one - we trust our own '
        "players - Peter Hollis, Rovers chief executive.",
        '"It is a tough draw, whoever you meet at this stage" - Martin Doyle, Rangers secretary.',
    )
    assert [speaker for _, speaker in quotes] == ["Peter Hollis", "Martin Doyle"]


def test_a_pull_quote_is_the_name_below_its(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "President Hu Jintao arrived in Brasilia on Friday for talks on trade.",
        "“ They want to build a new bloc of developing nations that balances the rich ones ”",
        "Maria Costa",
        "Latin America analyst",
        "The two countries signed eleven trade agreements during the visit.",
    )
    assert quotes[0][1] == "Maria Costa"


def test_a_name_line_heading_a_quotation_is_not_the_one_above(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "President Hu Jintao arrived in Brasilia on Friday for talks on trade.",
        "“ They want to build a new bloc of developing nations that balances the rich ones ”",
        "Maria Costa",
        "“We will sign eleven trade agreements during this visit,” the president said.",
    )
    assert quotes[0][1] != "Maria Costa"


def test_the_cues_apposition_does_not_stop_its_next_quotation(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        'The observatory released its findings on Tuesday. "We were astonished by the '
        'size of the cloud," said co-author Laura Finch of the Lowell Center for Optics, '
        'Cambridge, Mass. "This galaxy is growing when it should be resting." The study '
        "appears in Nature.",
    )
    assert [speaker for _, speaker in quotes] == ["Laura Finch", "Laura Finch"]


def test_the_speakers_employer_is_no_one_else_speaking(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        'Acme launched a test version of its search service on Tuesday. "The release is '
        'a big step toward faster answers for our customers," said Janet Rowe, corporate '
        'vice president for the Search Services division at Acme Corp. "With better '
        'tools, Acme Search is setting a new standard for online search." The service is '
        "free.",
    )
    assert [speaker for _, speaker in quotes] == ["Janet Rowe", "Janet Rowe"]


def test_another_person_in_between_keeps_the_next_quotation_apart(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        'The observatory released its findings on Tuesday. "We were astonished by the '
        'size of the cloud," said co-author Laura Finch of the Lowell Institute, '
        "Flagstaff, Ariz. Her rival Daniel Ortega of Yale University, New Haven, Conn. "
        '"This galaxy is growing when it should be resting." The study appears in Nature.',
    )
    # Ortega, named after the cue's sentence, may be the one speaking now: no guess
    assert [speaker for _, speaker in quotes] == ["Laura Finch", None]


def test_a_closing_mark_before_a_word_after_a_space_opens_a_quotation() -> None:
    text = "Sales are growing. ”Next year will be decisive for the market,” says Jo Park."
    found = find_marked([text])
    assert [text[m.start : m.end] for m in found] == ["Next year will be decisive for the market,"]
    assert [m.start for m in find_marked(["”Next year will be decisive,” says Jo Park."])] == [1]


def test_closing_marks_after_words_still_close() -> None:
    text = "The report “Markets 2005” states that sales grew, “by a third” in a year."
    found = find_marked([text])
    assert [text[m.start : m.end] for m in found] == ["Markets 2005", "by a third"]


def test_a_source_credit_with_a_date_is_no_byline() -> None:
    assert byline_after(" — Harbour Gazette, August 15, 2008", 0) is None
    assert byline_after(" — Harbour Gazette, 2008.", 0) is None


def test_a_hyphen_joined_to_a_quoted_word_is_no_dash() -> None:
    assert byline_after("-American Forces.", 0) is None
    assert byline_after("—Ken Ashworth.", 0) is not None
