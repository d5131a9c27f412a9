"""Quotations the stage left without a speaker, or did not list, before its
twenty-fifth round, found on the twenty-fourth blind set: a "he said" whose look-back
began inside a quotation over several paragraphs ("“He and I talked …,” McDermott
said." / "“…" / "“…”" / "In the end, those factors appealed more to McDermott …" /
"“…,” he said"), "X sent out the following message on Twitter:", "the agency reported"
for a body brought in as "news agency IRNA", and a line of its own after an unnamed
speaker's words ("“…,” a bystander told CBS." / "“Always reckless.”").
The end-to-end tests run the real NLP model and resolver, on made-up wording that
follows the ECB+ news the rules were found on."""

from __future__ import annotations

from pathlib import Path

from site_builder.quotes.article_text import Candidate
from site_builder.quotes.cues import SPEECH_VERB
from site_builder.quotes.described import introduced_as

from .quoted_article import said

# two more people named earlier, so "he" has no one main person of the article to fall
# back on (as with a father and a son of one surname)
_RUN = [
    "Daniel Fisher will stay at Springfield College for one more season.",
    "Fisher told his father, Springfield coach Greg Fisher, and athletic director Bruce "
    "Allen on Wednesday.",
    "“I talked with my coach before the final, and he told me to take my time,” Fisher said.",
    "“That really helped me.",
    "“Coach told me that the league is a different world.",
    "The money is good, but you fight for your place every night.”",
]
_AFTER = "“I believe I will play there one day, but only when I am ready,” he said."


def test_a_pronoun_after_a_quotation_run_reaches_its_speaker(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        *_RUN,
        "In the end, those worries mattered more to Fisher than the money.",
        _AFTER,
    )
    assert quotes[-1] == (
        "I believe I will play there one day, but only when I am ready,",
        "Daniel Fisher",
    )


def test_a_pronoun_after_a_run_stays_unresolved_with_a_rival_between(
    tmp_path: Path,
) -> None:
    # the rule must not apply: the line between names someone else too, so "he" may
    # be either of them
    quotes = said(
        tmp_path,
        *_RUN,
        "In the end, the advice of Tom Baker mattered more to Fisher than the money.",
        _AFTER,
    )
    assert quotes[-1] == (
        "I believe I will play there one day, but only when I am ready,",
        None,
    )


def test_the_following_message_is_a_cue(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Daniel Fisher will stay at Springfield College for one more season.",
        "His fans were delighted when, shortly before noon, Fisher sent out the "
        "following message on Twitter:",
        "“I will be back at Springfield for one more year and cannot wait to start.”",
    )
    assert quotes == [
        (
            "I will be back at Springfield for one more year and cannot wait to start.",
            "Daniel Fisher",
        )
    ]


def test_only_a_message_sent_is_a_cue() -> None:
    assert SPEECH_VERB.search("Fisher sent out the following message on Twitter:")
    assert SPEECH_VERB.search("the club posted the following tweet:")
    # the rule must not apply: a message received, or players sent out, say nothing
    assert not SPEECH_VERB.search("Fisher received the following message on Twitter:")
    assert not SPEECH_VERB.search("the coach sent out the following players:")


def test_the_agency_is_the_body_brought_in_as_one(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "An earthquake hit the island of Kell on Sunday, killing at least ten people.",
        "The main hospital was struggling with the injured, the country's official "
        "news agency Reuters said.",
        "It was “full of wounded,” the agency reported.",
    )
    assert quotes == [("full of wounded,", "Reuters")]


def _org(paragraph: int, start: int, entity_id: str) -> Candidate:
    return Candidate(paragraph, start, start + 4, entity_id, "organization", True)


def test_two_bodies_brought_in_as_agencies_leave_it_to_nobody() -> None:
    masked = [
        "The news agency KANA said ten died, and the news agency PANA said twelve.",
        "It was “full of wounded,” the agency reported.",
    ]
    kana = _org(0, masked[0].index("KANA"), "kana")
    pana = _org(0, masked[0].index("PANA"), "pana")
    assert introduced_as(masked, [kana], "agency", 1, 30) == "kana"
    # the rule must not apply: two bodies called agencies, or one not called so
    assert introduced_as(masked, [kana, pana], "agency", 1, 30) is None
    assert introduced_as(masked, [kana], "ministry", 1, 30) is None
    assert introduced_as(masked, [kana], "agency", 0, 2) is None  # named after the cue


def test_a_line_after_an_unnamed_speaker_is_a_quotation(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "A driver struck a woman on Kell Street in Springfield on Friday night.",
        "“They drive too fast around here,” a neighbour told reporters.",
        "“Always too fast.”",
    )
    assert quotes == [("They drive too fast around here,", None), ("Always too fast.", None)]


def test_a_term_in_the_writers_line_after_an_unnamed_speaker_is_none(
    tmp_path: Path,
) -> None:
    # the rule must not apply: the marks stand inside a sentence of the writer's
    quotes = said(
        tmp_path,
        "A driver struck a woman on Kell Street in Springfield on Friday night.",
        "“They drive too fast around here,” a neighbour told reporters.",
        "The street is known as “Dead Man's Curve.”",
    )
    assert quotes == [("They drive too fast around here,", None)]


def test_his_exact_words_lead_to_the_subject_before(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Springfield Sox owner Daniel Fisher has said, in so many words, that his team "
        "will not sign Tom Baker.",
        "His exact words:",
        "“We met with Mr. Baker and were very impressed with him.",
        "After hearing about his other offers, it seems clear we are not a factor.”",
    )
    assert [speaker for _, speaker in quotes] == ["Daniel Fisher", "Daniel Fisher"]


def test_his_words_with_two_people_before_stay_unattributed(tmp_path: Path) -> None:
    # the rule must not apply as a guess: "his" may be either man
    quotes = said(
        tmp_path,
        "Springfield Sox owner Daniel Fisher and manager Tom Baker met on Monday.",
        "His exact words:",
        "“We met with Mr. Allen and were very impressed with him.”",
    )
    assert [speaker for _, speaker in quotes] == [None]
