"""The build log: warnings, skipped files, stage timings, and the end-of-build report."""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from .hosting import HOSTS, HostLimits, SiteSize, describe

MERGES_SHOWN = 20  # low-confidence merges listed in the report without -v


@dataclass
class BuildLog:
    """Collects what a build has to tell the user; prints progress as it goes."""

    verbose: int = 0
    stream: TextIO = field(default_factory=lambda: sys.stderr)
    warnings: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    stages: dict[str, float] = field(default_factory=dict)
    counts: dict[str, Any] = field(default_factory=dict)
    low_confidence: list[str] = field(default_factory=list)

    def info(self, message: str) -> None:
        """Print a progress line unless quiet."""
        if self.verbose >= 0:
            print(message, file=self.stream, flush=True)

    def debug(self, message: str) -> None:
        """Print a line only with ``-v``."""
        if self.verbose > 0:
            print(message, file=self.stream, flush=True)

    def warn(self, message: str) -> None:
        """Record a warning and print it at once (warnings are never silenced)."""
        if message in self.warnings:
            return
        self.warnings.append(message)
        print(f"warning: {message}", file=self.stream, flush=True)

    def error(self, message: str) -> None:
        """Record a per-file error (the file was skipped; the build goes on)."""
        self.errors.append(message)
        print(f"error: {message}", file=self.stream, flush=True)

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        """Time a pipeline stage."""
        start = time.perf_counter()
        try:
            yield
        finally:
            self.stages[name] = self.stages.get(name, 0.0) + time.perf_counter() - start
            self.debug(f"  {name}: {self.stages[name]:.2f} s")

    @contextmanager
    def progress(self, label: str, total: int) -> Iterator[Callable[[int], None]]:
        """Show a progress bar on a terminal; yield ``update(done)``. Plain logs otherwise."""
        if self.verbose < 0 or not self.stream.isatty() or total < 2:
            yield lambda done: None
            return
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn

        bar = Progress(
            f"[bold]{label:<12}",
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=Console(file=self.stream),
            transient=True,
        )
        task = bar.add_task(label, total=total)
        with bar:
            yield lambda done: bar.update(task, completed=done)

    def summary(self) -> str:
        """Return the end-of-build report as text."""
        c = self.counts
        lines = ["", "Build report"]
        lines.append(
            f"  articles: {c.get('articles', 0)} built, {c.get('skipped', 0)} skipped, "
            f"{c.get('undated', 0)} undated"
        )
        by_type = c.get("entities_by_type", {})
        lines.append(
            f"  entities: {c.get('entities', 0)} ("
            + ", ".join(f"{k} {v}" for k, v in by_type.items())
            + ")"
        )
        lines.append(f"  events: {c.get('events', 0)} dated, {c.get('undated_events', 0)} undated")
        lines.append(f"  files written: {c.get('files', 0)}")
        if "site_bytes" in c:
            size = SiteSize(c["site_bytes"], c.get("site_files", 0))
            limits = HostLimits(**c["host"]) if "host" in c else HOSTS["none"]
            lines.append(f"  site: {describe(size, limits)}")
        if "search" in c:
            s = c["search"]
            lines.append(
                f"  search index: {s.get('pages', 0)} pages, {s.get('words', 0)} words, "
                f"{s.get('filters', 0)} filters"
            )
        timing = ", ".join(f"{k} {v:.2f}s" for k, v in self.stages.items())
        lines.append(f"  time: {sum(self.stages.values()):.2f} s ({timing})")
        if self.low_confidence:
            # a curation aid, not a fault: a large archive has hundreds, and listing them
            # all on every build would bury the rest of the report and the warnings
            shown = self.low_confidence if self.verbose > 0 else self.low_confidence[:MERGES_SHOWN]
            lines.append(f"  merges to confirm ({len(self.low_confidence)}):")
            lines += [f"    - {m}" for m in shown]
            if len(shown) < len(self.low_confidence):
                lines.append(
                    f"    ... and {len(self.low_confidence) - len(shown)} more: run with -v, "
                    "or write them all with --report-json FILE"
                )
        if self.errors:
            lines.append(f"  skipped files ({len(self.errors)}):")
            lines += [f"    - {m}" for m in self.errors]
        if self.warnings:
            lines.append(f"  warnings ({len(self.warnings)}):")
            lines += [f"    - {m}" for m in self.warnings]
        return "\n".join(lines)

    def to_json(self) -> dict[str, Any]:
        """Return the report as data (for ``--report-json`` and the benchmark)."""
        return {
            "counts": self.counts,
            # at the top as well: what a deploy script checks against its host's limits
            "site_bytes": self.counts.get("site_bytes"),
            "site_files": self.counts.get("site_files"),
            "stages": {k: round(v, 4) for k, v in self.stages.items()},
            "warnings": self.warnings,
            "errors": self.errors,
            "low_confidence_merges": self.low_confidence,
        }

    def write_json(self, path: Path) -> None:
        """Write the report as JSON."""
        path.write_text(json.dumps(self.to_json(), indent=2, sort_keys=True) + "\n")
