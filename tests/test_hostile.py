"""Issue 7: a corpus of broken and hostile input builds safely, with clear messages.

The committed corpus is ``tests/hostile/articles``; what cannot be committed (a symlink
loop, a FIFO, links leading out of the folder, very large files) is made at test time.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import pytest
from conftest import ROOT, SEEDS, build_site, require_model
from site_data import load_export

HOSTILE = Path(__file__).resolve().parent / "hostile" / "articles"
SITE_URL = "https://example.org/news/"
OUTSIDE_TEXT = "SECRET-OUTSIDE-TEXT must never be published"

# file -> slug of the page it must become (every readable article is built)
BUILT = {
    "bom.txt": "bom",
    "control-chars.txt": "control-chars",
    "crlf.txt": "crlf",
    "entity-names.txt": "entity-names",
    "file with spaces.txt": "file-with-spaces",
    "fm-emoji-title.md": "fm-emoji-title",
    "fm-impossible-date.md": "an-impossible-date",
    "fm-malformed-yaml.md": "fm-malformed-yaml",
    "fm-punctuation-title.md": "fm-punctuation-title",
    "fm-slug-traversal.md": "outside",
    "fm-unknown-fields.md": "unknown-fields-are-kept-and-ignored",
    "fm-url-data.md": "a-data-url-in-front-matter",
    "fm-url-javascript.md": "a-javascript-url-in-front-matter",
    "fm-wrong-types.md": "fm-wrong-types",
    "good-markdown.md": "talks-in-brussels-end-without-agreement",
    "good-plain.txt": "good-plain",
    "latin1-cp1252.txt": "latin1-cp1252",
    "nested/deeper/nested-article.md": "nested-a-report-from-minsk",
    "raw-html-blocks.md": "raw-html-blocks-with-handlers",
    "same-title-a.md": "same-title-twice",
    "same-title-b.md": "same-title-twice-2",
    "utf16-bom.txt": "utf16-bom",
    "xss-markdown.md": "img-src-x-onerror-window-pwned-1-markdown-payloads",
    "xss-plain.txt": "script-window-pwned-1-script-sidecar-title",
    "Новости дня.txt": "novosti-dnia",
}
# built, but the build must warn about the file (name, then a word of the message)
WARNED = {
    "control-chars.txt": "control characters",
    "fm-emoji-title.md": "title",
    "fm-impossible-date.md": "date",
    "fm-malformed-yaml.md": "YAML",
    "fm-punctuation-title.md": "title",
    "fm-slug-traversal.md": "slug",
    "fm-url-data.md": "url",
    "fm-url-javascript.md": "url",
    "fm-wrong-types.md": "title",
    "latin1-cp1252.txt": "Windows-1252",
    "entities.yml": "merge cycle",
    "notes.docx": "not an article",
    "loop": "symlink loop",
    "link-to-outside.txt": "outside the input folder",
    "dev-zero.txt": "not a regular file",
    "fifo.txt": "not a regular file",
    "dangling.txt": "broken",
}
# skipped with an error naming the file and saying what to do
SKIPPED = {
    "empty.txt": "add the article's text or remove the file",
    "whitespace-only.txt": "add the article's text or remove the file",
    "front-matter-only.md": "add the article's text or remove the file",
    "binary-image.txt": "save the article as UTF-8 text",
}
# text of files that must never reach the site
NEVER_PUBLISHED = (
    "Hidden files are never built",
    "A backup copy that must be ignored",
    "An Emacs autosave",
    "An Emacs lock",
    "Drafts are not published",
    OUTSIDE_TEXT,
)
URL_ATTRS = {"href", "src", "action", "formaction", "xlink:href", "poster", "background", "data"}
FORBIDDEN_TAGS = {
    "iframe", "frame", "frameset", "object", "embed", "applet", "base", "svg", "math",
    "video", "audio", "source", "track", "img",
}  # fmt: skip
# the site's own drawings: an <svg> is allowed only inside one of these figures
SITE_FIGURES = {"world-map", "neighbourhood", "place-map", "timeline-chart"}
ALLOWED_META = {"charset", "viewport", "content-security-policy", "referrer", "generator",
                "description"}  # fmt: skip


def make_hostile_input(target: Path) -> Path:
    """Copy the corpus to ``target`` and add what git cannot hold; return ``target``."""
    shutil.copytree(HOSTILE, target, symlinks=True)
    (target / "loop").symlink_to(".", target_is_directory=True)
    outside = target.parent / "outside-secret.txt"
    outside.write_text(f"{OUTSIDE_TEXT}.\n", encoding="utf-8")
    (target / "link-to-outside.txt").symlink_to(outside)
    (target / "dev-zero.txt").symlink_to("/dev/zero")
    (target / "dangling.txt").symlink_to(target / "no-such-file.txt")
    os.mkfifo(target / "fifo.txt")
    return target


def run_cli(*args: str, cwd: Path, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    """Run the real command line in a subprocess (as a user would)."""
    return subprocess.run(
        [sys.executable, "-m", "site_builder", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def build_hostile(base: Path, *extra: str) -> tuple[subprocess.CompletedProcess[str], Path]:
    """Build the hostile corpus into ``base/site``; return the process and the output."""
    articles = make_hostile_input(base / "articles")
    out = base / "site"
    proc = run_cli(
        "--input", str(articles), "--output", str(out), "--cache-dir", str(base / "cache"),
        "--site-url", SITE_URL, *extra, cwd=base,
    )  # fmt: skip
    return proc, out


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> tuple[subprocess.CompletedProcess, Path]:
    """The hostile corpus built once (search index included), with its messages."""
    require_model()
    base = tmp_path_factory.mktemp("hostile")
    proc, out = build_hostile(base)
    assert proc.returncode == 0, proc.stderr
    return proc, out


def tree(root: Path) -> dict[str, bytes]:
    """Return every file under ``root`` with its content."""
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


class PageScan(HTMLParser):
    """Collect what makes a page unsafe: scripts, handlers, dangerous URLs and tags."""

    def __init__(self, base: str = "/") -> None:
        super().__init__(convert_charrefs=True)
        self.base = base
        self.problems: list[str] = []
        self.csp: list[str] = []
        self.in_head = True
        self.script_depth = 0
        self.json_block = False  # inside a <script type="application/json"> (data)
        self.figures: list[bool] = []  # open <figure>s: is it one of the site's drawings?
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "body":
            self.in_head = False
        for name, value in a.items():
            if name.startswith("on"):
                self.problems.append(f"event handler <{tag} {name}>")
            if name in URL_ATTRS:
                url = re.sub(r"[\x00-\x20]", "", value).lower()
                if url.startswith(("javascript:", "data:", "vbscript:", "file:")):
                    self.problems.append(f"<{tag} {name}={value[:60]!r}>")
                if name != "href" and url.startswith(("http:", "https:", "//")):
                    self.problems.append(f"<{tag} {name}> loads from another host: {value[:60]}")
        if tag == "figure":
            self.figures.append(a.get("class", "") in SITE_FIGURES)
        drawing = tag == "svg" and any(self.figures) and not self.script_depth
        if tag in FORBIDDEN_TAGS and not drawing:
            self.problems.append(f"forbidden <{tag}>")
        if tag == "script" and a.get("type") == "application/json" and "src" not in a:
            self.json_block = True  # data, never run: checked below for a way out
        elif tag == "script":
            self.script_depth += 1
            if not a.get("src", "").startswith(self.base):
                self.problems.append(f"<script> without a site src: {a}")
        if tag == "form" and a.get("action") != self.base + "search/":
            self.problems.append(f"<form action={a.get('action')!r}>")
        if tag == "link" and a.get("href", "").startswith(("http:", "https:", "//")):
            self.problems.append(f"<link href={a.get('href')!r}>")
        if tag == "style":
            self.problems.append("<style> element")
        if tag == "meta":
            kind = (
                "charset" if "charset" in a else a.get("name") or a.get("http-equiv", "")
            ).lower()
            if kind not in ALLOWED_META:
                self.problems.append(f"<meta {a}>")
            if kind == "content-security-policy":
                if not self.in_head:
                    self.problems.append("CSP meta outside <head>")
                self.csp.append(a.get("content", ""))

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self.json_block:
            self.json_block = False
        elif tag == "script":
            self.script_depth -= 1
        if tag == "figure" and self.figures:
            self.figures.pop()

    def handle_data(self, data: str) -> None:
        if self.json_block:
            if "<" in data or ">" in data:
                self.problems.append(f"markup in a JSON data block {data[:60]!r}")
            return
        if self.script_depth and data.strip():
            self.problems.append(f"inline script {data[:60]!r}")
        self.text.append(data)


def scan(path: Path, base: str = "/") -> PageScan:
    """Parse one page and return the scan."""
    parser = PageScan(base)
    parser.feed(path.read_text(encoding="utf-8"))
    parser.close()
    return parser


def page_text(path: Path) -> str:
    """Return the visible text of a page, whitespace collapsed."""
    return " ".join("".join(scan(path).text).split())


# --- messages and exit codes -----------------------------------------------------------


def test_build_exits_0_without_traceback(hostile: tuple[subprocess.CompletedProcess, Path]) -> None:
    proc, _ = hostile
    assert "Traceback" not in proc.stderr and "internal error" not in proc.stderr
    assert proc.returncode == 0


@pytest.mark.parametrize("name", sorted(WARNED))
def test_warning_names_the_file(
    name: str, hostile: tuple[subprocess.CompletedProcess, Path]
) -> None:
    lines = [ln for ln in hostile[0].stderr.splitlines() if ln.startswith("warning: ")]
    hits = [ln for ln in lines if name in ln and WARNED[name] in ln]
    assert hits, f"no warning naming {name} ({WARNED[name]!r}) in:\n" + "\n".join(lines)


@pytest.mark.parametrize("name", sorted(SKIPPED))
def test_skipped_file_is_named_with_what_to_do(
    name: str, hostile: tuple[subprocess.CompletedProcess, Path]
) -> None:
    lines = [ln for ln in hostile[0].stderr.splitlines() if ln.startswith("error: ")]
    assert any(ln.startswith(f"error: {name}: ") and SKIPPED[name] in ln for ln in lines), lines


def test_every_good_article_is_built(hostile: tuple[subprocess.CompletedProcess, Path]) -> None:
    _, out = hostile
    data = load_export(out, "articles")
    assert sorted(a["slug"] for a in data) == sorted(BUILT.values())
    for slug in BUILT.values():
        assert (out / "articles" / slug / "index.html").is_file(), slug


def test_ignored_files_are_never_published(
    hostile: tuple[subprocess.CompletedProcess, Path],
) -> None:
    _, out = hostile
    for path in out.rglob("*"):
        if path.is_file() and path.suffix in (".html", ".json", ".xml", ".txt"):
            text = path.read_text(encoding="utf-8")
            for marker in NEVER_PUBLISHED:
                assert marker not in text, (path, marker)


def test_decoded_texts(hostile: tuple[subprocess.CompletedProcess, Path]) -> None:
    _, out = hostile
    art = out / "articles"
    assert "Café owners in Kyiv said business was “slow” — about 40 % down" in page_text(
        art / "latin1-cp1252" / "index.html"
    )
    assert "Poland sent humanitarian aid" in page_text(art / "utf16-bom" / "index.html")
    bom = (art / "bom" / "index.html").read_text(encoding="utf-8")
    assert "\ufeff" not in bom and "date 2022-02-08" not in bom
    ctrl = (art / "control-chars" / "index.html").read_text(encoding="utf-8")
    assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", ctrl)
    assert "Text with stray control characters" in ctrl


def test_strict_fails_and_keeps_the_previous_site(tmp_path: Path) -> None:
    require_model()
    out = tmp_path / "site"
    cache = tmp_path / "cache"
    assert build_site(SEEDS, out, "--no-search", cache_dir=cache) == 0
    before = tree(out)
    proc, _ = build_hostile(tmp_path, "--no-search", "--strict")
    assert proc.returncode != 0 and "Traceback" not in proc.stderr
    assert "strict" in proc.stderr
    assert tree(out) == before
    assert not [p.name for p in tmp_path.iterdir() if ".tmp-" in p.name or ".old-" in p.name]


def test_bad_curation_yaml_is_a_warning(tmp_path: Path) -> None:
    require_model()
    articles = tmp_path / "articles"
    articles.mkdir()
    shutil.copy(HOSTILE / "good-plain.txt", articles)
    (articles / "entities.yml").write_text("entities: [\n  - name: {unclosed\n", encoding="utf-8")
    proc = run_cli(
        "--input", str(articles), "--output", str(tmp_path / "site"), "--no-search",
        "--cache-dir", str(tmp_path / "cache"), cwd=tmp_path,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    assert any("entities.yml" in ln for ln in proc.stderr.splitlines() if "warning" in ln)
    assert (tmp_path / "site" / "articles" / "good-plain" / "index.html").is_file()


# --- output safety ---------------------------------------------------------------------


def html_pages(out: Path) -> list[Path]:
    """Return every HTML page of a site, except Pagefind's own bundle."""
    return sorted(p for p in out.rglob("*.html") if "pagefind" not in p.relative_to(out).parts)


