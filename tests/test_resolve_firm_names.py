"""A firm's one-word name typed a person, and a person's surname typed a body (issue
20): seen on WikinewsSum's news ("Lycos" a person beside "Lycos Europe"; "said Wagner"
of Allan Wagner linked to the Wagner Group). Made-up articles, the real model."""

from __future__ import annotations

from pathlib import Path

from test_resolve_news import linked, resolve

FIRM = [
    "Internet company Kessler Group has made a screensaver that requests data from sites "
    "that sell the goods named in spam e-mail.",
    "Kessler hopes the plan will make the bandwidth bills of spammers soar, said Anna "
    "Brandt of Kessler Group.",
    "Kessler did not want to comment on the legal questions, the company said.",
]


class TestAFirmsFirstWordReadAsAPerson:
    def test_the_word_joins_the_firm_its_story_names(self, model, tmp_path: Path) -> None:
        res, ex = resolve({"spam": FIRM}, tmp_path)
        labels = {(m.text, m.paragraph): m.label for m in ex["spam"].mentions}
        # the model's slip this is about: the firm's first word alone read as a person
        assert labels[("Kessler", 2)] == "PERSON"
        pages = linked(res, ex, "spam", "Kessler")
        assert {(e.type, e.name) for e in pages} == {("organization", "Kessler Group")}

    def test_a_person_of_that_surname_in_the_archive_keeps_it(self, model, tmp_path: Path) -> None:
        # "Walt Disney" beside "Disney": a full person's name ending with the word
        other = ["Tomas Kessler, a retired engineer, lives in Ohio with his wife."]
        res, ex = resolve({"spam": FIRM, "profile": other}, tmp_path)
        pages = linked(res, ex, "spam", "Kessler")
        assert all(e.type == "person" for e in pages)
        assert "Kessler Group" not in {e.name for e in pages}

    def test_he_taking_the_name_up_keeps_it_a_person(self, model, tmp_path: Path) -> None:
        texts = {
            "spam": [
                *FIRM[:2],
                "Kessler did not want to comment, and he left the building before noon.",
            ]
        }
        res, ex = resolve(texts, tmp_path)
        labels = {(m.text, m.paragraph): m.label for m in ex["spam"].mentions}
        assert labels[("Kessler", 2)] == "PERSON"
        pages = linked(res, ex, "spam", "Kessler")
        assert all(e.type == "person" for e in pages)

    def test_a_title_keeps_it_a_person(self, model, tmp_path: Path) -> None:
        texts = {"spam": [*FIRM, "Mr Kessler declined to say more about the screensaver."]}
        res, ex = resolve(texts, tmp_path)
        pages = linked(res, ex, "spam", "Kessler")
        assert all(e.type == "person" for e in pages)

    def test_a_town_of_geonames_is_left_alone(self, model, tmp_path: Path) -> None:
        texts = {
            "aid": [
                "Goma hopes the aid will arrive soon, said Anna Brandt of Goma Relief Council.",
                "Goma did not want to wait for the convoy, the council said.",
            ]
        }
        res, ex = resolve(texts, tmp_path)
        labels = {(m.text, m.paragraph): m.label for m in ex["aid"].mentions}
        assert labels[("Goma", 1)] == "PERSON"
        pages = linked(res, ex, "aid", "Goma")
        assert "Goma Relief Council" not in {e.name for e in pages}
        assert "organization" not in {e.type for e in pages}

    def test_a_title_named_after_its_owner_is_not_joined(self, model, tmp_path: Path) -> None:
        texts = {
            "spam": [
                "Kessler did not want to comment on the legal questions, the company said.",
                "The story was first told by Kessler News, the company's newsletter.",
            ]
        }
        res, ex = resolve(texts, tmp_path)
        labels = {(m.text, m.paragraph): m.label for m in ex["spam"].mentions}
        assert labels[("Kessler", 0)] == "PERSON"
        pages = linked(res, ex, "spam", "Kessler")
        # the firm, on a page of its own: not the newsletter's
        assert {(e.type, e.name) for e in pages} == {("organization", "Kessler")}


ANDEAN = [
    '"We had always foreseen that this community would be formed gradually," secretary-'
    "general Allan Wagner told reporters.",
    '"Our ultimate goal is a union of South America," said Wagner.',
    "Wagner noted that there are a total of 350 projects in the plan.",
]


