"""Who said what, on small articles run through the real NLP model and resolver: one
test per class of speaker the stage reads (the wording follows real news)."""

from __future__ import annotations

from pathlib import Path

from .quoted_article import said


def test_a_closing_mark_typed_the_wrong_way_round_still_closes(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Maurice Cheeks is out as head coach, general manager Ed Stefanski announced.",
        "“I made the decision because we were not progressing, “said Stefanski.",
    )
    # the quotation ends at the turned mark: "said Stefanski" is the cue, not a quotation
    assert quotes == [("I made the decision because we were not progressing,", "Ed Stefanski")]


def test_quoted_someone_as_saying_names_the_one_quoted(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Salvatore Gravano testified that even John Gotti admired Vincent Gigante.",
        "“He's crazy like a fox,” Salvatore Gravano quoted John Gotti as saying of him.",
    )
    assert quotes == [("He's crazy like a fox,", "John Gotti")]


def test_a_role_is_the_person_the_article_named_with_it(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Judge Jack Weinstein of Federal District Court sentenced Vincent Gigante to 12 years.",
        "“He is a shadow of his former self,” the judge said.",
        "Robert Sznewajs, the bank's chief executive, spoke to reporters on Saturday.",
        "“We're not aware of any grudges against the bank,” said the chief executive.",
    )
    assert quotes == [
        ("He is a shadow of his former self,", "Jack Weinstein"),
        ("We're not aware of any grudges against the bank,", "Robert Sznewajs"),
    ]


def test_a_role_with_no_clear_holder_has_no_speaker(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Judge Mary Lopez and Judge Eugene Nickerson heard the case in Brooklyn on Monday.",
        "“The defendant is fit to stand trial,” the judge said.",
        "John Smith, a British diplomat, met the president on Monday.",
        "“Power rests entirely with the president,” said a Western diplomat in the capital.",
        "“His photo appears every day on the front of the papers,” the diplomat added.",
    )
    # two judges named; "the diplomat" may be the unnamed one rather than John Smith
    assert [speaker for _, speaker in quotes] == [None, None, None]


def test_a_name_after_the_role_says_who_speaks(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Judge Mary Lopez heard the case in Troy on Monday.",
        "“It doesn’t appear it was random,” the Troy police chief, Charles Craft, said.",
    )
    assert quotes == [("It doesn’t appear it was random,", "Charles Craft")]


def test_a_pronoun_looks_back_past_a_quotation_over_several_paragraphs(
    tmp_path: Path,
) -> None:
    quotes = said(
        tmp_path,
        "The building was heavily damaged by flames and smoke, fire chief Larry Kroon said.",
        "“The fire investigators and insurance people are there now.",
        "There's definitely a lot of damage.",
        "I've heard the figure of $1 million, but I don't know for sure,” he said.",
    )
    assert [speaker for _, speaker in quotes] == ["Larry Kroon"] * 3


def test_a_name_after_a_pronoun_subject_is_not_what_he_refers_to(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "David Garrard threw the ball away over the head of Reggie Williams.",
        "He later said he regretted not giving Reggie Williams a chance to make the play.",
        "“I thought it wasn't the best coverage, so go to the next down,” he said.",
    )
    assert quotes == [
        ("I thought it wasn't the best coverage, so go to the next down,", "David Garrard")
    ]


def test_a_support_verb_and_a_noun_of_speech_are_a_cue(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "His lawyer, Benjamin Brafman, offered the explanation that “I think you get to a "
        "point in life where you become too old and too tired to fight.”",
    )
    assert [speaker for _, speaker in quotes] == ["Benjamin Brafman"]


