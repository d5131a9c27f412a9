"""A "he" whose cue comes after the words it reports never means a name in those words
("Mr Blair's government was a “…,” he added": not Blair); a participle after such a cue
("…, he claimed, saying …") is that cue's speaker's; a British lead's "…, Michael Howard
has said." names who is speaking, for the quotations that follow. Made-up articles in
the BBC's style, through the real model and resolver."""

from __future__ import annotations

from pathlib import Path

from .quoted_article import said

LEAD = (
    "Tony Blair has had eight years to mend the health service and has failed, Michael "
    "Howard has said."
)


def test_a_name_in_the_reported_words_is_not_the_pronoun(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        LEAD,
        "Mr Blair's government was a “tired, bossy government that has run out of "
        "ideas,” he added.",
    )
    assert quotes[-1][1] == "Michael Howard"


def test_a_participle_after_an_inverted_cue(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        LEAD,
        "Mr Blair has failed to tackle these problems, he claimed, saying the government "
        "had the “wrong answers” to them.",
    )
    assert quotes[-1] == ("wrong answers", "Michael Howard")


def test_the_lead_speaker_goes_on_after_a_reported_line(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Michael Howard set out his party's plans for the health service on Monday.",
        "“Britain deserves better than this,” the Conservative leader said. The health "
        "service was failing the patients who paid for it, Mr Howard said.",
        "“We have watched waiting lists grow for eight long years. Patients cannot wait "
        "any longer.”",
    )
    assert quotes[-1][1] == "Michael Howard"


def test_a_pronoun_in_a_clause_of_its_own_may_mean_the_name(tmp_path: Path) -> None:
    # a guard: "he claims" inside the clause, not after the words it reports
    quotes = said(
        tmp_path,
        "Michael Howard has no doubt it is the prime minister who, he claims, is "
        "“ramming through” the new measures without proper debate.",
    )
    assert quotes[-1] == ("ramming through", "Michael Howard")


def test_a_pronoun_after_its_own_cue_still_finds_its_speaker(tmp_path: Path) -> None:
    # a guard: a cue of its own before ("said Michael Costas") is not reported words
    quotes = said(
        tmp_path,
        "“This is the first engine designed for value,” said Michael Costas, the program "
        "director at Boeing. “Each engine burns one ton of fuel per second,” he said.",
    )
    assert quotes[-1][1] == "Michael Costas"


def test_a_name_in_what_a_role_said_is_not_the_subject(tmp_path: Path) -> None:
    # the sentence's subject is "the chancellor", who speaks; the shadow chancellor is
    # named only in what was said, so the next "he" is still the one the story is about
    quotes = said(
        tmp_path,
        "Gordon Brown has issued a rallying cry to Labour supporters.",
        "Speaking in Gateshead, Mr Brown claimed the NHS was not safe in Tory hands.",
        "To a packed hall, the chancellor said the cuts proposed by shadow chancellor "
        "Oliver Letwin were the equivalent of sacking every teacher, he told activists. "
        'Laying into the Tory record he said: "Never again Tory boom and bust."',
    )
    assert quotes[-1] == ("Never again Tory boom and bust.", "Gordon Brown")


def test_an_opening_clause_is_reported_when_the_cue_ends_the_sentence(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Commons leader Peter Hain has warned of “dangerous complacency” among voters.",
        "If Labour voters stay at home in marginal seats they could see Tory leader "
        "Michael Howard “coming in the back door to Number 10”, he added.",
    )
    assert quotes[-1] == ("coming in the back door to Number 10", "Peter Hain")
