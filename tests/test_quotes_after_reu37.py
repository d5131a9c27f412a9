"""From the first run of the Reuters sets reu37-reu39: a cue after a quotation whose
name opens an apposition of two roles joined by "and", left open up to the verb ("“…,”
Gene Cartledge, chairman and chief executive officer of Union Camp said “…”"), names
the speaker of both quotations; the "and" joins roles, not two clauses. The tests run
the real NLP model and resolver on made-up wording. And "the group said" after "An
investor group led by X said" is X's (a group nobody leads, nobody's), not the company
the story names most; "the Treasury brief said" (or report) is the Treasury's."""

from __future__ import annotations

from pathlib import Path

from .quoted_article import said


def test_a_cue_with_two_roles_left_open_names_its_speaker(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "PAPER STOCKS",
        "Mark Rogers, an analyst at Prudential, said the rise could stick.",
        '"The operating rates are running at about 97 pct of capacity, but demand continues '
        'to climb," Gene Carter, chairman and chief executive officer of Union Box said "The '
        'industry is essentially sold out."',
    )
    assert [speaker for _, speaker in quotes] == ["Gene Carter", "Gene Carter"]


def test_the_group_is_the_unnamed_group_the_story_brought_in(tmp_path: Path) -> None:
    # "An investor group led by George Soros said …. The group said … “…”": the group's
    # words are its leader's, not those of the company the story names most
    led = said(
        tmp_path,
        "GROUP TO BOOST ACME STAKE",
        "WASHINGTON, March 6 - An investor group led by New York investor Peter Lanza said "
        "it was dissatisfied with Acme Industries Inc management.",
        "The group already controls 11.5 pct of Acme Industries shares.",
        "The group said its representatives had met Acme Industries officials to tell them "
        '"that they do not believe management has been successful in protecting values."',
    )
    assert led[-1][1] == "Peter Lanza"
    # a group nobody is said to lead speaks for nobody known
    (tmp_path / "b").mkdir()
    unled = said(
        tmp_path / "b",
        "GROUP TO BOOST ACME STAKE",
        "WASHINGTON, March 6 - An investor group said it was dissatisfied with Acme "
        "Industries Inc management.",
        "The group already controls 11.5 pct of Acme Industries shares.",
        "The group said its representatives had met Acme Industries officials to tell them "
        '"that they do not believe management has been successful in protecting values."',
    )
    assert unled[-1][1] is None


def test_a_document_that_names_its_body_is_that_bodys(tmp_path: Path) -> None:
    # reu2936 (reu42): "“…,” the Treasury brief said"; bbc_bus434: "the ADB report said"
    for noun in ("brief", "report"):
        folder = tmp_path / noun
        folder.mkdir()
        quotes = said(
            folder,
            "TREASURY PROPOSES IMPORTS",
            "WASHINGTON, March 6 - The Treasury proposed allowing temporary imports of "
            "uranium ore.",
            '"The domestic uranium industry could be seriously injured by the ban," the '
            f"Treasury {noun} said.",
        )
        assert quotes[0][1] == "Treasury", noun
