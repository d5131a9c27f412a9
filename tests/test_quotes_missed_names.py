"""The sixth round of quote attribution rules: numbered labels for unnamed people, a
name the model missed after a cue, a body's name before a title and a person's, a
company the resolver split in two, two apostrophes typed as a closing mark. The articles
run through the real NLP model and resolver; their wording follows the ECB+ news the
rules were found on (the sixth blind set)."""

from __future__ import annotations

from pathlib import Path

from site_builder.quotes.companies import the_company
from site_builder.quotes.marks import find_marked
from site_builder.quotes.surnames import join_surnames

from .quoted_article import said


def test_a_numbered_juror_is_nobody_named_and_still_governs(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Two jurors spoke publicly at a news conference on Saturday.",
        "“Everyone was respectful, “said Juror No. 8, one of six women on the panel.",
        "“We were searching,” Juror No. 12 said.",
    )
    # "Juror No" is no one's name: both quotations shown, neither given a speaker
    assert quotes == [("Everyone was respectful,", None), ("We were searching,", None)]


def test_a_surname_the_model_missed_after_an_inverted_cue(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Golf-U.S. Masters champion Trevor Immelman has become the fourth South African "
        "to be awarded honorary life membership of the European Tour.",
        "“To become an honorary life member... is something extremely special,” added "
        "Immelman who follows in the footsteps of compatriots Gary Player and Ernie Els.",
    )
    # the names later in the sentence are whom he follows, not who speaks
    assert [speaker for _, speaker in quotes] == ["Trevor Immelman"]


def test_a_body_before_a_capitalised_title_and_a_name(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "“As the administration fades off into the sunset, it continues to take brazen "
        "pot shots at everything in sight,” said House Resources Committee Chairman Nick "
        "J. Rahall II, who said he would introduce legislation next year.",
    )
    # the committee is where the speaker works; the chairman speaks
    assert [speaker for _, speaker in quotes] == ["Nick J. Rahall II"]


def test_the_company_counts_a_short_and_a_full_name_together() -> None:
    names = {"kraft": "Kraft", "kraft-foods": "Kraft Foods", "acme": "Acme Widgets"}
    # named once each, the two are one company named twice: the full name speaks
    assert the_company(["kraft", "kraft-foods"], names) == "kraft-foods"
    # and still only when it is named at least twice as often as any other
    assert the_company(["kraft", "kraft-foods", "acme", "acme"], names) is None
    assert the_company(["kraft", "acme"], names) is None


def test_two_apostrophes_ending_a_paragraph_close_a_quotation() -> None:
    paragraphs = [
        "\"As I was running down the steps they were yelling, 'Oh, my God, there's three "
        "people shot! '''",
        '"This is a sad day for the company,” the company said in a statement.',
    ]
    marked = find_marked(paragraphs)
    # each paragraph holds one closed quotation; the first does not run into the second
    assert [(m.paragraph, m.opened, m.closed) for m in marked] == [(0, True, True), (1, True, True)]
    assert paragraphs[0][marked[0].start : marked[0].end].startswith("As I was running")


def test_a_surname_the_model_kept_apart_is_its_person() -> None:
    paragraphs = [
        "Bettie Page, the pin-up model, has died.",
        "Page later said she was puzzled by her effect on pop culture.",
        "Later, Page and Page Industries fell out with the Page Act.",
    ]
    linked = [
        (0, 0, 11, "bettie-page", "person"),
        (2, 7, 11, "page", "organization"),  # the surname as an organisation of its own
        (2, 16, 32, "page-industries", "organization"),
    ]
    unlinked = [(1, 0, 4, "ORG"), (2, 49, 53, "ORG")]  # "Page" untyped; "the Page Act"
    names = {"bettie-page": "Bettie Page", "page": "Page", "page-industries": "Page Industries"}
    joined, still = join_surnames(paragraphs, linked, unlinked, names, frozenset({"Page"}))
    assert (1, 0, 4, "bettie-page", "person") in joined
    assert (2, 7, 11, "bettie-page", "person") in joined
    assert (2, 16, 32, "page-industries", "organization") in joined  # another name
    assert still == [(2, 49, 53, "ORG")]  # "the Page Act" is no one
    # a one-word entity of the surname that the resolver typed a person joins as well
    as_person = [(2, 7, 11, "page", "person"), *linked[::2]]
    joined, _ = join_surnames(paragraphs, as_person, [], names, frozenset({"Page"}))
    assert (2, 7, 11, "bettie-page", "person") in joined
    # never when the model did not take the word alone for a person
    assert join_surnames(paragraphs, linked, unlinked, names, frozenset()) == (linked, unlinked)


def test_a_title_the_article_keeps_quoting_is_no_quotation(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Chris Weitz, who directed “The Golden Compass,” is negotiating to direct the "
        "cinematic sequel to “Twilight,” industry sources say.",
        "“Moon,” like “Twilight,” is based on the four-book series written by Stephenie Meyer.",
        "“Twilight” director Catherine Hardwicke was unable to reach a deal.",
        "The Reporter said “Moon,” which is expected to have a larger budget, has been "
        "tentatively tabbed with a late 2009 release date.",
    )
    # film titles, cited three times each, not words anyone said
    assert quotes == []
