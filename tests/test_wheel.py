"""The wheel, installed apart from the checkout, builds a complete site from any folder."""

from __future__ import annotations

import os
import shutil
import site
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from .conftest import ROOT, SEEDS, require_model

pytestmark = pytest.mark.slow

# top-level folders of a checkout that are not part of the project's source
NOT_SOURCE = {".git", ".venv", "build", "dist", "site", ".site-cache", ".pytest_cache",
              ".ruff_cache", ".mypy_cache", ".hypothesis"}  # fmt: skip
TIMEOUT = 600


def _copy_source(target: Path) -> Path:
    """Copy the checkout without its local state, so building leaves no trace in it."""

    def ignore(folder: str, names: list[str]) -> set[str]:
        top = Path(folder).resolve() == ROOT
        return {
            n
            for n in names
            if n == "__pycache__" or n.endswith(".egg-info") or (top and n in NOT_SOURCE)
        }

    shutil.copytree(ROOT, target, ignore=ignore)
    return target


def _run(*command: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    result = subprocess.run(
        [str(c) for c in command],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
    )
    assert result.returncode == 0, (
        f"{' '.join(map(str, command))} exited {result.returncode}\n"
        f"stdout:\n{result.stdout}\nstderr:\n{result.stderr}"
    )
    return result


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Return a fresh environment with the wheel installed; dependencies come from ours."""
    work = tmp_path_factory.mktemp("wheel")
    source = _copy_source(work / "source")
    # no build isolation: setuptools is a test dependency, so no download is needed
    _run(sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
         "--wheel-dir", work / "dist", source, cwd=work)  # fmt: skip
    (wheel,) = (work / "dist").glob("site_builder-*.whl")

    env = work / "env"
    _run(sys.executable, "-m", "venv", "--without-pip", env, cwd=work)
    python = env / "bin" / "python"
    purelib = _run(python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))", cwd=work)
    # the test environment's packages (spaCy, its model, Pagefind...) without its
    # site_builder, which is an editable install activated by a .pth file not read from here
    Path(purelib.stdout.strip(), "test-dependencies.pth").write_text(
        "\n".join(site.getsitepackages()) + "\n", "utf-8"
    )
    _run(sys.executable, "-m", "pip", "--python", python, "install", "--no-deps", "--no-index",
         wheel, cwd=work)  # fmt: skip
    return env


def test_the_wheel_carries_the_theme(installed: Path) -> None:
    (wheel,) = installed.parent.glob("dist/site_builder-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    theme = [
        path.relative_to(ROOT).as_posix()
        for folder in ("templates", "static")
        for path in (ROOT / folder).rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    ]
    assert theme, "the checkout has no theme files"
    missing = [name for name in theme if f"site_builder/{name}" not in names]
    assert not missing, f"the wheel lacks {missing}"


def test_the_installed_command_builds_a_complete_site_outside_the_checkout(
    installed: Path, tmp_path: Path
) -> None:
    require_model()
    work = tmp_path / "elsewhere"
    shutil.copytree(SEEDS, work / "articles")

    where = _run(installed / "bin" / "python", "-c",
                 "import site_builder; print(site_builder.__file__)", cwd=work)  # fmt: skip
    assert Path(where.stdout.strip()).is_relative_to(installed), where.stdout
    _run(installed / "bin" / "news-archive", "build", "--input", "articles", "--output", "out",
         "-q", cwd=work)  # fmt: skip

    out = work / "out"
    articles = [p.name for p in SEEDS.rglob("*") if p.suffix in (".txt", ".md")]
    pages = [p.parent.name for p in out.glob("articles/*/index.html")]
    assert len(pages) == len(articles), (articles, pages)
    assert (out / "index.html").is_file()
    assert (out / "timeline" / "index.html").is_file()
    assert (out / "entities" / "index.html").is_file()
    assert len(list(out.glob("entities/*/index.html"))) >= 5
    assert (out / "pagefind" / "pagefind.js").is_file()
    for asset in (p for p in (ROOT / "static").rglob("*") if p.is_file()):
        name = asset.relative_to(ROOT / "static")
        copied = out / "static" / name
        assert copied.read_bytes() == asset.read_bytes(), f"static/{name} differs"
    # the world outline ships inside the package: the map is drawn from it
    assert (out / "map" / "world.svg").stat().st_size > 50_000
    assert 'class="marker"' in (out / "map" / "index.html").read_text("utf-8")
    assert 'href="/static/style.css"' in (out / "index.html").read_text("utf-8")
    article = next(out.glob("articles/*/index.html")).read_text("utf-8")
    assert 'href="/entities/' in article, "the article page links no entity"
