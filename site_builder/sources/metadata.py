"""Fields of an article: YAML front matter, sidecar files and metadata.yml, checked.

YAML is parsed without aliases or implicit timestamps.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import yaml

from ..errors import ArticleError
from ..sanitize import is_web_url
from .files import METADATA_FILE, Warn, read_limited

KNOWN_FIELDS = ("title", "date", "source", "url", "author", "tags", "slug")


class _StrictSafeLoader(yaml.SafeLoader):
    """A SafeLoader that keeps dates as text and refuses aliases (no "billion laughs")."""

    def compose_node(self, parent: Any, index: Any) -> Any:
        """Compose a node, refusing ``*alias`` references."""
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()  # type: ignore[no-untyped-call]  # untyped in the stubs
            raise yaml.composer.ComposerError(
                None, None, "YAML aliases (*name) are not allowed here", event.start_mark
            )
        return super().compose_node(parent, index)


_StrictSafeLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}

# libyaml's parser, where PyYAML has it, reads front matter many times faster (a cold
# build parses every file). Its composer is C code that the alias check above cannot hook, so
# it is used only for text without "*", which no alias can be written without; the
# same Python resolvers (dates left as text) and safe constructor make the values.
_FastSafeLoader: type[Any] | None = None
if getattr(yaml, "__with_libyaml__", False):

    class _CSafeLoaderKeepingDates(yaml.CSafeLoader):
        """A CSafeLoader that keeps dates as text (for text without aliases)."""

    _CSafeLoaderKeepingDates.yaml_implicit_resolvers = _StrictSafeLoader.yaml_implicit_resolvers
    _FastSafeLoader = _CSafeLoaderKeepingDates


def load_yaml(text: str) -> Any:
    """Parse YAML safely: no aliases, dates left as text; raises ``ValueError`` on errors."""
    loader = _StrictSafeLoader if _FastSafeLoader is None or "*" in text else _FastSafeLoader
    try:
        return yaml.load(text, Loader=loader)  # a SafeLoader or CSafeLoader subclass
    except yaml.YAMLError as exc:
        raise ValueError(_yaml_problem(exc)) from None
    except (RecursionError, MemoryError, ValueError, TypeError, OverflowError) as exc:
        raise ValueError(f"{type(exc).__name__}: {exc}") from None


def load_metadata_file(input_dir: Path, path: Path | None, warn: Warn) -> dict[str, dict[str, Any]]:
    """Read ``metadata.yml``: a mapping of article file name (or path) to fields."""
    path = path or input_dir / METADATA_FILE
    if not path.is_file():
        return {}
    data = read_yaml_file(path, warn, path.name)
    if data is None:
        return {}
    if not isinstance(data, dict):
        warn(f"{path.name}: must map article file names to fields; ignored")
        return {}
    result: dict[str, dict[str, Any]] = {}
    for key, fields in data.items():
        if not isinstance(fields, dict):
            warn(f"{path.name}: entry {key!r} must be a mapping of fields; ignored")
            continue
        result[str(key)] = fields
    return result


def read_yaml_file(path: Path, warn: Warn, label: str) -> Any:
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


_FRONT_MATTER_END = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.M)


def split_front_matter(raw: str, rel: str, warn: Warn) -> tuple[dict[str, Any], str]:
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


def clean_fields(fields: dict[str, Any], rel: str, warn: Warn) -> dict[str, Any]:
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
