"""The README documents every setting and every command-line option."""

from __future__ import annotations

import dataclasses

from site_builder.cli import make_parser
from site_builder.config import Config

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
INTERNAL = {"dev_mode", "config_file"}


def test_every_setting_is_documented() -> None:
    missing = [
        f.name
        for f in dataclasses.fields(Config)
        if f.name not in INTERNAL and f"| `{f.name}` |" not in README
    ]
    assert missing == []


def test_every_setting_has_a_docstring() -> None:
    source = (ROOT / "site_builder" / "config.py").read_text()
    for f in dataclasses.fields(Config):
        block = source.split(f"    {f.name}: ", 1)[1].split("\n", 2)
        assert block[1].strip().startswith('"""'), f.name


def test_every_option_is_documented() -> None:
    options = {
        opt
        for action in make_parser()._actions
        for opt in action.option_strings
        if opt.startswith("--") and opt not in ("--help", "--version")
    }
    missing = sorted(o for o in options if f"`{o}" not in README)
    assert missing == []


def test_readme_gives_the_two_commands_and_ci_runs_the_second() -> None:
    assert "bash scripts/test.sh" in README
    assert ".venv/bin/python build.py" in README
    assert "bash scripts/test.sh" in (ROOT / ".ci" / "run").read_text()
