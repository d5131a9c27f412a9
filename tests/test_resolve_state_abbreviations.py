"""A wire's abbreviated US states ("BOSTON, Mass., June 19", "MIDLAND, MICH., Oct 20") are
the states, named in full: on 2,139 Reuters stories of 1987 (NEWIDs from 19001, none of
the quotation sets') "Mass." (58 mentions), "Pa." (24), "N.C." (17) had pages of their
own beside Massachusetts, Pennsylvania and North Carolina. Only with the full stop:
"Mass", "Miss" or "Ill" alone are words or a title. Real model and resolver."""

from __future__ import annotations

from pathlib import Path

from test_resolve import resolve_texts


def _pages(texts: dict[str, list[str]], tmp_path: Path) -> dict[str, tuple[str, set[str]]]:
    res, _, _ = resolve_texts(texts, tmp_path)
    return {e.name: (e.type, set(e.aliases)) for e in res.entities}


def test_an_abbreviated_state_is_the_state(model, tmp_path: Path) -> None:
    pages = _pages(
        {
            "a": ["BOSTON, Mass., June 19 - Gillette Co said it would buy back shares."],
            "b": ["MIDLAND, MICH., Oct 20 - Dow Chemical Co said it expects a record year."],
            "c": ["Massachusetts and Michigan lawmakers met on Tuesday to discuss taxes."],
        },
        tmp_path,
    )
    assert pages["Massachusetts"][0] == "place" and "Mass." in pages["Massachusetts"][1]
    assert "MICH" in pages["Michigan"][1]
    assert "Mass." not in pages and "MICH" not in pages


def test_the_word_without_the_full_stop_is_no_state(model, tmp_path: Path) -> None:
    pages = _pages(
        {"a": ["Catholics in Boston attended Mass on Sunday, the archdiocese said."]},
        tmp_path,
    )
    assert "Massachusetts" not in pages
