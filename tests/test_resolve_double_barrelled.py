"""A double-barrelled surname written whole ("Leigh-Pemberton said", of Robin
Leigh-Pemberton) is the person's, as a one-word surname is, whatever the small model
typed it: reu4052 (first run of reu43-reu45) gave the Bank of England governor a page
"Leigh-Pemberton", an organisation, and none of his five "he said" lines; a BBC archive
had pages "Henin-Hardenne" (a place), "Wright-Phillips" and "Day-Lewis" (bodies) beside
the people. Real model and resolver, made-up wording."""

from __future__ import annotations

from pathlib import Path

from .quoted_article import said_and_types


def test_a_double_barrelled_surname_alone_is_its_persons(tmp_path: Path) -> None:
    quotes, types = said_and_types(
        tmp_path,
        "GOVERNOR OPPOSES TAKEOVER RULES",
        "LONDON, March 11 - The Bank of England does not favour new takeover rules, its "
        "governor, Robin Ashby-Carrington, said.",
        "Ashby-Carrington also called on companies to improve ties with investors.",
        '"Boards cannot expect protection from unwelcome predators," Ashby-Carrington said.',
        'He added that takeovers had a role. "The degree of success has not in my '
        'experience depended on whether the takeover was contested," he said.',
    )
    assert types["Robin Ashby-Carrington"] == "person"
    assert "Ashby-Carrington" not in types
    assert [speaker for _, speaker in quotes] == ["Robin Ashby-Carrington"] * 2
