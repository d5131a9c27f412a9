"""The picture pages as rendered: the network's data block, the map's markers and lists,
the small pictures on entity pages."""

from __future__ import annotations

import json
import re

from site_builder.config import Config
from site_builder.geo import Location, Unlocated
from site_builder.render.pictures import _closer_view
from site_builder.worldmap import project

from .small_site import ArticleSpec, make_site, ukraine_site
from .test_render import render_pages

HOSTILE = "</script><script>alert(1)</script><!--"


def test_the_network_data_block_cannot_be_closed_by_a_name() -> None:
    site = make_site(
        [ArticleSpec("a", "A", [f"{HOSTILE} met Kyiv officials. Kyiv and {HOSTILE} again."])],
        {"bad": (HOSTILE, "person"), "kyiv": ("Kyiv", "place")},
    )
    page = render_pages(site)["graph/index.html"].decode()
    block = re.search(r'<script type="application/json" id="graph-data">(.*?)</script>', page, re.S)
    assert block is not None
    assert "<" not in block.group(1) and "-->" not in block.group(1)
    data = json.loads(block.group(1))
    assert {n[1] for n in data["nodes"]} == {HOSTILE, "Kyiv"}
    assert data["edges"] == [[0, 1, 2]] or data["edges"] == [[1, 0, 2]]
    assert page.count("<script") == page.count("</script>") == 4  # site.js, 2 vendor, data


def test_the_map_marks_located_places_lists_them_by_country_and_the_rest_apart() -> None:
    site = ukraine_site()
    site.places = {
        "kyiv": Location(50.45, 30.52, "UA", "city", "Kyiv, Ukraine"),
        "lviv": Unlocated("2 places of that name; set its coordinates"),
    }
    page = render_pages(site, Config(base_url="/repo/"))["map/index.html"].decode()
    assert page.count('class="marker"') == 1
    assert 'href="/repo/map/world.svg"' in page
    assert "<h3>Ukraine</h3>" in page
    unlocated = page.split('id="unlocated-heading"')[1]
    assert "Lviv" in unlocated and "2 places of that name" in unlocated
    assert "GeoNames" in page


def test_place_pages_have_a_small_map_and_entity_pages_their_neighbourhood() -> None:
    site = ukraine_site()
    site.places = {"kyiv": Location(50.45, 30.52, "UA", "city", "Kyiv, Ukraine")}
    files = render_pages(site)
    kyiv = files["entities/kyiv/index.html"].decode()
    lviv = files["entities/lviv/index.html"].decode()
    person = files["entities/olena-petrenko/index.html"].decode()
    assert 'class="place-map"' in kyiv and "Kyiv, Ukraine (50.45, 30.52)" in kyiv
    assert 'class="place-map"' not in lviv and 'class="place-map"' not in person
    related = person.split('id="related-heading"')[1].count('class="entity-link')
    assert person.count('<a href="/entities/', person.index('class="neighbourhood"')) >= related
    assert 'aria-current="page" aria-label="Olena Petrenko"' in person


def test_a_closer_view_shows_where_the_markers_crowd() -> None:
    europe = [(48 + i % 5, 2 + 3 * i) for i in range(10)]
    elsewhere = [(40, -100), (-33, 151), (35, 139)]
    markers = [
        (f"p{i}", f"P{i}", "u", 10, *project(lat, lon), 8.0)
        for i, (lat, lon) in enumerate(europe + elsewhere)
    ]
    closer = _closer_view(markers)
    assert closer is not None and closer["count"] == len(europe)
    assert {m[0] for m in closer["markers"]} == {f"p{i}" for i in range(len(europe))}
    *_, width, height = map(float, closer["view_box"].split())
    assert width <= 400 and height == width / 2
    assert all(m[6] < 8.0 for m in closer["markers"])  # markers shrink as the map zooms
    assert _closer_view(markers[:5]) is None  # too few to crowd
