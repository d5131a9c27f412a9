"""Rebuilds that reuse the build caches must give exactly what a cold build gives.

A rebuild keeps parsed files, the article-local halves of resolution and timeline, and
the whole resolution + timeline state between builds. Every kind of change a user makes
(edit a text, change a date in a sidecar, rename a title and so the slug, add or delete
an article) is followed by a cached rebuild and a ``--no-cache`` build of the same input,
and the two sites must be byte-identical.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import sys
from pathlib import Path

import pytest

from site_builder import buildcache, parallel, pipeline
from site_builder.config import Config
from site_builder.models import Site
from site_builder.output import Page
from site_builder.render import DeferredView, Renderer
from site_builder.render import events as render_events
from site_builder.report import BuildLog

from .conftest import ROOT, SEEDS, build_site, require_model, tree_differences

sys.path.insert(0, str(ROOT / "benchmarks"))
from generate import extra_article


def _counts(report: Path) -> dict:
    return json.loads(report.read_text(encoding="utf-8"))["counts"]


def _archive(tmp_path: Path, shared_cache: Path, generated: int) -> tuple[Path, Path]:
    """The seeds and ``generated`` generated articles, with a cache in which the seeds are
    analysed already; return (articles folder, cache folder)."""
    articles = tmp_path / "articles"
    shutil.copytree(SEEDS, articles)
    for i in range(generated):
        (articles / f"gen-{i}.md").write_text(extra_article(50, i), encoding="utf-8")
    cache = tmp_path / "cache"
    shutil.copytree(shared_cache, cache, dirs_exist_ok=True)
    return articles, cache


def _same_as_cold(articles: Path, cached_site: Path, cache: Path, tmp: Path) -> None:
    report = tmp / "report.json"
    args = ("--no-search", "--report-json", str(report))
    assert build_site(articles, cached_site, *args, cache_dir=cache) == 0
    counts = _counts(report)
    # most pages were taken from the site in place (same inputs), some were rendered
    assert 0 < counts["pages_reused"] < counts["files"]
    # the site replaced is kept in the cache: the next rebuild writes into its folders
    assert [p.name for p in (cache / "state").glob("recycled-*") if (p / "articles").is_dir()]
    cold = tmp / "cold" / "site"
    shutil.rmtree(cold.parent, ignore_errors=True)
    assert build_site(articles, cold, "--no-search", "--no-cache") == 0
    assert tree_differences(cached_site, cold) == []


def test_cached_rebuilds_after_every_kind_of_change_equal_a_cold_build(
    tmp_path: Path, shared_cache: Path
) -> None:
    require_model()
    articles, cache = _archive(tmp_path, shared_cache, 3)
    site = tmp_path / "site"
    assert build_site(articles, site, "--no-search", cache_dir=cache) == 0

    gen0 = articles / "gen-0.md"
    gen0.write_text(
        gen0.read_text(encoding="utf-8").rstrip("\n")
        + "\n\nOn Tuesday, Jens Stoltenberg met Olaf Scholz in Berlin.\n",
        encoding="utf-8",
    )
    _same_as_cold(articles, site, cache, tmp_path)

    (articles / "gen-1.meta.yml").write_text("date: 2021-06-01\n", encoding="utf-8")
    _same_as_cold(articles, site, cache, tmp_path)

    text = (articles / "gen-2.md").read_text(encoding="utf-8")
    head, _, body = text.partition("\ntitle: ")
    renamed = head + '\ntitle: "A renamed article about talks"\n' + body.partition("\n")[2]
    (articles / "gen-2.md").write_text(renamed, encoding="utf-8")
    _same_as_cold(articles, site, cache, tmp_path)

    (articles / "gen-3.md").write_text(extra_article(50, 7), encoding="utf-8")
    _same_as_cold(articles, site, cache, tmp_path)

    (articles / "gen-1.md").unlink()
    (articles / "gen-1.meta.yml").unlink()
    _same_as_cold(articles, site, cache, tmp_path)

    # curation changes links and types in articles whose text did not change
    (articles / "entities.yml").write_text(
        "entities:\n  - name: Kremlin\n    type: place\n  - name: NATO\n    ignore: true\n",
        encoding="utf-8",
    )
    _same_as_cold(articles, site, cache, tmp_path)


def test_warnings_of_unchanged_files_are_repeated_by_a_cached_rebuild(
    tmp_path: Path, shared_cache: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    require_model()
    articles = tmp_path / "articles"
    articles.mkdir()
    # a warning given while the file is parsed: the cached rebuild does not parse it
    (articles / "odd-slug.md").write_text(
        '---\nslug: "Not A Slug"\ndate: 2022-02-15\n---\n\nOfficials in Kyiv said talks '
        "would go on.\n",
        encoding="utf-8",
    )
    (articles / "dated.txt").write_text(
        "date 2022-02-16\n\nNATO met in Brussels on Tuesday.\n", encoding="utf-8"
    )
    site = tmp_path / "site"
    for _ in range(2):
        assert build_site(articles, site, "--no-search", cache_dir=tmp_path / "cache") == 0
        err = capsys.readouterr().err
        assert "odd-slug.md: slug 'Not A Slug' is not a plain slug" in err


def test_the_build_after_a_cold_one_reuses_the_state_and_the_site(
    tmp_path: Path, shared_cache: Path
) -> None:
    """Articles parsed afresh and articles from the read cache must give the same build
    key (a key made from pickle bytes did not: they depend on object sharing)."""
    require_model()
    articles, cache = _archive(tmp_path, shared_cache, 2)  # Markdown with front matter
    shutil.rmtree(cache / "state", ignore_errors=True)
    site = tmp_path / "site"
    report = tmp_path / "report.json"
    assert (
        build_site(articles, site, "--no-search", "--report-json", str(report), cache_dir=cache)
        == 0
    )
    counts = json.loads(report.read_text(encoding="utf-8"))["counts"]
    assert counts["state_reused"] is False and counts["site_reused"] is False
    assert (
        build_site(articles, site, "--no-search", "--report-json", str(report), cache_dir=cache)
        == 0
    )
    counts = json.loads(report.read_text(encoding="utf-8"))["counts"]
    assert counts["state_reused"] is True and counts["site_reused"] is True


def test_prepared_entries_of_other_code_versions_are_removed(tmp_path: Path) -> None:
    require_model()
    articles = tmp_path / "articles"
    shutil.copytree(SEEDS, articles)
    cache = tmp_path / "cache"
    stale = cache / "prepared" / "0123456789abcdef" / "mentions" / "ab"
    stale.mkdir(parents=True)
    (stale / "old.pickle").write_bytes(b"from an older version")
    assert build_site(articles, tmp_path / "site", "--no-search", cache_dir=cache) == 0
    versions = [p.name for p in (cache / "prepared").iterdir()]
    assert len(versions) == 1 and versions[0] != "0123456789abcdef"
    current = cache / "prepared" / versions[0]
    assert len(list(current.rglob("*.pickle"))) == 2 * 2  # two kinds, two seed articles


def _edit(path: Path, sentence: str) -> None:
    path.write_text(path.read_text(encoding="utf-8").rstrip("\n") + f"\n\n{sentence}\n", "utf-8")


def test_a_page_changed_in_the_site_by_hand_is_rendered_again(
    tmp_path: Path, shared_cache: Path
) -> None:
    """A page is taken from the site in place only while its file is as the last build
    wrote it; one edited there (other size or time) is rendered again."""
    require_model()
    articles, cache = _archive(tmp_path, shared_cache, 1)
    site = tmp_path / "site"
    report = tmp_path / "report.json"
    args = ("--no-search", "--report-json", str(report))
    assert build_site(articles, site, *args, cache_dir=cache) == 0
    page = site / "404.html"  # its inputs never change
    page.write_bytes(page.read_bytes().replace(b"</main>", b"<p>tampered</p></main>"))
    _edit(articles / "gen-0.md", "Officials in Kyiv said on Monday that talks would go on.")
    assert build_site(articles, site, *args, cache_dir=cache) == 0
    assert _counts(report)["pages_reused"] > 0
    assert b"tampered" not in page.read_bytes()
    cold = tmp_path / "cold"
    assert build_site(articles, cold, "--no-search", "--no-cache") == 0
    assert tree_differences(site, cold) == []


def test_a_template_change_renders_every_page_again(tmp_path: Path, shared_cache: Path) -> None:
    require_model()
    articles, cache = _archive(tmp_path, shared_cache, 0)
    templates = tmp_path / "templates"
    templates.mkdir()
    (tmp_path / "site.toml").write_text(
        f'templates_dir = "{templates.as_posix()}"\n', encoding="utf-8"
    )
    site = tmp_path / "site"
    report = tmp_path / "report.json"
    args = ("--no-search", "--report-json", str(report), "--config", str(tmp_path / "site.toml"))
    assert build_site(articles, site, *args, cache_dir=cache) == 0
    base = (ROOT / "templates" / "base.html").read_text(encoding="utf-8")
    (templates / "base.html").write_text(base.replace("</body>", "<!-- mine --></body>"))
    assert build_site(articles, site, *args, cache_dir=cache) == 0
    assert _counts(report)["pages_reused"] == 0
    pages = list(site.rglob("*.html"))
    assert pages and all(b"<!-- mine -->" in p.read_bytes() for p in pages)


def test_one_new_event_leaves_the_other_year_pages_of_the_timeline_untouched(
    tmp_path: Path,
) -> None:
    """A long timeline is split by year; a year page shows only its own count, so an
    event added in one year leaves the other years' pages as they were (taken, not
    rendered: the same file), and the result still equals a cold build."""
    require_model()
    articles = tmp_path / "articles"
    articles.mkdir()
    months = [dt.date(2000, m, 1).strftime("%B") for m in range(1, 13)]
    lines = [  # more than one page holds (1,500 events)
        f"On {month} {day}, {year}, NATO allies met in Brussels."
        for year in range(2016, 2022)
        for month in months
        for day in range(1, 23)
    ]
    (articles / "years.md").write_text(
        "---\ntitle: Six years of meetings\ndate: 2022-01-10\n---\n\n" + "\n\n".join(lines),
        encoding="utf-8",
    )
    site, cache = tmp_path / "site", tmp_path / "cache"
    assert build_site(articles, site, "--no-search", cache_dir=cache) == 0
    years = {y: site / "timeline" / str(y) / "index.html" for y in range(2016, 2022)}
    assert all(p.is_file() for p in years.values())  # split by year
    assert '<span class="count">' in (site / "timeline" / "index.html").read_text("utf-8")
    inodes = {y: p.stat().st_ino for y, p in years.items()}
    (articles / "new.md").write_text(
        "---\ntitle: One more\ndate: 2016-12-20\n---\n\nOn December 19, 2016, Kremlin aides "
        "met in Moscow.\n",
        encoding="utf-8",
    )
    assert build_site(articles, site, "--no-search", cache_dir=cache) == 0
    assert years[2016].stat().st_ino != inodes[2016]
    assert "Kremlin" in years[2016].read_text("utf-8")
    assert all(years[y].stat().st_ino == inodes[y] for y in range(2017, 2022))
    cold = tmp_path / "cold"
    assert build_site(articles, cold, "--no-search", "--no-cache") == 0
    assert tree_differences(site, cold) == []


def test_an_added_article_leaves_the_pages_that_only_link_its_entities(
    tmp_path: Path, shared_cache: Path
) -> None:
    """An article page shows its entities' names, not their mention counts: a new
    article naming the same people leaves the other article pages as they were (only its
    neighbours in the date order change), and the site still equals a cold build."""
    require_model()
    articles, cache = _archive(tmp_path, shared_cache, 6)
    site, report = tmp_path / "site", tmp_path / "report.json"
    args = ("--no-search", "--report-json", str(report))
    assert build_site(articles, site, *args, cache_dir=cache) == 0
    pages = {p: p.stat().st_ino for p in (site / "articles").rglob("index.html")}
    (articles / "gen-new.md").write_text(extra_article(50, 9), encoding="utf-8")
    assert build_site(articles, site, *args, cache_dir=cache) == 0
    unchanged = [p for p, inode in pages.items() if p.stat().st_ino == inode]
    assert len(unchanged) >= len(pages) - 2  # all but the new article's two neighbours
    cold = tmp_path / "cold"
    assert build_site(articles, cold, "--no-search", "--no-cache") == 0
    assert tree_differences(site, cold) == []


def test_a_rebuild_with_the_state_cached_reads_extractions_only_to_render(
    tmp_path: Path, shared_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With resolution and timeline from the cache, the NLP cache is read only when pages
    have to be rendered; when they are, the site is still the one a cold build makes."""
    require_model()
    from site_builder.nlp_cache import NlpCache

    articles, cache = _archive(tmp_path, shared_cache, 1)
    site = tmp_path / "site"
    report = tmp_path / "report.json"
    args = ("--no-search", "--report-json", str(report))
    assert build_site(articles, site, *args, cache_dir=cache) == 0
    reads: list[str] = []
    get = NlpCache.get

    def counted(self: NlpCache, key: str, label: str):
        reads.append(label)
        return get(self, key, label)

    monkeypatch.setattr(NlpCache, "get", counted)
    assert build_site(articles, site, *args, cache_dir=cache) == 0  # nothing changed
    counts = _counts(report)
    assert counts["state_reused"] is True and counts["site_reused"] is True
    assert reads == []
    (site / "404.html").unlink()  # the site in place is not as built any more
    assert build_site(articles, site, *args, cache_dir=cache) == 0
    counts = _counts(report)
    assert counts["state_reused"] is True and counts["site_reused"] is False
    assert 0 < counts["pages_reused"] < counts["files"]
    assert len(reads) == 3  # two seeds and one generated article
    cold = tmp_path / "cold"
    assert build_site(articles, cold, "--no-search", "--no-cache") == 0
    assert tree_differences(site, cold) == []


