"""A company's name the small model cuts in two is linked to the page of the whole name
the archive also writes: "Standard and Poor's Corp" after a dateline's dash loses its
first word to the date ("June 19 - Standard") and leaves a page "Poor's Corp"; "Moody's
said" loses its possessive and leaves a page "Moody" beside "Moody's Investors Service
Inc" (2,139 Reuters stories of 1987: pages of 26 and 40 mentions). Invented names the
model reads the same way; real model and resolver."""

from __future__ import annotations

from pathlib import Path

from test_resolve import by_name, entity_of, resolve_texts

ARCHIVE = {
    "a": ["NEW YORK, June 19 - Fitch and Barlow Corp said it lowered the ratings."],
    "b": [
        "Varney's Investors Service Inc rated the notes B-3.",
        "The notes were given an A grade by Fitch and Barlow Corp.",
    ],
    "c": ["Varney's said it expects the company to recover by the autumn."],
}


def test_the_parts_of_a_cut_name_link_to_the_whole(model, tmp_path: Path) -> None:
    res, arts, ex = resolve_texts(ARCHIVE, tmp_path)
    names = [e.name for e in res.entities]
    whole = next(e for e in res.entities if e.name.startswith("Fitch and Barlow"))
    assert entity_of(res, arts, ex, "a", "Barlow Corp") is whole
    varney = by_name(res, "Varney's Investors Service Inc")
    assert entity_of(res, arts, ex, "c", "Varney") is varney
    assert "Barlow Corp" not in names and "Varney" not in names
    assert "Barlow Corp" not in whole.aliases  # a piece is no name of the page's
    assert "Varney" in varney.aliases  # "Varney's" is


def test_a_cut_name_never_written_whole_keeps_its_reading(model, tmp_path: Path) -> None:
    res, _, _ = resolve_texts({"a": ARCHIVE["a"], "c": ARCHIVE["c"]}, tmp_path)
    names = [e.name for e in res.entities]
    assert not any(n.startswith("Fitch and Barlow") for n in names)
    assert "Varney" in names


def test_a_possessive_part_is_no_person_whose_name_ends_in_s(model, tmp_path: Path) -> None:
    # reu5070 read with the BBC sets: "Marine Midland NA's Walsh" linked "NA" to the
    # rapper Nas, the word and its possessive run together; only an organisation's name
    # is the whole (so was "Cairn's" of Cairn Energy on a Stephen Cairns's page)
    texts = {
        "rap": [
            "In an interview on Saturday, the rapper said he would not turn on his rivals. "
            '"Nas is one of my friends," he said.',
            "Nas released a new album in March.",
        ],
        "dollar": [
            '"So far the group has been a roaring success," said James Walsh, financial '
            "markets economist at Marine Midland Bank NA.",
            '"The market was surprised that the Fed showed its face so soon," said Marine '
            "Midland NA's Walsh.",
        ],
    }
    res, arts, ex = resolve_texts(texts, tmp_path)
    assert entity_of(res, arts, ex, "dollar", "NA") is not by_name(res, "Nas")


def test_a_company_cut_before_a_place_and_its_legal_form_is_no_place(model, tmp_path: Path) -> None:
    # the model takes "First" with the dateline's date and cuts "City Bancorp" from "of
    # Texas Inc": with their legal forms dropped, the tails' keys are the places' (Reuters
    # archive: twelve such tails on the pages of six places)
    texts = {
        "a": ["CHICAGO, June 19 - First Chicago Corp said it would raise its loan reserve."],
        "b": ["HOUSTON, June 19 - First City Bancorp of Texas Inc said it sold a branch."],
        "c": ["Banks in Chicago and Texas lent more in May."],
    }
    res, arts, ex = resolve_texts(texts, tmp_path)
    for article, tail, place in (("a", "Chicago Corp", "Chicago"), ("b", "Texas Inc", "Texas")):
        page = by_name(res, place)
        assert page.type == "place"
        assert tail in [m.text for m in ex[article].mentions]  # the model's cut, as read
        assert entity_of(res, arts, ex, article, tail) is not page
        assert tail not in page.aliases


def test_a_cut_body_joins_its_name_without_the_country_or_by_its_acronym(
    model, tmp_path: Path
) -> None:
    # "U.S. Securities" / "Exchange Commission": the whole is written elsewhere without
    # "U.S." (a), or is named by the acronym in brackets right after it (c); a list's
    # "Indonesia and Papua New Guinea (PNG)" keeps Indonesia its own
    texts = {
        "a": ["The Securities and Exchange Commission approved the rule on Monday."],
        "b": ["The U.S. Securities and Exchange Commission said it would study the trading."],
        "c": [
            "A report by the U.S. Securities and Exchange Commission (SEC) concluded that "
            "index trading was not to blame.",
            "Tonnages of beans from Malaysia, Indonesia and Papua New Guinea (PNG) depressed "
            "prices.",
        ],
    }
    res, arts, ex = resolve_texts(texts, tmp_path)
    sec = next(e for e in res.entities if e.name == "Securities and Exchange Commission")
    for article in ("b", "c"):
        cut = [m.text for m in ex[article].mentions]
        assert "U.S. Securities" in cut and "Exchange Commission" in cut  # as the model cut
        assert entity_of(res, arts, ex, article, "U.S. Securities") is sec
        assert entity_of(res, arts, ex, article, "Exchange Commission") is sec
    assert by_name(res, "Indonesia").type == "place"
    assert entity_of(res, arts, ex, "c", "Indonesia") is by_name(res, "Indonesia")
    assert "U.S. Securities" not in [e.name for e in res.entities]
