"""The atomic site writer: safe paths, swap on success, nothing lost on failure or kill."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from conftest import ROOT

from site_builder.output import (
    MARKER,
    OutputError,
    Page,
    SiteWriter,
    check_output_dir,
    cleanup_stale,
    lock_dir,
    safe_join,
    unlock,
)

DEAD_PID = 99_999_999  # above any Linux pid_max


def files(root: Path) -> dict[str, bytes]:
    """Return every file under ``root`` with its content."""
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def siblings(out: Path) -> list[str]:
    """Return the names next to the output folder, except the output itself."""
    return sorted(p.name for p in out.parent.iterdir() if p.name != out.name)


def settled_siblings(out: Path, timeout: float = 20.0) -> list[str]:
    """:func:`siblings` once the replaced sites removed in the background are gone (or
    the timeout has passed)."""
    deadline = time.monotonic() + timeout
    while any(".del-" in n for n in siblings(out)) and time.monotonic() < deadline:
        time.sleep(0.05)
    return siblings(out)


@pytest.mark.parametrize(
    "bad",
    ["../x", "/etc/passwd", "a/../../b", "", ".", "..", "a/..", "./../x", "\\\\x/../../y"],
)
def test_safe_join_refuses_paths_outside(tmp_path: Path, bad: str) -> None:
    with pytest.raises(OutputError):
        safe_join(tmp_path, bad)


def test_safe_join_accepts_nested(tmp_path: Path) -> None:
    assert safe_join(tmp_path, "articles/a-b/index.html") == tmp_path / "articles/a-b/index.html"


def test_writer_swaps_on_success(tmp_path: Path) -> None:
    out = tmp_path / "site"
    with SiteWriter(out) as w:
        w.write("index.html", b"one")
        w.commit()
    with SiteWriter(out) as w:
        w.write("index.html", b"two")
        w.write("articles/a/index.html", b"a")
        assert files(out) == {"index.html": b"one", MARKER: files(out)[MARKER]}
        w.commit()
    assert files(out)["index.html"] == b"two" and (out / MARKER).is_file()
    assert settled_siblings(out) == []  # the replaced site is removed in the background


def test_failure_keeps_the_previous_site(tmp_path: Path) -> None:
    out = tmp_path / "site"
    with SiteWriter(out) as w:
        w.write("index.html", b"old")
        w.commit()
    before = files(out)
    with pytest.raises(RuntimeError), SiteWriter(out) as w:
        w.write("index.html", b"new")
        raise RuntimeError("template broke")
    assert files(out) == before and siblings(out) == []
    with pytest.raises(KeyboardInterrupt), SiteWriter(out) as w:
        w.write("index.html", b"new")
        raise KeyboardInterrupt
    assert files(out) == before and siblings(out) == []


def test_writing_outside_is_refused(tmp_path: Path) -> None:
    out = tmp_path / "site"
    with pytest.raises(OutputError), SiteWriter(out) as w:
        w.write("../../outside/index.html", b"x")
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_stale_temp_of_a_dead_build_is_removed(tmp_path: Path) -> None:
    out = tmp_path / "site"
    stale = tmp_path / f".site.tmp-{DEAD_PID}"
    (stale / "articles").mkdir(parents=True)
    other = tmp_path / f".other.tmp-{DEAD_PID}"  # another site's temp: not ours to touch
    other.mkdir()
    cleanup_stale(out)
    assert not stale.exists() and other.exists()


def test_temp_held_by_a_running_build_is_kept(tmp_path: Path) -> None:
    out = tmp_path / "site"
    busy = tmp_path / f".site.tmp-{DEAD_PID}"  # even when its pid looks dead (reused)
    busy.mkdir()
    fd = lock_dir(busy)
    try:
        assert fd is not None and lock_dir(busy) is None
        cleanup_stale(out)
        assert busy.exists()
    finally:
        unlock(fd)
    cleanup_stale(out)
    assert not busy.exists()


def test_unlocked_temp_with_a_reused_live_pid_is_removed(tmp_path: Path) -> None:
    out = tmp_path / "site"
    stale = tmp_path / f".site.tmp-{os.getppid()}"  # a live process, but no build holds it
    stale.mkdir()
    old = time.time() - 3600
    os.utime(stale, (old, old))
    cleanup_stale(out)
    assert not stale.exists()


def test_replaced_site_is_removed_by_a_process_that_holds_its_lock(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import site_builder.output as output

    slow = "import shutil, sys, time; time.sleep(1.5); shutil.rmtree(sys.argv[1])"
    monkeypatch.setattr(output, "_REMOVE", slow)  # the real remover, slowed down
    out = tmp_path / "site"
    with SiteWriter(out) as w:
        w.write("articles/a/index.html", b"old")
        w.commit()
    with SiteWriter(out) as w:
        w.write("index.html", b"new")
        w.commit()  # returns at once, the old site still on disk
    [discarded] = [p for p in tmp_path.iterdir() if ".del-" in p.name]
    assert (discarded / "articles" / "a" / "index.html").read_bytes() == b"old"
    assert output.lock_dir(discarded) is None  # locked by the remover
    cleanup_stale(out)  # what the next build does: it leaves the folder alone
    assert discarded.is_dir()
    assert settled_siblings(out) == []
    assert files(out) == {"index.html": b"new", MARKER: files(out)[MARKER]}


def test_interrupted_background_removal_is_finished_by_the_next_build(tmp_path: Path) -> None:
    out = tmp_path / "site"
    left = tmp_path / f".site.del-{DEAD_PID}-3"  # its remover was killed
    (left / "articles").mkdir(parents=True)
    (left / "articles" / "index.html").write_bytes(b"half removed")
    with SiteWriter(out) as w:
        w.write("index.html", b"new")
        w.commit()
    assert not left.exists()
    assert settled_siblings(out) == []


def test_interrupted_swap_is_restored(tmp_path: Path) -> None:
    out = tmp_path / "site"
    old = tmp_path / f".site.old-{DEAD_PID}"  # killed between the two renames
    old.mkdir()
    (old / "index.html").write_bytes(b"previous")
    cleanup_stale(out)
    assert (out / "index.html").read_bytes() == b"previous" and not old.exists()


def test_writer_in_another_process_is_not_disturbed(tmp_path: Path) -> None:
    out = tmp_path / "site"
    code = (
        "import sys, time; from pathlib import Path; from site_builder.output import SiteWriter\n"
        "with SiteWriter(Path(sys.argv[1])) as w:\n"
        "    w.write('index.html', b'x'); print('ready', flush=True); time.sleep(30)\n"
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", code, str(out)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
        temp = tmp_path / f".site.tmp-{proc.pid}"
        os.utime(temp, (time.time() - 3600,) * 2)
        cleanup_stale(out)
        assert temp.is_dir()
        proc.kill()
        proc.wait()
        cleanup_stale(out)
        assert not temp.exists()
    finally:
        proc.kill()
        proc.wait()


def test_check_output_dir(tmp_path: Path) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    with pytest.raises(OutputError, match="must not contain the articles"):
        check_output_dir(articles, articles)
    with pytest.raises(OutputError, match="must not contain the articles"):
        check_output_dir(tmp_path, articles)
    foreign = tmp_path / "home"
    foreign.mkdir()
    (foreign / "thesis.docx").write_bytes(b"precious")
    with pytest.raises(OutputError, match="not made by site_builder"):
        check_output_dir(foreign, articles)
    a_file = tmp_path / "file"
    a_file.write_text("x")
    with pytest.raises(OutputError, match="not a folder"):
        check_output_dir(a_file, articles)
    ours = tmp_path / "site"
    ours.mkdir()
    (ours / MARKER).write_text("x")
    check_output_dir(ours, articles)
    check_output_dir(tmp_path / "new", articles)


def test_copy_tree_skips_hidden_files(tmp_path: Path) -> None:
    static = tmp_path / "static"
    (static / "css").mkdir(parents=True)
    (static / "css" / "a.css").write_text("a")
    (static / ".secret").write_text("s")
    (static / ".git").mkdir()
    (static / ".git" / "config").write_text("c")
    out = tmp_path / "site"
    with SiteWriter(out) as w:
        w.copy_tree(static, "static")
        w.commit()
    assert sorted(files(out)) == [MARKER, "static/css/a.css"]


def _site_with_recycled_tree(tmp_path: Path) -> tuple[Path, Path, int]:
    """Two builds with a recycled tree: the first's folders are then recycled. Returns the
    output, the recycled tree and the inode of the first build's ``articles/a`` folder."""
    out, recycled = tmp_path / "out" / "site", tmp_path / "cache" / "recycled"
    with SiteWriter(out, recycled) as w:
        w.write("articles/a/index.html", b"a1")
        w.write("articles/b/index.html", b"b1")
        w.commit()
    folder = (out / "articles" / "a").stat().st_ino
    with SiteWriter(out, recycled) as w:
        # taken from the site in place: the recycled tree will hold a link to the same file
        w.write("articles/a/index.html", Page("digest", source=out / "articles/a/index.html"))
        w.write("articles/b/index.html", b"b2")
        w.commit()
    assert (recycled / "articles" / "a").stat().st_ino == folder
    return out, recycled, folder


