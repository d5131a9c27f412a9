"""Speakers the first run of BBC blind sets 175-177 left untold or got wrong, by class:
"…, Lib Dem's elections chief Lord Rennard said." names who speaks, as "…, Lord Rennard
said." does, so the "He said" after it is his; "a Conservative spokesperson said" speaks
for the Conservatives when the model left the adjective unnamed; a cue-less line after
a sentence that a body's spokesman opens ("A Labour party spokesman played down …. “…”")
is the body's. The tests run the real NLP model and resolver on made-up wording."""

from __future__ import annotations

from pathlib import Path

from .quoted_article import said


def test_a_role_before_the_name_of_an_inverted_cue(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "The Liberal Democrats are aiming to unseat a string of top Tories.",
        "Others targeted include Oliver Letwin, David Davis and Theresa May, the party's "
        "elections chief Lord Rennard said. He said it was “nothing personal”.",
    )
    assert quotes == [("nothing personal", "Lord Rennard")]


def test_a_partys_adjective_before_spokesperson(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "The Liberal Democrats urged Labour supporters to remove prominent Conservatives.",
        "A Conservative spokesperson said: “The Liberal Democrats can talk all they like "
        "about strategy.”",
    )
    assert quotes == [
        ("The Liberal Democrats can talk all they like about strategy.", "Conservative Party")
    ]


def test_a_cueless_line_after_a_bodys_spokesman(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Labour MP Derek Wyatt has called for Gordon Brown to take a bigger role.",
        "A Labour party spokesman played down differences with Mr Wyatt and said Mr Brown "
        "already had a prominent role. “This election is a choice between going forward "
        "and going back.”",
    )
    assert quotes[-1] == (
        "This election is a choice between going forward and going back.",
        "Labour",
    )
