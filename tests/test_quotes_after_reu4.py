"""What the first run of the Reuters sets reu4-reu6 got wrong, by class: wire copy that
types an apostrophe as a double mark ("Indonesia"s", "don"t") paired those marks as
quotations; "X was quoted by the local daily al-Qabas as saying" gave the daily the
words; "The Sunday Mail newspaper branded …. It said" gave the paper quoted before the
words, though the model named no Sunday Mail. The tests run the real NLP model and
resolver on made-up wording."""

from __future__ import annotations

from pathlib import Path

from site_builder.quotes.marks import find_marked

from .quoted_article import said


def test_a_double_mark_typed_for_an_apostrophe_opens_nothing() -> None:
    text = (
        'Indonesia"s economy grew slowly, the report said. "Growth will be weak," it said. '
        'Officials don"t expect a change in Jakarta"s policy.'
    )
    marked = find_marked([text])
    assert [text[m.start : m.end] for m in marked] == ["Growth will be weak,"]


def test_the_paper_that_quotes_is_not_the_speaker(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "KUWAIT SAYS NO EMERGENCY OPEC MEETING",
        "Kuwait's oil minister said there were no plans for an emergency OPEC meeting.",
        "Sheikh Ali al-Khalifa al-Sabah was quoted by the local daily al-Qabas as saying: "
        '"None of the OPEC members has asked for such a meeting."',
    )
    assert quotes[-1] == (
        "None of the OPEC members has asked for such a meeting.",
        "Ali al-Khalifa al-Sabah",
    )


def test_an_outlet_the_model_did_not_name_stops_it_said(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "INDIAN BUDGET CRITICISED",
        "The Indian Express, the country's biggest selling paper, said: \"The defence cow "
        'has never been holier."',
        "The Sunday Mail newspaper branded the budget unfair. It said in a commentary the "
        '"budget is bad for growth and bad for prices."',
    )
    assert quotes[-1] == ("budget is bad for growth and bad for prices.", None)
