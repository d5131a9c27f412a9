"""The seeds' site matches ``tests/golden/seeds/`` file by file, search bundle aside.

After an intended change of the output, regenerate it (see tests/golden/README.md):
``.venv/bin/python -m tests.test_golden --update``.
"""

from __future__ import annotations

import argparse
import difflib
import shutil
import tempfile
from pathlib import Path

from .conftest import SEEDS, build_site, require_model

GOLDEN = Path(__file__).resolve().parent / "golden" / "seeds"
# a cold build without the search bundle, which is left out of the comparison anyway
OPTIONS = ("--no-search", "--no-cache")
SEARCH_BUNDLE = "pagefind"
DIFFS_SHOWN = 3
DIFF_LINES = 40


def site_files(root: Path) -> dict[str, Path]:
    """Return the site's files by their path relative to ``root``, search bundle aside."""
    return {
        path.relative_to(root).as_posix(): path
        for path in sorted(root.rglob("*"))
        if path.is_file() and path.relative_to(root).parts[0] != SEARCH_BUNDLE
    }


def describe_differences(expected_root: Path, actual_root: Path) -> str:
    """Return a report of how two sites differ, with unified diffs; empty if they match."""
    expected, actual = site_files(expected_root), site_files(actual_root)
    lines: list[str] = []
    for name in sorted(expected.keys() - actual.keys()):
        lines.append(f"missing from the build: {name}")
    for name in sorted(actual.keys() - expected.keys()):
        lines.append(f"not in the golden site: {name}")
    changed = [
        name
        for name in sorted(expected.keys() & actual.keys())
        if expected[name].read_bytes() != actual[name].read_bytes()
    ]
    lines.extend(f"differs: {name}" for name in changed)
    for name in changed[:DIFFS_SHOWN]:
        lines.append(_unified_diff(name, expected[name], actual[name]))
    return "\n".join(lines)


def _unified_diff(name: str, expected: Path, actual: Path) -> str:
    try:
        old = expected.read_text("utf-8").splitlines()
        new = actual.read_text("utf-8").splitlines()
    except UnicodeDecodeError:
        return f"{name}: binary files differ"
    diff = list(difflib.unified_diff(old, new, f"golden/{name}", f"built/{name}", lineterm=""))
    if len(diff) > DIFF_LINES:
        diff = [*diff[:DIFF_LINES], f"... {len(diff) - DIFF_LINES} more diff lines"]
    return "\n".join(diff)


def build_golden(output: Path) -> None:
    """Build the seeds into ``output`` exactly as the golden site was built."""
    code = build_site(SEEDS, output, *OPTIONS)
    if code != 0:
        raise SystemExit(f"the build of {SEEDS} failed with exit code {code}")


def test_seeds_build_matches_the_golden_site(tmp_path: Path) -> None:
    require_model()
    assert (GOLDEN / "index.html").is_file(), "no golden site: run python -m tests.test_golden"
    built = tmp_path / "site"
    build_golden(built)
    differences = describe_differences(GOLDEN, built)
    assert not differences, (
        "the seeds' site differs from tests/golden/seeds/; if the change is intended, "
        "regenerate it with: .venv/bin/python -m tests.test_golden --update\n" + differences
    )


def test_the_comparison_sees_a_changed_missing_and_extra_file(tmp_path: Path) -> None:
    golden, built = tmp_path / "golden", tmp_path / "built"
    for root in (golden, built):
        (root / "pagefind").mkdir(parents=True)
        (root / "pagefind" / "index.js").write_text(f"bundle of {root.name}\n", "utf-8")
        (root / "same.html").write_text("<p>same</p>\n", "utf-8")
    (golden / "page.html").write_text("<p>one</p>\n<p>two</p>\n", "utf-8")
    (built / "page.html").write_text("<p>one</p>\n<p>2</p>\n", "utf-8")
    (golden / "gone.html").write_text("x", "utf-8")
    (built / "new.html").write_text("x", "utf-8")

    report = describe_differences(golden, built)

    assert "missing from the build: gone.html" in report
    assert "not in the golden site: new.html" in report
    assert "differs: page.html" in report
    assert "-<p>two</p>\n+<p>2</p>" in report
    assert "same.html" not in report
    assert "pagefind" not in report


def main() -> None:
    """Regenerate ``tests/golden/seeds/`` from the seeds (``--update``)."""
    parser = argparse.ArgumentParser(prog="python -m tests.test_golden", description=main.__doc__)
    parser.add_argument("--update", action="store_true", help="replace the golden site")
    args = parser.parse_args()
    if not args.update:
        parser.error("nothing to do; pass --update to rebuild tests/golden/seeds/")
    with tempfile.TemporaryDirectory(prefix="golden-") as scratch:
        built = Path(scratch) / "site"
        build_golden(built)
        shutil.rmtree(GOLDEN, ignore_errors=True)
        shutil.copytree(built, GOLDEN)
    print(f"wrote {len(site_files(GOLDEN))} files to {GOLDEN}")


if __name__ == "__main__":
    main()
