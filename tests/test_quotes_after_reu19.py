"""From the first run of the Reuters sets reu19-reu21: "a board spokesman" speaks for the
one body of the story whose name holds "Board", as "a police spokesman" does (so do
"bank", "exchange", "authority", "institute", "service", "group"); "the paper" is no
outlet named as a magazine ("Euromoney magazine"); "he added" after "said a director at
one U.K. merchant bank" is that unnamed director's, not the last named speaker's, unless
an apposition names him ("said one leader of the movement, Joao Pedro"). The tests run
the real NLP model and resolver on made-up wording."""

from __future__ import annotations

from pathlib import Path

from .quoted_article import said


def test_a_board_spokesman_speaks_for_the_board(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "FED EASES RULES",
        "WASHINGTON, March 4 - The Federal Reserve Board has eased its rules for bank "
        "holding companies, a board spokesman said.",
        "The spokesman declined to give details but said the changes were small.",
        '"The changes are all minor," he said.',
    )
    assert quotes == [("The changes are all minor,", "Federal Reserve Board")]


def test_the_paper_is_no_magazine(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "NEW BANK RULES",
        "New issue volume was 183 billion dlrs, according to figures compiled by Euromoney "
        "magazine.",
        'The paper said that regulators "recognize that netting may in certain '
        'circumstances reduce credit risk."',
    )
    assert quotes[0][1] is None


def test_he_after_an_unnamed_director_is_unnamed(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "SWAP DEALERS CRITICISE RULES",
        '"What they are proposing is really double counting," Patrick Dumont, managing '
        "director of swaps at Morgan Stanley, said.",
        '"The risk factors are very large," said a director at one British merchant bank. '
        '"What they are really doing is asking you to capitalize now," he added.',
    )
    assert [speaker for _, speaker in quotes] == ["Patrick Dumont", None, None]


def test_an_unnamed_one_named_in_an_apposition_speaks(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "LAND REFORM FALTERS",
        "Land rights campaigners say there will be a wave of land occupations.",
        '"We make no secret of our tactics," said one leader of the land reform movement, '
        'Joao Pedro. "The solution is to occupy land," he said.',
    )
    assert [speaker for _, speaker in quotes] == ["Joao Pedro", "Joao Pedro"]
