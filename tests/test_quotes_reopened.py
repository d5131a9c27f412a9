"""A mark that opens a quotation's next piece while it is still open: paragraphs run
together (``weeks. "We are …``), the second mark opening, not closing (made-up text)."""

from __future__ import annotations

from pathlib import Path

from conftest import require_model

from site_builder.config import Config
from site_builder.extract import extract_articles
from site_builder.quotes import find_quotes
from site_builder.quotes.marks import find_marked
from site_builder.quotes.reopened import reopens
from site_builder.resolve import resolve_entities
from site_builder.sources import read_articles

RUN_TOGETHER = (
    'Ms Delacroix said: "We have already raised the grant twice, we took it to 40 days. '
    '"We are going to raise it again next year." She said parents were "pleased" with it.'
)


def pieces(paragraphs: list[str]) -> list[tuple[str, bool, bool]]:
    return [
        (paragraphs[m.paragraph][m.start : m.end], m.opened, m.closed)
        for m in find_marked(paragraphs)
    ]


def test_a_mark_after_a_sentence_end_opens_the_next_piece() -> None:
    assert pieces([RUN_TOGETHER]) == [
        ("We have already raised the grant twice, we took it to 40 days.", True, False),
        ("We are going to raise it again next year.", False, True),
        ("pleased", True, True),
    ]


def test_pieces_chain_and_curly_marks_too() -> None:
    text = "Mr Okafor said: “First. “Second one. “Third,” he added."
    assert [p[0] for p in pieces([text])] == ["First.", "Second one.", "Third,"]
    assert [(p[1], p[2]) for p in pieces([text])] == [(True, False), (False, False), (False, True)]


def test_true_closings_and_terms_are_untouched() -> None:
    text = 'He said "it is over." Then "Yes" she said, and "No. Never," he replied.'
    assert [p[0] for p in pieces([text])] == ["it is over.", "Yes", "No. Never,"]
    assert all(opened and closed for _, opened, closed in pieces([text]))


def test_a_closing_typed_after_a_space_still_closes() -> None:
    # some sources put a space before every closing mark: the piece it would open holds
    # no closing mark right after words, so the mark closes
    text = 'Stirling said: "He is a danger. "Stirling added. He called him a "menace."'
    assert [p[0] for p in pieces([text])] == ["He is a danger. ", "menace."]
    assert reopens(text, text.index('"Stirling')) is None


def test_a_lower_case_word_after_the_mark_is_no_new_piece() -> None:
    text = 'She wrote: "It ends here. "and then it went on," she said.'
    assert reopens(text, text.index('"and')) is None


def test_a_mark_between_a_word_and_a_word_opens_the_next_piece_mid_sentence() -> None:
    # the closing mark of the first words was left out: "… had not been "sufficient …""
    text = (
        'A spokeswoman said the plan had been "bold and new, but take-up had not been '
        '"enough to go on with it". She added: "We tried."'
    )
    assert pieces([text]) == [
        ("bold and new, but take-up had not been", True, False),
        ("enough to go on with it", False, True),
        ("We tried.", True, True),
    ]


def test_a_closing_typed_after_a_comma_and_a_space_still_closes() -> None:
    text = 'the way we wanted to progress, "said Stefanski. "I feel it," he said.'
    assert reopens(text, text.index('"said')) is None
    # nor does a term of a word or two open a piece: its mark may be typed after a space
    assert reopens('the so "called plan" was', 6) is None


def test_the_next_piece_keeps_the_speaker(tmp_path: Path) -> None:
    require_model()
    story = [
        "Lower grants were announced on Monday.",
        RUN_TOGETHER + ' Tomas Berg, a rival, said: "The plan fails. "It always did," he said.',
    ]
    (tmp_path / "story.txt").write_text(
        "---\ntitle: story\n---\n" + "\n\n".join(story) + "\n", "utf-8"
    )
    read, _ = read_articles(tmp_path, print)
    extractions = extract_articles(read, Config(input_dir=tmp_path, use_cache=False), print)
    resolution = resolve_entities(read, extractions, None)
    names = {e.id: e.name for e in resolution.entities}
    quotes = find_quotes(read, extractions, resolution)
    said = {q.text: names[q.speaker] if q.speaker else None for q in quotes}
    assert said["We are going to raise it again next year."] == "Delacroix"
    assert not any(text.startswith("She said") for text in said)
    assert said["It always did,"] == said["The plan fails."] == "Tomas Berg"


def test_the_last_piece_may_run_on_into_a_paragraph_that_opens_again() -> None:
    paragraphs = [
        'Ms Ferris said: "I was tired. "Then the rain came and I slowed down in the end.',
        '"I lost my rhythm. "It will not happen again," she said.',
    ]
    assert pieces(paragraphs) == [
        ("I was tired.", True, False),
        ("Then the rain came and I slowed down in the end.", False, False),
        ("I lost my rhythm.", False, False),
        ("It will not happen again,", False, True),
    ]
    # with no mark opening the next paragraph, the mark closes as before
    alone = pieces([paragraphs[0], "She did not say more."])
    assert ("I was tired. ", True, True) in alone
