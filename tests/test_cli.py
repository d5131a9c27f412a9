"""Command line: help, exit codes, options mapped to the configuration, the JSON report."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from site_builder import __version__
from site_builder.cli import config_from_args, main, make_parser
from site_builder.config import Config

from .conftest import ROOT, SEEDS, build_site, require_model

pytestmark = pytest.mark.usefixtures("empty_cwd")


def exit_code_of(argv: list[str]) -> int:
    """Run ``main`` and return its code, whether it returns it or argparse exits with it."""
    try:
        return main(argv)
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else 1


# --- help and version -----------------------------------------------------------------


def test_help_names_the_commands_and_the_build_options(capsys: pytest.CaptureFixture[str]) -> None:
    assert exit_code_of(["--help"]) == 0
    out = capsys.readouterr().out
    for word in ("build", "serve", "--input", "--output", "--base-url", "--site-url", "--config",
                 "--no-cache", "--no-search", "--strict", "--report-json"):  # fmt: skip
        assert word in out, word


@pytest.mark.parametrize(("command", "option"), [("build", "--no-search"), ("serve", "--port")])
def test_each_command_has_its_own_help(
    capsys: pytest.CaptureFixture[str], command: str, option: str
) -> None:
    assert exit_code_of([command, "--help"]) == 0
    assert option in capsys.readouterr().out


def test_serve_options_are_not_build_options(capsys: pytest.CaptureFixture[str]) -> None:
    assert exit_code_of(["build", "--port", "8080"]) == 2
    assert "--port" in capsys.readouterr().err


def test_version_prints_the_package_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert exit_code_of(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"news-archive {__version__}"


# --- usage errors: exit 2 with a message ----------------------------------------------


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--wibble"], "unrecognized arguments: --wibble"),
        (["--processes", "many"], "invalid int value: 'many'"),
        (["-q", "-v"], "not allowed with argument"),
        (["serve", "--preview", "sometimes"], "invalid choice: 'sometimes'"),
        (["publish"], "invalid choice: 'publish'"),
        (["--input"], "expected one argument"),
    ],
)
def test_a_bad_option_exits_2_with_a_message(
    capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    assert exit_code_of(argv) == 2
    err = capsys.readouterr().err
    assert "usage: news-archive" in err
    assert message in err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--base-url", "https://example.org/repo/"], "put the full address in --site-url"),
        (["--base-url", "/a/../b/"], "may not contain '.' or '..'"),
        (["--processes", "-1"], "--processes"),
        (["--config", "nowhere.toml"], "config file not found"),
    ],
)
def test_a_bad_setting_exits_2_with_one_error_line(
    capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ")
    assert message in err
    assert "Traceback" not in err


def test_a_bad_site_toml_exits_2_naming_the_file(
    empty_cwd: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (empty_cwd / "site.toml").write_text('feed_size = "all"\n', "utf-8")
    assert main(["--input", "articles"]) == 2
    err = capsys.readouterr().err
    assert "site.toml" in err
    assert "feed_size" in err


# --- build errors: exit 1 -------------------------------------------------------------


def test_a_missing_input_folder_exits_1_and_writes_nothing(
    empty_cwd: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--input", "no-such-folder", "--output", "out"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: ")
    assert "no-such-folder" in err
    assert not (empty_cwd / "out").exists()


def test_strict_fails_on_the_seeds_warnings_and_keeps_the_previous_site(
    tmp_path: Path, shared_cache: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    require_model()
    out = tmp_path / "site"
    report = tmp_path / "report.json"
    assert build_site(SEEDS, out, "--no-search", "--report-json", str(report),
                      cache_dir=shared_cache) == 0  # fmt: skip
    err = capsys.readouterr().err
    printed = [line.removeprefix("warning: ") for line in err.splitlines()
               if line.startswith("warning: ")]  # fmt: skip
    data = json.loads(report.read_text("utf-8"))
    assert {"counts", "stages", "warnings", "errors"} <= data.keys()
    assert data["warnings"] == printed
    assert data["errors"] == []
    assert printed, "the seeds include an undated article, which gives a warning"

    before = {p for p in out.rglob("*") if p.is_file()}
    (out / "index.html").write_text("previous site", "utf-8")
    assert build_site(SEEDS, out, "--no-search", "--strict", cache_dir=shared_cache) == 1
    assert "strict" in capsys.readouterr().err
    assert (out / "index.html").read_text("utf-8") == "previous site"
    assert {p for p in out.rglob("*") if p.is_file()} == before


# --- options map to the configuration -------------------------------------------------


def config_of(argv: list[str]) -> Config:
    return config_from_args(make_parser().parse_args(argv))


OPTIONS = [
    (["--input", "in"], "input_dir", Path("in")),
    (["-i", "in"], "input_dir", Path("in")),
    (["--output", "out"], "output_dir", Path("out")),
    (["-o", "out"], "output_dir", Path("out")),
    (["--base-url", "/repo/"], "base_url", "/repo/"),
    (["--site-url", "https://example.org/repo/"], "site_url", "https://example.org/repo/"),
    (["--cache-dir", "c"], "cache_dir", Path("c")),
    (["--no-cache"], "use_cache", False),
    (["--no-search"], "search", False),
    (["--model", "en_core_web_md"], "spacy_model", "en_core_web_md"),
    (["--processes", "3"], "nlp_processes", 3),
    (["--strict"], "strict", True),
    (["-q"], "verbose", -1),
    (["--quiet"], "verbose", -1),
    (["-v"], "verbose", 1),
    (["--verbose"], "verbose", 1),
]


@pytest.mark.parametrize("command", [[], ["build"], ["serve"]])
@pytest.mark.parametrize(("option", "name", "value"), OPTIONS)
def test_each_option_sets_its_setting(
    command: list[str], option: list[str], name: str, value: object
) -> None:
    config = config_of([*command, *option])
    assert getattr(config, name) == value
    assert getattr(Config(), name) != value, "the option must change the default"


def test_without_options_the_defaults_hold() -> None:
    assert config_of([]) == Config()
    assert config_of(["build"]) == Config()


def test_config_names_the_file_whose_settings_are_used(empty_cwd: Path) -> None:
    path = empty_cwd / "other.toml"
    path.write_text('title = "Other"\n', "utf-8")
    config = config_of(["--config", str(path)])
    assert config.config_file == path.resolve()
    assert config.title == "Other"


def test_options_before_the_subcommand_are_kept() -> None:
    assert config_of(["--input", "in", "build"]).input_dir == Path("in")


# --- the programs: build.py, python -m site_builder -----------------------------------


@pytest.mark.parametrize(
    ("program", "argv", "code"),
    [
        ([str(ROOT / "build.py")], ["--version"], 0),
        (["-m", "site_builder"], ["--version"], 0),
        (["-m", "site_builder"], ["--input", "no-such-folder"], 1),
        ([str(ROOT / "build.py")], ["--wibble"], 2),
        (["-m", "site_builder"], ["--base-url", "https://example.org/"], 2),
    ],
)
def test_the_programs_exit_with_the_codes(
    empty_cwd: Path, program: list[str], argv: list[str], code: int
) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, *program, *argv],
        cwd=empty_cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == code, result.stderr
    if code:
        assert "error" in result.stderr
