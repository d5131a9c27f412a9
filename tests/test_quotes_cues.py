"""Cues the quotes stage misread before its seventh round: a question's cue after it
("“…?” Peter Lynch asked", ``questions.py``), a title taken for a name ("Sgt"), an
answer's speaker (``replies.py``), "X of the Y said", a body after an inverted cue, a
quotation interrupted by its cue (``interrupted.py``) and a police rank's period. The
articles run through the real NLP model and resolver."""

from __future__ import annotations

from pathlib import Path

from .quoted_article import said


def test_a_question_s_cue_after_it_is_read(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Elijah Coleman testified on Tuesday that he saw the gun.",
        "“So which is it?” Deputy Public Defender Peter Lynch asked Coleman, who in turn "
        "said he had seen the gun before.",
    )
    assert quotes == [("So which is it?", "Peter Lynch")]


def test_a_question_after_a_cue_of_its_own_keeps_that_cue(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Police chief Frank Vanore described the attack on Monday.",
        "She walked inside and fired at an employee who had yelled, “Hide, she's got a "
        "gun!” Vanore said.",
    )
    # the employee yelled it; Vanore only tells of it
    assert [s for _, s in quotes] == [None]


def test_a_title_the_model_took_for_a_name_never_speaks(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Michael Gallagher ran to help the woman and her husband.",
        "“He tried to provide first aid for her,” said Sgt. Marty Earley with the "
        "Bloomington Police Department.",
    )
    assert quotes == [("He tried to provide first aid for her,", "Marty Earley")]


def test_an_answer_is_the_one_who_was_asked(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Elijah Coleman testified on Tuesday that he saw the gun.",
        "At one point, Peter Lynch asked Coleman, “You just lied to this jury, correct?”",
        "“Yes,” he responded.",
    )
    assert quotes == [
        ("You just lied to this jury, correct?", "Peter Lynch"),
        ("Yes,", "Elijah Coleman"),
    ]


def test_a_speaker_of_a_named_body_before_the_verb(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "A fire damaged the church on Friday night.",
        "“We have no idea what caused it,” Larry Kroon of the Wasilla Bible Church said.",
        "Kroon said the church would open on Sunday.",
    )
    assert quotes == [("We have no idea what caused it,", "Larry Kroon")]


def test_a_body_after_an_inverted_cue_speaks_in_a_statement(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Microsoft released a patch for Internet Explorer on Wednesday.",
        "“The patch needs to be installed right away,” said Shavlik Technologies in a statement.",
    )
    assert quotes == [("The patch needs to be installed right away,", "Shavlik Technologies")]


def test_a_quotation_interrupted_by_an_inverted_cue_is_one_speaker_s(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Prosecutor Gail Fairman spoke in court on Monday.",
        "“It was a plan,” said Fairman, “and she carried it out.”",
    )
    assert quotes == [
        ("It was a plan,", "Gail Fairman"),
        ("and she carried it out.", "Gail Fairman"),
    ]


def test_a_police_rank_s_period_does_not_end_the_cue(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Police in Vancouver said a man was arrested on Friday.",
        "“A man came in and shot another man,” Vancouver police Const. Tim Fanning told a "
        "news conference.",
    )
    assert quotes == [("A man came in and shot another man,", "Tim Fanning")]
