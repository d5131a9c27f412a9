"""Cues the quotes stage misread before its eighth round: a name in a sentence's opening
clause taken for its subject ("Asked if Ortiz …, Waldie said"), a name a colon ends
(``leads.py``), a short phrase of time before a quotation that carries on reported
speech, "a statement from X", a name running into a quotation mark, and a title whose
comma stands inside the marks. The articles of the first four run through the real NLP
model and resolver; the last two need exact mention offsets, so they give them."""

from __future__ import annotations

from pathlib import Path

from site_builder.quotes import article_quotes

from .quoted_article import said
from .test_quotes import article_of


def test_a_name_in_an_opening_clause_is_not_the_subject(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Deputy Jerry Ortiz was shot dead on Friday in Hawaiian Gardens.",
        "Undersheriff Larry Waldie said Ortiz had arrived for work early that day.",
        "Asked if Ortiz might have lived had his partner been with him, Waldie said there "
        "was no way to know.",
        "“There might have been two people killed,” he said.",
    )
    assert quotes == [("There might have been two people killed,", "Larry Waldie")]


def test_a_name_in_an_opening_participle_clause_is_not_the_subject(tmp_path: Path) -> None:
    # the subject after the comma may carry a title ("Mr Levy"); the band in the clause
    # is no rival for the "he" of the next sentence
    quotes = said(
        tmp_path,
        "Alan Lever, chief executive of Meridian Music, described the year as “disappointing”.",
        "Commenting on the delay to the new albums by Coldplay and Gorillaz, Mr Lever said "
        "that “making music is not an exact science”. “While this delay is disappointing, "
        "it does not change my view of the industry,” he added.",
    )
    assert [speaker for _, speaker in quotes][-2:] == ["Alan Lever", "Alan Lever"]


def test_a_name_a_colon_ends_introduces_the_quotation(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Expect endless earthquake experts in the papers tomorrow, such as the geologist "
        "Dr Azm Al Homoud:",
        "“We should stop saying the Emirates are not in an earthquake prone area.”",
    )
    assert len(quotes) == 1
    assert (quotes[0][1] or "").endswith("Homoud")


def test_any_name_a_colon_ends_does_not(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Judge James Bodiford sentenced Brian Nichols on Saturday.",
        "The court offered advice for the prison guards who will handle Nichols:",
        "“Do not trust this man ever again, because he can not be trusted.”",
    )
    assert [s for _, s in quotes] == [None]


def test_a_short_phrase_of_time_does_not_stop_reported_speech(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Bob Currie, 66, a resident of the condominiums, said that in the morning he saw a "
        "police car blocking the drive-up window.",
        "He said the bank was evacuated at 1:30 p.m. and he saw people leaving it.",
        "Later in the afternoon, “I went back to my computer and all of a sudden heard "
        "this loud boom.”",
    )
    assert quotes == [
        (
            "I went back to my computer and all of a sudden heard this loud boom.",
            "Bob Currie",
        )
    ]


def test_a_statement_from_a_body_speaks_for_it(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "A fire destroyed the supermarket on Friday night.",
        "A statement from Waitrose said damage to the building had been extensive.",
        "“We regret any inconvenience caused to our staff and the wider community,” it added.",
    )
    assert quotes == [
        ("We regret any inconvenience caused to our staff and the wider community,", "Waitrose")
    ]


def test_a_name_running_into_a_quotation_mark_never_speaks() -> None:
    text = (
        "The church promoted a Focus on the Family “Love Won Out Conference” in Anchorage. "
        "It promised to “help men and women who are unhappy with their lives change them”."
    )
    start = text.index("Focus")
    end = text.index(" in Anchorage") - 1  # the model's name, cut before the closing mark
    linked = [(0, start, end, "conference", "organization")]
    quotes = article_quotes(
        article_of([text]), linked, {"conference": text[start:end]}, {"conference": "organization"}
    )
    assert [(q.text, q.speaker) for q in quotes] == [
        ("help men and women who are unhappy with their lives change them", None)
    ]


