"""The whole program in one function: load, extract, resolve, timeline, render, write, index.

Everything cross-article (entities, the timeline) is complete before the first page is
rendered; the site is written to a temporary folder and swapped in only on success.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from .config import PACKAGE_ROOT, Config
from .curation import load_curation
from .errors import ArticleError, StrictError
from .extract import extract_articles
from .models import ENTITY_TYPES, Site
from .output import SiteWriter, check_output_dir
from .render import Renderer
from .report import BuildLog
from .resolve import resolve_entities
from .search import index_site
from .sources import read_articles
from .timeline import build_timeline

BUILTIN_STATIC = PACKAGE_ROOT / "static"
LOW_CONFIDENCE = 0.75


@dataclass
class BuildResult:
    """What a build produced."""

    site: Site
    output: Path
    files: int
    log: BuildLog


def find_curation_file(config: Config) -> Path | None:
    """Return the curation file in use: the setting, or ``entities.yml`` near the input."""
    if config.curation_file is not None:
        return config.curation_file
    for candidate in (
        config.input_dir / "entities.yml",
        config.input_dir.resolve().parent / "entities.yml",
    ):
        if candidate.is_file():
            return candidate
    return None


def load_site(config: Config, log: BuildLog) -> Site:
    """Read, extract, resolve and date everything: the complete site graph."""
    with log.stage("read"):
        articles, skipped = read_articles(
            config.input_dir,
            log.warn,
            metadata_file=config.metadata_file,
            max_bytes=config.max_article_bytes,
        )
        for item in skipped:
            log.error(item.reason)
        if not articles:
            raise ArticleError(
                str(config.input_dir),
                f"no article could be built ({len(skipped)} skipped); add .txt/.md articles "
                "or fix the files above. The previous site was kept",
            )
        for article in articles:
            if article.date is None:
                log.warn(
                    f"{article.source_path}: no date; shown as undated. Give it one with "
                    f"'date: YYYY-MM-DD' in front matter or in {Path(article.source_path).stem}"
                    ".meta.yml"
                )
    log.info(f"read {len(articles)} articles ({len(skipped)} skipped); finding entities and dates")
    with log.stage("nlp"), log.progress("NLP", len(articles)) as update:
        extractions = extract_articles(articles, config, log.warn, progress=update)
    with log.stage("resolve"):
        curation = load_curation(find_curation_file(config), log.warn)
        resolution = resolve_entities(articles, extractions, curation)
        for message in resolution.warnings:
            log.warn(message)
        for note in resolution.notes:
            if note.confidence < LOW_CONFIDENCE:
                log.low_confidence.append(f"{note.entity_id}: {note.message}")
    with log.stage("timeline"):
        events, timeline_warnings = build_timeline(articles, extractions, resolution)
        for message in timeline_warnings:
            log.warn(message)
    site = Site(articles, extractions, resolution, events, warnings=list(log.warnings))
    types = Counter(e.type for e in resolution.entities)
    log.counts.update(
        articles=len(articles),
        skipped=len(skipped),
        undated=sum(1 for a in articles if a.date is None),
        entities=len(resolution.entities),
        entities_by_type={t: types.get(t, 0) for t in ENTITY_TYPES},
        events=sum(1 for e in events if e.date),
        undated_events=sum(1 for e in events if not e.date),
    )
    return site


def build(config: Config, log: BuildLog | None = None) -> BuildResult:
    """Build the site described by ``config`` and return what was made."""
    log = log or BuildLog(verbose=config.verbose)
    check_output_dir(config.output_dir, config.input_dir)
    site = load_site(config, log)
    with SiteWriter(config.output_dir) as writer:
        renderer = Renderer(site, config)
        pages = len(site.articles) + len(site.resolution.entities) + 10
        with log.stage("render+write"), log.progress("Pages", pages) as update:
            writer.write_all(renderer.pages(), progress=lambda: update(writer.count))
            writer.copy_tree(BUILTIN_STATIC, "static")
            if config.static_dir is not None:
                writer.copy_tree(config.static_dir, "static")
        if config.search:
            with log.stage("search index"):
                index_site(writer.tmp, log)
        if config.strict and (log.warnings or log.errors):
            raise StrictError(
                f"{len(log.warnings)} warning(s) and {len(log.errors)} skipped file(s) in "
                "strict mode; the previous site was kept"
            )
        writer.commit()
    log.counts["files"] = writer.count
    return BuildResult(site=site, output=config.output_dir, files=writer.count, log=log)
