"""Quotations the stage gave the wrong speaker or none before its thirtieth round, found
on the twenty-ninth blind set: a closing mark the writer left out before the speaker's
name ("“It's important to reiterate that … are affected, Tyler Reguly, technical
manager …, says."), read as a quotation running on into the next paragraphs and given
to the analyst quoted before, with the "He adds, “…”" after it. The tests run the real
NLP model and resolver, on made-up wording that follows the ECB+ news the rule was found
on, with cases where the rule must not apply."""

from __future__ import annotations

from pathlib import Path

from site_builder.quotes.marks import find_marked
from site_builder.quotes.unclosed_cue import cue_left_open

from .quoted_article import said


def test_a_quotation_left_open_before_its_speakers_name_is_theirs(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Martin Hale, an analyst with Northgate Security, says the flaw is serious.",
        "“The bad news is that every version of the browser is affected,” Hale says.",
        "“It is important to stress that every version of the browser is affected, Laura "
        "Brenner, head of research at Quillfield Labs, says.",
        "“Since attacks are happening now, everyone should install the update today.”",
        "She adds, “For less technical users, another browser is the best option.”",
    )
    assert quotes == [
        ("The bad news is that every version of the browser is affected,", "Martin Hale"),
        (
            "It is important to stress that every version of the browser is affected",
            "Laura Brenner",
        ),
        (
            "Since attacks are happening now, everyone should install the update today.",
            "Laura Brenner",
        ),
        ("For less technical users, another browser is the best option.", "Laura Brenner"),
    ]


def test_a_quotation_running_on_keeps_its_paragraphs(tmp_path: Path) -> None:
    # the rule must not apply: the paragraph left open ends on the speaker's own words,
    # with no name and speech verb, so the quotation runs on to its closing mark
    quotes = said(
        tmp_path,
        "Martin Hale, an analyst with Northgate Security, spoke on Tuesday.",
        "“The bad news is that every version of the browser is affected, and the attacks "
        "are spreading,” Hale said. “Users should act now, before the weekend.",
        "“Nobody should wait for the monthly update this time.”",
    )
    assert [speaker for _, speaker in quotes] == ["Martin Hale"] * len(quotes)
    assert any(text.startswith("Nobody should wait") for text, _ in quotes)


def test_where_a_quotation_left_open_ends() -> None:
    text = (
        "“It is important to stress that all versions are affected, Laura Brenner, head of "
        "research, says."
    )
    cut = cue_left_open(text, 1)
    assert cut is not None and text[1:cut].endswith("all versions are affected")
    # a pronoun is the speaker's own word inside the quotation; a phrase is too short
    # to tell the writer's comma from the speaker's; and the verb must end the paragraph
    assert cue_left_open("“We will fix it for everyone soon, We said.", 1) is None
    assert cue_left_open("“very bad, Laura Brenner says.", 1) is None
    assert (
        cue_left_open("“It is important that all are affected, Laura Brenner says it.", 1) is None
    )
    # as found: the piece closes at the comma and the next paragraph opens anew
    marked = find_marked([text, "“Install the update today.”"])
    assert [(m.paragraph, m.opened, m.closed) for m in marked] == [(0, True, True), (1, True, True)]


def test_the_blog_speaks_for_the_one_it_belongs_to(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "In a post on its security blog, Microsoft says the flaw lets an attacker take "
        "control of a computer.",
        "The blog adds, “Only a small number of targeted attacks have been reported so "
        "far, but every version may be affected.”",
    )
    assert quotes == [
        (
            "Only a small number of targeted attacks have been reported so far, but every "
            "version may be affected.",
            "Microsoft",
        )
    ]


def test_a_blog_whose_owner_is_unclear_speaks_for_nobody(tmp_path: Path) -> None:
    # the rule must not apply: the article names two blogs of two owners, or a blog
    # with no name beside it
    two = said(
        tmp_path,
        "In a post on its security blog, Microsoft says the flaw is serious.",
        "Google also wrote about the attacks on its own blog on Tuesday.",
        "The blog adds, “Only a small number of targeted attacks have been reported so "
        "far, but every version may be affected.”",
    )
    unnamed = said(
        tmp_path,
        "A popular technology blog reported the flaw on Monday morning.",
        "The blog adds, “Only a small number of targeted attacks have been reported so "
        "far, but every version may be affected.”",
    )
    assert [speaker for _, speaker in two + unnamed] == [None, None]