def test_no_script_handler_or_dangerous_url_in_any_page(
    hostile: tuple[subprocess.CompletedProcess, Path],
) -> None:
    _, out = hostile
    pages = html_pages(out)
    assert len(pages) > len(BUILT)
    problems = {p.relative_to(out).as_posix(): scan(p).problems for p in pages}
    assert {k: v for k, v in problems.items() if v} == {}


def test_csp_meta_on_every_page(hostile: tuple[subprocess.CompletedProcess, Path]) -> None:
    _, out = hostile
    for page in html_pages(out):
        csp = scan(page).csp
        assert len(csp) == 1, page
        script_src = re.search(r"script-src([^;]*)", csp[0])
        assert script_src and "'self'" in script_src.group(1), page
        assert "unsafe-inline" not in script_src.group(1) and "*" not in script_src.group(1)
        assert "'wasm-unsafe-eval'" in script_src.group(1)
        assert re.search(r"worker-src 'self' blob:", csp[0])
        assert "object-src 'none'" in csp[0] and "base-uri 'none'" in csp[0]
        head = page.read_text(encoding="utf-8").split("<body", 1)[0]
        assert head.index("Content-Security-Policy") < head.find("<script"), page


def test_payloads_in_plain_text_are_shown_as_text(
    hostile: tuple[subprocess.CompletedProcess, Path],
) -> None:
    _, out = hostile
    page = out / "articles" / BUILT["xss-plain.txt"] / "index.html"
    text = page_text(page)
    assert "<script>window.__pwned=1;alert(1)</script> was posted" in text
    assert '"><img src=x onerror="window.__pwned=1;alert(1)"> and' in text
    assert "{{ 7*7 }}" in text and "{% raw %}" in text and "</textarea><!-- and ]]>" in text
    assert "<script>window.__pwned=1</script> sidecar title" in text  # sidecar title, escaped
    html = page.read_text(encoding="utf-8")
    assert "&lt;script&gt;window.__pwned=1" in html
    entity = page_text(out / "articles" / "entity-names" / "index.html")
    assert 'Vladimir "The <Bear>" Putin met' in entity


