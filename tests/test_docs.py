"""The documentation covers every setting and option, and its links lead somewhere."""

from __future__ import annotations

import argparse
import ast
import dataclasses
import importlib
import re
from pathlib import Path

import pytest

from site_builder.cli import make_parser
from site_builder.config import Config

from .conftest import ROOT

README = ROOT / "README.md"
CONFIGURATION = ROOT / "docs" / "configuration.md"
README_MAX_LINES = 300

# a Markdown link or image: [text](target) or ![alt](target); the text may span lines
LINK = re.compile(r"!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
FENCE = re.compile(r"^(```|~~~).*?^\1", re.MULTILINE | re.DOTALL)
CODE_SPAN = re.compile(r"`[^`\n]*`")


def settings_documentation() -> str:
    """Return the text where settings and options may be documented."""
    return README.read_text(encoding="utf-8") + CONFIGURATION.read_text(encoding="utf-8")


def markdown_files() -> list[Path]:
    """Return README.md and every Markdown file under docs/."""
    return [README, *sorted((ROOT / "docs").glob("*.md"))]


def cli_options() -> set[str]:
    """Return every option string of the parser and its subcommands, except help."""
    options: set[str] = set()
    parsers = [make_parser()]
    while parsers:
        parser = parsers.pop()
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                parsers.extend(action.choices.values())
            elif not isinstance(action, argparse._HelpAction):
                options.update(action.option_strings)
    return options


def subcommands() -> set[str]:
    """Return the names of the parser's subcommands."""
    return {
        name
        for action in make_parser()._actions
        if isinstance(action, argparse._SubParsersAction)
        for name in action.choices
    }


def test_the_parser_has_options_and_subcommands() -> None:
    # guards the introspection below: an empty set would document nothing
    assert {"--input", "--no-cache", "--port", "--preview"} <= cli_options()
    assert {"build", "serve"} <= subcommands()


def test_every_setting_is_documented() -> None:
    text = settings_documentation()
    missing = [f.name for f in dataclasses.fields(Config) if f"| `{f.name}` |" not in text]
    assert missing == [], "add a row to the settings table of docs/configuration.md"


def test_every_setting_has_a_docstring() -> None:
    tree = ast.parse((ROOT / "site_builder" / "config.py").read_text(encoding="utf-8"))
    config = next(
        node for node in tree.body if isinstance(node, ast.ClassDef) and node.name == "Config"
    )
    documented = set()
    for field, following in zip(config.body, config.body[1:], strict=False):
        if (
            isinstance(field, ast.AnnAssign)
            and isinstance(field.target, ast.Name)
            and isinstance(following, ast.Expr)
            and isinstance(following.value, ast.Constant)
            and isinstance(following.value.value, str)
        ):
            documented.add(field.target.id)
    missing = [f.name for f in dataclasses.fields(Config) if f.name not in documented]
    assert missing == []


def test_every_option_is_documented() -> None:
    text = settings_documentation()
    missing = sorted(
        option
        for option in cli_options()
        if not re.search("`" + re.escape(option) + r"(?![\w-])", text)
    )
    assert missing == [], "document these options in README.md or docs/configuration.md"


def test_every_subcommand_is_documented() -> None:
    text = README.read_text(encoding="utf-8")
    missing = [
        name
        for name in sorted(subcommands())
        if f"build.py {name}" not in text and f"build.py [{name}]" not in text
    ]
    assert missing == []


def test_readme_is_a_manual_of_at_most_300_lines() -> None:
    lines = README.read_text(encoding="utf-8").count("\n")
    assert lines <= README_MAX_LINES, f"README.md has {lines} lines; move detail to docs/"


def test_relative_links_lead_to_existing_files() -> None:
    broken = []
    for path in markdown_files():
        text = CODE_SPAN.sub("", FENCE.sub("", path.read_text(encoding="utf-8")))
        for target in LINK.findall(text):
            if re.match(r"[a-z][a-z0-9+.-]*:", target) or target.startswith("#"):
                continue  # an absolute URL (https:, mailto:) or an anchor on the same page
            if not (path.parent / target.split("#", 1)[0]).exists():
                broken.append(f"{path.relative_to(ROOT)}: {target}")
    assert broken == []


def test_link_check_sees_links() -> None:
    # guards the check above: a pattern that matched nothing would pass any file
    targets = LINK.findall(README.read_text(encoding="utf-8"))
    assert "docs/screenshot.png" in targets and "docs/configuration.md" in targets


def test_readme_gives_the_two_commands_and_ci_runs_the_second() -> None:
    readme = README.read_text(encoding="utf-8")
    install = "python3 -m venv .venv && .venv/bin/pip install -e . && .venv/bin/python build.py"
    assert install in readme
    assert "bash scripts/test.sh" in readme
    assert "bash scripts/test.sh" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_a_workflow_runs_ci_on_pushes_and_pull_requests() -> None:
    workflow = (ROOT / ".github" / "workflows" / "ci.yml").read_text(encoding="utf-8")
    assert ".ci/run" in workflow
    assert "push" in workflow and "pull_request" in workflow


def test_the_changelog_has_an_unreleased_section() -> None:
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert re.search(r"^## \[?Unreleased\]?", changelog, re.MULTILINE)


@pytest.mark.parametrize("package", ["quotes", "resolve"])
def test_each_module_of_a_stage_package_is_in_its_map(package: str) -> None:
    # the packages that grow a module per class of rule open with a map of their modules:
    # a new module must say where it belongs, or the next person cannot find it
    folder = ROOT / "site_builder" / package
    doc = importlib.import_module(f"site_builder.{package}").__doc__ or ""
    missing = [
        path.stem
        for path in sorted(folder.glob("*.py"))
        if path.stem != "__init__" and f":mod:`.{path.stem}`" not in doc
    ]
    assert not missing, f"site_builder/{package}/__init__.py does not name {missing}"
