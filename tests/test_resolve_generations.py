"""A generation after a surname ("Walter M Phillips Jr", "Larry Mullen Jr") is no
surname: the bare surname ("Mullen") is the person's, and a "Jr" the model cut from
another name ("Bruce L Castor Jr") is nobody's, never a link that joins two people."""

from __future__ import annotations

from pathlib import Path

from test_resolve import by_name, entity_of, resolve_texts

from site_builder.resolve.namesakes import surname_of


def test_the_surname_is_the_word_before_the_generation() -> None:
    assert surname_of(["walter", "m", "phillips", "jr"]) == "phillips"
    assert surname_of(["nick", "j", "rahall", "ii"]) == "rahall"
    assert surname_of(["larry", "mullen"]) == "mullen"
    assert surname_of(["bill", "jr"]) == "jr"  # two words: a name of its own, as written


def test_a_bare_surname_finds_its_person_past_the_generation(model, tmp_path: Path) -> None:
    texts = {
        "u2": [
            "U2 drummer Larry Mullen Jr said the band would tour again next year.",
            "Mullen said the new songs were the band's best in a decade.",
        ]
    }
    res, articles, extractions = resolve_texts(texts, tmp_path)
    assert entity_of(res, articles, extractions, "u2", "Mullen") == by_name(res, "Larry Mullen Jr")


def test_a_lone_generation_joins_nobody(model, tmp_path: Path) -> None:
    texts = {
        "cosby": [
            "Cosby's lawyer, Walter M Phillips Jr, said the comedian was pleased. District "
            "Attorney Bruce L Castor Jr, who was in charge of the case, said detectives found "
            "no complaint."
        ]
    }
    res, _, extractions = resolve_texts(texts, tmp_path)
    assert not any(m.text == "Jr" for m in extractions["cosby"].mentions)
    assert not by_name(res, "Walter M Phillips Jr").aliases
