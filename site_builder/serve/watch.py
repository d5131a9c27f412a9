"""What the dev server watches, and the changes it noted: watchdog feeds a
:class:`Changes`, which hands them to the builder once the saves have settled."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..config import BUILTIN_STATIC, BUILTIN_TEMPLATES, Config

DEBOUNCE = 0.2
"""Seconds without further changes before a rebuild starts (editors save in bursts)."""

IGNORED_SUFFIXES = (".swp", ".swx", ".swo", ".tmp", "~", ".part", ".crdownload", ".pyc")


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


def _unique(paths: Iterable[Path]) -> list[Path]:
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


class Changes:
    """Paths changed since the last build; :meth:`wait` blocks until they settle."""

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
        """Return the change count and the changed paths if there were changes after the
        ``seen``-th and none for ``debounce`` seconds, else None; unlike :meth:`wait`,
        leave them for the next build."""
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


class Watcher:
    """A watchdog observer feeding a :class:`Changes`; rescheduled when the config changes."""

    def __init__(self, config: Config, changes: Changes, with_config: bool) -> None:
        """Start watching."""
        from watchdog.events import FileSystemEventHandler
        from watchdog.observers import Observer

        self.with_config = with_config
        self.config = config
        self.folders: list[Path] = []
        self.files: list[Path] = []
        watcher = self

        class NoteChanges(FileSystemEventHandler):
            def on_any_event(self, event: Any) -> None:
                if event.event_type in ("opened", "closed_no_write"):
                    return
                if event.is_directory and event.event_type == "modified":
                    return  # a file inside changed; that event comes on its own
                for raw in (event.src_path, getattr(event, "dest_path", "") or ""):
                    path = os.fsdecode(raw) if raw else ""
                    if is_relevant(path, watcher.config, watcher.folders, watcher.files):
                        changes.add(path)

        self.handler = NoteChanges()
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
