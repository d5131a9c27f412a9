"""Speakers the first runs of BBC blind sets 151-153 got wrong, by class: "the newspaper
quoted Qantas chief executive Geoff Dixon as saying" names the person its body's name and
role come before; a cue-less quotation after a sentence whose subject a role of a body
opens ("But general secretary of the public services union Unison Dave Prentis
criticised the plans.") is that person's; "branded it a “…”" and "branding them a
“…”" are the speaker's charge, and a former holder's role ("Tory ex-minister Douglas
Hogg") describes like a role; "dismissed the Budget as “…”" is the speaker's charge, a
person dismissed is no cue; a name in the words a role's closing cue reports ("Mr Brown
liked to …, the Tory leader said") is no rival to the "he" that follows.
The tests run the real NLP model and resolver on made-up wording."""

from __future__ import annotations

from pathlib import Path

from .quoted_article import said, speaker_of


def test_quoted_as_saying_names_the_person_after_a_body_and_role(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Qantas may move jobs overseas to cut its costs.",
        "“We will have to get the lowest cost structure we can,” the newspaper quoted "
        "Qantas chief executive Geoff Dixon as saying.",
    )
    assert speaker_of(quotes, "We will have to get") == "Geoff Dixon"


def test_a_person_after_a_role_of_a_body_speaks_next(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Ministers plan to change council pension schemes.",
        "Mr Raynsford insisted the changes were modest. But general secretary of the "
        "public services union Unison Dave Prentis criticised the plans. “If you want "
        "world class public services you don't get that by hitting people.”",
    )
    assert speaker_of(quotes, "If you want world class") == "Dave Prentis"


def test_branded_is_the_speaker_s_charge(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "The chancellor will set out his Budget on Wednesday.",
        "Tory leader Michael Howard attacked the plans. He branded it a “vote now pay "
        "later” Budget.",
        "The Tory party is split over ID cards, and Tory MPs will vote against the "
        "plans on Monday.",
        "Tory ex-minister Douglas Hogg said he opposed ID cards, branding them a "
        "“regressive step for the country”.",
    )
    assert speaker_of(quotes, "vote now pay later") == "Michael Howard"
    assert speaker_of(quotes, "regressive step") == "Douglas Hogg"


def test_dismissed_as_is_the_speaker_s_charge(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "The chancellor set out his Budget on Wednesday.",
        "The Treasury dismissed the research as “complete rubbish from start to end”.",
    )
    assert speaker_of(quotes, "complete rubbish") == "Treasury"


def test_dismissing_someone_is_no_cue(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Acme Foods dismissed its finance director, Tom Reid, and “we wish him well in "
        "his future career”.",
    )
    # the words are nobody's the text names, not the firm's
    assert all(speaker is None for text, speaker in quotes if text.startswith("we wish"))


def test_a_name_in_words_a_role_reports_is_no_rival(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Tory leader Michael Howard attacked the Budget. Mr Howard said taxes would rise. "
        "Everyone could see the sweeteners, Mr Howard said.",
        "Mr Brown liked to rattle off “magical balances” in a bid to convince people, the "
        "Tory leader said. “This dodgy government is now publishing a dodgy Budget,” he "
        "said.",
    )
    assert speaker_of(quotes, "This dodgy government") == "Michael Howard"
