"""Index the written site with Pagefind (the binary shipped in the ``pagefind-bin`` wheel).

What gets indexed is decided by the templates: article and entity pages mark their content
with ``data-pagefind-body``, so every other page (home, entity index, timeline, search) is
left out. The timeline is left out on purpose: each of its events quotes a sentence of an
article, so indexing it would return every hit twice, once without its article's context.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.metadata
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .errors import IndexingError
from .report import BuildLog

BUNDLE_DIR = "pagefind"
HIGHLIGHT_PARAM = "highlight"
"""Query parameter naming the searched words, set by the search page and read by articles."""

_COUNTS = re.compile(r"Indexed (\d+) (pages|words|filters|sorts)")


def pagefind_command(site_dir: Path) -> list[str]:
    """The command that indexes ``site_dir`` (``pagefind-bin`` installs no ``pagefind``)."""
    return [sys.executable, "-m", "pagefind_bin", "--site", str(site_dir)]


def index_site(site_dir: Path, log: BuildLog, cache_dir: Path | None = None) -> dict[str, int]:
    """Index ``site_dir`` with Pagefind; its bundle lands in ``site_dir/pagefind/``.

    With ``cache_dir``, the bundle is kept there under a digest of every HTML page and
    Pagefind's version, and reused when the pages are the same. That saves the indexing
    time of an unchanged rebuild and makes the bundle byte-identical for the same pages:
    Pagefind itself writes its filter and metadata indexes in a different order on every
    run (Pagefind issue #638).

    Returns Pagefind's own counts (pages, words, filters, sorts). Raises ``IndexingError``
    with Pagefind's last lines and what to do when it fails.
    """
    if cache_dir is None:
        return _run_pagefind(site_dir, log)
    key = _pages_digest(site_dir)
    counts = _from_cache(site_dir, log, cache_dir, key)
    if counts is None:
        counts = _run_pagefind(site_dir, log)
        _keep(site_dir / BUNDLE_DIR, counts, cache_dir, key, log)
    return counts


def cached_index(site_dir: Path, log: BuildLog, cache_dir: Path) -> dict[str, int] | None:
    """Put the cached bundle for exactly these pages into ``site_dir``; return its counts,
    or None when there is none (nothing is changed then)."""
    return _from_cache(site_dir, log, cache_dir, _pages_digest(site_dir))


def refresh_index(site_dir: Path, log: BuildLog, cache_dir: Path | None) -> dict[str, int]:
    """Index a site that is being served, without a moment of broken search.

    The new bundle is written beside the one in place (``.pagefind-new-PID``) and swapped
    in when complete, so the old index answers searches meanwhile. Used by ``serve``,
    which reloads the browser first and refreshes the index afterwards.
    """
    key = _pages_digest(site_dir) if cache_dir is not None else ""
    fresh = site_dir / f".{BUNDLE_DIR}-new-{os.getpid()}"
    old = site_dir / f".{BUNDLE_DIR}-old-{os.getpid()}"
    bundle = site_dir / BUNDLE_DIR
    try:
        counts = _run_pagefind(site_dir, log, fresh.name)
        if bundle.exists():
            bundle.rename(old)
        fresh.rename(bundle)
    finally:
        shutil.rmtree(fresh, ignore_errors=True)
        shutil.rmtree(old, ignore_errors=True)
    if cache_dir is not None:
        _keep(bundle, counts, cache_dir, key, log)
    return counts


def _from_cache(site_dir: Path, log: BuildLog, cache_dir: Path, key: str) -> dict[str, int] | None:
    cached = cache_dir / "pagefind" / key
    bundle = site_dir / BUNDLE_DIR
    if not (cached / "counts.json").is_file():
        return None
    try:
        os.utime(cached)  # most recently used: no build sharing the cache prunes it now
        counts: dict[str, int] = json.loads((cached / "counts.json").read_text(encoding="utf-8"))
        files = counts.pop(_FILES, -1)
        if bundle.exists():
            shutil.rmtree(bundle)
        shutil.copytree(cached / BUNDLE_DIR, bundle)
        if _file_count(bundle) != files:
            raise ValueError("a bundle cut short")  # read while another build pruned it
    except (OSError, ValueError):
        shutil.rmtree(bundle, ignore_errors=True)  # the caller makes a fresh index
        return None
    log.debug("  pages unchanged since a previous index: Pagefind bundle reused")
    return counts


def _keep(bundle: Path, counts: dict[str, int], cache_dir: Path, key: str, log: BuildLog) -> None:
    """Store a bundle in the cache under ``key`` (the digest of the pages it indexes)."""
    store = cache_dir / "pagefind"
    cached = store / key
    try:
        store.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(dir=store, prefix=".tmp-"))
        shutil.copytree(bundle, tmp / BUNDLE_DIR)
        kept = {**counts, _FILES: _file_count(tmp / BUNDLE_DIR)}
        (tmp / "counts.json").write_text(json.dumps(kept), encoding="utf-8")
        if cached.exists():
            shutil.rmtree(tmp)
        else:
            os.replace(tmp, cached)
        _prune(store, keep=KEEP_BUNDLES)
    except OSError as exc:
        log.warn(f"{store}: cannot keep the search index in the cache ({exc}); the build goes on")


KEEP_BUNDLES = 3
"""Search bundles kept in the cache (the most recently used)."""
_FILES = "files"  # the bundle's number of files, kept beside its counts


def _file_count(folder: Path) -> int:
    return sum(1 for p in folder.rglob("*") if p.is_file())


def _pages_digest(site_dir: Path) -> str:
    """A digest of every HTML page of the site (what Pagefind reads) and its version."""
    h = hashlib.sha256()
    try:
        h.update(importlib.metadata.version("pagefind-bin").encode())
    except importlib.metadata.PackageNotFoundError:
        h.update(b"?")
    pages = sorted(
        p
        for p in site_dir.rglob("*.html")
        if not p.relative_to(site_dir).parts[0].lstrip(".").startswith(BUNDLE_DIR)
    )
    for page in pages:
        h.update(b"\0" + page.relative_to(site_dir).as_posix().encode() + b"\0")
        h.update(page.read_bytes())
    return h.hexdigest()[:32]


def _prune(store: Path, keep: int) -> None:
    """Remove all but the ``keep`` most recently used bundles, and stale temp folders."""
    entries = sorted(
        (p for p in store.iterdir() if p.is_dir()), key=lambda p: p.stat().st_mtime, reverse=True
    )
    kept = 0
    for entry in entries:
        if entry.name.startswith(".tmp-"):
            if entry.stat().st_mtime < time.time() - 3600:  # left by a killed build
                shutil.rmtree(entry, ignore_errors=True)
        elif kept < keep:
            kept += 1
        else:
            # renamed first, so a build sharing the cache never reads it half removed
            doomed = store / f".tmp-pruned-{entry.name}-{os.getpid()}"
            with contextlib.suppress(OSError):
                os.replace(entry, doomed)
                shutil.rmtree(doomed, ignore_errors=True)


def _run_pagefind(site_dir: Path, log: BuildLog, subdir: str = BUNDLE_DIR) -> dict[str, int]:
    """Run the Pagefind binary over ``site_dir`` (bundle in ``subdir``); return its counts."""
    command = pagefind_command(site_dir)
    if subdir != BUNDLE_DIR:
        command += ["--output-subdir", subdir]
    try:
        proc = subprocess.run(command, capture_output=True, text=True, check=False)
    except OSError as exc:
        raise IndexingError(f"could not start Pagefind ({exc}); run: pip install pagefind-bin")
    output = (proc.stdout or "") + (proc.stderr or "")
    if proc.returncode != 0:
        lines = [line for line in output.strip().splitlines() if line.strip()][-4:]
        hint = (
            "install it with: pip install pagefind-bin"
            if "No module named" in output
            else "build with --no-search to skip the search index"
        )
        raise IndexingError(
            "Pagefind could not index the site; the previous site was kept ("
            + hint
            + "). Pagefind said:\n  "
            + "\n  ".join(lines)
        )
    if not (site_dir / subdir / "pagefind.js").is_file():
        raise IndexingError("Pagefind ran but wrote no pagefind/pagefind.js; see its output")
    counts = {kind: int(n) for n, kind in _COUNTS.findall(output)}
    log.debug(output.strip())
    return counts
