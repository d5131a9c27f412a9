"""Entity types by class, issue 20's ninth round: each class on made-up sentences."""

from __future__ import annotations

from site_builder.resolve.mentions import (
    body_context_vote,
    context_of,
    legal_suffix_vote,
    place_context_vote,
)


def _span(text: str, name: str) -> tuple[int, int]:
    start = text.index(name)
    return start, start + len(name)


def test_a_name_written_with_a_legal_form_is_a_company() -> None:
    # "Harry" opens the name: without the form's vote the given name made it a person
    assert legal_suffix_vote("Harry Brandt Diamond Corp.") > 0
    assert legal_suffix_vote("Patel Shipping Ltd") > 0
    assert legal_suffix_vote("Lindqvist Holding AG") > 0
    # no form, or a lower-case word that only spells like one, gives nothing
    assert legal_suffix_vote("Harry Brandt") == 0
    assert legal_suffix_vote("Corp.") == 0
    assert legal_suffix_vote("Maria and co") == 0


def test_a_name_after_a_street_and_a_comma_is_its_town() -> None:
    for text in (
        "Ann Reid, 61, of Mill Street, Dunholm was charged on Monday.",
        "The bodies were found at a house in Mill Street, Dunholm, on Sunday.",
        "Police sealed off Harbour Road, Dunholm.",
    ):
        assert place_context_vote(text, *_span(text, "Dunholm"), "ORG") > 0, text
    # a street word that is a surname too opens a list of people, not an address
    text = "He admired Chuck Close, Walker Evans and others."
    assert place_context_vote(text, *_span(text, "Walker Evans"), "PERSON") == 0
    # a given name opens a person's name, whatever the sentence's opening
    text = "On Mill Street, John Dunholm was arrested."
    assert place_context_vote(text, *_span(text, "John Dunholm"), "PERSON") == 0
    # a speaker after the street is no town
    text = "Outside his office on Mill Street, Dunholm said he would stay."
    assert place_context_vote(text, *_span(text, "Dunholm"), "PERSON") == 0


def test_an_age_before_a_name_or_a_kin_after_it_makes_a_person() -> None:
    def person_votes(text: str, name: str) -> list[float]:
        return context_of(text, *_span(text, name))[2]

    assert person_votes("The jury heard that 58-year-old Mira Talbot died at once.", "Mira Talbot")
    assert person_votes("Talbot's adult son wept in court.", "Talbot")
    assert person_votes("He met Talbot's widow last year.", "Talbot")
    # an age before a name and a thing's word is the thing's age
    assert not person_votes("The 150-year-old Kestrel store closed.", "Kestrel")
    # an age before a town and a resident: the name says where one lives
    assert not person_votes("A 57-year-old Dunholm woman was hurt.", "Dunholm")
    # a body's own words are no kin
    assert not person_votes("Talbot's shares fell.", "Talbot")
    # a body's sibling or parent is a body
    assert not person_votes("Kestrel's sister network aired it.", "Kestrel")
    assert not person_votes("Kestrel's parent company agreed.", "Kestrel")


def test_a_country_after_a_name_in_brackets_or_after_in_makes_a_town() -> None:
    for text, name in (
        ("The link between Ras Kadir (Egypt) and Genoa (Italy) broke.", "Ras Kadir"),
        ("The link between Ras Kadir (Egypt) and Genoa (Italy) broke.", "Genoa"),
        ("The fault lay between Ras Kadir in Egypt and Genoa in Italy.", "Ras Kadir"),
        ("The fault lay between Ras Kadir in Egypt and Genoa in Italy.", "Genoa"),
    ):
        assert place_context_vote(text, *_span(text, name), "PERSON") > 0, (text, name)
    # a given name opens a person's name: "Maria Lopez (Spain)" in a list of results
    text = "Second was Maria Lopez (Spain), third Ana Ruiz."
    assert place_context_vote(text, *_span(text, "Maria Lopez"), "PERSON") == 0
    # a body the model reads as one is the body's branch in that country
    text = "He supplies the Herbal Remedy Industry in Canada."
    assert place_context_vote(text, *_span(text, "Herbal Remedy Industry"), "ORG") == 0
    # "in" and a country that does not close the phrase says nothing
    text = "Ras Kadir in Egypt's north was hit."
    assert place_context_vote(text, *_span(text, "Ras Kadir"), "PERSON") == 0


