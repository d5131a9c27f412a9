"""Quotations the stage showed with no speaker though the text tells, found on the
WikinewsSum blind sets: a speech verb it did not know ("she proclaimed, “…”"), a role
with the organisation it belongs to after an inverted cue ("said the director of
CENDA"), a quotation that trails off before its cue ("“… . . .” Sheen said"), a web
address in an apposition, and "the spokesman" of a body brought in unnamed ("a
Microsoft spokesman"). The tests run the real NLP model and resolver on made-up
wording, with cases where the rules must not apply."""

from __future__ import annotations

from pathlib import Path

from site_builder.quotes.persons import missed_subjects

from .quoted_article import said


def test_proclaimed_is_a_speech_verb(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Amina Odhiambo led the march to the city park on Friday.",
        "When the police stopped the marchers at the gate, she proclaimed, “You can lock "
        "the gates, but you cannot lock away a whole town.”",
    )
    assert quotes == [
        ("You can lock the gates, but you cannot lock away a whole town.", "Amina Odhiambo")
    ]


def test_a_role_of_an_organisation_after_an_inverted_cue(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Tomas Ibarra, the director of the Andean Policy Institute (APRI), spoke to "
        "reporters in Lima on Monday.",
        "“The roads will come long before any common currency,” said the director of APRI.",
    )
    assert quotes == [("The roads will come long before any common currency,", "Tomas Ibarra")]


def test_a_role_nobody_holds_names_nobody(tmp_path: Path) -> None:
    # nobody was named the director: the rule must not pick the person named before
    quotes = said(
        tmp_path,
        "Tomas Ibarra, a professor at the Andean Policy Institute (APRI), spoke to "
        "reporters in Lima on Monday.",
        "“The roads will come long before any common currency,” said the director of APRI.",
    )
    assert quotes == [("The roads will come long before any common currency,", None)]


def test_a_quotation_that_trails_off_takes_the_cue_after_it(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Rosa Delgado and Father Ian Moore met the crowd outside the base on Sunday. "
        "“People ask me why I keep coming back, and all I can say is . . .” Delgado said "
        "after the vigil.",
    )
    assert quotes == [
        ("People ask me why I keep coming back, and all I can say is . . .", "Rosa Delgado")
    ]


def test_a_full_stop_still_ends_the_sentence_before_a_cue(tmp_path: Path) -> None:
    # "Moore said" opens a sentence of its own that reports other words: not a cue
    quotes = said(
        tmp_path,
        "Rosa Delgado and Father Ian Moore met the crowd outside the base on Sunday. "
        "“We will keep coming back to this gate every year.” Moore said the vigil "
        "would go on.",
    )
    assert quotes == [("We will keep coming back to this gate every year.", None)]


def test_a_web_address_in_an_apposition(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Several experts questioned the plan.",
        "“This is an attack on other people's servers,” Dana Whitfield, chief counsel for "
        "SpamWatch.org and an adviser to the Internet Users Coalition, told reporters.",
    )
    assert quotes == [("This is an attack on other people's servers,", "Dana Whitfield")]


def test_the_spokesman_of_a_company_named_before(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Meanwhile, Fabrikam Corp. released an update to its browser and is working on a "
        "new version for next year, a company spokesman said.",
        "Fabrikam sees the lost market share as “the normal give and take of a busy "
        "market,” the spokesman said.",
    )
    assert quotes == [("the normal give and take of a busy market,", "Fabrikam Corp.")]


def test_the_spokesman_of_a_body_named_before_him(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "A Northwind Corp. spokesman confirmed the recall on Tuesday.",
        "“We expect to replace every unit by the end of March,” the spokesman said.",
    )
    assert quotes == [("We expect to replace every unit by the end of March,", "Northwind Corp.")]


def test_two_bodies_spokesmen_leave_the_spokesman_unknown(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "A Northwind Corp. spokesman confirmed the recall on Tuesday, and a Fabrikam Inc. "
        "spokesman said its parts were not involved.",
        "“We expect to replace every unit by the end of March,” the spokesman said.",
    )
    assert quotes == [("We expect to replace every unit by the end of March,", None)]


def test_a_spokesman_of_no_body_leaves_the_spokesman_unknown(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Northwind Corp. recalled its heaters on Tuesday. A spokesman said the parts came "
        "from abroad.",
        "“We expect to replace every unit by the end of March,” the spokesman said.",
    )
    assert quotes == [("We expect to replace every unit by the end of March,", None)]


class _Place:
    """A name the resolver linked to a place."""

    def __init__(self, start: int, end: int, type_: str) -> None:
        self.start, self.end, self.type = start, end, type_


def test_a_titled_name_taken_for_a_place_is_a_missed_speaker() -> None:
    text = "Peruvian President Ana Quispe told reporters the plan would take time."
    start = text.index("Quispe")
    place = _Place(start, start + len("Quispe"), "place")
    found = missed_subjects([text], {0: [place]}, (0, 0), (0, len(text)))
    assert [name for _, _, name in found] == ["Peruvian President Ana Quispe"]
    # linked to a person, the name is no missed one
    person = _Place(start, start + len("Quispe"), "person")
    assert missed_subjects([text], {0: [person]}, (0, 0), (0, len(text))) == []


def test_an_accusers_words(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Helen Marsh, for the Green Party, accused the minister of “stalling and hand "
        "wringing” over the new rules.",
        "“Telling people to eat better ignores why so many of them cannot,” she said.",
    )
    assert quotes == [
        ("stalling and hand wringing", "Helen Marsh"),
        ("Telling people to eat better ignores why so many of them cannot,", "Helen Marsh"),
    ]


def test_the_one_accused_is_no_speaker(tmp_path: Path) -> None:
    # the passive and a participle after the name: the subject is the one charged
    for sentence in (
        "Former police chief Victor Pagan was accused of making hundreds of people "
        "“vanish into the night without a trace” during the war.",
        "Former police chief Victor Pagan, accused of making hundreds of people "
        "“vanish into the night without a trace” during the war, died on Monday.",
    ):
        quotes = said(tmp_path, sentence)
        assert [speaker for _, speaker in quotes] in ([], [None])


def test_a_cue_alone_after_the_full_stop_of_a_quotation(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "The two chains will merge next spring. “We want one company with one culture.” "
        "Northwind Chairman Peter Vance said Thursday. “The stores must compete.”",
    )
    assert quotes == [
        ("We want one company with one culture.", "Peter Vance"),
        ("The stores must compete.", "Peter Vance"),
    ]


def test_a_passive_agent_after_a_title(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "The leaders agreed to take “the boldest step yet towards a single market,” as it "
        "was described by Chilean President Marta Solano, at the summit on Friday.",
    )
    assert quotes == [("the boldest step yet towards a single market,", "Marta Solano")]


def test_except_to_say(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Peter Vance spoke to analysts on Thursday.",
        "He would not give any details on job cuts, except to say, “There will be some "
        "changes to the head count.”",
    )
    assert quotes == [("There will be some changes to the head count.", "Peter Vance")]


def test_reminding_is_a_speech_verb(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "The band played on Friday, with singer Rosa Lind reminding fans that “none of us "
        "can forget the people we lost.”",
    )
    assert quotes == [("none of us can forget the people we lost.", "Rosa Lind")]


def test_the_one_reminded_is_no_speaker(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Tom Brandt was reminded of “the worst day of his whole life” when the flood came back.",
    )
    assert [speaker for _, speaker in quotes] in ([], [None])
