"""Find and read articles: plain text and Markdown, front matter, sidecar metadata.

Each file is read on its own; a file that cannot be read gives one message naming it
and what to do, and the other articles are still built. Input is treated as hostile:
only regular files inside the input folder are read (symlinks leading out of it, FIFOs and
devices are ignored), reads are bounded by ``max_bytes``, YAML is parsed without aliases
or implicit timestamps, control characters are removed, and Markdown is rendered with
markdown-it-py (linear time, nesting capped) before nh3 sanitises it.
"""

from __future__ import annotations

import codecs
import datetime as dt
import hashlib
import os
import re
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import yaml
from markdown_it import MarkdownIt

from .errors import ArticleError
from .models import Article, Paragraph
from .sanitize import is_web_url, sanitize_html
from .urls import slugify, unique_slugs

__all__ = ["is_web_url", "read_articles"]

Warn = Callable[[str], None]

ARTICLE_SUFFIXES = {".txt", ".md", ".markdown"}
SIDECAR_SUFFIX = ".meta.yml"
METADATA_FILE = "metadata.yml"
KNOWN_FIELDS = ("title", "date", "source", "url", "author", "tags", "slug")
OUTPUT_MARKER = ".site-builder"  # written by output.SiteWriter into every built site
DEFAULT_MAX_BYTES = 5_000_000

# A date header some exports put at the very start of a plain-text file, possibly on the
# same line as the first paragraph: " date 2022-02-16 First words..."
_DATE_HEADER = re.compile(r"^\s*date\s*:?\s*(\d{4}-\d{2}-\d{2})(?:[ T][0-9:]+Z?)?\s*", re.I)
# Lines that are page furniture, not article text (matched on the whole stripped line).
_BOILERPLATE = re.compile(
    r"^(?:advertisement|skip advertisement|story continues below(?: advertisement)?|"
    r"continue reading(?: the main story)?|sponsored content|related:?|share this article|"
    r"\[?image\]?|photo)$",
    re.I,
)
# "Read it at Financial Times" as the last line names the source.
_READ_AT = re.compile(
    r"^read (?:it|more|the full (?:story|article)) (?:at|on) (.{2,80}?)\.?$", re.I
)
_SENTENCE_END = re.compile(r"[.!?][”\"’)]?(?=\s+[“\"‘(]?[A-Z0-9])")
# Words ending in a full stop that rarely end a sentence: "Sen.", "Mr.", "U.S.", "Feb."
_ABBREVIATION = re.compile(r"(?:\b[A-Z][a-z]{0,3}|\b(?:[A-Za-z]\.)+[A-Za-z]?|\bvs?|\bet al)\.$")
TITLE_MAX = 90


@dataclass(frozen=True)
class Skipped:
    """A file that was not built, and why."""

    path: str
    reason: str


def find_article_files(input_dir: Path) -> tuple[list[Path], list[str]]:
    """Return article files under ``input_dir`` (sorted) and notes about ignored files."""
    found: list[Path] = []
    ignored: list[str] = []
    seen_dirs: set[tuple[int, int]] = set()
    real_root = input_dir.resolve()
    for root, dirs, files in os.walk(input_dir, followlinks=True):
        root_path = Path(root)
        rel_root = _rel(root_path, input_dir)
        try:
            st = root_path.stat()
        except OSError:
            dirs[:] = []
            continue
        key = (st.st_dev, st.st_ino)
        if key in seen_dirs:  # a symlink loop or a second link to the same folder
            ignored.append(f"{rel_root}: folder seen already (symlink loop?); ignored")
            dirs[:] = []
            continue
        seen_dirs.add(key)
        if root_path != input_dir and not _inside(root_path, real_root):
            ignored.append(
                f"{rel_root}: a link to a folder outside the input folder; ignored "
                "(copy the articles into the input folder instead)"
            )
            dirs[:] = []
            continue
        if root_path != input_dir and (root_path / OUTPUT_MARKER).exists():
            ignored.append(f"{rel_root}: a site built by site_builder, not articles; ignored")
            dirs[:] = []
            continue
        dirs[:] = sorted(d for d in dirs if not d.startswith((".", "_")))
        for name in sorted(files):
            path = root_path / name
            if _is_hidden_or_temp(name):
                continue
            if name.endswith(SIDECAR_SUFFIX) or name in (METADATA_FILE, "entities.yml"):
                continue
            rel = _rel(path, input_dir)
            if path.suffix.lower() not in ARTICLE_SUFFIXES:
                ignored.append(f"{rel}: not an article (.txt or .md), ignored")
                continue
            problem = _file_problem(path, real_root)
            if problem:
                ignored.append(f"{rel}: {problem}; ignored")
            else:
                found.append(path)
    return found, ignored


