"""``serve``: a real server in a subprocess; edit, curate, break, fix, reconfigure, stop.

Every wait is a bounded poll. The NLP cache is the session's shared one, so the seeds are
analysed once for the whole test run.
"""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import ROOT, build_site, require_model

from site_builder.config import make_config
from site_builder.serve.terminal import describe_error
from site_builder.serve.watch import Changes, is_relevant, watch_targets

START_TIMEOUT = 180  # a cold first build loads spaCy; on a busy 2-core CI box that is slow
CHANGE_TIMEOUT = 60


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str) -> str | None:
    """Return the body of a 200 answer, or None."""
    try:
        with urllib.request.urlopen(url, timeout=10) as r:
            return r.read().decode("utf-8")
    except (urllib.error.URLError, OSError):
        return None


def _wait(check: Callable[[], object], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.1)
    raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")


class Server:
    """``build.py serve`` in a subprocess, its output collected by a thread."""

    def __init__(self, args: list[str], cwd: Path) -> None:
        """Start the server."""
        cmd = [sys.executable, str(ROOT / "build.py"), "serve", *args]
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        self.proc = subprocess.Popen(
            cmd,
            cwd=cwd,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            start_new_session=True,  # a process group of its own, as in a terminal
        )
        self.lines: list[str] = []
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()
        self.url = ""

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.append(line)

    @property
    def output(self) -> str:
        """Everything printed so far."""
        return "".join(self.lines)

    def wait_for(self, pattern: str, timeout: float = CHANGE_TIMEOUT) -> re.Match[str]:
        """Wait until the output matches ``pattern``; fail early if the server died."""
        found: list[re.Match[str]] = []

        def check() -> bool:
            m = re.search(pattern, self.output)
            if m:
                found.append(m)
                return True
            assert self.proc.poll() is None or self.reader.is_alive(), self.output
            return False

        _wait(check, timeout, f"{pattern!r} in the output:\n{self.output}")
        return found[0]

    def started(self) -> str:
        """Wait for the URL and the first build; return the URL."""
        self.url = self.wait_for(r"serving (http://\S+)", START_TIMEOUT).group(1)
        self.wait_for(r"built \d+ files|error:", START_TIMEOUT)
        return self.url

    def stop(self, sig: int = signal.SIGINT) -> str:
        """Stop it as a terminal would (Ctrl-C reaches its forked workers too); return
        all output."""
        if self.proc.poll() is None:
            if sig == signal.SIGINT:
                os.killpg(self.proc.pid, sig)
            else:
                self.proc.send_signal(sig)
        try:
            self.proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self.reader.join(10)
        return self.output


