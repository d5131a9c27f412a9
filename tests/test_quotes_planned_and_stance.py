"""Words of a speech handed out before it is given ("he was due to say", "X is expected
to tell delegates") are the speaker's; a quotation closed by a comma and followed by
another person's name is not carried on from the quotation before; an apposition left
open with a body's role ("X, Acme president and keen golfer said:") is the person's; a
stance taken in the sentence before ("X criticised the plan. “…”") gives the floor to
the one who took it. Made-up articles in the BBC's style, through the real model and
resolver."""

from __future__ import annotations

from pathlib import Path

from .quoted_article import said


def test_words_a_speaker_was_due_to_say(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Charles Kennedy set out his party's plans for pensions in Harrogate on Saturday.",
        "“Older people have been let down by both of the other parties,” he was due to "
        "say. “We will put that right in our first year.”",
    )
    assert [s for _, s in quotes] == ["Charles Kennedy", "Charles Kennedy"]


def test_a_speaker_expected_to_tell_delegates(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "“The economy is strong and getting stronger,” Gordon Brown said in Brighton.",
        "“This is a government that has run out of ideas,” Michael Howard is expected to "
        "tell delegates in Blackpool.",
    )
    assert quotes[-1][1] == "Michael Howard"


def test_an_unread_cue_naming_another_is_not_carried_on(tmp_path: Path) -> None:
    # "hopes" is no speech verb: the quotation is nobody's, never the one before's
    quotes = said(
        tmp_path,
        "“The economy is strong and getting stronger,” Gordon Brown said in Brighton.",
        "“This is a government that has run out of ideas,” Michael Howard hopes.",
    )
    assert quotes[-1] == ("This is a government that has run out of ideas,", None)


def test_a_carried_on_quotation_still_carries_on(tmp_path: Path) -> None:
    # a guard: with no name after it, the quotation goes on with the speaker before
    quotes = said(
        tmp_path,
        "“The economy is strong and getting stronger,” Gordon Brown said in Brighton.",
        "“And the figures out this week prove it.”",
    )
    assert quotes[-1][1] == "Gordon Brown"


def test_an_open_apposition_with_a_bodys_role_and_another(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "The Parents Television Council counted every swear word in a week of music television.",
        "Brent Bozell, PTC president and conservative activist said: “The channel is "
        "selling crude jokes to children.”",
    )
    assert quotes[-1] == ("The channel is selling crude jokes to children.", "Brent Bozell")


def test_a_stance_in_the_sentence_before(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Ministers want a national minimum payment for foster carers in England.",
        "Fostering Network executive director Robert Tapsfield criticised the current "
        "rates. “There is no sense in a system which pays carers differently from one "
        "town to the next.” The charity wants a weekly payment of £110.",
    )
    assert quotes[-1][1] == "Robert Tapsfield"


def test_a_stance_towards_a_person_names_nobody(tmp_path: Path) -> None:
    # a guard: the one praised may be the one quoted next
    quotes = said(
        tmp_path,
        "Ministers want a national minimum payment for foster carers in England.",
        "Fostering Network executive director Robert Tapsfield praised Margaret Hodge. "
        "“There is no sense in a system which pays carers differently from one town to "
        "the next.” The charity wants a weekly payment of £110.",
    )
    assert quotes[-1][1] is None