def test_markdown_raw_html_is_sanitised(hostile: tuple[subprocess.CompletedProcess, Path]) -> None:
    _, out = hostile
    raw = (out / "articles" / BUILT["raw-html-blocks.md"] / "index.html").read_text("utf-8")
    body = raw.split('class="article__body"', 1)[1].split("</article>", 1)[0]
    bad_parts = (
        "onclick", "position:fixed", "<style", "<iframe", "<svg", "<object", "<embed", "<form",
        "<meta", "<base", "<link", "<video", "<audio", "<details", "style=", 'class="site',
        "<input", "<button", "<textarea", "evil.example", "display: none",
    )  # fmt: skip
    for bad in bad_parts:
        assert bad not in body, bad
    assert body.count('id="p1"') == 1
    assert "ordinary text about" in body
    md = (out / "articles" / BUILT["xss-markdown.md"] / "index.html").read_text("utf-8")
    for scheme in ("javascript:", "data:", "vbscript:"):
        assert not re.search(rf'(?:href|src)="\s*{scheme}', md, re.I), scheme
    assert 'rel="noopener noreferrer nofollow"' in md


def test_front_matter_and_curation_links_are_web_links_only(
    hostile: tuple[subprocess.CompletedProcess, Path],
) -> None:
    _, out = hostile
    for slug in (BUILT["fm-url-javascript.md"], BUILT["fm-url-data.md"]):
        page = (out / "articles" / slug / "index.html").read_text(encoding="utf-8")
        assert "Original article" not in page
    good = (out / "articles" / BUILT["good-markdown.md"] / "index.html").read_text("utf-8")
    assert 'href="https://example.org/news/talks"' in good
    entities = json.loads((out / "data" / "entities.json").read_text(encoding="utf-8"))
    putin = [e for e in entities if e["name"] == "Vladimir Putin"]
    assert putin, "Vladimir Putin should be an entity of the hostile corpus"
    page = (out / putin[0]["url"].lstrip("/") / "index.html").read_text(encoding="utf-8")
    hrefs = re.findall(r'href="([^"]*)"', page)
    assert "https://en.wikipedia.org/wiki/Vladimir_Putin" in hrefs
    assert not [h for h in hrefs if not h.startswith(("/", "https://", "http://", "#"))]