def _inside(path: Path, real_root: Path) -> bool:
    """Return whether ``path`` (symlinks followed) lies inside ``real_root``."""
    try:
        return path.resolve().is_relative_to(real_root)
    except (OSError, RuntimeError):  # RuntimeError: a symlink loop on older Pythons
        return False


def _file_problem(path: Path, real_root: Path) -> str | None:
    """Return why ``path`` must not be read (not a regular file, links outside), or None."""
    try:
        st = path.stat()
    except OSError as exc:
        if path.is_symlink():
            return "a broken or looping symbolic link"
        return f"cannot be read ({exc.strerror or exc})"
    if not stat.S_ISREG(st.st_mode):
        return "not a regular file (a device, pipe or socket)"
    if path.is_symlink() and not _inside(path, real_root):
        return "a link to a file outside the input folder (copy the file in instead)"
    return None


def _is_hidden_or_temp(name: str) -> bool:
    return (
        name.startswith((".", "~", "#"))
        or name.endswith(("~", ".swp", ".swo", ".swx", ".tmp", ".bak", ".part", ".crdownload"))
        or name.startswith(".#")
    )


def _rel(path: Path, base: Path) -> str:
    try:
        return path.relative_to(base).as_posix()
    except ValueError:
        return path.as_posix()


def read_limited(path: Path, max_bytes: int, rel: str) -> bytes:
    """Read at most ``max_bytes`` of a regular file; refuse bigger files with a message."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    with os.fdopen(fd, "rb") as fh:
        if not stat.S_ISREG(os.fstat(fh.fileno()).st_mode):
            raise ArticleError(rel, "is not a regular file; remove it from the input folder")
        data = fh.read(max_bytes + 1)
    if len(data) > max_bytes:
        size = max(path.stat().st_size, len(data))
        raise ArticleError(
            rel,
            f"is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:g} MB limit for one article; "
            "split it into several files, or raise max_article_bytes in site.toml",
        )
    return data


def decode_bytes(data: bytes, rel: str, warn: Warn) -> str:
    """Decode file bytes as UTF-8 (BOM aware), UTF-16 (with or without BOM), or Windows-1252."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise ArticleError(rel, "starts like UTF-16 but does not decode; save it as UTF-8")
    bare = _bare_utf16(data)
    if bare:
        try:
            text = data.decode(bare)
        except UnicodeDecodeError:
            pass
        else:
            warn(f"{rel}: read as {bare.upper()} without a byte-order mark; save it as UTF-8")
            return text
    if _looks_binary(data):
        raise ArticleError(
            rel, "is not a text file (binary data); remove it or save the article as UTF-8 text"
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        warn(f"{rel}: not valid UTF-8, read as Windows-1252; save it as UTF-8 to be sure")
        return data.decode("cp1252", errors="replace")


def _bare_utf16(data: bytes) -> str | None:
    """Return ``utf-16-le``/``-be`` if the bytes look like UTF-16 text without a BOM."""
    head = data[:4096]
    if len(head) < 4 or len(head) % 2 or b"\x00" not in head:
        return None
    even, odd = head[0::2], head[1::2]
    if odd.count(0) > 0.8 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.8 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def _looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if b"\x00" in head:
        return True
    if head.startswith((b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"%PDF", b"PK\x03\x04")):
        return True
    control = len(head) - len(head.translate(None, _BINARY_CONTROLS))  # counted in C
    return control >= 4 and control > 0.05 * len(head)  # a few strays are still text


# C0 controls that text files do not contain (tab, newlines, form feed and ESC they may)
_BINARY_CONTROLS = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))


