"""The pictures: the network page, the map page, and their small versions on entity pages.

Everything that can be drawn at build time is (the map, the small graphs, the timeline
chart's bars): it works without JavaScript, and only the network page loads a library.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from markupsafe import Markup

from ..geo import ATTRIBUTION, Location, Unlocated, gazetteer
from ..models import Entity
from ..network import neighbourhood, network_view, strongest_ties, view_records
from ..output import Content, Page
from ..urls import absolute, page_path
from ..worldmap import HEIGHT, WIDTH, outline_svg, project
from .views import TYPE_LABELS, entity_url

if TYPE_CHECKING:
    from .renderer import Renderer

TIES_LISTED = 60  # the strongest links listed as the network's text alternative
GRAPH_SHOWN = 150  # nodes drawn at first; the reader can ask for more
WORLD_SVG = "map/world.svg"
SMALL_MAP = (300.0, 150.0)  # the part of the world a place page shows, in map units


def picture_pages(renderer: Renderer) -> Iterator[tuple[str, Content | Page]]:
    """Yield the network page, the map page and the world outline they draw on."""
    yield str(page_path("graph")), graph_page(renderer)
    yield str(page_path("map")), map_page(renderer)
    yield WORLD_SVG, outline_svg().encode("utf-8")


def _json_block(data: Any) -> Markup:
    """Return JSON to put in a ``<script type="application/json">`` element: nothing in
    it can close the element or open a comment, whatever the names hold."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return Markup(text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def graph_page(renderer: Renderer) -> Page:
    """Render ``graph/``: the network of the most mentioned entities, and its strongest
    links as a list for readers without the picture."""
    graph = renderer.graph
    view = network_view(graph)
    base = renderer.config.base_path
    urls = {e.id: absolute(base, entity_url(e.id)) for e in view.nodes}
    data = {
        "nodes": list(view_records(view, urls)),
        "edges": [list(e) for e in view.edges],
        "shown": GRAPH_SHOWN,
    }
    ties = [
        (renderer.refs[a.id], entity_url(a.id), renderer.refs[b.id], entity_url(b.id), n)
        for a, b, n in strongest_ties(graph, TIES_LISTED)
    ]
    top_weight = max((n for *_, n in view.edges), default=1)
    return renderer.render(
        "graph.html",
        page_kind="graph",
        graph_data=_json_block(data),
        ties=ties,
        node_count=len(view.nodes),
        total_nodes=view.total_nodes,
        total_edges=view.total_edges,
        max_weight=top_weight,
        shown=min(GRAPH_SHOWN, len(view.nodes)),
        types=[(t, label) for t, label in TYPE_LABELS.items()],
    )


def map_page(renderer: Renderer) -> Page:
    """Render ``map/``: a marker per located place, and every place as a list by country
    (those that could not be located listed apart)."""
    site = renderer.site
    gaz = gazetteer() if site.places else None
    markers = []
    by_country: dict[str, list[tuple[Any, ...]]] = defaultdict(list)
    unlocated = []
    places = [e for e in site.resolution.entities if e.type == "place"]
    top = max((len(e.mentions) for e in places), default=1)
    for entity in sorted(places, key=lambda e: (-len(e.mentions), e.name.casefold(), e.id)):
        where = site.places.get(entity.id)
        url = entity_url(entity.id)
        mentions = len(entity.mentions)
        if isinstance(where, Location):
            x, y = project(where.lat, where.lon)
            radius = round(2.5 + 12 * (mentions / top) ** 0.5, 1)
            markers.append((entity.id, entity.name, url, mentions, x, y, radius))
            country = _country_name(gaz, where)
            by_country[country].append((entity.name, url, mentions, where.name))
        else:
            reason = where.reason if isinstance(where, Unlocated) else "not looked up"
            unlocated.append((entity.name, url, mentions, reason))
    # small markers on top of big ones, so every one can be pointed at
    markers.sort(key=lambda m: (-m[6], m[0]))
    closer = _closer_view(markers)
    countries = sorted(by_country.items(), key=lambda kv: (kv[0] == "", kv[0].casefold()))
    return renderer.render(
        "map.html",
        page_kind="map",
        markers=markers,
        countries=countries,
        unlocated=unlocated,
        width=WIDTH,
        height=HEIGHT,
        world=WORLD_SVG,
        attribution=ATTRIBUTION,
        closer=closer,
    )


