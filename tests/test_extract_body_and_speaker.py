"""A known body run into the name of the person who speaks for it ("For the Lib Dems
David Laws said", "the public services union Unison Dave Prentis") is a body and a
person; a place before a given name ("US Davis Cup") and a body's head word after one
("Lib Dems Jack Union") are not split so; a title inside a run opens a person's name
("the Foreign Policy Centre Mr Straw said")."""

from __future__ import annotations

from pathlib import Path

from test_extract import mention_labels, nlp  # noqa: F401 (nlp: a fixture)
from test_extract_labels import names as cleaned_names


def test_a_body_run_into_its_speaker_is_two_names(nlp, tmp_path: Path) -> None:  # noqa: F811
    names = mention_labels(
        tmp_path,
        [
            "For the Lib Dems David Laws said the chancellor would boast of the economy.",
        ],
    )
    assert names.get("David Laws") == "PERSON"
    assert "Lib Dems David Laws" not in names


def test_a_place_or_an_event_after_a_given_name_stays_whole(nlp) -> None:  # noqa: F811
    # entities as the model was seen to give them, so the extraction's reading is tested
    def cleaned(text: str, words: str, label: str) -> list[tuple[str, str]]:
        return cleaned_names(nlp, text, [(words, label)])

    assert cleaned("For the Lib Dems David Laws said so.", "Lib Dems David Laws", "ORG") == [
        ("Lib Dems", "ORG"),
        ("David Laws", "PERSON"),
    ]
    # a place's short form before the name, and a body's head word after a given name
    assert cleaned("He leads the US Davis Cup side.", "US Davis Cup", "ORG") == [
        ("US Davis Cup", "ORG")
    ]
    assert cleaned("The Lib Dems Jack Union met.", "Lib Dems Jack Union", "ORG") == [
        ("Lib Dems Jack Union", "ORG")
    ]
    # a one-word name after a word for a body is the body's, whatever the gazetteer knows
    text = "The head of the public services union Unison Dave Prentis spoke."
    assert cleaned(text, "Unison Dave Prentis", "PERSON") == [
        ("Unison", "ORG"),
        ("Dave Prentis", "PERSON"),
    ]
    text = "The head of the public services union, Unison Dave Prentis, spoke."
    assert cleaned(text, "Unison Dave Prentis", "PERSON") == [("Unison Dave Prentis", "PERSON")]


def test_a_title_inside_a_run_opens_the_person_s_name(nlp) -> None:  # noqa: F811
    # "In a speech to the Foreign Policy Centre Mr Straw said": the model's one name is
    # the body and the person; in a person's span, the words before the title are none
    text = "In a speech to the Foreign Policy Centre Mr Straw said so."
    assert cleaned_names(nlp, text, [("Foreign Policy Centre Mr Straw", "ORG")]) == [
        ("Foreign Policy Centre", "ORG"),
        ("Straw", "PERSON"),
    ]
    text = "Describing Mr Jackson as a good person, she said he was innocent."
    assert cleaned_names(nlp, text, [("Describing Mr Jackson", "PERSON")]) == [
        ("Jackson", "PERSON")
    ]
    # "Miss" and "Dr" are words of names too
    for text, words, label in (
        ("She owns Little Miss Sunshine Ltd now.", "Little Miss Sunshine Ltd", "ORG"),
        ("Shares in Keurig Dr Pepper rose.", "Keurig Dr Pepper", "ORG"),
    ):
        assert cleaned_names(nlp, text, [(words, label)]) == [(words, label)]
