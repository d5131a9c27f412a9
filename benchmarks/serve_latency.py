"""Save-to-reload latency of ``serve``: edit an article, time until the browser has it.

Starts the real ``build.py serve`` in a subprocess on a copy of the articles, listens to
the live-reload event stream like a browser does, and for each edit measures

* ``preview``: from the moment the edited file is saved (closed) to the event that makes
  the open browser reload with the server's preview of the edited page (see
  ``site_builder/serve/preview.py``; absent when the edit was not previewed),
* ``page``: to the moment a fresh GET of the article's page contains the new text (what
  the reloaded browser shows), and
* ``event``: to the event of the finished rebuild, which reloads the browser again with
  every page up to date.

Each edit appends a paragraph with a new word to a different article, so that article is
re-analysed by spaCy (the others come from the cache). Prints the figures and medians.

Run: ``python benchmarks/serve_latency.py [--input DIR | --generate N] [--edits 5]
[--cache-dir DIR] [--no-search]``. With ``--generate N`` the archive comes from
``benchmarks/generate.py``; keep ``--cache-dir`` between runs so only the first run is
cold.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str) -> str:
    return _get_bytes(url).decode("utf-8")


def _get_bytes(url: str) -> bytes:
    try:
        with urllib.request.urlopen(url, timeout=30) as r:
            return r.read()
    except OSError:
        return b""


def _read(path: Path) -> str:
    """The file's text, or "" while the site is being swapped."""
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


class Stream:
    """The live-reload event stream; ``events`` gets ``(arrival time, data)``."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.events: list[tuple[float, dict]] = []
        self.cond = threading.Condition()
        self.resp = urllib.request.urlopen(url, timeout=3600)
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        """Read events; after each new one, reconnect as a reloaded tab's script does."""
        seen = False
        try:
            while True:
                for raw in self.resp:
                    line = raw.decode().strip()
                    if line.startswith("data: "):
                        with self.cond:
                            self.events.append((time.perf_counter(), json.loads(line[6:])))
                            self.cond.notify_all()
                        if seen:
                            break  # "reload": a new stream (its first event is the current)
                        seen = True
                else:
                    return
                self.resp.close()
                self.resp = urllib.request.urlopen(self.url, timeout=3600)
                seen = False
        except OSError:
            return

    def wait_after(self, build_id: int, timeout: float) -> tuple[float, dict]:
        """Return the first event with an id above ``build_id``."""
        with self.cond:
            ok = self.cond.wait_for(
                lambda: any(d["id"] > build_id for _, d in self.events), timeout
            )
            if not ok:
                raise TimeoutError("no build event")
            return next((t, d) for t, d in self.events if d["id"] > build_id)


def _search_entry(site: Path) -> str:
    """The search bundle's entry file (it names the index's fragments), or "" while the
    site or the bundle is being swapped."""
    return _read(site / "pagefind" / "pagefind-entry.json")


