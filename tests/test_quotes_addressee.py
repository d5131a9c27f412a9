"""The one allegations or questions "were put to" answers them: "Those allegations were
put to Wenger after Saturday's game …. At first he said only: “…”" is Wenger's, not the
last named speaker's (bbc_spo235, four lines given to Ferguson). "It was put to Mr X
that he had …" leaves the sentence as it was. The tests run the real NLP model and
resolver on made-up wording."""

from __future__ import annotations

from pathlib import Path

from .quoted_article import said


def test_the_one_allegations_were_put_to_answers(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "MANAGERS' ROW",
        'Tom Harlow said his rival was "a disgrace" and should be punished.',
        '"He ran at me with his hands raised," Harlow said on Saturday.',
        "Those allegations were put to Mark Dunstan after Saturday's game at Bolton, which "
        'his side lost. At first he said only: "I have always been consistent with that '
        'story and told you nothing happened."',
    )
    assert quotes[-1][1] == "Mark Dunstan"
