"""Quotations led in with no speech verb: a sentence of the quotation's own paragraph
that a colon ends ("Mr Hale is confident: “…”", "She was blunt: “…”"), a list's line
("- Harrow boss Tom Castell: “…”", its colon sometimes left out), a person fronted by
"For" ("For Rick Dean, …. “…,” he told"); and a piece a mark reopened that a cue of its
own gives to someone else. Made-up articles in the BBC's style, through the real model
and resolver."""

from __future__ import annotations

from pathlib import Path

from .quoted_article import said


def test_a_colon_after_the_sentence_a_name_opens(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Broadcast engineer Martin Hale has spent a decade on digital television.",
        "Some viewers still doubt the new sets. Mr Hale is confident though: “I think if "
        "people see the real picture, they will not go back.”",
    )
    assert quotes == [
        ("I think if people see the real picture, they will not go back.", "Martin Hale")
    ]


def test_a_colon_after_a_sentence_he_or_she_opens(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Council leader Joan Pryce faced angry tenants at the town hall on Monday.",
        "She was blunt: “Nobody is going to lose their home while I am in charge.”",
    )
    assert quotes == [("Nobody is going to lose their home while I am in charge.", "Joan Pryce")]


def test_two_people_before_the_colon_give_no_speaker(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Martin Hale and Joan Pryce met the tenants of the estate on Monday morning.",
        "Mr Hale and Ms Pryce were blunt: “Nobody is going to lose their home this year.”",
    )
    assert quotes == [("Nobody is going to lose their home this year.", None)]


def test_a_list_of_reactions_with_and_without_a_colon(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Harrow beat Leeds 2-1 at the weekend after a late goal from the captain.",
        "- Harrow boss Tom Castell: “We deserved the win and the players know it.”",
        "- Leeds coach Peter Ruddock “It was a tough afternoon and we did not defend well.”",
    )
    assert quotes == [
        ("We deserved the win and the players know it.", "Tom Castell"),
        ("It was a tough afternoon and we did not defend well.", "Peter Ruddock"),
    ]


def test_a_person_fronted_by_for_is_the_he_that_follows(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "New disc formats will not be in the shops for another year or so.",
        "For Rick Tanner, director of development at a sound company, the future is an "
        "exciting prospect. He has worked on several film trilogies. “There was a time "
        "when film and video were separate worlds,” he told the BBC.",
    )
    assert quotes == [("There was a time when film and video were separate worlds,", "Rick Tanner")]


def test_a_reopened_piece_with_its_own_cue_is_its_speakers(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Striker Omar Fathy has apologised to the national team's fans.",
        "Fathy said: “I was wrong to say those things. “I am now used to the press being "
        "against me at times. Meanwhile, federation spokesman Karim Nabil welcomed the "
        "apology and said no one had put pressure on Fathy. “The apology makes him a "
        "bigger star for all the young players,” Nabil said.",
    )
    assert quotes[0] == ("I was wrong to say those things.", "Omar Fathy")
    assert quotes[-1] == (
        "The apology makes him a bigger star for all the young players,",
        "Karim Nabil",
    )