class TestASurnameTheGazetteerReadsAsABody:
    def test_the_surname_goes_to_the_person_its_story_names(self, model, tmp_path: Path) -> None:
        res, ex = resolve({"andes": ANDEAN}, tmp_path)
        pages = linked(res, ex, "andes", "Wagner")
        assert {(e.type, e.name) for e in pages} == {("person", "Allan Wagner")}
        assert "Wagner Group" not in {e.name for e in res.entities}

    def test_without_the_person_the_word_is_the_body(self, model, tmp_path: Path) -> None:
        texts = {"war": ["Fighters of Wagner took the town, officials in Kyiv said."]}
        res, ex = resolve(texts, tmp_path)
        pages = linked(res, ex, "war", "Wagner")
        assert {(e.type, e.name) for e in pages} == {("organization", "Wagner Group")}

    def test_a_story_naming_the_body_in_full_keeps_it(self, model, tmp_path: Path) -> None:
        texts = {
            "war": [
                "The Wagner Group claimed the town, said analyst Peter Wagner of the "
                "Institute for War.",
                "Wagner fighters were seen in the streets on Monday.",
            ]
        }
        res, ex = resolve(texts, tmp_path)
        by_id = {e.id: e for e in res.entities}
        bare = [
            by_id[res.links[("war", i)]]
            for i, m in enumerate(ex["war"].mentions)
            if m.text == "Wagner" and ("war", i) in res.links
        ]
        assert all(e.name == "Wagner Group" for e in bare)


VALMONT = [
    "HOUSTON, March 13 - Valmont Mining Corp said it would distribute the shares of its "
    "copper unit to its holders as a dividend.",
    'In a statement, Valmont said the changes "will impede any change of control of the unit."',
    "Valmont owns about 80 pct of the unit's stock.",
]


class TestAFirmsFirstWordReadAsAPlace:
    """Wire copy (reu4373, set reu47): "Newmont" and "Magma" alone typed places beside
    "Newmont Mining Corp" and "Magma Copper Co", so the company's quotation had no speaker."""

    def test_the_word_joins_the_company_its_story_names(self, model, tmp_path: Path) -> None:
        res, ex = resolve({"dividend": VALMONT}, tmp_path)
        labels = {(m.text, m.paragraph): m.label for m in ex["dividend"].mentions}
        # the model's slip this is about: the company's first word alone read as a place
        assert labels[("Valmont", 1)] == "GPE"
        pages = linked(res, ex, "dividend", "Valmont")
        assert {(e.type, e.name) for e in pages} == {("organization", "Valmont Mining Corp")}

    def test_a_use_as_a_place_keeps_it_a_place(self, model, tmp_path: Path) -> None:
        texts = {"dividend": [*VALMONT, "The unit runs two mines near Valmont and a smelter."]}
        res, ex = resolve(texts, tmp_path)
        pages = linked(res, ex, "dividend", "Valmont")
        assert "Valmont Mining Corp" not in {e.name for e in pages}

    def test_a_body_with_no_legal_form_is_not_joined(self, model, tmp_path: Path) -> None:
        # a region or a town opens the names of bodies of its own ("Alberta Energy"):
        # only a company's legal form says the word is the firm's
        texts = {"dividend": [t.replace("Mining Corp", "Mining Council") for t in VALMONT]}
        res, ex = resolve(texts, tmp_path)
        pages = linked(res, ex, "dividend", "Valmont")
        assert "Valmont Mining Council" not in {e.name for e in pages}


def test_a_firm_s_two_first_words_typed_a_person_join_it(model, tmp_path: Path) -> None:
    # reu5070 (reu59): "Marine Midland NA's O'Neill" read "Marine Midland" as a person
    texts = {
        "dollar": [
            '"So far the group has been a roaring success," said James Walsh, financial '
            "markets economist at Marine Midland Bank NA.",
            '"The market was surprised that the Fed showed its face so soon," said Marine '
            "Midland NA's Walsh.",
        ]
    }
    res, ex = resolve(texts, tmp_path)
    labels = {(m.text, m.paragraph): m.label for m in ex["dollar"].mentions}
    assert labels[("Marine Midland", 1)] == "PERSON"
    pages = linked(res, ex, "dollar", "Marine Midland")
    assert {(e.type, e.name) for e in pages} == {("organization", "Marine Midland Bank NA")}