# C0 controls except tab and newline, DEL, C1 controls, lone surrogates, non-characters:
# invalid in XML (feed, sitemap) and meaningless in HTML.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def clean_control_chars(text: str, rel: str, warn: Warn) -> str:
    """Remove control characters (terminal colour codes included), warning once per file."""
    if not _CONTROL.search(text):
        return text
    text = _CONTROL.sub(" ", _ANSI.sub("", text))
    warn(f"{rel}: control characters removed; check the file's encoding or save it again")
    return text


# --- YAML ---------------------------------------------------------------------------------


class _StrictSafeLoader(yaml.SafeLoader):
    """A SafeLoader that keeps dates as text and refuses aliases (no "billion laughs")."""

    def compose_node(self, parent: Any, index: Any) -> Any:  # type: ignore[override]
        """Compose a node, refusing ``*alias`` references."""
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise yaml.composer.ComposerError(
                None, None, "YAML aliases (*name) are not allowed here", event.start_mark
            )
        return super().compose_node(parent, index)


_StrictSafeLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}

# libyaml's parser, where PyYAML has it, reads front matter ~10x faster (a cold build
# parses every file). Its composer is C code that the alias check above cannot hook, so
# it is used only for text without "*", which no alias can be written without; the
# same Python resolvers (dates left as text) and safe constructor make the values.
_FastSafeLoader: type | None = None
if getattr(yaml, "__with_libyaml__", False):

    class _FastSafeLoader(yaml.CSafeLoader):  # type: ignore[no-redef]
        """A CSafeLoader that keeps dates as text (for text without aliases)."""

    _FastSafeLoader.yaml_implicit_resolvers = _StrictSafeLoader.yaml_implicit_resolvers


def load_yaml(text: str) -> Any:
    """Parse YAML safely: no aliases, dates left as text; raises ``ValueError`` on errors."""
    loader = _StrictSafeLoader if _FastSafeLoader is None or "*" in text else _FastSafeLoader
    try:
        return yaml.load(text, Loader=loader)  # a SafeLoader or CSafeLoader subclass
    except yaml.YAMLError as exc:
        raise ValueError(_yaml_problem(exc)) from None
    except (RecursionError, MemoryError, ValueError, TypeError, OverflowError) as exc:
        raise ValueError(f"{type(exc).__name__}: {exc}") from None


def load_metadata_file(input_dir: Path, path: Path | None, warn: Warn) -> dict[str, dict]:
    """Read ``metadata.yml``: a mapping of article file name (or path) to fields."""
    path = path or input_dir / METADATA_FILE
    if not path.is_file():
        return {}
    data = _read_yaml(path, warn, path.name)
    if data is None:
        return {}
    if not isinstance(data, dict):
        warn(f"{path.name}: must map article file names to fields; ignored")
        return {}
    result: dict[str, dict] = {}
    for key, fields in data.items():
        if not isinstance(fields, dict):
            warn(f"{path.name}: entry {key!r} must be a mapping of fields; ignored")
            continue
        result[str(key)] = fields
    return result


def _read_yaml(path: Path, warn: Warn, label: str) -> Any:
    try:
        data = read_limited(path, 1_000_000, label)
        return load_yaml(data.decode("utf-8-sig"))
    except ArticleError as exc:
        warn(f"{exc}; ignored")
    except (OSError, UnicodeDecodeError) as exc:
        warn(f"{label}: cannot be read ({exc}); ignored")
    except ValueError as exc:
        warn(f"{label}: not valid YAML ({exc}); fix it; ignored for now")
    return None


def _yaml_problem(exc: yaml.YAMLError) -> str:
    mark = getattr(exc, "problem_mark", None)
    problem = getattr(exc, "problem", None) or "syntax error"
    return f"{problem} at line {mark.line + 1}" if mark is not None else str(problem)


