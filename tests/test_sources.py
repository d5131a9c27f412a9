"""Reading articles: both seed formats, metadata, encodings, titles, slugs, bad files."""

from __future__ import annotations

import codecs
import datetime as dt
import os
import time
from pathlib import Path

import pytest
from conftest import SEEDS

from site_builder import sources
from site_builder.errors import ArticleError
from site_builder.linking import html_text
from site_builder.models import Article
from site_builder.sources import (
    derive_title,
    files,
    find_article_files,
    first_sentence,
    is_web_url,
    load_yaml,
    markdown,
    metadata,
    read_articles,
)

SEED_000 = "000_1e3144c01c9fb4da.txt"
SEED_004 = "004_49f0d4c9f33063e6.txt"
HOSTILE = Path(__file__).resolve().parent / "hostile" / "articles"


def read(folder: Path, **kwargs: object) -> tuple[dict[str, Article], list[str], list[str]]:
    """Read ``folder``; return articles by source path, warnings and skip messages."""
    warnings: list[str] = []
    articles, skipped = read_articles(folder, warnings.append, **kwargs)  # type: ignore[arg-type]
    return {a.source_path: a for a in articles}, warnings, [s.reason for s in skipped]


def write(folder: Path, name: str, content: str | bytes) -> Path:
    """Write one input file (text as UTF-8)."""
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


# --- the seeds ------------------------------------------------------------------------


def test_seed_000_date_header_becomes_the_date() -> None:
    articles, _, skipped = read(SEEDS)
    a = articles[SEED_000]
    assert skipped == []
    assert a.date == dt.date(2022, 2, 16)
    assert a.paragraphs[0].text.startswith("“On the contrary")
    assert "date 2022-02-16" not in a.text
    assert a.title_is_derived and a.title.startswith("“On the contrary, it appears")
    assert a.title.count("“") == a.title.count("”")


def test_seed_004_undated_boilerplate_dropped_source_found() -> None:
    articles, _, _ = read(SEEDS)
    a = articles[SEED_004]
    assert a.date is None
    assert a.source == "Financial Times"
    assert "ADVERTISEMENT" not in a.text
    assert "Read it at" not in a.text
    assert a.paragraphs[-1].text.startswith("Separatist military authorities")


