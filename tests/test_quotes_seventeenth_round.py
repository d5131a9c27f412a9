"""Quotations the stage misread before its seventeenth round: the first pieces of a
sentence whose one cue follows its last piece ("“…” because of its “…” and because it
“…,” EU Commissioner Olli Rehn said": Rehn's, not the speaker of the paragraph before),
and cues with "thundered" and "lamented". The tests run the real NLP model and resolver,
on wording that follows the ECB+ news the rules were found on."""

from __future__ import annotations

from pathlib import Path

from .quoted_article import said


def test_the_cue_after_the_last_piece_of_a_sentence_names_the_first(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "European Union officials tried to calm market fears on Wednesday.",
        "Herman Van Rompuy insisted the debt problems in Spain had “absolutely nothing to "
        "do with the situation in Greece.”",
        "“Greece is a unique and particular case in the EU” because of its “precarious debt "
        "dynamics” and because it “has cheated with its statistics for years and years,” EU "
        "Commissioner Olli Rehn said.",
    )
    assert quotes == [
        ("absolutely nothing to do with the situation in Greece.", "Herman Van Rompuy"),
        ("Greece is a unique and particular case in the EU", "Olli Rehn"),
        ("precarious debt dynamics", "Olli Rehn"),
        ("has cheated with its statistics for years and years,", "Olli Rehn"),
    ]


def test_a_name_between_the_pieces_keeps_the_later_cue_to_the_last(tmp_path: Path) -> None:
    # "Merkel's" between the pieces may be the first piece's source: no guess
    quotes = said(
        tmp_path,
        "European Union officials tried to calm market fears on Wednesday.",
        "Herman Van Rompuy insisted the debt problems in Spain had “absolutely nothing to "
        "do with the situation in Greece.”",
        "“Greece is a unique and particular case in the EU,” Angela Merkel's view, and “it "
        "has cheated with its statistics for years and years,” EU Commissioner Olli Rehn "
        "said.",
    )
    assert ("Greece is a unique and particular case in the EU,", "Olli Rehn") not in quotes
    assert ("it has cheated with its statistics for years and years,", "Olli Rehn") in quotes


def test_thundered_is_a_cue_after_an_exclamation(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Three people died in a bank set on fire by protesters in Athens on Wednesday.",
        "“A demonstration is one thing and murder is quite another!” Prime Minister George "
        "Papandreou thundered in Parliament.",
    )
    assert quotes == [
        ("A demonstration is one thing and murder is quite another!", "George Papandreou")
    ]


def test_lamented_is_a_cue_for_its_subject(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Hundreds of people marched in Brooklyn on Monday night.",
        "City Council Member Jumaane Williams lamented that a “peaceful vigil devolved into "
        "a riot.”",
    )
    assert quotes == [("peaceful vigil devolved into a riot.", "Jumaane Williams")]
