"""Shared browser-test parts: a static server that mounts a site under a path prefix, and
Debian's Chromium launched through Playwright with the flags this project's machines need."""

from __future__ import annotations

import contextlib
import functools
import http.server
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from conftest import require_chromium

CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


class _PrefixHandler(http.server.SimpleHTTPRequestHandler):
    """Serve ``directory`` at ``prefix`` only (like GitHub Pages serves a project site)."""

    prefix = "/"

    def log_message(self, format: str, *args: object) -> None:
        """Keep the test output clean."""

    def send_head(self):  # type: ignore[no-untyped-def]
        path = self.path.split("?", 1)[0].split("#", 1)[0]
        if not path.startswith(self.prefix):
            self.send_error(404, "outside the site's base path")
            return None
        rest = "/" + path[len(self.prefix) :]
        query = self.path[len(path) :]
        original = self.path
        self.path = rest + query
        try:
            return super().send_head()
        finally:
            self.path = original

    def end_headers(self) -> None:
        self.send_header("Cache-Control", "no-store")
        super().end_headers()


@contextlib.contextmanager
def serve_site(site: Path, prefix: str = "/") -> Iterator[str]:
    """Serve ``site`` at ``http://127.0.0.1:PORT{prefix}``; yield that address."""
    handler_class = type("Handler", (_PrefixHandler,), {"prefix": prefix})
    handler = functools.partial(handler_class, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}{prefix}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


@contextlib.contextmanager
def chromium() -> Iterator[Any]:
    """Yield a Playwright ``Browser`` on Debian's Chromium (fails under CI=true if missing)."""
    path = require_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=path, headless=True, args=CHROMIUM_FLAGS)
        try:
            yield browser
        finally:
            browser.close()


class PageWatch:
    """Collect console errors and failed or non-2xx/304 requests of a page."""

    def __init__(self, page: Any) -> None:
        self.problems: list[str] = []
        page.on(
            "console",
            lambda m: (
                self.problems.append(f"console {m.type}: {m.text}") if m.type == "error" else None
            ),
        )
        page.on("pageerror", lambda e: self.problems.append(f"page error: {e}"))
        page.on(
            "requestfailed",
            lambda r: self.problems.append(f"request failed: {r.url} {r.failure}"),
        )
        page.on(
            "response",
            lambda r: (
                self.problems.append(f"HTTP {r.status}: {r.url}")
                if not (200 <= r.status < 300 or r.status == 304)
                else None
            ),
        )
