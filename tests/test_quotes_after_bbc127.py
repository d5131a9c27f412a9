"""Speakers the first runs of BBC blind sets 127-129 got wrong or left out, by class: a
speech verb that opens its sentence names the speaker after it ("Said Wales assistant
coach Scott Johnson: “…”"); a physio is a role before a name ("said Wales physio Mark
Davies"); an unnamed person brought in after a link word and a relative clause
("…” However, one dealer, who asked not to be named, told Reuters") stops a later "he"
from reaching back to the analyst quoted before.
The tests run the real NLP model and resolver on made-up wording."""

from __future__ import annotations

from pathlib import Path

from .quoted_article import said, speaker_of


def test_a_speech_verb_opening_its_sentence_names_the_speaker_after_it(
    tmp_path: Path,
) -> None:
    quotes = said(
        tmp_path,
        "Charvis has missed all three of Wales' victories. “He will not figure in the "
        "Scotland game,” said Wales physio Mark Davies. Hal Luscombe should be fit.",
        "Said Wales assistant coach Scott Johnson: “We're positive about Hal and hope "
        "he'll be raring to go.”",
    )
    assert speaker_of(quotes, "He will not") == "Mark Davies"
    assert speaker_of(quotes, "We're positive") == "Scott Johnson"


def test_an_unnamed_person_after_a_link_word_stops_a_later_he(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Next said sales were up. “In terms of all the worries, it's a result,” said Nick "
        "Bubb, an analyst at Evolution Securities. “Profits would be well within the "
        "comfort zone.” However, one dealer, who asked not to "
        "be named, told Reuters the performance was “not what people had hoped for”. "
        "“Christmas has been tough for the whole sector, and this is one of the best "
        "retailers,” he said.",
    )
    assert speaker_of(quotes, "In terms of") == "Nick Bubb"
    assert speaker_of(quotes, "Christmas has been") is None