def test_each_name_of_a_list_that_places_kind_opens_is_a_place() -> None:
    text = "The storm flattened the villages of Dorvan, Kelsit and Amrabad."
    for name in ("Dorvan", "Kelsit", "Amrabad"):
        assert place_context_vote(text, *_span(text, name), "PERSON") > 0, name
    text = "The worst-hit towns were identified as Dorvan, Kelsit, Amrabad and Tosh."
    for name in ("Dorvan", "Tosh"):
        assert place_context_vote(text, *_span(text, name), "ORG") > 0, name
    # a list that a lower-case word breaks is no longer the places' list
    text = "The villages of Dorvan were visited by Kelsit and his aides."
    assert place_context_vote(text, *_span(text, "Kelsit"), "PERSON") == 0


def test_a_medium_or_a_body_in_an_apposition_or_after_a_name_makes_an_organisation() -> None:
    def vote(text: str, name: str) -> float:
        return body_context_vote(text, *_span(text, name), name.lower())

    assert vote("According to NetPulse, the largest tech website in Kenya, it broke.", "NetPulse")
    assert vote("He chased the Night Column, a violent splinter group.", "Night Column")
    assert vote("She told the Daily Ledger newspaper on Monday.", "Daily Ledger")
    # a person's apposition names the body after a preposition
    assert not vote("Ana Ruiz, a member of the group, spoke.", "Ana Ruiz")
    assert not vote("Ana Ruiz, a company spokeswoman, spoke.", "Ana Ruiz")
    # "a Dunholm newspaper" is the town's paper
    assert not vote("He read it in a Dunholm newspaper.", "Dunholm")


def test_a_british_county_is_a_known_place() -> None:
    from site_builder.gazetteer import PLACES
    from site_builder.resolve.archive import best_type
    from site_builder.resolve.mentions import knowledge_votes

    # the small model reads "Surrey" as a person's name
    assert best_type(dict(knowledge_votes("surrey", ("surrey",), "PERSON"))) == "place"
    # and a town before a county is a town, as before a US state
    text = "The store in Ashby Vale, Cumbria, burned down."
    assert place_context_vote(text, *_span(text, "Ashby Vale"), "PERSON") > 0
    # counties that are names of people too stay out
    assert "kent" not in PLACES and "devon" not in PLACES


def test_a_company_word_alone_is_a_company() -> None:
    from site_builder.resolve.archive import best_type
    from site_builder.resolve.mentions import knowledge_votes

    # the model cut "Telecom" from "Telecom Egypt" and read it as a place
    assert best_type(dict(knowledge_votes("telecom", ("telecom",), "GPE"))) == "organization"
    assert best_type(dict(knowledge_votes("motors", ("motors",), "PERSON"))) == "organization"
    # any other lone word keeps the model's reading
    assert best_type(dict(knowledge_votes("dunholm", ("dunholm",), "GPE"))) == "place"


def test_a_name_right_after_a_word_for_a_body_is_an_organisation() -> None:
    def vote(text: str, name: str) -> float:
        return body_context_vote(text, *_span(text, name), name.lower())

    assert vote("The localist group Urban Pride won two seats.", "Urban Pride")
    assert vote("Shares of the retailer Kestrel fell.", "Kestrel")
    # a role word that names people too, or a given name, makes no body
    assert not vote("She posed for publisher Ron Hale.", "Ron Hale")
    assert not vote("Members of the party Mary Ellis led voted no.", "Mary Ellis")


def test_a_name_before_police_or_area_is_the_town() -> None:
    for text in (
        "A Dunholm police officer was hurt.",
        "According to Dunholm police, the car was stolen.",
        "A Dunholm-area bank was robbed.",
    ):
        assert place_context_vote(text, *_span(text, "Dunholm"), "ORG") > 0, text
    # the force's own name, capitalised, is the body's
    text = "Dunholm Police said the car was stolen."
    assert place_context_vote(text, *_span(text, "Dunholm"), "ORG") == 0


def test_a_country_in_brackets_after_a_result_s_name_is_a_nationality() -> None:
    # no locative word opens the phrase: the country is the runner's
    for text, name in (
        ("The race was won by Kenet Abera (Ethiopia) in record time.", "Kenet Abera"),
        ("Second were Tolu and Kenet Abera (Ethiopia).", "Kenet Abera"),
    ):
        assert place_context_vote(text, *_span(text, name), "PERSON") == 0, text
