"""A quotation with no cue at all right after a sentence about one person is that
person's ("But Redford knows this …. “…”"), or whose possessive name the sentence's
"he" takes up ("Finnan's position is … but he looked …"); never when the sentence names
two people or quotes someone."""

from __future__ import annotations

from pathlib import Path

from .quoted_article import said


def test_a_cueless_quotation_after_a_sentence_about_one_person(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "The festival opened in Park City on Thursday with forty new films.",
        "But Robert Marsh knows the audience is small and started the Sundial Film Channel to "
        "reach more people. “When you look at these films, they are for everyone.”",
    )
    assert quotes == [("When you look at these films, they are for everyone.", "Robert Marsh")]


def test_a_title_may_stand_before_the_name(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Professor Dora Lindqvist has built cheap laptops for schools.",
        "However, Ms Lindqvist has taken the idea to villages in Laos with her husband. "
        "“We put in thirty laptops and only one has broken.”",
    )
    assert quotes == [("We put in thirty laptops and only one has broken.", "Dora Lindqvist")]


def test_two_people_joined_as_its_subject_leave_the_quotation_unattributed(
    tmp_path: Path,
) -> None:
    quotes = said(
        tmp_path,
        "The two ministers met in Brussels on Monday.",
        "Ruth Calder and Peter Ovens signed the treaty after the talks. "
        "“This is a good day for both countries.”",
    )
    assert quotes == [("This is a good day for both countries.", None)]


def test_a_person_named_after_the_subject_is_what_the_subject_did(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Anna Keller won her opening match at the Tour Championships on Tuesday.",
        "Keller spent five weeks at number one before injury ushered Lena Varga back in "
        "front. “Since then, I feel very confident on court and my game is there.”",
    )
    assert quotes == [
        ("Since then, I feel very confident on court and my game is there.", "Anna Keller")
    ]


def test_a_sentence_that_is_no_one_s_leaves_it_unattributed(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Ruth Calder runs the agency that built the new card reader.",
        "The reader makes a code that lasts thirty seconds. "
        "“You put the card in the reader and a code is given.”",
    )
    assert quotes == [("You put the card in the reader and a code is given.", None)]


_PLAY = "As I play on the right for my club, it was something the manager looked at."


def test_a_possessive_name_taken_up_by_his_he(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Defender Sean Dorrian starred in the draw with France on Saturday.",
        f"Dorrian's normal position is right-back but he looked assured further forward. “{_PLAY}”",
    )
    assert quotes == [(_PLAY, "Sean Dorrian")]


def test_a_possessive_name_alone_leaves_it_unattributed(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Defender Sean Dorrian starred in the draw with France on Saturday.",
        f"Dorrian's normal position is right-back, not on the wing. “{_PLAY}”",
    )
    assert quotes == [(_PLAY, None)]


def test_where_the_person_wrote_may_open_the_sentence(tmp_path: Path) -> None:
    words = "Our ambition is not simply tackling idleness but delivering full employment."
    quotes = said(
        tmp_path,
        "Chancellor Alan Marsh set out his plans for the election campaign on Monday.",
        f"Writing in the Observer newspaper, Mr Marsh outlined his view of the party. “{words}”",
    )
    assert quotes == [(words, "Alan Marsh")]