def test_a_cue_in_the_next_line_of_a_sentence_split_in_two(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "“A man who had just been let go from his job came in and shot another man,” "
        "Vancouver police Const.",
        "Tim Fanning told a news conference.",
        "Her agent Mark Roesler spoke on Friday. Bettie Page had died on Thursday.",
        "“Her popularity has continued to soar, decades after she stopped posing.”",
        "Roesler said.",
        "Prosecutor David Rossi asked Elijah Coleman, “Are you going to switch it every "
        "time you're asked?”",
        "Elijah Coleman also said that he gave false statements.",
    )
    # the last quotation has its cue before it: the next line is no attribution of it
    assert [speaker for _, speaker in quotes] == ["Tim Fanning", "Mark Roesler", "David Rossi"]


def test_he_may_refer_to_the_source_of_an_according_to(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "According to Alan Mauldin, research director at TeleGeography, the problems will "
        "only be remedied by new cables.",
        "“Many new cable systems are slated to enter service in the next few years,” he said.",
    )
    assert [speaker for _, speaker in quotes] == ["Alan Mauldin"]


def test_a_role_brought_in_unnamed_and_then_named_is_that_person(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "A judge on Saturday sentenced the man who killed four people to life in prison.",
        "He will die in prison after Superior Court Judge James Bodiford handed down the "
        "maximum sentence.",
        "“If there was any more I could give you, I would,” the judge said.",
    )
    assert [speaker for _, speaker in quotes] == ["James Bodiford"]


def test_a_role_given_in_an_apposition_with_an_organisation(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Jens Stoltenberg, the NATO chief, met defence ministers in Brussels on Wednesday.",
        "“We are prepared for the worst,” the NATO chief said.",
        "Ursula von der Leyen, the European Commission's president, spoke on Tuesday.",
        "Jens Stoltenberg, NATO's secretary general, agreed with her on Thursday.",
        "“Russia continues the military buildup,” the secretary general said.",
    )
    assert [speaker for _, speaker in quotes] == ["Jens Stoltenberg", "Jens Stoltenberg"]


def test_a_later_cue_that_opens_its_own_quotation_is_not_the_earlier_ones(
    tmp_path: Path,
) -> None:
    quotes = said(
        tmp_path,
        "Chris Weitz will direct the sequel, the studio said on Saturday.",
        "Weitz said he had been “in a whirlwind romance” with the series over the past few "
        "days, and, in a careful phrasing, said he is “very grateful to have received "
        "permission to protect the story.”",
    )
    # "said he is" cues the second quotation; the first is governed by "Weitz said"
    assert quotes == [
        ("in a whirlwind romance", "Chris Weitz"),
        ("very grateful to have received permission to protect the story.", "Chris Weitz"),
    ]


def test_a_name_in_the_cue_sentence_does_not_stop_a_continuation(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "“I believe Brian Nichols did not win,” said Christina Greenway, daughter of slain "
        "court reporter Julie Ann Brandau.",
        "“I'm not disappointed and I have no regrets.”",
    )
    assert [speaker for _, speaker in quotes] == ["Christina Greenway", "Christina Greenway"]


def test_an_inverted_cue_reads_past_a_title_with_of(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "“The rule strengthens the regulations so the government can focus on protecting "
        "endangered species,” said Secretary of the Interior Dirk Kempthorne.",
        "In May, Dirk Kempthorne listed the polar bear as threatened.",
    )
    assert [speaker for _, speaker in quotes] == ["Dirk Kempthorne"]


def test_a_coordinated_cue_takes_the_subject_that_opens_the_sentence(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Sanjay Gupta was offered the job of surgeon general, officials said.",
        "Gupta would not comment -- while not denying the story -- but confirmed on his "
        "Twitter feed that he “has been approached by the administration about the post.”",
    )
    assert [speaker for _, speaker in quotes] == ["Sanjay Gupta"]


def test_reported_is_a_cue_but_not_after_an_article(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "“FBI agents have established that the bugging stemmed from a campaign of political "
        "spying,” The Washington Post reported.",
        "John Cerar, a former police commander, said “it appears to be a good shooting” under "
        "the reported circumstances.",
    )
    assert [speaker for _, speaker in quotes] == ["Washington Post", "John Cerar"]