def read_articles(
    input_dir: Path,
    warn: Warn,
    *,
    metadata_file: Path | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    cache: ReadCache | None = None,
    on_change: Callable[[], None] | None = None,
) -> tuple[list[Article], list[Skipped]]:
    """Read every article under ``input_dir``; return articles (sorted) and skipped files.

    With ``cache`` (a dict kept between builds), a file whose bytes, sidecar and external
    metadata are unchanged is not parsed again: its parsed form and the warnings it gave
    are taken from the cache. ``cache`` is updated to hold exactly this build's files.
    ``on_change()`` is called before each file that the cache does not hold is parsed.
    """
    if not input_dir.is_dir():
        raise ArticleError(str(input_dir), "input folder not found; pass --input DIR")
    files, ignored = find_article_files(input_dir)
    for note in ignored:
        warn(note)
    metadata = load_metadata_file(input_dir, metadata_file, warn)
    drafts: list[_Draft] = []
    skipped: list[Skipped] = []
    previous = dict(cache) if cache is not None else {}
    if cache is not None:
        cache.clear()
    for path in files:
        rel = _rel(path, input_dir)
        try:
            drafts.append(
                _read_cached(path, rel, metadata, warn, max_bytes, previous, cache, on_change)
            )
        except ArticleError as exc:
            skipped.append(Skipped(rel, str(exc)))
        except OSError as exc:
            skipped.append(
                Skipped(
                    rel, f"{rel}: cannot be read ({exc.strerror or exc}); check its permissions"
                )
            )
        except Exception as exc:  # one broken file must never stop the others
            skipped.append(
                Skipped(
                    rel,
                    f"{rel}: could not be read ({type(exc).__name__}: {str(exc)[:200]}); "
                    "simplify or remove the file, and please report this as a site_builder bug",
                )
            )
    slugs = unique_slugs((d.rel, d.slug_wanted) for d in drafts)
    articles = [d.to_article(slugs[d.rel]) for d in drafts]
    articles.sort(key=article_sort_key)
    return articles, skipped


