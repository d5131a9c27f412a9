"""News outlets as speakers (:mod:`site_builder.quotes.outlets`): "the paper said" after
the article named one outlet, a title the model cut short ("The Hollywood Reporter
wrote", its mention "Hollywood"), and a medium word before the name opening the clause
("Trade publication Variety saw …, writing that “…”"). Made-up wording after the ECB+
news the classes were found on; each class has a case where the rule must not apply
(two outlets named, "the paper" that is a document)."""

from __future__ import annotations

from pathlib import Path

from site_builder.quotes.article_text import Candidate
from site_builder.quotes.clauses import opens_clause
from site_builder.quotes.labels import is_name_like
from site_builder.quotes.outlets import complete_titles, editorial_of, is_outlet, the_outlet

from .quoted_article import said

NAMES = {"o1": "Eleftherotypia", "o2": "Kathimerini", "r": "Hollywood Reporter", "c": "Acme"}


def _org(p: int, text: str, name: str, entity: str) -> Candidate:
    start = text.index(name)
    return Candidate(p, start, start + len(name), entity, "organization", True)


def test_the_paper_is_the_one_outlet_named_before() -> None:
    lines = ["Centre-left daily Eleftherotypia warned of anger.", "“…,” the paper said."]
    orgs = [_org(0, lines[0], "Eleftherotypia", "o1")]
    assert the_outlet(lines, orgs, NAMES, "paper", 1, 6) == "o1"


def test_two_outlets_named_leave_the_paper_to_nobody() -> None:
    # must not apply: the paper may be either
    lines = [
        "Centre-left daily Eleftherotypia warned of anger, and the Kathimerini newspaper agreed.",
        "“…,” the paper said.",
    ]
    orgs = [_org(0, lines[0], "Eleftherotypia", "o1"), _org(0, lines[0], "Kathimerini", "o2")]
    assert the_outlet(lines, orgs, NAMES, "paper", 1, 6) is None


def test_a_paper_that_is_a_document_is_no_outlet() -> None:
    # must not apply: "the paper" is the research paper, whatever outlet is named
    lines = [
        "A paper published in Nature, reported by daily Eleftherotypia, found it.",
        "“…,” the paper said.",
    ]
    orgs = [_org(0, lines[0], "Eleftherotypia", "o1")]
    assert the_outlet(lines, orgs, NAMES, "paper", 1, 6) is None
    # a body with no word of news by it is no outlet
    line = "Acme said on Monday."
    assert not is_outlet([line], _org(0, line, "Acme", "c"), "Acme")


def test_an_outlet_is_told_by_its_title_or_a_medium_word() -> None:
    line = "The Kathimerini newspaper and the Hollywood Reporter wrote."
    assert is_outlet([line], _org(0, line, "Kathimerini", "o2"), "Kathimerini")
    assert is_outlet([line], _org(0, line, "Hollywood", "r"), "Hollywood Reporter")


def test_a_title_cut_short_gets_its_words_back() -> None:
    line = "“…,” trade magazine The Hollywood Reporter wrote."
    start = line.index("Hollywood")
    linked = [(0, start, start + 9, "r", "organization")]
    assert complete_titles([line], linked, NAMES) == [(0, start, start + 18, "r", "organization")]
    # must not apply: the next word is not the name's ("Hollywood Reporters wrote")
    other = line.replace("Reporter", "Reporters")
    assert complete_titles([other], linked, NAMES) == linked
    # nor to a place the resolver did not link to the outlet
    place = [(0, start, start + 9, "r", "place")]
    assert complete_titles([line], place, NAMES) == place


def test_a_medium_word_before_a_name_opens_its_clause() -> None:
    line = "Trade publication Variety saw the choice"
    assert opens_clause(line, 0, line.index("Variety"))
    assert not opens_clause("We saw Variety", 0, len("We saw "))


def test_a_short_title_ending_the_writers_sentence_is_a_name() -> None:
    assert is_name_like("New Moon.", "he is the candidate to direct")
    # must not apply: after a speech verb or "that" the words may be said
    assert not is_name_like("Thank You.", "he said")
    assert not is_name_like("Go Home.", "the crowd chanted that")


def test_the_paper_said_after_one_outlet(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Thousands marched through Athens on Wednesday against the budget cuts.",
        "The conservative newspaper Kathimerini warned that young Greeks would rise up.",
        "“If nothing is done, the anger will sweep everything away,” the paper said.",
    )
    assert quotes == [("If nothing is done, the anger will sweep everything away,", "Kathimerini")]


def test_the_paper_said_after_two_outlets_names_nobody(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Thousands marched through Athens on Wednesday against the budget cuts.",
        "The conservative newspaper Kathimerini and the daily Ta Nea warned of unrest.",
        "“If nothing is done, the anger will sweep everything away,” the paper said.",
    )
    assert quotes == [("If nothing is done, the anger will sweep everything away,", None)]


def test_the_hollywood_reporter_wrote(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "The comedian will host the awards show next year, organizers said on Friday.",
        "“Choosing her signals that the next show will have a very different tone,” trade "
        "magazine The Hollywood Reporter wrote.",
    )
    assert quotes == [
        (
            "Choosing her signals that the next show will have a very different tone,",
            "Hollywood Reporter",
        )
    ]


def test_trade_publication_variety_writing_that(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "The comedian will host the awards show next year, organizers said on Friday.",
        "Trade publication Variety saw the choice as a safe one, writing that the show "
        "“will put women in the driver's seat.”",
    )
    assert quotes == [("will put women in the driver's seat.", "Variety")]


def test_a_research_paper_said_stays_as_it_was(tmp_path: Path) -> None:
    # must not apply: the research paper is no outlet, though the daily was named
    quotes = said(
        tmp_path,
        "The conservative newspaper Kathimerini reported on the study on Monday.",
        "“The warming of the sea is faster than any model predicted,” a paper published "
        "in Nature said.",
        "“The trend will go on for decades,” the paper said.",
    )
    assert [speaker for _, speaker in quotes] == [None, None]


def test_an_editorial_speaks_for_its_outlet() -> None:
    line = "“…,” said an editorial in the conservative daily Eleftherotypia."
    assert editorial_of([line], _org(0, line, "Eleftherotypia", "o1"), "Eleftherotypia")
    # must not apply: a body that is no outlet, or a column rather than an editorial
    other = "“…,” said an editorial in the Acme."
    assert not editorial_of([other], _org(0, other, "Acme", "c"), "Acme")
    column = "“…,” said a column in the conservative daily Eleftherotypia."
    assert not editorial_of([column], _org(0, column, "Eleftherotypia", "o1"), "Eleftherotypia")


def test_said_an_editorial_in_the_daily(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Thousands marched through Athens on Wednesday against the budget cuts.",
        "“For four days, the country has surrendered itself to anarchy,” said an editorial "
        "in the conservative newspaper Kathimerini.",
    )
    assert quotes == [
        ("For four days, the country has surrendered itself to anarchy,", "Kathimerini")
    ]
