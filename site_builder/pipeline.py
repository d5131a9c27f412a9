"""The whole program: read, extract, resolve, timeline, render, write, index.

Everything cross-article (entities, the timeline) is complete before the first page is
rendered; the site is written to a temporary folder and swapped in only on success.
What a build keeps for the next one lives in ``buildcache.py``; worker processes in
``parallel.py``.
"""

from __future__ import annotations

import contextlib
import os
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from .buildcache import BuildCache, LazyExtractions
from .collector import gc_paused, release
from .config import BUILTIN_STATIC, Config
from .curation import load_curation
from .errors import ArticleError, StrictError
from .extract import extract_articles
from .geo import LazyPlacements, Location, Placement, curated_coordinates, locate_places
from .hosting import host_limits, limit_warnings, measure_site
from .models import ENTITY_TYPES, Corpus, Event, Extraction, Quote, Resolution, Site
from .output import PageIndex, SiteWriter, check_output_dir
from .parallel import can_fork, run_in_two_processes
from .quotes import find_quotes
from .render import Renderer
from .report import BuildLog
from .resolve import resolve_entities
from .search import index_site
from .sources import read_articles
from .timeline import build_timeline

LOW_CONFIDENCE = 0.75  # merges below this confidence are listed in the report to confirm
# Rendering in two processes pays from a few hundred pages; above this many articles a
# forked renderer ends up copying most of the site graph (it writes reference counts to
# every object it reads), doubling peak memory, so big archives render in one process.
TWO_RENDERERS_MIN_TASKS = 300
TWO_RENDERERS_MAX_ARTICLES = 4000


Indexer = Callable[[Path, Config, BuildLog], "dict[str, int] | None"]
"""The last stage: index the new site's folder; return Pagefind's counts (None: none ran)."""


@dataclass
class BuildResult:
    """What a build produced."""

    site: Site
    output: Path
    files: int
    log: BuildLog
    renderer: Renderer | None  # None when the whole site in place was reused


def build(
    config: Config, log: BuildLog | None = None, indexer: Indexer | None = None
) -> BuildResult:
    """Build the site described by ``config``; on any failure the previous site stays.

    ``indexer`` replaces the search stage (:func:`index`): the dev server carries the
    previous index into a rebuild and refreshes it once the browser has reloaded.
    """
    log = log or BuildLog(verbose=config.verbose)
    check_output_dir(config.output_dir, config.input_dir)
    release()  # what the previous build set aside (see gc_paused) becomes collectable
    with BuildCache(config, log.warn) as cache:
        corpus = read(config, cache, log)
        with log.stage("resolve"):  # the stored resolution and timeline, if still valid
            state = cache.load_state(corpus.articles, corpus.curation)
        log.counts["state_reused"] = state is not None
        if state is None:
            extractions: Mapping[str, Extraction] = extract(corpus, config, cache, log)
            with gc_paused():
                resolution = resolve(corpus, extractions, cache, log)
                events, timeline_warnings = timeline(corpus, extractions, resolution, cache, log)
                quoted = quotes(corpus, extractions, resolution, log)
            cache.keep_state((resolution, events, timeline_warnings, quoted))
        else:
            resolution, events, timeline_warnings, quoted = state
            _report_resolution(resolution, log)
            # only needed if a page has to be rendered (not when the site is reused whole)
            extractions = LazyExtractions(
                lambda: extract_articles(corpus.articles, config, log.warn)
            )
        for message in timeline_warnings:
            log.warn(message)
        places = LazyPlacements(lambda: locate(corpus, resolution, log))
        site = Site(
            corpus.articles, extractions, resolution, events, list(log.warnings), places, quoted
        )
        _count(log, corpus, resolution, events)
        log.counts["quotes"] = len(quoted)
        return write(site, config, cache, log, indexer or index)


def read(config: Config, cache: BuildCache, log: BuildLog) -> Corpus:
    """Read every article and the curation file; a bad file is skipped with a message."""
    with log.stage("read"):
        parsed = cache.parsed_files()
        before = set(parsed)
        articles, skipped = read_articles(
            config.input_dir,
            log.warn,
            metadata_file=config.metadata_file,
            max_bytes=config.max_article_bytes,
            cache=parsed,
        )
        if set(parsed) != before:
            cache.keep_parsed_files(parsed)
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
        curation = load_curation(find_curation_file(config), log.warn)
    log.info(f"read {len(articles)} articles ({len(skipped)} skipped); finding entities and dates")
    return Corpus(articles, skipped, curation)


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


def extract(
    corpus: Corpus, config: Config, cache: BuildCache, log: BuildLog
) -> dict[str, Extraction]:
    """Find names, sentences and date candidates in every article (cached per article).

    Each newly analysed article's halves of resolution and timeline are made in the
    same worker and stored, so that work runs in parallel with the NLP.
    """
    articles = corpus.articles
    with log.stage("nlp"), log.progress("NLP", len(articles)) as update:
        return extract_articles(
            articles, config, log.warn, progress=update, on_extracted=cache.prepare
        )


def resolve(
    corpus: Corpus, extractions: Mapping[str, Extraction], cache: BuildCache, log: BuildLog
) -> Resolution:
    """Group the mentions of the whole archive into entities."""
    with log.stage("resolve"):
        resolution = resolve_entities(
            corpus.articles, dict(extractions), corpus.curation, cache.prepared_mentions()
        )
        _report_resolution(resolution, log)
    return resolution


def _report_resolution(resolution: Resolution, log: BuildLog) -> None:
    """Put resolution's warnings and the merges to confirm into the build report."""
    for message in resolution.warnings:
        log.warn(message)
    for note in resolution.notes:
        if note.confidence < LOW_CONFIDENCE:
            log.low_confidence.append(f"{note.entity_id}: {note.message}")


