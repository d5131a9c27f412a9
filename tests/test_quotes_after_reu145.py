"""From the first runs of the Reuters sets reu145-reu150: a speaker's name right after a
quotation that the small model reads as a title, when the body they come from and the
verb follow ("…," Bronwyn Curtis of Landell Mills Commodities Studies said"); a name
the model typed a body that the wire sets before a role with no article ("said Archie
Dunham, executive vice president of petroleum products at Conoco Inc"), not a film
before what it is about ("Hustle & Flow, about an aspiring rapper"); a party's member
named by their state ("the West Virginia Democrat said"); and someone unnamed who "does
not agree" before a "he said". The real model and resolver on made-up wording."""

from __future__ import annotations

from pathlib import Path

from .quoted_article import said, said_and_types, speaker_of


def test_a_name_after_a_quotation_with_its_body_and_verb_after(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "LONDON, March 30 - The coffee meeting will be a non-event, market watchers said.",
        '"I would imagine there will be a lot of talk," Bronwyn Curtis of Landell Mills '
        "Commodities Studies said.",
    )
    assert speaker_of(quotes, "I would imagine") == "Bronwyn Curtis"


def test_a_role_with_no_article_after_a_name(tmp_path: Path) -> None:
    quotes, types = said_and_types(
        tmp_path,
        "SAN ANTONIO, March 31 - Refining capacity should be cut by the second quarter, "
        "said Archie Dunham, executive vice president of petroleum products at Conoco Inc",
        '"If the refining sector can keep capacity down, it will be profitable," he added.',
    )
    assert types["Archie Dunham"] == "person"
    assert speaker_of(quotes, "If the refining sector") == "Archie Dunham"


def test_a_title_before_what_it_is_about_stays_what_it_was(tmp_path: Path) -> None:
    _, types = said_and_types(
        tmp_path,
        "Other films generating interest include Hustle & Flow, about an aspiring rapper, "
        "and The Squid and the Whale.",
    )
    assert types.get("Hustle & Flow") != "person"


def test_a_party_member_by_their_state_before_the_verb(tmp_path: Path) -> None:
    # "the West Virginia Democrat said": the party's word before a verb, not a noun
    # ("the current Republican administration" is no one)
    quotes = said(
        tmp_path,
        '"We face barriers to our exports," Senate Democratic Leader Robert Byrd said.',
        '"If we can find a way to come to an agreement, we will," the West Virginia '
        "Democrat said at a hearing.",
    )
    assert speaker_of(quotes, "If we can find") == "Robert Byrd"


def test_an_unnamed_one_who_does_not_agree_is_the_next_he(tmp_path: Path) -> None:
    # "one fund manager does not agree": someone new whom the next "he" means, as "one
    # fund manager said" was; not a thing agreed ("A deal agreed last year")
    quotes = said(
        tmp_path,
        "The ratio compares with about 16 for the U.S., Guenter Kirchhain, first vice "
        "president for Deutsche Bank AG said.",
        '"This mismatching will generate an enormous alignment potential," he said.',
        "However, one fund manager does not agree that new investment will come that soon.",
        '"Japanese do not buy into a market with declining fundamentals," he said.',
        "John Smith said the plan was sound. A deal agreed last year gave the firm control.",
        '"We will keep going," he said.',
    )
    assert speaker_of(quotes, "This mismatching") == "Guenter Kirchhain"
    assert speaker_of(quotes, "Japanese do not buy") is None
    assert speaker_of(quotes, "We will keep going") == "John Smith"
