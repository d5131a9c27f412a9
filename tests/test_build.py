"""End-to-end builds of the seeds: pages, links under a base path, determinism, safety."""

from __future__ import annotations

import gzip
import json
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from site_builder.render.pages import ENTITY_EVENTS

from .conftest import SEEDS, build_site, require_model, tree_differences
from .html_tree import parse as parse_tree
from .site_data import load_export


class _Page(HTMLParser):
    """Collect links, asset references and element ids of one page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.refs: list[str] = []
        self.ids: set[str] = set()
        self.text: list[str] = []
        self.times: list[str] = []
        self.scripts_inline = 0
        self._in_script = False
        self.csp = None

    def handle_starttag(self, tag: str, attrs: list) -> None:
        a = dict(attrs)
        for key in ("href", "src", "action"):
            if a.get(key):
                self.refs.append(a[key])
        if a.get("id"):
            self.ids.add(a["id"])
        if tag == "time" and a.get("datetime"):
            self.times.append(a["datetime"])
        if tag == "script":
            self._in_script = True
            # a JSON data block (the network page's) is data, never run
            if not a.get("src") and a.get("type") != "application/json":
                self.scripts_inline += 1
        if tag == "meta" and a.get("http-equiv") == "Content-Security-Policy":
            self.csp = a.get("content")

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_script = False

    def handle_data(self, data: str) -> None:
        if not self._in_script:
            self.text.append(data)


def parse(path: Path) -> _Page:
    page = _Page()
    page.feed(path.read_text(encoding="utf-8"))
    return page


def html_files(site: Path) -> list[Path]:
    return sorted(p for p in site.rglob("*.html") if "pagefind" not in p.parts)


def broken_links(site: Path, base: str) -> list[str]:
    """Return every internal reference that does not resolve to a file (and anchor)."""
    pages = {p: parse(p) for p in html_files(site)}
    ids = {p: page.ids for p, page in pages.items()}
    broken = []
    for path, page in pages.items():
        for ref in page.refs:
            parts = urlsplit(ref)
            if parts.scheme or parts.netloc or ref.startswith(("mailto:", "#")):
                continue
            if not parts.path.startswith(base):
                broken.append(f"{path.relative_to(site)}: {ref} is outside {base}")
                continue
            rel = unquote(parts.path[len(base) :])
            target = site / rel
            if rel == "" or rel.endswith("/"):
                target = target / "index.html"
            if not target.is_file():
                broken.append(f"{path.relative_to(site)}: {ref} -> missing {target}")
            elif parts.fragment and target.suffix == ".html":
                target_ids = ids.get(target) or parse(target).ids
                if parts.fragment not in target_ids:
                    broken.append(f"{path.relative_to(site)}: {ref} -> no #{parts.fragment}")
    return broken


def test_the_data_page_lists_every_export_and_each_reads_as_json(seeds_site: Path) -> None:
    page = parse_tree((seeds_site / "data" / "index.html").read_bytes())
    listed = [dt.find("a").attrs["href"] for dt in page.find("dl").find_all("dt")]
    written = sorted(p.name for p in (seeds_site / "data").iterdir() if p.name != "index.html")
    assert sorted(href.rsplit("/", 1)[1] for href in listed) == written
    for href in listed:
        data = (seeds_site / href.removeprefix("/")).read_bytes()
        # compressed files are gzip as their name says; every one holds JSON
        assert data[:2] == b"\x1f\x8b" if href.endswith(".gz") else data[:1] in (b"[", b"{")
        assert json.loads(gzip.decompress(data) if href.endswith(".gz") else data)
    footer = parse_tree((seeds_site / "index.html").read_bytes()).find("footer")
    assert [a.attrs["href"] for a in footer.find_all("a")] == ["/data/"]


def test_seeds_site_has_every_page(seeds_site: Path) -> None:
    for rel in (
        "index.html",
        "404.html",
        ".nojekyll",
        "data/articles.json.gz",
        "entities/index.html",
        "timeline/index.html",
        "search/index.html",
        "pagefind/pagefind.js",
        "data/entities.json",
        "data/timeline.json.gz",
        "data/index.html",
    ):
        assert (seeds_site / rel).exists(), rel
    articles = load_export(seeds_site, "articles")
    assert {a["file"] for a in articles} == {p.name for p in SEEDS.iterdir()}
    for record in articles:
        assert set(record) >= {
            "id",
            "slug",
            "title",
            "date",
            "source",
            "url",
            "word_count",
            "entities",
        }
        assert (seeds_site / record["url"] / "index.html").is_file()
        assert record["entities"], "every seed article names entities"


def test_seed_articles_are_clean_and_dated_right(seeds_site: Path) -> None:
    articles = {a["file"][:3]: a for a in load_export(seeds_site, "articles")}
    a000, a004 = articles["000"], articles["004"]
    assert a000["date"] == "2022-02-16"
    assert a004["date"] is None and a004["source"] == "Financial Times"
    # newest first, undated last
    order = [a["file"][:3] for a in load_export(seeds_site, "articles")]
    assert order == ["000", "004"]
    for record in (a000, a004):
        page = parse(seeds_site / record["url"] / "index.html")
        text = "".join(page.text)
        for junk in ("date 2022-02-16", "ADVERTISEMENT", "Read it at"):
            assert junk not in text
    page000 = parse(seeds_site / a000["url"] / "index.html")
    assert "2022-02-16" in page000.times
    page004 = parse(seeds_site / a004["url"] / "index.html")
    assert page004.times == [] and "Undated" in "".join(page004.text)
    assert "Financial Times" in "".join(page004.text)
    assert {f"p{i}" for i in range(1, 10)} <= page000.ids


def test_every_page_has_csp_and_no_inline_script(seeds_site: Path) -> None:
    for path in html_files(seeds_site):
        page = parse(path)
        assert page.csp and "script-src 'self' 'wasm-unsafe-eval'" in page.csp, path
        assert page.scripts_inline == 0, path
        assert "__livereload" not in path.read_text(), path


def test_no_broken_internal_links_at_root(seeds_site: Path) -> None:
    assert broken_links(seeds_site, "/") == []


def test_no_broken_internal_links_under_subpath(seeds_site_subpath: Path) -> None:
    assert broken_links(seeds_site_subpath, "/repo/") == []
    home = (seeds_site_subpath / "index.html").read_text()
    assert 'href="/repo/static/style.css"' in home
    assert 'href="/static/' not in home


def test_404_works_at_any_depth(seeds_site_subpath: Path) -> None:
    page = parse(seeds_site_subpath / "404.html")
    assert all(r.startswith(("/repo/", "#")) for r in page.refs if "://" not in r)


def test_two_builds_are_byte_identical(tmp_path: Path, shared_cache: Path) -> None:
    require_model()
    a, b = tmp_path / "a" / "site", tmp_path / "b" / "site"
    assert build_site(SEEDS, a, cache_dir=shared_cache) == 0
    assert build_site(SEEDS, b, "--no-cache") == 0
    differences = tree_differences(a, b)
    # Pagefind writes its filter and metadata indexes from hash maps, so their bytes (and the
    # hashed names that point at them) change from run to run; the maintainer says so in
    # Pagefind issue #638. Everything else, including every page fragment, must be identical.
    unstable = re.compile(r"^pagefind/(filter/|pagefind\.[\w-]+\.pf_meta$|pagefind-entry\.json$)")
    assert [d for d in differences if not unstable.match(d)] == []
    fragments = sorted(p.name for p in (a / "pagefind" / "fragment").iterdir())
    assert fragments
    assert fragments == sorted(p.name for p in (b / "pagefind" / "fragment").iterdir())


def test_sitemap_and_feed_need_a_site_url(tmp_path: Path, shared_cache: Path) -> None:
    require_model()
    out = tmp_path / "site"
    assert build_site(SEEDS, out, "--no-search", cache_dir=shared_cache) == 0
    assert not (out / "sitemap.xml").exists() and not (out / "feed.xml").exists()
    url = "https://user.github.io/repo/"
    args = ("--no-search", "--site-url", url, "--base-url", "/repo/")
    assert build_site(SEEDS, out, *args, cache_dir=shared_cache) == 0
    sitemap = (out / "sitemap.xml").read_text()
    assert f"<loc>{url}articles/" in sitemap
    feed = (out / "feed.xml").read_text()
    assert "<entry>" in feed and f'href="{url}articles/' in feed
    assert feed.count("<entry>") == 1  # the undated article is not in the feed


def test_failed_build_keeps_the_previous_site(tmp_path: Path, shared_cache: Path) -> None:
    require_model()
    out = tmp_path / "site"
    assert build_site(SEEDS, out, "--no-search", cache_dir=shared_cache) == 0
    before = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    user = tmp_path / "project"
    (user / "templates").mkdir(parents=True)
    (user / "templates" / "article.html").write_text("{% extends 'base.html' %}{% block main %")
    (user / "site.toml").write_text("[site]\ntitle = 'Broken'\n")
    code = build_site(
        SEEDS, out, "--no-search", "--config", str(user / "site.toml"), cache_dir=shared_cache
    )
    assert code != 0
    after = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert after == before
    assert not [p for p in tmp_path.iterdir() if ".tmp-" in p.name]


def test_user_template_overrides_builtin(tmp_path: Path, shared_cache: Path) -> None:
    require_model()
    user = tmp_path / "project"
    (user / "templates").mkdir(parents=True)
    (user / "templates" / "404.html").write_text(
        "{% extends 'base.html' %}{% block main %}<p>Custom lost page</p>{% endblock %}"
    )
    (user / "site.toml").write_text("[site]\ntitle = 'My archive'\n")
    out = tmp_path / "site"
    assert (
        build_site(
            SEEDS, out, "--no-search", "--config", str(user / "site.toml"), cache_dir=shared_cache
        )
        == 0
    )
    text = (out / "404.html").read_text()
    assert "Custom lost page" in text and "My archive" in text


@pytest.mark.parametrize("bad", [["--base-url", "https://x.io/"], ["--input", "/nonexistent"]])
def test_bad_options_give_a_message_not_a_traceback(
    bad: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = build_site(SEEDS, tmp_path / "site", *bad)
    err = capsys.readouterr().err
    assert code != 0
    assert "Traceback" not in err and err.startswith("error: ")


def test_builds_sharing_a_cache_are_identical_including_the_search_index(
    tmp_path: Path, shared_cache: Path
) -> None:
    require_model()
    a, b = tmp_path / "a" / "site", tmp_path / "b" / "site"
    assert build_site(SEEDS, a, cache_dir=shared_cache) == 0
    assert build_site(SEEDS, b, cache_dir=shared_cache) == 0
    result = subprocess.run(["diff", "-r", str(a), str(b)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[:2000]
    assert (b / "pagefind" / "pagefind-entry.json").is_file()


def test_entity_page_lists_the_latest_dates_and_links_the_rest(tmp_path: Path) -> None:
    require_model()
    articles = tmp_path / "articles"
    articles.mkdir()
    days = [f"{month} {day}, 2021" for month in ("March", "April", "May") for day in range(1, 26)]
    body = "\n\n".join(f"On {d}, NATO allies met in Brussels to discuss Ukraine." for d in days)
    (articles / "meetings.md").write_text(
        f"---\ntitle: Seventy-five meetings\ndate: 2021-06-01\n---\n\n{body}\n", encoding="utf-8"
    )
    out = tmp_path / "site"
    assert build_site(articles, out, "--no-search", cache_dir=tmp_path / "cache") == 0
    page = (out / "entities" / "nato" / "index.html").read_text(encoding="utf-8")
    aside = page.split('id="events-heading"', 1)[1]
    assert aside.count('class="when"') == ENTITY_EVENTS
    assert "25 May 2021" in aside and "1 March 2021" not in aside  # the latest ones
    assert f'The latest {ENTITY_EVENTS} of 75 dates. <a href="/timeline/?entity=nato">' in aside
    timeline = (out / "timeline" / "index.html").read_text(encoding="utf-8")
    assert timeline.count('<li class="event') >= 75
    assert broken_links(out, "/") == []


def test_templates_read_dict_keys_as_jinja_does() -> None:
    """The environment's faster dict look-up gives what Jinja gives: keys, dict methods
    for names like ``items``, attributes of other objects, and an error for a missing key."""
    import jinja2

    from site_builder.config import Config
    from site_builder.render import make_environment

    env = make_environment(Config())
    page = env.from_string(
        "{{ v.title }}|{{ v.items() | list | length }}|{{ o.real }}|{{ v.get('title') }}"
    )
    assert page.render(v={"title": "<b>", "items": 1}, o=3) == "&lt;b&gt;|2|3|&lt;b&gt;"
    with pytest.raises(jinja2.UndefinedError):
        env.from_string("{{ v.missing }}").render(v={"title": "x"})


def test_each_entry_point_exits_with_everything_written(tmp_path: Path, shared_cache: Path) -> None:
    """build.py, ``python -m site_builder`` and ``news-archive`` end the process without
    freeing the archive (os._exit): what they print, the report and the site are complete."""
    require_model()
    root = Path(__file__).resolve().parent.parent
    script = Path(sys.executable).parent / "news-archive"
    entries = [[sys.executable, str(root / "build.py")], [sys.executable, "-m", "site_builder"]]
    entries += [[str(script)]] if script.exists() else []
    for n, entry in enumerate(entries):
        out, report = tmp_path / f"site{n}", tmp_path / f"report{n}.json"
        args = ["-i", str(SEEDS), "-o", str(out), "--no-search", "--cache-dir", str(shared_cache)]
        done = subprocess.run(
            [*entry, *args, "--report-json", str(report)],
            capture_output=True,
            text=True,
            cwd=tmp_path,
        )
        assert done.returncode == 0, done.stderr
        # the last line printed before the hard exit reached the pipe
        printed = done.stdout + done.stderr
        assert printed.rstrip().endswith(f"site written to {out}/"), printed[-300:]
        assert "Build report" in printed
        data = json.loads(report.read_text(encoding="utf-8"))
        assert data["counts"]["articles"] == 2
        # the size is counted over the site as written
        written = [p for p in out.rglob("*") if p.is_file()]
        assert data["site_files"] == len(written) > 50
        assert data["site_bytes"] == sum(p.stat().st_size for p in written)
        assert "site: " in printed and "allowed by GitHub Pages" in printed
        assert (out / "index.html").is_file()
        assert not list(tmp_path.glob(f".site{n}.tmp-*"))
    # an error still goes the usual way: a message and its exit code
    failed = subprocess.run(entries[0] + ["-i", str(tmp_path / "missing")], capture_output=True)
    assert failed.returncode == 1 and b"input folder not found" in failed.stderr
