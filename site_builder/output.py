"""Write the site atomically: build in a temporary folder beside the output, then swap.

A failed or killed build never touches the previous site: everything is written to
``.<name>.tmp-<pid>`` next to the output folder and only renamed into place at the end.
The building process holds an ``flock`` on its temporary folder, so the next build can
tell a folder left by a killed build (lock free: removed) from one still being written
(lock held: left alone), even when the dead build's process id has been reused.

With a cache, the replaced site is kept there, and the next build reuses its folders
(emptied of their files) instead of making new ones: most of what a rebuild writes is
hard links to unchanged pages, and making thousands of folders cost more than that
(docs/performance.md). Without a cache, the replaced site is renamed
``.<name>.del-<pid>-<n>`` and removed by a separate small process, so the build does not
wait for thousands of files to be unlinked; a folder whose removal was interrupted is
removed by the next build like any other stale one.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import re
import shutil
import stat
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import BinaryIO

from .errors import SiteBuilderError

try:
    import fcntl
except ImportError:  # pragma: no cover - not POSIX
    fcntl = None  # type: ignore[assignment]

MARKER = ".site-builder"
_TMP_RE = re.compile(r"^\.(?P<name>.+)\.(?:tmp|old|del)-(?P<pid>\d+)(?:-\d+)?$")
_DISCARDED = itertools.count()
_REMOVERS: list[subprocess.Popen[bytes]] = []  # started by remove_in_background, reaped later
_REMOVE = "import shutil, sys; shutil.rmtree(sys.argv[1], ignore_errors=True)"


def remove_in_background(path: Path) -> None:
    """Remove the folder ``path`` without waiting: it is renamed to a ``.del-`` name and
    removed by a new process that inherits a lock on it (so no other build takes it for
    a folder to restore or remove meanwhile). Where that cannot be done, it is removed
    here."""
    trash = path.with_name(f".{_owner_name(path)}.del-{os.getpid()}-{next(_DISCARDED)}")
    try:
        path.rename(trash)
    except OSError:
        shutil.rmtree(path, ignore_errors=True)
        return
    _REMOVERS[:] = [p for p in _REMOVERS if p.poll() is None]
    fd = lock_dir(trash) if os.name == "posix" else None
    try:
        _REMOVERS.append(
            subprocess.Popen(
                [sys.executable, "-I", "-S", "-c", _REMOVE, str(trash)],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                pass_fds=(fd,) if fd is not None else (),
                start_new_session=True,
            )
        )
    except OSError:
        shutil.rmtree(trash, ignore_errors=True)
    finally:
        unlock(fd)


def _owner_name(path: Path) -> str:
    """The output folder's name a temporary folder's name is made from."""
    m = _TMP_RE.match(path.name)
    return m.group("name") if m else path.name


Content = bytes | Iterable[bytes]  # a file's bytes, whole or in pieces


class OutputError(SiteBuilderError):
    """The output folder cannot be written."""


@dataclass(frozen=True, slots=True)
class Page:
    """One rendered page: its bytes, or the previous build's file with the same inputs.

    ``digest`` fingerprints everything the page was made from (template name and the
    values given to it); it is None when a value could not be fingerprinted. ``source``
    is set instead of ``data`` when the previous build wrote a page from the same inputs:
    the writer takes that file (a hard link) instead of rendering it again.
    """

    digest: str | None
    data: bytes | None = None
    source: Path | None = None

    def read(self) -> bytes:
        """Return the page's bytes (read from ``source`` when it was reused)."""
        if self.data is not None:
            return self.data
        assert self.source is not None
        return self.source.read_bytes()


class PageIndex:
    """The pages of the previous build by the digest of their inputs.

    ``pages`` maps a digest to ``(relative path, size, mtime_ns)`` in ``root`` (the site
    in place). A page is taken from there only while that file still has the size and
    time recorded, so a site edited by hand is rendered again.
    """

    def __init__(self, root: Path, pages: dict[str, tuple[str, int, int]]) -> None:
        self.root = root
        self.pages = pages

    def find(self, digest: str) -> Path | None:
        """Return the previous build's file made from ``digest``, if it is intact."""
        entry = self.pages.get(digest)
        if entry is None:
            return None
        relative, size, mtime = entry
        if not _plain_relative(relative):
            return None
        path = os.path.join(self.root, relative)  # a string: no path object per page
        try:
            st = os.lstat(path)
        except OSError:
            return None
        if not stat.S_ISREG(st.st_mode) or (st.st_size, st.st_mtime_ns) != (size, mtime):
            return None
        return Path(path)


