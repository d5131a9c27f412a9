"""The network, the map and the small pictures in Chromium, under a project path: no
console error, no request to another host, something drawn, and text alternatives."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from browser import PageWatch, chromium, serve_site
from site_data import load_export

pytestmark = [pytest.mark.browser, pytest.mark.slow]

# the share of a canvas's pixels that are not blank: Cytoscape draws on stacked canvases
PAINTED = """() => Array.from(document.querySelectorAll('#graph canvas')).reduce((sum, c) => {
  const data = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
  let painted = 0;
  for (let i = 3; i < data.length; i += 4) if (data[i] > 0) painted++;
  return sum + painted;
}, 0)"""


def _open(browser: Any, base: str, path: str, scheme: str = "light") -> tuple[Any, list[str]]:
    """Open ``path``; return the page and the requests that left the site's host."""
    context = browser.new_context(color_scheme=scheme, viewport={"width": 1200, "height": 900})
    page = context.new_page()
    outside: list[str] = []
    host = base.split("/repo/")[0]
    page.on(
        "request", lambda r: None if r.url.startswith((host, "data:")) else outside.append(r.url)
    )
    page.goto(base + path)
    return page, outside


def test_the_network_draws_filters_and_opens_entity_pages(seeds_site_subpath: Path) -> None:
    graph = load_export(seeds_site_subpath, "graph")
    assert graph["nodes"] and graph["edges"]
    with serve_site(seeds_site_subpath, "/repo/") as base, chromium() as browser:
        for scheme in ("light", "dark"):
            page, outside = _open(browser, base, "graph/", scheme)
            watch = PageWatch(page)
            page.wait_for_selector("#graph[data-draw-ms]")
            assert page.evaluate(PAINTED) > 1000
            assert not page.is_hidden("#graph-controls")
            shown = page.text_content("#graph-status") or ""
            page.uncheck("input[name=type][value=place]")
            fewer = page.text_content("#graph-status") or ""
            assert int(fewer.split()[0]) < int(shown.split()[0])
            # the text alternative: the strongest links, each a pair of entity links
            ties = page.eval_on_selector_all(".ties li", "els => els.length")
            assert ties == min(60, len(graph["edges"]))
            assert page.eval_on_selector(".ties a", "a => a.getAttribute('href')").startswith(
                "/repo/entities/"
            )
            assert watch.problems == [] and outside == []
        # every node links to its entity's page under the project path
        urls = page.evaluate(
            "() => JSON.parse(document.getElementById('graph-data').textContent)"
            ".nodes.map(n => n[6])"
        )
        assert urls and all(u.startswith("/repo/entities/") for u in urls)


def test_the_network_page_without_javascript_lists_the_links(seeds_site_subpath: Path) -> None:
    with serve_site(seeds_site_subpath, "/repo/") as base, chromium() as browser:
        context = browser.new_context(java_script_enabled=False)
        page = context.new_page()
        page.goto(base + "graph/")
        assert page.is_hidden("#graph-controls") and page.is_hidden("#graph")
        assert page.eval_on_selector_all(".ties li", "els => els.length") > 0


def test_the_map_marks_every_located_place_and_lists_the_others(seeds_site_subpath: Path) -> None:
    records = [
        json.loads(line.rstrip().rstrip(","))
        for line in (seeds_site_subpath / "data" / "entities.json").read_text("utf-8").splitlines()
        if line.startswith("  {")
    ]
    places = [r for r in records if r["type"] == "place"]
    located = [r for r in places if r["lat"] is not None]
    assert located and len(located) < len(places)
    with serve_site(seeds_site_subpath, "/repo/") as base, chromium() as browser:
        for scheme in ("light", "dark"):
            page, outside = _open(browser, base, "map/", scheme)
            watch = PageWatch(page)
            page.wait_for_load_state("networkidle")
            assert page.eval_on_selector_all("#map circle.marker", "els => els.length") == len(
                located
            )
            # the outline is drawn: the image loaded and has a size
            loaded = page.evaluate(
                "() => fetch(document.querySelector('#map image').getAttribute('href'))"
                ".then(r => r.ok && r.headers.get('content-type').includes('svg'))"
            )
            assert loaded
            listed = page.eval_on_selector_all(".map-lists a", "els => els.length")
            assert listed == len(places)
            assert "GeoNames" in (page.text_content("figcaption") or "")
            assert watch.problems == [] and outside == []


