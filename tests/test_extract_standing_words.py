"""A word of standing that opens a sentence is no part of the name after it ("Injured
Chelsea winger Arjen Robben", "Veteran Martinez"); "New" and "Shadow" open names too, and
are dropped only before a role ("New Southampton manager"), with the role's first words
no name at all ("New Home Secretary Charles Clarke")."""

from __future__ import annotations

from pathlib import Path

from test_extract import make_article, nlp, run  # noqa: F401 (nlp: a fixture)


def _texts(nlp, tmp_path: Path, paragraphs: list[str]) -> set[str]:  # noqa: F811
    ex, _ = run([make_article("standing", paragraphs)], tmp_path)
    return {m.text for m in ex["standing"].mentions}


def test_a_word_of_standing_opening_a_sentence_is_dropped(nlp, tmp_path: Path) -> None:  # noqa: F811
    texts = _texts(
        nlp,
        tmp_path,
        [
            "The club won. Injured Chelsea winger Arjen Robben has insisted he is fine.",
            "Rain fell at the ground. Veteran Martinez was in the side.",
            "It rained. New Southampton manager Harry Redknapp faces a reunion.",
        ],
    )
    assert not {"Injured Chelsea", "Veteran Martinez", "New Southampton"} & texts
    assert {"Chelsea", "Martinez", "Southampton"} <= texts


def test_a_role_s_first_words_are_no_name(nlp, tmp_path: Path) -> None:  # noqa: F811
    texts = _texts(
        nlp,
        tmp_path,
        [
            "It was a hard week. New Home Secretary Charles Clarke has vowed to press on.",
            "He spoke. Shadow Home Secretary David Davis said it was wrong.",
        ],
    )
    assert not {"New Home", "Shadow Home", "Home"} & texts
    assert {"Charles Clarke", "David Davis"} <= texts


def test_names_that_open_with_such_words_stay_whole(nlp, tmp_path: Path) -> None:  # noqa: F811
    texts = _texts(
        nlp,
        tmp_path,
        [
            "The vote is close. New Labour has lost its way, critics say.",
            "The team lost. New Zealand coach Graham Henry was calm.",
            "The season ends. New York Yankees manager Joe Torre was calm.",
        ],
    )
    assert "New Zealand" in texts
    assert "Zealand" not in texts
    assert not {"York Yankees", "Labour"} & texts


def test_a_hyphen_after_the_word_goes_with_it(nlp, tmp_path: Path) -> None:  # noqa: F811
    texts = _texts(nlp, tmp_path, ["Ex-Mafia boss Vincent Gigante dies in prison."])
    assert not any(t.startswith(("-", "Ex")) for t in texts)


def test_a_speech_verb_opening_a_sentence_is_no_part_of_a_name(nlp, tmp_path: Path) -> None:  # noqa: F811
    texts = _texts(
        nlp,
        tmp_path,
        [
            "Luscombe should be fit. Said Wales assistant coach Scott Johnson: “We hope so.”",
            "The vote was close. Said Musa, the prime minister, called it a fair result.",
        ],
    )
    assert "Said Wales" not in texts
    assert "Wales" in texts
    assert "Said Musa" in texts  # a given name, with no known name or role after it
