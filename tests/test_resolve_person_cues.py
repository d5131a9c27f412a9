"""People the model typed as bodies, and a newspaper it typed as a person (issues 20 and
22): the words around the name say what it is. Made-up names, the real model."""

from __future__ import annotations

from pathlib import Path

from test_resolve_news import linked, resolve

from site_builder.resolve.mentions import context_of
from site_builder.resolve.person_cues import (
    aged_person_vote,
    author_vote,
    daily_vote,
    kin_apposition_vote,
    name_after_opening_title,
    profession_vote,
    role_apposition_vote,
    told_medium_vote,
)


def _span(text: str, name: str) -> tuple[int, int]:
    start = text.index(name)
    return start, start + len(name)


PROFESSOR = [
    "A professor of economics at Patras University, Spyros Antonakis, did not go to work.",
    'But Professor Antonakis says there is "a very deep sense of injustice" across the country.',
    "Antonakis says the crisis is deep.",
]


def test_a_professor_the_model_read_as_a_body_is_one_person(model, tmp_path: Path) -> None:
    res, ex = resolve({"riots": PROFESSOR}, tmp_path)
    labels = {m.text: m.label for m in ex["riots"].mentions}
    # the model's slips this test is about: the full name and the titled spans as bodies
    assert labels.get("Spyros Antonakis") == "ORG"
    assert labels.get("Professor Antonakis") == "ORG"
    pages = {
        e.id: e
        for name in ("Spyros Antonakis", "Professor Antonakis", "Antonakis")
        for e in linked(res, ex, "riots", name)
    }
    # one page, a person's, named by the full name rather than the title's form
    assert len(pages) == 1
    (page,) = pages.values()
    assert page.type == "person"
    assert page.name == "Spyros Antonakis"


def test_a_name_after_a_verb_of_authorship_is_a_person(model, tmp_path: Path) -> None:
    res, ex = resolve(
        {"film": ["The film is based on the trilogy written by Ysolde Marrack."]}, tmp_path
    )
    labels = {m.text: m.label for m in ex["film"].mentions}
    assert labels.get("Ysolde Marrack") == "ORG"  # the model's slip
    assert {e.type for e in linked(res, ex, "film", "Ysolde Marrack")} == {"person"}


def test_a_name_after_a_profession_is_a_person(model, tmp_path: Path) -> None:
    res, ex = resolve({"prize": ["The prize went to novelist Ysolde Marrack on Friday."]}, tmp_path)
    labels = {m.text: m.label for m in ex["prize"].mentions}
    assert labels.get("Ysolde Marrack") == "ORG"  # the model's slip
    assert {e.type for e in linked(res, ex, "prize", "Ysolde Marrack")} == {"person"}


def test_only_a_person_s_trade_before_a_name_counts() -> None:
    text = "He met filmmaker Tavish Orrin."
    assert profession_vote(text, text.index("Tavish"), "tavish orrin") > 0
    # a body's kind or a role that is a thing's too says nothing here
    for text in ("The label signed star Nea Ora.", "The dairy owner Mat Maid said."):
        name = "Nea Ora" if "Nea" in text else "Mat Maid"
        assert profession_vote(text, text.index(name), name.lower()) == 0
    # a word that ends in a profession's letters is no profession
    text = "Metapoet Tavish Orrin"
    assert profession_vote(text, text.index("Tavish"), "tavish orrin") == 0


def test_a_name_in_a_kin_s_apposition_is_a_person(model, tmp_path: Path) -> None:
    text = "Varga was loading the van when his wife, Celestine, heard shots."
    res, ex = resolve({"shots": [text]}, tmp_path)
    labels = {m.text: m.label for m in ex["shots"].mentions}
    assert labels.get("Celestine") == "ORG"  # the model's slip
    assert {e.type for e in linked(res, ex, "shots", "Celestine")} == {"person"}


def test_a_name_after_an_age_and_a_person_s_word_is_a_person(model, tmp_path: Path) -> None:
    text = '"We will not stop," said 31-year-old protester Paris Dimou.'
    res, ex = resolve({"march": [text]}, tmp_path)
    labels = {m.text: m.label for m in ex["march"].mentions}
    assert labels.get("Paris Dimou") == "FAC"  # the model's slip, led by "Paris"
    assert {e.type for e in linked(res, ex, "march", "Paris Dimou")} == {"person"}


def test_kin_and_age_cues_keep_to_people() -> None:
    text = "Dorn's widow, Candee, spoke."
    assert kin_apposition_vote(text, *_span(text, "Candee")) > 0
    # a body's sibling is not a kin's apposition; nor is a name that opens a clause
    text = "Fox's sister network, Kestrel TV, aired it."
    assert kin_apposition_vote(text, *_span(text, "Kestrel TV")) == 0
    text = "his wife, Celestine Varga said nothing"
    assert kin_apposition_vote(text, *_span(text, "Celestine Varga")) == 0
    text = "She sailed on the 40-year-old oil tanker Kestrel Star."
    assert aged_person_vote(text, text.index("Kestrel"), "kestrel star") == 0
    text = "The 150-year-old family firm Kestrel Mills closed."
    assert aged_person_vote(text, text.index("Kestrel"), "kestrel mills") == 0


def test_a_name_after_a_newspaper_s_kind_is_a_body(model, tmp_path: Path) -> None:
    text = '"The country is burning," said an editorial in the conservative daily Nea Ora.'
    res, ex = resolve({"press": [text]}, tmp_path)
    labels = {m.text: m.label for m in ex["press"].mentions}
    assert labels.get("Nea Ora") == "PERSON"  # the model's slip
    assert {e.type for e in linked(res, ex, "press", "Nea Ora")} == {"organization"}