def test_seed_004_dated_through_metadata_file(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for name in (SEED_000, SEED_004):
        (folder / name).write_bytes((SEEDS / name).read_bytes())
    write(folder, "metadata.yml", f"{SEED_004}:\n  date: 2022-02-15\n  title: Troops pull back\n")
    articles, _, _ = read(folder)
    assert articles[SEED_004].date == dt.date(2022, 2, 15)
    assert articles[SEED_004].title == "Troops pull back"
    assert articles[SEED_004].slug == "troops-pull-back"


# --- front matter and metadata ---------------------------------------------------------


def test_front_matter_fields(tmp_path: Path) -> None:
    write(
        tmp_path,
        "a.md",
        "---\ntitle: A title\ndate: 2022-02-17\nsource: Wire\nurl: https://example.org/a\n"
        "author: Jane Doe\ntags: [b, a]\nslug: my-slug\nmood: calm\n---\nThe body.\n",
    )
    a = read(tmp_path)[0]["a.md"]
    assert (a.title, a.date, a.source, a.url, a.author) == (
        "A title", dt.date(2022, 2, 17), "Wire", "https://example.org/a", "Jane Doe",
    )  # fmt: skip
    assert a.tags == ("a", "b") and a.slug == "my-slug" and not a.title_is_derived
    assert a.extra == {"mood": "calm"}
    assert [p.text for p in a.paragraphs] == ["The body."]


def test_plain_text_may_have_front_matter(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", "---\ntitle: Plain\ndate: 2022-01-02\n---\nA *star* and # hash.\n")
    a = read(tmp_path)[0]["a.txt"]
    assert a.title == "Plain" and a.date == dt.date(2022, 1, 2)
    assert a.paragraphs[0].text == "A *star* and # hash." and a.paragraphs[0].html is None


def test_sidecar_and_metadata_file_override_the_file(tmp_path: Path) -> None:
    write(tmp_path, "a.md", "---\ntitle: From the file\nsource: File\n---\nBody of a.\n")
    write(tmp_path, "b.txt", "Body of b.\n")
    write(tmp_path, "a.meta.yml", "title: From the sidecar\n")
    write(
        tmp_path,
        "metadata.yml",
        "a.md:\n  title: From metadata\n  source: Meta\nb:\n  date: 2022-03-04\n",
    )
    articles, _, _ = read(tmp_path)
    assert articles["a.md"].title == "From the sidecar"  # the sidecar wins over metadata.yml
    assert articles["a.md"].source == "Meta"  # metadata.yml wins over the file
    assert articles["b.txt"].date == dt.date(2022, 3, 4)  # keyed by stem
    assert set(articles) == {"a.md", "b.txt"}  # sidecars and metadata.yml are not articles


def test_nested_sidecar(tmp_path: Path) -> None:
    write(tmp_path, "x/y/a.txt", "Body.\n")
    write(tmp_path, "x/y/a.meta.yml", "title: Nested sidecar\n")
    assert read(tmp_path)[0]["x/y/a.txt"].title == "Nested sidecar"


@pytest.mark.parametrize(
    ("front", "warning", "title"),
    [
        ("title: [unclosed\n", "not valid YAML", None),
        ("title: ok\ndate: 2022-13-45\n", "is not a date", "ok"),
        ("title: ok\ndate: yesterday\n", "is not a date", "ok"),
        ("title: [a, b]\n", "title must be text", None),
        ("title: '?!…'\n", "no letters or digits", None),
        ("title: ok\nslug: ../../outside\n", "not a plain slug", "ok"),
        ("title: ok\nurl: javascript:alert(1)\n", "not a web address", "ok"),
        ("title: ok\ntags: {a: b}\n", "tags must be a list", "ok"),
        ("a: &x [1, 2]\nb: *x\n", "aliases", None),
        ("- just\n- a list\n", "mapping of fields", None),
    ],
)
def test_bad_front_matter_warns_and_builds(
    tmp_path: Path, front: str, warning: str, title: str | None
) -> None:
    write(tmp_path, "bad.md", f"---\n{front}---\nThe text survives.\n")
    articles, warnings, skipped = read(tmp_path)
    assert skipped == []
    a = articles["bad.md"]
    assert [p.text for p in a.paragraphs] == ["The text survives."]
    assert any(w.startswith("bad.md: ") and warning in w for w in warnings), warnings
    if title is not None:
        assert a.title == title
    assert a.url is None and a.slug in ("ok", "outside", "bad")


def test_rules_around_text_are_not_front_matter(tmp_path: Path) -> None:
    write(tmp_path, "a.md", "---\nA paragraph between two rules.\n---\nMore text.\n")
    articles, warnings, _ = read(tmp_path)
    assert [p.text for p in articles["a.md"].paragraphs] == [
        "A paragraph between two rules.", "More text.",
    ]  # fmt: skip
    assert warnings == []


def test_slug_traversal_is_neutralised(tmp_path: Path) -> None:
    write(tmp_path, "a.md", "---\nslug: ../../outside\n---\nText.\n")
    write(tmp_path, "b.md", "---\nslug: /etc/passwd\n---\nText.\n")
    articles, _, _ = read(tmp_path)
    assert articles["a.md"].slug == "outside" and articles["b.md"].slug == "etc-passwd"


def test_yaml_keeps_dates_as_text_and_refuses_aliases() -> None:
    assert load_yaml("date: 2022-02-03\n") == {"date": "2022-02-03"}
    with pytest.raises(ValueError, match="aliases"):
        load_yaml("a: &x [1]\nb: *x\n")
    with pytest.raises(ValueError):
        load_yaml("[" * 5000)


@pytest.mark.parametrize(
    ("url", "ok"),
    [
        ("https://example.org/a?b=c", True),
        ("HTTP://Example.org", True),
        ("javascript:alert(1)", False),
        ("data:text/html,x", False),
        ("//example.org/x", False),
        ("https://", False),
        ("https://exa mple.org", False),
        ("ftp://example.org", False),
    ],
)
def test_is_web_url(url: str, ok: bool) -> None:
    assert is_web_url(url) is ok


# --- encodings --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "warning"),
    [
        (codecs.BOM_UTF8 + "Über café.\nSecond.\n".encode(), None),
        ("Über café.\r\nSecond.\r\n".encode(), None),
        ("Über café.\rSecond.\r".encode(), None),
        ("Über café.\nSecond.\n".encode("utf-16"), None),
        ("Über café.\nSecond.\n".encode("utf-16-le"), "UTF-16-LE"),
        ("Über café.\nSecond.\n".encode("cp1252"), "Windows-1252"),
    ],
)
def test_encodings_and_line_ends(tmp_path: Path, data: bytes, warning: str | None) -> None:
    write(tmp_path, "a.txt", data)
    articles, warnings, skipped = read(tmp_path)
    assert skipped == []
    assert [p.text for p in articles["a.txt"].paragraphs] == ["Über café.", "Second."]
    if warning is None:
        assert warnings == []
    else:
        assert any(w.startswith("a.txt: ") and warning in w for w in warnings), warnings


def test_control_characters_are_removed(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", "Red\x1b[31m text\x0b and\x7f a bell\x07.\n")
    articles, warnings, _ = read(tmp_path)
    assert articles["a.txt"].paragraphs[0].text == "Red text and a bell ."
    assert any("control characters" in w for w in warnings)


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("empty.txt", b"", "has no text"),
        ("blank.txt", b" \n\t\r\n", "has no text"),
        ("only-front.md", b"---\ntitle: x\n---\n", "has no text"),
        ("image.txt", (HOSTILE / "binary-image.txt").read_bytes(), "not a text file"),
        ("zip.md", b"PK\x03\x04\x14\x00\x00\x00binary", "not a text file"),
    ],
)
def test_unreadable_files_are_skipped_with_a_message(
    tmp_path: Path, name: str, data: bytes, message: str
) -> None:
    write(tmp_path, name, data)
    write(tmp_path, "good.txt", "A good article.\n")
    articles, _, skipped = read(tmp_path)
    assert list(articles) == ["good.txt"]
    assert len(skipped) == 1 and skipped[0].startswith(f"{name}: ") and message in skipped[0]


def test_size_limit(tmp_path: Path) -> None:
    write(tmp_path, "big.txt", "word " * 1000)
    write(tmp_path, "small.txt", "A small article.\n")
    articles, _, skipped = read(tmp_path, max_bytes=1000)
    assert list(articles) == ["small.txt"]
    assert skipped[0].startswith("big.txt: is 0.0 MB, over the 0.001 MB limit")
    assert "max_article_bytes" in skipped[0]
    assert sources.DEFAULT_MAX_BYTES >= 2_000_000  # a 1,000,000-character article fits


def test_a_crash_in_one_file_skips_only_that_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = sources.render_markdown

    def explode(body: str) -> str:
        if "BOOM" in body:
            raise RecursionError("maximum recursion depth exceeded")
        return real(body)

    monkeypatch.setattr(markdown, "render_markdown", explode)
    write(tmp_path, "bad.md", "BOOM\n")
    write(tmp_path, "good.md", "Fine.\n")
    articles, _, skipped = read(tmp_path)
    assert list(articles) == ["good.md"]
    assert skipped[0].startswith("bad.md: could not be read (RecursionError")


# --- Markdown ------------------------------------------------------------------------


def test_markdown_html_text_matches_paragraph_text() -> None:
    articles, _, _ = read(HOSTILE)
    md = [a for a in articles.values() if a.format == "md"]
    assert len(md) > 10
    for article in md:
        for p in article.paragraphs:
            assert p.html is not None and html_text(p.html) == p.text, (article.source_path, p)


def test_markdown_heading_becomes_title_and_source_line(tmp_path: Path) -> None:
    write(
        tmp_path, "a.md", "# The heading\n\nFirst *para*.\n\nADVERTISEMENT\n\nRead it at The Wire\n"
    )
    a = read(tmp_path)[0]["a.md"]
    assert a.title == "The heading" and a.source == "The Wire"
    assert [p.text for p in a.paragraphs] == ["First para."]
    assert a.paragraphs[0].html == "First <em>para</em>."


@pytest.mark.parametrize(
    "body",
    [
        "".join("  " * i + "- x\n" for i in range(600)),
        ">" * 5000 + " deep\n",
        "[" * 30000 + "x" + "]" * 30000 + "\n",
        "[a](b " * 30000 + "\n",
        "<div>" * 5000 + "x" + "</div>" * 5000 + "\n",
        "*a " * 50000 + "\n",
    ],
    ids=["deep-list", "deep-quote", "brackets", "open-links", "html-nest", "emphasis"],
)
def test_pathological_markdown_is_fast_and_safe(tmp_path: Path, body: str) -> None:
    write(tmp_path, "a.md", body)
    start = time.monotonic()
    articles, _, skipped = read(tmp_path)
    assert time.monotonic() - start < 10
    assert len(articles) + len(skipped) == 1
    assert skipped == [] or "has no text" in skipped[0]


# --- titles ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lead", "title"),
    [
        ("Talks ended. Nothing was agreed.", "Talks ended"),
        ("Sen. Bob Menendez spoke in the U.S. Senate. He left.",
         "Sen. Bob Menendez spoke in the U.S. Senate"),
        ("“We are ready,” he said. Then he left.", "“We are ready,” he said"),
        ("Who knows? Nobody.", "Who knows?"),
        ("No full stop at all", "No full stop at all"),
    ],
)  # fmt: skip
def test_title_is_the_first_sentence(lead: str, title: str) -> None:
    assert derive_title(lead) == title


