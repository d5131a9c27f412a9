"""The dev server's main loop: build, serve, then wait for changes, preview and rebuild,
until Ctrl-C or SIGTERM."""

from __future__ import annotations

import functools
import os
import shutil
import signal
import threading
from collections.abc import Callable
from pathlib import Path
from types import FrameType

from ..config import Config
from ..errors import SiteBuilderError
from .rebuild import Builder, load_model_for_edits
from .server import BuildState, Handler, bind, make_handler
from .terminal import print_status, short_path
from .watch import Changes, Watcher


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
    handler = make_handler(config.base_path, state)
    server = bind(host, port, handler, config.output_dir)
    created = not config.output_dir.exists()
    config.output_dir.mkdir(parents=True, exist_ok=True)
    server_thread = threading.Thread(target=server.serve_forever, name="http", daemon=True)
    actual = server.server_address[1]
    print(f"serving http://{host}:{actual}{config.base_path} (Ctrl-C to stop)", flush=True)

    _quiet_forked_workers()
    _STOP.clear()
    old_term = signal.signal(signal.SIGTERM, _interrupt)
    # Ctrl-C always stops the server, even when started from a script with SIGINT ignored.
    signal.signal(signal.SIGINT, _interrupt)
    watcher: Watcher | None = None
    try:
        server_thread.start()
        watcher = Watcher(config, changes, with_config=reload_config is not None)
        built = builder.build_once()
        _stop_if_interrupted()
        if not built and not (config.output_dir / "index.html").is_file():
            print_status("no site to serve yet; fix the error and save to retry")
        while True:
            _stop_if_interrupted()
            load_model_for_edits(builder.config)
            builder.prepare_preview()
            _stop_if_interrupted()  # the two above swallow errors too
            paths = changes.wait()
            shown = ", ".join(short_path(p) for p in paths[:3]) + (
                f" and {len(paths) - 3} more" if len(paths) > 3 else ""
            )
            print_status(f"changed: {shown}; rebuilding")
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
            print_status(
                "stopped before the first build finished; the previous site was left as it was"
            )
    finally:
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # a second Ctrl-C must not interrupt this
        print_status("stopping")
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


_STOP = threading.Event()
"""Set by Ctrl-C or SIGTERM. The ``KeyboardInterrupt`` they raise can be lost: Python 3.11
wraps one raised while a class is made (a lazy import) in a ``RuntimeError``, which the
build reports as its own error, and the server would go on serving."""


def _interrupt(signum: int, frame: FrameType | None) -> None:
    """Stop the server on Ctrl-C or SIGTERM, and remember that it was asked to."""
    _STOP.set()
    raise KeyboardInterrupt


def _stop_if_interrupted() -> None:
    """Stop now if a signal came during a build that swallowed its ``KeyboardInterrupt``."""
    if _STOP.is_set():
        raise KeyboardInterrupt


@functools.cache  # once per process: a fork hook cannot be removed
def _quiet_forked_workers() -> None:
    """Make forked build workers leave Ctrl-C and SIGTERM to the server and die quietly.

    A terminal's Ctrl-C reaches the whole process group, and a pool's workers inherit the
    server's SIGTERM handler; each would print a ``KeyboardInterrupt`` traceback.
    """
    if not hasattr(os, "register_at_fork"):
        return

    def in_child() -> None:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)

    os.register_at_fork(after_in_child=in_child)


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
        print_status(f"error: {exc}")
        print_status("still serving the last good site; fix the config and save to rebuild")
        handler.state.publish(False, str(exc))
        return None
    if new.output_dir.resolve() != current.output_dir.resolve():
        print_status(
            "output_dir changed in the config; restart serve to use it (keeping the old one)"
        )
        new = new.with_(output_dir=current.output_dir)
    if new.base_path != current.base_path:
        handler.base = new.base_path
        print(f"serving http://{host}:{port}{new.base_path} (base path changed)", flush=True)
    return new
