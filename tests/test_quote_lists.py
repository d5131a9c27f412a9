"""Quotations at scale: when the quotes page cannot show them all, every quotation is
still listed, once, in its speaker's list (or the list of those without a speaker)."""

from __future__ import annotations

import pytest

from site_builder.config import Config
from site_builder.models import Quote
from site_builder.render import quotes as quotes_module

from .html_tree import Element, parse
from .small_site import ukraine_site
from .test_render import render_pages

# (article, paragraph, words quoted, speaker)
QUOTED = [
    ("talks-in-kyiv", 0, "The talks went well", "olena-petrenko"),
    ("talks-in-kyiv", 1, "would meet again", "olena-petrenko"),
    ("berg-in-kyiv", 0, "welcomed the visit", "jens-berg"),
    ("an-old-story", 0, "She left", "olena-petrenko"),
    ("undated-note", 0, "Nobody knows which Friday", None),
]


def _site_with_quotes() -> tuple[object, list[Quote]]:
    site = ukraine_site()
    articles = {a.id: a for a in site.articles}
    made = []
    for n, (article_id, paragraph, words, speaker) in enumerate(QUOTED, 1):
        start = articles[article_id].paragraphs[paragraph].text.index(words)
        made.append(
            Quote(
                f"{article_id}-q{n}",
                article_id,
                paragraph,
                start,
                start + len(words),
                words,
                speaker,
                "said",
                "partial",
            )
        )
    site.quotes = tuple(made)
    return site, made


def _ids(page: Element) -> list[str]:
    return [li.attrs["id"] for li in page.find_all("li", class_="quote-item")]


def test_every_quotation_is_in_one_complete_list_when_the_page_cannot_hold_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(quotes_module, "ENTITY_QUOTES", 1)
    monkeypatch.setattr(quotes_module, "QUOTES_PER_LIST_ITEM", 1)
    site, made = _site_with_quotes()
    files = render_pages(site, Config(page_size=2))  # 2 quotations to a list page
    pages = {p: parse(data) for p, data in files.items() if p.endswith(".html")}

    front = pages["quotes/index.html"]
    assert len(_ids(front)) == 2  # the newest only
    assert front.find_all("select", id="quote-speaker") == []  # it would filter 2 of 5
    every = front.find("section", **{"aria-labelledby": "speakers"})
    links = {a.text: a.attrs["href"] for a in every.find_all("a")}
    assert links == {
        "Olena Petrenko": "/entities/olena-petrenko/quotes/",  # 3: more than her page shows
        "Jens Berg": "/entities/jens-berg/#quotes-heading",  # 1: all on his page
        "Speaker not clear": "/quotes/unattributed/",
    }

    # Olena Petrenko's page shows her newest and links to all of them, in two pages
    olena = pages["entities/olena-petrenko/index.html"]
    section = olena.find("section", **{"aria-labelledby": "quotes-heading"})
    assert len(_ids(section)) == 1
    assert section.find("a", href="/entities/olena-petrenko/quotes/").text == "All of them"
    listed = _ids(pages["entities/olena-petrenko/quotes/index.html"]) + _ids(
        pages["entities/olena-petrenko/quotes/2/index.html"]
    )
    assert listed == [q.id for q in made if q.speaker == "olena-petrenko"]  # newest first

    # each quotation once, in the list that holds it in full
    complete = (
        listed
        + _ids(pages["entities/jens-berg/index.html"])
        + _ids(pages["quotes/unattributed/index.html"])
    )
    assert sorted(complete) == sorted(q.id for q in made)
    assert not any(p.startswith("entities/jens-berg/quotes/") for p in pages)


def test_a_small_archive_lists_every_quotation_on_the_quotes_page() -> None:
    site, made = _site_with_quotes()
    files = render_pages(site, Config())
    front = parse(files["quotes/index.html"])
    assert sorted(_ids(front)) == sorted(q.id for q in made)
    assert front.find_all("select", id="quote-speaker")
    assert not any(p.startswith("quotes/unattributed/") for p in files)
    olena = parse(files["entities/olena-petrenko/index.html"])
    assert olena.find("a", href="/quotes/?speaker=olena-petrenko").text == "On the quotes page"
