"""Classes read in the BBC sets 16-18 after their first run: a cue that ends in a colon
opens the next quotation, never closes the one before it."""

from __future__ import annotations

from pathlib import Path

from test_quotes_body_spokespeople import speakers


def test_a_colon_cue_after_a_loose_closing_mark_opens_the_next_quotation(
    tmp_path: Path,
) -> None:
    found = speakers(
        tmp_path,
        [
            'The prize will be handed over in Leeds. "It is a huge honour to win it," '
            'said Tom Parry. "It is the best thing that has happened to me this year. " '
            'Anna Cole said: "I never thought I would be on the same list as him."',
        ],
    )
    assert found["It is the best thing that has happened to me this year"] == "Tom Parry"
    assert found["I never thought I would be on the same list as him"] == "Anna Cole"
