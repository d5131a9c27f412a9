"""A name after a preposition and a title ("assault on Ms. Ortiz", "photo by Spc. Erin
Robicheaux") is the preposition's object, in no position to be a subject or a rival for
a "he" or "she", as it is without the title."""

from __future__ import annotations

from pathlib import Path

from site_builder.quotes.article_text import make_candidates

from .quoted_article import said


def test_a_title_between_a_preposition_and_a_name_keeps_it_an_object() -> None:
    text = "The photo was taken by Spc. Dana Whitford at the school."
    start = text.index("Dana")
    found = make_candidates([text], [(0, start, start + 13, "dana", "person")], [])
    assert [c.eligible for c in found] == [False]
    text = "Spc. Dana Whitford took the photo."
    found = make_candidates([text], [(0, 5, 18, "dana", "person")], [])
    assert [c.eligible for c in found] == [True]


def test_a_titled_object_is_no_rival_for_the_he(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Thomas Brack, 41, appeared in court in Fall River on Monday.",
        "In 2019, he was charged with assault on Ms. Ortiz with a knife, according to court "
        "records, which say he grabbed her by the arm and told her, “You will never leave me.”",
    )
    assert quotes == [("You will never leave me.", "Thomas Brack")]
