"""Quotations the stage left without a speaker or showed wrongly before its twenty-ninth
round, found on the twenty-eighth blind set: a later "he" of a sentence whose first "he"
already meant its subject, with another man named between ("Judge X told the court that
he weighed … the slaying of Deputy Y …, and he concluded that the case “…”"); a
quotation after a line of reported words whose cue comes last ("He is a very
approachable person …, said Sean B. Tipton, spokesman for …" / "“…”"); and a name
shown as a quotation after "known as the" ("a MacArthur Fellowship, commonly known as
the “genius grant.”"). The tests run the real NLP model and resolver, on made-up
wording that follows the ECB+ news the rules were found on; each class has a case where
the rule must not apply."""

from __future__ import annotations

import re
from pathlib import Path

from site_builder.quotes.labels import is_name_like
from site_builder.quotes.paraphrase_leads import inverted_cue
from site_builder.quotes.repeated_pronoun import first_same_pronoun, opens_sentence

from .quoted_article import said


def test_a_later_he_goes_on_meaning_the_subject_its_first_he_meant(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Judge Martin Keller told a crowded courtroom on Friday that he had weighed every "
        "factor in the killing of Deputy Ray Dunn in 2019, and he concluded that the case "
        "“plainly calls for the longest sentence the law allows.”",
    )
    assert quotes == [("plainly calls for the longest sentence the law allows.", "Martin Keller")]


def test_two_men_named_before_the_first_he_leave_it_unclear(tmp_path: Path) -> None:
    # the rule must not apply: the first "he" may mean either man
    quotes = said(
        tmp_path,
        "Judge Martin Keller told Ray Dunn on Friday that he had weighed every factor in "
        "the case, and he concluded that it “plainly calls for the longest sentence the "
        "law allows.”",
    )
    assert quotes == [("plainly calls for the longest sentence the law allows.", None)]


def test_which_he_opens_the_sentence_and_who_opens_it() -> None:
    line = "Judge Martin Keller told the court that he weighed it, and he concluded"
    later = line.rindex("he concluded")
    assert first_same_pronoun(line, 0, later, "he") == line.index("he weighed")
    assert first_same_pronoun(line, 0, line.index("he weighed"), "he") is None
    assert opens_sentence(line, 0, line.index("Martin"))
    assert not opens_sentence("After the hearing, Martin Keller said", 0, 19)


def test_a_quotation_after_reported_words_with_the_cue_last(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Lena Ortiz has run the clinic on Main Street in Dayton since 2004.",
        "She is a careful and patient listener who never rushes her patients, said Paul "
        "Greer, director of the county health board.",
        "“She has a gift for making people feel heard, and they come back for it.”",
    )
    assert quotes == [
        ("She has a gift for making people feel heard, and they come back for it.", "Paul Greer")
    ]


def test_the_usual_subject_before_the_verb_still_speaks(tmp_path: Path) -> None:
    # the rule must not apply: the cue's subject stands before it
    quotes = said(
        tmp_path,
        "Lena Ortiz has run the clinic on Main Street in Dayton since 2004.",
        "Paul Greer, director of the county health board, said she is a careful listener.",
        "“She has a gift for making people feel heard, and they come back for it.”",
    )
    assert quotes == [
        ("She has a gift for making people feel heard, and they come back for it.", "Paul Greer")
    ]


def test_what_counts_as_a_cue_after_its_reported_words() -> None:
    def cue(line: str, names_before: int = 0) -> bool:
        verb = re.search(r"\b(?:said|according to)\b", line)
        assert verb is not None
        return inverted_cue(line, 0, verb, names_before)

    assert cue("He is a careful listener who never rushes anyone, said Paul Greer, director.")
    assert cue("The plan will cost the town dearly in the end, said Greer.")
    # a name before the verb is its subject; a verb after the name is a clause of its own
    assert not cue("Greer, the director of the board, said Lena Ortiz was right.", 1)
    assert not cue("The plan will cost the town dearly in the end, said Greer was wrong.")
    # too short to be reported words, and "according to" is read the usual way
    assert not cue("Later, said Greer.")
    assert not cue("The plan will cost the town dearly in the end, according to Greer.")


def test_a_name_after_known_as_the_is_no_quotation() -> None:
    before = "including a MacArthur Fellowship in 2008, commonly known as the "
    assert is_name_like("genius grant.", before)
    assert is_name_like("people's princess", "she was widely referred to as the ")
    # the rule must not apply: an article after a speaker's verb, not after "known as"
    assert not is_name_like("a cold-blooded, vicious murder.", "Keller called the killing ")
    assert not is_name_like("worst deal in a generation,", "he said the plan was the ")


def test_known_as_a_is_judged_as_before() -> None:
    # the rule must not apply: only "known as the" names a thing whatever the words
    assert not is_name_like("we did it, and we will do it again,", "it is known as a ")
