"""The dev server's builder: runs the build, publishes its outcome to the tabs, and shows
an edited article's page as a preview before (or during) the rebuild that follows it."""

from __future__ import annotations

import hashlib
import io
import threading
import time
import traceback
from pathlib import Path

from ..config import Config
from ..errors import SiteBuilderError, caused_by_interrupt
from ..output import link_tree
from ..pipeline import build, index
from ..report import BuildLog
from ..search import BUNDLE_DIR, cached_index, refresh_index
from .preview import PreviewBase, preview_pages
from .server import BuildState
from .terminal import describe_error, print_status
from .watch import Changes

PREVIEW_WORTH = 1.0
"""Seconds a build has to take for an edit to be previewed before it (small archives
rebuild in less: one reload then beats two)."""
KEEP_BASE_ARTICLES = 2_000
"""Up to this many articles, the last build's site is kept while the next one runs (for
previews of edits saved meanwhile); above it the memory goes to the rebuild."""
PREVIEW_STOP_LIMIT = 5.0
"""Seconds a finished build waits at most for a preview being made meanwhile."""


class Builder:
    """Run builds in the calling (main) thread and publish their outcome."""

    def __init__(self, config: Config, state: BuildState, preview: str = "auto") -> None:
        """Prepare; ``preview``: "auto", "always" or "never" (see :meth:`preview`)."""
        self.config, self.state = config, state
        self.preview_mode = preview
        self.warnings: set[str] = set()
        self.count = 0
        self.base: PreviewBase | None = None  # the last good build, for previews
        self.took: float | None = None  # how long the last build that rendered took
        self.shown: dict[str, str] = {}  # path -> digest of the text the preview shows
        self.search_pending = False  # the site in place carries the previous index

    def build_once(self, changes: Changes | None = None) -> bool:
        """Build now; print what is new, publish the outcome; return success.

        With ``changes``, an edit saved while the build runs is previewed at once (see
        :class:`PreviewDuringBuild`); the next build takes it in.
        """
        first = self.count == 0
        self.count += 1
        # The first build talks like ``build`` (progress bar on a terminal, the report);
        # rebuilds print only what is new, in a few lines.
        log = (
            BuildLog(verbose=self.config.verbose)
            if first
            else BuildLog(verbose=self.config.verbose, stream=io.StringIO())
        )
        start = time.perf_counter()
        if self.base is not None and len(self.base.site.articles) > KEEP_BASE_ARTICLES:
            self.base = None  # freed before this build makes its own: memory goes first
        self.state.begin_build()
        during = None
        if changes is not None and self.previews():
            during = PreviewDuringBuild(self, changes)
        try:
            try:
                result = build(self.config, log, None if first else self._index_later)
            finally:
                if during is not None:
                    during.stop()
        except Exception as exc:  # the pipeline's errors, and whatever a template raises
            if caused_by_interrupt(exc):
                raise KeyboardInterrupt from exc
            message = describe_error(exc)
            if not first:
                self._print_new(log)
            print_status(f"error: {message}")
            if self.config.verbose > 0 and not isinstance(exc, SiteBuilderError):
                traceback.print_exception(exc)
            print_status("still serving the last good site; fix the file and save to rebuild")
            self.state.publish(False, message)
            return False
        took = time.perf_counter() - start
        if not log.counts.get("site_reused"):
            self.took = took
        if first:
            if self.config.verbose >= 0 and log.counts:
                print_status(log.summary())
        else:
            self._print_new(log)
            if self.config.verbose > 0:
                print_status(log.summary())
        self.warnings = set(log.warnings)
        print_status(
            f"built {result.files} files in {took:.2f} s; {len(log.warnings)} warning(s)"
            + (f", {len(log.errors)} skipped file(s)" if log.errors else "")
        )
        self.state.publish(True, problems=log.errors, warnings=log.warnings)
        self.base = PreviewBase(result.site, self.config, result.renderer)
        if self.search_pending:
            self.refresh_search()
        return True

    def _index_later(self, site_dir: Path, config: Config, log: BuildLog) -> dict[str, int] | None:
        """A rebuild's search stage: the cached index of these pages, else the previous
        index, refreshed once the tabs have reloaded (they need not wait for Pagefind)."""
        previous = config.output_dir / BUNDLE_DIR
        if not (previous / "pagefind.js").is_file():
            return index(site_dir, config, log)
        if config.use_cache:
            counts = cached_index(site_dir, log, config.resolved_cache_dir)
            if counts is not None:
                return counts
        link_tree(previous, site_dir / BUNDLE_DIR)
        self.search_pending = True
        return None

    def refresh_search(self) -> None:
        """Bring the site's search index up to date; the old index answers meanwhile."""
        self.search_pending = False
        start = time.perf_counter()
        log = BuildLog(verbose=self.config.verbose, stream=io.StringIO())
        cache = self.config.resolved_cache_dir if self.config.use_cache else None
        try:
            refresh_index(self.config.output_dir, log, cache)
        except (SiteBuilderError, OSError) as exc:
            print_status(f"error: search index not refreshed: {describe_error(exc)}")
            return
        for message in log.warnings:
            print_status(f"warning: {message}")
        print_status(f"search index refreshed in {time.perf_counter() - start:.2f} s")

    def prepare_preview(self) -> None:
        """Make what previews need while no change is waiting (see :class:`PreviewBase`)."""
        if self.base is None:
            return
        try:
            self.base.prepare()
        except Exception as exc:  # previews are a convenience: the rebuilds still run
            self.base = None
            if self.config.verbose > 0:
                print_status(f"previews are off until the next build: {describe_error(exc)}")

    def previews(self) -> bool:
        """Return whether edits are previewed now: there is a good build to preview
        against, and in the "auto" mode the last build that rendered took
        ``PREVIEW_WORTH`` or more (or none has)."""
        if self.base is None or self.preview_mode == "never" or not self.state.snapshot()["ok"]:
            return False
        # else the rebuild will be about as quick: one reload, not two
        return not (
            self.preview_mode == "auto" and self.took is not None and self.took < PREVIEW_WORTH
        )

    def preview(self, paths: list[str], during_build: bool = False) -> bool:
        """Show the edited articles' pages at once, before the rebuild (see
        :mod:`.preview`); return whether a preview of them is shown. ``during_build``:
        called while a build of an earlier edit runs (from another thread)."""
        base = self.base
        if base is None or not self.previews():
            return False
        digests = _digests(paths)
        if digests and digests == self.shown and self.state.snapshot()["preview"]:
            return True  # saved during the last build and previewed then: still shown
        start = time.perf_counter()
        try:
            pages = preview_pages(base, paths, self.config)
        except Exception as exc:  # never a reason to skip the rebuild
            if self.config.verbose > 0:
                print_status(f"no preview: {describe_error(exc)}")
            return False
        if not pages:
            return False
        self.state.show_preview(pages)
        self.shown = digests
        shown = ", ".join(str(Path(p).parent) + "/" for p in pages)
        took = time.perf_counter() - start
        if during_build:
            print_status(
                f"preview of {shown} in {took:.2f} s; it is rebuilt after the build under way"
            )
            return True
        print_status(f"preview of {shown} in {took:.2f} s; rebuilding the rest")
        return True

    def _print_new(self, log: BuildLog) -> None:
        for message in log.errors:
            print_status(f"error: {message}")
        for message in log.warnings:
            if message not in self.warnings:
                print_status(f"warning: {message}")


