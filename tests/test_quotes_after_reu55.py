"""From the first run of the Reuters sets reu55-reu57: the wire nests a quotation inside
another in the same straight double marks ('"They could be talking to a "white knight"
right now," said … analyst Marvin Roffman'); read as alternating marks, the pieces came
out inside out and the analyst's words had no speaker. A quotation whose closing mark
was left out is not read as nested."""

from __future__ import annotations

from pathlib import Path

from site_builder.quotes.marks import find_marked

from .quoted_article import said


def _pieces(text: str) -> list[str]:
    return [text[m.start : m.end] for m in find_marked([text])]


def test_a_quotation_nested_in_straight_marks_stays_inside_the_outer_one() -> None:
    text = (
        '"They could be talking to a "white knight" right now," said analyst Marvin '
        'Roffman, adding. "That would be my best guess."'
    )
    assert _pieces(text) == [
        'They could be talking to a "white knight" right now,',
        "That would be my best guess.",
    ]


def test_a_closing_mark_left_out_is_no_nesting() -> None:
    # the second mark opens a sentence after a cue inside the open piece, and nothing
    # after the third closes an outer quotation
    text = '"We will go, he said. "Then we will stay," he added. "Later we will see."'
    assert _pieces(text) == ["We will go, he said.", "Then we will stay,", "Later we will see."]
    terms = 'He called it "a disgrace" and "a shame", and "that is that".'
    assert _pieces(terms) == ["a disgrace", "a shame", "that is that"]


def test_the_nested_quotation_s_speaker_is_the_outer_one_s(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "CASINO RESTRUCTURING SEEN",
        "LOS ANGELES, March 13 - Halvorsen World Inc is likely to seek out a friendly "
        "suitor, securities analysts said.",
        '"They could be talking to a "white knight" right now," said Janney Scott '
        'Montgomery Inc analyst Marvin Roffman, adding. "That would be my best guess."',
    )
    assert [speaker for _, speaker in quotes] == ["Marvin Roffman", "Marvin Roffman"]


def test_the_exchange_is_the_one_of_two_named_most(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "NYSE MOVES EXPIRATION",
        "NEW YORK, March 13 - The New York Stock Exchange said it and its New York Futures "
        "Exchange affiliate will move the expiration of their contracts.",
        "The New York Stock Exchange said it has submitted the changes for approval.",
        'The exchange said, "The NYSE has long advocated settlement in the morning rather '
        'than at the close of trading."',
    )
    assert quotes[-1][1] == "New York Stock Exchange"


def test_a_qualified_description_is_not_the_one_named_most(tmp_path: Path) -> None:
    # "The German exchange said" after a story about the London Stock Exchange: the
    # qualifier may name another
    quotes = said(
        tmp_path,
        "EXCHANGE TALKS",
        "The London Stock Exchange met the Frankfurt Stock Exchange on Friday, the "
        "London Stock Exchange said.",
        'The German exchange said it had held "constructive, professional and friendly" '
        "talks with the LSE.",
    )
    assert all(speaker != "London Stock Exchange" for _, speaker in quotes)


def test_a_name_right_before_a_possessive_one_is_not_the_speaker(tmp_path: Path) -> None:
    # reu5070 (reu59): "said Marine Midland NA's O'Neill": the economist, not his bank
    quotes = said(
        tmp_path,
        "DOLLAR",
        '"So far the group has been a roaring success," said James Walsh, financial markets '
        "economist at Marine Midland Bank NA.",
        'But the dollar quickly backed off. "The market was surprised that the Fed showed '
        """its face so soon," said Marine Midland NA's Walsh.""",
    )
    assert quotes[-1][1] == "James Walsh"
