"""What the rest of the archive tells the quotes stage about its people.

One article may call a speaker only "the NATO chief", or run a rank into their name;
other articles name them in full. Both indexes are made once per build (and once per
dev-server rebuild for its previews), never per article.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from ..models import Article, Resolution
from .archive_names import FullNames, full_names
from .archive_roles import Title, archive_titles


@dataclass(frozen=True)
class ArchivePeople:
    """The archive's titles of each person and its people by full name."""

    titles: Mapping[str, set[Title]] = field(default_factory=dict)
    full_names: FullNames = field(default_factory=dict)


def archive_people(articles: Sequence[Article], resolution: Resolution) -> ArchivePeople:
    """Index the archive's people once, for every article's quotations."""
    names = {e.id: e.name for e in resolution.entities}
    types = {e.id: e.type for e in resolution.entities}
    return ArchivePeople(archive_titles(articles, resolution), full_names(names, types))
