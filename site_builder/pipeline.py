"""The whole program in one function: load, extract, resolve, timeline, render, write, index.

Everything cross-article (entities, the timeline) is complete before the first page is
rendered; the site is written to a temporary folder and swapped in only on success.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.metadata
import json
import multiprocessing
import os
import pickle
import shutil
import signal
import threading
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .cache import write_atomic
from .collector import gc_paused, release
from .config import BUILTIN_STATIC, BUILTIN_TEMPLATES, Config
from .curation import Curation, load_curation
from .errors import ArticleError, SiteBuilderError, StrictError
from .extract import EarlyHelper, _model_id, extract_articles, load_nlp, start_early_helper
from .models import ENTITY_TYPES, Article, Extraction, Site
from .output import OutputError, PageIndex, SiteWriter, check_output_dir
from .render import Renderer
from .report import BuildLog
from .resolve import MENTIONS_ATTR, prepare_mentions, resolve_entities
from .search import BUNDLE_DIR, cached_index, index_site
from .sources import read_articles
from .timeline import PREPARED_ATTR, build_timeline, prepare_article

LOW_CONFIDENCE = 0.75
STATE_FORMAT = "1"


@dataclass
class BuildKeys:
    """Fingerprints of a build's inputs, for the build-state and whole-site caches."""

    state: str | None = None  # articles + curation + model + code -> resolution, timeline
    site: str | None = None  # state + settings + templates + static -> every output byte
    render: str | None = None  # code + settings + templates + static: what every page shares
    extra: dict[str, str] = field(default_factory=dict)


def _hash_files(h: hashlib._Hash, *roots: Path | None) -> None:
    """Feed the relative paths and bytes of every file under ``roots`` into ``h``."""
    for root in roots:
        h.update(b"\0root\0" + str(root).encode())
        if root is None or not root.is_dir():
            continue
        for path in sorted(root.rglob("*")):
            if path.is_file():
                h.update(str(path.relative_to(root)).encode() + b"\0")
                h.update(hashlib.sha256(path.read_bytes()).digest())


_CODE_HASH: list[str] = []


def _library_versions() -> str:
    """Return the versions of the libraries that shape the output bytes."""
    out = []
    for name in ("jinja2", "markupsafe"):
        try:
            out.append(f"{name}={importlib.metadata.version(name)}")
        except importlib.metadata.PackageNotFoundError:
            out.append(f"{name}=?")
    return ",".join(out)


def code_hash() -> str:
    """Return a digest of this package's source (a code change invalidates build caches)."""
    if not _CODE_HASH:
        h = hashlib.sha256(STATE_FORMAT.encode())
        for path in sorted(Path(__file__).parent.glob("*.py")):
            h.update(path.name.encode() + b"\0" + path.read_bytes())
        _CODE_HASH.append(h.hexdigest())
    return _CODE_HASH[0]


def _state_file(config: Config, kind: str, owner: Path) -> Path:
    name = hashlib.sha256(str(owner.resolve()).encode()).hexdigest()[:24]
    return config.resolved_cache_dir / "state" / f"{kind}-{name}"


def _read_pickle(path: Path, key: str) -> object | None:
    """Return the payload stored under ``key`` at ``path``, or None (missing/stale/bad)."""
    try:
        with path.open("rb") as fh:
            # the key is a pickle of its own, before the payload: a stale entry (the
            # usual case after an edit) is known without loading what it holds
            if pickle.load(fh) != key:
                return None
            return pickle.load(fh)
    except FileNotFoundError:
        return None
    except Exception:  # a damaged entry is only a cache miss
        with contextlib.suppress(OSError):
            path.unlink()
        return None


def _write_atomic(path: Path, data: bytes, warn: Callable[[str], None]) -> None:
    try:
        write_atomic(path, data)
    except OSError as exc:
        warn(f"{path}: cannot write the build cache ({exc}); the build goes on")


def _keyed_pickler(key: str, obj: object) -> Callable[[Any], None]:
    """Return the writer of ``key`` and then ``obj`` as two pickles (see _read_pickle)."""

    def dump(fh: Any) -> None:
        pickle.dump(key, fh, protocol=5)
        pickle.dump(obj, fh, protocol=5)

    return dump


