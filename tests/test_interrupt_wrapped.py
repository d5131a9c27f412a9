"""Ctrl-C stops ``build`` and ``serve`` even when the ``KeyboardInterrupt`` reaches them
wrapped in another error, as Python 3.11 wraps one raised while a class is made (a lazy
import during the build)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

from site_builder.sources import read_articles, reader

# Runs the real command line; only the build is replaced, by one that is interrupted the
# way the interpreter reports it: a RuntimeError whose cause is the KeyboardInterrupt.
SCRIPT = """
import os, signal, sys, time
sys.path.insert(0, {root!r})
import site_builder.errors, site_builder.pipeline, site_builder.serve.rebuild
from site_builder.cli import main

def interrupted_build(*args, **kwargs):
    try:
        os.kill(os.getpid(), signal.SIGINT)
        time.sleep(30)
    except KeyboardInterrupt as exc:
        if os.environ["HOW"] == "wrapped":
            raise RuntimeError("Error calling __set_name__ on 'Field' instance") from exc
    # "lost": a library swallowed it; the build goes on and fails for a reason of its own
    raise site_builder.errors.ArticleError("a.txt", "not UTF-8")

site_builder.pipeline.build = site_builder.serve.rebuild.build = interrupted_build
sys.exit(main(sys.argv[1:]))
"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _run(tmp_path: Path, how: str, *args: str) -> subprocess.CompletedProcess[str]:
    (tmp_path / "articles").mkdir()
    script = tmp_path / "run.py"
    script.write_text(SCRIPT.format(root=str(ROOT)), encoding="utf-8")
    folders = ["--input", str(tmp_path / "articles"), "--output", str(tmp_path / "site")]
    try:
        return subprocess.run(
            [sys.executable, str(script), *args, *folders],
            cwd=tmp_path,
            env={**os.environ, "HOW": how},
            capture_output=True,
            text=True,
            timeout=60,
        )
    except subprocess.TimeoutExpired as exc:
        pytest.fail(f"still running 60 s after Ctrl-C: {exc.stdout!r} {exc.stderr!r}")


def test_build_reports_a_wrapped_interrupt_as_an_interrupt(tmp_path: Path) -> None:
    done = _run(tmp_path, "wrapped", "build")
    assert done.returncode == 130, done.stderr
    assert "interrupted; the previous site was left as it was" in done.stderr
    assert "internal error" not in done.stderr


@pytest.mark.parametrize("how", ["wrapped", "lost"])
def test_serve_stops_on_a_wrapped_or_lost_interrupt(tmp_path: Path, how: str) -> None:
    done = _run(tmp_path, how, "serve", "--port", str(_free_port()), "--no-search")
    text = done.stdout + done.stderr
    assert done.returncode == 0, text
    assert "stopping" in text
    if how == "wrapped":  # else the build ended, with an error, before the server stopped
        assert "stopped before the first build finished" in text
    assert "Traceback" not in text
    assert not (tmp_path / "site").exists(), "the output folder made for the build was left"


def test_a_wrapped_interrupt_while_reading_is_no_skipped_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a.txt").write_text("Kyiv, Ukraine. Text.", encoding="utf-8")

    def interrupted(*args: object) -> None:
        try:
            raise KeyboardInterrupt
        except KeyboardInterrupt as exc:
            raise RuntimeError("Error calling __set_name__") from exc

    monkeypatch.setattr(reader, "_read_cached", interrupted)
    with pytest.raises(KeyboardInterrupt):
        read_articles(tmp_path, lambda note: None)