def test_long_title_is_cut_at_a_word_with_quotes_balanced() -> None:
    lead = "“" + "Extraordinarily " * 12 + "long quote,” said the minister."
    title = derive_title(lead)
    assert len(title) <= sources.TITLE_MAX + 2
    assert title.endswith("…") and " Extraordinarily…" not in title[:-1] + "x"
    assert title.count("“") == title.count("”")
    assert not title[:-1].endswith(" ")
    body = title.rstrip("…").rstrip("”")
    assert body.split()[-1] == "Extraordinarily"  # whole words only
    assert derive_title('He said "yes to everything ' + "and more " * 15).count('"') % 2 == 0


def test_first_sentence_without_end() -> None:
    assert first_sentence("  one two  ") == "one two"
    assert first_sentence("He bought an iPhone. Then he left.") == "He bought an iPhone."


def test_title_of_a_huge_paragraph_is_fast() -> None:
    start = time.monotonic()
    title = derive_title("Mr. X. " * 100_000)  # every stop looks like an abbreviation
    assert time.monotonic() - start < 2 and len(title) <= sources.TITLE_MAX + 1


# --- files and slugs ------------------------------------------------------------------


def test_hidden_swap_and_other_files_are_ignored(tmp_path: Path) -> None:
    for name in (
        "a.txt", ".hidden.txt", ".a.txt.swp", "a.txt~", "#a.txt#", ".#a.txt", "a.txt.tmp",
        "_drafts/b.md", ".git/c.md", "notes.pdf", "picture.png", "c.markdown", "D.TXT",
    ):  # fmt: skip
        write(tmp_path, name, "Some text.\n")
    write(tmp_path, "old-site/.site-builder", "generated by site_builder\n")
    write(tmp_path, "old-site/robots.txt", "Sitemap: x\n")
    files, notes = find_article_files(tmp_path)
    assert [f.relative_to(tmp_path).as_posix() for f in files] == ["D.TXT", "a.txt", "c.markdown"]
    assert any(n.startswith("notes.pdf: not an article") for n in notes)
    assert any(n.startswith("old-site: a site built by site_builder") for n in notes)
    assert not any(".hidden" in n or "swp" in n or "_drafts" in n for n in notes)


