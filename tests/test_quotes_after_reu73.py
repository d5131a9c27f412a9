"""From the first run of the Reuters sets reu73-reu78: "said Vahid Fathi of Prescott Ball
and Turben Inc", with the firm read as a person, is Fathi's line; the title reading of
an inverted cue ("said Secretary of the Interior Dirk Kempthorne", the name after the
title's "of") holds only when no person's name stands before the "of"; a person's aide
speaks for them, as their spokesman does ("“…,” Lyng's aide said"); a nickname in
brackets ("James E. (Jim) Nugent") leaves one speaker, not a page "James E.". The tests
run the real NLP model and resolver on made-up wording."""

from __future__ import annotations

from pathlib import Path

from .quoted_article import said


def test_a_person_before_of_and_a_firm_read_as_a_person(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        '"The dollar is going to be allowed to slip," said Richard Jeffers of Simon Leary and Co.',
    )
    assert quotes[0][1] == "Richard Jeffers"


def test_a_person_s_aide_speaks_for_them(tmp_path: Path) -> None:
    # "“…,” Lyng's aide said": the aide's words are the secretary's, as a spokesman's are
    quotes = said(
        tmp_path,
        "Agriculture Secretary Richard Holm will meet grain exporters on Tuesday.",
        '"The program is one of the things they want to talk about," Holm\'s aide said.',
    )
    assert quotes[0][1] == "Richard Holm"


def test_a_nickname_in_brackets_leaves_one_speaker(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Texas Railroad Commissioner James E. (Jim) Nugent addressed oil executives.",
        '"The attitude expressed here today is encouraging," Nugent said. "It reflects '
        'their belief that the worst is over," he said.',
    )
    assert [q[1] for q in quotes] == ["James E. Nugent", "James E. Nugent"]