def read_article_file(
    path: Path,
    input_dir: Path,
    warn: Warn,
    *,
    metadata_file: Path | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> _Draft:
    """Parse one article file exactly as :func:`read_articles` does (front matter, its
    sidecar, ``metadata.yml``); the article is made with ``.to_article(slug)``, because
    slugs are unique across the archive, which one file cannot tell. Raises
    :class:`ArticleError` or :class:`OSError` as reading the archive would report them."""
    rel = _rel(path, input_dir)
    metadata = load_metadata_file(input_dir, metadata_file, warn)
    return _read_one(path, rel, metadata, warn, read_limited(path, max_bytes, rel))


def article_sort_key(article: Article) -> tuple:
    """Sort newest first, undated last, then by title and path."""
    if article.date is None:
        return (1, 0, article.title.casefold(), article.source_path)
    return (0, -article.date.toordinal(), article.title.casefold(), article.source_path)


@dataclass
class _Draft:
    rel: str
    fields: dict[str, Any]
    paragraphs: list[Paragraph]
    fmt: str
    slug_wanted: str
    title: str
    title_is_derived: bool
    extra: dict[str, Any]

    def to_article(self, slug: str) -> Article:
        f = self.fields
        text = "\n\n".join(p.text for p in self.paragraphs)
        return Article(
            id=slug,
            slug=slug,
            source_path=self.rel,
            title=self.title,
            title_is_derived=self.title_is_derived,
            date=f.get("date"),
            source=f.get("source"),
            url=f.get("url"),
            author=f.get("author"),
            tags=tuple(f.get("tags") or ()),
            paragraphs=self.paragraphs,
            format="md" if self.fmt == "md" else "txt",
            content_hash=hashlib.sha256(text.encode("utf-8")).hexdigest(),
            extra=self.extra,
        )


ReadCache = dict[str, tuple["_Draft", tuple[str, ...]]]


def _read_cached(
    path: Path,
    rel: str,
    metadata: dict[str, dict],
    warn: Warn,
    max_bytes: int,
    previous: ReadCache,
    cache: ReadCache | None,
    on_change: Callable[[], None] | None = None,
) -> _Draft:
    """Parse one file, or take its parsed form from ``previous`` when its inputs match."""
    data = read_limited(path, max_bytes, rel)
    if cache is None:
        return _read_one(path, rel, metadata, warn, data)
    sidecar = path.with_name(path.stem + SIDECAR_SUFFIX)
    h = hashlib.sha256(rel.encode() + b"\0" + data)
    try:
        h.update(b"\0sidecar\0" + sidecar.read_bytes())
    except OSError:
        h.update(b"\0no sidecar\0")
    overrides = [metadata.get(rel), metadata.get(path.name), metadata.get(path.stem)]
    h.update(repr(overrides).encode())
    key = h.hexdigest()
    hit = previous.get(key)
    if hit is not None:
        draft, messages = hit
        for message in messages:
            warn(message)
    else:
        if on_change is not None:
            on_change()
        messages_list: list[str] = []

        def record(message: str) -> None:
            messages_list.append(message)
            warn(message)

        draft = _read_one(path, rel, metadata, record, data)
        messages = tuple(messages_list)
    cache[key] = (draft, messages)
    return draft


def _read_one(path: Path, rel: str, metadata: dict[str, dict], warn: Warn, data: bytes) -> _Draft:
    raw = decode_bytes(data, rel, warn)
    raw = raw.replace("\r\n", "\n").replace("\r", "\n")
    raw = clean_control_chars(raw, rel, warn)
    fmt = "md" if path.suffix.lower() in (".md", ".markdown") else "txt"

    fields, body = _split_front_matter(raw, rel, warn)
    extra = {k: v for k, v in fields.items() if k not in KNOWN_FIELDS}
    # Metadata given outside the file wins over what the file says.
    for override in (metadata.get(rel), metadata.get(path.name), metadata.get(path.stem)):
        if override:
            fields.update({str(k): v for k, v in override.items()})
    sidecar = path.with_name(path.stem + SIDECAR_SUFFIX)
    if sidecar.is_file():
        side_rel = rel[: -len(path.name)] + sidecar.name
        side = _read_yaml(sidecar, warn, side_rel)
        if isinstance(side, dict):
            fields.update({str(k): v for k, v in side.items()})
        elif side is not None:
            warn(f"{side_rel}: must be a mapping of fields such as 'title: ...'; ignored")

    if fmt == "txt":
        body, header_date = _strip_date_header(body)
        if header_date and "date" not in fields:
            fields["date"] = header_date
        paragraphs, found_source = _text_paragraphs(body)
    else:
        paragraphs, found_source, heading = _markdown_paragraphs(body)
        if heading and "title" not in fields:
            fields["title"] = heading
    if found_source and not fields.get("source"):
        fields["source"] = found_source

    fields = _clean_fields(fields, rel, warn)
    if not paragraphs:
        raise ArticleError(rel, "has no text; add the article's text or remove the file")
    title = fields.get("title")
    derived = title is None
    if derived:
        title = derive_title(paragraphs[0].text) or path.stem
    if fields.get("slug"):
        slug_wanted = slugify(fields["slug"], fallback="article")
        if slug_wanted != fields["slug"]:
            warn(
                f"{rel}: slug {fields['slug']!r} is not a plain slug; used {slug_wanted!r} "
                "(lowercase letters, digits and hyphens only)"
            )
    elif not derived:
        slug_wanted = slugify(title, fallback=slugify(path.stem, fallback="article"))
    else:
        slug_wanted = slugify(path.stem, fallback="article")
    return _Draft(rel, fields, paragraphs, fmt, slug_wanted, title, derived, extra)


_FRONT_MATTER_END = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.M)


def _split_front_matter(raw: str, rel: str, warn: Warn) -> tuple[dict[str, Any], str]:
    first, _nl, rest = raw.lstrip("\ufeff").partition("\n")
    if first.rstrip() != "---":
        return {}, raw
    end = _FRONT_MATTER_END.search(rest)
    if end is None:
        if re.match(r"[\w-]+\s*:", rest):
            warn(f"{rel}: front matter has no closing '---' line; read as text")
        return {}, raw
    block, body = rest[: end.start()], rest[end.end() :].lstrip("\n")
    try:
        data = load_yaml(block) if block.strip() else {}
    except ValueError as exc:
        warn(f"{rel}: front matter is not valid YAML ({exc}); built without it")
        return {}, body
    if data is None:
        return {}, body
    if isinstance(data, (str, int, float)):  # two "---" rules around text: Markdown, not YAML
        return {}, raw
    if not isinstance(data, dict):
        warn(f"{rel}: front matter must be a mapping of fields such as 'title: ...'; ignored")
        return {}, body
    return {str(k): v for k, v in data.items()}, body


