"""The entity curation file: human corrections that always win over the machine.

The file (``entities.yml`` beside the articles or in their parent folder, or the
``curation_file`` setting) is YAML with three optional sections. An entity is named by its
canonical name, any alias or surface form, or its id (the slug in its URL); names are
compared ignoring case, accents and dots. A full example::

    # entities.yml
    entities:
      - name: Volodymyr Zelensky       # the entity to change
        rename: Volodymyr Zelenskyy    # new canonical name (and URL slug)
        type: person                   # person | organization | place
        aliases: [Zelenskyy, Zelenskiy]  # more names that mean this entity
        description: President of Ukraine since 2019.
        links:                         # external links shown on the entity page
          - https://en.wikipedia.org/wiki/Volodymyr_Zelenskyy
          - https://www.wikidata.org/wiki/Q3881980
      - name: Arlington
        coordinates: [38.88, -77.10]   # a place's latitude and longitude, for the map
      - name: Kremlin
        type: organization
      - name: Tensions                 # a false entity: its mentions are not linked
        ignore: true

    merge:                             # "this: into that": two entities are one
      Olaf Sholz: Olaf Scholz
      Dmytro Kulebo: Dmytro Kuleba

    split:                             # a name that means different entities, per article
      - name: Kuleba
        articles:                      # article file name, id or slug -> entity
          000_1e3144c01c9fb4da.txt: Anastacia Kuleba
          004_49f0d4c9f33063e6.txt: Dmytro Kuleba

Rules: a merge chain (A into B, B into C) is followed; a merge cycle is reported and
ignored. A split target that is not an entity yet becomes a new one. ``aliases`` also
link mentions with those exact names that the machine dropped or gave to another entity.
Problems (bad YAML, wrong shapes, unknown names or types, cycles) are reported as
warnings naming the file; the rest of the file still applies.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

Warn = Callable[[str], None]

_ENTITY_KEYS = {
    "name", "rename", "type", "aliases", "description", "links", "ignore", "coordinates"
}  # fmt: skip


@dataclass
class EntityEdit:
    """Curated facts about one entity."""

    name: str
    where: str  # position in the file, for messages ("entities[2]")
    rename: str | None = None
    type: str | None = None
    aliases: list[str] = field(default_factory=list)
    description: str | None = None
    links: list[str] = field(default_factory=list)
    ignore: bool = False
    coordinates: tuple[float, float] | None = None  # (latitude, longitude) of a place


@dataclass
class SplitRule:
    """Mentions named ``name`` in the given articles belong to the given entities."""

    name: str
    articles: dict[str, str]  # article file name / id / slug -> entity name
    where: str


@dataclass
class Curation:
    """Everything the curation file says, validated for shape (names are checked later)."""

    path: Path
    entities: list[EntityEdit] = field(default_factory=list)
    merges: dict[str, str] = field(default_factory=dict)  # from -> into
    splits: list[SplitRule] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        """Return True when the file asks for nothing."""
        return not (self.entities or self.merges or self.splits)


def _text(value: Any) -> str | None:
    if isinstance(value, str) and value.strip():
        return value.strip()
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return None


def _text_list(value: Any) -> list[str] | None:
    if value is None:
        return []
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        value = [value]
    if not isinstance(value, list):
        return None
    items = [_text(v) for v in value]
    if any(v is None for v in items):
        return None
    return [v for v in items if v is not None]


def _parse_entity(item: Any, where: str, path: Path, warn: Warn) -> EntityEdit | None:
    if isinstance(item, str):
        warn(f"{path}: {where}: expected a mapping with 'name:', got the text {item!r}")
        return None
    if not isinstance(item, dict):
        warn(f"{path}: {where}: expected a mapping such as '- name: Kremlin'; entry ignored")
        return None
    name = _text(item.get("name"))
    if name is None:
        warn(f"{path}: {where}: 'name' is missing or empty; entry ignored")
        return None
    for key in sorted(set(map(str, item)) - _ENTITY_KEYS):
        warn(
            f"{path}: {where} ({name}): unknown field {key!r} ignored; "
            f"use {', '.join(sorted(_ENTITY_KEYS))}"
        )
    edit = EntityEdit(name=name, where=where)
    for key in ("rename", "type", "description"):
        if key in item and item[key] is not None:
            value = _text(item[key])
            if value is None:
                warn(f"{path}: {where} ({name}): '{key}' must be text; ignored")
            else:
                setattr(edit, key, value)
    for key in ("aliases", "links"):
        values = _text_list(item.get(key))
        if values is None:
            warn(f"{path}: {where} ({name}): '{key}' must be a list of texts; ignored")
        else:
            setattr(edit, key, values)
    if item.get("coordinates") is not None:
        edit.coordinates = _coordinates(item["coordinates"])
        if edit.coordinates is None:
            warn(
                f"{path}: {where} ({name}): 'coordinates' must be [latitude, longitude] "
                "in degrees, such as [38.88, -77.10]; ignored"
            )
    ignore = item.get("ignore", False)
    if not isinstance(ignore, bool):
        warn(f"{path}: {where} ({name}): 'ignore' must be true or false; ignored")
    else:
        edit.ignore = ignore
    return edit


def _coordinates(value: Any) -> tuple[float, float] | None:
    """Return ``[lat, lon]`` as numbers in range, or None."""
    if not isinstance(value, list) or len(value) != 2:
        return None
    if any(isinstance(v, bool) or not isinstance(v, (int, float)) for v in value):
        return None
    lat, lon = float(value[0]), float(value[1])
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    return (lat, lon)


def _parse_merges(value: Any, path: Path, warn: Warn) -> dict[str, str]:
    merges: dict[str, str] = {}
    pairs: list[tuple[Any, Any]] = []
    if isinstance(value, dict):
        pairs = list(value.items())
    elif isinstance(value, list):  # also accept a list of one-pair mappings or [from, into]
        for n, item in enumerate(value):
            if isinstance(item, dict) and len(item) == 1:
                pairs.extend(item.items())
            elif isinstance(item, list) and len(item) == 2:
                pairs.append((item[0], item[1]))
            else:
                warn(f"{path}: merge[{n}]: write merges as 'Name: Into name'; entry ignored")
    else:
        warn(f"{path}: 'merge' must be a mapping 'Name: Into name'; section ignored")
        return merges
    for source, target in pairs:
        s, t = _text(source), _text(target)
        if s is None or t is None:
            warn(f"{path}: merge {source!r}: {target!r}: both names must be text; ignored")
            continue
        if s in merges and merges[s] != t:
            warn(f"{path}: merge: {s!r} is merged into both {merges[s]!r} and {t!r}; kept first")
            continue
        merges[s] = t
    return merges


def _parse_splits(value: Any, path: Path, warn: Warn) -> list[SplitRule]:
    rules: list[SplitRule] = []
    if not isinstance(value, list):
        warn(f"{path}: 'split' must be a list of '- name: ... articles: {{...}}'; ignored")
        return rules
    for n, item in enumerate(value):
        where = f"split[{n}]"
        if not isinstance(item, dict):
            warn(f"{path}: {where}: expected 'name:' and 'articles:'; entry ignored")
            continue
        name = _text(item.get("name"))
        articles = item.get("articles")
        if name is None or not isinstance(articles, dict) or not articles:
            warn(
                f"{path}: {where}: needs 'name:' and 'articles:' mapping each article "
                "(file name, id or slug) to an entity name; entry ignored"
            )
            continue
        mapping: dict[str, str] = {}
        for art, target in articles.items():
            a, t = _text(art), _text(target)
            if a is None or t is None:
                warn(f"{path}: {where} ({name}): article {art!r}: entity name must be text")
                continue
            mapping[a] = t
        if mapping:
            rules.append(SplitRule(name, mapping, where))
    return rules


def parse_curation(data: Any, path: Path, warn: Warn) -> Curation | None:
    """Validate the shape of parsed YAML and return what is usable."""
    if data is None:
        return Curation(path)
    if not isinstance(data, dict):
        warn(
            f"{path}: expected sections 'entities:', 'merge:' and 'split:' at the top level; "
            "file ignored (see the README for the format)"
        )
        return None
    curation = Curation(path)
    for key in sorted(set(map(str, data)) - {"entities", "merge", "split"}):
        warn(f"{path}: unknown section {key!r} ignored; use entities, merge or split")
    entities = data.get("entities")
    if entities is not None:
        if not isinstance(entities, list):
            warn(f"{path}: 'entities' must be a list of '- name: ...' entries; section ignored")
        else:
            for n, item in enumerate(entities):
                edit = _parse_entity(item, f"entities[{n}]", path, warn)
                if edit is not None:
                    curation.entities.append(edit)
    if data.get("merge") is not None:
        curation.merges = _parse_merges(data["merge"], path, warn)
    if data.get("split") is not None:
        curation.splits = _parse_splits(data["split"], path, warn)
    return curation


def load_curation(path: Path | None, warn: Warn) -> Curation | None:
    """Read the curation file; problems become warnings naming the file, never exceptions."""
    if path is None:
        return None
    try:
        raw = Path(path).read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        warn(f"{path}: curation file not found; check the curation_file setting")
        return None
    except (OSError, UnicodeDecodeError) as exc:
        warn(f"{path}: cannot read the curation file ({exc}); save it as UTF-8 text")
        return None
    try:
        data = yaml.safe_load(raw)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or "syntax error"
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        warn(f"{path}: not valid YAML ({problem}{where}); curation ignored until it is fixed")
        return None
    return parse_curation(data, Path(path), warn)
