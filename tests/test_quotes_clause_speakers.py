"""A "he said" after a sentence whose later main clause names a speaker ("Ortega was
dropped after one match, but Lindqvist said Haber was preferred …" / "“…,” he said"):
the "he" is that clause's speaker, not the sentence's first name.
The sentence-level tests run the real NLP model and resolver on made-up news."""

from __future__ import annotations

from pathlib import Path

from site_builder.quotes.clause_speakers import _CLAUSE_BREAK, _SPEAKS

from .quoted_article import said


def test_a_clause_break_and_a_speech_verb_are_read() -> None:
    assert _CLAUSE_BREAK.search("Ortega scored twice, but ")
    assert _CLAUSE_BREAK.search("The talks stalled; ")
    assert not _CLAUSE_BREAK.search("Ortega, the captain ")
    assert _SPEAKS.match(" said Haber")
    assert _SPEAKS.match(" also told reporters")
    assert not _SPEAKS.match(" scored twice")


def test_the_speaker_of_a_later_clause_is_the_he(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "The manager Erik Lindqvist named his squad for the cup final on Friday.",
        "Marco Ortega scored twice in his only league match this season, but Lindqvist "
        "said Tomas Haber was preferred because of his experience. “Tomas has played in "
        "big finals before and that counts for a lot,” he said.",
    )
    assert quotes == [
        ("Tomas has played in big finals before and that counts for a lot,", "Erik Lindqvist")
    ]


def test_a_later_clause_without_a_speech_verb_keeps_the_subject(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Marco Ortega scored twice on Sunday, and Tomas Haber was left on the bench. "
        "“I felt sharp from the first minute,” he said.",
    )
    assert quotes == [("I felt sharp from the first minute,", "Marco Ortega")]
