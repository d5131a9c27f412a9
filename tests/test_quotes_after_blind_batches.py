"""Classes read in the BBC sets 13-24 after their first runs: a cue that ends in a colon
opens the next quotation, never closes the one before it; a body's possessive right
before a name ("said Sky Networks' Sophie Turner Laing") gives the name; a dashed
apposition ("X - a senior law lord - said") stands between a subject and its verb; an
age ("the 30-year-old told") refers back like a described role, and so does a
described identity as the subject of a cue ("the world record holder told"); an
opening phrase ("In a statement on Monday, the Cabinet Office said …") does not stop
reported speech from leading the cue-less quotation after it; a stance a colon ends
("He also praised the film director: “…”") gives the floor to its subject; a given name
only men's lists hold ("Rich") makes its bearer no "she"; a lawsuit speaks for the one
who sues; a cue-less quotation in an article of one voice is that voice's."""

from __future__ import annotations

from pathlib import Path

from test_quotes_body_spokespeople import speakers

from site_builder.person_names import ANY_HE_NAMES, ANY_SHE_NAMES
from site_builder.quotes.possessor import names_someone_else


def test_a_colon_cue_after_a_loose_closing_mark_opens_the_next_quotation(
    tmp_path: Path,
) -> None:
    found = speakers(
        tmp_path,
        [
            'The prize will be handed over in Leeds. "It is a huge honour to win it," '
            'said Tom Parry. "It is the best thing that has happened to me this year. " '
            'Anna Cole said: "I never thought I would be on the same list as him."',
        ],
    )
    assert found["It is the best thing that has happened to me this year"] == "Tom Parry"
    assert found["I never thought I would be on the same list as him"] == "Anna Cole"


def test_a_bodys_possessive_right_before_a_name_gives_the_name(tmp_path: Path) -> None:
    found = speakers(
        tmp_path,
        [
            "Brightwater Television has won the rights to show the final.",
            '"We are delighted to bring the final to our viewers," said Brightwater '
            "Television's Jane Moss.",
        ],
    )
    assert found["We are delighted to bring the final to our viewers"] == "Jane Moss"


def test_a_persons_possessive_right_before_a_name_is_not_read_on(tmp_path: Path) -> None:
    # "said Tom Parry's Jane Moss" names no role: nothing says Jane Moss spoke for him
    # rather than the other way round, so the rule stays with bodies
    text = "said Tom Parry's Jane Moss"
    assert not names_someone_else(text, len("said Tom Parry"), len("said Tom Parry's "), False)
    assert names_someone_else(text, len("said Tom Parry"), len("said Tom Parry's "), True)


def test_a_dashed_apposition_between_a_subject_and_its_verb(tmp_path: Path) -> None:
    found = speakers(
        tmp_path,
        [
            "The appeal was heard in London on Thursday. Judge Helen Marsh - a senior "
            'family judge - said the rules were "unfair to every parent" and should go.',
        ],
    )
    assert found["unfair to every parent"] == "Helen Marsh"


def test_an_age_refers_back_to_the_person_just_talked_about(tmp_path: Path) -> None:
    found = speakers(
        tmp_path,
        [
            "British runner Kate Doyle has called for tougher drug tests in athletics.",
            'Doyle wants cheats banned for life. "Doping is a crime and should be treated '
            'as one," the 30-year-old told the Sunday Times. "It cheats everyone," said '
            "the 30-year-old athlete.",
        ],
    )
    assert found["Doping is a crime and should be treated as one"] == "Kate Doyle"
    assert found["It cheats everyone"] == "Kate Doyle"


def test_an_age_is_nobody_when_another_person_stands_between(tmp_path: Path) -> None:
    found = speakers(
        tmp_path,
        [
            "British runner Kate Doyle has called for tougher drug tests in athletics.",
            "Doyle wants cheats banned for life, and coach Ian Marsh agrees with her. "
            '"Doping is a crime," the 30-year-old told the Sunday Times.',
        ],
    )
    assert found["Doping is a crime"] is None


def test_reported_speech_after_an_opening_phrase_leads_a_cueless_quotation(
    tmp_path: Path,
) -> None:
    found = speakers(
        tmp_path,
        [
            "Staff may have to work longer before they can draw a pension.",
            "In a statement on Monday, the Treasury Board said it was reviewing the "
            'scheme and would publish its plans soon. "Staff will of course be asked '
            'for their views."',
        ],
    )
    assert found["Staff will of course be asked for their views"] == "Treasury Board"