def _dump_atomic(path: Path, key: str, obj: object, warn: Callable[[str], None]) -> None:
    """Pickle ``key`` and then ``obj`` to ``path`` atomically, streamed (no copy of the
    bytes in memory); :func:`_read_pickle` reads ``obj`` back only under ``key``."""
    try:
        write_atomic(path, _keyed_pickler(key, obj))
    except OSError as exc:
        warn(f"{path}: cannot write the build cache ({exc}); the build goes on")


_DUMPS: list[tuple[int, Path]] = []  # forked writers of the build state (see below)


def _dump_beside(
    path: Path, key: str, obj: object, warn: Callable[[str], None], articles: int
) -> None:
    """Like :func:`_dump_atomic`, from a forked process when that is safe and cheap.

    After the timeline, this process builds the site graph on one core for a while before
    rendering takes both; the pickled state (0.2 s and more at 1,000 articles) is written
    meanwhile. :func:`_reap_dumps` waits for it before the build returns. Big archives
    write it here: a forked process copies what it reads.
    """
    if (
        articles > PARALLEL_RENDER_MAX_ARTICLES
        or not hasattr(os, "fork")
        or threading.current_thread() is not threading.main_thread()
    ):
        _dump_atomic(path, key, obj, warn)
        return
    pid = os.fork()
    if pid == 0:  # the child: writes, never returns, never runs the parent's clean-up code
        status = 1
        try:
            write_atomic(path, _keyed_pickler(key, obj))
            status = 0
        finally:
            os._exit(status)
    _DUMPS.append((pid, path))


def _reap_dumps(warn: Callable[[str], None] | None) -> None:
    """Wait for the state writers of :func:`_dump_beside`; warn about a failed one."""
    while _DUMPS:
        pid, path = _DUMPS.pop()
        try:
            _, status = os.waitpid(pid, 0)
        except ChildProcessError:
            continue
        if status != 0 and warn is not None:
            warn(f"{path}: cannot write the build cache; the build goes on")


@dataclass
class BuildResult:
    """What a build produced."""

    site: Site
    output: Path
    files: int
    log: BuildLog
    search_pending: bool = False  # the site carries the previous search index (see build)
    # the renderer over ``site`` (None when the site in place was reused whole): the dev
    # server renders its previews of edits with it
    renderer: Renderer | None = None
    # with build(exiting=True): the build's other large objects, kept with the result
    kept: tuple = ()


PARALLEL_RENDER_TASKS = 300  # below this many pages a second process costs more than it saves
# Above this many articles the site graph is large, and a forked process ends up copying
# most of it (reference counts are written to every object it reads): at 10,000 articles
# rendering in two processes doubles the peak memory (measured 2.4 -> 5 GiB), so big
# archives render in one process.
PARALLEL_RENDER_MAX_ARTICLES = 4000


class _TaskCounter:
    """The next task's number, shared by a process and its forked child: each takes the
    next task when it is free, so both finish together whatever the tasks cost (an even
    split left one process idle for up to a second at 1,000 articles)."""

    def __init__(self) -> None:
        self._value = multiprocessing.RawValue("q", 0)  # shared memory, inherited by fork
        self._lock = multiprocessing.Lock()

    def take(self) -> int:
        # held for an increment only: a wait this long means the other process died
        # holding it (killed from outside), and the build must not hang
        if not self._lock.acquire(timeout=60):
            raise OutputError("a rendering process died; the previous site was kept")
        try:
            n = self._value.value
            self._value.value = n + 1
        finally:
            self._lock.release()
        return n


def _shared_counter() -> _TaskCounter | None:
    """A :class:`_TaskCounter`, or None where the system has no shared semaphores."""
    try:
        return _TaskCounter()
    except (OSError, ImportError):  # e.g. no /dev/shm in some containers
        return None


