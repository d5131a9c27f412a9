"""``serve``: build, serve under the base path, watch sources, rebuild and live-reload."""

from __future__ import annotations

import errno
import html
import json
import os
import shutil
import signal
import sys
import threading
import time
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from .config import PACKAGE_ROOT, Config
from .errors import SiteBuilderError

DEBOUNCE = 0.25
IGNORED_SUFFIXES = (".swp", ".swx", ".swo", ".tmp", "~", ".part", ".crdownload")

RELOAD_JS = """(() => {
  const url = document.currentScript.src.replace(/\\.js(\\?.*)?$/, "");
  let last = null;
  const show = (msg) => {
    let b = document.getElementById("sb-build-error");
    if (!msg) { if (b) b.remove(); return; }
    if (!b) {
      b = document.createElement("pre");
      b.id = "sb-build-error";
      b.className = "sb-build-error";
      b.setAttribute("role", "alert");
      b.style.cssText = "position:fixed;top:0;left:0;right:0;z-index:99999;margin:0;" +
        "padding:1em;background:#b00020;color:#fff;white-space:pre-wrap;max-height:50vh;overflow:auto";
      document.body.prepend(b);
    }
    b.textContent = "Build failed; showing the last good site.\\n" + msg;
  };
  const connect = () => {
    const es = new EventSource(url);
    es.addEventListener("build", (ev) => {
      const d = JSON.parse(ev.data);
      if (last !== null && d.id !== last && d.ok) { location.reload(); return; }
      last = d.id;
      show(d.ok ? "" : d.error);
    });
    es.onerror = () => { es.close(); setTimeout(connect, 1000); };
  };
  connect();
})();
"""


class BuildState:
    """The latest build outcome, shared between the worker and request handlers."""

    def __init__(self) -> None:
        """Start with no build."""
        self.cond = threading.Condition()
        self.build_id = 0
        self.ok = True
        self.error = ""
        self.stopping = False

    def publish(self, ok: bool, error: str = "") -> None:
        """Record a finished build and wake SSE listeners."""
        with self.cond:
            self.build_id += 1
            self.ok, self.error = ok, error
            self.cond.notify_all()

    def snapshot(self) -> dict[str, Any]:
        """Return the state as JSON-able data."""
        with self.cond:
            return {"id": self.build_id, "ok": self.ok, "error": self.error}


def _banner(message: str) -> bytes:
    text = html.escape(message)
    return (
        '<pre id="sb-build-error" class="sb-build-error" role="alert" style="position:fixed;'
        "top:0;left:0;right:0;z-index:99999;margin:0;padding:1em;background:#b00020;"
        'color:#fff;white-space:pre-wrap;max-height:50vh;overflow:auto">'
        f"Build failed; showing the last good site.\n{text}</pre>"
    ).encode()


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

    def do_GET(self) -> None:
        """Handle GET: reload script, SSE, or a file of the site."""
        rest = self._strip_base()
        if rest is None:
            self.send_response(302)
            self.send_header("Location", self.base)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if rest == "__livereload.js":
            self._send(200, RELOAD_JS.encode(), "text/javascript; charset=utf-8")
            return
        if rest == "__livereload":
            self._sse()
            return
        query = self.path[len(self.path.split("?", 1)[0]) :]
        self.path = "/" + rest + query
        if not self.state.snapshot()["ok"]:
            target = Path(self.translate_path(self.path))
            if target.is_dir():
                target = target / "index.html"
            if target.suffix == ".html" and target.is_file():
                body = target.read_bytes()
                i = body.find(b">", body.find(b"<body"))
                if i > 0:
                    body = body[: i + 1] + _banner(self.state.error) + body[i + 1 :]
                self._send(200, body, "text/html; charset=utf-8")
                return
        super().do_GET()

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """Serve the site's 404 page when there is one."""
        page = Path(self.directory) / "404.html"
        if code == 404 and page.is_file():
            self._send(404, page.read_bytes(), "text/html; charset=utf-8")
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
        try:
            while True:
                with state.cond:
                    state.cond.wait_for(partial(_changed, state, last), 15)
                    if state.stopping:
                        return
                    snap = {"id": state.build_id, "ok": state.ok, "error": state.error}
                if snap["id"] == last:
                    self.wfile.write(b": ping\n\n")
                else:
                    last = snap["id"]
                    self.wfile.write(f"event: build\ndata: {json.dumps(snap)}\n\n".encode())
                self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError, OSError):
            return


def _changed(state: BuildState, last: int) -> bool:
    return state.stopping or state.build_id != last


def watch_paths(config: Config) -> list[Path]:
    """Return the folders and files whose changes trigger a rebuild."""
    from .pipeline import find_curation_file

    paths = [config.input_dir, PACKAGE_ROOT / "templates", PACKAGE_ROOT / "static"]
    for p in (
        config.templates_dir,
        config.static_dir,
        config.config_file,
        config.metadata_file,
        find_curation_file(config),
    ):
        if p is not None:
            paths.append(p)
    return paths


def is_ignored(path: str, config: Config) -> bool:
    """Return True for events that must not trigger a rebuild."""
    p = Path(path).resolve()
    for root in (config.output_dir, config.resolved_cache_dir):
        root = root.resolve()
        if p == root or root in p.parents:
            return True
    name = p.name
    out = config.output_dir.resolve().name
    return (
        name.startswith((".", "#", f".{out}."))
        or name.endswith(IGNORED_SUFFIXES)
        or "__pycache__" in p.parts
    )


