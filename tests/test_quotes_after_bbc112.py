"""Speakers the first runs of BBC blind sets 112-114 left out, by class: a "he" with
nobody in reach, in an article that has named one person only, and that person opening
its first sentence, is that person. The tests run the real NLP model and resolver on
made-up wording."""

from __future__ import annotations

from pathlib import Path

from .quoted_article import said

_QUOTES = [
    "I fell in love with someone and things started to go badly wrong in the summer, "
    "and then a newspaper picked up the story. “I tried for three years to make it work.”",
    "“Trust and straight talking is something which matters so much to me.”",
    "“None of us believe countering terrorism is about party politics.”",
    "“I don't think anyone can say I have said one thing and done another.”",
    "“It would be dangerous territory if I wasn't practising what I preach.”",
]


def test_a_he_far_from_any_name_is_the_one_person_the_article_opens_with(
    tmp_path: Path,
) -> None:
    quotes = said(
        tmp_path,
        "David Blunkett - who has resigned as home secretary - built his reputation as a "
        "plain-speaking Yorkshire man.",
        *_QUOTES,
        "“I accepted by necessity we have to have prevention,” he said in reference to new "
        "anti-terrorism measures.",
    )
    assert quotes[-1] == (
        "I accepted by necessity we have to have prevention,",
        "David Blunkett",
    )


def test_not_when_the_article_has_named_someone_else(tmp_path: Path) -> None:
    # a woman named too: the "he" may be a man the model missed
    quotes = said(
        tmp_path,
        "David Blunkett - who has resigned as home secretary - built his reputation as a "
        "plain-speaking Yorkshire man, much as Margaret Hodge did.",
        *_QUOTES,
        "“I accepted by necessity we have to have prevention,” he said in reference to new "
        "anti-terrorism measures.",
    )
    assert quotes[-1][1] is None


def test_not_when_the_one_person_is_named_in_passing(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "A row over the visa application of a nanny has forced David Blunkett to resign as "
        "home secretary.",
        *_QUOTES,
        "“I accepted by necessity we have to have prevention,” he said in reference to new "
        "anti-terrorism measures.",
    )
    assert quotes[-1][1] is None
