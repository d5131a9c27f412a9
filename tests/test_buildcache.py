"""What a build keeps for the next one: keyed entries, the halves, the fingerprints."""

from __future__ import annotations

from pathlib import Path

from site_builder.buildcache import BuildCache, code_hash, read_keyed, write_keyed
from site_builder.config import Config


def _explode() -> None:
    raise RuntimeError("the payload was unpickled")


class _Boom:
    def __reduce__(self) -> tuple:
        return (_explode, ())


def test_a_stale_cache_entry_is_known_by_its_key_alone(tmp_path: Path) -> None:
    """The build state of a 10,000-article archive takes seconds to load; after an edit its
    key no longer matches, and that must be known without loading it."""
    path = tmp_path / "entry"
    write_keyed(path, "old-key", _Boom())
    assert read_keyed(path, "new-key") is None
    assert path.exists()  # not loaded, so not found damaged
    assert read_keyed(path, "old-key") is None  # loaded: it fails, and is removed
    assert not path.exists()
    write_keyed(path, "k", {"a": [1, 2]})
    assert read_keyed(path, "k") == {"a": [1, 2]}


def test_the_code_fingerprint_covers_every_module_of_the_package() -> None:
    """A change to a module in a subpackage must invalidate the caches too."""
    import site_builder

    package = Path(site_builder.__file__).parent
    modules = sorted(package.rglob("*.py"))
    assert any(p.parent != package for p in modules) or len(modules) > 10
    assert len(code_hash()) == 64 and code_hash() == code_hash()


def test_without_a_cache_nothing_is_read_or_kept(tmp_path: Path) -> None:
    config = Config(input_dir=tmp_path, output_dir=tmp_path / "site",
                    cache_dir=tmp_path / "cache", use_cache=False)  # fmt: skip
    with BuildCache(config, print) as cache:
        assert cache.parsed_files() == {}
        cache.keep_parsed_files({"a.txt": 1})
        assert cache.load_state([], None) is None
        cache.keep_state(("state",))
        assert cache.recycled_tree() is None
        temporary = cache._prepared_parent
        assert temporary.is_dir()  # the halves still travel through a folder of the build
    assert not (tmp_path / "cache").exists()
    assert not temporary.exists()


def test_state_is_kept_under_a_key_of_its_inputs(tmp_path: Path) -> None:
    config = Config(input_dir=tmp_path, output_dir=tmp_path / "site", cache_dir=tmp_path / "c")
    with BuildCache(config, print) as cache:
        assert cache.load_state([], None) is None
        cache.keep_state(("resolution", "events", []))
    with BuildCache(config, print) as cache:
        assert cache.load_state([], None) == ("resolution", "events", [])
        assert cache.load_state([], "a curation file") is None  # another input: a miss
