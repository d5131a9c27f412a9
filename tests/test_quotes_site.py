"""The quotations on a built site: data/quotes.json, the marks on article pages, the
speaker's Quotes section, the quotes page and the search filter (the real spaCy model)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .conftest import build_site, require_model
from .html_tree import parse
from .site_data import load_export

HOSTILE = """---
title: A hostile quote
date: 2022-02-17
---

Dmitry Peskov spoke to reporters in Moscow on Thursday.

"Nothing <script>alert(1)</script> & nothing <b>bold</b> will happen here, believe me," Peskov said.
"""


def test_quotes_json_records_who_said_what_on_the_seeds(seeds_site: Path) -> None:
    records = json.loads((seeds_site / "data" / "quotes.json").read_text(encoding="utf-8"))
    assert records, "the seeds are full of quotations"
    assert all(
        set(r) == {"id", "text", "speaker", "speaker_name", "article", "paragraph", "cue", "kind"}
        for r in records
    )
    assert {r["kind"] for r in records} == {"direct", "partial"}
    entities = {e["id"]: e for e in json.loads((seeds_site / "data" / "entities.json").read_text())}
    for r in records:
        if r["speaker"] is not None:
            assert entities[r["speaker"]]["name"] == r["speaker_name"]

    def starting(words: str) -> dict[str, str]:
        (found,) = [r for r in records if r["text"].startswith(words)]
        return found

    assert starting("We don’t know anything")["speaker_name"] == "Dmitry Peskov"  # "he said"
    assert starting("Our call on Russia")["speaker_name"] == "Ursula von der Leyen"
    assert starting("I’ve not seen any evidence")["cue"] == "tweeted"
    assert starting("partial withdrawal of troops")["kind"] == "partial"
    # scare quotes are no quotations
    assert not any(r["text"] in ("flash mobs", "inspections", "raids") for r in records)
    assert len({r["id"] for r in records}) == len(records)


def test_article_page_marks_each_quotation_and_links_its_speaker(seeds_site: Path) -> None:
    records = json.loads((seeds_site / "data" / "quotes.json").read_text(encoding="utf-8"))
    record = next(r for r in records if r["text"].startswith("We don’t know anything"))
    articles = load_export(seeds_site, "articles")
    url = next(a["url"] for a in articles if a["id"] == record["article"])
    page = parse((seeds_site / url / "index.html").read_bytes())
    marked = page.find("q", id=record["id"])
    assert marked.attrs["class"] == "quote"
    assert marked.attrs["data-speaker"] == record["speaker"]
    assert marked.text == record["text"]
    paragraph = next(a for a in marked.ancestors() if a.tag == "p")
    assert paragraph.attrs["id"] == f"p{record['paragraph'] + 1}"
    by = paragraph.find("a", class_="quote__by")
    assert by.attrs["href"] == f"/entities/{record['speaker']}/"
    assert by.text == "”"
    # entity links stay inside the quotation, nested, not dropped (an entity is linked at
    # its first mention, so only where that falls in a quotation)
    nested = [
        (q, a)
        for q in page.find_all("q", class_="quote")
        for a in q.find_all("a")
        if a.attrs.get("class") != "quote__by"
    ]
    assert nested
    for q, a in nested:
        assert a.attrs["href"].startswith("/entities/")
        assert a.text in q.text
    filters = [
        s.text for s in page.find_all("span") if s.attrs.get("data-pagefind-filter") == "speaker"
    ]
    assert "Dmitry Peskov" in filters


def test_speaker_page_lists_its_quotations_newest_first(seeds_site: Path) -> None:
    page = parse((seeds_site / "entities" / "dmitry-peskov" / "index.html").read_bytes())
    section = next(
        s for s in page.find_all("section") if s.attrs.get("aria-labelledby") == "quotes-heading"
    )
    assert section.find("h2").text == "Quotes"
    items = section.find_all("li", class_="quote-item")
    texts = [item.find("blockquote").text for item in items]
    assert any("We don’t know anything" in t for t in texts)
    links = [item.find("figcaption").find("a").attrs["href"] for item in items]
    assert all(link.startswith("/articles/") and "#p" in link for link in links)
    dates = [item.find("time").attrs["datetime"] for item in items if item.find_all("time")]
    assert dates == sorted(dates, reverse=True)


def test_quotes_page_lists_every_quotation_with_a_labelled_speaker_filter(seeds_site: Path) -> None:
    records = json.loads((seeds_site / "data" / "quotes.json").read_text(encoding="utf-8"))
    page = parse((seeds_site / "quotes" / "index.html").read_bytes())
    assert page.find("h1").text == "Quotes"
    select = page.find("select", id="quote-speaker")
    label = page.find("label", **{"for": "quote-speaker"})
    assert label.text == "Show quotations by"
    speakers = {r["speaker"] for r in records if r["speaker"]}
    assert {o.attrs["value"] for o in select.find_all("option")} == speakers | {""}
    items = page.find("ol", id="quote-list").find_all("li")
    assert sorted(i.attrs["id"] for i in items) == sorted(r["id"] for r in records)
    unattributed = {""} if any(not r["speaker"] for r in records) else set()
    assert {i.attrs["data-speaker"] for i in items} == speakers | unattributed
    scripts = [s.attrs["src"] for s in page.find_all("script") if s.attrs.get("src")]
    assert "/static/quotes.js" in scripts
    assert (seeds_site / "static" / "quotes.js").is_file()
    nav = [a.attrs["href"] for a in page.find("nav").find_all("a")]
    assert "/quotes/" in nav


@pytest.mark.slow
def test_an_article_quote_is_escaped_everywhere(tmp_path: Path) -> None:
    require_model()
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    site = tmp_path / "site"
    assert build_site(articles, site, "--no-search", cache_dir=tmp_path / "cache") == 0
    records = json.loads((site / "data" / "quotes.json").read_text(encoding="utf-8"))
    (record,) = records
    assert record["speaker_name"].endswith("Peskov")
    assert "<script>" in record["text"]  # the data keeps the text as written
    for page in ("quotes/index.html", f"entities/{record['speaker']}/index.html"):
        html = (site / page).read_text(encoding="utf-8")
        assert "<script>alert" not in html and "<b>bold" not in html
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    (url,) = [a["url"] for a in load_export(site, "articles")]
    article = (site / url / "index.html").read_text(encoding="utf-8")
    assert "<script>alert" not in article


def test_the_same_input_builds_the_same_quotes(seeds_site: Path, tmp_path: Path) -> None:
    require_model()
    again = tmp_path / "site"
    assert (
        build_site(Path(__file__).parent.parent / "seeds", again, "--no-search", "--no-cache") == 0
    )
    # (pages that load the search highlighter differ without search; these do not)
    for name in ("data/quotes.json", "quotes/index.html"):
        assert (again / name).read_bytes() == (seeds_site / name).read_bytes(), name
