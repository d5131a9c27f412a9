"""The values templates are given: typed references to articles and entities, and links."""

from __future__ import annotations

import datetime as dt
import math
from functools import lru_cache
from typing import Any, NamedTuple

from markupsafe import Markup

from ..models import Article
from ..urls import article_url as _article_url
from ..urls import entity_url as _entity_url

# A cache (pure functions of the slug): every link on every page asks for a URL, and
# building one through pathlib costs microseconds.
article_url = lru_cache(maxsize=1 << 17)(_article_url)
entity_url = lru_cache(maxsize=1 << 17)(_entity_url)

WORDS_PER_MINUTE = 230
TYPE_LABELS = {"person": "People", "organization": "Organisations", "place": "Places"}
TYPE_SINGULAR = {"person": "Person", "organization": "Organisation", "place": "Place"}


class ArticleRef(NamedTuple):
    """What an entity page shows of an article that names it (its sentences come apart)."""

    id: str
    slug: str
    title: str
    date: dt.date | None
    source: str | None


class ContextView(NamedTuple):
    """A sentence in which an entity is named, as its page shows it."""

    html: Markup
    url: str


class EntityRef(NamedTuple):
    """What a page that links to an entity is given of it: id, name and type.

    Only the entity's own page and the entity index get the whole :class:`Entity`. A page
    that merely links to one then stays as it is (and is taken from the previous build)
    when the entity gains a mention elsewhere.
    """

    id: str
    name: str
    type: str


def article_ref(article: Article) -> ArticleRef:
    """Return what an entity page shows of ``article``."""
    return ArticleRef(article.id, article.slug, article.title, article.date, article.source)


def article_summary(article: Article) -> dict[str, Any]:
    """Return what lists show of an article."""
    return {
        "article": article,
        "url": article_url(article.slug),
        "lead": shorten(article.lead, 280),
        "reading_time": reading_time(article.word_count),
    }


def reading_time(words: int) -> int:
    """Return the reading time in minutes (at least 1)."""
    return max(1, math.ceil(words / WORDS_PER_MINUTE))


def shorten(text: str, limit: int) -> str:
    """Cut ``text`` at a word boundary before ``limit`` characters, with an ellipsis."""
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(",;:—– ") + "…"


def newest_first(article: Article) -> tuple[bool, int, str]:
    """Sort key: dated articles newest first, then the undated, by id."""
    return (article.date is None, -(article.date.toordinal() if article.date else 0), article.id)
