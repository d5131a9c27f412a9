"""A person named with the body they come from, which the small model reads as one
organisation: "…,” Marshall Goldman of Harvard University told a hearing" (its span
"Marshall Goldman of") and "J.C. Walter of Walter Oil and Gas Corp, said" (one span).
From the first run of the Reuters set reu137 and reu138; the real model and resolver
on made-up wording."""

from __future__ import annotations

from pathlib import Path

from .quoted_article import said_and_types, speaker_of


def test_a_name_after_a_quotation_with_its_institution(tmp_path: Path) -> None:
    quotes, types = said_and_types(
        tmp_path,
        "Two experts said the leader was likely to be ousted within four years.",
        '"I don\'t think he can last four years," Marshall Goldman of Harvard University '
        'told a Congressional hearing. "He\'s moving so fast."',
    )
    assert types["Marshall Goldman"] == "person"
    assert speaker_of(quotes, "I don't think") == "Marshall Goldman"


def test_a_person_run_into_the_company_they_come_from(tmp_path: Path) -> None:
    quotes, types = said_and_types(
        tmp_path,
        "J.C. Walter of Walter Oil and Gas Corp, said the rise in oil prices was not enough "
        "for independent producers to drill again.",
        '"If crude oil stays below 20 dlrs a barrel, the prospects are pretty dismal," '
        "Walter said.",
    )
    assert types["J.C. Walter"] == "person"
    assert types["Walter Oil and Gas Corp"] == "organization"
    assert speaker_of(quotes, "If crude oil") == "J.C. Walter"