def _loaded_site(tmp_path: Path, shared_cache: Path) -> tuple[Config, Site]:
    """The seeds and six generated articles, read, analysed, resolved and dated."""
    require_model()
    articles, cache = _archive(tmp_path, shared_cache, 6)
    config = Config(input_dir=articles, output_dir=tmp_path / "site", cache_dir=cache)
    return config, pipeline.build(config.with_(search=False), BuildLog(verbose=-1)).site


def _rendered(renderer: Renderer) -> dict[str, tuple[str | None, bytes]]:
    """Every output file of ``renderer``: its fingerprint (None if none) and bytes."""
    out = {}
    for path, content in renderer.pages():
        if isinstance(content, Page):
            out[path] = (content.digest, content.read())
        else:
            out[path] = (None, content if isinstance(content, bytes) else b"".join(content))
    return out


def test_a_build_without_cache_renders_the_same_bytes_without_fingerprints(
    tmp_path: Path, shared_cache: Path
) -> None:
    """--no-cache skips page fingerprints (no later build can use them): same pages."""
    config, site = _loaded_site(tmp_path, shared_cache)
    with_fp = _rendered(Renderer(site, config))
    without = _rendered(Renderer(site, config, fingerprints=False))
    assert with_fp.keys() == without.keys()
    pages = [p for p in with_fp if p.endswith(".html")]
    assert len(pages) > 20
    assert all(with_fp[p][0] for p in pages)  # the default fingerprints every page
    for path, (digest, data) in without.items():
        assert digest is None, path
        assert data == with_fp[path][1], path