def test_a_title_with_the_sentence_s_comma_inside_the_marks_is_a_name() -> None:
    text = (
        "Laurence Mark said Jackman was walking a red carpet in Berlin for his current "
        "film, the epic “Australia,” and was unavailable."
    )
    answer = "“Absolutely,” Laurence Mark said."
    linked = [
        (p, t.index("Laurence Mark"), t.index("Laurence Mark") + 13, "mark", "person")
        for p, t in enumerate((text, answer))
    ]
    quotes = article_quotes(
        article_of([text, answer]), linked, {"mark": "Laurence Mark"}, {"mark": "person"}
    )
    # the film's name is not shown; a one-word answer with its cue still is
    assert [(q.text, q.speaker) for q in quotes] == [("Absolutely,", "mark")]


def test_a_first_person_quotation_after_a_person_s_sentence_is_theirs(
    tmp_path: Path,
) -> None:
    quotes = said(
        tmp_path,
        "North Carolina coach Roy Williams watched the game from the bench.",
        "Williams agreed.",
        "“I said we should focus on guarding somebody, and I was glad it was over.”",
    )
    assert quotes == [
        ("I said we should focus on guarding somebody, and I was glad it was over.", "Roy Williams")
    ]


def test_nor_when_the_sentence_names_two_people(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "The team won its eighth straight game on Thursday night.",
        "Roy Williams hugged Tyler Hansbrough after the game.",
        "“I said we should focus on guarding somebody, and I was glad it was over.”",
    )
    assert [s for _, s in quotes] == [None]


def test_a_given_name_kept_apart_is_its_one_person() -> None:
    paragraphs = [
        "So here was Bettie Page, a woman known only for her pictures.",
        "I was about to meet a woman who had been wronged for years.",
        "I had read every book about the fifties that I could find.",
        "I was wrong.",
        "Bettie never presented herself as a victim of anyone.",
        "“God created us naked,” she said.",
    ]
    linked = [
        (0, paragraphs[0].index("Bettie Page"), paragraphs[0].index(","), "page", "person"),
        (4, 0, 6, "bettie", "organization"),  # the given name, typed and linked apart
    ]
    names = {"page": "Bettie Page", "bettie": "Bettie"}
    types = {"page": "person", "bettie": "organization"}
    quotes = article_quotes(article_of(paragraphs), linked, names, types)
    assert [(q.text, q.speaker) for q in quotes] == [("God created us naked,", "page")]


def test_a_given_name_two_people_share_is_nobody_s() -> None:
    paragraphs = [
        "Bettie Page and Bettie Smith met in New York in 1950.",
        "I was about to meet a woman who had been wronged for years.",
        "I had read every book about the fifties that I could find.",
        "I was wrong.",
        "Bettie never presented herself as a victim of anyone.",
        "“God created us naked,” she said.",
    ]
    linked = [
        (0, 0, 11, "page", "person"),
        (0, 16, 28, "smith", "person"),
        (4, 0, 6, "bettie", "organization"),
    ]
    names = {"page": "Bettie Page", "smith": "Bettie Smith", "bettie": "Bettie"}
    types = {"page": "person", "smith": "person", "bettie": "organization"}
    quotes = article_quotes(article_of(paragraphs), linked, names, types)
    assert [q.speaker for q in quotes] == [None]


def test_a_coordinated_cue_s_subject_may_be_a_pronoun(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Vincent Gigante pleaded guilty to obstruction of justice in April 2003.",
        "At that hearing, he chatted amiably with his son, shook hands with defense lawyers "
        "and said “God bless you, sir” to the judge.",
    )
    assert quotes == [("God bless you, sir", "Vincent Gigante")]


def test_a_pronoun_s_other_forms_carry_it_back(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Internet traffic was hit as well, according to Danny McPherson, chief security "
        "officer with Arbor Networks.",
        "His company's sensors reported that 5,000 routes in the region were off-line.",
        "These routes are the equivalent of dialing prefixes for the whole region.",
        "“It's significant that it was lost in the middle of a business day,” he said.",
    )
    assert quotes == [
        ("It's significant that it was lost in the middle of a business day,", "Danny McPherson")
    ]
