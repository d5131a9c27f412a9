"""Speakers in the style of British news: a person's body after a bare comma ("Gary
Smith, Acme Hotels Association said:") and a role held for a pair of names ("said Peter
and Mary executive producer Joanna Webb")."""

from __future__ import annotations

from pathlib import Path

from .quoted_article import said


def test_a_body_after_a_bare_comma_is_the_persons_not_the_speaker(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Hoteliers in the town were unhappy with the decision.",
        "Derek Malling, Seaside Hotels Association said: “We have tried very hard "
        "to make them come back.”",
    )
    assert quotes == [("We have tried very hard to make them come back.", "Derek Malling")]


def test_a_role_after_a_pair_of_names_is_held_by_the_name_after_it(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "The show is hosted by Peter Hollis and Mary Quinn on Channel 5.",
        "“The list is the best yet,” said Hollis. “It was very hard to choose this "
        "year,” said Peter and Mary executive producer Joanna Webb.",
    )
    assert quotes == [
        ("The list is the best yet,", "Peter Hollis"),
        ("It was very hard to choose this year,", "Joanna Webb"),
    ]


def test_a_name_in_an_opening_phrase_of_occasion_is_not_the_next_he(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Ravi Menon, Malaysia's trade minister, argued that the rules must change. "
        "Mr Menon is attending the summit as a guest.",
        "At a dinner on trade hosted by French finance minister Pierre Lagarde on Friday, "
        "he said that he was in favour of open markets. “Open markets are one more way "
        "to grow,” he told the dinner.",
    )
    assert quotes == [("Open markets are one more way to grow,", "Ravi Menon")]


def test_the_he_right_after_an_opening_phrase_is_not_the_name_in_it(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Ravi Menon, Malaysia's trade minister, spoke on Friday.",
        "At a dinner hosted by French finance minister Pierre Lagarde, he said: “Open "
        "markets are one more way to grow.”",
    )
    assert quotes == [("Open markets are one more way to grow.", "Ravi Menon")]


def test_a_clause_of_its_own_before_the_he_keeps_its_name(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Ravi Menon spoke on Friday.",
        "When Pierre Lagarde arrived, he said: “Open markets are one more way to grow.”",
    )
    assert quotes == [("Open markets are one more way to grow.", "Pierre Lagarde")]
