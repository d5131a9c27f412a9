"""Quotations the stage left without a speaker before its nineteenth round: a cue-less
quotation that resumes its speaker's words after a line or two about them ("“…,” Mr.
Pigeon said." / "Mr. Pigeon also commended police …" / "“…”"), and one after a
sentence whose subject takes a stance ("Obama lauded Dr. Collins' experience." /
"“Dr. Collins is …”"). The tests run the real NLP model and resolver, on made-up
wording that follows the ECB+ news the rules were found on."""

from __future__ import annotations

from pathlib import Path

from site_builder.quotes.clauses import qualifies_role

from .quoted_article import said


def test_a_quotation_resumes_after_a_line_about_its_speaker(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "A fire destroyed a warehouse in Hamilton on Tuesday night.",
        "“The smoke was everywhere within minutes,” Mr. Dalgleish said.",
        "Mr. Dalgleish also thanked the firefighters for their quick work.",
        "“They kept it away from the houses on our street.”",
    )
    assert quotes == [
        ("The smoke was everywhere within minutes,", "Dalgleish"),
        ("They kept it away from the houses on our street.", "Dalgleish"),
    ]


def test_and_after_a_name_then_a_pronoun_of_their_gender(tmp_path: Path) -> None:
    # "she" is read as the speaker's only once the article has given her gender
    quotes = said(
        tmp_path,
        "Pastor Ellen Marsh has led the church for twelve years.",
        "“We have no idea what caused it,” she said.",
        "Marsh said she was not at the hall when the fire broke out.",
        "She would not say how many people were inside at the time.",
        "“They were all adults, and they all got out.”",
    )
    assert [speaker for _, speaker in quotes] == ["Ellen Marsh", "Ellen Marsh"]


def test_not_after_a_line_about_someone_else(tmp_path: Path) -> None:
    # the line between may bring in the next speaker: no guess
    quotes = said(
        tmp_path,
        "“We have no idea what caused it,” said Pastor Ellen Marsh.",
        "Fire chief Tom Brandt said the cause was still under investigation.",
        "“They were all adults, and they all got out.”",
    )
    assert quotes[0][1] == "Ellen Marsh"
    assert quotes[1][1] != "Ellen Marsh"


def test_a_quotation_after_a_stance_its_subject_took(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "The president named a geneticist to lead the institute on Wednesday.",
        "Obama lauded Dr. Collins' experience in the announcement.",
        "“Dr. Collins is one of the top scientists in the world, and his work has changed "
        "the way we consider our health.”",
    )
    assert [speaker for _, speaker in quotes] == ["Obama"]


def test_not_when_the_stance_is_taken_towards_another_person(tmp_path: Path) -> None:
    # "Obama praised Collins": Collins may be the one quoted next
    quotes = said(
        tmp_path,
        "The president named a geneticist to lead the institute on Wednesday.",
        "Barack Obama praised Francis Collins in the announcement.",
        "“The institute is one of the best places in the world to work on our health.”",
    )
    assert [speaker for _, speaker in quotes] == [None]


def test_a_quotation_resumes_after_a_line_with_her_pronoun(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Margot Lane was the most photographed model of the decade.",
        "“I have no idea why I'm still famous,” she told the Chicago Tribune in 2006.",
        "In her old age, she refused to be photographed.",
        "“I want to be remembered as I was when I was young.”",
    )
    assert [speaker for _, speaker in quotes] == ["Margot Lane", "Margot Lane"]


def test_a_quotation_carried_on_after_one_word_of_its_sentence(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Edwin Carver, a former agent, wrote to the president in a telegram.",
        "“Mr. Hale is a man of outstanding loyalty and character,” he said.",
        "The “honesty, bravery and integrity of Mr. Hale are unquestioned.”",
    )
    assert [speaker for _, speaker in quotes] == ["Edwin Carver", "Edwin Carver"]


def test_not_a_short_phrase_after_one_word(tmp_path: Path) -> None:
    # a phrase of a few words is a term the writer may be quoting, not more of his words
    quotes = said(
        tmp_path,
        "Edwin Carver, a former agent, wrote to the president in a telegram.",
        "“Mr. Hale is a man of outstanding loyalty and character,” he said.",
        "The “loyalty oath” was signed by every agent that year.",
    )
    assert ("loyalty oath", "Edwin Carver") not in quotes


def test_she_is_the_one_woman_of_a_sentence_whose_subject_is_a_man(tmp_path: Path) -> None:
    # Lane's last mention as a subject is out of a pronoun's reach, and the article
    # names another woman: only the sentence of Hughes (he) and Lane (she) tells
    quotes = said(
        tmp_path,
        "Margot Lane was the most photographed model of the decade.",
        "“I have no idea why I'm still famous,” she told the Chicago Tribune in 2006.",
        "Her agent, Mary Fitch, sold the photographs to magazines.",
        "After the war, Warner Bros. offered screen tests to newcomers.",
        "The test went badly, and the studio dropped the plan.",
        "Millionaire Howard Hughes also pursued Lane, but she rebuffed him as well.",
        "“I never returned any of his calls,” she once said.",
    )
    assert [speaker for _, speaker in quotes] == ["Margot Lane", "Margot Lane"]


def test_not_a_phrase_the_next_line_goes_on_from(tmp_path: Path) -> None:
    # words after the marks: a term the writer uses, not the speaker's words
    quotes = said(
        tmp_path,
        "“The smoke was everywhere within minutes,” Mr. Dalgleish said.",
        "Mr. Dalgleish also thanked the firefighters for their quick work.",
        "“Flash mobs” of neighbours gathered in the square to watch the firefighters.",
    )
    assert ("Flash mobs", "Dalgleish") not in quotes


def test_a_sentence_s_first_word_before_a_role_and_a_name_is_nobody(tmp_path: Path) -> None:
    # the model takes "Beat" for a person: the speaker is the writer it qualifies
    quotes = said(
        tmp_path,
        "The Saints could shut down Reggie Bush for the rest of the season.",
        "Beat writer Tom Keller puts this in a one liner, saying Bush “could sit out the "
        "final two games.”",
    )
    assert quotes == [("could sit out the final two games.", "Tom Keller")]


def test_qualifies_role_only_a_one_word_name_opening_its_sentence() -> None:
    text = "Beat writer Tom Keller said so. Later Oscar producer Laurence Mark agreed."
    assert qualifies_role(text, 0, 4, "Beat", text.index("Tom"))
    # inside a sentence: a name the model may find again by its words
    start = text.index("Oscar")
    assert not qualifies_role(text, start, start + 5, "Oscar", text.index("Laurence"))
    # the surname of a full name is someone
    assert not qualifies_role(text, 0, 4, "Will Beat", text.index("Tom"))
