"""From the first run of the Reuters sets reu58-reu60: a quotation the wire left open
('"… The real issue is the rescheduling of debt terms.') ran on over six paragraphs with
no mark to the first mark after them, which opened another speaker's sentence ('… was
paid. "What it did was …," he said.'), and gave the writer's paragraphs between to the
first speaker. A mark that opens a sentence after a full stop closes nothing; a closing
mark some sources set after a space ('have, "Brees said', 'be? "Yanes said') still
closes."""

from __future__ import annotations

from site_builder.quotes.marks import find_marked


def _pieces(paragraphs: list[str]) -> list[tuple[int, str]]:
    return [
        (m.paragraph, paragraphs[m.paragraph][m.start : m.end]) for m in find_marked(paragraphs)
    ]


def test_an_open_quotation_does_not_run_on_to_another_sentence_s_mark() -> None:
    paragraphs = [
        '"Ultimately they have to pay," Cohn said. "The real issue is the rescheduling of '
        "debt terms.",
        "Another question is whether the fund can help.",
        "Stocks of money center banks were mostly down.",
        "Meinke noted that the loans became non-accruing. "
        '"What it did was distort the pattern," he said.',
    ]
    assert _pieces(paragraphs) == [
        (0, "Ultimately they have to pay,"),
        (0, "The real issue is the rescheduling of debt terms."),
        (3, "What it did was distort the pattern,"),
    ]


def test_a_closing_mark_set_after_a_space_still_closes() -> None:
    paragraphs = [
        '"It is a tragic situation with nothing but a sad ending.',
        'What else could it be? "Yanes said.',
    ]
    assert _pieces(paragraphs) == [
        (0, "It is a tragic situation with nothing but a sad ending."),
        (1, "What else could it be? "),
    ]
