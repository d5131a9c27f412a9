"""Speakers the first run of BBC blind sets 178-180 left untold or got wrong, by class:
"The seventh seed, who … is lined up to meet Roddick …, is looking forward to the match.
“…,” he said" is the seed's, and a seed's number is not another seed's ("top seed X");
"…, but Tennis Australia's Geoff Pollard rejected his comments. “…,” he said" is the one
the "but" turns to; "her spokesman insisted …" stops the last named speaker's line from
running on; "an Austrian doctor" is no Austrian brought in before "the 27-year-old
Austrian said"; "The Argentine had stoked up … by saying “…”" is the one the article
introduced as "Argentine David Nalbandian"; and, from set 181, a closing mark typed
after a space ("… the Tour. " "Looking …") is no word between a speaker's line and the
next. The tests run the real NLP model and resolver on made-up wording."""

from __future__ import annotations

from pathlib import Path

from .quoted_article import said


def test_a_seed_opening_the_sentence_before_he_said(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "British number one Tim Henman will face Cyril Saulnier in the first round.",
        "Women's top seed Lindsay Davenport drew Conchita Martinez.",
        "Henman beat Saulnier in Paris last year. The seventh seed, who is lined up to meet "
        "Andy Roddick in the last eight, is looking forward to the match. “He's a tough "
        "player on any surface,” he said.",
    )
    assert quotes == [("He's a tough player on any surface,", "Tim Henman")]


def test_an_answer_after_but_turns_the_sentence(tmp_path: Path) -> None:
    words = "We did ask for it to be made faster than last year,"
    for official in ("Tennis Australia's Steve Wood", "Tennis Australia chief Steve Wood"):
        quotes = said(
            tmp_path,
            "Australian tennis' top official has defended the courts after criticism by "
            "Lleyton Hewitt.",
            "Hewitt said he had had enough of trying to persuade them to make the surface "
            f"faster but {official} rejected his comments. “{words}” he said.",
        )
        assert quotes[-1] == (words, "Steve Wood")


def test_her_spokesman_stops_the_last_speakers_line(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Kim Clijsters has denied reports that she has pulled out of the Open.",
        "Open chief Paul McNamee had said: “Kim's wrist obviously isn't going to heal.” But "
        "her spokesman insisted she had simply delayed her entry. “The doctors are "
        "assessing her injury on a weekly basis.”",
    )
    assert quotes[-1] == ("The doctors are assessing her injury on a weekly basis.", None)


def test_an_austrian_doctor_is_no_austrian_brought_in(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Stefan Koubek says he has been banned for three months after a drugs test.",
        "Koubek believes an injection given to him by an Austrian doctor is to blame. “I "
        "have acted correctly,” the 27-year-old Austrian said in a statement.",
    )
    assert quotes == [("I have acted correctly,", "Stefan Koubek")]


def test_a_nationality_opening_a_participles_clause(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Lleyton Hewitt came through a five-set battle with Argentine David Nalbandian.",
        "Nalbandian broke back twice as Hewitt tired. The Argentine had stoked up the "
        "temperature by saying Hewitt's celebrations were “not very good for the sport”.",
    )
    assert quotes == [("not very good for the sport", "David Nalbandian")]


def test_a_closing_mark_after_a_space_is_no_word_before_the_next_line(tmp_path: Path) -> None:
    # sets 181-183: "… and Tour. " "Looking …" carries on the speaker's words
    quotes = said(
        tmp_path,
        "Tim Henman has quit the Davis Cup to focus on the Grand Slams.",
        '"Tim has had a phenomenal Davis Cup career," said Jeremy Bates. "Tim\'s record '
        'speaks for itself. I respect his decision to focus on the Tour. " "Looking to the '
        'future this decision is a huge opportunity for the next generation."',
    )
    assert quotes[-1] == (
        "Looking to the future this decision is a huge opportunity for the next generation.",
        "Jeremy Bates",
    )