def measure(
    input_dir: Path,
    cache: Path,
    edits: int,
    search: bool,
    work: Path,
    freeze: bool = False,
    resave: float = 0.0,
) -> dict:
    """Serve a copy of ``input_dir``; return the per-edit latencies in seconds.

    ``resave``: that many seconds after the edited page shows the edit, save the article
    again (while its rebuild runs, on a large archive) and time the page showing the
    second save, and the site holding it (both rebuilds done).
    """
    articles = work / "articles"
    shutil.copytree(input_dir, articles)
    out = work / "site"
    port = _free_port()
    cmd = [sys.executable, str(ROOT / "build.py"), "serve", "--input", str(articles)]
    cmd += ["--output", str(out), "--cache-dir", str(cache), "--port", str(port)]
    if not search:
        cmd.append("--no-search")
    if freeze:  # a snapshot of the templates, so edits to the project's own don't interfere
        shutil.copytree(ROOT / "templates", work / "templates")
        (work / "site.toml").write_text('title = "Latency"\n')
        cmd += ["--config", str(work / "site.toml")]
    log = (work / "serve.log").open("w")
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=work, stdout=log, stderr=subprocess.STDOUT, env=env)
    base = f"http://127.0.0.1:{port}/"
    result: dict = {"edits": []}
    try:
        stream = None
        while stream is None:
            if proc.poll() is not None:
                raise RuntimeError((work / "serve.log").read_text())
            try:
                stream = Stream(base + "__livereload")
            except OSError:
                time.sleep(0.2)
        _, first = stream.wait_after(0, 3600)
        if not first["ok"]:
            raise RuntimeError(first["error"])
        result["first_build"] = time.perf_counter() - start
        index = json.loads(gzip.decompress(_get_bytes(base + "data/articles.json.gz")))
        urls = {a["file"]: a["url"] for a in index}
        files = sorted(urls)
        last_id = first["id"]
        for i in range(edits):
            name = files[(i * 7919) % len(files)]
            path = articles / name
            word = f"Latencymarker{i}x{os.getpid()}"
            text = path.read_text(encoding="utf-8")
            indexed = _search_entry(out) if search else ""
            path.write_text(text + f"\n\n{word} told reporters in Kyiv on Monday.\n", "utf-8")
            saved = time.perf_counter()
            arrived, data = stream.wait_after(last_id, 600)
            if not data["ok"]:
                raise RuntimeError(data["error"])
            previewed = None
            if data.get("preview"):  # the edited page at once; the rebuild follows
                previewed = arrived - saved
            page = base + urls[name]
            while word not in _get(page):
                if time.perf_counter() - saved > 600:
                    raise TimeoutError(f"{page} never showed the edit")
                time.sleep(0.02)
            shown = time.perf_counter()
            if resave:
                time.sleep(resave)
                again = word + "again"
                text = path.read_text(encoding="utf-8")
                path.write_text(text + f"\n\n{again} spoke once more.\n", "utf-8")
                resaved = time.perf_counter()
                while again not in _get(page):
                    if time.perf_counter() - resaved > 600:
                        raise TimeoutError(f"{page} never showed the second save")
                    time.sleep(0.02)
                second = time.perf_counter() - resaved
                built = out / urls[name].removeprefix("/") / "index.html"
                while again not in _read(built):
                    if time.perf_counter() - resaved > 600:
                        raise TimeoutError(f"{built} never held the second save")
                    time.sleep(0.02)
                done = time.perf_counter() - resaved
                time.sleep(0.5)  # the last reload event of the pair
                with stream.cond:
                    last_id = max(d["id"] for _, d in stream.events)
                result["edits"].append(
                    {"file": name, "page": shown - saved, "resave": second, "resave_built": done}
                )
                if previewed is not None:
                    result["edits"][-1]["preview"] = previewed
                print(
                    f"  edit {i + 1}: {name}: page {shown - saved:.2f} s; saved again "
                    f"{resave:.1f} s later: page {second:.2f} s, site {done:.2f} s",
                    flush=True,
                )
                continue
            if previewed is not None:
                arrived, data = stream.wait_after(data["id"], 600)
                if not data["ok"]:
                    raise RuntimeError(data["error"])
            last_id = data["id"]
            entry = {"file": name, "event": arrived - saved, "page": shown - saved}
            if previewed is not None:
                entry["preview"] = previewed
            if search:
                # the search index holds the edit once the bundle in place is a new one
                # (the server may index before or after it reloads the browser); the next
                # save would otherwise wait for it
                while _search_entry(out) in ("", indexed):
                    if time.perf_counter() - saved > 600:
                        raise TimeoutError("the search index was never refreshed")
                    time.sleep(0.05)
                entry["search"] = time.perf_counter() - saved
            result["edits"].append(entry)
            print(
                f"  edit {i + 1}: {name}: "
                + (f"preview {previewed:.2f} s, " if previewed is not None else "")
                + f"page {shown - saved:.2f} s, rebuilt {arrived - saved:.2f} s"
                + (f", search index {entry['search']:.2f} s" if search else ""),
                flush=True,
            )
            time.sleep(0.5)  # let the watcher settle before the next save
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(120)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()
    result["exit_code"] = proc.returncode
    result["log_tail"] = (work / "serve.log").read_text().splitlines()[-4:]
    result["rebuild_lines"] = re.findall(
        r"built \d+ files in [\d.]+ s", (work / "serve.log").read_text()
    )
    for key in ("preview", "event", "page", "search", "resave", "resave_built"):
        values = [e[key] for e in result["edits"] if key in e]
        result[f"median_{key}"] = statistics.median(values) if values else None
    return result


def main(argv: list[str] | None = None) -> int:
    """Run the measurement and print it."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    src = ap.add_mutually_exclusive_group()
    src.add_argument("--input", type=Path, default=ROOT / "seeds", help="articles to serve")
    src.add_argument("--generate", type=int, metavar="N", help="serve a generated archive")
    ap.add_argument("--edits", type=int, default=5)
    ap.add_argument("--cache-dir", type=Path, help="NLP cache (default: a temporary one)")
    ap.add_argument("--no-search", dest="search", action="store_false")
    ap.add_argument("--json", type=Path, help="also write the results as JSON")
    ap.add_argument(
        "--resave",
        type=float,
        default=0.0,
        metavar="S",
        help="save each edited article again S seconds after its page showed the edit "
        "(during its rebuild) and time the second save (use with --no-search)",
    )
    ap.add_argument(
        "--freeze-templates",
        action="store_true",
        help="serve with a snapshot of templates/ as user templates (while they are edited)",
    )
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="serve-latency-") as tmp:
        work = Path(tmp)
        input_dir = args.input
        if args.generate:
            from benchmarks.generate import generate

            input_dir = work / "generated"
            generate(args.generate, input_dir, seed=0)
        cache = args.cache_dir or work / "cache"
        (work / "run").mkdir()
        label = f"{args.generate} generated articles" if args.generate else str(input_dir)
        print(f"serve latency: {label}, search {'on' if args.search else 'off'}", flush=True)
        result = measure(
            input_dir,
            cache,
            args.edits,
            args.search,
            work / "run",
            args.freeze_templates,
            args.resave,
        )
    load = os.getloadavg()
    result["load"] = load
    print(f"  first build (incl. start-up): {result['first_build']:.1f} s")
    if args.resave:
        print(
            f"  median over {len(result['edits'])} edits: page with the edit "
            f"{result['median_page']:.2f} s; saved again {args.resave:.1f} s later: page "
            f"{result['median_resave']:.2f} s, site {result['median_resave_built']:.2f} s"
        )
    else:
        print(
            f"  median over {len(result['edits'])} edits: "
            + (
                f"preview event {result['median_preview']:.2f} s, "
                if result.get("median_preview") is not None
                else ""
            )
            + f"page with new text {result['median_page']:.2f} s, "
            + f"rebuild event {result['median_event']:.2f} s"
            + (
                f", search index refreshed {result['median_search']:.2f} s"
                if result.get("median_search") is not None
                else ""
            )
        )
    print(f"  load average: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")
    print(f"  serve exit code: {result['exit_code']}; rebuilds: {result['rebuild_lines']}")
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
