"""A spokesperson brought in by a body's lower-case head noun ("a police spokesman") speaks
for the one body named before whose name holds that word, and for nobody when none or
several do; "Mr Blair is saying:" is a cue of its subject; "a BBC statement read." is the
BBC's, as "United's statement to the stock exchange said:" is United's; a paragraph that
lost its subject ("was delighted …") keeps its "he" unknown.
Made-up articles in the BBC's style, through the real model and resolver."""

from __future__ import annotations

from pathlib import Path

from .quoted_article import said


def test_a_police_spokesman_speaks_for_the_force_named(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Strathclyde Police arrested two men in Glasgow on Sunday after a break-in at a "
        "jeweller's shop.",
        "A police spokesman said: “Both men are being questioned and will appear in court "
        "on Monday.”",
    )
    assert quotes[-1] == (
        "Both men are being questioned and will appear in court on Monday.",
        "Strathclyde Police",
    )


def test_a_government_spokeswoman_and_her_pronoun(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Plans to ban smoking in pubs were published by the Welsh Assembly Government on Tuesday.",
        "A government spokeswoman insisted the timetable had not slipped. “We have always "
        "said the plans would come in the spring,” she said.",
    )
    assert quotes[-1] == (
        "We have always said the plans would come in the spring,",
        "Welsh Assembly Government",
    )


def test_a_party_spokesman_among_two_parties_is_nobody(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "The Labour Party and the Conservative Party both spent heavily on posters in the "
        "run-up to the vote.",
        "A party spokesman said: “Every penny was declared to the commission on time.”",
    )
    assert quotes[-1] == ("Every penny was declared to the commission on time.", None)


def test_a_participle_after_is_is_its_subjects_cue(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Prime Minister Tony Blair will set out his party's goals for a third term in a "
        "speech in Kent.",
        "And on Thursday Mr Blair is saying: “I want to talk about the central purpose of "
        "this government, which is prosperity for all.”",
    )
    assert quotes[-1][1] == "Tony Blair"


def test_it_is_calling_on_is_no_cue(tmp_path: Path) -> None:
    # guard: "is calling on" is no speech, and "calling" is left out of the progressive
    quotes = said(
        tmp_path,
        "Reporters Without Borders has named Tuesday a day of action for two jailed bloggers.",
        "It is calling on bloggers to help raise awareness of the plight of other "
        "“cyber-dissidents” held in Iran and elsewhere around the world.",
    )
    assert all(speaker is None for _, speaker in quotes)


def test_a_body_statement_read(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "The singer was criticised after a performance on BBC One in April led 12 viewers "
        "to complain.",
        "“The performer had been asked to tone his act down after rehearsal but ignored this "
        "request during the live broadcast,” a BBC statement read.",
    )
    assert quotes[-1][1] == "BBC"


def test_a_paragraph_that_lost_its_subject_keeps_its_he_unknown(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Brentford face a home tie against Manchester United if they beat Southampton. "
        "Newcastle will be at home to Tottenham, and Bolton host Arsenal. Manager Sam "
        "Allardyce watched the draw.",
        "was delighted to be paired with United. “We've got our work cut out next Tuesday "
        "but you can't deny it's exciting,” he said.",
    )
    assert quotes[-1] == (
        "We've got our work cut out next Tuesday but you can't deny it's exciting,",
        None,
    )


def test_a_statement_to_the_stock_exchange_said(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Malcolm Glazer has made a third offer for Manchester United, the club confirmed.",
        "United's statement to the stock exchange said: “The board has noted the recent "
        "press speculation on this subject.”",
    )
    assert quotes[-1][1] == "Manchester United"