def _strip_date_header(body: str) -> tuple[str, dt.date | None]:
    match = _DATE_HEADER.match(body)
    if not match:
        return body, None
    try:
        date = dt.date.fromisoformat(match.group(1))
    except ValueError:
        return body, None
    return body[match.end() :], date


def _text_paragraphs(body: str) -> tuple[list[Paragraph], str | None]:
    lines = [" ".join(line.split()) for line in body.split("\n")]
    lines = [line for line in lines if line]
    source = None
    if lines:
        m = _READ_AT.match(lines[-1])
        if m:
            source = m.group(1).strip()
            lines.pop()
    lines = [line for line in lines if not _BOILERPLATE.match(line)]
    return [Paragraph(i, line) for i, line in enumerate(lines)], source


def _clean_fields(fields: dict[str, Any], rel: str, warn: Warn) -> dict[str, Any]:
    clean: dict[str, Any] = {}
    for key in ("title", "source", "url", "author", "slug"):
        value = fields.get(key)
        if value is None or value == "":
            continue
        if isinstance(value, (str, int, float)) and not isinstance(value, bool):
            text = " ".join(str(value).split())
            if key == "title" and not any(ch.isalnum() for ch in text):
                warn(f"{rel}: title {_short(text)} has no letters or digits; a title was derived")
                continue
            if key == "url" and not is_web_url(text):
                warn(
                    f"{rel}: url {_short(text)} is not a web address; it must start with "
                    "http:// or https://; ignored"
                )
                continue
            if len(text) > FIELD_MAX:
                warn(f"{rel}: {key} is longer than {FIELD_MAX} characters; cut")
                text = text[:FIELD_MAX].rsplit(" ", 1)[0] + "…"
            clean[key] = text
        else:
            warn(f"{rel}: {key} must be text, not {type(value).__name__}; ignored")
    if "date" in fields and fields["date"] not in (None, ""):
        date = parse_date(fields["date"])
        if date is None:
            warn(
                f"{rel}: date {_short(fields['date'])} is not a date; use YYYY-MM-DD. "
                "The article is shown as undated"
            )
        else:
            clean["date"] = date
    tags = fields.get("tags")
    if isinstance(tags, (str, int, float)) and not isinstance(tags, bool):
        tags = [t.strip() for t in str(tags).split(",")]
    if isinstance(tags, list) and all(isinstance(t, (str, int, float)) for t in tags):
        clean["tags"] = sorted({" ".join(str(t).split()) for t in tags if str(t).strip()})
    elif tags is not None:
        warn(f"{rel}: tags must be a list of words, e.g. 'tags: [politics, europe]'; ignored")
    return clean


FIELD_MAX = 500


def _short(value: Any, limit: int = 80) -> str:
    text = repr(value) if isinstance(value, str) else repr(str(value))
    return text if len(text) <= limit else text[: limit - 2] + "…'"


