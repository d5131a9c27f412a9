"""A one-word name after "the" that the model took for a person ("the Premiership",
"Pitt the Younger") is nobody who may be speaking: it does not stop a quotation from
going on with the speaker the sentence before reported. A made-up article in the BBC's
style, through the real model and resolver."""

from __future__ import annotations

from pathlib import Path

from .quoted_article import said_and_types

_WORDS = "I just feel it is very hard to say for certain that teams will have a definite edge."


def test_league_after_the_is_no_rival(tmp_path: Path) -> None:
    quotes, types = said_and_types(
        tmp_path,
        "Former Fulham boss Alan Curbishley says the Premiership should follow the rest of "
        "Europe and have a winter break.",
        "Curbishley is a fierce advocate of the winter break taken throughout Europe, "
        "although not in England.",
        "But Curbishley told BBC Sport that while he believes the Premiership is right, he "
        "does not expect it to cost the English clubs in the last 16 of the Champions "
        f"League. “{_WORDS}”",
    )
    assert types.get("Premiership") == "person"  # the model's reading this rule is for
    assert quotes == [(_WORDS, "Alan Curbishley")]
