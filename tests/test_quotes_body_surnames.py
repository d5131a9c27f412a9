"""A surname the resolver linked to a body whose longer name holds it ("said Wagner"
linked to "Wagner Group" where the article quotes Allan Wagner): a later "he" still finds
the person; and "In his opinion, “…”" as a lead whose possessive is the speaker."""

from __future__ import annotations

from pathlib import Path

from site_builder.quotes.article_text import ArticleText, Candidate
from site_builder.quotes.pronouns import Pronouns

from .quoted_article import said

PARAGRAPHS = [
    "Martin Kessler presented the institute's report in Lima on Monday.",
    "The report runs to four hundred pages.",
    "Its tables cover every trade route of the region.",
    "Kessler, for one, does not fear a split between the blocs.",
    "He made it clear that the merger will take years.",
]


def pronouns(body_name: str) -> Pronouns:
    """The pronouns of PARAGRAPHS, where "Kessler" of paragraph 3 is linked to a body."""
    candidates = [
        Candidate(0, 0, 14, "martin-kessler", "person", True),
        Candidate(3, 0, 7, "kessler-body", "organization", True),
    ]
    text = ArticleText(PARAGRAPHS, [], candidates)
    names = {"martin-kessler": "Martin Kessler", "kessler-body": body_name}
    types = {"martin-kessler": "person", "kessler-body": "organization"}

    def person(words: str, whole: bool) -> str | None:
        return "martin-kessler" if words == "Kessler" else None

    return Pronouns(text, names, types, {}, [], person)


def test_a_surname_linked_to_a_longer_body_is_the_person() -> None:
    assert pronouns("Kessler Group").resolve(4, 0, "he") == "martin-kessler"


def test_a_body_called_by_its_own_name_is_no_person() -> None:
    assert pronouns("Kessler").resolve(4, 0, "he") is None


def test_in_her_view_gives_the_quotation_to_her(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Former minister Dora Salas spoke in Quito on Monday.",
        "“We cannot begin from square one,” she said.",
        "In her view, “the region is going back to its original vision.”",
    )
    assert quotes[-1] == ("the region is going back to its original vision.", "Dora Salas")
