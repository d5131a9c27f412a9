"""People as the quotes stage sees them (``site_builder/quotes/persons.py`` and
``leads.py``): names the model mistyped, the pronoun a person takes, a profile's
subject, and a lead quotation. The articles run through the real NLP model and
resolver; their wording follows the ECB+ news the rules were found on."""

from __future__ import annotations

from pathlib import Path

from site_builder.quotes.persons import (
    coordinated,
    known_pronouns,
    main_person,
    missed_speaker,
    people_retyped,
    person_shaped,
    pronoun_chain,
)

from .quoted_article import said_and_types


def test_a_person_the_model_typed_as_an_organisation_speaks(tmp_path: Path) -> None:
    quotes, types = said_and_types(
        tmp_path,
        "Chris Weitz will direct the sequel to Summit Entertainment's vampire film, the "
        "second installment in Stephenie Meyer's four-book series.",
        "Meyer penned a letter that sought to calm fans nervous about the switch.",
        "“Torches and pitchforks aren't going to be necessary,” she wrote on her Web site.",
    )
    assert types["Stephenie Meyer"] == "organization"  # the model's slip this test is about
    # her surname alone ("Meyer penned") and her given name say she is a person
    assert quotes == [("Torches and pitchforks aren't going to be necessary,", "Stephenie Meyer")]


def test_an_age_and_a_role_before_a_mistyped_name_make_it_a_person(tmp_path: Path) -> None:
    quotes, types = said_and_types(
        tmp_path,
        "Athens was calm on Sunday after eight days of riots.",
        "“In the end, the violence that we use is minimal in comparison to the violence the "
        "system uses, like the banks,” said 32-year-old unionist Paris Kyriakides.",
    )
    # the model's slip this test is about; the resolver reads "32-year-old protester X"
    # as a person's now (resolve/person_cues.py), not a word it does not list
    assert types["Paris Kyriakides"] == "organization"
    assert [speaker for _, speaker in quotes] == ["Paris Kyriakides"]


def test_she_is_not_a_man_and_a_profile_is_about_its_subject(tmp_path: Path) -> None:
    quotes, _ = said_and_types(
        tmp_path,
        "Bettie Page, the pin-up model, has died at the age of 85.",
        "Ms Page had been admitted to hospital for treatment for pneumonia.",
        "Ms Page became famous in the 1950s, and Ms Page later became a born-again Christian.",
        "“She captured the imagination of a generation,” her agent, Mark Roesler, said yesterday.",
        "“She is the embodiment of beauty.”",
        "Even though she conceded to the occasional public event, she never agreed to having "
        "her photograph taken again.",
        "“I don't want to be photographed in my old age,” she said in 1998.",
    )
    # "she" is not Mark Roesler; with nobody else in reach it is the woman the article is
    # about, named four times with "Ms" (the surname's own entity joins her full name)
    assert [speaker for _, speaker in quotes] == ["Mark Roesler", "Mark Roesler", "Bettie Page"]


def test_two_joined_names_leave_a_pronoun_ambiguous(tmp_path: Path) -> None:
    quotes, _ = said_and_types(
        tmp_path,
        "Bettie Page became one of the most photographed women in the world.",
        "Filmmaker and aviator Howard Hughes also doggedly pursued Page but she rebuffed him.",
        "“I never returned any of his calls,” she once said.",
    )
    # the model took "Filmmaker" for a person: the sentence's subject is two names
    assert quotes == [("I never returned any of his calls,", None)]


def test_a_lead_quotation_is_the_speaker_the_next_sentence_names(tmp_path: Path) -> None:
    quotes, _ = said_and_types(
        tmp_path,
        "“She's not a loose cannon. She's a hard worker, works very hard. She's very spiritual.”",
        "Kenneth Dorsey says the woman accused of killing two co-workers at the Kraft plant "
        "is a good person.",
        "Dorsey worked with her for years.",
    )
    assert [speaker for _, speaker in quotes] == ["Kenneth Dorsey"]


# the rules on their own, with the names as the resolver links them


class Name:
    """A linked name (see ``article_text.Candidate``)."""

    def __init__(self, start: int, end: int, entity_id: str, type_: str = "person") -> None:
        self.start, self.end, self.entity_id, self.type = start, end, entity_id, type_


def linked(
    paragraphs: list[str], *names: tuple[int, str, str, str]
) -> list[tuple[int, int, int, str, str]]:
    """``(paragraph, surface, entity id, type)`` -> the stage's linked tuples."""
    rows = []
    for p, surface, entity_id, type_ in names:
        start = paragraphs[p].index(surface)
        rows.append((p, start, start + len(surface), entity_id, type_))
    return rows


def test_person_shaped_names() -> None:
    assert person_shaped("Stephenie Meyer")
    assert person_shaped("Paris Kyriakides")  # a place's name may be a given name
    assert not person_shaped("Summit Entertainment")
    assert not person_shaped("Wasilla Bible Church")
    assert not person_shaped("France Telecom")
    assert not person_shaped("Madonna")


def test_a_team_a_cut_name_and_a_title_are_not_retyped() -> None:
    paragraphs = [
        "The Jacksonville Jaguars lost. The Jaguars could stop those runs.",
        "Labour's Shadow Home Secretary Yvette Cooper said it was damning.",
        "said Secretary of the Interior Dirk Kempthorne. Mr. Kempthorne met Dirk Kempthorne.",
        "San Diego Chargers receiver Vincent Jackson was arrested. Chargers coach Norv Turner.",
    ]
    rows = linked(
        paragraphs,
        (0, "Jacksonville Jaguars", "jaguars", "organization"),
        (0, "Jaguars", "jaguars", "organization"),
        (1, "Shadow Home", "shadow", "organization"),
        (2, "Interior Dirk Kempthorne", "interior", "organization"),
        (2, "Dirk Kempthorne", "kempthorne", "person"),
        (3, "San Diego Chargers", "chargers", "organization"),
        (3, "Chargers", "chargers", "organization"),
    )
    names = {
        "jaguars": "Jacksonville Jaguars",
        "shadow": "Shadow Home",
        "interior": "Interior Dirk Kempthorne",
        "kempthorne": "Dirk Kempthorne",
        "chargers": "San Diego Chargers",
    }
    assert people_retyped(paragraphs, rows, names) == set()


