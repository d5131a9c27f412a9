"""The end-of-build report."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from site_builder.config import Config, make_config
from site_builder.errors import ConfigError
from site_builder.hosting import (
    HostLimits,
    SiteSize,
    host_limits,
    human_bytes,
    limit_warnings,
    measure_site,
)
from site_builder.pipeline import check_size
from site_builder.report import MERGES_SHOWN, BuildLog


def _log(verbose: int, merges: int) -> BuildLog:
    log = BuildLog(verbose=verbose)
    log.low_confidence = [f"entity-{i:03d}: merge number {i}" for i in range(merges)]
    log.warnings = ["a.md: no date"]
    return log


def test_a_long_list_of_merges_to_confirm_is_cut_in_the_report_but_kept_whole_in_json():
    log = _log(0, MERGES_SHOWN + 5)
    text = log.summary()
    assert f"merges to confirm ({MERGES_SHOWN + 5}):" in text
    assert f"merge number {MERGES_SHOWN - 1}\n" in text
    assert f"merge number {MERGES_SHOWN}\n" not in text
    assert "... and 5 more: run with -v, or write them all with --report-json FILE" in text
    # the warnings that follow are never cut
    assert text.rstrip().endswith("- a.md: no date")
    assert len(log.to_json()["low_confidence_merges"]) == MERGES_SHOWN + 5


def test_verbose_and_short_lists_show_every_merge():
    for log in (_log(1, MERGES_SHOWN + 5), _log(0, MERGES_SHOWN)):
        text = log.summary()
        assert "more: run with -v" not in text
        assert all(m in text for m in log.low_confidence)


def _files(root: Path, sizes: dict[str, int]) -> None:
    for relative, size in sizes.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"x" * size)


def test_the_site_size_is_counted_over_the_written_files(tmp_path: Path) -> None:
    _files(tmp_path, {"index.html": 1000, "a/b/index.html": 250, "data/x.json": 4, ".nojekyll": 0})
    (tmp_path / "empty").mkdir()
    assert measure_site(tmp_path) == SiteSize(1254, 4)
    log = BuildLog()
    check_size(tmp_path, Config(), log)
    assert (log.counts["site_bytes"], log.counts["site_files"]) == (1254, 4)
    data = log.to_json()
    assert (data["site_bytes"], data["site_files"]) == (1254, 4)
    assert data["counts"]["site_bytes"] == 1254
    assert not log.warnings
    assert "  site: 1.3 KB in 4 files (0% of 1 GB allowed by GitHub Pages)" in log.summary()


def test_a_site_over_the_hosts_limit_is_warned_about_naming_the_limit(tmp_path: Path) -> None:
    _files(tmp_path, {f"p{i}.html": 600 for i in range(5)})  # 3,000 bytes in 5 files
    log = BuildLog(stream=io.StringIO())
    check_size(tmp_path, Config(host_max_bytes=2000), log)
    assert log.warnings == [
        "the site is 3 KB, over the 2 KB GitHub Pages accepts; it would be refused there "
        "(set host, or host_max_bytes, in site.toml for another host)"
    ]
    log = BuildLog(stream=io.StringIO())
    check_size(tmp_path, Config(host="cloudflare-pages", host_max_files=4), log)
    assert len(log.warnings) == 1
    assert "5 files, over the 4 files Cloudflare Pages accepts" in log.warnings[0]
    assert "125% of 4 files allowed by Cloudflare Pages" in log.summary()
    # within the limits: no warning
    log = BuildLog(stream=io.StringIO())
    check_size(tmp_path, Config(host="gitlab-pages"), log)
    assert not log.warnings


def test_host_limits() -> None:
    assert host_limits("github-pages") == HostLimits("GitHub Pages", 10**9, 0)
    assert host_limits("gitlab-pages").max_files == 200_000
    assert host_limits("none") == HostLimits("your host", 0, 0)
    assert host_limits("none", max_bytes=5) == HostLimits("your host", 5, 0)
    assert limit_warnings(SiteSize(10**12, 10**6), host_limits("none")) == []
    assert human_bytes(999) == "999 bytes"
    assert human_bytes(1_000_000_000) == "1 GB"
    assert human_bytes(104_812_345) == "104.8 MB"


def test_an_unknown_host_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="host must be one of github-pages, gitlab-pages"):
        make_config({"host": "geocities"})
    assert make_config({"host": "cloudflare-pages"}).host == "cloudflare-pages"
    with pytest.raises(ConfigError, match="host_max_files must be 0 or more"):
        make_config({"host_max_files": -1})
