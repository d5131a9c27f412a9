"""Index the written site with Pagefind (the binary shipped in the ``pagefind-bin`` wheel)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from .errors import IndexingError
from .report import BuildLog

BUNDLE_DIR = "pagefind"


def index_site(site_dir: Path, log: BuildLog) -> None:
    """Run Pagefind over ``site_dir``; its bundle lands in ``site_dir/pagefind/``."""
    cmd = [sys.executable, "-m", "pagefind_bin", "--site", str(site_dir)]
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    except OSError as exc:
        raise IndexingError(f"could not start Pagefind ({exc}); run: pip install pagefind-bin")
    if proc.returncode != 0:
        detail = (proc.stderr or proc.stdout).strip().splitlines()[-5:]
        hint = (
            " (is pagefind-bin installed? pip install pagefind-bin)"
            if "No module" in (proc.stderr or "")
            else ""
        )
        raise IndexingError("Pagefind indexing failed" + hint + ":\n  " + "\n  ".join(detail))
    log.debug(proc.stdout.strip())
    if not (site_dir / BUNDLE_DIR / "pagefind.js").is_file():
        raise IndexingError("Pagefind ran but wrote no pagefind/pagefind.js; see its output")
