"""Speakers the first runs of BBC blind sets 136-138 left out, by class: a cue that closes
the sentence after a longer clause of the writer's ("Mr Livingstone “should have
withdrawn the comment immediately” once he realised the journalist was Jewish, said Mr
Blair") governs the quotation, when no speech verb stands before it in its sentence
("The barrister had said the rules were “…” in favour of X, said Mr Clarke" is the
barrister's).
The tests run the real NLP model and resolver on made-up wording."""

from __future__ import annotations

from pathlib import Path

from .quoted_article import said, speaker_of


def test_a_cue_after_a_longer_clause_governs_the_quotation(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Mr Blair repeated calls for the mayor to apologise.",
        "Mr Livingstone “should have withdrawn the comment immediately” once he realised "
        "the journalist was Jewish, said Mr Blair. “I'm sure that is what in truth he wants "
        "to do.”",
    )
    assert speaker_of(quotes, "should have withdrawn") == "Blair"
    assert speaker_of(quotes, "I'm sure that") == "Blair"


def test_not_when_a_cue_stands_before_the_quotation(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Mr Howard said the law was biased against householders.",
        "The barrister who had represented Mr Martin had said the rules were “weighted "
        "overwhelmingly against burglars” in favour of the householder, said Mr Clarke.",
    )
    # the quotation may go untold and unshown: it must only not be Clarke's
    assert all(s != "Clarke" for text, s in quotes if text.startswith("weighted"))