def test_symlinks_fifos_and_devices_are_not_read(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    write(folder, "good.txt", "Good.\n")
    write(tmp_path, "secret.txt", "Secret.\n")
    write(tmp_path, "elsewhere/other.txt", "Elsewhere.\n")
    write(folder, "sub/inner.txt", "Inner.\n")
    (folder / "secret.txt").symlink_to(tmp_path / "secret.txt")
    (folder / "elsewhere").symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    (folder / "inside-link.txt").symlink_to(folder / "sub" / "inner.txt")
    (folder / "loop").symlink_to(".", target_is_directory=True)
    (folder / "zero.txt").symlink_to("/dev/zero")
    (folder / "dangling.txt").symlink_to(folder / "missing.txt")
    os.mkfifo(folder / "fifo.txt")
    start = time.monotonic()
    articles, warnings, skipped = read(folder)
    assert time.monotonic() - start < 10
    assert sorted(articles) == ["good.txt", "inside-link.txt", "sub/inner.txt"]
    assert skipped == []
    for name, what in [
        ("secret.txt", "outside the input folder"),
        ("elsewhere", "outside the input folder"),
        ("loop", "symlink loop"),
        ("zero.txt", "not a regular file"),
        ("fifo.txt", "not a regular file"),
        ("dangling.txt", "broken"),
    ]:
        assert any(w.startswith(f"{name}: ") and what in w for w in warnings), (name, warnings)


def test_read_limited_refuses_non_regular_files(tmp_path: Path) -> None:
    with pytest.raises(ArticleError, match="not a regular file"):
        sources.read_limited(Path("/dev/null"), 10, "null.txt")


def test_slugs_unique_and_deterministic(tmp_path: Path) -> None:
    for name in ("b.md", "a.md", "c/a.md"):
        write(tmp_path, name, "---\ntitle: Same title\n---\nText.\n")
    write(tmp_path, "Новости дня.txt", "Текст.\n")
    write(tmp_path, "file with spaces.txt", "Text.\n")
    write(tmp_path, "Ünïcödé Ärtikel.txt", "Text.\n")
    first = {k: a.slug for k, a in read(tmp_path)[0].items()}
    assert first == {k: a.slug for k, a in read(tmp_path)[0].items()}
    assert first["a.md"] == "same-title" and first["b.md"] == "same-title-2"
    assert first["c/a.md"] == "same-title-3"
    assert first["Новости дня.txt"] == "novosti-dnia"
    assert first["file with spaces.txt"] == "file-with-spaces"
    assert first["Ünïcödé Ärtikel.txt"] == "unicode-artikel"
    assert len(set(first.values())) == len(first)


def test_undated_articles_sort_last(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", "Undated.\n")
    write(tmp_path, "b.txt", "date 2021-01-01 Old.\n")
    write(tmp_path, "c.txt", "date 2022-01-01 New.\n")
    articles, _ = read_articles(tmp_path, lambda m: None)
    assert [a.source_path for a in articles] == ["c.txt", "b.txt", "a.txt"]


_YAML_DOCS = [
    "title: Plain\ndate: 2022-02-24\ntags: [a, b]\n",
    "title: 'Quoted: with colon'\nsource: \"Reuters\"\nn: 3\nf: 1.5e3\nyes: yes\nnothing: ~\n",
    "title: |\n  Two\n  lines\nlead: >\n  folded\n  text\n",
    "date: 2022-02-24T10:00:00Z\nwhen: 24 February 2022\nnested: {a: [1, {b: c}]}\n",
    "title: Ελληνικά — «ünïcödé» 🙂\n'key with spaces': value\n",
    "anchor: &a value\nother: plain\n",  # an anchor without alias is harmless
    "- just\n- a list\n",
    "",
    "# only a comment\n",
    "title: [unclosed\n",  # errors: both refuse
    "a: b: c\n",
    "\tbad: tab\n",
    "key: value\n  wrongly: indented\n",
]


@pytest.mark.skipif(metadata._FastSafeLoader is None, reason="PyYAML built without libyaml")
@pytest.mark.parametrize("text", _YAML_DOCS + [
    p.read_text(encoding="utf-8").split("---")[1]
    for p in sorted((Path(__file__).parent / "hostile" / "articles").glob("fm-*.md"))
] + [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.yml"))])  # fmt: skip
def test_libyaml_reads_front_matter_as_the_python_loader_does(text: str) -> None:
    """The fast loader gives the same values (dates as text) and refuses the same text."""
    import yaml

    def load(loader: type) -> object:
        try:
            return ("ok", yaml.load(text, Loader=loader))
        except yaml.YAMLError as exc:
            return ("error", getattr(exc, "problem_mark", None) is not None)

    slow, fast = load(metadata._StrictSafeLoader), load(metadata._FastSafeLoader)
    assert fast == slow
    if slow[0] == "ok" and isinstance(slow[1], dict) and "date" in slow[1]:
        assert isinstance(slow[1]["date"], str)  # never a datetime.date
    if slow[0] == "error":
        with pytest.raises(ValueError, match="line"):
            sources.load_yaml(text)


def test_yaml_aliases_are_refused_whichever_loader_would_read_the_rest() -> None:
    with pytest.raises(ValueError, match="aliases"):
        sources.load_yaml("a: &x [1, 2]\nb: *x\n")
    assert sources.load_yaml("title: a*b and 2 * 3\n") == {"title": "a*b and 2 * 3"}


def test_binary_sniffing_counts_the_control_bytes_a_text_file_would_not_hold() -> None:
    text_like = b"A line\twith tab\r\n\x1b[1mbold\x1b[0m\x0c" * 50
    assert not files._looks_binary(text_like)
    assert not files._looks_binary(b"abc\x01def\x02ghi\x03" + b"x" * 500)  # a few strays
    assert files._looks_binary(b"\x01\x02\x03\x04\x05" + b"x" * 20)  # 5 of 25
    assert files._looks_binary(b"text\x00more")
    assert files._looks_binary(b"%PDF-1.7 ...")
    # only the first 8 KiB are looked at
    assert not files._looks_binary(b"x" * 8192 + b"\x01" * 1000)
