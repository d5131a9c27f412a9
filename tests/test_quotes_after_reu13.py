"""From the first run of the Reuters sets reu13-reu15: a participle after a quotation
("“…,” adding “…”") goes on with the subject of the cue before it; "the envoy" is the
diplomat the article named by the post ("charge d'affaires X"); a cue that closes a
sentence of reported words ("…, he said.") leads in the quotation after it in the same
paragraph; "X of the brokerage Y said" is X's; "the Bank's proposal said" is the Bank's;
"he said" after "Goodyear Chairman Robert Mercer" is Mercer's, the company no person now
(see test_resolve_team_roles). The tests run the real NLP model and resolver on made-up
wording."""

from __future__ import annotations

from pathlib import Path

from .quoted_article import said


def test_a_participle_after_the_quotation_has_the_cue_s_subject(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "DUTCH MINISTER EXPECTS DEAL ON STEEL",
        "Dutch Trade Minister Pieter Van Dam said he expected a settlement within the "
        "community on the proposed levy.",
        'But he added, "I do not expect a long fight over it because the members want '
        'calm," adding "so there will be a settlement."',
    )
    assert quotes == [
        ("I do not expect a long fight over it because the members want calm,", "Pieter Van Dam"),
        ("so there will be a settlement.", "Pieter Van Dam"),
    ]


def test_the_envoy_is_the_diplomat_named_by_the_post(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "JORDAN PROTESTS OVER WATER",
        "In a letter to the Security Council, Jordanian U.N. charge d'affaires Nabil "
        'Khoury said: "These diversions threaten the farms of the valley."',
        "The Jordanian envoy said the move broke the armistice and the "
        '"rights of the farmers recognised by the United Nations."',
    )
    assert [speaker for _, speaker in quotes] == ["Nabil Khoury", "Nabil Khoury"]


def test_a_cue_closing_the_sentence_before_leads_in_the_quotation(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "INSURER NAMES NEW HEAD",
        "The export insurer has named Douglas Pemberton, a banker, as its new director.",
        "The insurer will have to review the cover it gives country by country, he said. "
        '"Large political risk cover is the sort of thing we want to look at."',
    )
    assert quotes == [
        ("Large political risk cover is the sort of thing we want to look at.", "Douglas Pemberton")
    ]


def test_a_person_of_the_brokerage_named_after_speaks(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "CANADA GROWTH SLOWS",
        "Statistics Canada reported that output grew 3.1 pct last year.",
        "Economist Harriet Lane Booth of the brokerage Maple Leaf Securities Inc said "
        '"it shows the economy is not moving along very steadily."',
    )
    assert quotes == [
        ("it shows the economy is not moving along very steadily.", "Harriet Lane Booth")
    ]


def test_a_body_s_proposal_speaks_for_it(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "BANK OF ENGLAND PROPOSES NEW RULES",
        "The Bank of England proposed that banks will need its permission to lead new issues.",
        "\"The Bank's view of a bank's lead underwriting will depend on the skill of the "
        "underwriter,\" the Bank's proposal said.",
    )
    assert quotes[0][1] == "Bank of England"


def test_he_after_a_company_s_chairman_is_the_chairman(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "TYRE MAKER'S CHAIRMAN ATTACKS RAIDERS",
        "In a speech to business leaders, Goodyear Chairman Robert Mercer lashed out at "
        "corporate raiders.",
        '"Their interest is not in preserving the nation\'s industry," he said.',
    )
    assert quotes[0][1] == "Robert Mercer"


def test_a_closing_cue_leaves_a_quotation_whose_sentence_goes_on(tmp_path: Path) -> None:
    # the quotation's own sentence names who speaks it ("they pondered"): not the cue's
    quotes = said(
        tmp_path,
        "BAND PLAYS ON",
        "The four-piece met at art school, where singer Angus Tavish was studying.",
        "The band had a question they asked every time they wrote a song, Tavish said. "
        '"Where is the fun in that?" they pondered at every stage of the writing.',
    )
    assert quotes == [("Where is the fun in that?", None)]