def render_into(writer: SiteWriter, renderer: Renderer, processes: int, progress) -> int:
    """Render every page into ``writer``, in two processes when there are many pages;
    return how many rendered.

    The second process is forked (it shares the site graph, copy-on-write), renders tasks
    straight into the same temporary folder and reports the paths it wrote through a
    pipe; the two take tasks in turn from a shared counter (an even split where that is
    not possible). Tasks are pure functions of the site, so the bytes do not depend on
    which process renders what.
    """
    tasks = renderer.page_tasks()
    if (
        processes <= 1
        or len(tasks) < PARALLEL_RENDER_TASKS
        or len(renderer.site.articles) > PARALLEL_RENDER_MAX_ARTICLES
        or not hasattr(os, "fork")
        or threading.current_thread() is not threading.main_thread()  # e.g. the dev server
    ):
        for task in tasks:
            for relative, content in task():
                writer.write(relative, content)
                progress()
        return 1
    counter = _shared_counter()
    parent = os.getpid()

    def shared() -> Iterator[Callable[[], Any]]:
        assert counter is not None
        while (n := counter.take()) < len(tasks):
            yield tasks[n]

    def mine(parity: int) -> Iterator[Callable[[], Any]]:
        for task in shared() if counter is not None else tasks[parity::2]:
            # the child stops as soon as the build is gone (killed): it must not go on
            # writing into a temporary folder that the next build will clean up
            if parity and os.getppid() != parent:
                return
            yield task

    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns, never runs the parent's clean-up code
        status = 0
        try:
            os.close(read_fd)
            first = len(writer.written)
            for task in mine(1):
                for relative, content in task():
                    writer.write(relative, content)
            written = writer.written[first:]
            digests = {r: writer.digests[r] for r in written if r in writer.digests}
            payload = pickle.dumps(("ok", (written, digests, writer.taken)))
        except BaseException as exc:
            status = 1
            try:
                payload = pickle.dumps(("error", exc))
            except Exception:
                payload = pickle.dumps(("error", OutputError(f"rendering failed: {exc}")))
        try:
            with os.fdopen(write_fd, "wb") as fh:
                fh.write(payload)
        finally:
            os._exit(status)
    os.close(write_fd)
    try:
        for task in mine(0):
            for relative, content in task():
                writer.write(relative, content)
                progress()
    except BaseException:
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGTERM)
        with contextlib.suppress(OSError):
            os.close(read_fd)
        with contextlib.suppress(ChildProcessError):
            os.waitpid(pid, 0)
        raise
    with os.fdopen(read_fd, "rb") as fh:
        data = fh.read()
    os.waitpid(pid, 0)
    try:
        kind, value = pickle.loads(data)
    except Exception:
        raise OutputError("a rendering process died; the previous site was kept") from None
    if kind == "error":
        raise value
    written, digests, taken = value
    writer.written.extend(written)
    writer.digests.update(digests)
    writer.count += len(written)
    writer.taken += taken
    progress()
    return 2


PREPARED_ATTRS = (MENTIONS_ATTR, PREPARED_ATTR)


