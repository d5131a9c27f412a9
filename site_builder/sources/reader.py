"""Read the archive: every article file into an :class:`Article`, with per-file errors."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import ArticleError, caused_by_interrupt
from ..models import Article, Paragraph
from ..urls import slugify, unique_slugs
from .files import (
    DEFAULT_MAX_BYTES,
    SIDECAR_SUFFIX,
    Warn,
    clean_control_chars,
    decode_bytes,
    find_article_files,
    read_limited,
    relative_path,
)
from .markdown import markdown_paragraphs
from .metadata import (
    KNOWN_FIELDS,
    clean_fields,
    load_metadata_file,
    read_yaml_file,
    split_front_matter,
)
from .text import derive_title, strip_date_header, text_paragraphs


@dataclass(frozen=True)
class Skipped:
    """A file that was not built, and why."""

    path: str
    reason: str


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
    drafts: list[ArticleDraft] = []
    skipped: list[Skipped] = []
    previous = dict(cache) if cache is not None else {}
    if cache is not None:
        cache.clear()
    for path in files:
        rel = relative_path(path, input_dir)
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
            if caused_by_interrupt(exc):
                raise KeyboardInterrupt from exc
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
) -> ArticleDraft:
    """Parse one article file exactly as :func:`read_articles` does (front matter, its
    sidecar, ``metadata.yml``); the article is made with ``.to_article(slug)``, because
    slugs are unique across the archive, which one file cannot tell. Raises
    :class:`ArticleError` or :class:`OSError` as reading the archive would report them."""
    rel = relative_path(path, input_dir)
    metadata = load_metadata_file(input_dir, metadata_file, warn)
    return _parse_file(path, rel, metadata, warn, read_limited(path, max_bytes, rel))


def article_sort_key(article: Article) -> tuple[int, int, str, str]:
    """Sort newest first, undated last, then by title and path."""
    if article.date is None:
        return (1, 0, article.title.casefold(), article.source_path)
    return (0, -article.date.toordinal(), article.title.casefold(), article.source_path)


@dataclass
class ArticleDraft:
    """One parsed article file, before its slug is known (slugs are unique archive-wide)."""

    rel: str
    fields: dict[str, Any]
    paragraphs: list[Paragraph]
    fmt: str
    slug_wanted: str
    title: str
    title_is_derived: bool
    extra: dict[str, Any]

    def to_article(self, slug: str) -> Article:
        """Return the article, under ``slug``."""
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


# input hash -> the parsed file and the warnings it gave, kept between builds
ReadCache = dict[str, tuple[ArticleDraft, tuple[str, ...]]]


def _read_cached(
    path: Path,
    rel: str,
    metadata: dict[str, dict[str, Any]],
    warn: Warn,
    max_bytes: int,
    previous: ReadCache,
    cache: ReadCache | None,
    on_change: Callable[[], None] | None = None,
) -> ArticleDraft:
    """Parse one file, or take its parsed form from ``previous`` when its inputs match."""
    data = read_limited(path, max_bytes, rel)
    if cache is None:
        return _parse_file(path, rel, metadata, warn, data)
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

        draft = _parse_file(path, rel, metadata, record, data)
        messages = tuple(messages_list)
    cache[key] = (draft, messages)
    return draft


def _parse_file(
    path: Path, rel: str, metadata: dict[str, dict[str, Any]], warn: Warn, data: bytes
) -> ArticleDraft:
    raw = decode_bytes(data, rel, warn)
    raw = raw.replace("\r\n", "\n").replace("\r", "\n")
    raw = clean_control_chars(raw, rel, warn)
    fmt = "md" if path.suffix.lower() in (".md", ".markdown") else "txt"

    fields, body = split_front_matter(raw, rel, warn)
    extra = {k: v for k, v in fields.items() if k not in KNOWN_FIELDS}
    # Metadata given outside the file wins over what the file says.
    for override in (metadata.get(rel), metadata.get(path.name), metadata.get(path.stem)):
        if override:
            fields.update({str(k): v for k, v in override.items()})
    sidecar = path.with_name(path.stem + SIDECAR_SUFFIX)
    if sidecar.is_file():
        side_rel = rel[: -len(path.name)] + sidecar.name
        side = read_yaml_file(sidecar, warn, side_rel)
        if isinstance(side, dict):
            fields.update({str(k): v for k, v in side.items()})
        elif side is not None:
            warn(f"{side_rel}: must be a mapping of fields such as 'title: ...'; ignored")

    if fmt == "txt":
        body, header_date = strip_date_header(body)
        if header_date and "date" not in fields:
            fields["date"] = header_date
        paragraphs, found_source = text_paragraphs(body)
    else:
        paragraphs, found_source, heading = markdown_paragraphs(body)
        if heading and "title" not in fields:
            fields["title"] = heading
    if found_source and not fields.get("source"):
        fields["source"] = found_source

    fields = clean_fields(fields, rel, warn)
    if not paragraphs:
        raise ArticleError(rel, "has no text; add the article's text or remove the file")
    title: str | None = fields.get("title")
    derived = title is None
    if title is None:
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
    return ArticleDraft(rel, fields, paragraphs, fmt, slug_wanted, title, derived, extra)
