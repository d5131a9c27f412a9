"""Quotations the stage got wrong or showed wrongly before its twenty-seventh round,
found on the twenty-sixth blind set: a pronoun after a participle clause that names
someone else ("Expressing certainty that Dr. Benjamin …, he said"), a second "he" in a
sentence whose subject is the first one ("He said … Dr. Benjamin …, which he described
as “…”"), a possessive name before the speaker's role and name ("said Biancardi's
attorney, James Zeszutek"), and a title after the word for one ("an article with the
subtitle: “…?”"). The tests run the real NLP model and resolver, on made-up wording
that follows the ECB+ news the rules were found on; each class has a case where the
rule must not apply."""

from __future__ import annotations

from pathlib import Path

from site_builder.quotes.labels import is_name_like
from site_builder.quotes.opening_participle import participle_clause_end
from site_builder.quotes.possessor import names_someone_else
from site_builder.quotes.repeated_pronoun import opening_same_pronoun

from .quoted_article import said


def test_a_name_in_an_opening_participle_clause_is_not_the_pronoun(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Dr. Laura Whitfield runs the only clinic in the town of Port Ellis.",
        "Father Thomas Brennan, the parish priest, has known her for twenty years.",
        "“She is a remarkable doctor,” Brennan said.",
        "Expressing certainty that Dr. Whitfield could have worked anywhere, he said the "
        "doctor had made a “very deliberate choice” to stay in the town.",
    )
    assert quotes[-1] == ("very deliberate choice", "Thomas Brennan")


def test_a_clause_with_a_subject_of_its_own_keeps_its_name() -> None:
    # the rule must not apply: "When Brennan arrived" has a subject, who may be "he"
    masked = "When Brennan arrived in the town, he said the clinic was new."
    assert participle_clause_end(masked, 0, masked.index("he said")) is None
    # nor after a preposition ending in -ing, nor when the pronoun is not right after it
    masked = "During the trial of Smith, he said nothing."
    assert participle_clause_end(masked, 0, masked.index("he said")) is None
    masked = "Irving Kristol praised Smith, he said."
    assert participle_clause_end(masked, 0, masked.index("he said")) is None
    masked = "Expressing certainty that Dr. Whitfield could stay, he said so."
    assert participle_clause_end(masked, 0, masked.index("he said")) == masked.index("he said")


def test_a_second_he_goes_on_meaning_the_subject(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Father Thomas Brennan has known Dr. Laura Whitfield for twenty years.",
        "“She is a remarkable doctor,” Brennan said.",
        "He said it was impressive that Dr. Whitfield had built the clinic in the marsh, "
        "which he described as a place with “a lot of poor families in it.”",
    )
    assert quotes[-1] == ("a lot of poor families in it.", "Thomas Brennan")


def test_a_sentence_opened_by_a_name_is_left_as_it_was() -> None:
    # the rule must not apply: the subject is a name, or another pronoun
    masked = "Brennan said Whitfield built it, which he described as hard."
    assert opening_same_pronoun(masked, 0, masked.index("he described"), "he") is None
    masked = "She said Brennan built it, which he described as hard."
    assert opening_same_pronoun(masked, 0, masked.index("he described"), "he") is None
    masked = "He said Whitfield built it, which he described as hard."
    assert opening_same_pronoun(masked, 0, masked.index("he described"), "he") == 0


def test_the_name_after_a_possessive_role_speaks(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "The league accused former coach Peter Halloran of paying a recruit.",
        "“We deny that we broke any rule of the league,” said Halloran's attorney, "
        "Richard Vantongeren.",
    )
    assert quotes == [("We deny that we broke any rule of the league,", "Richard Vantongeren")]


def test_a_possessive_name_alone_or_before_one_word_is_kept_apart() -> None:
    # the rule must not apply to a person's possessive: no role between ("Halloran's
    # Vantongeren"), or words that are not lower case; one word after the role is not
    # trusted (see attribute.py); a body's possessive is read on (test_quotes_after_blind_batches)
    masked = "said Halloran's attorney, Richard Vantongeren."
    end = masked.index("'s")
    assert names_someone_else(masked, end, masked.index("Richard"), False)
    masked = "said Halloran's Richard Vantongeren."
    assert not names_someone_else(masked, masked.index("'s"), masked.index("Richard"), False)
    masked = "said Halloran, and Richard Vantongeren."
    assert not names_someone_else(masked, masked.index(","), masked.index("Richard"), False)


def test_a_long_title_after_the_word_subtitle_is_no_quotation(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Dr. Laura Whitfield was named to lead the health service.",
        "An article with the subtitle: “Do you have to be thin to be fit for the role of "
        "the nation's top doctor?”, was published shortly after the news.",
    )
    assert quotes == []


def test_words_said_after_a_headline_mention_stay_quotations() -> None:
    # the rule must not apply when the word before the marks is not a title's word
    before = "Whitfield said of the criticism:"
    assert not is_name_like("Do you have to be thin to be fit for the role?", before)
    assert is_name_like("Do you have to be thin to be fit for the role?", "the subtitle:")