def test_nothing_is_written_outside_the_output_folder(
    hostile: tuple[subprocess.CompletedProcess, Path],
) -> None:
    _, out = hostile
    base = out.parent
    assert sorted(p.name for p in base.iterdir()) == [
        "articles", "cache", "outside-secret.txt", "site",
    ]  # fmt: skip
    assert (out / "articles" / "outside" / "index.html").is_file()
    assert not (base / "outside").exists() and not (base.parent / "outside").exists()
    real = out.resolve()
    for path in out.rglob("*"):
        assert not path.is_symlink(), path
        assert path.resolve().is_relative_to(real), path
        rel = path.relative_to(out).as_posix()
        assert re.fullmatch(r"[A-Za-z0-9._/-]+", rel), rel  # no spaces, no non-Latin names


def test_feed_sitemap_and_data_are_well_formed(
    hostile: tuple[subprocess.CompletedProcess, Path],
) -> None:
    _, out = hostile
    feed = ET.parse(out / "feed.xml").getroot()
    ET.parse(out / "sitemap.xml")
    titles = [t.text or "" for t in feed.iter("{http://www.w3.org/2005/Atom}title")]
    assert any("<script>" in t for t in titles)  # escaped in XML, text again once parsed
    for path in (out / "data").glob("*.json"):
        json.loads(path.read_text(encoding="utf-8"))


