"""``serve``: a real server in a subprocess; edit, break, fix, stop."""

from __future__ import annotations

import re
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import ROOT, build_site, require_model

pytestmark = pytest.mark.slow


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as r:
            return r.read().decode("utf-8")
    except (urllib.error.URLError, OSError):
        return None


def _wait(check: Callable[[], bool], timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(0.2)
    return False


def test_serve_edit_break_fix_stop(seeds_copy: Path, tmp_path: Path, shared_cache: Path) -> None:
    """Serving picks up edits, shows a banner on a broken template, recovers, stops cleanly."""
    require_model()
    cfg = tmp_path / "cfg"
    (cfg / "templates").mkdir(parents=True)
    (cfg / "site.toml").write_text('title = "Serve test"\n')
    builtin = (ROOT / "templates" / "article.html").read_text(encoding="utf-8")
    user_tpl = cfg / "templates" / "article.html"
    user_tpl.write_text(builtin, encoding="utf-8")
    out = tmp_path / "out" / "site"
    port = _free_port()
    cmd = [sys.executable, str(ROOT / "build.py"), "serve", "--input", str(seeds_copy)]
    cmd += ["--output", str(out), "--cache-dir", str(shared_cache), "--no-search"]
    cmd += ["--config", str(cfg / "site.toml"), "--port", str(port), "--base-url", "/repo/"]
    proc = subprocess.Popen(cmd, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}/repo/"
    try:
        assert _wait(lambda: _get(base) is not None, 180), "server did not start"
        home = _get(base) or ""
        assert "__livereload.js" in home
        assert "text/javascript" in urllib.request.urlopen(base + "__livereload.js").headers.get(
            "Content-Type", ""
        )
        article = sorted(seeds_copy.glob("*.txt"))[0]
        slug = article.stem.replace("_", "-")
        match = re.search(rf'href="/repo/(articles/[^"]*{slug[:3]}[^"]*)"', home)
        page = base + (match.group(1) if match else f"articles/{slug}/")
        assert _get(page) is not None

        article.write_text(
            article.read_text(encoding="utf-8") + "\n\nZebracornMarker paragraph here.\n",
            encoding="utf-8",
        )
        assert _wait(lambda: "ZebracornMarker" in (_get(page) or ""), 90), "edit not picked up"

        user_tpl.write_text(builtin + "\n{% if %}\n", encoding="utf-8")
        assert _wait(lambda: "sb-build-error" in (_get(page) or ""), 60), "no error banner"
        broken = _get(page) or ""
        assert "ZebracornMarker" in broken  # the last good site is still served

        user_tpl.write_text(builtin, encoding="utf-8")
        assert _wait(lambda: "sb-build-error" not in (_get(page) or "x"), 60), "no recovery"
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            output, _ = proc.communicate(timeout=60)
        except subprocess.TimeoutExpired:
            proc.kill()
            output, _ = proc.communicate()
    text = output.decode("utf-8", "replace")
    assert proc.returncode == 0, text
    assert "Traceback" not in text
    assert _get(base) is None
    assert not list(out.parent.glob(".site.tmp-*"))


def test_normal_build_has_no_reload_script(
    seeds_copy: Path, tmp_path: Path, shared_cache: Path
) -> None:
    """A normal build never references the live-reload script."""
    require_model()
    out = tmp_path / "site"
    assert build_site(seeds_copy, out, "--no-search", cache_dir=shared_cache) == 0
    pages = list(out.rglob("*.html"))
    assert pages
    for page in pages:
        assert "__livereload" not in page.read_text(encoding="utf-8"), page
    assert not list(out.rglob("__livereload*"))
