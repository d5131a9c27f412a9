"""Issue 5 without a browser: what the pages tell Pagefind, and how indexing fails."""

from __future__ import annotations

import gzip
import json
import re
import shutil
from html import unescape
from pathlib import Path

import pytest
from conftest import SEEDS, build_site, require_model
from site_data import load_export

from site_builder import search
from site_builder.errors import IndexingError
from site_builder.report import BuildLog
from site_builder.search import index_site


def page(site: Path, rel: str) -> str:
    return (site / rel / "index.html").read_text(encoding="utf-8")


def articles(site: Path) -> list[dict]:
    return load_export(site, "articles")


def filters(html: str) -> set[tuple[str, str]]:
    return {
        (k, unescape(v)) for k, v in re.findall(r'data-pagefind-filter="([^"]+)">([^<]*)<', html)
    }


def sorts(html: str) -> dict[str, str]:
    return dict(re.findall(r'data-pagefind-sort="([^"]+)">([^<]*)<', html))


def test_articles_carry_body_sort_keys_and_filters(seeds_site: Path) -> None:
    entities = {
        e["id"]: e
        for e in json.loads((seeds_site / "data" / "entities.json").read_text(encoding="utf-8"))
    }
    for article in articles(seeds_site):
        html = page(seeds_site, article["url"])
        assert html.count("data-pagefind-body") == 1
        got = filters(html)
        assert ("kind", "article") in got
        for entity_id in article["entities"]:
            entity = entities[entity_id]
            assert (entity["type"], entity["name"]) in got
        keys = sorts(html)
        if article["date"]:
            assert keys == {"date": article["date"], "oldest": article["date"]}
            assert ("year", article["date"][:4]) in got
        else:  # undated: last in both orders
            assert keys == {"date": "0000-00-00", "oldest": "9999-12-31"}
            assert ("year", "undated") in got
        if article["source"]:
            assert ("source", article["source"]) in got
    assert any(a["date"] is None for a in articles(seeds_site))


def test_entity_pages_are_their_own_kind_and_index_only_their_header(seeds_site: Path) -> None:
    html = page(seeds_site, "entities/dmytro-kuleba")
    assert ("kind", "entity") in filters(html)
    assert ("person", "Dmytro Kuleba") in filters(html)
    # the quoted sentences repeat article text: they are not indexed a second time
    assert re.search(r'<section aria-labelledby="mentions-heading" data-pagefind-ignore>', html)
    # what Pagefind stored: the name and the aliases, not the type or the counts (a search
    # for "person" or "articles" would find every entity page)
    content = indexed(seeds_site)["/entities/dmytro-kuleba/"]["content"]
    assert "Dmytro Kuleba" in content and "Kulebo" in content  # the alias is searchable
    assert not {"Person", "mention", "mentions", "articles", "written"} & set(
        re.findall(r"\w+", content)
    ), content
    for article in articles(seeds_site):
        assert "min read" not in indexed(seeds_site)["/" + article["url"]]["content"]


def indexed(site: Path) -> dict[str, dict]:
    """Return what Pagefind stored of each page (its fragments), by page URL."""
    out = {}
    for path in (site / "pagefind" / "fragment").glob("*.pf_fragment"):
        data = gzip.decompress(path.read_bytes())
        record = json.loads(data[data.index(b"{") :])  # after Pagefind's signature
        out[record["url"]] = record
    return out


@pytest.mark.parametrize("rel", ["", "entities", "timeline", "search"])
def test_listing_pages_are_not_indexed(seeds_site: Path, rel: str) -> None:
    assert "data-pagefind-body" not in page(seeds_site, rel)


def test_bundle_and_search_page_follow_the_base_path(seeds_site_subpath: Path) -> None:
    bundle = seeds_site_subpath / "pagefind"
    for name in ("pagefind.js", "pagefind-ui.js", "pagefind-ui.css", "pagefind-highlight.js"):
        assert (bundle / name).is_file(), name
    html = page(seeds_site_subpath, "search")
    assert 'data-bundle-path="/repo/pagefind/"' in html
    assert 'data-base-url="/repo/"' in html
    assert 'src="/repo/pagefind/pagefind-ui.js"' in html
    assert "needs JavaScript" in html
    article = page(seeds_site_subpath, articles(seeds_site_subpath)[0]["url"])
    assert 'data-module="/repo/pagefind/pagefind-highlight.js"' in article
    assert 'data-highlight-param="highlight"' in article


