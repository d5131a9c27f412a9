"""From the first run of the Reuters sets reu61-reu63: an apposition whose place holds a
state's abbreviation before "-based" ("John Warnock, president of Palo Alto,
Calif.-based Adobe, said") closes at its last comma, so the person speaks, not the
company; an apposition left open may hold a role written with a capital and the body's
acronym in brackets ("Ramon Diaz, Chairman of the Presidential Commission on Good
Government (PCGG) told Reuters: “…”"). The tests run the real NLP model and resolver on
made-up wording."""

from __future__ import annotations

from pathlib import Path

from .quoted_article import said


def test_a_state_s_abbreviation_inside_an_apposition(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "PUBLISHING",
        "John Warnock, president of Palo Alto, Calif.-based Adobe, said, "
        '"Ten pct of corporations have moved into desktop publishing but most are waiting."',
    )
    assert quotes[-1][1] == "John Warnock"


def test_a_capitalised_role_and_an_acronym_in_an_open_apposition(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "PANEL HEAD",
        "Ramon Diaz, Chairman of the Presidential Commission on Good Government (PCGG) told "
        'Reuters in an interview: "There is every reason to believe that they were able to '
        'hide millions of pesos before they fled."',
    )
    assert quotes[-1][1] == "Ramon Diaz"
