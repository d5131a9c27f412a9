"""Issue 20's BBC round: a work's title is no person, and a nationality word the model
ran into a person's name is no part of it. Short made-up texts read by the real model."""

from __future__ import annotations

from pathlib import Path

from test_resolve import resolve_texts

from site_builder.models import Entity, Extraction, Resolution


def resolve(
    texts: dict[str, list[str]], tmp_path: Path
) -> tuple[Resolution, dict[str, Extraction]]:
    """Run the real extraction and resolution on articles given as paragraphs."""
    resolution, _, extractions = resolve_texts(texts, tmp_path)
    return resolution, extractions


def links_of(res: Resolution, ex: dict[str, Extraction], article: str, text: str) -> list:
    """Return the entity (or None) of every mention with this surface text in an article."""
    by_id = {e.id: e for e in res.entities}
    found = [
        by_id.get(res.links.get((article, i), ""))
        for i, m in enumerate(ex[article].mentions)
        if m.text == text
    ]
    assert found, f"{text!r} not read in {article}: {ex[article].mentions}"
    return found


def named(res: Resolution, name: str) -> Entity | None:
    return next((e for e in res.entities if e.name == name), None)


class TestWorksAreNoPeople:
    def test_a_list_of_films_gets_no_pages(self, model, tmp_path: Path) -> None:
        texts = {
            "films": [
                "The Oscar-nominated actor, whose films include Schindler's List, Michael "
                "Collins and Star Wars: The Phantom Menace, said the theatre had to be saved.",
                "The theatre's director said the appeal had raised two million pounds.",
            ],
            # the Irish leader of the same name, named as a person: his page stays
            "leader": [
                "Michael Collins led the Irish delegation in London in 1921.",
                "Collins was killed in an ambush a year later.",
            ],
        }
        res, ex = resolve(texts, tmp_path)
        assert links_of(res, ex, "films", "Michael Collins") == [None]
        assert links_of(res, ex, "films", "Phantom Menace") == [None]
        [collins] = links_of(res, ex, "leader", "Michael Collins")
        assert collins is not None and collins.type == "person"
        assert links_of(res, ex, "leader", "Collins") == [collins]

    def test_a_title_before_its_director_is_no_person(self, model, tmp_path: Path) -> None:
        texts = {
            "iris": [
                "Her words were echoed by Iris director Sir Richard Eyre, who called the "
                "work remarkable.",
                "Eyre said the prize would go to the best book of the year.",
            ],
            # the rule reads the words around a name, never the name: the novelist stays
            "murdoch": [
                "The novelist Iris Murdoch wrote 26 novels before her death in 1999.",
                "Murdoch said in 1990 that she wrote every day.",
            ],
        }
        res, ex = resolve(texts, tmp_path)
        assert links_of(res, ex, "iris", "Iris") == [None]
        assert named(res, "Iris") is None
        eyre = named(res, "Richard Eyre")
        assert eyre is not None and eyre.type == "person"
        [murdoch] = links_of(res, ex, "murdoch", "Iris Murdoch")
        assert murdoch is not None and murdoch.type == "person"

    def test_people_and_bodies_beside_such_words_stay(self, model, tmp_path: Path) -> None:
        texts = {
            "a": [
                "The album Madonna released last year sold two million copies, BBC "
                "director Greg Dyke said.",
                "Madonna is touring Europe this summer.",
            ],
            "b": ["The dancer even starred in Hollywood films before she came back to London."],
        }
        res, ex = resolve(texts, tmp_path)
        # "the album Madonna released": the clause goes on with her verb, she is the singer
        madonnas = links_of(res, ex, "a", "Madonna")
        assert madonnas[0] is not None and madonnas[0].type == "person"
        # a body before "director" is no work: the model read it as a body
        [bbc] = links_of(res, ex, "a", "BBC")
        assert bbc is not None and bbc.type == "organization"
        # after "starred in", a name that does not close its title is no title
        [hollywood] = links_of(res, ex, "b", "Hollywood")
        assert hollywood is not None and hollywood.type == "place"

    def test_a_title_in_apposition_to_its_work_word_is_no_person(
        self, model, tmp_path: Path
    ) -> None:
        texts = {
            "film": [
                "Singer George Ashby has said that a new film about his life is the start "
                "of a retirement.",
                "The film, A Distant Story, chronicles Ashby's life and career from the "
                "1980s and his personal struggles.",
                "Her latest movie, Eucalyptus, is shot in Sydney.",
            ],
            # the apposition of a role "of the film" names the person who holds it
            "director": [
                "The director of the film, Vinod Pandey, says the film is not offensive.",
                "Pandey said he would not withdraw the posters.",
            ],
        }
        res, _ = resolve(texts, tmp_path)
        assert named(res, "Distant Story") is None
        assert named(res, "Eucalyptus") is None
        pandey = named(res, "Vinod Pandey")
        assert pandey is not None and pandey.type == "person"


class TestNationalityBeforeAName:
    def test_a_demonym_is_cut_from_the_name(self, model, tmp_path: Path) -> None:
        texts = {
            "race": [
                "Russian Dmitriy Bogdanov won the 800m race in Madrid last week, ahead of "
                "the Spanish champion.",
                "Bogdanov said he was ready for the European indoor championships in March.",
            ],
            "jump": [
                "Dutchman Arnoud Okken finished second in the 1500m, and Frenchwoman Marie "
                "Collonvillé took the long jump.",
                "Okken said the track was fast.",
            ],
        }
        res, ex = resolve(texts, tmp_path)
        bogdanov = named(res, "Dmitriy Bogdanov")
        assert bogdanov is not None and bogdanov.type == "person"
        assert links_of(res, ex, "race", "Bogdanov") == [bogdanov]
        # the man's or woman's noun says a person, whatever the model's label
        collonville = named(res, "Marie Collonvillé")
        assert collonville is not None and collonville.type == "person"
        assert not any(e.name.split()[0] in ("Russian", "Frenchwoman") for e in res.entities)

    def test_a_given_name_or_a_body_keeps_its_words(self, model, tmp_path: Path) -> None:
        texts = {
            "a": [
                "Christian Jensen Hall, the club's chairman, said the stadium would be rebuilt.",
                "Hall said the work would take two years.",
            ],
            "b": ["Shares in American Express Bank rose on Monday after the results."],
        }
        res, ex = resolve(texts, tmp_path)
        hall = named(res, "Christian Jensen Hall")  # "Christian" is a given name too
        assert hall is not None and hall.type == "person"
        [amex] = links_of(res, ex, "b", "American Express Bank")
        assert amex is not None and amex.name == "American Express Bank"