class PreparedStore:
    """The article-local halves of resolution and timeline, one cache file per article.

    They depend on one article's text, extraction, id and date (and on the code and the
    model) only, so after an edit only the edited article is prepared again. A cold build
    computes them in the NLP worker processes, in parallel. They are read one article at
    a time, when resolution or the timeline reaches that article, so the whole archive's
    never sits in memory at once.
    """

    def __init__(self, config: Config, warn: Callable[[str], None]) -> None:
        self.enabled = config.use_cache
        self.version = code_hash() + _model_id(config.spacy_model)
        self.parent = config.resolved_cache_dir / "prepared"
        version_dir = hashlib.sha256(self.version.encode()).hexdigest()[:16]
        self.root = self.parent / version_dir
        self.warn = warn

    def _path(self, kind: str, article: Article) -> Path:
        raw = f"{kind}\0{article.content_hash}\0{article.id}\0{article.date}\0{self.version}"
        key = hashlib.sha256(raw.encode()).hexdigest()[:40]
        return self.root / kind / key[:2] / f"{key}.pickle"

    def prune(self) -> None:
        """Remove the entries other versions of the code or model made: they can never be
        read again, and each version holds one file per article and kind."""
        if not self.enabled or not self.parent.is_dir():
            return
        for entry in self.parent.iterdir():
            if entry.is_dir() and entry != self.root:
                shutil.rmtree(entry, ignore_errors=True)

    def spill(self, article: Article, extraction: Extraction, warn: Callable[[str], None]) -> None:
        """Write the halves attached to ``extraction`` to the cache and drop them (read
        back one at a time later): a cold build never holds them all. Runs in the NLP
        worker that made them; a half that cannot be written stays attached."""
        if not self.enabled:
            return
        for kind, attr in (("mentions", MENTIONS_ATTR), ("timeline", PREPARED_ATTR)):
            value = getattr(extraction, attr, None)
            if value is None:
                continue
            path = self._path(kind, article)
            try:
                write_atomic(path, pickle.dumps(value, protocol=5))
            except OSError as exc:
                warn(f"{path}: cannot write the build cache ({exc}); the build goes on")
                continue
            delattr(extraction, attr)

    def provider(
        self, kind: str, attr: str, make: Callable[[Article, Extraction | None], object]
    ) -> Callable[[Article, Extraction | None], Any]:
        """Return ``f(article, extraction)``: the value a worker attached, else the cached
        one, else ``make(article, extraction)``; new values are written to the cache."""

        def provide(article: Article, extraction: Extraction | None) -> Any:
            path = self._path(kind, article)
            value = getattr(extraction, attr, None)
            if value is not None:
                delattr(extraction, attr)
            elif self.enabled:
                try:
                    value = pickle.loads(path.read_bytes())
                    return value
                except FileNotFoundError:
                    pass
                except Exception:  # a damaged entry is only a cache miss
                    with contextlib.suppress(OSError):
                        path.unlink()
            if value is None:
                value = make(article, extraction)
            if self.enabled:
                _write_atomic(path, pickle.dumps(value, protocol=5), self.warn)
            return value

        return provide


def find_curation_file(config: Config) -> Path | None:
    """Return the curation file in use: the setting, or ``entities.yml`` near the input."""
    if config.curation_file is not None:
        return config.curation_file
    for candidate in (
        config.input_dir / "entities.yml",
        config.input_dir.resolve().parent / "entities.yml",
    ):
        if candidate.is_file():
            return candidate
    return None


def _read_all(
    config: Config, warn: Callable[[str], None], on_change: Callable[[], None] | None = None
) -> tuple[list[Article], list]:
    """Read every article; parsed files are kept per file (bytes, sidecar, metadata), so
    a rebuild parses only the files that changed (``on_change()`` is called before each)."""
    read_path = _state_file(config, "read", config.input_dir)
    stored = _read_pickle(read_path, code_hash()) if config.use_cache else None
    read_cache = stored if isinstance(stored, dict) else {}
    before = set(read_cache)
    articles, skipped = read_articles(
        config.input_dir,
        warn,
        metadata_file=config.metadata_file,
        max_bytes=config.max_article_bytes,
        cache=read_cache,
        on_change=on_change if stored is not None else None,  # no cache: nothing "changed"
    )
    if config.use_cache and set(read_cache) != before:
        _dump_atomic(read_path, code_hash(), read_cache, warn)
    return articles, skipped


def _read_in_child(config: Config) -> tuple[list[Article], list, list[str]]:
    """The forked side of :func:`_read_while_loading_model`."""
    messages: list[str] = []
    articles, skipped = _read_all(config, messages.append)
    return articles, skipped, messages


