"""The world outline, drawn at build time as SVG: no tile server, no script, no request.

The outline is Natural Earth's 1:110m countries (public domain) as TopoJSON from the npm
package ``world-atlas`` 2.0.2 (ISC licence, in ``geodata/``). It is projected with the
Equal Earth projection (equal area, so a country's size on the map is its size on the
globe) into a fixed viewBox; markers use the same :func:`project`.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from pathlib import Path

GEODATA = Path(__file__).parent / "geodata"
WIDTH = 1000.0  # the viewBox of every map: x from 0 to WIDTH, y from 0 to HEIGHT
# Equal Earth's constants (Šavrič, Patterson and Jenny, 2018)
_A1, _A2, _A3, _A4 = 1.340264, -0.081106, 0.000893, 0.003796
_M = math.sqrt(3) / 2
_X_MAX = 2 * math.sqrt(3) * math.pi / (3 * _A1)  # x at longitude 180 on the equator
_Y_MAX = math.pi / 3 * (_A1 + _A2 * (math.pi / 3) ** 2 + _A3 * (math.pi / 3) ** 6)
_Y_MAX += _A4 * (math.pi / 3) ** 8 * math.pi / 3
_SCALE = WIDTH / (2 * _X_MAX)
HEIGHT = round(2 * _Y_MAX * _SCALE, 1)

Ring = list[tuple[float, float]]  # (lon, lat) points


@dataclass(frozen=True)
class Country:
    """One country of the outline: ISO 3166 numeric code, name and polygons."""

    iso_numeric: int
    name: str
    polygons: tuple[tuple[Ring, ...], ...]  # each polygon: outer ring, then holes


def project(lat: float, lon: float, clamp: bool = True) -> tuple[float, float]:
    """Return the map position of a point (Equal Earth, y downwards); ``clamp=False``
    lets a longitude past 180 degrees fall outside the map (where the clip hides it)."""
    lam = math.radians(max(-180.0, min(180.0, lon)) if clamp else lon)
    theta = math.asin(_M * math.sin(math.radians(max(-90.0, min(90.0, lat)))))
    t2 = theta * theta
    t6 = t2 * t2 * t2
    x = 2 * math.sqrt(3) * lam * math.cos(theta)
    x /= 3 * (9 * _A4 * t6 * t2 + 7 * _A3 * t6 + 3 * _A2 * t2 + _A1)
    y = theta * (_A4 * t6 * t2 + _A3 * t6 + _A2 * t2 + _A1)
    return (round((x + _X_MAX) * _SCALE, 1) + 0.0, round((_Y_MAX - y) * _SCALE, 1) + 0.0)


@cache
def countries() -> tuple[Country, ...]:
    """Return the countries of the outline, decoded from the TopoJSON file."""
    topo = json.loads((GEODATA / "countries-110m.json").read_text(encoding="utf-8"))
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs: list[Ring] = []
    for arc in topo["arcs"]:  # quantised and delta-encoded
        x = y = 0
        points: Ring = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)

    def ring(indexes: list[int]) -> Ring:
        points: Ring = []
        for i in indexes:
            arc = arcs[i] if i >= 0 else arcs[~i][::-1]
            points.extend(arc[1:] if points else arc)
        return _unwrap(points)

    result = []
    for geometry in topo["objects"]["countries"]["geometries"]:
        if geometry.get("type") == "Polygon":
            shapes = [geometry["arcs"]]
        elif geometry.get("type") == "MultiPolygon":
            shapes = geometry["arcs"]
        else:
            continue
        polygons = tuple(tuple(ring(r) for r in shape) for shape in shapes)
        code = int(geometry["id"]) if str(geometry.get("id", "")).isdigit() else 0
        result.append(Country(code, geometry["properties"]["name"], polygons))
    return tuple(result)


def _unwrap(points: Ring) -> Ring:
    """Make a ring's longitudes continuous: a ring across the antimeridian (Russia's,
    Fiji's) then goes past 180 degrees instead of jumping across the whole map. A ring
    around a pole (Antarctica's) is left as it is."""
    result: Ring = []
    shift = 0.0
    for i, (lon, lat) in enumerate(points):
        if i:
            step = lon + shift - result[-1][0]
            if step > 180:
                shift -= 360
            elif step < -180:
                shift += 360
        result.append((lon + shift, lat))
    if result and abs(result[-1][0] - result[0][0]) > 180:
        return points
    return result


def _area_and_centroid(points: Ring) -> tuple[float, float, float]:
    """Return a ring's planar (lon/lat) area and centroid (lat, lon)."""
    area = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(points, points[1:] + points[:1], strict=True):
        cross = x0 * y1 - x1 * y0
        area += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if abs(area) < 1e-12:
        return 0.0, points[0][1], points[0][0]
    return abs(area) / 2, cy / (3 * area), cx / (3 * area)


@cache
def country_centres() -> dict[int, tuple[float, float]]:
    """Return each outlined country's marker position (lat, lon): the centre of its
    largest polygon, so France's marker is in France and not out at sea between its
    overseas departments."""
    centres = {}
    for country in countries():
        if not country.iso_numeric:
            continue
        best = max((_area_and_centroid(p[0]) for p in country.polygons), default=None)
        if best is not None:
            lon = (best[2] + 180) % 360 - 180  # a ring past 180 degrees has its centre too
            centres[country.iso_numeric] = (round(best[1], 3), round(lon, 3))
    return centres


def _copies(points: Ring) -> list[Ring]:
    """Return a ring and, if it goes past the antimeridian, its copy on the other side."""
    copies = [points]
    if max(lon for lon, _ in points) > 180:
        copies.append([(lon - 360, lat) for lon, lat in points])
    if min(lon for lon, _ in points) < -180:
        copies.append([(lon + 360, lat) for lon, lat in points])
    return copies


def _path(rings: tuple[Ring, ...]) -> str:
    parts = []
    for points in (copy for r in rings for copy in _copies(r)):
        projected = [project(lat, lon, clamp=False) for lon, lat in points]
        coords = [f"{x:g} {y:g}" for x, y in projected]
        # consecutive duplicates after rounding only add bytes
        deduped = [c for i, c in enumerate(coords) if i == 0 or c != coords[i - 1]]
        if len(deduped) >= 3:
            parts.append("M" + "L".join(deduped) + "Z")
    return "".join(parts)


def sphere_ring() -> Ring:
    """Return the edge of the map: the meridians at -180 and 180 degrees."""
    ring = [(-180.0, float(lat)) for lat in range(-90, 91, 5)]
    return ring + [(180.0, float(lat)) for lat in range(90, -91, -5)]


@cache
def outline_svg() -> str:
    """Return the world outline as a standalone SVG file (its own light and dark colours,
    since an SVG shown as an image does not see the page's style sheet)."""
    sphere = _path((sphere_ring(),))
    paths = [
        f'<clipPath id="sphere"><path d="{sphere}"/></clipPath>',
        f'<path class="sphere" d="{sphere}"/>',
        '<g clip-path="url(#sphere)">',
        *(
            f'<path d="{_path(tuple(r for p in c.polygons for r in p))}"/>'
            for c in sorted(countries(), key=lambda c: (c.name, c.iso_numeric))
        ),
        "</g>",
    ]
    style = (
        "path{fill:#e7e2d6;stroke:#fbfaf7;stroke-width:.5}.sphere{fill:#f3f6f8;stroke:none}"
        "@media (prefers-color-scheme:dark){path{fill:#3a3833;stroke:#161513}"
        ".sphere{fill:#1b1f22}}"
    )
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH:g} {HEIGHT:g}">'
        f"<style>{style}</style>" + "\n".join(paths) + "</svg>\n"
    )
