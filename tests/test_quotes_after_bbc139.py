"""Speakers the first runs of BBC blind sets 139-141 got wrong, by class: someone unnamed
who speaks in the writer's words between two quotations ("One leading Karachi broker said
the real reasons may be political. “…”") ends the last named speaker's run, whether the
line would be carried on or taken as the article's one voice; "smiles one broker" is a
cue, so the broker's next piece is his too, not the named speaker's.
The tests run the real NLP model and resolver on made-up wording."""

from __future__ import annotations

from pathlib import Path

from .quoted_article import said, speaker_of


def test_an_unnamed_speaker_between_ends_the_named_speaker_s_run(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "“That's rubbish,” KSE chairman Yaseen Lakhani told the BBC News website.",
        "“Coupled with growth, I am least surprised at the market's performance,” says Mr "
        "Lakhani. One leading Karachi broker said the real reasons may be political. “If "
        "you file a case against Saudi money, Arab money will not go to the US any more.”",
        "The market is abuzz with speculation. “You can call it a peace dividend,” smiles "
        "one broker. “Let us see how long one can reap its benefits.”",
    )
    assert speaker_of(quotes, "Coupled with") == "Yaseen Lakhani"
    assert speaker_of(quotes, "If you file") is None
    assert speaker_of(quotes, "You can call") is None
    assert speaker_of(quotes, "Let us see") is None
