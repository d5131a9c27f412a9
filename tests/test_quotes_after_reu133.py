"""From the first runs of the Reuters sets reu133-reu138: firms named after their partners
("Prescott Ball and Turben"); a reporting verb other than "said" closing a lead ("…,
foreign minister X announced"); a question closing a paragraph before another speaker's
reported words; "the company" after a company named only as an object; and an unnamed
official met again ("one auto company official" … "the company official"). The tests
run the real NLP model and resolver on made-up wording."""

from __future__ import annotations

from pathlib import Path

from .quoted_article import said, speaker_of


def test_a_lead_closed_by_announced_names_the_next_he(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "LA PAZ, March 26 - Bolivian president Victor Paz Estenssoro will propose a summit "
        "with Reagan in May, foreign minister Guillermo Bedregal announced.",
        'He told reporters that the summit "if everything goes well" will take place soon.',
    )
    assert speaker_of(quotes, "if everything") == "Guillermo Bedregal"


def test_a_question_ending_a_paragraph_is_not_the_next_speakers(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        '"This does not mean the bubble is gone," Nance said. "We believe prices have '
        'bottomed out. How broad is the valley -- one year, two years or three?"',
        "J.C. Walter of Walter Oil and Gas Corp said the recent rise in oil prices was not "
        "enough for independent producers.",
    )
    assert speaker_of(quotes, "We believe") == "Nance"


def test_a_firm_named_after_its_partners(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        '"I think they\'re going to have to go a little higher," Bruce Lazier of Prescott '
        "Ball and Turben said.",
        '"It\'s a high price that shows OPEC has won the war," said Prescott, Ball and '
        "Turben analyst Bruce Lazier.",
    )
    assert speaker_of(quotes, "I think they") == "Bruce Lazier"
    assert speaker_of(quotes, "It's a high price") == "Bruce Lazier"


def test_the_company_is_not_one_named_as_an_object(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "SYRACUSE, N.Y., March 12 - Niagara Mohawk Power Co said the valves at its plant "
        "will be replaced.",
        "Niagara Mohawk said the delay will add to the plant's cost.",
        "The utility said the new valves are made by Rockwell International Inc.",
        'The company said it spent time testing the old valves, which "demonstrated '
        'potential for improvement in performance."',
    )
    assert speaker_of(quotes, "demonstrated potential") == "Niagara Mohawk Power Co"


def test_the_unnamed_official_met_again(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "DETROIT, March 24 - Sales of U.S.-made cars fell 3.9 pct in mid-March.",
        '"There may be less bloom to the spring selling season," one auto company official '
        "conceded.",
        "General Motors Corp led the drop with a 14.8 pct decline.",
        "Ford Motor Co's sales increased 15.2 pct for the period.",
        '"The total industry was slightly less than expected," the company official said.',
    )
    assert speaker_of(quotes, "The total industry") is None
