"""A name that only describes the person named after it ("Morton boss Rolf Haldner
takes a swipe …" / "“…,” he insists"): with a role word between the two, the "he" is
the person described; with another lone word, either may be the sentence's subject."""

from __future__ import annotations

from pathlib import Path

from .quoted_article import said


def test_a_role_word_between_gives_the_he_to_the_person_after_it(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        # the model takes "Morton" for a person here
        "Morton boss Rolf Haldner takes a swipe at the big clubs on Friday. "
        "“Supporters want more matches,” he insists.",
    )
    assert quotes == [("Supporters want more matches,", "Rolf Haldner")]


def test_a_lone_word_between_two_people_leaves_the_he_unknown(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Erik Lindqvist met Tomas Haber in Stockholm on Friday. "
        "“We agreed on nothing except the date of the next meeting,” he said.",
    )
    assert quotes == [("We agreed on nothing except the date of the next meeting,", None)]


def test_a_speech_verb_between_keeps_the_first_name(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "The manager Erik Lindqvist named his squad on Friday. Lindqvist said Tomas Haber "
        "would start in goal. “He has earned it over the whole season,” he said.",
    )
    assert quotes == [("He has earned it over the whole season,", "Erik Lindqvist")]
