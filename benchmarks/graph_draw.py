"""Time the network page at a large archive's size (not a test).

Makes a synthetic network (entities with skewed mention counts, links drawn with a skewed
choice of ends), times the build's view and layout and ``data/graph.json``, then puts the
view into a built site's ``graph/`` page and times the first drawing in Chromium (the
``data-draw-ms`` the page's script records), 150 and 400 names.

    .venv/bin/python build.py -o /tmp/site --base-url /repo/ --no-search
    .venv/bin/python benchmarks/graph_draw.py /tmp/site --entities 6000 --links 200000
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from browser import chromium, serve_site  # noqa: E402

from site_builder.exports import StreamedArray, json_stream  # noqa: E402
from site_builder.graph import SiteGraph  # noqa: E402
from site_builder.models import Entity, MentionRef  # noqa: E402
from site_builder.network import graph_json, network_view, view_records  # noqa: E402


def synthetic(entities: int, links: int, seed: int = 1) -> SiteGraph:
    """Return a site graph with only what the network needs: entities and links."""
    rng = random.Random(seed)
    ref = MentionRef("a", 0, 0, 1, "x")
    types = ("person", "organization", "place")
    made = {}
    for i in range(entities):
        mentions = max(1, int(20000 / (i + 1) ** 0.9))
        made[f"e{i:05d}"] = Entity(f"e{i:05d}", f"Name {i}", types[i % 3], [], [ref] * mentions)
    ids = list(made)
    weights = [1 / (i + 1) ** 0.8 for i in range(entities)]
    pairs: dict[tuple[str, str], int] = {}
    ends = rng.choices(ids, weights, k=links), rng.choices(ids, weights, k=links)
    for a, b in zip(*ends, strict=True):
        if a != b:
            key = (min(a, b), max(a, b))
            pairs[key] = pairs.get(key, 0) + 1
    return SiteGraph({}, made, {}, {}, {}, {}, {}, {}, co_mentions=pairs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("site", type=Path, help="a site built with --base-url /repo/")
    parser.add_argument("--entities", type=int, default=6000)
    parser.add_argument("--links", type=int, default=200_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    graph = synthetic(args.entities, args.links)
    start = time.perf_counter()
    view = network_view(graph)
    layout_s = time.perf_counter() - start
    start = time.perf_counter()
    streamed = {k: StreamedArray(v) for k, v in graph_json(graph).items()}
    size = sum(len(chunk) for chunk in json_stream(streamed))
    print(
        f"{args.entities} entities, {len(graph.co_mentions)} links: view and layout "
        f"{layout_s:.2f} s ({len(view.nodes)} nodes, {len(view.edges)} links); graph.json "
        f"{size / 1e6:.1f} MB in {time.perf_counter() - start:.2f} s"
    )

    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        shutil.copytree(args.site, site)
        page = site / "graph" / "index.html"
        urls = {e.id: "/repo/entities/x/" for e in view.nodes}
        data = {"nodes": list(view_records(view, urls)), "edges": [list(e) for e in view.edges]}
        html = re.sub(
            r'(<script type="application/json" id="graph-data">).*?(</script>)',
            lambda m: m.group(1) + json.dumps(data) + m.group(2),
            page.read_text("utf-8"),
            flags=re.S,
        )
        page.write_text(html, "utf-8")
        with serve_site(site, "/repo/") as base, chromium() as browser:
            for shown in (150, 400):
                times = []
                for _ in range(args.runs):
                    tab = browser.new_page(viewport={"width": 1200, "height": 900})
                    tab.goto(base + "graph/")
                    tab.wait_for_selector("#graph[data-draw-ms]")
                    if shown == 150:
                        times.append(int(tab.get_attribute("#graph", "data-draw-ms") or 0))
                    else:  # ask for more names, as a reader does, and wait for two frames
                        start = time.perf_counter()
                        tab.evaluate(
                            "n => { const s = document.getElementById('graph-size');"
                            " s.add(new Option(n, n)); s.value = n;"
                            " s.dispatchEvent(new Event('change', {bubbles: true})); }",
                            str(shown),
                        )
                        tab.evaluate(
                            "() => new Promise(r => requestAnimationFrame("
                            "() => requestAnimationFrame(r)))"
                        )
                        times.append(round((time.perf_counter() - start) * 1000))
                    tab.close()
                print(f"{shown} names: {times} ms")


if __name__ == "__main__":
    main()
