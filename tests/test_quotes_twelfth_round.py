"""Quotations the stage missed or left unattributed before its twelfth round: words a
crowd chants or one speaker echoes after another ("“…,” they chanted", "“…,” echoed a
second representative" were not read as quotations at all), and a quotation in a
paragraph of its own after a sentence that a person's name opens and a colon ends with
no speech verb ("X, director of …, was blunt:" / "“…”" had no speaker).
The articles run through the real NLP model and resolver; their wording follows the
ECB+ news the rules were found on."""

from __future__ import annotations

from pathlib import Path

import pytest

from site_builder.quotes.cues import SPEECH_VERB

from .quoted_article import said


@pytest.mark.parametrize("verb", ["chanted", "echoed", "chanting", "shouting", "yelling"])
def test_crowd_and_echo_verbs_are_cues(verb: str) -> None:
    assert SPEECH_VERB.search(f"“Go home,” they {verb} outside.")


def test_a_short_chant_is_a_quotation_with_no_speaker(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Protesters marched on the parliament in Athens on Sunday.",
        "“Don't bend your head down,” they chanted as they faced the police.",
    )
    # five words: too short to stand as a quotation without the cue that governs them
    assert quotes == [("Don't bend your head down,", None)]


def test_echoed_words_of_an_unnamed_speaker_stay_unattributed(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Summit Entertainment would not confirm the report about Chris Weitz.",
        "“No, it is not official,” a studio representative told MTV News on Thursday.",
        "“We are not confirming,” echoed a second representative.",
    )
    assert quotes == [("No, it is not official,", None), ("We are not confirming,", None)]


def test_a_colon_after_a_named_subject_hands_him_the_next_paragraph(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Conservation groups sued to block the new rules on Thursday.",
        "Andrew Wetzler, director of the Natural Resources Defense Council's endangered "
        "species program, was blunt:",
        "“We will see them in court.”",
    )
    # the council's name is a possessive inside his apposition, not a second subject
    assert quotes == [("We will see them in court.", "Andrew Wetzler")]


def test_a_colon_after_two_named_people_gives_the_words_to_neither(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Conservation groups sued to block the new rules on Thursday.",
        "Andrew Wetzler and Janette Brimmer were blunt:",
        "“We will see them in court, and we will win there.”",
    )
    assert [speaker for _, speaker in quotes] == [None]


def test_a_colon_after_a_group_names_no_speaker(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Andrew Wetzler spoke to reporters on Thursday.",
        "Groups of young people roamed the streets of central Athens at night:",
        "“We will see them in court, and we will win there.”",
    )
    # the sentence opens with no name: the words are nobody's that the text says
    assert [speaker for _, speaker in quotes] == [None]
