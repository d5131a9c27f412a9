"""A surname the model reads as a date ("England sevens coach Mike Friday": "Mike" and the
date "Friday") is the person's, and so is that surname alone later ("said Friday");
"on Friday" stays a date, and so does an event's day after a given name's word ("on Oscar
Sunday")."""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from test_extract import mention_labels, nlp  # noqa: F401 (nlp: a fixture)

from site_builder.extract import _convert, _finish, _Partial, make_chunks
from site_builder.models import Article, Paragraph


def _read(
    nlp: Language,  # noqa: F811
    text: str,
    ents: list[tuple[str, str, int]],
) -> tuple[set[tuple[str, str]], set[str]]:
    """The (text, label) of the names and the texts of the dates of a one-paragraph
    article whose Doc carries ``ents``: (words, label, which occurrence of the words),
    as the model was seen to give them."""
    doc = nlp.make_doc(text)
    spans = []
    for words, label, nth in ents:
        start = -1
        for _ in range(nth + 1):
            start = text.index(words, start + 1)
        span = doc.char_span(start, start + len(words), label=label)
        assert span is not None, words
        spans.append(span)
    doc.ents = spans
    article = Article(
        "a", "a", "a.txt", "a", True, None, None, None, None, (), [Paragraph(0, text)], "txt", "0"
    )
    (chunk,) = make_chunks(article)
    partial = _Partial()
    assert chunk.text == text
    _convert(doc, chunk, partial)
    done = _finish(partial)
    return {(m.text, m.label) for m in done.mentions}, {d.text for d in done.dates}


def test_a_surname_read_as_a_date_is_the_persons(nlp) -> None:  # noqa: F811
    text = (
        '"We can win," said England sevens coach Mike Friday. The squad flies on Friday. '
        '"It is a big week," said Friday.'
    )
    names, dates = _read(
        nlp,
        text,
        [
            ("Mike", "PERSON", 0),
            ("Friday", "DATE", 0),
            ("Friday", "DATE", 1),
            ("Friday", "DATE", 2),
        ],
    )
    assert ("Mike Friday", "PERSON") in names
    assert ("Friday", "PERSON") in names  # "said Friday": the coach again
    assert ("Mike", "PERSON") not in names
    assert dates == {"Friday"}  # the flight's day ("on Friday") is still a date


def test_a_date_stays_a_date_without_such_a_name(nlp) -> None:  # noqa: F811
    # no given name before it: the day is a date, and so is a lone "Friday" after it
    text = "Coach Friday arrived. He spoke to reporters Friday."
    names, dates = _read(nlp, text, [("Friday", "DATE", 0), ("Friday", "DATE", 1)])
    assert not any(label == "PERSON" for _, label in names) and dates == {"Friday"}
    # a day after a date's lead word is the event's, not a name's
    text = "The show airs on Oscar Sunday, and Oscar said so."
    names, dates = _read(nlp, text, [("Oscar", "PERSON", 0), ("Sunday", "DATE", 0)])
    assert "Sunday" in dates and ("Oscar Sunday", "PERSON") not in names
    # the surname with a possessive after it is the day's ("Friday's game")
    text = "Mike Friday picked the side. Friday's game is at home."
    names, dates = _read(
        nlp, text, [("Mike", "PERSON", 0), ("Friday", "DATE", 0), ("Friday", "DATE", 1)]
    )
    assert ("Mike Friday", "PERSON") in names
    assert dates == {"Friday"} and ("Friday", "PERSON") not in names


def test_the_model_reading_a_coach_named_friday(nlp, tmp_path: Path) -> None:  # noqa: F811
    names = mention_labels(
        tmp_path,
        [
            "England were beaten by Fiji in the final.",
            '"We have not performed consistently," said England sevens coach Mike Friday.',
        ],
    )
    assert names.get("Mike Friday") == "PERSON"