def timeline(
    corpus: Corpus,
    extractions: Mapping[str, Extraction],
    resolution: Resolution,
    cache: BuildCache,
    log: BuildLog,
) -> tuple[list[Event], list[str]]:
    """Date every statement against its article and merge reports of the same event."""
    with log.stage("timeline"):
        events, warnings = build_timeline(
            corpus.articles, dict(extractions), resolution, cache.prepared_dates()
        )
        cache.prune_prepared()
    return events, warnings


def locate(corpus: Corpus, resolution: Resolution, log: BuildLog) -> dict[str, Placement]:
    """Find the places on the map, offline; those that cannot be are listed, not guessed.
    Called when a page first needs them (not when the whole site in place is reused)."""
    with log.stage("places"):
        entities = resolution.entities
        curated = curated_coordinates(corpus.curation, entities)
        places = [e for e in entities if e.type == "place"]
        found = locate_places(places, {a.id: a for a in corpus.articles}, curated)
    located = sum(1 for p in found.values() if isinstance(p, Location))
    log.counts["places_located"] = located
    log.counts["places_unlocated"] = len(found) - located
    return found


def quotes(
    corpus: Corpus, extractions: Mapping[str, Extraction], resolution: Resolution, log: BuildLog
) -> tuple[Quote, ...]:
    """Find every quotation and the person or organisation who said it."""
    with log.stage("quotes"):
        return find_quotes(corpus.articles, extractions, resolution)


def write(
    site: Site, config: Config, cache: BuildCache, log: BuildLog, indexer: Indexer
) -> BuildResult:
    """Render every page into a temporary folder, index it, and swap it into place."""
    site_key = cache.site_key(log.warnings, log.errors)
    previous = cache.site_files(site_key)
    renderer = None
    with SiteWriter(config.output_dir, cache.recycled_tree()) as writer, gc_paused():
        with log.stage("render+write"):
            reused = previous is not None and writer.reuse(previous)
            log.counts["site_reused"] = reused
            if not reused:
                renderer = render(site, config, cache, writer, log)
        if config.search:
            with log.stage("search index"):
                counts = indexer(writer.tmp, config, log)
                if counts is not None:
                    log.counts["search"] = counts
        if not config.dev_mode:  # serve publishes nothing: its rebuilds skip the walk
            check_size(writer.tmp, config, log)
        if config.strict and (log.warnings or log.errors):
            raise StrictError(
                f"{len(log.warnings)} warning(s) and {len(log.errors)} skipped file(s) in "
                "strict mode; the previous site was kept"
            )
        writer.commit()
    if cache.enabled:
        with contextlib.suppress(OSError):  # a file removed meanwhile: nothing to keep
            cache.keep_site(site_key, writer.manifest(), None if reused else writer.page_index())
    log.counts["files"] = writer.count
    log.counts["pages_reused"] = writer.taken
    return BuildResult(site, config.output_dir, writer.count, log, renderer)


def check_size(site_dir: Path, config: Config, log: BuildLog) -> None:
    """Put the new site's size and file count into the report; warn, naming the limit,
    if the host it is for would refuse it."""
    size = measure_site(site_dir)
    limits = host_limits(config.host, config.host_max_bytes, config.host_max_files)
    log.counts.update(site_bytes=size.bytes, site_files=size.files, host=limits._asdict())
    for message in limit_warnings(size, limits):
        log.warn(message)


def index(site_dir: Path, config: Config, log: BuildLog) -> dict[str, int]:
    """Index the new site with Pagefind (a bundle for the same pages comes from the cache)."""
    return index_site(site_dir, log, config.resolved_cache_dir if config.use_cache else None)


def render(
    site: Site, config: Config, cache: BuildCache, writer: SiteWriter, log: BuildLog
) -> Renderer:
    """Render every page and copy the static files; a page whose inputs are those of a
    page in place is taken from it instead."""
    stored = cache.page_index()
    index = PageIndex(config.output_dir, stored) if stored is not None else None
    renderer = Renderer(site, config, index, fingerprints=config.use_cache)
    tasks = renderer.page_tasks()
    processes = config.nlp_processes or os.cpu_count() or 1
    pages = len(site.articles) + len(site.resolution.entities) + 10
    with log.progress("Pages", pages) as update:
        if (
            processes > 1
            and len(tasks) >= TWO_RENDERERS_MIN_TASKS
            and len(site.articles) <= TWO_RENDERERS_MAX_ARTICLES
            and can_fork()
        ):
            first = writer.mark()
            run_in_two_processes(
                tasks,
                writer.write,
                lambda: writer.record_since(first),
                writer.merge_record,
                lambda: update(writer.count),
            )
            log.counts["render_processes"] = 2
        else:
            for task in tasks:
                for relative, content in task():
                    writer.write(relative, content)
                    update(writer.count)
            log.counts["render_processes"] = 1
    writer.copy_tree(BUILTIN_STATIC, "static")
    if config.static_dir is not None:
        writer.copy_tree(config.static_dir, "static")
    return renderer


def _count(log: BuildLog, corpus: Corpus, resolution: Resolution, events: list[Event]) -> None:
    """Put the archive's counts into the build report."""
    types = Counter(e.type for e in resolution.entities)
    log.counts.update(
        articles=len(corpus.articles),
        skipped=len(corpus.skipped),
        undated=sum(1 for a in corpus.articles if a.date is None),
        entities=len(resolution.entities),
        entities_by_type={t: types.get(t, 0) for t in ENTITY_TYPES},
        events=sum(1 for e in events if e.date),
        undated_events=sum(1 for e in events if not e.date),
    )
