"""The dev server's HTTP side: the site under its base path, the live-reload script and
its server-sent event stream, banners for failed builds, and previews served from memory.

The builder (in the main thread) and the request handlers (one thread each) share one
:class:`BuildState`; an event stream wakes on its condition and tells the tab to reload.
"""

from __future__ import annotations

import errno
import html
import json
import threading
from functools import cache, partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from pathlib import Path
from typing import Any

from ..errors import SiteBuilderError
from .terminal import print_status

PORT_TRIES = 50
"""Ports tried, from the one asked for, before giving up."""

PREVIEW_NOTE = (
    "Preview of your edit: names are linked as the archive last knew them, and the other "
    "pages are being rebuilt; this page reloads when the rebuild is done."
)

BUILDING_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Building…</title>
<script src="{base}__livereload.js" defer></script></head>
<body><p>The site is being built; this page reloads when it is ready.</p></body></html>
"""


@cache
def reload_script() -> bytes:
    """Return the live-reload script (package data; read once and kept, a constant)."""
    return resources.files(__package__).joinpath("livereload.js").read_bytes()


class BuildState:
    """The latest build outcome and previews, shared by the builder and the handlers."""

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

    def publish(
        self,
        ok: bool,
        error: str = "",
        problems: list[str] | None = None,
        warnings: list[str] | None = None,
    ) -> None:
        """Record a finished build and wake the event streams.

        A failed build keeps the problems and warnings of the last good one (its site is
        served). A good build ends the previews shown before it began; one shown while it
        ran is of a newer edit than the build read, and stays until the next build.
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
        published, and make open tabs reload (the event says ``"preview": true``)."""
        with self.cond:
            self.build_id += 1
            self.ticks += 1
            self.preview.update(pages)
            self.preview_ticks.update(dict.fromkeys(pages, self.ticks))
            self.cond.notify_all()

    def preview_page(self, relative: str) -> bytes | None:
        """Return the preview page served at ``relative`` (an output path), if any."""
        with self.cond:
            return self.preview.get(relative)

    def stop(self) -> None:
        """Make the event streams end."""
        with self.cond:
            self.stopping = True
            self.cond.notify_all()

    def snapshot(self) -> dict[str, Any]:
        """Return the state as JSON-able data (what an event says)."""
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

    def served_marker(self) -> bytes:
        """The build a page is served from, for the reload script to compare with events:
        a tab that connects after a newer build was published reloads all the same."""
        with self.cond:
            return f'<span hidden id="sb-served" data-build="{self.build_id}"></span>'.encode()


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
    """Put ``banner`` right after the page's ``<body>`` tag."""
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
        rest = self._strip_base()
        if rest is None:
            self._redirect_to_base()
            return
        if rest == "__livereload.js":
            self._send(200, reload_script(), "text/javascript; charset=utf-8")
            return
        if rest == "__livereload":
            self._send_events()
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
            marker = self.state.served_marker()
            body = _inject(preview, marker + self.state.banner() + PREVIEW_BANNER)
            self._send(200, body, "text/html; charset=utf-8")
            return
        if target.suffix == ".html" and target.is_file():
            try:
                body = target.read_bytes()
            except OSError:  # swapped away between the check and the read
                pass
            else:
                banner = self.state.served_marker() + self.state.banner()
                self._send(200, _inject(body, banner), "text/html; charset=utf-8")
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
                pass
            else:
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

    def _send_events(self) -> None:
        """Stream an event per build (and preview); a ping keeps the connection open."""
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.end_headers()
        state = self.state
        last = -1
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


def _changed(state: BuildState, last: int) -> bool:
    return state.stopping or state.build_id != last


def make_handler(base_path: str, state: BuildState) -> type[Handler]:
    """Return a handler class serving under ``base_path`` with ``state``."""
    return type("BoundHandler", (Handler,), {"base": base_path, "state": state})


def bind(host: str, port: int, handler: type[Handler], directory: Path) -> ThreadingHTTPServer:
    """Listen on ``port``, or the next free one (said in the terminal)."""
    taken: list[int] = []
    serve_folder = partial(handler, directory=str(directory.resolve()))
    for candidate in range(port, port + PORT_TRIES):
        try:
            server = ThreadingHTTPServer((host, candidate), serve_folder)
        except OSError as exc:
            if exc.errno != errno.EADDRINUSE:
                raise SiteBuilderError(f"cannot listen on {host}:{candidate}: {exc}") from None
            taken.append(candidate)
            continue
        if taken:
            print_status(
                f"port {port} is already in use (another server?); "
                f"serving on port {candidate}, the next free one. Choose one with --port"
            )
        server.daemon_threads = True
        return server
    raise SiteBuilderError(
        f"ports {port}-{port + PORT_TRIES - 1} are all in use; choose another with --port"
    )
