"""The only place that knows the URL scheme: slugs, output paths and links.

Every page is ``<section>/<slug>/index.html`` and is linked as ``<base>section/slug/``.
Slugs are made here and only here, from our own text, so no path ever comes from input.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable
from pathlib import PurePosixPath

from unidecode import unidecode

# ``archive``: the articles by month; ``names``: every entity name by first letter;
# ``quotes``: every quotation; ``graph``/``map``: the network and the map
SECTIONS = (
    "articles", "entities", "timeline", "search", "data", "archive", "names", "quotes",
    "graph", "map",
)  # fmt: skip

_NON_SLUG = re.compile(r"[^a-z0-9]+")
MAX_SLUG = 80


def slugify(text: str, fallback: str = "item") -> str:
    """Return a lowercase ASCII slug (Cyrillic and accents transliterated)."""
    text = unicodedata.normalize("NFKC", text or "")
    ascii_text = unidecode(text).lower().replace("'", "")
    slug = _NON_SLUG.sub("-", ascii_text).strip("-")
    if len(slug) > MAX_SLUG:
        cut = slug[:MAX_SLUG]
        slug = cut.rsplit("-", 1)[0] if "-" in cut[MAX_SLUG // 2 :] else cut
        slug = slug.strip("-")
    return slug or fallback


def unique_slugs(wanted: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Map keys to unique slugs; collisions get ``-2``, ``-3``... in the order given.

    ``wanted`` is ``(key, slug)`` pairs; callers pass them in a deterministic order.
    """
    taken: set[str] = set()
    result: dict[str, str] = {}
    for key, slug in wanted:
        candidate, n = slug, 1
        while candidate in taken:
            n += 1
            candidate = f"{slug}-{n}"
        taken.add(candidate)
        result[key] = candidate
    return result


def _check_slug(slug: str) -> str:
    if not slug or not re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", slug):
        raise ValueError(f"not a safe slug: {slug!r}")
    return slug


def page_path(section: str | None, slug: str | None = None) -> PurePosixPath:
    """Return the output path (relative to the site root) of a page."""
    if section is None:
        return PurePosixPath("index.html")
    if section not in SECTIONS:
        raise ValueError(f"unknown section {section!r}")
    if slug is None:
        return PurePosixPath(section, "index.html")
    return PurePosixPath(section, _check_slug(slug), "index.html")


@functools.lru_cache(maxsize=200_000)
def page_url(section: str | None, slug: str | None = None) -> str:
    """Return the site-relative URL of a page, e.g. ``articles/foo/`` (``""`` for home)."""
    path = page_path(section, slug)
    parent = str(path.parent)
    return "" if parent == "." else parent + "/"


def numbered_page(first: PurePosixPath, number: int) -> PurePosixPath:
    """Return the output path of page ``number`` of a paged list whose first page is
    ``first`` (``.../index.html``): ``.../2/index.html``, ``.../3/index.html``..."""
    if number < 1:
        raise ValueError(f"page numbers start at 1, not {number}")
    return first if number == 1 else first.parent / str(number) / "index.html"


def entity_articles_path(slug: str) -> PurePosixPath:
    """Return the output path of the first page of an entity's articles."""
    return page_path("entities", slug).parent / "articles" / "index.html"


def path_url(path: PurePosixPath) -> str:
    """Return the site-relative URL of the page at output path ``path`` (``.../index.html``)."""
    parent = str(path.parent)
    return "" if parent == "." else parent + "/"


def article_url(slug: str) -> str:
    """Return the site-relative URL of an article page."""
    return page_url("articles", slug)


def entity_url(slug: str) -> str:
    """Return the site-relative URL of an entity page."""
    return page_url("entities", slug)


def absolute(base_path: str, site_relative: str) -> str:
    """Join the base path (``/`` or ``/repo/``) and a site-relative URL."""
    return base_path + site_relative.lstrip("/")


def full_url(site_url: str, site_relative: str) -> str:
    """Join an absolute site URL and a site-relative URL."""
    return site_url.rstrip("/") + "/" + site_relative.lstrip("/")