def test_the_medium_a_speaker_told_is_a_body(model, tmp_path: Path) -> None:
    text = '"They are not afraid of anything," the store\'s insurer told Skai Info.'
    res, ex = resolve({"fire": [text]}, tmp_path)
    labels = {m.text: m.label for m in ex["fire"].mentions}
    assert labels.get("Skai Info") == "PERSON"  # the model's slip
    assert {e.type for e in linked(res, ex, "fire", "Skai Info")} == {"organization"}


def test_only_a_medium_told_after_a_quotation_counts() -> None:
    text = '"We are shocked," a neighbour told Alpha Tiempo.'
    assert told_medium_vote(text, *_span(text, "Alpha Tiempo"), "alpha tiempo") > 0
    # a reporter's surname, a person's full name, or no quotation before: nothing
    text = '"She was bad," one man told Schuck.'
    assert told_medium_vote(text, *_span(text, "Schuck"), "schuck") == 0
    text = '"She was bad," one man told Jane Kestrel.'
    assert told_medium_vote(text, *_span(text, "Jane Kestrel"), "jane kestrel") == 0
    text = "He told Alpha Tiempo that he would stay."
    assert told_medium_vote(text, *_span(text, "Alpha Tiempo"), "alpha tiempo") == 0


def test_a_title_opens_a_person_s_name_only_as_a_title() -> None:
    assert name_after_opening_title("Professor Antonakis") == "Antonakis"
    assert name_after_opening_title("Dr. Jane Kestrel") == "Jane Kestrel"
    assert name_after_opening_title("Mrs Kestrel") == "Kestrel"
    assert name_after_opening_title("Prof. Antonakis") == "Antonakis"
    assert name_after_opening_title("M/S Columbus") is None  # a ship
    assert name_after_opening_title("Doctor Who") is None  # a character's name
    assert name_after_opening_title("Professor") is None
    assert name_after_opening_title("Mr. T") is None  # no name's word follows
    assert name_after_opening_title("President Hotel") is None  # a role, not a title


def test_a_role_s_apposition_before_a_name_makes_a_person() -> None:
    for text in (
        "A professor of economics at Patras University, Spyros Antonakis, stayed home.",
        "The group's spokesman, Jens Halvorsen, told reporters.",
        "In a statement, the interior secretary, Dana Kestrel, agreed.",
    ):
        for name in ("Spyros Antonakis", "Jens Halvorsen", "Dana Kestrel"):
            if name in text:
                assert role_apposition_vote(text, *_span(text, name), name.lower()) > 0, text
    # a list after a role's "of" phrase: the names are bodies, one word each
    text = "She was a director of Google, Microsoft, and Apple."
    assert role_apposition_vote(text, *_span(text, "Microsoft"), "microsoft") == 0
    # a word that names a body or a thing as often as a person ("the favourite, X,")
    text = "The candidate, Boeing Defense, won the bid."
    assert role_apposition_vote(text, *_span(text, "Boeing Defense"), "boeing defense") == 0
    # no comma closing the apposition: the name may open the next clause
    text = "A professor at Patras University, Spyros Antonakis said."
    assert role_apposition_vote(text, *_span(text, "Spyros Antonakis"), "spyros antonakis") == 0


def test_only_a_person_s_verbs_of_authorship_count() -> None:
    text = "The trilogy, written by Ysolde Marrack, sold well."
    assert author_vote(text, *_span(text, "Ysolde Marrack"), "ysolde marrack") > 0
    # companies produce and publish
    text = "The film was produced by Kestrel Pictures and published by Nea Ora."
    assert author_vote(text, *_span(text, "Kestrel Pictures"), "kestrel pictures") == 0
    assert author_vote(text, *_span(text, "Nea Ora"), "nea ora") == 0


def test_only_a_newspaper_s_kind_closing_on_the_name_counts() -> None:
    text = "The weekly Proto Thema reported the raid."
    assert daily_vote(text, *_span(text, "Proto Thema"), "proto thema") > 0
    # a daily event named after a body or a place
    text = "He skipped the daily Cabinet meeting."
    assert daily_vote(text, *_span(text, "Cabinet"), "cabinet") == 0
    # a given name opens a person's name: "the daily Jane Kestrel show" is hers
    text = "He read the daily Jane Kestrel."
    assert daily_vote(text, *_span(text, "Jane Kestrel"), "jane kestrel") == 0


def test_a_surname_after_a_title_and_a_given_name_is_a_person(model, tmp_path: Path) -> None:
    text = "Money for weapons should feed the hungry, Cardinal Cormac Fitz-O'Connor has said."
    res, ex = resolve({"mass": [text]}, tmp_path)
    labels = {m.text: m.label for m in ex["mass"].mentions}
    assert labels.get("Fitz-O'Connor") == "ORG"  # the model's slip: the surname alone
    assert {e.type for e in linked(res, ex, "mass", "Fitz-O'Connor")} == {"person"}


def test_a_title_before_a_word_that_is_no_given_name_says_nothing() -> None:
    for before in ("said Cardinal Cormac ", "Peruvian President Alejandro "):
        assert context_of(before + "Smith said.", len(before), len(before) + 5)[0]
    for before in ("shares of General Motors ", "in New York "):
        assert not context_of(before + "Corp said.", len(before), len(before) + 4)[0]