def test_event_views_are_made_only_for_pages_that_are_rendered(
    tmp_path: Path, shared_cache: Path
) -> None:
    """An event view is fingerprinted from what it is made of; a page taken from the
    previous build never makes the views it shows, and its fingerprint is the same."""
    config, site = _loaded_site(tmp_path, shared_cache)

    def digests(renderer: Renderer) -> dict[str, str | None]:
        return {p: c.digest for p, c in renderer.pages() if isinstance(c, Page)}

    rendered = digests(Renderer(site, config))
    timeline = sorted(p for p in rendered if p.startswith("timeline/"))
    assert timeline and all(rendered[p] for p in timeline)

    class EveryPageInPlace:
        def find(self, digest: str) -> Path:
            return tmp_path / "in-place.html"

    renderer = Renderer(site, config, EveryPageInPlace())  # type: ignore[arg-type]
    assert digests(renderer) == rendered
    views = list(renderer.events.views.values())
    assert len(views) == len(site.events)
    assert all(type(v) is DeferredView and len(v) == 1 for v in views)  # none was made

    # what a view shows of another article (its title, in the sources) is an input
    event = next(e for e in site.events if e.date)
    source = next(a for a in site.articles if a.id == event.sources[0].article_id)
    source.title += " (updated)"
    changed = digests(Renderer(site, config))
    assert [p for p in timeline if changed[p] != rendered[p]]


