"""From the first run of the Reuters sets reu10-reu12: a share's code the wire prints after
a company ("Hitachi Ltd HIT.T") is no word of its name; a body's report whose "it said"
paragraphs stand between it and the body's name ("…, the OECD said. / …, it said in an
annual review. / The report said the economy was “…”") is the body's; a name between
"the" and a newspaper's word ("The official International Business newspaper") is an
outlet, not a person (its guards, a nationality, "the Argentine newspaper Clarin", and
a word before another name, "the Basque newspaper Gara", were measured on the archives:
no made-up article makes the model tag those words). The tests run the real NLP model
and resolver on made-up wording."""

from __future__ import annotations

from pathlib import Path

from .quoted_article import said, said_and_types


def test_a_report_after_the_bodys_it_said(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "FRANCE HAS LITTLE ROOM FOR MANOEUVRE, OECD SAYS",
        "PARIS, March 3 - French industry is failing to produce the goods its markets need, "
        "the Organisation for Economic Cooperation and Development said.",
        "Unemployment could climb to 11.5 pct of the workforce by mid-1988, it said in an "
        "annual review of the French economy.",
        'The report said the French economy was "increasingly ill-adapted to demand".',
    )
    assert quotes == [
        (
            "increasingly ill-adapted to demand",
            "Organisation for Economic Cooperation and Development",
        )
    ]


def test_a_name_before_the_word_newspaper_is_an_outlet(tmp_path: Path) -> None:
    _, types = said_and_types(
        tmp_path,
        "CHINA PRESSES U.S. ON TRADE",
        "The official International Business newspaper today published China's demands in "
        "an editorial.",
    )
    assert types["International Business"] == "organization"


def test_a_share_code_after_a_company_is_no_part_of_its_name(tmp_path: Path) -> None:
    quotes, types = said_and_types(
        tmp_path,
        "JAPAN CHIP MAKERS DOUBT MITI MOVE",
        "Hitachi Ltd HIT.T and Toshiba Corp TSBA.T said they would cut output again.",
        '"As long as there is a gap between prices, there will be people who exploit it," '
        "a Hitachi Ltd HIT.T spokesman said.",
    )
    assert "Hitachi Ltd" in types and "Hitachi Ltd HIT.T" not in types
    assert quotes[-1][1] == "Hitachi Ltd"
