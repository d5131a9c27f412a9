"""Size of a built site by folder, against the hosts' limits (a benchmark script, not a test).

Builds a generated archive (benchmarks/generate.py) as a user would, search on, and
prints a Markdown table: bytes per article in each top folder, the total, the file count,
the build's peak memory and Pagefind's. The NLP cache (``--cache-dir``) is kept, so a
second run of the same archive measures the site without the NLP's time.

Run: ``python benchmarks/site_size.py [--sizes 1000,10000,20000] [--workdir DIR]
[--cache-root DIR] [--build PATH/TO/build.py]``; or ``--site DIR --articles N`` to
measure a site already built.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import generate  # noqa: E402
from perf import MIB, _children, _rss  # noqa: E402

GB = 10**9
LIMIT_BYTES, LIMIT_FILES = 1 * GB, 100_000  # the targets at 20,000 articles


def folder_sizes(site: Path) -> dict[str, tuple[int, int]]:
    """Return ``{top folder/ or "(top files)": (bytes, files)}`` of ``site``."""
    out: dict[str, tuple[int, int]] = {}
    for folder, _, names in os.walk(site):
        rel = Path(folder).relative_to(site).parts
        key = rel[0] + "/" if rel else "(top files)"
        size, count = out.get(key, (0, 0))
        for name in names:
            size += os.lstat(os.path.join(folder, name)).st_size
            count += 1
        out[key] = (size, count)
    return out


def timed_build(cmd: list[str]) -> dict:
    """Run a build; return wall seconds, exit code, peak RSS of its process tree and of
    the Pagefind processes in it (sampled every 100 ms from /proc)."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    peak = pagefind = 0
    stop = threading.Event()

    def is_pagefind(pid: int) -> bool:
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as fh:
                return b"pagefind" in fh.read()
        except OSError:
            return False

    def poll() -> None:
        nonlocal peak, pagefind
        while not stop.is_set():
            rss = {p: _rss(p) for p in [proc.pid, *_children(proc.pid)]}
            peak = max(peak, sum(rss.values()))
            pagefind = max(pagefind, sum(v for p, v in rss.items() if is_pagefind(p)))
            stop.wait(0.1)

    thread = threading.Thread(target=poll, daemon=True)
    thread.start()
    out, _ = proc.communicate()
    stop.set()
    thread.join()
    if proc.returncode:
        print(f"  ! exit {proc.returncode}: {' '.join(cmd)}\n{out[-2000:]}", file=sys.stderr)
    wall = time.perf_counter() - t0
    return {"wall": wall, "rc": proc.returncode, "peak": peak, "pagefind_peak": pagefind}


def measure(n: int, work: Path, cache_root: Path, build: Path) -> dict:
    """Generate (once) and build an archive of n articles; return the figures."""
    arts, site = work / f"n{n}" / "articles", work / f"n{n}" / "site"
    if not arts.is_dir():
        generate(n, arts, seed=0)
    cmd = [sys.executable, str(build), "-i", str(arts), "-o", str(site), "-q"]
    cmd += ["--cache-dir", str(cache_root / f"n{n}")]
    run = timed_build(cmd)
    run.update(n=n, folders=folder_sizes(site) if run["rc"] == 0 else {})
    return run


def table(results: list[dict]) -> str:
    """The Markdown table: KB per article by folder, totals, files, memory."""
    lines = ["| | " + " | ".join(f"N = {r['n']:,}" for r in results) + " |"]
    lines.append("|---|" + "---|" * len(results))

    def row(label: str, cell: Callable[[dict], str]) -> None:
        lines.append(f"| {label} | " + " | ".join(cell(r) for r in results) + " |")

    for f in sorted({f for r in results for f in r["folders"]}):
        row(
            f"`{f}` KB per article",
            lambda r, f=f: f"{r['folders'].get(f, (0, 0))[0] / r['n'] / 1e3:.1f}",
        )
    row("**all-in, KB per article**", lambda r: f"**{total(r)[0] / r['n'] / 1e3:.1f}**")
    row("site size", lambda r: f"{total(r)[0] / 1e6:,.1f} MB")
    row("files", lambda r: f"{total(r)[1]:,}")
    row("build time", lambda r: f"{r['wall'] / 60:.1f} min")
    row("peak memory of the build", lambda r: f"{r['peak'] / MIB:,.0f} MiB")
    row("peak memory of Pagefind", lambda r: f"{r['pagefind_peak'] / MIB:,.0f} MiB")
    return "\n".join(lines)


def total(result: dict) -> tuple[int, int]:
    """Return the bytes and files of a measured site."""
    folders = result["folders"].values()
    return sum(b for b, _ in folders), sum(c for _, c in folders)


def verdict(result: dict) -> str:
    """Return the issue's targets for one size and whether they were met."""
    n = result["n"]
    size, files = total(result)
    target = 80_000 if n < 10_000 else 50_000
    ok = size / n <= target
    if n >= 20_000:
        ok = ok and size < LIMIT_BYTES and files < LIMIT_FILES
    return f"N = {n:,}: {size / n / 1e3:.1f} KB per article (target {target // 1000} KB)" + (
        "" if ok else " MISSED"
    )


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1000,10000,20000")
    ap.add_argument("--workdir", type=Path, default=ROOT / "benchmarks" / "work-size")
    ap.add_argument("--cache-root", type=Path, help="NLP caches (default: in the workdir)")
    ap.add_argument("--build", type=Path, default=ROOT / "build.py", help="build.py to run")
    ap.add_argument("--site", type=Path, help="measure this built site instead")
    ap.add_argument("--articles", type=int, help="with --site: its number of articles")
    ap.add_argument("--json", type=Path, help="also write the raw results as JSON")
    args = ap.parse_args(argv)
    if args.site:
        n = args.articles or len(list((args.site / "articles").iterdir()))
        results = [{"n": n, "folders": folder_sizes(args.site), "wall": 0.0, "peak": 0,
                    "pagefind_peak": 0}]  # fmt: skip
    else:
        cache_root = args.cache_root or args.workdir / "cache"
        sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
        results = [measure(n, args.workdir, cache_root, args.build) for n in sizes]
    print(table(results))
    for r in results:
        print(verdict(r))
    if args.json:
        args.json.write_text(json.dumps(results, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
