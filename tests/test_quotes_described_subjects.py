"""A sentence opened by a description instead of a name ("The Scot initially
defended …", "The 22-year-old pipped …"): a later "he said" is the person who opened the
sentence before, never a name the description's sentence holds after it; the text
"The director is X" names its holder. Made-up articles in the BBC's style, through the
real model and resolver."""

from __future__ import annotations

from pathlib import Path

from .quoted_article import said


def test_a_description_is_the_person_who_opened_the_sentence_before(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Harrow manager Tom Castell will discipline striker Jim Brodie after all.",
        "The Scot initially defended Brodie, whose red card cost Harrow the game, saying "
        "the defender overreacted. But he has had a rethink after the video. He said: "
        "“I believe that I should set the record straight.”",
    )
    assert quotes == [("I believe that I should set the record straight.", "Tom Castell")]


def test_an_age_for_a_name_after_the_lead(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Lena Marsh will miss the indoor meeting to focus on the European championships.",
        "The 31-year-old was third behind Hayley Dorne and Justyna Wolak last week but she "
        "prefers the track. “It was great winning bronze,” she said.",
    )
    assert quotes == [("It was great winning bronze,", "Lena Marsh")]


def test_the_role_the_text_says_a_name_holds(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "“There will be no singing Hobbits,” assured producer Kevin Walden.",
        "The musical's British director is Matthew Warrick, best known for Art. “The "
        "production will be a hybrid of text and spectacle,” he said.",
    )
    assert quotes[1] == (
        "The production will be a hybrid of text and spectacle,",
        "Matthew Warrick",
    )


def test_no_guess_when_no_name_opens_the_sentence_before(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Wales coach Mike Rudd said the team must stay focused on facing Italy.",
        "None more so than Gavin Hensley, who can now expect the spotlight enjoyed by the "
        "likes of Jonny Walker and Brian Dowd. The confident 23-year-old is undaunted. "
        "“I'm the sort of player who likes pressure on me,” he said.",
    )
    # Hensley is meant, but only as the object of "than": no one opens that sentence
    assert quotes[-1][1] != "Brian Dowd"


def test_a_role_after_but_is_its_sentence_s_subject(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Harold Crane has backed gene research, saying people must not fear the future.",
        "The issue divided the American campaign, where Walter Briggs opposed funding it. "
        "But the Tory leader argued there was a moral case for science. “I believe we have "
        "a duty to offer hope,” he said.",
    )
    # the leader is Crane, but the article never says so: anyone but Briggs, or nobody
    assert quotes[-1][1] != "Walter Briggs"


def test_a_description_after_a_description_is_the_same_person(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Sprint great Michael Jennings has criticised British athletes for lacking pride.",
        "Jennings was in a row with Britain's Darren Cole earlier this year. The American "
        "had doubted Cole's injury after the Olympics.",
        "And the American remains critical of British sprinting. “The only time you see "
        "them upset is when they argue over who is the best,” he claimed.",
    )
    assert quotes[-1][1] == "Michael Jennings"


def test_a_description_after_the_text_went_on_with_he(tmp_path: Path) -> None:
    # named once, then "he": the text is about him, so "the Welshman" is him
    quotes = said(
        tmp_path,
        "Harrow manager Tom Castell praised his defence after the goalless draw.",
        "Owen Pryce, captain for the day, backed his manager. “We stayed calm,” he said. "
        "He admitted the pitch made passing hard. “It was never going to be pretty,” "
        "the Welshman said.",
    )
    assert [speaker for _, speaker in quotes] == ["Owen Pryce", "Owen Pryce"]


def test_no_pronoun_no_second_mention_no_speaker(tmp_path: Path) -> None:
    # guard: named once in passing and never taken up, "the Welshman" is not read as him
    quotes = said(
        tmp_path,
        "Harrow beat Leeds 2-0 on Saturday.",
        "Owen Pryce scored the second goal. “It was never going to be pretty,” the Welshman said.",
    )
    assert [speaker for _, speaker in quotes] == [None]
