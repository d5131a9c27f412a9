"""Read a built site's data exports, compressed or not, by the names the build uses."""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

from site_builder.exports import DATA_FILES


def load_export(site: Path, name: str) -> Any:
    """Return the parsed JSON of the export ``name`` (``articles``, ``timeline`` ...)."""
    data = (site / DATA_FILES[name]).read_bytes()
    return json.loads(gzip.decompress(data) if DATA_FILES[name].endswith(".gz") else data)
