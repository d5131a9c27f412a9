"""Index the written site with Pagefind (the binary shipped in the ``pagefind-bin`` wheel).

What gets indexed is decided by the templates: article and entity pages mark their content
with ``data-pagefind-body``, so every other page (home, entity index, timeline, search) is
left out. The timeline is left out on purpose: each of its events quotes a sentence of an
article, so indexing it would return every hit twice, once without its article's context.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from .errors import IndexingError
from .report import BuildLog

BUNDLE_DIR = "pagefind"
HIGHLIGHT_PARAM = "highlight"
"""Query parameter naming the searched words, set by the search page and read by articles."""

_COUNTS = re.compile(r"Indexed (\d+) (pages|words|filters|sorts)")


def pagefind_command(site_dir: Path) -> list[str]:
    """The command that indexes ``site_dir`` (``pagefind-bin`` installs no ``pagefind``)."""
    return [sys.executable, "-m", "pagefind_bin", "--site", str(site_dir)]


def index_site(site_dir: Path, log: BuildLog) -> dict[str, int]:
    """Run Pagefind over ``site_dir``; its bundle lands in ``site_dir/pagefind/``.

    Returns Pagefind's own counts (pages, words, filters, sorts). Raises ``IndexingError``
    with Pagefind's last lines and what to do when it fails.
    """
    try:
        proc = subprocess.run(
            pagefind_command(site_dir), capture_output=True, text=True, check=False
        )
    except OSError as exc:
        raise IndexingError(f"could not start Pagefind ({exc}); run: pip install pagefind-bin")
    output = (proc.stdout or "") + (proc.stderr or "")
    if proc.returncode != 0:
        lines = [line for line in output.strip().splitlines() if line.strip()][-4:]
        hint = (
            "install it with: pip install pagefind-bin"
            if "No module named" in output
            else "build with --no-search to skip the search index"
        )
        raise IndexingError(
            "Pagefind could not index the site; the previous site was kept ("
            + hint
            + "). Pagefind said:\n  "
            + "\n  ".join(lines)
        )
    if not (site_dir / BUNDLE_DIR / "pagefind.js").is_file():
        raise IndexingError("Pagefind ran but wrote no pagefind/pagefind.js; see its output")
    counts = {kind: int(n) for n, kind in _COUNTS.findall(output)}
    log.debug(output.strip())
    return counts
