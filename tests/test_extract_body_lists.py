"""A body's name whose "of"/"for" phrase is a list is one name: the small model cuts
"Department for Education and Skills" at its "and", leaving a page named "Skills". Two
names joined by "and" stay two: a person, a body of its own, an acronym."""

from __future__ import annotations

from pathlib import Path

from test_extract import make_article, nlp, run  # noqa: F401 (nlp: a fixture)


def test_a_listed_of_phrase_stays_in_its_body_s_name(nlp, tmp_path: Path) -> None:  # noqa: F811
    article = make_article(
        "lists",
        [
            "A Department for Education and Skills spokeswoman said the venture had failed.",
            "The Department for Culture, Media and Sport said there were no plans to act.",
            "The Internet Corporation for Assigned Names and Numbers (Icann) agreed.",
        ],
    )
    ex, _ = run([article], tmp_path)
    names = {m.text for m in ex["lists"].mentions}
    assert "Department for Education and Skills" in names
    assert "Department for Culture, Media and Sport" in names
    assert "Internet Corporation for Assigned Names and Numbers" in names
    assert not names & {"Skills", "Media", "Sport", "Numbers", "Department for Education"}


def test_two_names_joined_by_and_stay_two(nlp, tmp_path: Path) -> None:  # noqa: F811
    article = make_article(
        "pairs",
        [
            "The University of California and Dan Gillmor published the study.",
            "Digital Video Broadcasting for Handsets and DMB are rival standards.",
        ],
    )
    ex, _ = run([article], tmp_path)
    names = {m.text for m in ex["pairs"].mentions}
    assert "Dan Gillmor" in names
    assert not any(name.endswith(("and Dan Gillmor", "and DMB")) for name in names)