CLOSER_WIDTHS = (125.0, 250.0, 400.0)  # the closer view's widths tried, in map units


def _closer_view(markers: list[tuple[Any, ...]]) -> dict[str, Any] | None:
    """Return a closer view of where the markers crowd (Europe, in a news archive about
    Ukraine): the smallest window that holds half of them, its markers scaled to it.
    None when the markers are spread out or few."""
    if len(markers) < 8:
        return None
    points = [(m[4], m[5]) for m in markers]
    # windows centred on the most mentioned places only: enough to find the crowd
    centres = [(m[4], m[5]) for m in sorted(markers, key=lambda m: -m[3])[:200]]
    for width in CLOSER_WIDTHS:
        height = width / 2
        best, best_count = None, 0
        for cx, cy in centres:
            left = min(max(cx - width / 2, 0.0), WIDTH - width)
            top = min(max(cy - height / 2, 0.0), HEIGHT - height)
            count = sum(
                1 for x, y in points if left <= x <= left + width and top <= y <= top + height
            )
            if count > best_count:
                best, best_count = (left, top), count
        if best is not None and best_count * 2 >= len(markers):
            left, top = best
            zoom = WIDTH / width
            inside = [
                (*m[:6], round(max(1.5, m[6] / zoom * 2.5), 1))
                for m in markers
                if left <= m[4] <= left + width and top <= m[5] <= top + height
            ]
            return {
                "view_box": f"{left:g} {top:g} {width:g} {height:g}",
                "markers": inside,
                "count": best_count,
            }
    return None


def _country_name(gaz: Any, where: Location) -> str:
    """Return the heading a located place is listed under."""
    if where.country and gaz is not None:
        record = gaz.countries.get(where.country)
        if record:
            return str(record["name"])
    return "" if where.kind != "continent" else "Continents"


def small_map(renderer: Renderer, entity: Entity) -> dict[str, Any] | None:
    """Return a place page's small map: the part of the world around the place."""
    where = renderer.site.places.get(entity.id)
    if not isinstance(where, Location):
        return None
    x, y = project(where.lat, where.lon)
    w, h = SMALL_MAP
    left = min(max(x - w / 2, 0.0), WIDTH - w)
    top = min(max(y - h / 2, 0.0), HEIGHT - h)
    return {
        "x": x,
        "y": y,
        "view_box": f"{left:g} {top:g} {w:g} {h:g}",
        "width": WIDTH,
        "height": HEIGHT,
        "world": WORLD_SVG,
        "name": where.name,
        "lat": round(where.lat, 2),
        "lon": round(where.lon, 2),
    }


def small_graph(renderer: Renderer, entity: Entity) -> dict[str, Any] | None:
    """Return an entity page's neighbourhood graph, or None when it has no neighbours."""
    nodes, links = neighbourhood(renderer.graph, entity)
    if len(nodes) < 2:
        return None
    centre = nodes[0]
    return {
        # numbers as %g ("150", not "150.0"): every entity page carries this drawing
        "nodes": [
            (n, entity_url(n.entity_id), _lines(n.name), f"{n.x:g}", f"{n.y:g}", f"{n.r:g}")
            for n in nodes
        ],
        # the links to the centre, as one path per width
        "spokes": [
            (f"M{centre.x:g} {centre.y:g}L{n.x:g} {n.y:g}", f"{n.r / 3:.1f}") for n in nodes[1:]
        ],
        # the links among the neighbours as one path: a dense archive links most of them
        "among": "".join(
            f"M{nodes[a].x:g} {nodes[a].y:g}L{nodes[b].x:g} {nodes[b].y:g}" for a, b in links
        ),
        "size": 300,
    }


def _lines(name: str, limit: int = 16) -> tuple[str, ...]:
    """Return a node's label in one line, or two when long (never cut: the link's
    accessible name must hold the words it shows)."""
    if len(name) <= limit or " " not in name:
        return (name,)
    spaces = [i for i, c in enumerate(name) if c == " "]
    middle = min(spaces, key=lambda i: abs(i - len(name) / 2))
    return (name[:middle] + " ", name[middle + 1 :])
