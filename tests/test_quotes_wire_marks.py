"""Straight marks the wire typed wrong or left out, from the first runs of the Reuters
sets reu133-reu138: a closing mark typed twice ('… together" towards … rates,"
Leigh-Pemberton said'), whose second one used to open a quotation that took the next
paragraphs' marks the wrong way round; a quotation left open after a verb of its
sentence ('X urged … the pact "to avoid ….'), or before its own cue ('…, he told
reporters here.', '…, a Pennzoil spokesman said.'); and an inches mark (5' 10" tall),
which opens nothing. The real model and resolver on made-up wording."""

from __future__ import annotations

from pathlib import Path

from .quoted_article import said, speaker_of


def test_a_closing_mark_typed_after_the_clause_and_a_later_pair(tmp_path: Path) -> None:
    # the stray mark after "rates," would open a quotation that swallows the next
    # paragraphs' writer's words and pairs their marks the wrong way
    quotes = said(
        tmp_path,
        "LONDON, March 26 - Bank of England Governor Robin Leigh-Pemberton said the pact set "
        "no targets.",
        '"The accords show there is a very effective role for the central banks to operate '
        'together" towards stabilising exchange rates," Leigh-Pemberton said.',
        "He did not mention this week's intervention by central banks.",
        'Leigh-Pemberton said that "the effectiveness of this is actually larger than many '
        'of us had thought" before September 1985.',
    )
    texts = [text for text, _ in quotes]
    assert not any(text.startswith("Leigh-Pemberton said") for text in texts)
    assert speaker_of(quotes, "the effectiveness") == "Robin Leigh-Pemberton"


def test_a_quotation_left_open_after_a_verb_of_its_sentence(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "KUALA LUMPUR, March 20 - Malaysian delegate Ahmed Farouk urged consuming countries "
        'to join the new pact early "to avoid an undue gap between the old and the new.',
        "The pact will run for five years.",
        'He added that the adoption of the pact "attests to the importance of rubber."',
    )
    assert speaker_of(quotes, "to avoid an undue gap") == "Ahmed Farouk"
    assert speaker_of(quotes, "attests to") == "Ahmed Farouk"


def test_an_inches_mark_opens_nothing(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Police described the intruder as well-built, about 5' 10\" tall and said he was "
        "wearing a ski-mask.",
    )
    assert quotes == []


def test_a_closing_mark_left_out_before_the_cue(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "WASHINGTON, March 20 - Mexican Finance Minister Gustavo Petricioli said talks on "
        "the bank's capital went on.",
        '"This is a complex issue, but I am very optimistic on an agreement, he told '
        "reporters during the bank's annual meeting here.",
        "Pennzoil Co said the brief is expected to be filed in July.",
        '"We do not know whether the brief will adopt the position of one of the '
        "litigants, a Pennzoil spokesman said.",
        'Pennzoil said that "Pennzoil will make an appropriate response in due course."',
    )
    assert speaker_of(quotes, "This is a complex issue") == "Gustavo Petricioli"
    assert speaker_of(quotes, "We do not know") == "Pennzoil Co"
    assert speaker_of(quotes, "Pennzoil will make") == "Pennzoil Co"