def test_event_views_evicted_from_the_cache_are_not_fingerprinted_again(
    tmp_path: Path, shared_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With room for a few views only (a big archive), each event is still fingerprinted
    once, and the pages are the bytes of a renderer that keeps every view."""
    config, site = _loaded_site(tmp_path, shared_cache)
    everything = _rendered(Renderer(site, config))
    monkeypatch.setattr(render_events, "EVENT_VIEW_CACHE", 3)
    fingerprinted: list[str] = []
    real = render_events.EventViews.fingerprinted

    def counted(self: render_events.EventViews, event: object) -> dict:
        fingerprinted.append(event.id)  # type: ignore[attr-defined]
        return real(self, event)  # type: ignore[arg-type]

    monkeypatch.setattr(render_events.EventViews, "fingerprinted", counted)
    renderer = Renderer(site, config)
    assert _rendered(renderer) == everything
    assert len(renderer.events.views) <= 4
    assert sorted(fingerprinted) == sorted(e.id for e in site.events)


@pytest.mark.parametrize("shared_counter", [True, False])
def test_two_rendering_processes_write_the_same_site_as_one(
    tmp_path: Path, shared_cache: Path, monkeypatch: pytest.MonkeyPatch, shared_counter: bool
) -> None:
    """Pages rendered by two processes taking tasks in turn (or split evenly where no
    shared counter can be made) are the bytes one process writes."""
    require_model()
    articles, cache = _archive(tmp_path, shared_cache, 8)
    monkeypatch.setattr(pipeline, "TWO_RENDERERS_MIN_TASKS", 1)
    if not shared_counter:
        monkeypatch.setattr(parallel, "_shared_counter", lambda: None)
    taken: list[int] = []
    real_take = parallel._TaskCounter.take

    def take(self: parallel._TaskCounter) -> int:
        n = real_take(self)
        taken.append(n)  # the parent's share (the child's list is its own)
        return n

    monkeypatch.setattr(parallel._TaskCounter, "take", take)
    sites = {}
    for processes in (1, 2):
        out = tmp_path / f"site-{processes}"
        config = Config(
            input_dir=articles, output_dir=out, cache_dir=cache, search=False,
            nlp_processes=processes,
        )  # fmt: skip
        result = pipeline.build(config)
        sites[processes] = (out, result.files)
        assert result.log.counts["render_processes"] == processes  # in the build report
    assert sites[1][1] == sites[2][1] > 30
    assert tree_differences(sites[1][0], sites[2][0]) == []
    if shared_counter:
        # the parent's last take (past the last task, >= their number) ended its loop;
        # it rendered the others, and the child at least one more than the difference
        *rendered, end = taken
        assert rendered == sorted(rendered) and len(rendered) > 0
        assert end - 1 - len(rendered) > 0
    else:
        assert taken == []


def test_a_build_state_that_cannot_be_written_is_a_warning_not_a_lost_build(
    tmp_path: Path, shared_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The state is written after the timeline; a write that fails is a warning, the
    site is built all the same, and a state that was written is read back."""
    require_model()
    articles, cache = _archive(tmp_path, shared_cache, 3)
    real_write = buildcache.write_atomic

    def write_atomic(path: Path, data: object) -> None:
        if path.name.startswith("state-") and (tmp_path / "fail").exists():
            raise OSError(28, "No space left on device")
        real_write(path, data)  # type: ignore[arg-type]

    monkeypatch.setattr(buildcache, "write_atomic", write_atomic)
    config = Config(input_dir=articles, output_dir=tmp_path / "site", cache_dir=cache)
    first = pipeline.build(config, BuildLog(verbose=-1))
    assert not first.log.counts["state_reused"]
    again = pipeline.build(config, BuildLog(verbose=-1))
    assert again.log.counts["state_reused"]  # what it wrote is read back

    (tmp_path / "fail").touch()
    (articles / "gen-0.md").write_text(extra_article(50, 99), encoding="utf-8")
    failed = pipeline.build(config, BuildLog(verbose=-1))
    assert any("cannot write the build cache" in w for w in failed.log.warnings)
    assert (tmp_path / "site" / "index.html").is_file()
