"""A report the article never introduced speaks for the body the sentences before it
report on: "The Audit Commission urged …. The report said: “…”". Made-up articles in
the BBC's style, through the real model and resolver."""

from __future__ import annotations

from pathlib import Path

from .quoted_article import said


def test_the_report_is_the_body_that_just_spoke(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Councils in England are failing to collect unpaid rent, the spending watchdog says.",
        "The Audit Commission urged ministers to act on arrears. It said councils needed "
        "better records. The report said: “Councils still do not chase arrears on a "
        "consistent basis.”",
    )
    assert [speaker for _, speaker in quotes] == ["Audit Commission"]


def test_a_spokeswomans_body_is_no_issuer(tmp_path: Path) -> None:
    # guard: the body must speak itself; a report after its spokeswoman's words may be
    # another's (the committee's)
    quotes = said(
        tmp_path,
        "MPs on the committee want more scrutiny of the Freeview service.",
        "A Channel Four spokeswoman said the service was popular. The report said: “Take-up "
        "has been impressive since the launch.”",
    )
    assert [speaker for _, speaker in quotes] == [None]


def test_a_report_by_another_is_not_the_bodys(tmp_path: Path) -> None:
    # guard: a report whose issuer the words after it name is no longer unnamed, nor the
    # Audit Commission's: it is the one "by" names, as "a statement from X" is X's
    quotes = said(
        tmp_path,
        "Councils in England are failing to collect unpaid rent.",
        "The Audit Commission urged ministers to act on arrears. The report by the "
        "Local Government Association said: “Councils lack the staff to chase arrears.”",
    )
    assert [speaker for _, speaker in quotes] == ["Local Government Association"]
