"""Per-article NLP cache: one JSON file per (content hash, model, extraction code).

Entries are written atomically (temporary file + ``os.replace``), so an interrupted build
never leaves a half-written entry. An entry that cannot be read or does not have the
expected shape is discarded with a warning and the article is analysed again.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .models import DateCandidate, Extraction, Mention, Sentence
from .output import write_atomic

FORMAT = 1


def extraction_to_json(e: Extraction) -> dict[str, Any]:
    """Return a compact JSON-serialisable form of an extraction."""
    return {
        "mentions": [[m.paragraph, m.start, m.end, m.text, m.label] for m in e.mentions],
        "sentences": [[s.paragraph, s.start, s.end] for s in e.sentences],
        "dates": [[d.paragraph, d.start, d.end, d.text, d.label] for d in e.dates],
    }


def extraction_from_json(d: dict[str, Any]) -> Extraction:
    """Rebuild an extraction from :func:`extraction_to_json` output (ValueError if malformed)."""
    try:
        mentions = [
            Mention(int(p), int(s), int(e), str(t), str(lab)) for p, s, e, t, lab in d["mentions"]
        ]
        sentences = [Sentence(int(p), int(s), int(e)) for p, s, e in d["sentences"]]
        dates = [
            DateCandidate(int(p), int(s), int(e), str(t), str(lab))
            for p, s, e, t, lab in d["dates"]
        ]
    except (KeyError, TypeError, ValueError) as exc:
        raise ValueError(f"malformed extraction: {exc}") from None
    return Extraction(mentions, sentences, dates)


@functools.cache  # the package's source does not change while a process runs
def extraction_version() -> str:
    """A digest of the package's top-level modules, the only ones the extraction runs on
    (a test holds it so): an edit to any of them makes every entry stale, one to a later
    stage's subpackage (the resolver, the quotes) keeps them. A number bumped by hand was
    once forgotten, and caches kept an older extraction."""
    h = hashlib.sha256()
    for path in sorted(Path(__file__).resolve().parent.glob("*.py")):
        h.update(path.name.encode() + b"\0" + path.read_bytes())
    return h.hexdigest()[:16]


def cache_key(content_hash: str, model: str, version: str) -> str:
    """Return the cache key of one article's extraction."""
    raw = f"{content_hash}\0{model}\0{version}\0{FORMAT}".encode()
    return hashlib.sha256(raw).hexdigest()[:40]


class NlpCache:
    """Read and write extraction entries under ``root`` (a no-op when disabled)."""

    def __init__(self, root: Path, enabled: bool, warn: Callable[[str], None]) -> None:
        self.root = root
        self.enabled = enabled
        self.warn = warn

    def _path(self, key: str) -> Path:
        return self.root / "nlp" / key[:2] / f"{key}.json"

    def has(self, key: str) -> bool:
        """Whether an entry for ``key`` exists (it may still turn out unreadable)."""
        return self.enabled and self._path(key).is_file()

    def get(self, key: str, label: str) -> Extraction | None:
        """Return the cached extraction for ``key``, or None (bad entries are discarded)."""
        if not self.enabled:
            return None
        path = self._path(key)
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as exc:
            self.warn(f"{path}: NLP cache entry for {label} unreadable ({exc}); re-analysing")
            return None
        try:
            data = json.loads(raw.decode("utf-8"))
            if not isinstance(data, dict) or data.get("key") != key:
                raise ValueError("wrong key")
            return extraction_from_json(data["extraction"])
        except (ValueError, KeyError, TypeError, UnicodeDecodeError) as exc:
            self.warn(
                f"{path}: corrupted NLP cache entry for {label} ({exc}); discarded and re-analysed"
            )
            with contextlib.suppress(OSError):
                path.unlink()
            return None

    def put(
        self, key: str, extraction: Extraction, warn: Callable[[str], None] | None = None
    ) -> None:
        """Store ``extraction`` atomically; failures to write only give a warning."""
        if not self.enabled:
            return
        path = self._path(key)
        data = json.dumps(
            {"key": key, "extraction": extraction_to_json(extraction)},
            ensure_ascii=False,
            separators=(",", ":"),
        )
        try:
            write_atomic(path, data.encode("utf-8"))
        except OSError as exc:
            (warn or self.warn)(f"{path}: cannot write the NLP cache ({exc}); the build goes on")