def _read_while_loading_model(
    config: Config, warn: Callable[[str], None], on_change: Callable[[], None] | None = None
) -> tuple[list[Article], list]:
    """Read the articles; on a cold build, in a forked process while this one loads spaCy.

    Both take about a second at 1,000 articles and the second core is idle until the NLP
    workers start, so a cold build overlaps them. When the NLP cache has entries (most
    articles will not need the model) or forking is not possible, it simply reads. Any
    failure of the child falls back to reading here, so errors read as usual.
    """
    cold = not config.use_cache or not (config.resolved_cache_dir / "nlp").is_dir()
    if (
        not cold
        or "fork" not in multiprocessing.get_all_start_methods()
        or threading.current_thread() is not threading.main_thread()
        or not config.input_dir.is_dir()
    ):
        return _read_all(config, warn, on_change)
    ctx = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=1, mp_context=ctx) as pool:
        future = pool.submit(_read_in_child, config)
        with contextlib.suppress(SiteBuilderError):  # a missing model is reported later
            load_nlp(config.spacy_model)
        try:
            articles, skipped, messages = future.result()
        except Exception:
            return _read_all(config, warn)
    for message in messages:
        warn(message)
    return articles, skipped


def load_site(config: Config, log: BuildLog, keys: BuildKeys | None = None) -> Site:
    """Read, extract, resolve and date everything: the complete site graph.

    Resolution and timeline are functions of the articles, the curation file, the model and
    the code only: their result is kept in the cache folder under a fingerprint of all of
    those, so a rebuild with nothing changed skips them (``--no-cache`` never uses it).
    """
    keys = keys if keys is not None else BuildKeys()
    early = _EarlyStart(config)
    try:
        return _load_site(config, log, keys, early)
    finally:
        early.close()


class _EarlyStart:
    """The NLP helper of a rebuild, forked when the first changed file is met while
    reading (:func:`extract.start_early_helper`): spaCy then loads while the rest is read
    and the cached extractions are loaded. A rebuild with no changed file starts none."""

    def __init__(self, config: Config) -> None:
        self.config = config
        self.helper: EarlyHelper | None = None
        self.tried = False

    def start(self) -> None:
        if not self.tried:
            self.tried = True
            try:
                self.helper = start_early_helper(self.config)
            except Exception:  # only a speed-up: never a reason to skip the file being read
                self.helper = None

    def close(self) -> None:
        """Stop the helper (used, or not needed): its core is free for what follows."""
        if self.helper is not None:
            self.helper.close()


def _load_site(config: Config, log: BuildLog, keys: BuildKeys, early: _EarlyStart) -> Site:
    """:func:`load_site` with its early helper (closed here once the NLP is done)."""
    with log.stage("read"):
        articles, skipped = _read_while_loading_model(config, log.warn, early.start)
        for item in skipped:
            log.error(item.reason)
        if not articles:
            raise ArticleError(
                str(config.input_dir),
                f"no article could be built ({len(skipped)} skipped); add .txt/.md articles "
                "or fix the files above. The previous site was kept",
            )
        for article in articles:
            if article.date is None:
                log.warn(
                    f"{article.source_path}: no date; shown as undated. Give it one with "
                    f"'date: YYYY-MM-DD' in front matter or in {Path(article.source_path).stem}"
                    ".meta.yml"
                )
    log.info(f"read {len(articles)} articles ({len(skipped)} skipped); finding entities and dates")
    with log.stage("resolve"):
        curation = load_curation(find_curation_file(config), log.warn)
        keys.state = _state_key(config, articles, curation)
        state_path = _state_file(config, "state", config.input_dir)
        cached = _read_pickle(state_path, keys.state) if config.use_cache else None
    store = PreparedStore(config, log.warn)

    def extract(update: Callable[[int], None], early: EarlyHelper | None = None) -> dict:
        return extract_articles(
            articles, config, log.warn, progress=update, on_result=store.spill, early=early
        )

    extractions: Mapping[str, Extraction]
    if cached is None:
        with log.stage("nlp"), log.progress("NLP", len(articles)) as update:
            extractions = extract(update, early.helper)
    early.close()
    if cached is not None:
        # resolution and timeline come from the cache: the extractions are needed only
        # if a page has to be rendered (not when the whole site in place is reused)
        def deferred() -> dict[str, Extraction]:
            log.debug("  reading the NLP cache: pages have to be rendered")
            with log.progress("NLP", len(articles)) as update:
                return extract(update)

        extractions = DeferredExtractions(deferred)
    with gc_paused():
        return _resolve_and_date(
            config, log, keys, articles, extractions, skipped, store, curation, cached
        )


