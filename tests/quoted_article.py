"""One article built from paragraphs, run through the real NLP, resolution and quotes
stages: what the quotation tests read."""

from __future__ import annotations

from pathlib import Path

from site_builder.config import Config
from site_builder.extract import extract_articles
from site_builder.quotes import find_quotes
from site_builder.resolve import resolve_entities
from site_builder.sources import read_articles

from .conftest import require_model


def said_and_types(
    folder: Path, *paragraphs: str
) -> tuple[list[tuple[str, str | None]], dict[str, str]]:
    """The quotations of one article made of ``paragraphs`` with their speakers' names,
    and each entity's type by name."""
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
    types = {e.name: e.type for e in resolution.entities}
    return [(q.text, names[q.speaker] if q.speaker else None) for q in quotes], types


def said(folder: Path, *paragraphs: str) -> list[tuple[str, str | None]]:
    """The quotations of one article made of ``paragraphs``, with their speakers' names."""
    return said_and_types(folder, *paragraphs)[0]


def speaker_of(quotes: list[tuple[str, str | None]], opening: str) -> str | None:
    """The speaker of the quotation that opens with ``opening`` (it must be shown)."""
    return next(speaker for text, speaker in quotes if text.startswith(opening))
