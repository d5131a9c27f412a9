"""Quotations the stage misread before its sixteenth round: the words of "someone" that a
named witness reports ("she overheard someone say “…”": nobody's, not the witness's), and
a letter's words cued by "notified" ("“…,” Karen Olson, president of Valley Dairy,
notified the panel"). The tests run the real NLP model and resolver, on wording that
follows the ECB+ news the rules were found on."""

from __future__ import annotations

from pathlib import Path

from .quoted_article import said


def test_the_words_of_someone_a_witness_overheard_have_no_speaker(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Zurana Horton was killed on Friday while walking near an intersection.",
        "Armstead, 32, testified that after she overheard someone say “he has a gun,” she "
        "took refuge inside a corner bodega with her son.",
        "“I thought it was a brick but it was a bullet,” Unique Armstead testified.",
    )
    assert quotes == [
        ("he has a gun,", None),
        ("I thought it was a brick but it was a bullet,", "Unique Armstead"),
    ]


def test_a_named_subject_before_the_cue_still_speaks(tmp_path: Path) -> None:
    # the rule looks at the cue's own subject only: a name there still speaks
    quotes = said(
        tmp_path,
        "Zurana Horton was killed on Friday while walking near an intersection.",
        "Someone called the police after Unique Armstead said “he has a gun.”",
    )
    assert quotes == [("he has a gun.", "Unique Armstead")]


def test_notified_is_a_cue_for_the_name_before_it(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Valley Dairy Inc. told the Agriculture Board it was going to stop making payments.",
        "“We will be making no further payment on our notes until we have been able to "
        "move,” Karen Olson, president and CEO of Valley Dairy, notified the panel on Aug. 1.",
    )
    assert quotes == [
        (
            "We will be making no further payment on our notes until we have been able to move,",
            "Karen Olson",
        )
    ]


def test_a_cue_inside_an_aside_between_dashes_is_not_the_sentences(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Lindsay Lohan did not check into the rehab center, officials said.",
        "Prosecutor Terry White told The Post a couple hours after a court hearing — where "
        "Lohan’s lawyer Mark Heller said she was “ensconced in the bosom” of Morningside "
        "Recovery in Newport Beach — “I hear she’s on her way to LAX.”",
    )
    assert quotes == [
        ("ensconced in the bosom", "Mark Heller"),
        ("I hear she’s on her way to LAX.", "Terry White"),
    ]


def test_a_lead_ending_in_said_and_a_name_hands_the_quotation_to_that_name(
    tmp_path: Path,
) -> None:
    quotes = said(
        tmp_path,
        "Bettie Page met the photographer Bunny Yeager in 1954.",
        "One big difference between Page and most neighbors, said Yeager:",
        "“She felt more comfortable in the nude than in clothes.”",
    )
    assert quotes == [("She felt more comfortable in the nude than in clothes.", "Bunny Yeager")]
