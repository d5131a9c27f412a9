"""From the first runs of the Reuters sets reu181-reu186: "a U.S. Banker told Reuters"
names no one (the wire's capitals make a description look like a name), and an unnamed
dealer who "noted" something in the writer's words is the "he" who speaks next, not the
person named before; "The Boeing statement after the crash said:" is Boeing's. The tests
run the real NLP model and resolver on made-up wording."""

from __future__ import annotations

from pathlib import Path

from .quoted_article import said


def test_a_name_after_an_indefinite_article_is_nobody(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "MADRID, April 7 - Strikes have not disrupted the economy, bankers said.",
        '"The strikes were unexpected but had little effect," a U.S. Banker told Reuters.',
        '"The money supply should be back on track by the summer," said Andres Trujillo, '
        "general manager of the bank's Madrid branch.",
    )
    assert quotes == [
        ("The strikes were unexpected but had little effect,", None),
        ("The money supply should be back on track by the summer,", "Andres Trujillo"),
    ]


def test_a_name_after_the_article_the_still_speaks(tmp_path: Path) -> None:
    # guard: "the" before a body's name is its own ("the Bundesbank said")
    quotes = said(
        tmp_path,
        "FRANKFURT, April 7 - The Bundesbank left its rates unchanged on Thursday.",
        '"Monetary policy remains on course," the Bundesbank said in a statement.',
    )
    assert quotes == [("Monetary policy remains on course,", "Bundesbank")]


def test_a_body_s_statement_after_an_indefinite_article_is_the_body_s(tmp_path: Path) -> None:
    # guard: "a BBC statement read" is the BBC's, its cue "statement read"
    quotes = said(
        tmp_path,
        "Viewers complained about the rapper's performance on BBC One in April.",
        'The complaints were upheld by the BBC. "The performer had been asked to tone his act '
        'down after rehearsal but ignored this request," a BBC statement read.',
    )
    assert quotes[-1][1] == "BBC"


_SPRINKEL = (
    "FRANKFURT, April 7 - The dollar was fixed lower at 1.8218 marks, dealers said.",
    "It was undermined by remarks from Council of Economic Advisers Chairman Beryl Sprinkel, "
    "who told Iowa bankers the U.S. had no objective for the dollar.",
    'Sprinkel added that if West Germany and Japan grew faster, "there would not be the '
    'necessity of significant declines in the dollar."',
)


def test_an_unnamed_dealer_who_noted_is_the_he_who_speaks(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        *_SPRINKEL,
        "One dealer for a U.S.-based bank noted the dollar tended easier after the remarks. "
        '"They were obviously regarded as being negative," he said.',
    )
    assert quotes[-1] == ("They were obviously regarded as being negative,", None)
    assert quotes[0][1] == "Beryl Sprinkel"


def test_a_figure_noted_in_a_report_is_nobody_who_speaks(tmp_path: Path) -> None:
    # guard: "noted" after a thing is a participle; "he" still means the man named
    quotes = said(
        tmp_path,
        *_SPRINKEL,
        "A figure noted in the report showed the deficit narrowing. "
        '"We expect further progress," he said.',
    )
    assert quotes[-1] == ("We expect further progress,", "Beryl Sprinkel")


def test_a_body_s_statement_after_the_crash(tmp_path: Path) -> None:
    # when the statement came out may stand between it and its verb
    quotes = said(
        tmp_path,
        "TOKYO, April 5 - Boeing Co is the manufacturer of the jet which crashed in 1985.",
        'The Boeing statement after the crash said: "Examination of the wreckage indicates '
        'that decompression occurred in flight."',
    )
    assert quotes == [
        (
            "Examination of the wreckage indicates that decompression occurred in flight.",
            "Boeing Co",
        )
    ]


def test_a_statement_on_her_website_is_hers(tmp_path: Path) -> None:
    # guard: "on her website" is where, not when; "her" tells whose statement it is
    quotes = said(
        tmp_path,
        "Kim Clijsters has pulled out of next month's tournament, the Women's Tennis "
        "Association said.",
        '"Kim had considered returning to action in Paris on 7 February," a statement on her '
        "website said.",
    )
    assert quotes[-1][1] == "Kim Clijsters"
