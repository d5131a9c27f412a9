"""An unnamed source the sentence speaks for ("According to a senior analyst at Nordbank,
“…,” he told …"): the "he" is that source, not a person named paragraphs before."""

from __future__ import annotations

from pathlib import Path

from site_builder.quotes.unnamed import _ACCORDING

from .quoted_article import said


def test_according_to_someone_unnamed_is_read() -> None:
    found = _ACCORDING.search("According to a senior analyst at Nordbank, ")
    assert found is not None and found.group(1).split()[-1] == "analyst"
    assert _ACCORDING.search("according to the analyst, ") is None  # not indefinite


def test_the_he_of_an_unnamed_source_names_nobody(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Finance minister Lars Berglund said on Monday the krona would recover by summer.",
        "Traders were less sure. According to a senior analyst at Nordbank, “The markets "
        "do not believe a word of it,” he told reporters on condition of anonymity.",
    )
    assert quotes == [("The markets do not believe a word of it,", None)]


def test_according_to_a_report_leaves_the_he_to_the_person_before(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Finance minister Lars Berglund spoke in Stockholm on Monday. According to a report "
        "in the morning papers, “The krona will recover by summer,” he said.",
    )
    assert quotes == [("The krona will recover by summer,", "Lars Berglund")]