class DeferredExtractions(Mapping[str, Extraction]):
    """The archive's extractions, made (from the NLP cache) when first looked at."""

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

    def get(self, article_id: str, default: Any = None) -> Any:
        return self._loaded().get(article_id, default)


def _state_key(config: Config, articles: list[Article], curation: object) -> str:
    """The fingerprint of everything resolution and the timeline depend on."""
    h = hashlib.sha256(code_hash().encode() + _model_id(config.spacy_model).encode())
    # repr, not pickle: pickle's bytes depend on which equal values share an object,
    # which differs between a freshly parsed article and one from the read cache
    h.update(repr(curation).encode())
    for article in articles:  # one at a time: no copy of the whole archive in memory
        h.update(repr(article).encode())
    return h.hexdigest()


def _resolve_and_date(
    config: Config,
    log: BuildLog,
    keys: BuildKeys,
    articles: list[Article],
    extractions: Mapping[str, Extraction],
    skipped: list,
    store: PreparedStore,
    curation: Curation | None,
    cached: object,
) -> Site:
    """Resolution and timeline (``cached``: their result from the cache, or None): the
    archive-wide half of :func:`load_site`."""
    state_path = _state_file(config, "state", config.input_dir)
    with log.stage("resolve"):
        log.counts["state_reused"] = cached is not None
        if cached is not None:
            resolution, events, timeline_warnings = cached  # type: ignore[misc]
        else:
            mentions = store.provider("mentions", MENTIONS_ATTR, prepare_mentions)
            assert isinstance(extractions, dict)  # made above, never deferred without a state
            resolution = resolve_entities(articles, extractions, curation, mentions)
        for message in resolution.warnings:
            log.warn(message)
        for note in resolution.notes:
            if note.confidence < LOW_CONFIDENCE:
                log.low_confidence.append(f"{note.entity_id}: {note.message}")
    with log.stage("timeline"):
        if cached is None:
            timeline_prep = store.provider("timeline", PREPARED_ATTR, prepare_article)
            events, timeline_warnings = build_timeline(
                articles, extractions, resolution, timeline_prep
            )
            store.prune()
            if config.use_cache:
                state = (resolution, events, timeline_warnings)
                _dump_beside(state_path, keys.state, state, log.warn, len(articles))
            for extraction in extractions.values():  # not needed any more: free the memory
                for attr in PREPARED_ATTRS:
                    if hasattr(extraction, attr):
                        delattr(extraction, attr)
        for message in timeline_warnings:
            log.warn(message)
    site = Site(articles, extractions, resolution, events, warnings=list(log.warnings))
    types = Counter(e.type for e in resolution.entities)
    log.counts.update(
        articles=len(articles),
        skipped=len(skipped),
        undated=sum(1 for a in articles if a.date is None),
        entities=len(resolution.entities),
        entities_by_type={t: types.get(t, 0) for t in ENTITY_TYPES},
        events=sum(1 for e in events if e.date),
        undated_events=sum(1 for e in events if not e.date),
    )
    return site


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
        )
    )


def build(
    config: Config,
    log: BuildLog | None = None,
    search_later: bool = False,
    exiting: bool = False,
) -> BuildResult:
    """Build the site described by ``config`` and return what was made.

    ``search_later`` (for ``serve``): when the pages changed and the cache has no index
    for them, the new site carries the previous search index and ``search_pending`` is
    set; the caller refreshes it with :func:`search.refresh_index` once the site is in
    place, so the browser reloads without waiting for Pagefind.

    ``exiting`` (for the command line, which ends the process right after): the build's
    large objects (the renderer's graph and views, the page indexes) are kept with the
    result instead of being freed one by one on the way out (0.2 s at 1,000 articles);
    the process then exits without freeing them (see :func:`cli.run`).
    """
    log = log or BuildLog(verbose=config.verbose)
    check_output_dir(config.output_dir, config.input_dir)
    release()  # what the previous build set aside (see gc_paused) becomes collectable
    try:
        return _build(config, log, search_later, exiting)
    finally:
        _reap_dumps(None)  # a failed build: the state may still be written, or not