def test_report_counts_indexed_pages(tmp_path: Path, shared_cache: Path) -> None:
    require_model()
    report = tmp_path / "report.json"
    out = tmp_path / "site"
    assert build_site(SEEDS, out, "--report-json", str(report), cache_dir=shared_cache) == 0
    counts = json.loads(report.read_text(encoding="utf-8"))["counts"]
    assert counts["search"]["pages"] == counts["articles"] + counts["entities"]
    assert counts["search"]["filters"] >= 5


def test_no_search_build_says_so_and_loads_nothing_missing(
    tmp_path: Path, shared_cache: Path
) -> None:
    require_model()
    out = tmp_path / "site"
    assert build_site(SEEDS, out, "--no-search", cache_dir=shared_cache) == 0
    assert not (out / "pagefind").exists()
    for html_file in out.rglob("*.html"):
        assert "pagefind/" not in html_file.read_text(encoding="utf-8"), html_file
    assert "built without its search index" in page(out, "search")


def test_indexing_failure_is_a_clear_error(tmp_path: Path) -> None:
    empty = tmp_path / "site"
    empty.mkdir()
    with pytest.raises(IndexingError) as info:
        index_site(empty, BuildLog())
    message = str(info.value)
    assert "Pagefind could not index the site" in message
    assert "--no-search" in message
    assert "html" in message  # Pagefind's own explanation is passed on


def test_filter_values_cannot_become_markup() -> None:
    from site_builder.render import pagefind_filter

    assert pagefind_filter("<img src=x onerror=alert(1)>") == "‹img src=x onerror=alert(1)›"
    assert pagefind_filter("&amp;lt;script&amp;gt;") == "‹script›"
    assert pagefind_filter("&#x3c;b&#62;") == "‹b›"
    assert pagefind_filter("AT&T") == "AT&T"
    assert pagefind_filter("Luhansk People's Republics") == "Luhansk People's Republics"


def test_search_index_is_redone_when_a_page_changes(tmp_path: Path, seeds_copy: Path) -> None:
    require_model()
    cache, out, report = tmp_path / "cache", tmp_path / "site", tmp_path / "report.json"
    args = ("--report-json", str(report))
    assert build_site(seeds_copy, out, *args, cache_dir=cache) == 0
    first = json.loads(report.read_text(encoding="utf-8"))["counts"]["search"]
    entry = (out / "pagefind" / "pagefind-entry.json").read_text(encoding="utf-8")
    (seeds_copy / "extra.md").write_text(
        "---\ntitle: Quokkas\ndate: 2022-02-17\n---\nThe quokka census in Perth.\n", "utf-8"
    )
    assert build_site(seeds_copy, out, *args, cache_dir=cache) == 0
    second = json.loads(report.read_text(encoding="utf-8"))["counts"]["search"]
    assert second["pages"] > first["pages"]
    assert (out / "pagefind" / "pagefind-entry.json").read_text(encoding="utf-8") != entry
    assert len([p for p in (cache / "pagefind").iterdir() if p.is_dir()]) == 2


def _bundle_files(site: Path) -> list[str]:
    return sorted(
        p.relative_to(site).as_posix() for p in (site / "pagefind").rglob("*.pf_fragment")
    )


def test_a_cached_bundle_cut_short_is_not_used(tmp_path: Path, seeds_copy: Path) -> None:
    # another build sharing the cache may prune the bundle while this one reads it: the
    # copy must not pass for a whole index (a fresh clone's test run once built a site
    # with 18 of its 62 fragments)
    require_model()
    cache, first, second = tmp_path / "cache", tmp_path / "one", tmp_path / "two"
    assert build_site(seeds_copy, first, cache_dir=cache) == 0
    (entry,) = [p for p in (cache / "pagefind").iterdir() if not p.name.startswith(".")]
    fragments = sorted((entry / "pagefind" / "fragment").iterdir())
    for fragment in fragments[: len(fragments) // 2]:
        fragment.unlink()  # what a pruning build's removal leaves half done
    assert build_site(seeds_copy, second, cache_dir=cache) == 0
    assert _bundle_files(second) == _bundle_files(first)


def test_pruning_renames_a_bundle_before_removing_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = tmp_path / "pagefind"
    for name in ("old", "new"):
        (store / name / "pagefind").mkdir(parents=True)
    removed: list[str] = []
    monkeypatch.setattr(shutil, "rmtree", lambda path, **_: removed.append(Path(path).name))
    search._prune(store, keep=1)  # the older of the two goes (same mtime: either)
    assert removed and all(name.startswith(".tmp-pruned-") for name in removed)
