"""Who said what, on small articles run through the real NLP model and resolver: one
test per class of speaker the stage reads (the wording follows real news)."""

from __future__ import annotations

from pathlib import Path

from site_builder.config import Config
from site_builder.extract import extract_articles
from site_builder.quotes import find_quotes
from site_builder.resolve import resolve_entities
from site_builder.sources import read_articles

from .conftest import require_model


def said(folder: Path, *paragraphs: str) -> list[tuple[str, str | None]]:
    """The quotations of one article made of ``paragraphs``, with their speakers' names."""
    require_model()
    body = "\n\n".join(paragraphs)
    (folder / "a.txt").write_text(f"---\ntitle: A\ndate: 2024-03-01\n---\n{body}\n", "utf-8")
    config = Config(input_dir=folder, use_cache=False, nlp_processes=1)
    warnings: list[str] = []
    articles, _ = read_articles(folder, warnings.append)
    extractions = extract_articles(articles, config, warnings.append)
    resolution = resolve_entities(articles, extractions, None)
    names = {e.id: e.name for e in resolution.entities}
    quotes = find_quotes(articles, extractions, resolution)
    return [(q.text, names[q.speaker] if q.speaker else None) for q in quotes]


def test_a_closing_mark_typed_the_wrong_way_round_still_closes(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Maurice Cheeks is out as head coach, general manager Ed Stefanski announced.",
        "“I made the decision because we were not progressing, “said Stefanski.",
    )
    # the quotation ends at the turned mark: "said Stefanski" is the cue, not a quotation
    assert quotes == [("I made the decision because we were not progressing,", "Ed Stefanski")]


def test_quoted_someone_as_saying_names_the_one_quoted(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Salvatore Gravano testified that even John Gotti admired Vincent Gigante.",
        "“He's crazy like a fox,” Salvatore Gravano quoted John Gotti as saying of him.",
    )
    assert quotes == [("He's crazy like a fox,", "John Gotti")]