def test_the_replaced_site_is_the_next_builds_folders(tmp_path: Path) -> None:
    out, recycled, folder = _site_with_recycled_tree(tmp_path)
    assert siblings(out) == []  # kept as the recycled tree, not removed
    site = files(out)
    with SiteWriter(out, recycled) as w:
        assert not recycled.exists()  # taken: emptied of its files, folders kept
        assert [p for p in w.tmp.rglob("*") if p.is_file()] == [w.tmp / MARKER]
        w.write("articles/a/index.html", b"a3")
        w.write("articles/c/index.html", b"c3")
        assert files(out) == site  # the site in place is untouched until the swap
        w.commit()
    assert files(out) == {
        "articles/a/index.html": b"a3",
        "articles/c/index.html": b"c3",
        MARKER: site[MARKER],
    }
    assert (out / "articles" / "a").stat().st_ino == folder  # the same folder, reused
    assert not (out / "articles" / "b").exists()  # a page gone leaves no empty folder
    assert files(recycled)["articles/a/index.html"] == b"a1"  # the second build's site
    assert siblings(out) == []


def test_a_failed_build_on_the_spare_keeps_the_site_in_place(tmp_path: Path) -> None:
    out, recycled, _ = _site_with_recycled_tree(tmp_path)
    site = files(out)
    with pytest.raises(RuntimeError), SiteWriter(out, recycled) as w:
        # the recycled tree's copy of a/index.html is a hard link to the page in place: it is
        # unlinked before anything is written, never written through
        w.write("articles/a/index.html", b"changed")
        raise RuntimeError("template broke")
    assert files(out) == site and siblings(out) == []
    assert not recycled.exists()  # the next build makes its folders anew
    with SiteWriter(out, recycled) as w:
        w.write("index.html", b"x")
        w.commit()
    assert sorted(files(out)) == [MARKER, "index.html"] and recycled.is_dir()


