"""Configuration: defaults, site.toml, command-line priority, checks and paths."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from site_builder.config import (
    BUILTIN_STATIC,
    BUILTIN_TEMPLATES,
    Config,
    find_config_file,
    load_config_file,
    make_config,
    normalise_base,
)
from site_builder.errors import ConfigError

from .conftest import ROOT


def write_toml(folder: Path, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "site.toml"
    path.write_text(text, "utf-8")
    return path


# --- defaults -------------------------------------------------------------------------


def test_every_setting_has_a_default_and_a_docstring() -> None:
    source = (ROOT / "site_builder" / "config.py").read_text("utf-8")
    for f in dataclasses.fields(Config):
        has_default = f.default is not dataclasses.MISSING
        assert has_default or f.default_factory is not dataclasses.MISSING, f.name
        # the docstring is the string literal right after the field's line
        line = next(ln for ln in source.splitlines() if ln.strip().startswith(f"{f.name}:"))
        after = source.split(line, 1)[1].lstrip()
        assert after.startswith('"""'), f"{f.name} has no docstring"


def test_defaults_build_seeds_into_site_at_the_domain_root(empty_cwd: Path) -> None:
    config = make_config({})
    assert config.input_dir == Path("seeds")
    assert config.output_dir == Path("site")
    assert config.base_path == "/"
    assert config.use_cache and config.search and not config.strict and not config.dev_mode
    assert config.config_file is None
    assert config.templates_dir is None and config.static_dir is None


def test_the_cache_defaults_to_a_folder_beside_the_input(tmp_path: Path) -> None:
    config = Config(input_dir=tmp_path / "news" / "articles")
    assert config.resolved_cache_dir == (tmp_path / "news" / ".site-cache").resolve()
    chosen = tmp_path / "my-cache"
    assert config.with_(cache_dir=chosen).resolved_cache_dir == chosen


def test_with_returns_a_changed_copy_and_leaves_the_original() -> None:
    config = Config()
    changed = config.with_(title="Elsewhere")
    assert changed.title == "Elsewhere"
    assert config.title == Config.title
    with pytest.raises(dataclasses.FrozenInstanceError):
        config.title = "x"  # type: ignore[misc]


# --- site.toml ------------------------------------------------------------------------


def test_a_site_table_is_read_and_hyphens_name_the_same_settings(tmp_path: Path) -> None:
    path = write_toml(
        tmp_path,
        '[site]\ntitle = "Harbour news"\nbase-url = "/harbour/"\nfeed_size = 5\nsearch = false\n',
    )
    values = load_config_file(path)
    assert values == {"title": "Harbour news", "base_url": "/harbour/", "feed_size": 5,
                      "search": False}  # fmt: skip


def test_top_level_keys_work_without_a_site_table(tmp_path: Path) -> None:
    path = write_toml(tmp_path, 'language = "de"\n')
    assert load_config_file(path) == {"language": "de"}


def test_the_articles_table_is_left_to_the_sources(tmp_path: Path) -> None:
    path = write_toml(tmp_path, '[site]\ntitle = "T"\n[site.articles."a.txt"]\ndate = 2024-01-02\n')
    assert load_config_file(path) == {"title": "T"}


def test_paths_in_the_file_are_relative_to_the_file(empty_cwd: Path) -> None:
    folder = empty_cwd / "project"
    path = write_toml(folder, 'input_dir = "articles"\noutput-dir = "../public"\n')
    values = load_config_file(path)
    assert values["input_dir"] == (folder / "articles").resolve()
    assert values["output_dir"] == (empty_cwd / "public").resolve()


def test_the_command_line_wins_over_the_file_and_the_file_over_defaults(empty_cwd: Path) -> None:
    path = write_toml(empty_cwd / "project", 'title = "From file"\nbase_url = "/file/"\n')
    config = make_config({"config_file": path, "base_url": "/cli/", "title": None})
    assert config.base_url == "/cli/"
    assert config.title == "From file"
    assert config.language == Config.language
    assert config.config_file == path.resolve()


def test_site_toml_in_the_working_folder_is_found_before_the_inputs_parent(
    empty_cwd: Path,
) -> None:
    project = empty_cwd / "project"
    (project / "articles").mkdir(parents=True)
    beside_input = write_toml(project, 'title = "Beside the input"\n')
    assert find_config_file(project / "articles") == beside_input
    assert make_config({"input_dir": project / "articles"}).title == "Beside the input"

    in_cwd = write_toml(Path.cwd(), 'title = "In the working folder"\n')
    assert find_config_file(project / "articles") == in_cwd


def test_templates_and_static_beside_the_file_are_the_users_theme(empty_cwd: Path) -> None:
    project = empty_cwd / "project"
    path = write_toml(project, 'title = "T"\n')
    assert make_config({"config_file": path}).templates_dir is None

    (project / "templates").mkdir()
    (project / "static").mkdir()
    config = make_config({"config_file": path})
    assert config.templates_dir == project.resolve() / "templates"
    assert config.static_dir == project.resolve() / "static"


