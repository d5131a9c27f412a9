"""A name ends at a result or a fixture's "v": the model reads "Newcastle 2-1 Bolton" as
one body, "Roddick 6-2 7-6" as one person and "Arsenal v West Ham" as one name, and a
BBC archive had pages for all three kinds (and "Bolton" joined the page "Newcastle 2-1
Bolton"). Through the real model and the span cleaning; a number that is part of a
name ("Channel 4 News", "Formula 1") stays."""

from __future__ import annotations

from site_builder.spans import clean_spans
from site_builder.tokens import Tokens

from .conftest import require_model


def _names(text: str, extra: list[tuple[str, str]] = ()) -> list[str]:
    """The cleaned names of ``text``: the model's, plus ``extra`` spans (text, label)."""
    require_model()
    from site_builder.nlp import load_nlp

    doc = load_nlp("en_core_web_sm")(text)
    tk = Tokens.of(doc, text)
    ents = [(e.start, e.end, e.label_) for e in doc.ents]
    for surface, label in extra:
        char = text.index(surface)
        span = doc.char_span(char, char + len(surface))
        assert span is not None
        ents.append((span.start, span.end, label))
    return [tk.span_text(s, e) for s, e, _ in clean_spans(tk, ents)]


def test_a_result_inside_a_name_splits_it() -> None:
    text = "Newcastle 2-1 Bolton was the best game of the day."
    names = _names(text, [("Newcastle 2-1 Bolton", "ORG")])
    assert "Newcastle" in names and "Bolton" in names
    assert not [n for n in names if "2-1" in n]


def test_a_tennis_score_after_a_name_is_cut() -> None:
    text = "In the first round, Andy Roddick 6-2 7-6 Kevin Kim and Williams 1-6,4-6 Smith."
    names = _names(
        text, [("Andy Roddick 6-2 7-6 Kevin Kim", "PERSON"), ("Williams 1-6,4-6 Smith", "PERSON")]
    )
    assert {"Andy Roddick", "Kevin Kim", "Williams", "Smith"} <= set(names)
    assert not [n for n in names if any(c.isdigit() for c in n)]


def test_a_fixtures_v_splits_the_two_teams() -> None:
    text = "Tickets for Arsenal v West Ham go on sale today."
    names = _names(text, [("Arsenal v West Ham", "ORG")])
    assert "Arsenal" in names and "West Ham" in names


def test_a_number_inside_a_name_stays() -> None:
    text = "Channel 4 News said the Formula 1 team would race."
    names = _names(text, [("Channel 4 News", "ORG"), ("Formula 1", "ORG")])
    assert "Channel 4 News" in names and "Formula 1" in names
