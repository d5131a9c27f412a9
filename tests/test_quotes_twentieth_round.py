"""Quotations the stage misread before its twentieth round: a speech verb that is a
word of a name ("the United States" read as "states", which hid the real cue), and a
full name the article left unlinked because the model ran a rank into it ("Police
Constable Tim Fanning said"), told by the archive. The tests run the real NLP model
and resolver on made-up wording that follows the ECB+ news the rules were found on."""

from __future__ import annotations

from pathlib import Path

from site_builder.quotes.archive_names import archive_person, full_names

from .quoted_article import said
from .test_quotes_archive_roles import speakers

PEOPLE = {
    "tim-fanning": "Tim Fanning",
    "fanning": "Fanning",
    "juror-no": "Juror No",
    "anna-ross": "Anna Ross",
    "anna-ross-2": "Anna Ross",
    "ross-ltd": "Ross Ltd",
}
TYPES = {k: "organization" if k == "ross-ltd" else "person" for k in PEOPLE}
INDEX = full_names(PEOPLE, TYPES)


def test_a_place_name_holds_no_speech_verb(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "A fire damaged a church in Wasilla on Friday night.",
        "On Saturday, Jane Whitfield said she was sorry if the fire was in any way "
        "connected to “undeserved negative attention” brought on by her campaign for the "
        "presidency of the United States.",
    )
    assert quotes == [("undeserved negative attention", "Jane Whitfield")]


def test_the_archive_names_the_person_the_rank_hid() -> None:
    assert archive_person("Police Constable Tim Fanning", INDEX) == "tim-fanning"
    assert archive_person("Tim Fanning", INDEX) == "tim-fanning"


def test_no_archive_name_for_a_surname_or_a_shared_or_odd_name() -> None:
    assert archive_person("Constable Fanning", INDEX) is None  # one word known
    assert archive_person("Fanning", INDEX) is None
    assert archive_person("Anna Ross", INDEX) is None  # two people of that name
    assert archive_person("Juror No", INDEX) is None  # no given name
    assert archive_person("Tim Fanning Jr", INDEX) is None


def test_a_ranked_name_is_the_archives_person(tmp_path: Path) -> None:
    found = speakers(
        tmp_path,
        {
            "first": [
                "Constable Tim Fanning said a man opened fire at an office party in "
                "Vancouver on Friday.",
            ],
            "second": [
                "A fired employee shot a man at an office party in Vancouver, police said.",
                "“A man who had just been let go from his job came in and shot another "
                "man,” Police Constable Tim Fanning said.",
            ],
        },
    )
    quotation = "A man who had just been let go from his job came in and shot another man"
    assert found == {quotation: "Tim Fanning"}


def test_an_apology_is_a_cue_of_the_phrase_it_quotes(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "An arsonist has badly damaged the church attended by the Governor of Ohio, Jane "
        "Whitfield, and she has apologised if the fire was connected to “undeserved "
        "negative attention” from her campaign.",
    )
    assert quotes == [("undeserved negative attention", "Jane Whitfield")]


def test_an_apology_naming_nobody_gives_way_to_the_cue_before(tmp_path: Path) -> None:
    found = speakers(
        tmp_path,
        {
            "first": ["Ohio Governor Jane Whitfield visited the burned church on Sunday."],
            "second": [
                "Jane Whitfield's church in Toledo went up in flames this weekend.",
                "On Saturday, the Ohio Governor said she apologizes if the fire was in any "
                "way connected to “undeserved negative attention” brought on by her "
                "campaign.",
            ],
        },
    )
    assert found == {"undeserved negative attention": "Jane Whitfield"}


def test_a_memorandum_speaks_for_the_one_who_issued_it(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "The president overturned a rule on endangered species on Tuesday.",
        "Michael Harmon issued a memorandum that suspends the rule while ordering a review "
        "to determine whether it promotes “the purposes of the Endangered Species Act.”",
    )
    assert quotes == [("the purposes of the Endangered Species Act.", "Michael Harmon")]
