"""Slugs, output paths and URLs under a base path."""

from __future__ import annotations

import pytest

from site_builder.config import normalise_base
from site_builder.errors import ConfigError
from site_builder.urls import absolute, full_url, page_path, page_url, slugify, unique_slugs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vladimir Putin", "vladimir-putin"),
        ("Владимир Путин", "vladimir-putin"),
        ("Zürich & Genève", "zurich-geneve"),
        ("Ursula von der Leyen", "ursula-von-der-leyen"),
        ("  --U.S.--  ", "u-s"),
        ("Russia’s", "russias"),
        ("!!!", "item"),
        ("🙂🙂", "item"),
    ],
)
def test_slugify(text: str, expected: str) -> None:
    assert slugify(text) == expected


def test_slugify_is_bounded_and_cut_at_a_word() -> None:
    slug = slugify("word " * 60)
    assert len(slug) <= 80
    assert not slug.endswith("-")
    assert set(slug.split("-")) == {"word"}


def test_unique_slugs_resolve_collisions_in_order() -> None:
    got = unique_slugs([("a", "x"), ("b", "x"), ("c", "x-2"), ("d", "x")])
    assert got == {"a": "x", "b": "x-2", "c": "x-2-2", "d": "x-3"}
    assert len(set(got.values())) == 4


def test_page_paths_are_pretty_urls() -> None:
    assert str(page_path(None)) == "index.html"
    assert str(page_path("articles", "foo-bar")) == "articles/foo-bar/index.html"
    assert page_url("entities", "vladimir-putin") == "entities/vladimir-putin/"
    assert page_url(None) == ""


@pytest.mark.parametrize("bad", ["../outside", "a/b", "", "UPPER", "a..b", "-x"])
def test_page_path_refuses_unsafe_slugs(bad: str) -> None:
    with pytest.raises(ValueError):
        page_path("articles", bad)


@pytest.mark.parametrize(
    ("given", "expected"),
    [("/", "/"), ("", "/"), ("repo", "/repo/"), ("/repo", "/repo/"), ("/a/b/", "/a/b/")],
)
def test_base_path_is_normalised(given: str, expected: str) -> None:
    assert normalise_base(given) == expected


@pytest.mark.parametrize("bad", ["https://x.github.io/repo/", "/a/../b/"])
def test_base_path_rejects_urls_and_dot_segments(bad: str) -> None:
    with pytest.raises(ConfigError):
        normalise_base(bad)


def test_absolute_and_full_urls() -> None:
    assert absolute("/repo/", "articles/x/") == "/repo/articles/x/"
    assert absolute("/", "") == "/"
    assert full_url("https://u.github.io/repo/", "feed.xml") == "https://u.github.io/repo/feed.xml"
