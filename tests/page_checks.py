"""The checkers readers' tools rely on, for the tests: axe-core in Chromium and the Nu HTML
Checker (``vnu.jar``), and a sample of a built site with one page of every kind.

Both checkers are npm packages, pinned in ``scripts/test.sh``, which installs them into
the git-ignored ``.test-tools/`` folder (the Nu checker runs on Java).
"""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from conftest import ROOT, require

TOOLS = ROOT / ".test-tools" / "node_modules"
AXE = TOOLS / "axe-core" / "axe.min.js"
VNU = TOOLS / "vnu-jar" / "build" / "dist" / "vnu.jar"
BLOCKING = ("serious", "critical")  # axe impacts a page may not have


def require_axe() -> Path:
    """Return axe-core's script (fails under CI=true when missing)."""
    require(AXE.is_file(), f"axe-core ({AXE}; run scripts/test.sh to install it)")
    return AXE


def require_vnu() -> tuple[str, Path]:
    """Return ``(java, vnu.jar)`` (fails under CI=true when either is missing)."""
    java = shutil.which("java")
    require(java is not None, "Java (apt-get install default-jre-headless)")
    require(VNU.is_file(), f"the Nu HTML Checker ({VNU}; run scripts/test.sh to install it)")
    assert java is not None
    return java, VNU


def page_kind(relative: Path) -> tuple[str, ...]:
    """Return the kind of a page: its first folder and its depth, with the number of the
    page of a paged list apart (``articles/x/index.html`` and ``articles/y/index.html``
    are one kind; ``archive/2022-02/2/index.html`` is a later page of a list; an
    entity's article list and quotation list are two kinds)."""
    parts = relative.parts
    if len(parts) == 1:
        return parts
    numbered = len(parts) > 2 and parts[-2].isdigit()
    # an entity's lists are kinds of their own (entities/x/articles/, entities/x/quotes/)
    sub = parts[2] if len(parts) > 3 and not parts[2].isdigit() else ""
    return (parts[0], str(len(parts)), sub, "paged" if numbered else "")


def sample_pages(site: Path) -> list[Path]:
    """Return one page of every kind in ``site`` (the largest, where lists are longest),
    found by walking the site, so that pages added later are checked too."""
    biggest: dict[tuple[str, ...], Path] = {}
    for path in sorted(site.rglob("*.html")):
        rel = path.relative_to(site)
        if rel.parts[0] in ("pagefind",):
            continue
        kind = page_kind(rel)
        if kind not in biggest or path.stat().st_size > biggest[kind].stat().st_size:
            biggest[kind] = path
    return [biggest[k] for k in sorted(biggest)]


def page_address(site: Path, page: Path, base: str) -> str:
    """Return the address of ``page`` on a server of ``site`` at ``base``."""
    rel = page.relative_to(site).as_posix()
    return base + (rel[: -len("index.html")] if rel.endswith("index.html") else rel)


def vnu_errors(pages: Iterable[Path]) -> list[str]:
    """Return the Nu HTML Checker's errors for ``pages`` (one Java start for all)."""
    java, jar = require_vnu()
    files = [str(p) for p in pages]
    proc = subprocess.run(
        [java, "-jar", str(jar), "--errors-only", "--format", "json", *files],
        capture_output=True,
        text=True,
        timeout=600,
    )
    report = json.loads(proc.stderr or proc.stdout or '{"messages": []}')
    out = []
    for m in report.get("messages", []):
        where = m.get("url", "").rsplit("/site/", 1)[-1]
        out.append(f"{where}:{m.get('lastLine', '?')}: {m.get('message')} [{m.get('extract', '')}]")
    return out


def axe_violations(page: Any, axe_script: Path) -> list[dict[str, Any]]:
    """Run axe-core on the page loaded in ``page``; return its serious or critical
    violations (rule id, impact, help and the first failing elements)."""
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.add_script_tag(path=str(axe_script))
    results = page.evaluate(
        "async () => (await axe.run(document, {resultTypes: ['violations']})).violations"
    )
    return [
        {
            "id": v["id"],
            "impact": v["impact"],
            "help": v["help"],
            "nodes": [n["html"][:200] for n in v["nodes"][:3]],
        }
        for v in results
        if v.get("impact") in BLOCKING
    ]
