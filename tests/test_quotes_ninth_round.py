"""Quotations the stage misread before its ninth round: a closing mark typed as an
opening one after a short term, a long title with its full stop inside the marks, a
ship's name taken for a person, a pronoun after a sentence opened by a name the model
missed, "the judge" among two judges, a surname a relative shares, and an inverted cue
after the end of a partial quotation's clause. The tests that need exact mention
offsets give them; the others run the real NLP model and resolver."""

from __future__ import annotations

from pathlib import Path

from site_builder.quotes import article_quotes
from site_builder.quotes.labels import is_name_like
from site_builder.quotes.marks import find_marked

from .quoted_article import said
from .test_quotes import article_of


def _pieces(paragraphs: list[str]) -> list[tuple[int, str]]:
    found = find_marked(paragraphs)
    return [(m.paragraph, paragraphs[m.paragraph][m.start : m.end]) for m in found]


def test_an_opening_mark_after_a_short_term_closes_it() -> None:
    paragraphs = [
        "Groups charge that the “midnight rules “set to go into effect are meant to gut the law.",
        "The regulations eliminate a requirement for review.",
        "“The administration is using this to go after wildlife,” said Janette Brimmer.",
    ]
    assert _pieces(paragraphs) == [
        (0, "midnight rules "),
        (2, "The administration is using this to go after wildlife,"),
    ]


def test_nor_does_it_close_a_longer_quotation() -> None:
    paragraphs = [
        "He said “we will see what happens next week “and then left.",
        "“Nothing more,” he said.",
    ]
    assert (0, "we will see what happens next week ") not in _pieces(paragraphs)


def test_a_long_title_with_its_full_stop_inside_the_marks_is_a_name() -> None:
    memoir = "A G-Man's Life: The FBI, `Deep Throat' and the Struggle for Honor in Washington."
    assert is_name_like(memoir, "“People will debate it,” Felt wrote in his 2006 memoir, ")
    assert is_name_like("The Notorious Bettie Page,", "")
    assert is_name_like("Nation's 50 Future Leaders Age 40 and Under.", "one of the ")


def test_a_sentence_someone_said_is_not_a_title() -> None:
    assert not is_name_like("I never returned any of his calls,", "")
    assert not is_name_like("Justice Has Been Served In This case.", "")
    # a chant in capitals is words someone shouted, not a title
    assert not is_name_like("WE WANT JUSTICE NOW!", "They chanted ")


def _mysore(paragraphs: list[str]) -> list[tuple[str, str | None]]:
    linked = [
        (p, t.index("INS Mysore"), t.index("INS Mysore") + 10, "ins-mysore", "person")
        for p, t in enumerate(paragraphs)
        if "INS Mysore" in t and "“" not in t
    ]
    quotes = article_quotes(
        article_of(paragraphs), linked, {"ins-mysore": "INS Mysore"}, {"ins-mysore": "person"}
    )
    return [(q.text, q.speaker) for q in quotes]


def test_a_ship_never_speaks() -> None:
    quotes = _mysore(
        [
            "“The sailors were exchanging fire with the pirates,” said an officer.",
            "INS Mysore then opened fire across the dhow's bows.",
            "“The pirates surrendered quite easily,” he said.",
        ]
    )
    assert quotes == [
        ("The sailors were exchanging fire with the pirates,", None),
        ("The pirates surrendered quite easily,", None),
    ]


def test_a_pronoun_after_a_sentence_a_missed_name_opens() -> None:
    paragraphs = [
        "Felt died on Thursday, said family friend John D. O'Connor.",
        "O'Connor said Thursday his friend appeared to be at peace.",
        "“What I saw was a person at peace,” he said.",
    ]
    full = paragraphs[0].index("John D. O'Connor")
    linked = [
        (0, 0, 4, "felt", "person"),
        (0, full, full + len("John D. O'Connor"), "oconnor", "person"),
    ]  # the model missed "O'Connor" in the second paragraph
    names = {"felt": "Mark Felt", "oconnor": "John D. O'Connor"}
    quotes = article_quotes(
        article_of(paragraphs), linked, names, {"felt": "person", "oconnor": "person"}
    )
    assert [(q.text, q.speaker) for q in quotes] == [
        ("What I saw was a person at peace,", "oconnor")
    ]


def test_nor_when_the_missed_name_is_nobody_the_article_knows() -> None:
    paragraphs = [
        "Felt died on Thursday, said family friend John D. O'Connor.",
        "Bernstein said Thursday his friend appeared to be at peace.",
        "“What I saw was a person at peace,” he said.",
    ]
    full = paragraphs[0].index("John D. O'Connor")
    linked = [
        (0, 0, 4, "felt", "person"),
        (0, full, full + len("John D. O'Connor"), "oconnor", "person"),
    ]
    names = {"felt": "Mark Felt", "oconnor": "John D. O'Connor"}
    quotes = article_quotes(
        article_of(paragraphs), linked, names, {"felt": "person", "oconnor": "person"}
    )
    assert [q.speaker for q in quotes] == [None]


_JUDGES = [
    "Superior Court Judge James Bodiford sentenced Brian Nichols on Saturday.",
    "In 2005 Nichols shot and killed Superior Court Judge Rowland Barnes in his courtroom.",
    "Nichols then fled downtown Atlanta and evaded the police overnight.",
    "Relatives of the victims wept in the courtroom as the sentences were read.",
]
_ADVICE = [
    "The judge offered advice for the prison guards who will handle Nichols:",
    "“Do not trust Mr. Nichols ever again, because he can not be trusted.”",
]


def test_the_judge_is_the_one_named_in_the_last_two_paragraphs(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        *_JUDGES,
        "“We need to learn from this tragedy,” said Bodiford.",
        *_ADVICE,
    )
    assert quotes[-1] == (
        "Do not trust Mr. Nichols ever again, because he can not be trusted.",
        "James Bodiford",
    )


def test_nor_when_neither_judge_was_named_lately(tmp_path: Path) -> None:
    quotes = said(tmp_path, *_JUDGES, *_ADVICE)
    assert [s for _, s in quotes] == [None]


_WIDOW = [
    "Nichols shot and killed federal agent David Wilhelm at a house he was renovating.",
    "The jury convicted Nichols of all the murders last month.",
]
_SAID_WILHELM = "“Nichols' parents raised an extremely evil person,” said Wilhelm."


def test_a_surname_a_relative_shares_names_no_speaker(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        *_WIDOW,
        "Wilhelm's widow, Candee, took aim at Nichols' parents after the sentencing.",
        _SAID_WILHELM,
    )
    assert quotes == [("Nichols' parents raised an extremely evil person,", None)]


def test_the_surname_alone_is_the_person_without_such_a_relative(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        *_WIDOW,
        "The agent's family took aim at Nichols' parents after the sentencing.",
        _SAID_WILHELM,
    )
    assert quotes == [("Nichols' parents raised an extremely evil person,", "David Wilhelm")]


def test_an_inverted_cue_after_a_partial_quotation_s_clause(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "President Barack Obama sidelined a plan to allow drilling off the coasts.",
        "“To make wise decisions based on sound information, we need to set aside” the "
        "plan, said new Interior Secretary Ken Salazar, who extended the comment period.",
    )
    assert quotes == [
        (
            "To make wise decisions based on sound information, we need to set aside",
            "Ken Salazar",
        )
    ]
