"""Speakers the first runs of BBC blind sets 148-150 got wrong, by class: a name in the
words a later "he said" reports is spoken of ("Ms Hale would lead the campaign, he
said"), so it is neither the next "he" nor a rival to the one that "he" meant; a
sentence whose subject is "they", "we" or "you" is not about the person it names after;
"the agent added" is the one just talked about, as "the coach" is.
The tests run the real NLP model and resolver on made-up wording."""

from __future__ import annotations

from pathlib import Path

from .quoted_article import said, speaker_of


def test_a_name_in_reported_words_is_not_the_next_pronoun_s(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "The party has chosen its slogan for the coming election.",
        "David Marsh, the party's campaign director, said the slogan was chosen after "
        "months of polling. And Peter Hale would be in the very front line of that "
        "campaign, he said. “Between now and polling day he will be out of London more "
        "than in it,” he promised.",
    )
    assert speaker_of(quotes, "Between now and polling") == "David Marsh"


def test_a_name_in_reported_words_is_no_rival_to_the_pronoun_s(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "The party's campaign is ready, David Marsh, its election strategist, told "
        "reporters on Saturday. Mr Hale has “the same passion for the job” as when he "
        "took office, he said.",
        "And he confirmed that no date had yet been set. He said: “I'm the co-ordinator "
        "and I don't know.”",
    )
    assert speaker_of(quotes, "the same passion") == "David Marsh"
    assert speaker_of(quotes, "I'm the co-ordinator") == "David Marsh"


def test_a_name_after_they_is_not_the_sentence_s_subject(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "The party's campaign will be aggressive, David Marsh told reporters.",
        "Nobody, he claimed, could picture the rival leader in office. They could, "
        "however, picture Peter Hale doing it. “We will fight for every vote,” he said.",
    )
    assert speaker_of(quotes, "We will fight") == "David Marsh"


def test_the_agent_is_the_one_just_talked_about(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Tom Reid's agent has warned the club it has a week to improve its offer.",
        "Sam Okoro says he has received a better offer for Reid. “Tom wants to stay,” "
        "Okoro told the Guardian. But Okoro insists the player is worth more. “His "
        "demands are anything but excessive,” the agent added.",
    )
    assert speaker_of(quotes, "His demands") == "Sam Okoro"
