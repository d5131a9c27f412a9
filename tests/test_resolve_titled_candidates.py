"""A name the model missed after a title ("Cardinal Cormac Murphy O'Connor, the
Archbishop of Westminster, backed …") is a person's: the title is no word of the name
(a peer's, a knight's or a royal one stays: "Lord", "Sir", "King"), and an Irish or
Scottish surname ("O'Connor", "McBride") is written as a name's word."""

from __future__ import annotations

from pathlib import Path

from test_extract import mention_labels
from test_resolve import resolve_texts

from site_builder.resolve.speakers import _plain_word

STORY = [
    "Tony Blair has said abortion should not become an election issue.",
    "Mr Blair's spokesman said the church's view was well known. His words came as "
    "Cardinal Cormac Murphy O'Connor, the Archbishop of Westminster, backed the Tory "
    "stance. In a statement, he said abortion was a “very key issue” for voters.",
]


def test_a_title_opening_a_missed_name_is_left_out(model, tmp_path: Path) -> None:
    names = mention_labels(tmp_path, STORY)
    assert "Cormac Murphy O'Connor" in names
    assert "Cardinal Cormac Murphy O'Connor" not in names


def test_irish_and_scottish_surnames_are_names_words() -> None:
    for word in ("O'Connor", "O’Brien", "McBride", "MacLeod", "Smith", "Müller"):
        assert _plain_word(word), word
    for word in ("OConnor", "MCBRIDE", "iPhone", "O'"):
        assert not _plain_word(word), word


def test_the_missed_cardinal_has_a_page(model, tmp_path: Path) -> None:
    res, _, _ = resolve_texts({"abortion": STORY}, tmp_path)
    assert "Cormac Murphy O'Connor" in {e.name for e in res.entities if e.type == "person"}
