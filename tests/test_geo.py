"""Locating places offline: the gazetteer, disambiguation by the text and by the archive,
and coordinates set in the curation file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from site_builder.curation import parse_curation
from site_builder.geo import Location, Unlocated, curated_coordinates, locate_places
from site_builder.models import Article, Entity, MentionRef, Paragraph


def place(name: str, mentions: int = 1, aliases: tuple[str, ...] = ()) -> Entity:
    refs = [MentionRef("a", 0, 0, len(name), name) for _ in range(mentions)]
    return Entity(name.lower().replace(" ", "-"), name, "place", list(aliases), refs)


def article_with(text: str) -> Article:
    return Article(
        "a", "a", "a.txt", "A", False, dt.date(2022, 2, 1), None, None, None, (),
        [Paragraph(0, text)], "txt", "hash",
    )  # fmt: skip


def placed_in(entity: Entity, text: str) -> tuple[Entity, dict[str, Article]]:
    """Return ``entity`` mentioned at the start of ``text``'s only paragraph."""
    start = text.index(entity.name)
    entity.mentions = [MentionRef("a", 0, start, start + len(entity.name), entity.name)]
    return entity, {"a": article_with(text)}


def located(result: dict[str, object], entity_id: str) -> Location:
    where = result[entity_id]
    assert isinstance(where, Location), where
    return where


def test_countries_continents_and_states_are_located_where_they_are() -> None:
    found = locate_places([place("France"), place("Europe"), place("Virginia")], {})
    france, europe, virginia = (located(found, k) for k in ("france", "europe", "virginia"))
    assert 42 < france.lat < 51 and -5 < france.lon < 8 and france.country == "FR"
    assert 35 < europe.lat < 60 and -10 < europe.lon < 40
    assert 36 < virginia.lat < 40 and -84 < virginia.lon < -75 and virginia.country == "US"


def test_common_short_forms_of_countries_are_known() -> None:
    found = locate_places([place("U.S."), place("Britain"), place("Russia")], {})
    assert located(found, "u.s.").country == "US"
    assert located(found, "britain").country == "GB"
    russia = located(found, "russia")  # a polygon across the antimeridian
    assert 50 < russia.lat < 70 and 60 < russia.lon < 130


def test_a_town_named_with_its_state_in_the_text_is_that_town() -> None:
    virginia, articles = placed_in(place("Arlington"), "They met in Arlington, Va., on Monday.")
    texas, texas_articles = placed_in(place("Arlington"), "A rally in Arlington, Texas.")
    va = located(locate_places([virginia], articles), "arlington")
    tx = located(locate_places([texas], texas_articles), "arlington")
    assert abs(va.lat - 38.88) < 0.2 and abs(va.lon + 77.1) < 0.2
    assert abs(tx.lat - 32.7) < 0.2 and abs(tx.lon + 97.1) < 0.2


def test_a_town_of_several_of_like_size_is_listed_never_guessed() -> None:
    found = locate_places([place("Arlington"), place("Springfield")], {})
    assert isinstance(found["arlington"], Unlocated)
    assert isinstance(found["springfield"], Unlocated)
    assert "places of that name" in found["springfield"].reason


def test_a_name_unknown_to_the_gazetteer_is_listed() -> None:
    found = locate_places([place("Zorbulan Heights")], {})
    assert found["zorbulan-heights"] == Unlocated("not in the gazetteer")


def test_the_largest_town_of_a_name_wins_when_it_dwarfs_the_others() -> None:
    found = locate_places([place("Paris"), place("Moscow"), place("United States", 9)], {})
    assert located(found, "paris").country == "FR"  # not Paris, Texas
    assert located(found, "moscow").country == "RU"  # not Moscow, Idaho


def test_the_archive_s_country_settles_a_name_that_is_also_a_us_state() -> None:
    american = [place("Georgia"), place("United States", 5), place("Texas", 3)]
    assert located(locate_places(american, {}), "georgia").country == "US"
    caucasus = [place("Georgia"), place("Armenia", 5), place("Russia", 3)]
    assert located(locate_places(caucasus, {}), "georgia").country == "GE"


def test_a_town_is_found_by_its_other_names() -> None:
    found = locate_places([place("Kiev"), place("Bombay")], {})
    assert located(found, "kiev").country == "UA"
    assert located(found, "bombay").country == "IN"


def test_the_curation_file_sets_coordinates_and_wins(tmp_path: Path) -> None:
    warnings: list[str] = []
    curation = parse_curation(
        {
            "entities": [
                {"name": "Springfield", "coordinates": [39.8, -89.65]},
                {"name": "Paris", "coordinates": [33.66, -95.55]},
                {"name": "Kyiv", "coordinates": [95, 30]},
                {"name": "Minsk", "coordinates": "north"},
            ]
        },
        tmp_path / "entities.yml",
        warnings.append,
    )
    assert curation is not None
    assert sum("'coordinates' must be [latitude, longitude]" in w for w in warnings) == 2
    places = [place("Springfield"), place("Paris"), place("Kyiv")]
    curated = curated_coordinates(curation, places)
    assert curated == {"springfield": (39.8, -89.65), "paris": (33.66, -95.55)}
    found = locate_places(places, {}, curated)
    assert (located(found, "paris").lat, located(found, "paris").kind) == (33.66, "curated")
    assert located(found, "kyiv").country == "UA"  # a bad entry leaves the gazetteer's


def test_the_same_places_give_the_same_answer_in_any_order() -> None:
    names = ["Paris", "Georgia", "Arlington", "United States", "Kyiv", "Texas"]
    forward = locate_places([place(n) for n in names], {})
    backward = locate_places([place(n) for n in reversed(names)], {})
    assert forward == backward
    assert list(forward) == sorted(forward)


def test_a_town_s_other_name_competes_with_another_town_s_own_name() -> None:
    # "St. Petersburg" is Florida's own name and one of Saint Petersburg's other names
    found = locate_places([place("St. Petersburg")], {})
    assert located(found, "st.-petersburg").country == "RU"
