"""Speakers the first runs of BBC blind sets 124-126 got wrong or left out, by class: a
role right before a speech verb ("Echoing Condoleezza Rice, the prime minister said") is
the verb's subject, no apposition naming Rice; a member described by the seat they hold
("the Tory MP for Sleaford and North Hykeham admitted") is the person just talked about,
never the seat's place; a rugby position ("said the lock forward") describes the person
just talked about; a subject who spoke through an apposition ("X, whose father served as
lord chancellor, said") is the one a description then refers to; a role a preposition
governs ("a friend of the actress said") is no subject.
The tests run the real NLP model and resolver on made-up wording."""

from __future__ import annotations

from pathlib import Path

from .quoted_article import said, speaker_of


def test_a_role_before_a_speech_verb_is_no_apposition_of_the_name_before(
    tmp_path: Path,
) -> None:
    quotes = said(
        tmp_path,
        "Tony Blair has said the US is ready to listen to its allies.",
        "Echoing the new US Secretary of State Condoleezza Rice, the prime minister said "
        "there had been a clear evolution of US policy.",
        "The prime minister conceded that the US had “what appears to be a harder "
        "position” towards Iran than Europe.",
    )
    assert speaker_of(quotes, "what appears") != "Condoleezza Rice"


def test_a_member_described_by_the_seat_is_the_person_just_talked_about(
    tmp_path: Path,
) -> None:
    quotes = said(
        tmp_path,
        "The Bill was debated in the Commons.",
        "Former Cabinet minister Douglas Hogg, whose father served as lord chancellor, "
        "said the Bill was “largely unnecessary, bureaucratic and expensive”. But the Tory "
        "MP for Sleaford and North Hykeham admitted the role “cannot be frozen in aspic”.",
    )
    assert speaker_of(quotes, "cannot be frozen") == "Douglas Hogg"


def test_a_subject_who_spoke_through_an_apposition_is_the_one_referred_to(
    tmp_path: Path,
) -> None:
    quotes = said(
        tmp_path,
        "Ministers want to change the post of lord chancellor.",
        "Shadow attorney general Dominic Grieve criticised the plans.",
        "Former Cabinet minister Douglas Hogg, whose father served as lord chancellor, "
        "said the Bill was “largely unnecessary, bureaucratic and expensive”. But the Tory "
        "MP for Grantham admitted the role “cannot be frozen in aspic”.",
    )
    assert speaker_of(quotes, "cannot be frozen") == "Douglas Hogg"


def test_a_rugby_position_describes_the_person_just_talked_about(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Italy lock Marco Bortolami says his side are ready for Scotland.",
        "The game at Murrayfield has been billed as a decider. And Bortolami feels the "
        "contest could be a battle of the packs. “It will not be a pretty game because "
        "both teams are desperate to win,” said the lock forward.",
    )
    assert speaker_of(quotes, "It will not be") == "Marco Bortolami"


def test_a_role_a_preposition_governs_is_no_subject(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "The 33-year-old actress finally decided to get help, although her publicist "
        "refused to say why Reid checked into rehab.",
        "In a statement released to People, the star's rep Jack Ketsoyan confirmed that she "
        "was at the same clinic, and pleaded for privacy.",
        "“Her friends and family are supportive of her decision,” a friend of the actress said.",
    )
    assert speaker_of(quotes, "Her friends") is None
