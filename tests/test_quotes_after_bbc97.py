"""Speakers the first runs of BBC blind sets 97-99 left out, by class: a name in a
fronted "With …" phrase is no rival for the main clause's subject. The tests run the
real NLP model and resolver on made-up wording."""

from __future__ import annotations

from pathlib import Path

from .quoted_article import said


def test_a_name_in_a_fronted_with_phrase_is_not_the_subject(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Hearts manager John Robertson hopes a run in Europe will keep his players.",
        "With David Weir injured and Paul Hartley suspended, Robertson sees both good "
        "and bad in the change of venue.",
        '"The pitch is not in the greatest condition," he said.',
    )
    speakers = {q: s for q, s in quotes}
    assert speakers["The pitch is not in the greatest condition,"] == "John Robertson"