def _plain_relative(relative: str) -> bool:
    """Whether ``relative`` is a plain relative path ("a/b/c.html": no empty, "." or ".."
    part, no backslash), which stays inside any folder it is joined to."""
    return all(p and p not in (".", "..") and "\\" not in p for p in relative.split("/"))


def safe_join(root: Path, relative: str) -> Path:
    """Return ``root / relative``, refusing anything that would land outside ``root``."""
    if _plain_relative(relative):
        return root.joinpath(*relative.split("/"))  # without parsing a path object
    rel = PurePosixPath(relative)
    if not rel.parts or rel.is_absolute() or any(part in ("..", "") for part in rel.parts):
        raise OutputError(f"refusing to write outside the site: {relative!r}")
    return root.joinpath(*rel.parts)


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def lock_dir(path: Path) -> int | None:
    """Take an exclusive lock on a folder; return the descriptor, or None if it is held."""
    if fcntl is None:
        return None  # type: ignore[unreachable]  # (on systems without fcntl)
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(fd)
        return None
    return fd


def unlock(fd: int | None) -> None:
    """Release a lock taken by :func:`lock_dir`."""
    if fd is not None:
        with contextlib.suppress(OSError):
            os.close(fd)


def _in_use(entry: Path, pid: int) -> bool:
    """Return whether a temporary folder belongs to a build that is still running."""
    if fcntl is None:
        return _pid_alive(pid)  # type: ignore[unreachable]  # (on systems without fcntl)
    try:
        fd = lock_dir(entry)
    except OSError:
        return _pid_alive(pid)
    if fd is None:
        return True  # a live build holds the lock
    unlock(fd)
    # Lock free: the owner is gone, unless it has just created the folder and not yet
    # locked it (a window of microseconds); a recent folder of a live process is spared.
    try:
        recent = time.time() - entry.stat().st_mtime < 5
    except OSError:
        return True
    return recent and _pid_alive(pid)


def cleanup_stale(output: Path) -> None:
    """Remove temporary folders left by killed builds; restore an interrupted swap."""
    parent = output.parent
    if not parent.is_dir():
        return
    for entry in sorted(parent.iterdir()):
        m = _TMP_RE.match(entry.name)
        if not m or m.group("name") != output.name or not entry.is_dir() or entry.is_symlink():
            continue
        if _in_use(entry, int(m.group("pid"))):
            continue
        if ".old-" in entry.name and not output.exists():
            entry.rename(output)  # killed between the two renames of a swap
        else:
            shutil.rmtree(entry, ignore_errors=True)


def check_output_dir(output: Path, input_dir: Path) -> None:
    """Refuse output folders that would destroy something that is not our site."""
    out, inp = output.resolve(), input_dir.resolve()
    if out == inp or inp.is_relative_to(out) or out == Path(out.anchor):
        raise OutputError(
            f"{output}: the output folder must not contain the articles; choose another --output"
        )
    if out.exists() and not out.is_dir():
        raise OutputError(f"{output}: exists and is not a folder; choose another --output")
    if out.is_dir() and any(out.iterdir()) and not (out / MARKER).exists():
        raise OutputError(
            f"{output}: exists, is not empty and was not made by site_builder; "
            "refusing to replace it. Choose another --output or empty the folder"
        )


def link_tree(source: Path, target: Path) -> None:
    """Put a folder of the site in place into a new site as it is (hard links, copies
    where linking fails)."""
    try:
        # (its folders may be there, empty: see SiteWriter._take_recycled)
        shutil.copytree(source, target, copy_function=_link_or_copy, dirs_exist_ok=True)
    except (OSError, shutil.Error) as exc:
        raise OutputError(
            f"{source}: cannot be carried into the new site ({exc}); the previous site was kept"
        ) from None


def _empty_tree(root: str) -> list[str]:
    """Unlink every file (and symbolic link) under ``root``; return its folders, each
    before the folders inside it."""
    folders = [root]
    for folder in folders:  # grows as it goes: breadth first
        with os.scandir(folder) as entries:
            for entry in entries:
                if entry.is_dir(follow_symlinks=False):
                    folders.append(entry.path)
                else:
                    os.unlink(entry.path)
    return folders


def _link_or_copy(src: str | Path, dst: str | Path) -> None:
    try:
        os.link(src, dst)
    except OSError:
        shutil.copy2(src, dst)