def test_the_built_in_theme_is_never_taken_for_a_users_theme(empty_cwd: Path) -> None:
    config = make_config({"templates_dir": BUILTIN_TEMPLATES, "static_dir": BUILTIN_STATIC})
    assert config.templates_dir is None
    assert config.static_dir is None


def test_the_built_in_theme_folders_hold_the_theme() -> None:
    assert (BUILTIN_TEMPLATES / "base.html").is_file()
    assert (BUILTIN_TEMPLATES / "timeline.html").is_file()
    assert (BUILTIN_STATIC / "style.css").is_file()


def test_command_line_paths_become_paths(empty_cwd: Path) -> None:
    config = make_config({"input_dir": "in", "output_dir": "out", "cache_dir": "c"})
    assert config.input_dir == Path("in")
    assert config.output_dir == Path("out")
    assert config.cache_dir == Path("c")


# --- bad values -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('titel = "x"\n', "unknown setting 'titel' (did you mean 'title'?)"),
        ('wibble = "x"\n', "unknown setting 'wibble'"),
        ("dev_mode = true\n", "unknown setting 'dev_mode'"),
        ('config_file = "other.toml"\n', "unknown setting 'config_file'"),
        ('feed_size = "thirty"\n', "feed_size must be a whole number, not 'thirty'"),
        ("feed_size = true\n", "feed_size must be a whole number, not True"),
        ('search = "no"\n', "search must be true or false, not 'no'"),
        ("search = 0\n", "search must be true or false, not 0"),
        ("title = 3\n", "title must be a string, not 3"),
        ("input_dir = 3\n", "input_dir must be a string, not 3"),
        ("site = 3\n", "[site] must be a table"),
        ('title = "unterminated\n', "not valid TOML"),
    ],
)
def test_a_bad_file_names_itself_and_the_problem(tmp_path: Path, text: str, expected: str) -> None:
    path = write_toml(tmp_path, text)
    with pytest.raises(ConfigError) as caught:
        load_config_file(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: ")
    assert expected in message


def test_an_unknown_setting_lists_the_known_ones(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as caught:
        load_config_file(write_toml(tmp_path, "wibble = 1\n"))
    for name in ("base_url", "title", "input_dir", "feed_size"):
        assert name in str(caught.value)
    assert "dev_mode" not in str(caught.value)


def test_a_missing_or_undecodable_file_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="config file not found"):
        load_config_file(tmp_path / "nowhere.toml")
    bad = tmp_path / "latin1.toml"
    bad.write_bytes('title = "caf\xe9"\n'.encode("latin-1"))
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_config_file(bad)


@pytest.mark.parametrize(
    ("name", "value"),
    [("nlp_processes", -1), ("nlp_batch_size", 0), ("max_article_bytes", 0), ("feed_size", -5)],
)
def test_numbers_below_their_minimum_are_refused(empty_cwd: Path, name: str, value: int) -> None:
    with pytest.raises(
        ConfigError, match=rf"^{name}( \(--[a-z]+\))? must be \d+ or more, not {value}$"
    ):
        make_config({name: value})


def test_numbers_at_their_minimum_are_accepted(empty_cwd: Path) -> None:
    config = make_config({"nlp_processes": 0, "nlp_batch_size": 1, "feed_size": 0})
    assert (config.nlp_processes, config.nlp_batch_size, config.feed_size) == (0, 1, 0)


def test_a_bad_value_in_the_file_is_refused_by_make_config(empty_cwd: Path) -> None:
    path = write_toml(empty_cwd / "project", "nlp_batch_size = 0\n")
    with pytest.raises(ConfigError, match="nlp_batch_size must be 1 or more"):
        make_config({"config_file": path})


# --- base_url -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("/", "/"),
        ("", "/"),
        ("repo", "/repo/"),
        ("/repo", "/repo/"),
        ("repo/", "/repo/"),
        ("  /repo/  ", "/repo/"),
        ("//a///b//", "/a/b/"),
        ("/news/archive/", "/news/archive/"),
    ],
)
def test_base_url_is_normalised_to_slashes_at_both_ends(given: str, expected: str) -> None:
    assert normalise_base(given) == expected
    assert Config(base_url=given).base_path == expected


@pytest.mark.parametrize("bad", ["https://example.org/repo/", "/a/../b/", "./repo", "/a/./"])
def test_a_full_url_or_dot_segments_in_base_url_are_refused(empty_cwd: Path, bad: str) -> None:
    with pytest.raises(ConfigError):
        make_config({"base_url": bad})


def test_a_full_url_as_base_url_points_to_site_url() -> None:
    with pytest.raises(ConfigError, match="--site-url"):
        normalise_base("https://user.github.io/repo/")
