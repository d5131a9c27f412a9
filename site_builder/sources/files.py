"""Find article files safely, and read and decode their bytes.

Input is treated as hostile: only regular files inside the input folder are read
(symlinks leading out of it, FIFOs and devices are ignored), reads are bounded, and
control characters are removed.
"""

from __future__ import annotations

import codecs
import os
import re
import stat
from collections.abc import Callable
from pathlib import Path

from ..errors import ArticleError

Warn = Callable[[str], None]

ARTICLE_SUFFIXES = {".txt", ".md", ".markdown"}
SIDECAR_SUFFIX = ".meta.yml"
METADATA_FILE = "metadata.yml"
OUTPUT_MARKER = ".site-builder"  # written by output.SiteWriter into every built site
DEFAULT_MAX_BYTES = 5_000_000


def find_article_files(input_dir: Path) -> tuple[list[Path], list[str]]:
    """Return article files under ``input_dir`` (sorted) and notes about ignored files."""
    found: list[Path] = []
    ignored: list[str] = []
    seen_dirs: set[tuple[int, int]] = set()
    real_root = input_dir.resolve()
    for root, dirs, files in os.walk(input_dir, followlinks=True):
        root_path = Path(root)
        rel_root = relative_path(root_path, input_dir)
        try:
            st = root_path.stat()
        except OSError:
            dirs[:] = []
            continue
        key = (st.st_dev, st.st_ino)
        if key in seen_dirs:  # a symlink loop or a second link to the same folder
            ignored.append(f"{rel_root}: folder seen already (symlink loop?); ignored")
            dirs[:] = []
            continue
        seen_dirs.add(key)
        if root_path != input_dir and not _inside(root_path, real_root):
            ignored.append(
                f"{rel_root}: a link to a folder outside the input folder; ignored "
                "(copy the articles into the input folder instead)"
            )
            dirs[:] = []
            continue
        if root_path != input_dir and (root_path / OUTPUT_MARKER).exists():
            ignored.append(f"{rel_root}: a site built by site_builder, not articles; ignored")
            dirs[:] = []
            continue
        dirs[:] = sorted(d for d in dirs if not d.startswith((".", "_")))
        for name in sorted(files):
            path = root_path / name
            if _is_hidden_or_temp(name):
                continue
            if name.endswith(SIDECAR_SUFFIX) or name in (METADATA_FILE, "entities.yml"):
                continue
            rel = relative_path(path, input_dir)
            if path.suffix.lower() not in ARTICLE_SUFFIXES:
                ignored.append(f"{rel}: not an article (.txt or .md), ignored")
                continue
            problem = _file_problem(path, real_root)
            if problem:
                ignored.append(f"{rel}: {problem}; ignored")
            else:
                found.append(path)
    return found, ignored


def _inside(path: Path, real_root: Path) -> bool:
    """Return whether ``path`` (symlinks followed) lies inside ``real_root``."""
    try:
        return path.resolve().is_relative_to(real_root)
    except (OSError, RuntimeError):  # RuntimeError: a symlink loop on older Pythons
        return False


def _file_problem(path: Path, real_root: Path) -> str | None:
    """Return why ``path`` must not be read (not a regular file, links outside), or None."""
    try:
        st = path.stat()
    except OSError as exc:
        if path.is_symlink():
            return "a broken or looping symbolic link"
        return f"cannot be read ({exc.strerror or exc})"
    if not stat.S_ISREG(st.st_mode):
        return "not a regular file (a device, pipe or socket)"
    if path.is_symlink() and not _inside(path, real_root):
        return "a link to a file outside the input folder (copy the file in instead)"
    return None


def _is_hidden_or_temp(name: str) -> bool:
    return (
        name.startswith((".", "~", "#"))
        or name.endswith(("~", ".swp", ".swo", ".swx", ".tmp", ".bak", ".part", ".crdownload"))
        or name.startswith(".#")
    )


def relative_path(path: Path, base: Path) -> str:
    try:
        return path.relative_to(base).as_posix()
    except ValueError:
        return path.as_posix()


def read_limited(path: Path, max_bytes: int, rel: str) -> bytes:
    """Read at most ``max_bytes`` of a regular file; refuse bigger files with a message."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    with os.fdopen(fd, "rb") as fh:
        if not stat.S_ISREG(os.fstat(fh.fileno()).st_mode):
            raise ArticleError(rel, "is not a regular file; remove it from the input folder")
        data = fh.read(max_bytes + 1)
    if len(data) > max_bytes:
        size = max(path.stat().st_size, len(data))
        raise ArticleError(
            rel,
            f"is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:g} MB limit for one article; "
            "split it into several files, or raise max_article_bytes in site.toml",
        )
    return data


def decode_bytes(data: bytes, rel: str, warn: Warn) -> str:
    """Decode file bytes as UTF-8 (BOM aware), UTF-16 (with or without BOM), or Windows-1252."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise ArticleError(rel, "starts like UTF-16 but does not decode; save it as UTF-8")
    bare = _bare_utf16(data)
    if bare:
        try:
            text = data.decode(bare)
        except UnicodeDecodeError:
            pass
        else:
            warn(f"{rel}: read as {bare.upper()} without a byte-order mark; save it as UTF-8")
            return text
    if _looks_binary(data):
        raise ArticleError(
            rel, "is not a text file (binary data); remove it or save the article as UTF-8 text"
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        warn(f"{rel}: not valid UTF-8, read as Windows-1252; save it as UTF-8 to be sure")
        return data.decode("cp1252", errors="replace")


def _bare_utf16(data: bytes) -> str | None:
    """Return ``utf-16-le``/``-be`` if the bytes look like UTF-16 text without a BOM."""
    head = data[:4096]
    if len(head) < 4 or len(head) % 2 or b"\x00" not in head:
        return None
    even, odd = head[0::2], head[1::2]
    if odd.count(0) > 0.8 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.8 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def _looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if b"\x00" in head:
        return True
    if head.startswith((b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"%PDF", b"PK\x03\x04")):
        return True
    control = len(head) - len(head.translate(None, _BINARY_CONTROLS))  # counted in C
    return control >= 4 and control > 0.05 * len(head)  # a few strays are still text


# C0 controls that text files do not contain (tab, newlines, form feed and ESC they may)
_BINARY_CONTROLS = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))


# C0 controls except tab and newline, DEL, C1 controls, lone surrogates, non-characters:
# invalid in XML (feed, sitemap) and meaningless in HTML.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def clean_control_chars(text: str, rel: str, warn: Warn) -> str:
    """Remove control characters (terminal colour codes included), warning once per file."""
    if not _CONTROL.search(text):
        return text
    text = _CONTROL.sub(" ", _ANSI.sub("", text))
    warn(f"{rel}: control characters removed; check the file's encoding or save it again")
    return text
