"""Quotations the stage left without a speaker before its fifteenth round: a written
statement that speaks after the article said who issued it ("Kraft Foods issued a
statement …" / "The statement expresses condolences …, saying, “…”"), and "maintained"
as a speech verb ("“…,” Kempthorne maintained").
The sentence-level tests run the real NLP model and resolver, on wording that follows
the ECB+ news the rules were found on."""

from __future__ import annotations

from pathlib import Path

from site_builder.quotes.cues import SPEECH_VERB
from site_builder.quotes.statements import DOCUMENT_SUBJECT

from .quoted_article import said


def test_the_statement_is_a_document_subject_and_a_possessive_one_is_not() -> None:
    assert DOCUMENT_SUBJECT.search("The statement said only that")
    assert DOCUMENT_SUBJECT.search("the Indian statement said")
    assert DOCUMENT_SUBJECT.search("the press release added")
    assert not DOCUMENT_SUBJECT.search("a statement said")  # indefinite: a new one
    assert not DOCUMENT_SUBJECT.search("the statements")


def test_maintained_is_a_speech_verb() -> None:
    found = SPEECH_VERB.search("is not necessary,” Kempthorne maintained.")
    assert found is not None and found.group() == "maintained"


def test_a_participle_of_the_statement_gives_it_to_its_issuer(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Two workers were killed at the bakery of Kraft Foods in Philadelphia on Thursday.",
        "Kraft Foods issued a statement early this morning announcing that the plant is "
        "closed until further notice.",
        "The statement expresses condolences for the families of the dead and wounded "
        "employees, saying, “This is a tragic loss for all of us.”",
    )
    assert quotes == [("This is a tragic loss for all of us.", "Kraft Foods")]


def test_the_statement_said_gives_it_to_its_issuer(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Gordon Advisors issued a statement Tuesday expressing condolences to the families.",
        "“We are especially devastated by the death of our colleague,” the statement said.",
    )
    assert quotes == [
        ("We are especially devastated by the death of our colleague,", "Gordon Advisors")
    ]


def test_a_statement_of_two_issuers_names_nobody(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Kraft Foods issued a statement on Friday about the shooting at its plant.",
        "The Teamsters union issued a statement on Saturday as well.",
        "“This is a tragic loss for all of us,” the statement said.",
    )
    assert quotes == [("This is a tragic loss for all of us,", None)]


def test_a_statement_nobody_was_said_to_issue_names_nobody(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Indian commandos boarded the pirate boats, according to a statement from the "
        "Indian government.",
        "The statement said only that the prisoners would be “handed over to appropriate "
        "authorities ashore.”",
    )
    assert quotes == [("handed over to appropriate authorities ashore.", None)]


def test_maintained_after_a_quotation_names_its_subject(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Interior Secretary Dirk Kempthorne presented the changes on Thursday.",
        "“Consultation under the act is not necessary,” Kempthorne maintained.",
    )
    assert quotes == [("Consultation under the act is not necessary,", "Dirk Kempthorne")]
