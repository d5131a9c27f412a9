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
