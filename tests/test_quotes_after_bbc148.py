"""Speakers the first runs of BBC blind sets 148-150 got wrong, by class: a name in the
words a later "he said" reports is spoken of ("Ms Hale would lead the campaign, he
said"), so it is neither the next "he" nor a rival to the one that "he" meant; a
sentence whose subject is "they", "we" or "you" is not about the person it names after;
"the agent added" is the one just talked about, as "the coach" is; "the company" is the
one company its paragraph and the one before name, and "drugs group Eli Lilly" is no
person; a passive "called" with no words after it reports nothing; "X advised him:"
cues the words after the colon; so does "the question posed by X:", and a name that
opens the colon's sentence after another quotation in the paragraph; "hailed it as" is
the speaker's praise; "with X marching up to him, saying" is X's; "X, the Birmingham
woman who …" makes X a "she", found past a role's sentence that names nobody.
The tests run the real NLP model and resolver on made-up wording."""

from __future__ import annotations

import re
from pathlib import Path

from site_builder.quotes.persons import people_retyped

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


def test_the_company_is_the_one_its_paragraphs_name(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Retail chain Walbury has taken out adverts to answer its critics. Walbury says "
        "its pay is fair. Walbury also plans new stores, and Walbury expects more jobs.",
        "Meanwhile drugs group Eli Lilly is launching adverts about its drug Prozac.",
        "The move answers a journal article. In the adverts, the company says the article "
        "continues to “needlessly spread fear among patients”.",
    )
    assert speaker_of(quotes, "needlessly spread fear") == "Eli Lilly"


def test_a_passive_called_reports_no_words(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Lord Holme wants a televised debate between the party leaders.",
        "Lord Holme argued that broadcasters “should make the decision to go ahead” as "
        "soon as the election is called.",
    )
    assert speaker_of(quotes, "should make the decision") == "Lord Holme"


def test_words_called_by_a_judge_are_still_a_quotation(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "A market trader was jailed for selling copied films.",
        "Raj Patel was called “one of the biggest film pirates in the country” by the judge.",
    )
    assert any(text.startswith("one of the biggest") for text, _ in quotes)


def test_advice_a_colon_spells_out_is_the_adviser_s(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "The prime minister has faced angry voters on television this week.",
        "Mr Blair recalls how Bill Clinton once advised him: “Always remember that what "
        "people see of you is how they think you spend your day.”",
        "In a blog post, Dustin Childs advised concerned users to set their security "
        "zone settings to “high” to block the attack.",
    )
    assert speaker_of(quotes, "Always remember") == "Bill Clinton"
    assert not any(text == "high" for text, _ in quotes)


def test_a_question_put_by_someone_before_a_colon_is_theirs(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "The prime minister took questions from voters on Wednesday.",
        "London teacher Diane Granger said: “Where are you going to put everyone?” And "
        "who can forget the question posed by Brighton nurse Marion Brown: “Would you "
        "work for £5?”",
    )
    assert speaker_of(quotes, "Would you work") == "Marion Brown"


def test_a_colon_after_a_name_that_opens_the_sentence_after_a_quotation(
    tmp_path: Path,
) -> None:
    quotes = said(
        tmp_path,
        "Joachim Johansson beat Taylor Dent to win the title in Adelaide.",
        "“He is a top contender,” said Dent. Johansson was more restrained in his "
        "assessment: “I have to improve my serve if I'm going to go all the way.”",
    )
    assert speaker_of(quotes, "I have to improve") == "Joachim Johansson"


def test_a_name_called_a_body_is_not_read_as_a_person() -> None:
    def retyped(text: str) -> set[str]:
        linked = [
            (0, m.start(), m.end(), "eli-lilly", "organization")
            for m in re.finditer("Eli Lilly", text)
        ]
        return people_retyped([text], linked, {"eli-lilly": "Eli Lilly"})

    # its last word used alone makes the name a person's, unless a body's word stands
    # before one of its mentions
    assert retyped("Eli Lilly is planning adverts. Lilly papers are missing.") == {"eli-lilly"}
    assert retyped("Drugs group Eli Lilly is planning adverts. Lilly papers are missing.") == set()


def test_hailed_as_is_the_speaker_s_praise(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Wales beat France in Paris on Saturday.",
        "Welsh legend Mervyn Davies, a member of two Grand Slam-winning sides, hailed it "
        "as “one of the great performances of the past three decades”.",
    )
    assert speaker_of(quotes, "one of the great performances") == "Mervyn Davies"


def test_a_name_after_with_speaks_past_a_participle_of_its_own(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "The prime minister faced voters on a television show on Wednesday.",
        "The trouble began early, with Maria Hutchings marching up to him, saying “Tony, "
        "that's rubbish” as she tried to complain about her son's school.",
    )
    assert speaker_of(quotes, "Tony, that's rubbish") == "Maria Hutchings"


def test_a_woman_named_after_a_role_s_sentence_is_the_she(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Tony Blair faced voters on television this week. Mr Blair answered questions "
        "for an hour. Mr Blair said he enjoyed it.",
        "The prime minister knows the hazards well. He must remember his clash with "
        "Sharron Storer, the Birmingham woman who harangued him in 2001. “All you do is "
        "walk around,” she told Mr Blair.",
    )
    assert speaker_of(quotes, "All you do") == "Sharron Storer"
