"""``serve``: build, serve under the base path, watch sources, rebuild and live-reload.

Threads: the main thread builds (so Ctrl-C interrupts a build at once and the atomic
writer removes its temporary folder); an HTTP server thread serves the output folder
under the base path plus two endpoints, ``<base>__livereload.js`` and the server-sent
event stream ``<base>__livereload``; a watchdog thread notes changes. A change is
debounced, changes during a build are coalesced into one more build, and because there
is only one builder a stale build can never overwrite a newer one.

A failed build is reported in the terminal and as a banner (``<pre id="sb-build-error">``)
injected into every served page, while the last good site stays in place. Files skipped
by a successful build (a broken article) get a milder banner naming them.
"""

from __future__ import annotations

import errno
import hashlib
import html
import io
import json
import os
import shutil
import signal
import sys
import threading
import time
import traceback
from collections.abc import Callable
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from .config import BUILTIN_STATIC, BUILTIN_TEMPLATES, Config
from .errors import SiteBuilderError
from .nlp import MODEL_LOCK, hold_off_forks
from .preview import PreviewBase, preview_pages

DEBOUNCE = 0.2
"""Seconds without further changes before a rebuild starts (editors save in bursts)."""

PORT_TRIES = 50
IGNORED_SUFFIXES = (".swp", ".swx", ".swo", ".tmp", "~", ".part", ".crdownload", ".pyc")

RELOAD_JS = """(() => {
  const url = document.currentScript.src.replace(/\\.js(\\?.*)?$/, "");
  let last = null;
  const show = (msg) => {
    let b = document.getElementById("sb-build-error");
    if (!b) {
      b = document.createElement("pre");
      b.id = "sb-build-error";
      b.className = "sb-build-error";
      b.setAttribute("role", "alert");
      b.style.cssText = "position:fixed;top:0;left:0;right:0;z-index:99999;margin:0;" +
        "padding:1em;background:#b00020;color:#fff;white-space:pre-wrap;max-height:50vh;" +
        "overflow:auto;font:13px/1.4 monospace";
      document.body.prepend(b);
    }
    b.textContent = "Build failed; showing the last good site.\\n\\n" + msg;
  };
  const connect = () => {
    const es = new EventSource(url);
    es.addEventListener("build", (ev) => {
      const d = JSON.parse(ev.data);
      if (last !== null && d.id !== last) {
        if (d.ok) { es.close(); location.reload(); return; }
        show(d.error);
      }
      last = d.id;
    });
    es.onerror = () => { es.close(); setTimeout(connect, 1000); };
  };
  connect();
})();
"""

PREVIEW_WORTH = 1.0
"""Seconds a build has to take for an edit to be previewed before it (small archives
rebuild in less: one reload then beats two)."""
PREVIEW_LOAD_LIMIT = 1.0
"""Seconds a rebuild waits at most for open tabs to load the preview of an edit."""
PREVIEW_QUIET = 0.15
"""Seconds without a request after which the tabs are taken to have loaded it."""
PREVIEW_SWITCH_INTERVAL = 0.00001
"""Seconds a thread runs before the interpreter passes to another while an edit is
previewed during a build (Python's default is 0.005). Measured at 1,000 articles, a
second save 1 s after the first, preview made in: 3.4-4.7 s at the default, 2.7-3.2 s at
0.0002, 1.4-2.0 s at 0.00005, 0.6-1.3 s at 0.00001; the build slows for that moment."""
KEEP_BASE_ARTICLES = 2_000
"""Up to this many articles, the last build's site is kept while the next one runs, so an
edit saved during a rebuild is previewed at once (about 45 MB per 1,000 articles); above
it the memory goes to the rebuild, and such an edit is previewed when the rebuild ends."""

PREVIEW_NOTE = (
    "Preview of your edit: names are linked as the archive last knew them, and the other "
    "pages are being rebuilt; this page reloads when the rebuild is done."
)

