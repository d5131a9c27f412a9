"""What the first run of the Reuters sets reu4-reu6 got wrong, by class: wire copy that
types an apostrophe as a double mark ("Indonesia"s", "don"t") paired those marks as
quotations; "X was quoted by the local daily al-Qabas as saying" gave the daily the
words; "The Sunday Mail newspaper branded …. It said" gave the paper quoted before the
words, though the model named no Sunday Mail. The tests run the real NLP model and
resolver on made-up wording."""

from __future__ import annotations

from pathlib import Path

from site_builder.quotes.marks import find_marked



def test_a_double_mark_typed_for_an_apostrophe_opens_nothing() -> None:
    text = (
        'Indonesia"s economy grew slowly, the report said. "Growth will be weak," it said. '
        'Officials don"t expect a change in Jakarta"s policy.'
    )
    marked = find_marked([text])
    assert [text[m.start : m.end] for m in marked] == ["Growth will be weak,"]

