"""From the first runs of the Reuters sets reu175-reu180: a lower-case term the article
quotes again and again ("when issued" trading) is no quotation, whoever's sentence it
stands in; "the statement said" after "a State Department spokesman said in a statement"
is the department's; "it said" after "The company said …" or "…," said the group is that
body, not one named before it. The tests run the real NLP model and resolver on made-up
wording."""

from __future__ import annotations

from pathlib import Path

from .quoted_article import said


def test_a_term_quoted_again_and_again_is_no_quotation(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        'LONDON, April 3 - The Stock Exchange will permit "when issued" trading of gilts, '
        "dealers said.",
        'George Nissen said "when issued" trading was welcome. "It is a question of how, '
        'rather than whether," he told Reuters.',
        'The Bank said it was not opposed to "when issued" trading in principle.',
    )
    assert quotes == [("It is a question of how, rather than whether,", "George Nissen")]


def test_a_term_quoted_once_stays_a_quotation(tmp_path: Path) -> None:
    # guard: one quoted lower-case phrase after a cue is the speaker's word
    quotes = said(
        tmp_path,
        'George Nissen said "when issued" trading was welcome. "It is a question of how, '
        'rather than whether," he told Reuters.',
    )
    assert [speaker for _, speaker in quotes] == ["George Nissen"] * 2


def test_the_statement_of_a_body_s_spokesman(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "WASHINGTON, April 3 - The United States defended its sales of stockpiled tin.",
        '"The United States has continued to abide by the memorandum," a State Department '
        "spokesman said in a statement.",
        '"The views of the producing countries have been taken into account," the statement said.',
    )
    assert [speaker for _, speaker in quotes] == ["State Department"] * 2


def test_it_after_the_company_said(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "NEW YORK, April 3 - Acme Corp reported higher profits on Friday.",
        "The company said sales rose 10 pct in the quarter.",
        '"We are pleased with the results," it said.',
    )
    assert quotes == [("We are pleased with the results,", "Acme Corp")]


def test_it_after_a_description_no_name_tells(tmp_path: Path) -> None:
    # the group is not Google, whom the article named before it: nobody rather than Google
    quotes = said(
        tmp_path,
        "Google has been accused by Reporters Without Borders of censoring news in China.",
        '"China is censoring Google News to force users to use the Chinese version," said '
        'the group in a statement. "Google has let itself be used by Beijing," it said.',
    )
    assert [speaker for _, speaker in quotes] != ["Google"] * 2
    assert quotes[1] == ("Google has let itself be used by Beijing,", None)


def test_it_after_the_daily_said(tmp_path: Path) -> None:
    # "the official People's Daily" is no person for its "official", and "The daily"
    # opening a sentence is no outlet's name the model missed
    quotes = said(
        tmp_path,
        "PEKING, April 3 - Prices rose too fast last year, officials said.",
        "This view was reflected by the official People's Daily in a major article this "
        "week. The daily said price increases had been too quick.",
        '"In future, price changes should be only in small steps," it said.',
    )
    assert quotes == [("In future, price changes should be only in small steps,", "People's Daily")]


def test_an_unnamed_official_whose_speech_verb_comes_after_another(tmp_path: Path) -> None:
    # "one senior banking official blamed … and said …": the official is who "he" means
    quotes = said(
        tmp_path,
        "WARSAW, March 3 - Deputy Minister Wladyslaw Baka said the U.S. had a role.",
        "Putting it more sharply, one senior banking official blamed Washington for "
        "obstructing talks with the World Bank, IMF and Paris Club in recent years and said "
        "it should now play a more positive role.",
        '"As a major superpower the United States can influence international '
        'organisations," he said.',
    )
    assert quotes == [
        ("As a major superpower the United States can influence international organisations,", None)
    ]
