"""Issue 20: a person's name the model missed is read as one from six countries' lists of
given names, not only from the short list of the commonest ones; a name the model typed
keeps its label against a rarer given name, and no common word or city is a given name."""

from __future__ import annotations

from pathlib import Path

from test_resolve import resolve_texts

from site_builder.person_names import ANY_GIVEN_NAMES, GIVEN_NAMES
from site_builder.resolve.mentions import knowledge_votes
from site_builder.resolve.names import key_of


def votes(name: str, label: str) -> dict[str, float]:
    key, tokens = key_of(name)
    return dict(knowledge_votes(key, tokens, label))


def test_the_longer_lists_hold_international_names_and_no_common_words() -> None:
    for name in ("isabelle", "ricardo", "alejandro", "hamish", "fiona"):
        assert name in ANY_GIVEN_NAMES
    assert GIVEN_NAMES < ANY_GIVEN_NAMES
    # a common English word, a city or a country never reads as a given name
    for word in ("grace", "hope", "will", "rose", "austin", "florence", "paris", "jordan"):
        assert word not in ANY_GIVEN_NAMES


def test_a_run_the_model_missed_votes_person_by_a_rarer_given_name() -> None:
    assert votes("Isabelle Kronawitter", "CAND") == {"person": 1.5}
    # a name the model typed keeps its label: "checked into Betty Ford" is the clinic
    assert votes("Betty Ford", "FAC") == {"place": 0.8}
    assert votes("Isabelle Kronawitter", "ORG") == {"organization": 1.0}
    # the commonest given names vote as before, whatever the label
    assert votes("David Kronawitter", "ORG") == {"organization": 1.0, "person": 1.5}
    # a body's head word still decides: "Fiona Holdings" is a firm
    assert "person" not in votes("Fiona Holdings", "CAND")


def test_a_speaker_the_model_missed_gets_a_person_page(model, tmp_path: Path) -> None:
    texts = {
        "jobs": [
            "German unemployment rose for the tenth month in a row in November.",
            "“The deterioration of the labour market does not come as a surprise,” said "
            "Isabelle Kronawitter at Hypovereinsbank.",
        ]
    }
    res, _, _ = resolve_texts(texts, tmp_path)
    # the small model labels no name in the sentence; the run reads as a person's
    assert {e.name: e.type for e in res.entities}.get("Isabelle Kronawitter") == "person"
