"""Find and read articles: plain text and Markdown, front matter, sidecar metadata.

Each file is read on its own; a file that cannot be read gives one message naming it
and what to do, and the other articles are still built. Input is treated as hostile:
only regular files inside the input folder are read (:mod:`.files`), YAML is parsed
without aliases or implicit timestamps (:mod:`.metadata`), and Markdown is rendered with
markdown-it-py before nh3 sanitises it (:mod:`.markdown`). Plain-text bodies lose their
page furniture (:mod:`.text`); :mod:`.reader` puts each file together into an article.
"""

from __future__ import annotations

from ..sanitize import is_web_url
from .files import (
    ARTICLE_SUFFIXES,
    DEFAULT_MAX_BYTES,
    METADATA_FILE,
    OUTPUT_MARKER,
    SIDECAR_SUFFIX,
    Warn,
    clean_control_chars,
    decode_bytes,
    find_article_files,
    read_limited,
)
from .markdown import render_markdown
from .metadata import FIELD_MAX, KNOWN_FIELDS, load_metadata_file, load_yaml, parse_date
from .reader import (
    ArticleDraft,
    ReadCache,
    Skipped,
    article_sort_key,
    read_article_file,
    read_articles,
)
from .text import TITLE_MAX, derive_title, first_sentence

__all__ = [
    "ARTICLE_SUFFIXES",
    "DEFAULT_MAX_BYTES",
    "FIELD_MAX",
    "KNOWN_FIELDS",
    "METADATA_FILE",
    "OUTPUT_MARKER",
    "SIDECAR_SUFFIX",
    "TITLE_MAX",
    "ArticleDraft",
    "ReadCache",
    "Skipped",
    "Warn",
    "article_sort_key",
    "clean_control_chars",
    "decode_bytes",
    "derive_title",
    "find_article_files",
    "first_sentence",
    "is_web_url",
    "load_metadata_file",
    "load_yaml",
    "parse_date",
    "read_article_file",
    "read_articles",
    "read_limited",
    "render_markdown",
]