def _digests(paths: list[str]) -> dict[str, str]:
    """Return path -> digest of the file's bytes, for the files that exist."""
    out: dict[str, str] = {}
    for path in paths:
        try:
            out[path] = hashlib.sha256(Path(path).read_bytes()).hexdigest()
        except OSError:
            pass
    return out


class PreviewDuringBuild:
    """While a build runs in the main thread, preview the edits saved meanwhile.

    An author often saves again before a large archive's build ends. A thread previews
    each settled edit against the last good build (kept while the next runs, up to
    ``KEEP_BASE_ARTICLES``); the changes stay for the next build, which publishes the
    pages of the text the preview showed.
    """

    def __init__(self, builder: Builder, changes: Changes) -> None:
        """Start watching ``changes`` in a thread of its own."""
        self.builder, self.changes = builder, changes
        self.seen = changes.count  # changes before this point are the build's own
        self.done = threading.Event()
        self.thread = threading.Thread(target=self._run, name="preview", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        while not self.done.wait(0.05):
            found = self.changes.settled(self.seen)
            if found is None:
                continue
            self.seen, paths = found
            try:
                self.builder.preview(paths, during_build=True)
            except Exception:  # a convenience only: the next build reports any problem
                pass

    def stop(self) -> None:
        """Stop watching (waiting for a preview being made to be shown)."""
        self.done.set()
        self.thread.join(PREVIEW_STOP_LIMIT)


def load_model_for_edits(config: Config) -> bool:
    """Load spaCy and the model into this process while no change is waiting (a no-op
    once loaded); return whether it is loaded.

    A server lives for many edits: with the model loaded once, every later edit is
    analysed in milliseconds instead of paying the load.
    """
    from ..nlp import load_nlp

    try:
        load_nlp(config.spacy_model)
    except SiteBuilderError:  # left to the builds to report
        return False
    return True
