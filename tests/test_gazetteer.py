"""The gazetteer: its comparison key, a few names it must know, and no conflicts between
its lists where the resolver's order of checks would make one entry silently lose."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from site_builder import gazetteer as g
from site_builder import person_names
from site_builder.gazetteer import norm_key

# --- norm_key -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("NATO", "nato"),
        ("U.S.", "US"),
        ("Zürich", "Zurich"),
        ("São Paulo", "Sao Paulo"),
        ("Kyiv’s", "Kyivs"),
        ("O'Brien", "OBrien"),
        ("Bosnia-Herzegovina", "Bosnia Herzegovina"),
        ("  New   York\tCity ", "New York City"),
        ("The Hague", "Hague"),
        ("the United Nations", "United Nations"),
        ("ＮＡＴＯ", "NATO"),  # full-width letters
    ],
)
def test_spellings_of_one_name_share_a_key(a: str, b: str) -> None:
    assert norm_key(a) == norm_key(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Theodore", "odore"),  # only a whole leading word "the" goes
        ("Bank of the West", "Bank of West"),  # and only at the start
        ("Al-Shabaab", "Alshabaab"),  # a hyphen separates words, a dot does not
    ],
)
def test_different_names_keep_different_keys(a: str, b: str) -> None:
    assert norm_key(a) != norm_key(b)


@given(st.text(max_size=40))
def test_a_key_is_lowercase_trimmed_ascii_and_its_own_key(text: str) -> None:
    key = norm_key(text)
    assert key.isascii()
    assert key == key.lower()
    assert key == key.strip()
    assert "  " not in key
    assert norm_key(key) == key or key.startswith("the ")  # "the the x" loses one "the"


def test_every_entry_is_stored_under_its_key() -> None:
    keyed_sets = {
        "COUNTRIES": g.COUNTRIES,
        "CITIES_AND_REGIONS": g.CITIES_AND_REGIONS,
        "ORGANIZATIONS": g.ORGANIZATIONS,
        "ORG_HEADS": g.ORG_HEADS,
        "PLACE_HEADS": g.PLACE_HEADS,
        "US_STATES": g.US_STATES,
        "PERSON_TITLES": g.PERSON_TITLES,
        "DEMONYMS": g.DEMONYMS,
        "GIVEN_NAMES": person_names.GIVEN_NAMES,
        "COMMON_WORDS": g.COMMON_WORDS,
        "MONTHS_DAYS": g.MONTHS_DAYS,
        "BOILERPLATE": g.BOILERPLATE,
        "ALIASES": set(g.ALIASES),
        "ROLE_CLASSES": set(g.ROLE_CLASSES),
        "DEMONYM_COUNTRY": set(g.DEMONYM_COUNTRY),
        "GENERIC_ORGS": set(g.GENERIC_ORGS),
    }
    for name, keys in keyed_sets.items():
        assert keys, f"{name} is empty"
        stray = sorted(k for k in keys if norm_key(k) != k)
        assert not stray, f"{name} holds entries that are not keys: {stray}"


# --- names it must know ---------------------------------------------------------------


@pytest.mark.parametrize("name", ["Ukraine", "United States", "Ivory Coast"])
def test_countries_are_places(name: str) -> None:
    assert norm_key(name) in g.COUNTRIES
    assert norm_key(name) in g.PLACES


@pytest.mark.parametrize("name", ["Kyiv", "The Hague", "St. Petersburg", "Middle East", "Crimea"])
def test_cities_and_regions_are_places(name: str) -> None:
    assert norm_key(name) in g.PLACES


@pytest.mark.parametrize("name", ["NATO", "the European Union", "Kremlin", "Reuters"])
def test_well_known_organisations_are_known(name: str) -> None:
    assert norm_key(name) in g.ORGANIZATIONS


@pytest.mark.parametrize(
    ("short", "full"),
    [
        ("U.S.", "United States"),
        ("UK", "United Kingdom"),
        ("Kiev", "Kyiv"),
        ("E.U.", "European Union"),
        ("Washington, D.C.", "Washington"),
    ],
)
def test_short_forms_and_old_spellings_lead_to_the_full_name(short: str, full: str) -> None:
    assert g.ALIASES[norm_key(short)] == full


def test_titles_roles_and_demonyms() -> None:
    assert norm_key("Foreign Minister") in g.PERSON_TITLES
    assert g.ROLE_CLASSES["foreign minister"] == g.ROLE_CLASSES["secretary of state"]
    assert g.ROLE_CLASSES["spokeswoman"] == g.ROLE_CLASSES["press secretary"]
    assert g.ROLE_CLASSES["foreign minister"] != g.ROLE_CLASSES["spokeswoman"]
    assert g.DEMONYM_COUNTRY["russian"] == "Russia"
    assert g.COUNTRY_DEMONYM["Russia"] == "Russian"
    assert g.COUNTRY_DEMONYM["United States"] == "U.S."
    for spelling in ("Ministry of Defence", "Defense Ministry", "Department of Defense"):
        assert g.GENERIC_ORGS[norm_key(spelling)] == "Defense Ministry"


def test_particles_are_lowercase_name_words() -> None:
    assert {"von", "van", "de", "al", "bin"} <= person_names.PARTICLES
    assert all(p == p.lower() and " " not in p for p in person_names.PARTICLES)


# --- no conflicts that matter ---------------------------------------------------------

# names that are both a place and an organisation on purpose; the place wins
PLACE_AND_ORGANISATION = {
    "amazon": "the river and region, and the company",
    "downing street": "the street, and the British government",
}


def test_a_name_is_a_place_or_an_organisation_but_not_both() -> None:
    both = g.PLACES & g.ORGANIZATIONS
    unexplained = sorted(both - PLACE_AND_ORGANISATION.keys())
    assert not unexplained, f"both place and organisation (the place wins): {unexplained}"
    stale = sorted(PLACE_AND_ORGANISATION.keys() - both)
    assert not stale, f"no longer in both lists: {stale}"


def test_an_alias_leads_in_one_step_to_a_name_the_gazetteer_knows() -> None:
    known = g.PLACES | g.ORGANIZATIONS
    for key, full in g.ALIASES.items():
        target = norm_key(full)
        assert target != key, f"{key!r} is an alias of itself"
        assert target not in g.ALIASES, f"{key!r} -> {full!r} is itself an alias"
        assert target in known, f"{key!r} leads to {full!r}, which is no known place or org"


def test_a_demonym_leads_to_a_known_place() -> None:
    for demonym, country in g.DEMONYM_COUNTRY.items():
        assert norm_key(country) in g.PLACES, f"{demonym!r} -> {country!r}"


def test_no_known_name_is_dropped_as_a_date_or_boilerplate() -> None:
    # the resolver drops month/day names and boilerplate before it looks a name up
    known = g.PLACES | g.ORGANIZATIONS
    assert not known & g.BOILERPLATE
    assert not [k for k in known if all(t in g.MONTHS_DAYS for t in k.split())]


def test_places_has_exactly_the_countries_and_the_cities_and_regions() -> None:
    assert g.PLACES == g.COUNTRIES | g.CITIES_AND_REGIONS