class Rebuilder:
    """A single worker thread that rebuilds the latest state, debounced and coalesced."""

    def __init__(self, config: Config, state: BuildState) -> None:
        """Prepare the worker."""
        self.config, self.state = config, state
        self.event = threading.Event()
        self.stop = threading.Event()
        self.changed_at = 0.0
        self.thread = threading.Thread(target=self._run, name="rebuild", daemon=True)

    def request(self) -> None:
        """Note a change; the worker rebuilds once things are quiet."""
        self.changed_at = time.monotonic()
        self.event.set()

    def build_once(self) -> bool:
        """Build now; publish the outcome; return success."""
        from .pipeline import build
        from .report import BuildLog

        log = BuildLog(verbose=min(self.config.verbose, 0) if self.config.verbose >= 0 else -1)
        start = time.perf_counter()
        try:
            result = build(self.config, log)
        except SiteBuilderError as exc:
            print(f"error: {exc}", file=sys.stderr, flush=True)
            print("still serving the last good site", file=sys.stderr, flush=True)
            self.state.publish(False, str(exc))
            return False
        except Exception as exc:  # a template bug raises whatever Jinja raises
            message = f"{type(exc).__name__}: {exc}"
            print(f"error: {message}", file=sys.stderr, flush=True)
            print("still serving the last good site", file=sys.stderr, flush=True)
            self.state.publish(False, message)
            return False
        took = time.perf_counter() - start
        print(
            f"built {result.files} files in {took:.2f} s; {len(log.warnings)} warning(s)",
            file=sys.stderr,
            flush=True,
        )
        self.state.publish(True)
        return True

    def _run(self) -> None:
        while not self.stop.is_set():
            self.event.wait()
            if self.stop.is_set():
                return
            while time.monotonic() - self.changed_at < DEBOUNCE:
                time.sleep(0.05)
            self.event.clear()
            saved = self.changed_at
            print("change detected; rebuilding", file=sys.stderr, flush=True)
            self.build_once()
            if self.changed_at != saved:
                self.event.set()


def _start_watcher(config: Config, rebuilder: Rebuilder) -> Any:
    from watchdog.events import FileSystemEventHandler
    from watchdog.observers import Observer

    class _Events(FileSystemEventHandler):
        def on_any_event(self, event: Any) -> None:
            if event.event_type in ("opened", "closed_no_write"):
                return
            paths = [event.src_path, getattr(event, "dest_path", "") or ""]
            if any(p and not is_ignored(str(p), config) for p in paths):
                rebuilder.request()

    observer = Observer()
    handler = _Events()
    seen: set[Path] = set()
    for path in watch_paths(config):
        path = path.resolve()
        if path.is_file():
            folder, recursive = path.parent, False
        elif path.is_dir():
            folder, recursive = path, True
        else:
            continue
        if folder in seen:
            continue
        seen.add(folder)
        observer.schedule(handler, str(folder), recursive=recursive)
    observer.daemon = True
    observer.start()
    return observer


def _bind(host: str, port: int, handler: Any) -> ThreadingHTTPServer:
    for candidate in range(port, port + 50):
        try:
            server = ThreadingHTTPServer((host, candidate), handler)
        except OSError as exc:
            if exc.errno != errno.EADDRINUSE:
                raise
            print(f"port {candidate} is in use; trying {candidate + 1}", file=sys.stderr)
            continue
        return server
    raise SiteBuilderError(f"no free port between {port} and {port + 49}; use --port")


def serve(config: Config, host: str = "127.0.0.1", port: int = 8000) -> int:
    """Build, serve and rebuild on change until interrupted; return the exit code."""
    config = config.with_(dev_mode=True)
    state = BuildState()
    rebuilder = Rebuilder(config, state)
    if not rebuilder.build_once() and not (config.output_dir / "index.html").is_file():
        print("no site to serve yet; fix the error and save to retry", file=sys.stderr)
    config.output_dir.mkdir(parents=True, exist_ok=True)
    handler = partial(_make_handler(config, state), directory=str(config.output_dir.resolve()))
    server = _bind(host, port, handler)
    server.daemon_threads = True
    url = f"http://{host}:{server.server_address[1]}{config.base_path}"
    print(f"serving {url} (Ctrl-C to stop)", flush=True)

    stop = threading.Event()

    def _on_signal(signum: int, frame: Any) -> None:
        stop.set()

    old = {s: signal.signal(s, _on_signal) for s in (signal.SIGINT, signal.SIGTERM)}
    observer = _start_watcher(config, rebuilder)
    rebuilder.thread.start()
    server_thread = threading.Thread(target=server.serve_forever, name="http", daemon=True)
    server_thread.start()
    try:
        while not stop.wait(0.5):
            pass
    finally:
        print("stopping", file=sys.stderr, flush=True)
        for s, h in old.items():
            signal.signal(s, h)
        with state.cond:
            state.stopping = True
            state.cond.notify_all()
        observer.stop()
        rebuilder.stop.set()
        rebuilder.event.set()
        server.shutdown()
        server.server_close()
        observer.join(5)
        rebuilder.thread.join(120)
        server_thread.join(5)
        _clean_temp(config.output_dir)
    return 0


def _clean_temp(output: Path) -> None:
    output = output.resolve()
    for tmp in output.parent.glob(f".{output.name}.tmp-{os.getpid()}"):
        shutil.rmtree(tmp, ignore_errors=True)


def _make_handler(config: Config, state: BuildState) -> type[Handler]:
    return type("BoundHandler", (Handler,), {"base": config.base_path, "state": state})
