"""Quoted text the stage showed as a quotation before its thirty-first round, found on
the thirtieth blind set: a term that opens the writer's own sentence as its subject
("“Fix Its” are pieces of software for remediating security flaws …"), read as a
quotation carried on from the speaker before it. The tests run the real NLP model and
resolver, on made-up wording that follows the ECB+ news the rule was found on, with
cases where the rule must not apply."""

from __future__ import annotations

from pathlib import Path

from site_builder.quotes.marks import find_marked
from site_builder.quotes.term_subjects import is_term_subject

from .quoted_article import said


def test_a_term_opening_the_writers_sentence_is_no_quotation(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "The company released a patch on Tuesday.",
        "“With the patch out, any attacker can work out what the flaw is,” said Martin "
        "Hale, an analyst with Northgate Security.",
        "“Quick Mends” are small programs that close security holes until the next update.",
    )
    assert quotes == [
        ("With the patch out, any attacker can work out what the flaw is,", "Martin Hale"),
    ]


def test_a_short_quotation_with_a_cue_in_its_sentence_stays(tmp_path: Path) -> None:
    # the rule must not apply: the sentence holds a speech verb, so the short words
    # before "is" are what someone said
    quotes = said(
        tmp_path,
        "Martin Hale, an analyst with Northgate Security, spoke after the vote.",
        "“We won” is all Hale said to reporters outside the hall.",
    )
    assert quotes == [("We won", "Martin Hale")]


def test_which_quoted_words_are_a_terms_subject() -> None:
    def term(paragraph: str) -> bool:
        (piece,) = find_marked([paragraph])
        return is_term_subject(paragraph, piece)

    assert term("“Quick Mends” are small programs that close holes.")
    assert term("The “exploit” is similar to one used before.")
    assert term("It spread fast. “Drive-bys” were the worst of it.")
    # not: words before it in its sentence, a longer or punctuated quotation, no
    # copula, or a speech verb in the sentence
    assert not term("He said “Quick Mends” are small programs.")
    assert not term("“The patch is out, and it works well” is what matters.")
    assert not term("“Done,” is all he wrote.")
    assert not term("“Quick Mends” help users.")
    assert not term("“We won” is what she said.")