def test_a_spare_held_by_another_build_is_left_to_it(tmp_path: Path) -> None:
    out, recycled, _ = _site_with_recycled_tree(tmp_path)
    fd = lock_dir(recycled)  # another build is taking it
    try:
        with SiteWriter(out, recycled) as w:
            w.write("index.html", b"x")
            w.commit()
    finally:
        unlock(fd)
    assert files(out) == {"index.html": b"x", MARKER: files(out)[MARKER]}
    assert files(recycled)["articles/b/index.html"] == b"b1"  # not touched
    assert settled_siblings(out) == []  # the replaced site: removed, as without a recycled tree


def test_a_spare_on_another_file_system_is_not_kept(tmp_path: Path) -> None:
    shm = Path("/dev/shm")
    if not shm.is_dir() or shm.stat().st_dev == tmp_path.stat().st_dev:
        pytest.skip("needs /dev/shm on a file system of its own")
    out = tmp_path / "out" / "site"
    recycled = Path(tempfile.mkdtemp(dir=shm)) / "recycled"
    try:
        for content in (b"1", b"2"):
            with SiteWriter(out, recycled) as w:
                w.write("index.html", content)
                w.commit()
        assert files(out)["index.html"] == b"2"
        assert not recycled.exists()  # a rename across file systems fails: removed instead
        assert settled_siblings(out) == []
    finally:
        shutil.rmtree(recycled.parent, ignore_errors=True)