class SiteWriter:
    """Collect a site in a temporary folder and swap it into place on success."""

    def __init__(self, output: Path, recycled: Path | None = None) -> None:
        self.output = output
        self.tmp = output.parent / f".{output.name}.tmp-{os.getpid()}"
        # where the replaced site is kept as the next build's folder tree (see _take_recycled)
        self.recycled = recycled
        self._reused_folders: list[str] = []  # folders taken from the recycled tree
        self.count = 0
        self.written: list[str] = []
        self.digests: dict[str, str] = {}  # relative path -> digest of the page's inputs
        self.taken = 0  # pages taken from the previous build (same inputs)
        self._manifest: dict[str, list[int]] | None = None
        self._dirs: set[Path] = set()
        self._lock: int | None = None

    def __enter__(self) -> SiteWriter:
        self.output.parent.mkdir(parents=True, exist_ok=True)
        cleanup_stale(self.output)
        if self.tmp.exists():
            shutil.rmtree(self.tmp)
        self._lock = self._take_recycled()
        if self._lock is None:
            self.tmp.mkdir()
            self._lock = lock_dir(self.tmp)
        (self.tmp / MARKER).write_text("generated by site_builder; safe to delete\n")
        return self

    def _take_recycled(self) -> int | None:
        """Take the folder tree of the site the last build replaced (kept at
        ``recycled`` by :meth:`commit`) as the new site's, emptied of its files; return the
        lock held on it, or None (nothing kept: the caller makes an empty folder).

        Its files are unlinked, never written to (most are hard links to the pages in
        place), so the site in place is never touched.
        """
        recycled = self.recycled
        if recycled is None or fcntl is None or recycled.is_symlink():
            return None
        try:
            fd = lock_dir(recycled)  # held across the rename: it is the same folder
        except OSError:
            return None  # none kept (the usual case for a first build)
        if fd is None:
            return None  # another build is taking it
        try:
            os.rename(recycled, self.tmp)
        except OSError:
            unlock(fd)
            return None
        try:
            self._reused_folders = _empty_tree(str(self.tmp))
        except OSError:
            shutil.rmtree(self.tmp, ignore_errors=True)
            unlock(fd)
            self._reused_folders = []
            return None
        self._dirs.update(map(Path, self._reused_folders))
        return fd

    def _keep_recycled(self, old: Path) -> bool:
        """Keep the replaced site ``old`` for the next build's folders; False when there
        is nowhere to keep it, one is there already, or it is on another file system."""
        if self.recycled is None:
            return False
        try:
            self.recycled.parent.mkdir(parents=True, exist_ok=True)
            os.rename(old, self.recycled)
        except OSError:
            return False
        return True

    def __exit__(self, exc_type: type[BaseException] | None, *rest: object) -> None:
        if exc_type is not None:
            shutil.rmtree(self.tmp, ignore_errors=True)
        unlock(self._lock)
        self._lock = None

    def write(self, relative: str, content: Content | Page) -> None:
        """Write one file of the new site (``content`` may come in pieces, or be a page
        of the previous build with the same inputs, which is hard-linked)."""
        path = safe_join(self.tmp, relative)
        try:
            parent = path.parent
            if parent not in self._dirs:
                parent.mkdir(parents=True, exist_ok=True)
                self._dirs.add(parent)
            if isinstance(content, Page):
                if content.digest is not None:
                    self.digests[relative] = content.digest
                if content.source is not None:
                    _link_or_copy(content.source, path)
                    self.taken += 1
                else:
                    path.write_bytes(content.read())
            elif isinstance(content, bytes):
                path.write_bytes(content)
            else:
                with path.open("wb") as fh:
                    for piece in content:
                        fh.write(piece)
        except OSError as exc:
            raise OutputError(
                f"{path}: cannot be written ({exc.strerror or exc}); check free space and "
                "permissions. The previous site was kept"
            ) from None
        self.count += 1
        self.written.append(relative)

    def reuse(self, files: dict[str, list[int]]) -> bool:
        """Take the previous site's files unchanged (hard links, copies where linking fails).

        ``files`` maps each relative path of the previous build to ``[size, mtime_ns]``;
        nothing is taken unless every file is still there with that size and time (a site
        edited by hand is rebuilt). Returns whether the files were taken; on False the
        temporary folder holds only what it held before.
        """
        if not files or not self.output.is_dir() or not (self.output / MARKER).is_file():
            return False
        sources: list[tuple[str, Path]] = []
        for relative, (size, mtime) in sorted(files.items()):
            try:
                src = safe_join(self.output, relative)
                st = src.lstat()
            except (OSError, OutputError):
                return False
            if (
                not src.is_file()
                or src.is_symlink()
                or (st.st_size, st.st_mtime_ns)
                != (
                    size,
                    mtime,
                )
            ):
                return False
            sources.append((relative, src))
        done: list[Path] = []
        try:
            for relative, src in sources:
                dst = safe_join(self.tmp, relative)
                if dst.parent not in self._dirs:
                    dst.parent.mkdir(parents=True, exist_ok=True)
                    self._dirs.add(dst.parent)
                _link_or_copy(src, dst)
                done.append(dst)
        except OSError:
            for dst in done:
                with contextlib.suppress(OSError):
                    dst.unlink()
            return False
        self.count += len(sources)
        self.written.extend(relative for relative, _ in sources)
        return True

    def mark(self) -> tuple[int, int]:
        """Return a mark of how much is written, for :meth:`record_since`."""
        return len(self.written), self.taken

    def record_since(self, mark: tuple[int, int]) -> tuple[list[str], dict[str, str], int]:
        """What this writer wrote since ``mark``: paths, page digests, pages taken."""
        written = self.written[mark[0] :]
        digests = {r: self.digests[r] for r in written if r in self.digests}
        return written, digests, self.taken - mark[1]

    def merge_record(self, record: tuple[list[str], dict[str, str], int]) -> None:
        """Count what another process wrote into the same folder (see :meth:`record_since`)."""
        written, digests, taken = record
        self.written.extend(written)
        self.digests.update(digests)
        self.count += len(written)
        self.taken += taken

    def manifest(self) -> dict[str, list[int]]:
        """Return ``{relative path: [size, mtime_ns]}`` of the files written (after commit)."""
        out: dict[str, list[int]] = {}
        root = str(self.output)
        for relative in self.written:
            if _plain_relative(relative):
                st = os.stat(os.path.join(root, relative))  # no path object per file
            else:
                st = safe_join(self.output, relative).stat()
            out[relative] = [st.st_size, st.st_mtime_ns]
        self._manifest = out
        return out

    def page_index(self) -> dict[str, tuple[str, int, int]]:
        """Return ``{digest: (relative path, size, mtime_ns)}`` of the pages written whose
        inputs were fingerprinted (after commit): what the next build may take."""
        files = self._manifest if self._manifest is not None else self.manifest()
        out: dict[str, tuple[str, int, int]] = {}
        for relative, digest in sorted(self.digests.items()):
            size, mtime = files[relative]
            out.setdefault(digest, (relative, size, mtime))
        return out

    def copy_tree(self, source: Path, target: str) -> None:
        """Copy a folder of static files (skipping hidden files) into the new site."""
        if not source.is_dir():
            return
        for path in sorted(source.rglob("*")):
            rel = path.relative_to(source)
            if any(part.startswith(".") for part in rel.parts) or not path.is_file():
                continue
            self.write(str(PurePosixPath(target, *rel.parts)), path.read_bytes())

    def commit(self) -> None:
        """Swap the new site into place; the old one is kept for its folders (or removed)."""
        # folders of a reused tree that received nothing (pages gone since), deepest first
        for folder in reversed(self._reused_folders):
            with contextlib.suppress(OSError):  # not empty: in use
                os.rmdir(folder)
        old = self.output.parent / f".{self.output.name}.old-{os.getpid()}"
        old_lock = None
        if self.output.exists():
            old_lock = lock_dir(self.output)  # so no other build "restores" it meanwhile
            self.output.rename(old)
        try:
            self.tmp.rename(self.output)
        except OSError as exc:
            if old.exists() and not self.output.exists():
                old.rename(self.output)
            raise OutputError(
                f"{self.output}: could not move the new site into place ({exc.strerror or exc}); "
                "the previous site was kept"
            ) from None
        finally:
            unlock(old_lock)
        if old.exists() and not self._keep_recycled(old):
            remove_in_background(old)


def write_atomic(path: Path, data: bytes | Callable[[BinaryIO], object]) -> None:
    """Write ``data`` to ``path`` through a temporary file, so readers never see half.

    ``data`` is bytes, or a function that writes to the open file (e.g. a pickler that
    streams a large object without first making its bytes in memory).
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    try:
        with os.fdopen(fd, "wb") as fh:
            if isinstance(data, bytes):
                fh.write(data)
            else:
                data(fh)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