def _build(config: Config, log: BuildLog, search_later: bool, exiting: bool) -> BuildResult:
    """:func:`build` after its checks."""
    keys = BuildKeys()
    site = load_site(config, log, keys)
    # every output byte is a function of the build state, the settings, the templates,
    # the static files and the warnings shown: when none changed since the site in place
    # was written, its files are taken as they are (hard links) instead of re-rendered
    # what every page depends on besides its own inputs: code, settings, templates
    env = hashlib.sha256(f"{code_hash()}\0{_output_settings(config)}".encode())
    env.update(_library_versions().encode())
    _hash_files(env, BUILTIN_TEMPLATES, config.templates_dir, BUILTIN_STATIC, config.static_dir)
    keys.render = env.hexdigest()
    h = hashlib.sha256(f"{keys.state}\0{keys.render}".encode())
    h.update(json.dumps([log.warnings, log.errors]).encode())
    keys.site = h.hexdigest()
    manifest_path = _state_file(config, "site", config.output_dir)
    pages_path = _state_file(config, "pages", config.output_dir)
    previous = _read_pickle(manifest_path, keys.site) if config.use_cache else None
    renderer = stored = None
    # the site this build replaces is kept in the cache as the next build's folder tree
    spare = _state_file(config, "spare", config.output_dir) if config.use_cache else None
    with SiteWriter(config.output_dir, spare) as writer, gc_paused():
        with log.stage("render+write"):
            reused = isinstance(previous, dict) and writer.reuse(previous)
            log.counts["site_reused"] = reused
            if reused:
                log.debug("  nothing changed since the site in place was built: files reused")
            else:
                # a page whose inputs equal those of a page in place is taken, not rendered
                stored = _read_pickle(pages_path, keys.render) if config.use_cache else None
                index = PageIndex(config.output_dir, stored) if isinstance(stored, dict) else None
                renderer = Renderer(site, config, index, fingerprints=config.use_cache)
                pages = len(site.articles) + len(site.resolution.entities) + 10
                processes = config.nlp_processes or os.cpu_count() or 1
                with log.progress("Pages", pages) as update:
                    used = render_into(writer, renderer, processes, lambda: update(writer.count))
                log.counts["render_processes"] = used
                writer.copy_tree(BUILTIN_STATIC, "static")
                if config.static_dir is not None:
                    writer.copy_tree(config.static_dir, "static")
        pending = False
        if config.search:
            with log.stage("search index"):
                search_cache = config.resolved_cache_dir if config.use_cache else None
                previous_bundle = config.output_dir / BUNDLE_DIR
                if search_later and (previous_bundle / "pagefind.js").is_file():
                    counts = cached_index(writer.tmp, log, search_cache) if search_cache else None
                    if counts is None:
                        writer.link_tree(previous_bundle, BUNDLE_DIR)
                        pending = True
                    else:
                        log.counts["search"] = counts
                else:
                    log.counts["search"] = index_site(writer.tmp, log, search_cache)
        if config.strict and (log.warnings or log.errors):
            raise StrictError(
                f"{len(log.warnings)} warning(s) and {len(log.errors)} skipped file(s) in "
                "strict mode; the previous site was kept"
            )
        writer.commit()
    if config.use_cache:
        with contextlib.suppress(OSError):
            _dump_atomic(manifest_path, keys.site, writer.manifest(), log.warn)
            if not log.counts["site_reused"]:  # else the page index in place still holds
                _dump_atomic(pages_path, keys.render, writer.page_index(), log.warn)
    _reap_dumps(log.warn)
    log.counts["files"] = writer.count
    log.counts["pages_reused"] = writer.taken
    return BuildResult(
        site=site,
        output=config.output_dir,
        files=writer.count,
        log=log,
        search_pending=pending,
        renderer=renderer,
        kept=(renderer, writer, previous, stored) if exiting else (),
    )