def _leftovers(marker: Path) -> list[str]:
    """Processes whose command line mentions ``marker`` (our temp folder)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
        except OSError:
            continue
        if str(marker) in cmdline:
            found.append(f"{entry.name}: {cmdline}")
    return found


def _assert_clean_exit(server: Server, out: Path, marker: Path, sig: int = signal.SIGINT) -> str:
    text = server.stop(sig)
    assert server.proc.returncode == 0, text
    assert "Traceback" not in text, text
    assert "stopping" in text
    assert _get(server.url) is None, "still answering after stop"
    assert not [p.name for p in out.parent.glob(f".{out.name}.*")], "temp folder left"
    if Path("/proc").is_dir():
        assert not _leftovers(marker), _leftovers(marker)
    return text


class Events:
    """The live-reload event stream, read by a thread."""

    def __init__(self, url: str) -> None:
        """Connect."""
        self.events: list[dict] = []
        self.resp = urllib.request.urlopen(url, timeout=120)
        assert self.resp.headers["Content-Type"] == "text/event-stream"
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        try:
            for raw in self.resp:
                line = raw.decode().strip()
                if line.startswith("data: "):
                    self.events.append(json.loads(line[6:]))
        except (OSError, ValueError):
            return

    def latest(self) -> dict:
        """The newest event (waits for the first one)."""
        _wait(lambda: self.events, 10, "the first event")
        return self.events[-1]


def _args(p: dict[str, Path], cache: Path, port: int, *extra: str) -> list[str]:
    return [
        "--input", str(p["articles"]), "--output", str(p["out"]), "--cache-dir", str(cache),
        "--config", str(p["config"]), "--port", str(port), *extra,
    ]  # fmt: skip


def _append(path: Path, text: str) -> None:
    path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")


@pytest.mark.slow
def test_serve_subpath_edit_curate_break_fix_config_stop(
    project: dict[str, Path], shared_cache: Path
) -> None:
    """Under /repo/: edits, curation, a broken template and article, config, Ctrl-C."""
    p = project
    server = Server(_args(p, shared_cache, _free_port(), "--base-url", "/repo/", "--no-search",
                          "--preview", "always"), cwd=p["root"])  # fmt: skip
    try:
        base = server.started()
        assert base.endswith("/repo/")
        home = _get(base)
        assert home is not None, server.output
        assert '<script src="/repo/__livereload.js"' in home
        assert _get(base.replace("/repo/", "/elsewhere")) == home  # redirected to the base
        with urllib.request.urlopen(base + "__livereload.js", timeout=10) as r:
            assert "javascript" in r.headers["Content-Type"]
            assert "EventSource" in r.read().decode()
        events = Events(base + "__livereload")
        first = events.latest()
        assert first["ok"], first

        # An article edit reaches its page (and the event stream announces a build).
        article = sorted(p["articles"].glob("*.txt"))[0]
        slug = article.stem.replace("_", "-")
        page = f"{base}articles/{slug}/"
        assert _get(page) is not None, f"{page} not served"
        _append(article, "\n\nZebracornMarker paragraph here.\n")
        _wait(lambda: "ZebracornMarker" in (_get(page) or ""), CHANGE_TIMEOUT, "the edit")
        _wait(lambda: events.latest()["id"] > first["id"], 10, "a build event")
        assert events.latest()["ok"]
        # shown first as a preview (from memory), then as the rebuild wrote it
        server.wait_for(rf"preview of articles/{slug}/ in [\d.]+ s")
        _wait(lambda: not events.latest()["preview"], CHANGE_TIMEOUT, "the rebuild's event")
        rebuilt = _get(page) or ""
        assert "ZebracornMarker" in rebuilt and "Preview of your edit" not in rebuilt

        # The curation file (beside the articles' folder) changes an entity page.
        slugs = re.findall(r'href="/repo/entities/([^"/]+)/"', _get(base + "entities/") or "")
        assert slugs, "no entity links on the entities page"
        entity = f"{base}entities/{slugs[0]}/"
        p["curation"].write_text(
            f"entities:\n  - name: {slugs[0]}\n    description: CuratedMarker text.\n", "utf-8"
        )
        _wait(lambda: "CuratedMarker" in (_get(entity) or ""), CHANGE_TIMEOUT, "curation")

        # A broken template: error in the terminal, banner in the browser, old page kept.
        good = p["template"].read_text(encoding="utf-8")
        p["template"].write_text(good + "\n{% if %}\n", encoding="utf-8")
        _wait(lambda: "sb-build-error" in (_get(page) or ""), CHANGE_TIMEOUT, "the banner")
        broken = _get(page) or ""
        assert "ZebracornMarker" in broken  # the last good site is still served
        assert "Build failed" in broken and "article.html" in broken
        assert "sb-build-error" in (_get(base) or "")  # on every page
        server.wait_for(r"error: .*article\.html")
        _wait(lambda: not events.latest()["ok"], 10, "a failed-build event")
        p["template"].write_text(good, encoding="utf-8")
        _wait(lambda: "sb-build-error" not in (_get(page) or "sb-build-error"), 60, "recovery")
        assert "ZebracornMarker" in (_get(page) or "")

        # A broken article is skipped: its error is shown, the rest of the site is current.
        bad = p["articles"] / "broken.md"
        bad.write_text("---\ntitle: Nothing here\n---\n", encoding="utf-8")  # no text
        _wait(lambda: "broken.md" in (_get(page) or ""), CHANGE_TIMEOUT, "a skipped-file banner")
        server.wait_for(r"error: broken\.md")
        bad.write_text("---\ntitle: [unclosed\n---\nBody.\n", encoding="utf-8")  # bad YAML
        _wait(lambda: "sb-build-error" not in (_get(page) or "sb-build-error"), 60, "recovery")
        assert "broken.md: front matter is not valid YAML" in (_get(page) or "")  # a warning
        bad.unlink()
        _wait(lambda: "sb-build-error" not in (_get(page) or "sb-build-error"), 60, "recovery")

        # The config file is watched and re-read.
        p["config"].write_text('title = "Retitled Marker"\n', encoding="utf-8")
        _wait(lambda: "Retitled Marker" in (_get(base) or ""), CHANGE_TIMEOUT, "the new title")
        p["config"].write_text("title = [\n", encoding="utf-8")  # invalid TOML
        _wait(lambda: "sb-build-error" in (_get(base) or ""), CHANGE_TIMEOUT, "a config error")
        assert "Retitled Marker" in (_get(base) or "")
        p["config"].write_text('title = "Serve test"\n', encoding="utf-8")
        _wait(lambda: "sb-build-error" not in (_get(base) or "sb-build-error"), 60, "recovery")
    finally:
        text = _assert_clean_exit(server, p["out"], p["root"])
    # Rebuilds are concise: the seeds' warnings are printed by the first build only.
    assert "004_49f0d4c9f33063e6.txt: no date" not in text.split("changed:", 1)[1], text


@pytest.mark.slow
def test_serve_root_port_taken_search_sigterm(project: dict[str, Path], shared_cache: Path) -> None:
    """At the root: a taken port is reported and the next free one used; a new article
    reaches the home page and the Pagefind index; SIGTERM also stops cleanly."""
    p = project
    with socket.socket() as blocker:
        blocker.bind(("127.0.0.1", 0))
        blocker.listen()
        taken = blocker.getsockname()[1]
        server = Server(_args(p, shared_cache, taken), cwd=p["root"])
        try:
            base = server.started()
            server.wait_for(rf"port {taken} is already in use")
            port = int(re.search(r":(\d+)/$", base).group(1))  # type: ignore[union-attr]
            assert port != taken and base == f"http://127.0.0.1:{port}/"
            assert "__livereload.js" in (_get(base) or "")
            entry = json.loads(_get(base + "pagefind/pagefind-entry.json") or "{}")
            pages = sum(lang["page_count"] for lang in entry["languages"].values())

            (p["articles"] / "new-story.md").write_text(
                "---\ntitle: Quokkamarker visits Kyiv\ndate: 2022-03-01\n---\n"
                "Quokkamarker met officials in Kyiv on Tuesday.\n",
                encoding="utf-8",
            )
            _wait(lambda: "Quokkamarker" in (_get(base) or ""), CHANGE_TIMEOUT, "the new article")

            def indexed() -> bool:
                data = json.loads(_get(base + "pagefind/pagefind-entry.json") or "{}")
                return sum(x["page_count"] for x in data["languages"].values()) > pages

            # the tabs reload first; the index is refreshed in place right after
            _wait(indexed, CHANGE_TIMEOUT, "the search index")
        finally:
            _assert_clean_exit(server, p["out"], p["root"], signal.SIGTERM)


@pytest.mark.slow
def test_ctrl_c_during_first_build(project: dict[str, Path], tmp_path: Path) -> None:
    """Ctrl-C while the first build runs (a cold cache: spaCy is working) exits 0 cleanly."""
    p = project
    # enough articles that the NLP stage outlasts the signal's way to the server (with
    # the seeds alone, a fast machine finished the build in between, now and then)
    seed = next(p["articles"].glob("*.txt")).read_text(encoding="utf-8")
    for i in range(40):
        (p["articles"] / f"extra_{i:02d}.txt").write_text(f"{seed}\n\nPart {i}.\n", "utf-8")
    cache = tmp_path / "cold-cache"
    server = Server(_args(p, cache, _free_port(), "--no-search"), cwd=p["root"])
    server.wait_for(r"serving (http://\S+)", START_TIMEOUT)
    server.url = re.search(r"serving (http://\S+)", server.output).group(1)  # type: ignore[union-attr]
    server.wait_for(r"read \d+ articles", START_TIMEOUT)  # the NLP stage has started
    if "built " in server.output:
        pytest.skip("the first build finished before it could be interrupted")
    text = _assert_clean_exit(server, p["out"], p["root"])
    assert "stopped before the first build finished" in text
    assert not p["out"].exists()  # nothing half-written, not even an empty folder


@pytest.mark.slow
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


def test_the_dev_server_builds_the_site_build_writes(
    seeds_copy: Path, tmp_path: Path, shared_cache: Path
) -> None:
    """The dev server's site is the build's, search index included, but for the reload
    script in every page (search bundle bytes aside: Pagefind indexes other pages)."""
    from site_builder.config import Config
    from site_builder.serve.rebuild import Builder
    from site_builder.serve.server import BuildState

    require_model()
    built = tmp_path / "built"
    assert build_site(seeds_copy, built, cache_dir=shared_cache) == 0
    config = Config(
        input_dir=seeds_copy, output_dir=tmp_path / "served", cache_dir=shared_cache, verbose=-1
    )
    assert Builder(config.with_(dev_mode=True), BuildState()).build_once()
    served = config.output_dir

    def files(root: Path) -> set[str]:
        found = {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()}
        assert "pagefind/pagefind.js" in found
        return {name for name in found if not name.startswith("pagefind/")}

    assert files(served) == files(built)
    script = re.compile(r'<script src="[^"]*__livereload\.js" defer></script>')
    for name in sorted(files(built)):
        mine, theirs = (served / name).read_bytes(), (built / name).read_bytes()
        if name.endswith(".html"):
            assert script.search(mine.decode()), name
            mine = script.sub("", mine.decode()).encode()
        assert mine == theirs, name


# --- fast unit tests of the watching logic --------------------------------------------


def test_watch_targets_and_filter(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Articles, curation, config and templates count; output, cache, editor files don't."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "articles").mkdir()
    (tmp_path / "templates").mkdir()
    (tmp_path / "site.toml").write_text("")
    config = make_config(
        {"input_dir": tmp_path / "articles", "output_dir": tmp_path / "site", "cache_dir": None}
    )
    folders, files = watch_targets(config)

    def relevant(rel: str) -> bool:
        return is_relevant(str(tmp_path / rel), config, folders, files)

    assert relevant("articles/a.txt")
    assert relevant("articles/sub/a.meta.yml")
    assert relevant("entities.yml")  # may not exist yet
    assert relevant("articles/entities.yml")
    assert relevant("site.toml")
    assert relevant("templates/article.html")
    assert not relevant("notes.txt")  # beside the curation file, but not watched
    assert not relevant("site/index.html")
    assert not relevant(".site.tmp-123/index.html")
    assert not relevant(".site-cache/x.json")
    assert not relevant("articles/.a.txt.swp")
    assert not relevant("articles/a.txt~")


def test_changes_are_debounced_and_coalesced() -> None:
    """A burst of changes is handed over once, after it has settled."""
    changes = Changes()
    start = time.monotonic()

    def burst() -> None:
        for i in range(5):
            changes.add(f"/x/{i % 3}")
            time.sleep(0.02)

    t = threading.Thread(target=burst)
    t.start()
    paths = changes.wait(debounce=0.2)
    t.join()
    assert sorted(paths) == ["/x/0", "/x/1", "/x/2"]
    assert time.monotonic() - start >= 0.2 + 4 * 0.02
    assert not changes.event.is_set()


def test_describe_error_names_the_template_line() -> None:
    """Template errors are reported with their file and line."""
    import jinja2

    env = jinja2.Environment(loader=jinja2.DictLoader({"t.html": "a\n{% if %}\n"}))
    with pytest.raises(jinja2.TemplateSyntaxError) as info:
        env.get_template("t.html")
    assert describe_error(info.value).startswith("t.html:2: TemplateSyntaxError")


def test_the_server_keeps_the_model_loaded_for_edits(tmp_path: Path) -> None:
    """After its first build the server loads the model once: an edit in a cached archive
    is then analysed in the server (no helper process paying the load each time)."""
    from site_builder import nlp
    from site_builder.config import Config
    from site_builder.serve.rebuild import load_model_for_edits

    require_model()
    config = Config(input_dir=tmp_path, output_dir=tmp_path / "site")
    nlp.load_nlp.cache_clear()
    nlp._LOADED_MODELS.clear()
    assert not nlp.model_loaded(config.spacy_model)
    assert load_model_for_edits(config) is True
    assert nlp.model_loaded(config.spacy_model)  # an edit is analysed here from now on
    assert load_model_for_edits(config.with_(spacy_model="no_such_model_xyz")) is False
