"""Speakers the first runs of BBC blind sets 142-144 got wrong, by class: a place and
"man" before a name only say where the speaker is from ("said Ulster man Humphreys"); a
plural body before a bare present verb is that verb's subject, not a modifier ("while
the Tories say the Lib Dems would mean “…”"); a quotation that ends its sentence after
a word like "no" ('there is no "magic bullet". The Tories say …') leaves the next
sentence's cue to the next sentence.
The tests run the real NLP model and resolver on made-up wording."""

from __future__ import annotations

from pathlib import Path

from .quoted_article import said, speaker_of


def test_a_place_and_man_before_a_name_say_where_the_speaker_is_from(
    tmp_path: Path,
) -> None:
    quotes = said(
        tmp_path,
        "Easterby gets a rare start while Humphreys, now Ronan O'Gara's deputy at "
        "fly-half, wins his 65th cap.",
        "“We have got to get the focus right on the day,” said Ulster man Humphreys.",
    )
    assert speaker_of(quotes, "We have got") == "Humphreys"


def test_a_plural_body_before_a_present_verb_is_its_subject(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Mr Kennedy is visiting constituencies in Somerset, where his party hopes to gain "
        "seats from the Conservatives.",
        "Labour say a Lib Dem vote could “let the Tories in”, while the Tories say the Lib "
        "Dems would mean “higher taxes, soft crime laws, more power to Europe”.",
    )
    assert speaker_of(quotes, "higher taxes") == "Conservative Party"


def test_a_cue_in_the_next_sentence_is_not_the_quotation_s(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "New controls on economic migrants will be part of government plans.",
        "Home Secretary Charles Clarke wants a points system. Tony Blair has said people "
        "are right to be concerned about abuses of the system but there is no “magic "
        "bullet of any kind”. The Tories say Labour is failing to deal with the problem.",
    )
    assert speaker_of(quotes, "magic bullet") == "Tony Blair"