def test_entity_pages_show_their_neighbourhood_and_places_a_small_map(
    seeds_site_subpath: Path,
) -> None:
    with serve_site(seeds_site_subpath, "/repo/") as base, chromium() as browser:
        page, outside = _open(browser, base, "entities/arlington/")
        watch = PageWatch(page)
        page.wait_for_load_state("networkidle")
        assert page.eval_on_selector_all(".place-map circle", "els => els.length") == 1
        assert "Arlington, VA" in (page.text_content(".place-map figcaption") or "")
        related = page.eval_on_selector_all(".related li", "els => els.length")
        drawn = page.eval_on_selector_all(".neighbourhood a", "els => els.length")
        assert drawn == related + 1  # the entity itself in the middle
        assert watch.problems == [] and outside == []
        # a person has a neighbourhood but no map
        page.goto(base + "entities/vladimir-putin/")
        assert page.eval_on_selector_all(".place-map", "els => els.length") == 0
        assert page.eval_on_selector_all(".neighbourhood a", "els => els.length") > 1


def test_the_timeline_chart_follows_the_filter_and_jumps_to_its_period(
    seeds_site_subpath: Path,
) -> None:
    with serve_site(seeds_site_subpath, "/repo/") as base, chromium() as browser:
        page, outside = _open(browser, base, "timeline/")
        watch = PageWatch(page)
        bars = ".timeline-chart a[data-first]"

        def counts() -> list[int]:
            labels = page.eval_on_selector_all(bars, "els => els.map(a => a.ariaLabel)")
            return [int(label.split(": ")[1].split()[0]) for label in labels]

        every = counts()
        assert len(every) > 1 and sum(every) > 0
        heights = page.eval_on_selector_all(
            f"{bars} .bar", "els => els.map(r => r.getBBox().height)"
        )
        assert max(heights) > 0
        entity = page.eval_on_selector("#timeline-filter option:nth-child(2)", "o => o.value")
        page.select_option("#timeline-filter", entity)
        filtered = counts()
        shown_events = page.eval_on_selector_all(
            "#timeline-events li.event:not([hidden])", "els => els.map(e => e.id)"
        )
        first_ids = page.eval_on_selector_all(bars, "els => els.map(a => a.dataset.first)")
        assert sum(filtered) <= len(shown_events) and filtered != every
        assert all(f <= e for f, e in zip(filtered, every, strict=True))
        # a bar leads to its period's first event
        page.click(f"{bars} >> nth=0")
        assert page.url.endswith("#" + first_ids[0])
        assert watch.problems == [] and outside == []


def test_pointing_at_a_node_highlights_its_links_and_choosing_it_opens_its_page(
    seeds_site_subpath: Path,
) -> None:
    # Cytoscape keeps its instance on the container (``_cyreg``): the test finds where
    # it drew a node, then uses the mouse as a reader would
    where = """() => {
      const cy = document.getElementById('graph')._cyreg.cy;
      const node = cy.nodes().filter(n => n.visible()).max(n => n.degree()).ele;
      const box = document.getElementById('graph').getBoundingClientRect();
      const p = node.renderedPosition();
      return {x: box.left + p.x, y: box.top + p.y, url: node.data('url'), id: node.id()};
    }"""
    faded = """() => document.getElementById('graph')._cyreg.cy.nodes('.faded').length"""
    with serve_site(seeds_site_subpath, "/repo/") as base, chromium() as browser:
        page, outside = _open(browser, base, "graph/")
        page.wait_for_selector("#graph[data-draw-ms]")
        target = page.evaluate(where)
        assert target["url"].startswith("/repo/entities/")
        assert page.evaluate(faded) == 0
        page.mouse.move(target["x"], target["y"])
        page.wait_for_function(f"({faded})() > 0")
        page.mouse.click(target["x"], target["y"])
        page.wait_for_url("**" + target["url"])
        assert outside == []


def test_the_chart_follows_a_filter_given_in_the_address(seeds_site_subpath: Path) -> None:
    with serve_site(seeds_site_subpath, "/repo/") as base, chromium() as browser:
        page, outside = _open(browser, base, "timeline/")
        entity = page.eval_on_selector("#timeline-filter option:nth-child(2)", "o => o.value")
        labels = "els => els.map(a => a.ariaLabel)"
        every = page.eval_on_selector_all(".timeline-chart a[data-first]", labels)
        page.goto(f"{base}timeline/?entity={entity}")
        page.wait_for_selector(f'.timeline-chart[data-filtered="{entity}"]')
        filtered = page.eval_on_selector_all(".timeline-chart a[data-first]", labels)
        assert filtered != every and len(filtered) == len(every)
        assert outside == []
