"""The world outline drawn at build time, and its projection."""

from __future__ import annotations

import itertools
import re

from site_builder.worldmap import HEIGHT, WIDTH, countries, country_centres, outline_svg, project


def test_the_projection_puts_the_edges_and_the_centre_where_they_belong() -> None:
    x, y = project(0, 0)
    assert x == WIDTH / 2 and abs(y - HEIGHT / 2) <= 0.1
    assert project(0, 180)[0] == WIDTH and project(0, -180)[0] == 0
    assert project(90, 0)[1] == 0 and project(-90, 0)[1] == HEIGHT
    # north is up, east is right
    assert project(50, 30)[1] < project(10, 30)[1] and project(10, 30)[0] > project(10, 0)[0]


def test_the_outline_has_every_country_and_no_line_across_the_map() -> None:
    svg = outline_svg()
    assert len(countries()) >= 170
    assert svg.count("<path") >= len(countries())
    assert 'clip-path="url(#sphere)"' in svg and "prefers-color-scheme:dark" in svg
    # no segment may jump across most of the map (the antimeridian artefact), except
    # along the poles' lines at the top and bottom edges
    for path in re.findall(r' d="([^"]+)"', svg):
        for ring in path.split("M")[1:]:
            points = [tuple(map(float, p.split())) for p in ring.rstrip("Z").split("L")]
            for (x0, y0), (x1, y1) in itertools.pairwise(points):
                at_a_pole = min(y0, y1) > HEIGHT - 5 or max(y0, y1) < 5
                assert abs(x1 - x0) < WIDTH / 2 or at_a_pole


def test_country_centres_lie_inside_the_country() -> None:
    centres = country_centres()
    boxes = {250: (41, 52, -5, 10), 643: (45, 75, 30, 140), 840: (25, 49, -125, -66),
             36: (-40, -12, 113, 154), 242: (-20, -15, 176, 180.1)}  # fmt: skip
    for code, (south, north, west, east) in boxes.items():
        lat, lon = centres[code]
        assert south < lat < north and west < lon < east, (code, lat, lon)
