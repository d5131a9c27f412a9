"""Names the model missed or a filter dropped, though the sentence shows they are names
(issues 20 and 22): a body or an acronym that speaks, a full name its context marks as a
person's, a dotted abbreviation, an Arabic article; on made-up texts read by the real model.
Common words, roles and headline fragments stay off the entity list."""

from __future__ import annotations

from pathlib import Path

from test_resolve import resolve_texts
from test_resolve_roles import links_of

from site_builder.resolve.mentions import APPOSITION_WEIGHT, PERSON, SPEECH_WEIGHT, MentionRecord
from site_builder.resolve.names import CANDIDATE, _verdict_by_name, key_of
from site_builder.resolve.speakers import reads_as_person


def types_of(res) -> dict[str, str]:
    return {e.name: e.type for e in res.entities}


def test_a_body_that_speaks_gets_its_page(model, tmp_path: Path) -> None:
    texts = {
        "a": [
            "Action News has learned from neighbours that the driver is from Ohio.",
            '"What did the car look like when you saw it?" Action News asked.',
            "Tacoma Police say the man walked into the office during the party and opened fire.",
        ],
        "b": ["According to EW, “Marsh is best known for his work with his sister."],
        "c": ["PC Magazine said the laptop was the best of the year."],
    }
    res, _, ex = resolve_texts(texts, tmp_path)
    kinds = types_of(res)
    assert kinds.get("Action News") == "organization", kinds
    assert kinds.get("Tacoma Police") == "organization", kinds
    assert kinds.get("EW") == "organization", kinds
    assert kinds.get("PC Magazine") == "organization", kinds  # "Magazine" votes as a head
    # every mention of the speaking body is linked, not only the one before the verb
    assert set(links_of(res, ex, "a", "Action News")) == {"Action News"}


def test_words_that_speak_but_name_no_body_stay_off(model, tmp_path: Path) -> None:
    texts = {
        "a": [
            "TACOMA POLICE SAY MAN FLED",
            "Senior Police say the roads stay closed. The Sheriff said nothing.",
            "Critics said the plan was late. Shares fell, Officials said.",
        ]
    }
    res, _, _ = resolve_texts(texts, tmp_path)
    names = {e.name for e in res.entities}
    for noise in ("Senior Police", "Sheriff", "Critics", "Shares", "Officials", "POLICE SAY"):
        assert not any(noise.casefold() in n.casefold() for n in names), names


def test_a_full_name_its_context_calls_a_person(model, tmp_path: Path) -> None:
    texts = {
        "a": [
            "Orsolya Brandvik, an agriculture student at the University of Oregon, in 2009"
            " wrote a thesis on the dairy.",
            "Quillon Fenmore, 17, who works at the gas station near the bank, also heard the"
            " blast.",
            "Fenmore said the windows shook.",
        ]
    }
    res, _, ex = resolve_texts(texts, tmp_path)
    # the model left "Quillon Fenmore" unlabelled here, and lists no given name "Quillon"
    assert links_of(res, ex, "a", "Quillon Fenmore") == ["Quillon Fenmore"]
    assert types_of(res).get("Quillon Fenmore") == "person"
    assert links_of(res, ex, "a", "Fenmore") == ["Quillon Fenmore"]


def test_dotted_abbreviations_and_arabic_articles_are_name_words() -> None:
    def verdict(surface: str, label: str) -> int:
        key, tokens = key_of(surface)
        return _verdict_by_name(surface, key, tokens, label, False)

    name = verdict("Paris", "GPE")
    # "la" of "L.A." is no French article, "al-" no lower-case fragment
    assert verdict("East L.A.", "LOC") == name
    assert verdict("al-Ikhbariya", "ORG") == name
    # still junk: lower-case fragments, a prefix, a time of day with a common word
    assert verdict("pro-Kremlin", "NORP") != name
    assert verdict("al-qaeda", "ORG") != name
    assert verdict("Foreign Minister", "ORG") != name


def test_a_place_with_a_dotted_abbreviation_keeps_its_page(model, tmp_path: Path) -> None:
    texts = {
        "a": [
            "He walked into the lobby of the East L.A. station and turned himself in.",
            "The East L.A. sheriff's station is on Third Street.",
        ]
    }
    res, _, ex = resolve_texts(texts, tmp_path)
    assert set(links_of(res, ex, "a", "East L.A.")) == {"East L.A."}


def run(text: str, person_vote: float, paragraph: str = "") -> MentionRecord:
    """A run the model missed, with a person vote, where it stands in ``paragraph``."""
    key, tokens = key_of(text)
    start = paragraph.find(text) if paragraph else 0
    votes = {PERSON: person_vote}
    return MentionRecord(0, 0, 0, start, start + len(text), text, key, tokens, CANDIDATE, votes)


def test_a_speech_verb_alone_makes_no_person_of_a_run() -> None:
    # "Acme Gizmoes said": a company speaks too
    assert not reads_as_person(run("Acme Gizmoes", SPEECH_WEIGHT), text="")
    # "Acme Gizmoes, 34, who ...": only a person has an age
    assert reads_as_person(run("Acme Gizmoes", APPOSITION_WEIGHT), text="")
    # a role, a common word or a head word is no word of a person's name
    for text in ("Sheriff Gizmoes", "Acme News", "Acme Street", "Yesterday Gizmoes"):
        assert not reads_as_person(run(text, APPOSITION_WEIGHT), text=""), text


def test_a_one_word_name_that_speaks_after_its_age_is_a_person(model, tmp_path: Path) -> None:
    # the model tags none of these "Edu": an age and a speech verb after the word say it is
    # a person's name, and every mention of it in the story is linked
    texts = {
        "a": [
            "Chelsea's Brazilian midfielder Edu has criticised the club over his contract.",
            'And Edu, 26, added: "My agent will meet them on Friday."',
            'Edu said: "I like London very much."',
        ]
    }
    res, _, ex = resolve_texts(texts, tmp_path)
    assert types_of(res).get("Edu") == "person", types_of(res)
    assert links_of(res, ex, "a", "Edu") == ["Edu", "Edu", "Edu"]


def test_a_one_word_run_needs_its_age_a_speech_verb_and_a_word_before_it() -> None:
    paragraph = "And Edu, 26, added: yes"
    assert reads_as_person(run("Edu", APPOSITION_WEIGHT, paragraph), paragraph)
    for word, paragraph in (
        ("Test", "Test, 26, said the coach."),  # a capital opening a sentence is the sentence's
        ("Sixers", "and the Sixers, 41, won again"),  # a record, not an age: no speech verb
        ("Edu", "and Edu said it was over"),  # a speech verb alone: a company speaks too
    ):
        assert not reads_as_person(run(word, APPOSITION_WEIGHT, paragraph), paragraph), paragraph


def test_a_peer_by_title_and_surname_is_a_person(model, tmp_path: Path) -> None:
    # the small model tags no "Lord Browne"; a role's or a thing's word after the title
    # is no peer
    texts = {
        "a": [
            "Oil firm BP made record profits in its third quarter.",
            "Speaking on the radio on Tuesday, Lord Browne said the profits were high.",
            '"The profits are up more than the price of oil is up," he said.',
            "The Lord Chancellor and the Lord Mayor attended the service at the Lady Chapel.",
        ]
    }
    res, _, _ = resolve_texts(texts, tmp_path)
    kinds = types_of(res)
    assert kinds.get("Lord Browne") == "person", kinds
    for role in ("Lord Chancellor", "Lord Mayor", "Lady Chapel"):
        assert kinds.get(role) != "person", kinds
