"""Classes found by the first run of Reuters sets reu31-reu33.

A quotation whose closing mark the writer left out at a paragraph's end: wire copy in
straight marks re-opens each paragraph of a quotation that runs on, so when paragraphs
with no mark follow and a later one opens with a mark and closes on a cue naming
someone else, that later one is a quotation of its own, not the end of the first; and a
quotation opened right after a speech verb that no later mark closes ends with its
paragraph. Sources with a line per sentence, which re-open only some lines, keep their
run-on quotations."""

from __future__ import annotations

from site_builder.quotes.marks import find_marked


def _texts(paragraphs: list[str]) -> list[str]:
    return [paragraphs[m.paragraph][m.start : m.end].strip() for m in find_marked(paragraphs)]


LEFT_OPEN = [
    'Acme chairman Jane Dorsey said, "demand held up well in the north, while exports '
    "fell sharply in the spring.",
    "Orders varied by region, from strong in the west to weak in the south.",
    "Brokers also said margins stayed wide as stores cut their discounts.",
    '"The quarter is small but the trend looks healthy for now," said Bell and Co analyst '
    "Peter Gray.",
]


def test_a_later_paragraph_that_reopens_with_another_speakers_cue_is_its_own() -> None:
    assert _texts(LEFT_OPEN) == [
        "demand held up well in the north, while exports fell sharply in the spring.",
        "The quarter is small but the trend looks healthy for now,",
    ]
    # the cue written the other way round
    other = [*LEFT_OPEN[:3], '"The quarter is small but the trend looks healthy," Gray said.']
    assert _texts(other)[-1] == "The quarter is small but the trend looks healthy,"


def test_a_run_on_quotation_ending_on_its_own_speakers_cue_still_runs_on() -> None:
    same = [*LEFT_OPEN[:3], '"The quarter is small but the trend looks healthy," Dorsey said.']
    assert _texts(same) == [
        "demand held up well in the north, while exports fell sharply in the spring.",
        "Orders varied by region, from strong in the west to weak in the south.",
        "Brokers also said margins stayed wide as stores cut their discounts.",
        "The quarter is small but the trend looks healthy,",
    ]
    # a source with a line per sentence: the last line re-opens, and no cue follows
    lines = [
        '"It was a fine old building with lots of history," he said.',
        '"We had plans for it.',
        "Nobody thought it would burn.",
        '"It is a loss for the town."',
    ]
    assert _texts(lines)[1:] == [
        "We had plans for it.",
        "Nobody thought it would burn.",
        "It is a loss for the town.",
    ]


def test_a_quotation_opened_after_a_speech_verb_ends_with_its_paragraph() -> None:
    alone = [
        'The minister said, "we will not devalue the currency this year.',
        "The central bank declined to comment on the remarks.",
    ]
    assert _texts(alone) == ["we will not devalue the currency this year."]
    # no speech verb before it, or no full sentence: a stray mark, no quotation
    assert _texts(['The plant is 5" thick and cost 9 mln dlrs.', "It opened in May."]) == []
    assert _texts(['The minister said, "we will not', "The bank declined to comment."]) == []