def test_known_pronouns_from_titles_roles_and_given_names() -> None:
    paragraphs = ["Ms Page met spokeswoman Lee Smith, Mark Roesler and Chris Weitz."]
    rows = linked(
        paragraphs,
        (0, "Page", "page", "person"),
        (0, "Lee Smith", "smith", "person"),
        (0, "Mark Roesler", "roesler", "person"),
        (0, "Chris Weitz", "weitz", "person"),
    )
    names = {
        "page": "Page",
        "smith": "Lee Smith",
        "roesler": "Mark Roesler",
        "weitz": "Chris Weitz",
    }
    # "Chris" may be either: nothing is known of him
    assert known_pronouns(paragraphs, rows, names) == {
        "page": "she",
        "smith": "she",
        "roesler": "he",
    }


def test_a_profile_subject_needs_one_person_of_that_surname() -> None:
    names = {"greg": "Greg McDermott", "doug": "Doug McDermott", "mc": "McDermott"}
    named = [Name(0, 1, "greg"), Name(0, 1, "doug"), *[Name(0, 1, "mc") for _ in range(4)]]
    assert main_person(named, names, {"greg": "he", "doug": "he"}, "he") is None
    page = {"page": "Page", "bettie": "Bettie Page", "x": "Mark Roesler"}
    named = [Name(0, 1, "bettie"), *[Name(0, 1, "page") for _ in range(3)], Name(0, 1, "x")]
    assert main_person(named, page, {"page": "she", "x": "he"}, "she") == "page"
    assert main_person(named, page, {"page": "she", "x": "he"}, "he") is None  # not him
    assert main_person(named, page, {}, "she") is None  # the article never says "she"


def test_someone_unknown_between_a_pronoun_and_its_person() -> None:
    masked = [
        "Woodward and Bernstein kept the secret.",
        "O'Connor said Thursday his friend was at peace.",
        "Page was subpoenaed by Estes Kefauver.",
    ]
    named = {0: [Name(0, 8, "w"), Name(13, 22, "b")], 2: [Name(23, 37, "k")]}
    assert missed_speaker(masked, named, {}, (0, 0), (1, 48))  # "O'Connor said"
    assert not missed_speaker(masked, named, {}, (0, 0), (0, 39))
    assert missed_speaker(masked, named, {2: [(0, 4)]}, (2, 0), (2, 38))  # "Page" unlinked
    assert not missed_speaker(masked, named, {}, (2, 0), (2, 38))
    assert coordinated(masked[0], named[0], 0, "person") == {"b"}
    assert coordinated(masked[2], named[2], 23, "person") == set()


def test_a_surname_alone_in_the_text_makes_a_mistyped_name_a_person() -> None:
    # the model typed "Peyton Manning" an organisation and missed "Manning" alone
    paragraphs = [
        "Peyton Manning completed 29 of 34 passes for the Colts.",
        "“This is a funny game,” Manning said.",
        "The Colts' Manning Fund is a charity.",
    ]
    rows = linked(paragraphs, (0, "Peyton Manning", "manning", "organization"))
    assert people_retyped(paragraphs, rows, {"manning": "Peyton Manning"}) == {"manning"}
    # only after "the", or only with the given name, it tells nothing
    paragraphs = ["Peyton Manning completed 29 passes.", "The Manning said nothing."]
    rows = linked(paragraphs, (0, "Peyton Manning", "manning", "organization"))
    assert people_retyped(paragraphs, rows, {"manning": "Peyton Manning"}) == set()


def test_a_name_after_a_capitalised_the_is_a_title_not_a_person() -> None:
    paragraphs = [
        "Page inspired the 2005 film The Notorious Bettie Page.",
        "Page said she was puzzled by it.",
    ]
    rows = linked(
        paragraphs,
        (0, "Notorious Bettie Page", "film", "organization"),
        (1, "Page", "page", "organization"),
    )
    names = {"film": "Notorious Bettie Page", "page": "Page"}
    assert people_retyped(paragraphs, rows, names) == set()


def test_a_chain_of_the_same_pronoun_reaches_back_to_its_person(tmp_path: Path) -> None:
    quotes, _ = said_and_types(
        tmp_path,
        "Luke Pigeon, who lives next door, said armed officers surrounded the building.",
        "He spent the next two hours in his apartment.",
        "Finally, he heard activity as the gunman gave himself up.",
        "“They cuffed him on the ground and they took him into a cruiser,” he said.",
    )
    assert [speaker for _, speaker in quotes] == ["Luke Pigeon"]


def test_pronoun_chain_stops_at_a_name_or_another_pronoun() -> None:
    masked = ["Pigeon said so.", "He left.", "Finally, he heard it.", "x", "He said"]
    assert pronoun_chain(masked, {}, {}, 2, "he") == 0
    assert pronoun_chain(masked, {1: [Name(0, 2, "x")]}, {}, 2, "he") == 1  # a name
    assert pronoun_chain(masked, {}, {}, 2, "she") == 2  # "she" is someone else
    assert pronoun_chain(masked, {}, {}, 2, "") == 2  # "it", "they": no chain
