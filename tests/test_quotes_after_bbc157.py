"""Speakers the first runs of BBC blind sets 157-159 left untold or got wrong, by class:
the one who opens a sentence and whose words it then quotes ("Simon Hughes branded Mr
Howard “…” for claiming …") is the "he" of the next line, whatever name follows the
subject. The tests run the real NLP model and resolver on made-up wording."""

from __future__ import annotations

from pathlib import Path

from .quoted_article import said, speaker_of


def test_the_sentence_s_subject_speaks_on_past_a_name_after_it(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Mayor David Jenkins set out his transport plan on Monday.",
        "Labour councillor Peter Walsh accused Mr Jenkins of “wasting money” for claiming "
        "the trams were the “only choice” for the city. “The figures simply do not add up "
        "for the people of this city,” he said.",
    )
    assert speaker_of(quotes, "The figures simply") == "Peter Walsh"
