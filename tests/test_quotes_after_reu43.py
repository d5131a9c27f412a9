"""From the first run of the Reuters sets reu43-reu48: "X agreed, “…”" is X's words, as
"“…,” agreed X" was; "agreed" followed by a day or a deal ("agreed Friday to pay …",
"agreed to the terms") still cues nothing. The tests run the real NLP model and resolver
on made-up wording. A double mark the wire typed for a name's possessive after its "s"
("Phillips" cash flow") opens no quotation."""

from __future__ import annotations

from pathlib import Path

from .quoted_article import said


def test_agreed_before_a_quotation_cues_it(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "TRADE TALKS",
        '"It appears reasonable progress is being made," Premier Brian Moulton said.',
        'Alberta Premier Don Getty agreed, "Things are running pretty quickly now."',
    )
    assert quotes[-1] == ("Things are running pretty quickly now.", "Don Getty")


def test_agreed_to_a_deal_cues_nothing(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "TRADE TALKS",
        "Alberta Premier Don Getty agreed to the terms of what the paper called a "
        '"very generous settlement for the province" on Tuesday.',
    )
    assert all(speaker != "Don Getty" for _, speaker in quotes)


def test_a_wire_possessive_typed_as_a_double_mark_opens_nothing() -> None:
    # reu4232 (reu46): "Analysts estimate Phillips" cash flow at …": an apostrophe the
    # wire typed as a double mark after the name's "s", before a word in lower case
    from site_builder.quotes.marks import find_marked

    paragraphs = [
        'Analysts estimate Phillips" cash flow at over one billion dlrs for 1987.',
        "Silas said the company hopes to reach its goal by raising its budget.",
        '"We plan to develop the properties with high cash flow," he said.',
    ]
    texts = [paragraphs[m.paragraph][m.start : m.end] for m in find_marked(paragraphs)]
    assert texts == ["We plan to develop the properties with high cash flow,"]
    # a mark after a name's "s" that closes a quotation stays a mark
    closing = ['He was voted the best "Ambassador for Tennis" on the tour. "Thanks!']
    assert next(closing[0][m.start : m.end] for m in find_marked(closing)) == (
        "Ambassador for Tennis"
    )