def parse_date(value: Any) -> dt.date | None:
    """Return a date from a YAML value (date, datetime or ISO text), or ``None``."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        text = value.strip()
        for candidate in (text, text[:10]):
            try:
                return dt.date.fromisoformat(candidate)
            except ValueError:
                continue
    return None


def derive_title(lead: str) -> str:
    """Make a title from the lead: its first sentence, cut at a word, quotes balanced."""
    text = " ".join(lead[: TITLE_MAX * 50].split())  # a title never needs more
    first = first_sentence(text)
    if len(first) > TITLE_MAX:
        cut = first[:TITLE_MAX]
        if " " in cut:
            cut = cut.rsplit(" ", 1)[0]
        first = cut.rstrip(",;:—–- ") + "…"
    first = first.rstrip(".")
    return _balance_quotes(first)


def first_sentence(text: str) -> str:
    """Return the first sentence of ``text`` (abbreviations such as "Sen." do not end one)."""
    for match in _SENTENCE_END.finditer(text):
        # look only at the words just before the stop: linear time on huge paragraphs
        window = text[max(0, match.start() - 40) : match.start() + 1]
        if match.start() > 40 and " " in window:
            window = window[window.index(" ") + 1 :]
        if _ABBREVIATION.search(window):
            continue
        return text[: match.end()].strip()
    return text.strip()


def _balance_quotes(text: str) -> str:
    for open_q, close_q in (("“", "”"), ("‘", "’"), ("(", ")"), ("[", "]")):
        if open_q == "‘":
            continue  # ’ doubles as an apostrophe; counting it misleads
        missing = text.count(open_q) - text.count(close_q)
        if missing > 0:
            text = text.rstrip("…") + close_q * missing + ("…" if text.endswith("…") else "")
    if text.count('"') % 2:
        text = text.rstrip("…") + '"' + ("…" if text.endswith("…") else "")
    return text


# --- Markdown ------------------------------------------------------------------------

# markdown-it-py rather than Python-Markdown: CommonMark, linear time on hostile input
# (Python-Markdown takes minutes on 100 KB of "[a](b " and overflows the stack on deep lists),
# nesting capped at 20, and javascript:/vbscript:/data: links refused before nh3 even runs.
_MD = MarkdownIt("commonmark", {"html": True, "typographer": True}).enable(
    ["table", "strikethrough", "replacements", "smartquotes"]
)
_BLOCK_TAGS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "pre", "table"}


def _markdown_paragraphs(body: str) -> tuple[list[Paragraph], str | None, str | None]:
    html = sanitize_html(render_markdown(body))
    blocks = list(_top_level_blocks(html))
    heading = None
    if blocks and blocks[0][0] == "h1":
        heading = " ".join(blocks[0][2].split()) or None
        blocks = blocks[1:]
    source = None
    if blocks and blocks[-1][0] == "p":
        m = _READ_AT.match(" ".join(blocks[-1][2].split()))
        if m:
            source = m.group(1).strip()
            blocks = blocks[:-1]
    paragraphs: list[Paragraph] = []
    for tag, inner, text in blocks:
        if not text.strip() or (tag == "p" and _BOILERPLATE.match(text.strip())):
            continue
        if tag == "h1":
            tag = "h2"
        paragraphs.append(Paragraph(len(paragraphs), text, tag=tag, html=inner))
    return paragraphs, source, heading


def render_markdown(body: str) -> str:
    """Return the (unsanitised) HTML of a Markdown body."""
    return _MD.render(body)


class _BlockSplitter(HTMLParser):
    """Split sanitised HTML into top-level blocks: (tag, inner html, text content)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[tuple[str, str, str]] = []
        self.depth = 0
        self.tag = ""
        self.start_pos = 0
        self.text: list[str] = []
        self.source = ""

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if self.depth == 0:
            self.tag = tag if tag in _BLOCK_TAGS else "p"
            self.text = []
            self.start_pos = self._offset() + len(self.get_starttag_text() or "")
            self.wrapped = tag in _BLOCK_TAGS
            if not self.wrapped:
                self.start_pos = self._offset()
        if tag not in _VOID:
            self.depth += 1
        elif self.depth == 0:
            self.blocks.append(("p", self.get_starttag_text() or "", ""))

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID:
            return
        self.depth -= 1
        if self.depth == 0:
            end = self._offset()
            inner = self.source[self.start_pos : end]
            if not self.wrapped:
                inner = self.source[self.start_pos : end + len(f"</{tag}>")]
            self.blocks.append((self.tag, inner, "".join(self.text)))

    def handle_data(self, data: str) -> None:
        if self.depth > 0:
            self.text.append(data)
        elif data.strip():
            self.blocks.append(("p", _escape_text(data), data))

    def _offset(self) -> int:
        line, col = self.getpos()
        return self._line_starts[line - 1] + col

    def feed_all(self, source: str) -> None:
        self.source = source
        self._line_starts = [0]
        for m in re.finditer("\n", source):
            self._line_starts.append(m.end())
        self.feed(source)
        self.close()


_VOID = {"br", "hr", "img", "wbr"}


def _escape_text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _top_level_blocks(html: str) -> Iterator[tuple[str, str, str]]:
    parser = _BlockSplitter()
    parser.feed_all(html)
    yield from parser.blocks
