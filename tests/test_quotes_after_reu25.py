"""From the first run of the Reuters sets reu25-reu27: "he said" after "A ministry
official said …" is the ministry's, as after "A ministry spokesman said …" (an official
or a source may be a man or a woman; a statement is neither). The tests run the real
NLP model and resolver on made-up wording."""

from __future__ import annotations

from pathlib import Path

from .quoted_article import said


def test_he_after_a_body_s_unnamed_official_is_the_body(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "JAPAN EASES EUROYEN RULES",
        "Japan plans changes to the Euroyen market.",
        "The Finance Ministry last April shortened the waiting period. A ministry official "
        "said it verified through sampling that reflow was fairly small.",
        '"We believe the Euroyen bond should remain mainly in the Euroyen market," he said.',
    )
    assert quotes == [
        (
            "We believe the Euroyen bond should remain mainly in the Euroyen market,",
            "Finance Ministry",
        )
    ]


def test_it_after_a_body_s_statement_is_no_person_s(tmp_path: Path) -> None:
    # "he" does not reach a statement: nobody there to be a man
    quotes = said(
        tmp_path,
        "JAPAN EASES EUROYEN RULES",
        "Japan plans changes to the Euroyen market.",
        "The Finance Ministry last April shortened the waiting period. A ministry statement "
        "said reflow was fairly small.",
        '"We believe the bond should remain in the Euroyen market," he said.',
    )
    assert quotes[0][1] != "Finance Ministry"
