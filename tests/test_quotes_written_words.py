"""Written words whose issuer the text names in the clause or a sentence before: "X
issued a statement saying, “…”" is X's, a person's as much as a body's, whoever issued
a statement earlier in the article. Found on the WikinewsSum blind sets (2004-2005
news); the tests run the real NLP model and resolver on made-up wording."""

from __future__ import annotations

from pathlib import Path

from .quoted_article import said


def test_the_one_who_issued_the_statement_speaks_not_an_earlier_issuer(tmp_path: Path) -> None:
    quotes = dict(
        said(
            tmp_path,
            "Three riders were banned by the UCI on Monday. The UCI issued a statement "
            "saying it would review its doping controls. Team owner Marcus Feldman issued "
            'a statement saying, "the blame for this must be shared by the whole team."',
        )
    )
    assert quotes["the blame for this must be shared by the whole team."] == "Marcus Feldman"


def test_an_unnamed_issuer_of_the_statement_leaves_no_speaker(tmp_path: Path) -> None:
    quotes = dict(
        said(
            tmp_path,
            "Greenpeace issued a statement on Friday about the whaling fleet. Later the "
            'club issued a statement saying, "we accept the decision and will not appeal '
            'it in any way at all."',
        )
    )
    assert quotes["we accept the decision and will not appeal it in any way at all."] is None


def test_a_letter_speaks_for_the_one_whose_letter_it_is(tmp_path: Path) -> None:
    quotes = dict(
        said(
            tmp_path,
            "Interior Minister Hans Kessler stepped down on Tuesday. Kessler's letter of "
            "resignation to Chancellor Maria Brandt was dated last week. "
            '"After ten years in office," the letter reads, "it is time for a younger '
            'minister to lead the department."',
        )
    )
    assert quotes["After ten years in office,"] == "Hans Kessler"
    assert quotes["it is time for a younger minister to lead the department."] == "Hans Kessler"


def test_an_e_mail_speaks_for_its_sender(tmp_path: Path) -> None:
    quotes = dict(
        said(
            tmp_path,
            "An e-mail dated March 3 from Laura Pennington of the water board reached the "
            'council. The e-mail says, "the pipes under Main Street must be replaced '
            'before the winter comes."',
        )
    )
    assert quotes["the pipes under Main Street must be replaced before the winter comes."] == (
        "Laura Pennington"
    )


def test_a_letter_whose_author_is_not_named_has_no_speaker(tmp_path: Path) -> None:
    # the addressee is named as near as an author would be: no guess
    quotes = dict(
        said(
            tmp_path,
            "A letter to Mayor Tom Hale arrived at city hall on Monday. The letter says, "
            '"we will close the plant at the end of the year and move the jobs abroad."',
        )
    )
    assert (
        quotes["we will close the plant at the end of the year and move the jobs abroad."] is None
    )


def test_two_authors_letters_leave_the_letter_without_a_speaker(tmp_path: Path) -> None:
    quotes = dict(
        said(
            tmp_path,
            "Senator Paul Avery's letter to the committee came a day after a letter from "
            'Governor Ruth Lindqvist. "We cannot wait any longer for the money to arrive," '
            "the letter reads.",
        )
    )
    assert quotes["We cannot wait any longer for the money to arrive,"] is None


def test_a_letter_from_someone_as_a_subject_is_the_senders(tmp_path: Path) -> None:
    quotes = dict(
        said(
            tmp_path,
            "The council met on Thursday night.",
            "A memo dated June 4 from Governor Ruth Lindqvist of Vermont reads as follows: "
            '"Every school in the state will stay closed until the roads are safe again."',
        )
    )
    assert quotes["Every school in the state will stay closed until the roads are safe again."] == (
        "Ruth Lindqvist"
    )


def test_a_possessed_speech_whose_words_a_colon_opens_is_the_owners(tmp_path: Path) -> None:
    quotes = dict(
        said(
            tmp_path,
            "The festival closed on Sunday night in Dublin.",
            "Bob Hale's speech went: \"We have waited long enough for this bridge to be built "
            'here."',
            'The review of the concert went: "It was the worst night of the whole festival by '
            'far."',
        )
    )
    assert quotes["We have waited long enough for this bridge to be built here."] == "Bob Hale"
    assert quotes["It was the worst night of the whole festival by far."] is None


def test_said_the_letter_after_the_one_who_wrote_it(tmp_path: Path) -> None:
    quotes = dict(
        said(
            tmp_path,
            "In a letter to the European Commission, sent on Monday, Prime Minister Anna "
            "Sorensen wrote that the talks should resume.",
            '"We are ready to meet at any time and in any place you choose," said the '
            "letter, dated March 2.",
        )
    )
    assert quotes["We are ready to meet at any time and in any place you choose,"] == (
        "Anna Sorensen"
    )


def test_said_the_letter_to_someone_names_no_author(tmp_path: Path) -> None:
    quotes = dict(
        said(
            tmp_path,
            "A letter to Prime Minister Anna Sorensen was published on Monday.",
            '"We are ready to meet at any time and in any place you choose," said the '
            "letter, dated March 2.",
        )
    )
    assert quotes["We are ready to meet at any time and in any place you choose,"] is None


def test_a_lead_author_and_colleagues_speak_through_the_lead_author(tmp_path: Path) -> None:
    quotes = dict(
        said(
            tmp_path,
            "Floods are becoming more common in the north.",
            "In their study, James Whitfield of the Nordic Institute for Water Research, and "
            'colleagues say they "find that the risk of floods has doubled since the '
            '1950s."',
        )
    )
    assert quotes["find that the risk of floods has doubled since the 1950s."] == (
        "James Whitfield"
    )


def test_a_disclaimer_on_a_site_speaks_for_the_site_owner(tmp_path: Path) -> None:
    quotes = dict(
        said(
            tmp_path,
            "The file-sharing hub, which asks for an e-mail address, was shut down on Friday.",
            'ShareZone\'s site contains a "rules of use" disclaimer for its members. The '
            'disclaimer states users must obtain "written consent of the rights holders" '
            "before they upload any file.",
        )
    )
    assert quotes["written consent of the rights holders"] == "ShareZone"