# --- size limits and very large articles -----------------------------------------------


def _good_input(base: Path) -> Path:
    articles = base / "articles"
    articles.mkdir()
    shutil.copy(HOSTILE / "good-plain.txt", articles)
    return articles


def test_50_mb_article_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    require_model()
    articles = _good_input(tmp_path)
    line = "The archive keeps growing as more reports arrive from Kyiv and Moscow.\n"
    with (articles / "huge.txt").open("w", encoding="utf-8") as fh:
        fh.write(line * (50_000_000 // len(line) + 1))
    out = tmp_path / "site"
    args = ("--input", str(articles), "--output", str(out), "--no-search", "--cache-dir")
    proc = run_cli(*args, str(tmp_path / "cache"), cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    msg = [ln for ln in proc.stderr.splitlines() if ln.startswith("error: huge.txt: ")]
    assert msg and "MB" in msg[0] and "max_article_bytes" in msg[0], proc.stderr
    assert (out / "articles" / "good-plain" / "index.html").is_file()
    strict = run_cli(*args, str(tmp_path / "cache"), "--strict", cwd=tmp_path)
    assert strict.returncode != 0 and "Traceback" not in strict.stderr


def test_size_limit_is_configurable(tmp_path: Path) -> None:
    require_model()
    articles = _good_input(tmp_path)
    (articles / "long.txt").write_text("A long report from Kyiv. " * 200, encoding="utf-8")
    config = tmp_path / "site.toml"
    config.write_text("[site]\nmax_article_bytes = 2000\n", encoding="utf-8")
    out = tmp_path / "site"
    proc = run_cli(
        "--input", str(articles), "--output", str(out), "--no-search", "--config", str(config),
        "--cache-dir", str(tmp_path / "cache"), cwd=tmp_path,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert "error: long.txt: " in proc.stderr and "0.002 MB limit" in proc.stderr
    assert not (out / "articles" / "long").exists()


@pytest.mark.slow
def test_article_over_a_million_characters_is_processed(tmp_path: Path) -> None:
    require_model()
    articles = _good_input(tmp_path)
    sentence = "Officials in Warsaw said the convoy reached the border on Tuesday. "
    giant = sentence * (300_000 // len(sentence))  # one paragraph of 300,000 characters
    lines = ["date 2022-02-15 " + giant]
    n = 0
    while sum(len(x) for x in lines) < 1_050_000:
        n += 1
        lines.append(f"Report {n}: Olaf Scholz met Emmanuel Macron in Berlin to discuss aid.")
    lines.append("The final paragraph names Jens Stoltenberg in Brussels.")
    (articles / "million.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "site"
    start = time.monotonic()
    proc = run_cli(
        "--input", str(articles), "--output", str(out), "--no-search",
        "--cache-dir", str(tmp_path / "cache"), cwd=tmp_path, timeout=900,
    )  # fmt: skip
    elapsed = time.monotonic() - start
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "Traceback" not in proc.stderr
    page = (out / "articles" / "million" / "index.html").read_text(encoding="utf-8")
    assert f'id="p{len(lines)}"' in page  # every paragraph rendered
    last = page.split(f'id="p{len(lines)}"', 1)[1].split("</p>", 1)[0]
    # NLP reached the end (the name is new there, so linked: its first mention)
    assert "Stoltenberg" in last and 'href="/entities/' in last, last
    print(f"1,050,000-character article built in {elapsed:.1f} s")


def test_ten_thousand_paragraphs(tmp_path: Path) -> None:
    require_model()
    articles = _good_input(tmp_path)
    body = "\n".join(f"Short paragraph {i} from Kyiv." for i in range(1, 10_001))
    (articles / "many.txt").write_text("date 2022-02-01 " + body + "\n", encoding="utf-8")
    out = tmp_path / "site"
    proc = run_cli(
        "--input", str(articles), "--output", str(out), "--no-search",
        "--cache-dir", str(tmp_path / "cache"), cwd=tmp_path,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr[-3000:]
    page = (out / "articles" / "many" / "index.html").read_text(encoding="utf-8")
    assert 'id="p10000"' in page and "Short paragraph 10000 from" in page


# --- kill -9 in the middle of writing --------------------------------------------------


def _generated_archive(folder: Path, n: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    places = ["Kyiv", "Moscow", "Berlin", "Paris", "Warsaw", "Minsk", "Brussels", "London"]
    people = ["Olaf Scholz", "Emmanuel Macron", "Jens Stoltenberg", "Dmytro Kuleba"]
    for i in range(n):
        day = 1 + i % 28
        text = (
            f"---\ntitle: Generated report number {i}\ndate: 2021-{1 + i % 12:02d}-{day:02d}\n"
            f"source: Test Wire\n---\n{people[i % 4]} spoke in {places[i % 8]} on Tuesday.\n\n"
            f"Officials in {places[(i + 3) % 8]} said talks would continue.\n"
        )
        (folder / f"report-{i:05d}.md").write_text(text, encoding="utf-8")


@pytest.mark.slow
def test_kill_9_during_render_keeps_the_previous_site(tmp_path: Path) -> None:
    require_model()
    articles = tmp_path / "articles"
    _generated_archive(articles, 1500)
    out, cache = tmp_path / "site", tmp_path / "cache"
    args = ["--input", str(articles), "--output", str(out), "--cache-dir", str(cache)]
    first = run_cli(*args, "--no-search", cwd=tmp_path, timeout=900)
    assert first.returncode == 0, first.stderr[-3000:]
    before = tree(out)
    digest = hashlib.sha256(repr(sorted(before.items())).encode()).hexdigest()

    (articles / "zz-new.md").write_text(
        "---\ntitle: A new article that must not appear\ndate: 2022-03-01\n---\nNEW-MARKER.\n",
        encoding="utf-8",
    )
    proc = subprocess.Popen(
        [sys.executable, "-m", "site_builder", *args, "-q"],
        cwd=tmp_path,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    temp = tmp_path / f".site.tmp-{proc.pid}"
    deadline = time.monotonic() + 600
    try:
        while time.monotonic() < deadline and proc.poll() is None:
            pages = temp / "articles"
            if pages.is_dir() and len(os.listdir(pages)) >= 20:  # rendering has begun
                break
            time.sleep(0.01)
        assert proc.poll() is None, "the build ended before it could be killed mid-render"
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.kill()
        proc.wait()
    assert temp.is_dir(), "the killed build should have left its temporary folder"
    # its second rendering process stops too (it must not write on into the folder)
    time.sleep(0.5)
    written = sum(len(files) for _, _, files in os.walk(temp))
    time.sleep(1.5)
    assert sum(len(files) for _, _, files in os.walk(temp)) == written
    after = tree(out)
    assert hashlib.sha256(repr(sorted(after.items())).encode()).hexdigest() == digest
    assert (out / "index.html").is_file() and b"NEW-MARKER" not in after["index.html"]

    second = run_cli(*args, "--no-search", cwd=tmp_path, timeout=900)
    assert second.returncode == 0, second.stderr[-3000:]
    assert not temp.exists(), "the next build should remove the stale temporary folder"
    assert not [p.name for p in tmp_path.iterdir() if ".tmp-" in p.name or ".old-" in p.name]
    deadline = time.monotonic() + 20  # the replaced site is removed in the background
    while [p for p in tmp_path.iterdir() if ".del-" in p.name] and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not [p.name for p in tmp_path.iterdir() if ".del-" in p.name]
    assert (out / "articles" / "a-new-article-that-must-not-appear" / "index.html").is_file()