BUILDING_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Building…</title>
<script src="{base}__livereload.js" defer></script></head>
<body><p>The site is being built; this page reloads when it is ready.</p></body></html>
"""


def _say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


class BuildState:
    """The latest build outcome, shared between the builder and the request handlers."""

    def __init__(self) -> None:
        """Start with no build."""
        self.cond = threading.Condition()
        self.build_id = 0
        self.ok = True
        self.error = ""
        self.problems: list[str] = []
        self.warnings: list[str] = []
        self.stopping = False
        # output path -> page: previews of edited articles, served instead of the files
        # until the rebuild that follows them is published
        self.preview: dict[str, bytes] = {}
        # order of events: when each preview page was shown, when the running (or last)
        # build began
        self.ticks = self.build_tick = 0
        self.preview_ticks: dict[str, int] = {}
        self.listeners = 0  # open event streams: browser tabs that reload
        self.streams = 0  # event streams opened so far (a reloaded tab opens a new one)
        self.tabs = self.streams_before = 0  # listeners and streams when a preview was shown
        self.requests = 0  # requests being answered (event streams aside)
        self.answered = 0.0  # when the last one was answered (time.monotonic)

    def publish(
        self,
        ok: bool,
        error: str = "",
        problems: list[str] | None = None,
        warnings: list[str] | None = None,
    ) -> None:
        """Record a finished build and wake the event-stream listeners.

        A failed build keeps the problems and warnings of the last good one (its site is
        the one being served). A good build ends the previews shown before it began; a
        page previewed while it ran is of a newer edit than the build read, and stays
        until the next build.
        """
        with self.cond:
            self.build_id += 1
            self.ok, self.error = ok, error
            kept = [r for r, tick in self.preview_ticks.items() if ok and tick > self.build_tick]
            self.preview = {r: self.preview[r] for r in kept}
            self.preview_ticks = {r: self.preview_ticks[r] for r in kept}
            if ok:
                self.problems, self.warnings = list(problems or []), list(warnings or [])
            self.cond.notify_all()

    def begin_build(self) -> None:
        """Note that a build starts (see :meth:`publish`)."""
        with self.cond:
            self.ticks += 1
            self.build_tick = self.ticks

    def show_preview(self, pages: dict[str, bytes]) -> None:
        """Serve ``pages`` (output path -> page) until a build that read their text is
        published, and make open browsers reload (the event says ``"preview": true``)."""
        with self.cond:
            self.build_id += 1
            self.ticks += 1
            self.preview.update(pages)
            self.preview_ticks.update(dict.fromkeys(pages, self.ticks))
            self.tabs, self.streams_before = self.listeners, self.streams
            self.cond.notify_all()

    def preview_page(self, relative: str) -> bytes | None:
        """The preview page served at ``relative`` (an output path), if any."""
        with self.cond:
            return self.preview.get(relative)

    def let_browsers_load(self, limit: float = PREVIEW_LOAD_LIMIT) -> None:
        """Wait (at most ``limit`` seconds) until the open tabs have reloaded after a
        preview (a reloaded page opens a new event stream; then no request for a moment),
        or return at once when none was open when it was shown.

        A rebuild keeps this process's interpreter busy, at times for a few tenths of a
        second in one call (loading its caches); a page requested meanwhile waits for it.
        The preview page and what it loads are served first, then the rebuild starts.
        A reloading tab closes its stream before it opens the next, so the count of open
        streams is no sign (for a moment it says no tab is left); and a stream's end is
        noticed only at its next write, so neither is the number of tabs. One new stream
        is: the tabs reload together, on the same event.
        """
        deadline = time.monotonic() + limit
        while time.monotonic() < deadline:
            with self.cond:
                if self.tabs == 0 or self.stopping:
                    return
                reloaded = self.streams > self.streams_before
                quiet = time.monotonic() - self.answered >= PREVIEW_QUIET
                if reloaded and self.requests == 0 and quiet:
                    return
            time.sleep(0.02)

    def answering(self, started: bool) -> None:
        """Count a request in (``started``) or out (see :meth:`let_browsers_load`)."""
        with self.cond:
            self.requests += 1 if started else -1
            self.answered = time.monotonic()

    def stop(self) -> None:
        """Make the event streams end."""
        with self.cond:
            self.stopping = True
            self.cond.notify_all()

    def snapshot(self) -> dict[str, Any]:
        """Return the state as JSON-able data."""
        with self.cond:
            return {
                "id": self.build_id,
                "ok": self.ok,
                "error": self.error,
                "preview": bool(self.preview),
            }

    def banner(self) -> bytes:
        """Return the banner to inject into pages, or ``b""`` when all is well."""
        with self.cond:
            out = b""
            if not self.ok:
                out = _banner("Build failed; showing the last good site.\n\n" + self.error)
            elif self.problems:
                text = f"Built, but {len(self.problems)} file(s) were skipped:\n" + "\n".join(
                    f"  - {p}" for p in self.problems
                )
                out = _banner(text, background="#8a5300")
            if self.warnings:
                items = "".join(f"<li>{html.escape(w)}</li>" for w in self.warnings)
                out += (
                    '<details id="sb-build-warnings" style="position:fixed;bottom:0;right:0;'
                    "z-index:99998;max-width:40em;max-height:50vh;overflow:auto;margin:0;"
                    "padding:.3em .8em;background:#fff8e1;color:#222;border:1px solid #c90;"
                    'font:13px/1.4 sans-serif"><summary>'
                    f"{len(self.warnings)} build warning(s)</summary><ul>{items}</ul></details>"
                ).encode()
            return out


def _banner(text: str, background: str = "#b00020") -> bytes:
    return (
        '<pre id="sb-build-error" class="sb-build-error" role="alert" style="position:fixed;'
        f"top:0;left:0;right:0;z-index:99999;margin:0;padding:1em;background:{background};"
        'color:#fff;white-space:pre-wrap;max-height:50vh;overflow:auto;font:13px/1.4 monospace">'
        f"{html.escape(text)}</pre>"
    ).encode()


PREVIEW_BANNER = (
    '<p id="sb-preview" role="status" style="position:fixed;bottom:0;left:0;z-index:99998;'
    "max-width:36em;margin:0;padding:.4em .8em;background:#0b57d0;color:#fff;"
    f'font:13px/1.4 sans-serif">{html.escape(PREVIEW_NOTE)}</p>'
).encode()


def _inject(body: bytes, banner: bytes) -> bytes:
    start = body.find(b"<body")
    i = body.find(b">", start) if start >= 0 else -1
    return body[: i + 1] + banner + body[i + 1 :] if i > 0 else banner + body


class Handler(SimpleHTTPRequestHandler):
    """Serve the output folder under the base path, plus the live-reload endpoints."""

    base = "/"
    state: BuildState

    def log_message(self, format: str, *args: Any) -> None:
        """Keep the terminal quiet."""

    def _strip_base(self) -> str | None:
        path = self.path.split("?", 1)[0].split("#", 1)[0]
        if path + "/" == self.base:
            return ""
        if not path.startswith(self.base):
            return None
        return path[len(self.base) :]

    def _redirect_to_base(self) -> None:
        """Send a request outside the base path to the site's home."""
        self.send_response(302)
        self.send_header("Location", self.base)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_GET(self) -> None:
        """Handle GET: reload script, event stream, or a file of the site."""
        if self.path.split("?", 1)[0].endswith("/__livereload"):
            self._get()  # the event stream: open for as long as the tab is
            return
        self.state.answering(True)
        try:
            self._get()
        finally:
            self.state.answering(False)

    def _get(self) -> None:
        rest = self._strip_base()
        if rest is None:
            self._redirect_to_base()
            return
        if rest == "__livereload.js":
            self._send(200, RELOAD_JS.encode(), "text/javascript; charset=utf-8")
            return
        if rest == "__livereload":
            self._sse()
            return
        query = self.path[len(self.path.split("?", 1)[0]) :]
        self.path = "/" + rest + query
        target = Path(self.translate_path(self.path))
        if target.is_dir():
            if not self.path.split("?", 1)[0].endswith("/"):
                super().do_GET()  # the standard redirect to the folder with a slash
                return
            target = target / "index.html"
        preview = self._preview(target)
        if preview is not None:
            body = _inject(preview, self.state.banner() + PREVIEW_BANNER)
            self._send(200, body, "text/html; charset=utf-8")
            return
        if target.suffix == ".html" and target.is_file():
            try:
                body = target.read_bytes()
            except OSError:  # swapped away between the check and the read
                body = None
            if body is not None:
                self._send(200, _inject(body, self.state.banner()), "text/html; charset=utf-8")
                return
        if not target.exists() and self.state.snapshot()["id"] == 0:
            page = BUILDING_PAGE.format(base=html.escape(self.base)).encode()
            self._send(503, page, "text/html; charset=utf-8")
            return
        super().do_GET()

    def _preview(self, target: Path) -> bytes | None:
        try:
            relative = target.relative_to(self.directory).as_posix()
        except ValueError:
            return None
        return self.state.preview_page(relative)

    def do_HEAD(self) -> None:
        """Handle HEAD for files of the site, under the base path."""
        rest = self._strip_base()
        if rest is None:
            self._redirect_to_base()
            return
        self.path = "/" + rest
        super().do_HEAD()

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """Serve the site's 404 page when there is one."""
        page = Path(self.directory) / "404.html"
        if code == 404 and page.is_file():
            try:
                body = _inject(page.read_bytes(), self.state.banner())
            except OSError:
                body = None
            if body is not None:
                self._send(404, body, "text/html; charset=utf-8")
                return
        super().send_error(code, message, explain)

    def end_headers(self) -> None:
        """Disable caching: files change on every rebuild."""
        self.send_header("Cache-Control", "no-store")
        super().end_headers()

    def _send(self, code: int, body: bytes, ctype: str) -> None:
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _sse(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.end_headers()
        state = self.state
        last = -1
        with state.cond:
            state.listeners += 1
            state.streams += 1
        try:
            while True:
                with state.cond:
                    state.cond.wait_for(partial(_changed, state, last), 15)
                    if state.stopping:
                        return
                    snap = state.snapshot()  # the condition's lock is re-entrant
                if snap["id"] == last:
                    self.wfile.write(b": ping\n\n")
                else:
                    last = snap["id"]
                    self.wfile.write(f"event: build\ndata: {json.dumps(snap)}\n\n".encode())
                self.wfile.flush()
        except OSError:  # the browser went away
            return
        finally:
            with state.cond:
                state.listeners -= 1


def _changed(state: BuildState, last: int) -> bool:
    return state.stopping or state.build_id != last


# --- what to watch -----------------------------------------------------------------------


def watch_targets(config: Config, with_config: bool = True) -> tuple[list[Path], list[Path]]:
    """Return ``(folders, files)`` whose changes trigger a rebuild (resolved paths).

    Folders are watched recursively; files are watched by name in their folder, so that
    other files beside them (the input's parent folder, say) do not trigger rebuilds and a
    curation or config file created later is noticed.
    """
    folders = [config.input_dir, BUILTIN_TEMPLATES, BUILTIN_STATIC]
    folders += [p for p in (config.templates_dir, config.static_dir) if p is not None]
    files: list[Path | None] = [config.metadata_file]
    if config.curation_file is not None:
        files.append(config.curation_file)
    else:
        parent = config.input_dir.resolve().parent
        files += [config.input_dir / "entities.yml", parent / "entities.yml"]
    if with_config:
        if config.config_file is not None:
            files.append(config.config_file)
        else:
            files += [Path.cwd() / "site.toml", config.input_dir.resolve().parent / "site.toml"]
    return (
        _unique(p.resolve() for p in folders),
        _unique(p.resolve() for p in files if p is not None),
    )


def watch_paths(config: Config) -> list[Path]:
    """Return every folder and file whose changes trigger a rebuild."""
    folders, files = watch_targets(config)
    return folders + files


def _unique(paths: Any) -> list[Path]:
    return list(dict.fromkeys(paths))


def is_ignored(path: str, config: Config) -> bool:
    """Return True for paths whose changes must never trigger a rebuild."""
    p = Path(path).resolve()
    for root in (config.output_dir, config.resolved_cache_dir):
        root = root.resolve()
        if p == root or root in p.parents:
            return True
    name = p.name
    return (
        name.startswith((".", "#"))
        or name.endswith(IGNORED_SUFFIXES)
        or "__pycache__" in p.parts
        or ".git" in p.parts
    )


def is_relevant(path: str, config: Config, folders: list[Path], files: list[Path]) -> bool:
    """Return True if a change to ``path`` should trigger a rebuild."""
    if not path or is_ignored(path, config):
        return False
    p = Path(path).resolve()
    return p in files or any(p == f or f in p.parents for f in folders)


class Watcher:
    """Watchdog observer feeding a :class:`Changes`; rescheduled when the config changes."""

    def __init__(self, config: Config, changes: Changes, with_config: bool) -> None:
        """Start watching."""
        from watchdog.events import FileSystemEventHandler
        from watchdog.observers import Observer

        self.with_config = with_config
        self.config = config
        self.folders: list[Path] = []
        self.files: list[Path] = []
        watcher = self

        class _Events(FileSystemEventHandler):
            def on_any_event(self, event: Any) -> None:
                if event.event_type in ("opened", "closed_no_write"):
                    return
                if event.is_directory and event.event_type == "modified":
                    return  # a file inside changed; that event comes on its own
                for p in (event.src_path, getattr(event, "dest_path", "") or ""):
                    p = os.fsdecode(p) if p else ""
                    if is_relevant(p, watcher.config, watcher.folders, watcher.files):
                        changes.add(p)

        self.handler = _Events()
        self.observer = Observer()
        self.observer.daemon = True
        self.schedule(config)
        self.observer.start()

    def schedule(self, config: Config) -> None:
        """(Re)schedule the watches for ``config``."""
        self.config = config
        self.observer.unschedule_all()
        self.folders, self.files = watch_targets(config, self.with_config)
        recursive = [f for f in self.folders if f.is_dir()]
        flat = {f.parent for f in self.files if f.parent.is_dir()}
        flat = {d for d in flat if not any(d == r or r in d.parents for r in recursive)}
        for folder in recursive:
            if not any(r in folder.parents for r in recursive):
                self.observer.schedule(self.handler, str(folder), recursive=True)
        for folder in sorted(flat):
            self.observer.schedule(self.handler, str(folder), recursive=False)

    def stop(self) -> None:
        """Stop watching."""
        self.observer.stop()
        self.observer.join(5)


class Changes:
    """Paths changed since the last build; ``wait`` blocks until they settle."""

    def __init__(self) -> None:
        """Start empty."""
        self.lock = threading.Lock()
        self.event = threading.Event()
        self.paths: list[str] = []
        self.last = 0.0
        self.count = 0  # changes noted so far

    def add(self, path: str) -> None:
        """Note a change (called from the watchdog thread)."""
        with self.lock:
            if path not in self.paths:
                self.paths.append(path)
            self.last = time.monotonic()
            self.count += 1
        self.event.set()

    def settled(self, seen: int, debounce: float = DEBOUNCE) -> tuple[int, list[str]] | None:
        """The changed paths and the change count, if there were changes after the
        ``seen``-th and none for ``debounce`` seconds; else None. Unlike :meth:`wait`, it
        leaves them for the next build."""
        with self.lock:
            if self.count == seen or not self.paths:
                return None
            if time.monotonic() - self.last < debounce:
                return None
            return self.count, list(self.paths)

    def wait(self, debounce: float = DEBOUNCE) -> list[str]:
        """Block until something changed and nothing more for ``debounce`` seconds."""
        while not self.event.wait(0.5):
            pass  # a timed wait, so that signals are handled promptly
        while True:
            with self.lock:
                quiet = time.monotonic() - self.last
                if quiet >= debounce:
                    paths, self.paths = self.paths, []
                    self.event.clear()
                    return paths
            time.sleep(debounce - quiet + 0.01)


# --- building ----------------------------------------------------------------------------


def describe_error(exc: BaseException) -> str:
    """Return a one-paragraph description of a build failure, naming the template line."""
    if isinstance(exc, SiteBuilderError):
        return str(exc)
    message = f"{type(exc).__name__}: {exc}"
    filename = getattr(exc, "filename", None) or getattr(exc, "name", None)
    lineno = getattr(exc, "lineno", None)
    if filename and lineno:  # a Jinja syntax error
        return f"{filename}:{lineno}: {message}"
    frames = [
        f for f in traceback.extract_tb(exc.__traceback__) if f.filename.endswith((".html", ".xml"))
    ]
    if frames:  # an error raised while rendering: Jinja maps frames to template lines
        return f"{frames[-1].filename}:{frames[-1].lineno}: {message}"
    return message


class Builder:
    """Runs builds in the calling (main) thread and publishes their outcome."""

    def __init__(self, config: Config, state: BuildState, preview: str = "auto") -> None:
        """Prepare; ``preview``: "auto", "always" or "never" (see :meth:`preview`)."""
        self.config, self.state = config, state
        self.preview_mode = preview
        self.warnings: set[str] = set()
        self.count = 0
        self.base: PreviewBase | None = None  # the last good build, for previews
        self.took: float | None = None  # how long the last build that rendered took
        self.shown: dict[str, str] = {}  # path -> digest of the text the preview shows

    def build_once(self, changes: Changes | None = None) -> bool:
        """Build now; print what is new, publish the outcome; return success.

        With ``changes``, an edit saved while the build runs is previewed at once (see
        :class:`_PreviewDuringBuild`); the next build takes it in.
        """
        from .pipeline import build
        from .report import BuildLog

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
        side = None
        if changes is not None and self._previews():
            side = _PreviewDuringBuild(self, changes)
        try:
            try:
                # a rebuild reloads the browser without waiting for Pagefind (see below)
                result = build(self.config, log)
            finally:
                if side is not None:
                    side.stop()
        except Exception as exc:  # the pipeline's errors, and whatever a template raises
            message = describe_error(exc)
            if not first:
                self._print_new(log)
            _say(f"error: {message}")
            if self.config.verbose > 0 and not isinstance(exc, SiteBuilderError):
                traceback.print_exception(exc)
            _say("still serving the last good site; fix the file and save to rebuild")
            self.state.publish(False, message)
            return False
        took = time.perf_counter() - start
        if not log.counts.get("site_reused"):
            self.took = took
        if first:
            if self.config.verbose >= 0 and log.counts:
                _say(log.summary())
        else:
            self._print_new(log)
            if self.config.verbose > 0:
                _say(log.summary())
        self.warnings = set(log.warnings)
        _say(
            f"built {result.files} files in {took:.2f} s; {len(log.warnings)} warning(s)"
            + (f", {len(log.errors)} skipped file(s)" if log.errors else "")
        )
        self.state.publish(True, problems=log.errors, warnings=log.warnings)
        self.base = PreviewBase(result.site, self.config, result.renderer)
        if False:  # the dev server's own search refresh comes with its rewrite
            self.refresh_search()
        return True

    def prepare_preview(self) -> None:
        """Make what previews need while no change is waiting (see :class:`PreviewBase`)."""
        if self.base is None:
            return
        try:
            self.base.prepare()
        except Exception as exc:  # previews are a convenience: the rebuilds still run
            self.base = None
            if self.config.verbose > 0:
                _say(f"previews are off until the next build: {describe_error(exc)}")

    def _previews(self) -> bool:
        """Whether edits are previewed now: there is a good build to preview against,
        and in the "auto" mode the last build that rendered took ``PREVIEW_WORTH`` or
        more (or none has)."""
        if self.base is None or self.preview_mode == "never" or not self.state.snapshot()["ok"]:
            return False
        # else the rebuild will be about as quick: one reload, not two
        return not (
            self.preview_mode == "auto" and self.took is not None and self.took < PREVIEW_WORTH
        )

    def preview(self, paths: list[str], during_build: bool = False) -> bool:
        """Show the edited articles' pages at once, before the rebuild (see
        :mod:`preview`); return whether a preview of them is shown. ``during_build``:
        called while a build of an earlier edit runs (from another thread)."""
        if not self._previews():
            return False
        digests = _digests(paths)
        if digests and digests == self.shown and self.state.snapshot()["preview"]:
            return True  # saved during the last build and previewed then: still shown
        start = time.perf_counter()
        try:
            with MODEL_LOCK:  # and no fork meanwhile (see extract.hold_off_forks)
                pages = preview_pages(self.base, paths, self.config)  # type: ignore[arg-type]
        except Exception as exc:  # never a reason to skip the rebuild
            if self.config.verbose > 0:
                _say(f"no preview: {describe_error(exc)}")
            return False
        if not pages:
            return False
        self.state.show_preview(pages)
        self.shown = digests
        shown = ", ".join(str(Path(p).parent) + "/" for p in pages)
        took = time.perf_counter() - start
        if during_build:
            _say(f"preview of {shown} in {took:.2f} s; it is rebuilt after the build under way")
            return True
        _say(f"preview of {shown} in {took:.2f} s; rebuilding the rest")
        self.state.let_browsers_load()
        return True

    def refresh_search(self) -> None:
        """Bring the search index of the site in place up to date (it still holds the
        previous build's): the old index answers searches until the new one is swapped in."""
        from .report import BuildLog
        from .search import refresh_index

        start = time.perf_counter()
        log = BuildLog(verbose=self.config.verbose, stream=io.StringIO())
        cache = self.config.resolved_cache_dir if self.config.use_cache else None
        try:
            refresh_index(self.config.output_dir, log, cache)
        except (SiteBuilderError, OSError) as exc:
            _say(f"error: search index not refreshed: {describe_error(exc)}")
            return
        for message in log.warnings:
            _say(f"warning: {message}")
        _say(f"search index refreshed in {time.perf_counter() - start:.2f} s")

    def _print_new(self, log: Any) -> None:
        for message in log.errors:
            _say(f"error: {message}")
        for message in log.warnings:
            if message not in self.warnings:
                _say(f"warning: {message}")


def _digests(paths: list[str]) -> dict[str, str]:
    """Path -> digest of the file's bytes, for the files that exist."""
    out: dict[str, str] = {}
    for path in paths:
        try:
            out[path] = hashlib.sha256(Path(path).read_bytes()).hexdigest()
        except OSError:
            pass
    return out


class _PreviewDuringBuild:
    """While a build runs in the main thread, previews the edits saved meanwhile.

    Builds take seconds on a large archive, and an author often saves again before one
    ends. Without this, that edit would wait for the build under way, then be previewed.
    A thread watches the changes and previews each settled edit against the last good
    build (kept while the next runs, up to ``KEEP_BASE_ARTICLES``); the changes stay for
    the next build, which publishes the exact pages of the text the preview showed.
    """

    def __init__(self, builder: Builder, changes: Changes) -> None:
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
            # The model gives up the interpreter thousands of times per article (short
            # numpy calls), and each time waits for the build's turn to end to get it
            # back. Shorter turns while the preview is made (see the constant).
            interval = sys.getswitchinterval()
            sys.setswitchinterval(PREVIEW_SWITCH_INTERVAL)
            try:
                self.builder.preview(paths, during_build=True)
            except Exception:  # a convenience only: the next build reports any problem
                continue
            finally:
                sys.setswitchinterval(interval)

    def stop(self) -> None:
        """Stop watching (waiting for a preview being made to be shown)."""
        self.done.set()
        self.thread.join(PREVIEW_LOAD_LIMIT * 5)


# --- the server --------------------------------------------------------------------------


def _bind(host: str, port: int, handler: Any) -> ThreadingHTTPServer:
    taken: list[int] = []
    for candidate in range(port, port + PORT_TRIES):
        try:
            server = ThreadingHTTPServer((host, candidate), handler)
        except OSError as exc:
            if exc.errno != errno.EADDRINUSE:
                raise SiteBuilderError(f"cannot listen on {host}:{candidate}: {exc}") from None
            taken.append(candidate)
            continue
        if taken:
            _say(
                f"port {port} is already in use (another server?); "
                f"serving on port {candidate}, the next free one. Choose one with --port"
            )
        return server
    raise SiteBuilderError(
        f"ports {port}-{port + PORT_TRIES - 1} are all in use; choose another with --port"
    )


def _temp_dirs(output: Path) -> list[Path]:
    output = output.resolve()
    pid = os.getpid()
    return [
        output.parent / f".{output.name}.tmp-{pid}",
        output.parent / f".{output.name}.old-{pid}",
    ]


def _clean_temp(output: Path) -> None:
    """Remove this process's temporary folders; undo a swap interrupted half-way."""
    tmp, old = _temp_dirs(output)
    if old.is_dir() and not output.exists():
        old.rename(output)
    for path in (tmp, old):
        shutil.rmtree(path, ignore_errors=True)


def serve(
    config: Config,
    host: str = "127.0.0.1",
    port: int = 8000,
    reload_config: Callable[[], Config] | None = None,
    preview: str = "auto",
) -> int:
    """Build, serve and rebuild on change until interrupted; return the exit code (0).

    ``reload_config`` re-reads the settings (the config file may have changed); it is
    called before every rebuild. ``preview``: when an edited article's page is shown
    before the rebuild (:meth:`Builder.preview`). Ctrl-C (or SIGTERM) at any time, even
    during the first build, stops the server cleanly and returns 0.
    """
    config = config.with_(dev_mode=True)
    state = BuildState()
    builder = Builder(config, state, preview)
    changes = Changes()
    handler = _make_handler(config, state)
    server = _bind(host, port, partial(handler, directory=str(config.output_dir.resolve())))
    created = not config.output_dir.exists()
    config.output_dir.mkdir(parents=True, exist_ok=True)
    server.daemon_threads = True
    server_thread = threading.Thread(target=server.serve_forever, name="http", daemon=True)
    actual = server.server_address[1]
    print(f"serving http://{host}:{actual}{config.base_path} (Ctrl-C to stop)", flush=True)

    main_pid = os.getpid()

    def _on_term(signum: int, frame: Any) -> None:
        if os.getpid() == main_pid:
            raise KeyboardInterrupt
        signal.signal(signum, signal.SIG_DFL)  # a forked worker: die quietly
        os.kill(os.getpid(), signum)

    _quiet_forked_workers()
    hold_off_forks()  # previews run in a thread while builds fork (see _PreviewDuringBuild)

    old_term = signal.signal(signal.SIGTERM, _on_term)
    # Ctrl-C always stops the server, even when started from a script with SIGINT ignored.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    watcher: Watcher | None = None
    try:
        server_thread.start()
        watcher = Watcher(config, changes, with_config=reload_config is not None)
        if not builder.build_once() and not (config.output_dir / "index.html").is_file():
            _say("no site to serve yet; fix the error and save to retry")
        while True:
            load_model_for_edits(builder.config)
            builder.prepare_preview()
            paths = changes.wait()
            shown = ", ".join(_short(p) for p in paths[:3]) + (
                f" and {len(paths) - 3} more" if len(paths) > 3 else ""
            )
            _say(f"changed: {shown}; rebuilding")
            same = True
            if reload_config is not None:
                new = _reload(reload_config, builder.config, handler, host, actual)
                if new is None:
                    continue
                if new != builder.config:
                    same = False
                    builder.config = new
                    watcher.schedule(new)
            if same:
                builder.preview(paths)
            builder.build_once(changes)
    except KeyboardInterrupt:
        if state.build_id == 0:
            _say("stopped before the first build finished; the previous site was left as it was")
    finally:
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # a second Ctrl-C must not interrupt this
        _say("stopping")
        state.stop()
        if watcher is not None:
            watcher.stop()
        server.shutdown()
        server.server_close()
        server_thread.join(5)
        _clean_temp(config.output_dir)
        if created and config.output_dir.is_dir() and not any(config.output_dir.iterdir()):
            config.output_dir.rmdir()  # made for a first build that never finished
        signal.signal(signal.SIGTERM, old_term)
        signal.signal(signal.SIGINT, signal.default_int_handler)
    return 0


def load_model_for_edits(config: Config) -> bool:
    """Load spaCy and the model into this process while no change is waiting (a no-op
    once loaded); return whether it is loaded.

    A build that finds most articles in the NLP cache never loads the model here: it
    lets a forked helper load it (over a second) for the few changed articles. A server
    that lives for many edits loads it once instead, and every later edit is analysed
    in milliseconds. A model that cannot be loaded is left to the builds to report.
    """
    from .nlp import load_nlp

    try:
        load_nlp(config.spacy_model)
    except SiteBuilderError:
        return False
    return True


_FORK_HOOK = False


def _quiet_forked_workers() -> None:
    """Make forked NLP workers leave Ctrl-C to the server and die quietly when terminated.

    A terminal's Ctrl-C reaches the whole process group; the workers would each print a
    ``KeyboardInterrupt`` traceback. The server stops them itself when it stops.
    """
    global _FORK_HOOK
    if _FORK_HOOK or not hasattr(os, "register_at_fork"):
        return
    _FORK_HOOK = True

    def _child() -> None:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)

    os.register_at_fork(after_in_child=_child)


def _short(path: str) -> str:
    p = Path(path)
    try:
        return str(p.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(p)


def _reload(
    reload_config: Callable[[], Config],
    current: Config,
    handler: type[Handler],
    host: str,
    port: int,
) -> Config | None:
    """Re-read the settings; return the config to build with, or None (error published)."""
    try:
        new = reload_config().with_(dev_mode=True)
    except SiteBuilderError as exc:
        _say(f"error: {exc}")
        _say("still serving the last good site; fix the config and save to rebuild")
        handler.state.publish(False, str(exc))
        return None
    if new.output_dir.resolve() != current.output_dir.resolve():
        _say("output_dir changed in the config; restart serve to use it (keeping the old one)")
        new = new.with_(output_dir=current.output_dir)
    if new.base_path != current.base_path:
        handler.base = new.base_path
        print(f"serving http://{host}:{port}{new.base_path} (base path changed)", flush=True)
    return new


def _make_handler(config: Config, state: BuildState) -> type[Handler]:
    return type("BoundHandler", (Handler,), {"base": config.base_path, "state": state})