def test_a_stance_that_a_colon_ends_gives_the_floor_to_its_subject(tmp_path: Path) -> None:
    found = speakers(
        tmp_path,
        [
            '"This is for my mother," said Tom Parry, accepting the prize in Leeds.',
            'He also thanked the producer: "Thank you for taking a chance on a first film."',
        ],
    )
    assert found["Thank you for taking a chance on a first film"] == "Tom Parry"


def test_a_stance_towards_a_named_person_gives_nobody_the_floor(tmp_path: Path) -> None:
    found = speakers(
        tmp_path,
        [
            '"This is for my mother," said Tom Parry, accepting the prize in Leeds.',
            'He also thanked producer Anna Cole: "Thank you for taking a chance on a first film."',
        ],
    )
    assert found["Thank you for taking a chance on a first film"] is None


def test_a_mans_given_name_is_no_she(tmp_path: Path) -> None:
    found = speakers(
        tmp_path,
        [
            "The American sprinter Marion Keane has denied taking banned drugs.",
            "In a statement released through her lawyer Rich Dolan, Keane said she would "
            'be cleared. "These claims are false," she said.',
        ],
    )
    assert found["These claims are false"] == "Marion Keane"


def test_given_names_of_one_sex_only() -> None:
    assert {"rich", "gordon", "justin"} <= ANY_HE_NAMES
    assert {"kelli", "joanna", "paula"} <= ANY_SHE_NAMES
    # names both lists hold (Jamie, Andrea, Kim) say nothing
    assert not {"jamie", "andrea", "kim"} & (ANY_HE_NAMES | ANY_SHE_NAMES)


def test_a_lawsuit_speaks_for_the_one_who_sues(tmp_path: Path) -> None:
    found = speakers(
        tmp_path,
        [
            "Parry sues over stage fall",
            "The singer Tom Parry is suing Harbour Events over a fall he suffered on stage.",
            'The lawsuit said the singer has endured "months of pain and sleepless nights".',
        ],
    )
    assert found["months of pain and sleepless nights"] == "Tom Parry"


def test_a_described_lawsuit_of_one_taking_action(tmp_path: Path) -> None:
    found = speakers(
        tmp_path,
        [
            "A TV network is being sued by a viewer over a stunt show.",
            "Tom Parry is taking action against Harbour Events over its show. The "
            'hand-written, four-page lawsuit said: "To have people eat rats was crazy."',
        ],
    )
    assert found["To have people eat rats was crazy"] == "Tom Parry"


def test_a_lawsuit_named_after_the_one_sued_is_not_theirs(tmp_path: Path) -> None:
    found = speakers(
        tmp_path,
        [
            "Anna Cole has filed a lawsuit against the promoter Tom Parry.",
            "The Parry lawsuit was filed in Leeds. Her lawsuit said the promoter had "
            '"broken every promise he made".',
        ],
    )
    assert found["broken every promise he made"] == "Anna Cole"


def test_a_described_identity_after_the_quotation_refers_back(tmp_path: Path) -> None:
    found = speakers(
        tmp_path,
        [
            "Former Olympic champion Carl Dunne has accused young sprinters of lacking ambition.",
            '"They only want to be the best in their own country," the world 100m and '
            '200m record holder told Radio Five. "They need a little more pride."',
        ],
    )
    assert found["They only want to be the best in their own country"] == "Carl Dunne"


def test_a_cueless_quotation_in_an_article_of_one_voice(tmp_path: Path) -> None:
    found = speakers(
        tmp_path,
        [
            '"Sales will slow next year," said Joan Keller, an analyst at Harbour Research.',
            "Phone makers have added cameras, colour screens and music players to their "
            "models, and shops in Europe and the United States expect buyers to wait for "
            "the next models, according to Harbour Research. Faster networks that carry "
            "video could make people buy new phones sooner, but Ms Keller said it was hard "
            'to say when. "Most people do not care about the speed of data."',
        ],
    )
    assert found["Most people do not care about the speed of data"] == "Joan Keller"


def test_no_default_voice_once_two_people_have_spoken(tmp_path: Path) -> None:
    found = speakers(
        tmp_path,
        [
            '"Sales will slow next year," said Joan Keller, an analyst at Harbour '
            'Research. "Prices are too high," said Tom Reyes, a shop owner.',
            "Phone makers have added cameras, colour screens and music players to their "
            "models, and shops in Europe and the United States expect buyers to wait for "
            "the next models, according to Harbour Research. Faster networks that carry "
            "video could make people buy new phones sooner, but it is hard to say when. "
            '"Most people do not care about the speed of data."',
        ],
    )
    assert found["Most people do not care about the speed of data"] is None
