"""Wrong speakers that came in chains on the BBC blind sets, by class: "adding" after a
pronoun's reported speech, a name in the subject's relative clause, a passive agent a
work and a role describe, and a sentence opened by a role before a "he". The tests run
the real NLP model and resolver on made-up wording, with cases where a rule must not
apply."""

from __future__ import annotations

from pathlib import Path

from site_builder.quotes.adding_speaker import adding_pronoun
from site_builder.quotes.clauses import opens_clause
from site_builder.quotes.relative_clauses import in_relative_clause

from .quoted_article import said


def test_adding_after_he_said_a_name_had_is_the_pronouns_person(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "The minister met the families of the victims on Monday.",
        "However, one of the survivors, Peter Walsh - who was injured in the blast - said "
        'the families were pleased with the meeting. He said Mr Brown had spoken with "great '
        'warmth", adding: "He listened to everyone. "You could see he was moved."',
    )
    speakers = {q: s for q, s in quotes}
    assert speakers["He listened to everyone."] == "Peter Walsh"
    assert speakers["You could see he was moved."] == "Peter Walsh"


def test_only_adding_after_a_pronouns_speech_verb_is_taken() -> None:
    text = "He said Mr Brown had spoken warmly, adding: "
    assert adding_pronoun(text, 0, text.index("adding"), "adding", True) == (0, "he")
    # another participle after a name is left to the other rules
    assert adding_pronoun(text, 0, text.index("adding"), "saying", True) is None
    act = "He said Hiller called 911, adding: "
    assert adding_pronoun(act, 0, act.index("adding"), "adding", True) == (0, "he")
    no_pronoun = "Police said Hiller called 911, adding: "
    assert adding_pronoun(no_pronoun, 0, no_pronoun.index("adding"), "adding", True) is None


def test_a_participle_after_a_pronouns_sentence_naming_nobody_is_the_pronouns() -> None:
    text = "Later he apologised for not being there, joking: "
    assert adding_pronoun(text, 0, text.index("joking"), "joking", False) == (6, "he")
    assert adding_pronoun(text, 0, text.index("joking"), "joking", True) is None
    # no pronoun opens it, or the word is no speech
    other = "The fans stayed at home, joking: "
    assert adding_pronoun(other, 0, other.index("joking"), "joking", False) is None
    assert adding_pronoun(text, 0, text.index("joking"), "leaving", False) is None


def test_a_name_after_a_subject_and_its_speech_verb_opens_no_clause() -> None:
    reported = "He said Mr Brown had spoken"
    assert not opens_clause(reported, 0, reported.index("Mr"))
    inverted = "\x00, said Stefanski, adding"
    assert opens_clause(inverted, 0, inverted.index("Stefanski"))


def test_a_name_in_the_subjects_relative_clause_never_speaks(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "The theatre in Leeds is to close next year, its board said.",
        "The award-winning actress, whose films include Gosford Park, Erin Brockovich and "
        'Annie Hall, said: "The theatre is too important to lose. "It gave me my start."',
    )
    assert all(s is None for _, s in quotes[-2:]), quotes
    text = "The actress, whose films include Annie Hall, said"
    verb = text.index("said")
    assert in_relative_clause(text, 0, text.index("Annie"), verb)
    assert not in_relative_clause(text, 0, text.index("actress"), verb)
    # the subject of the clause's own verb
    own = "He praised Mr Hale, who he described as"
    assert not in_relative_clause(own, 0, own.index("he d"), own.index("described"))


def test_a_passive_agent_described_by_a_work_and_a_role_is_the_person(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "The prize went to a first novel about a family in Cork.",
        "Her words were echoed by Iris director Sir Richard Eyre who called the book "
        '"extraordinarily thought provoking". The award is open to first authors.',
    )
    assert quotes == [("extraordinarily thought provoking", "Richard Eyre")]


def test_a_sentence_opened_by_a_role_is_the_next_hes_person(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Labour leader Tom Archer has defended his plan for rail fares.",
        "Mr Archer said the plan would pay for itself within five years.",
        "Film maker Paul Denton was given access to Mr Archer for his new series. The Labour "
        "leader was asked about the cost of the plan. He replies: "
        '"Every penny of it is accounted for."',
    )
    assert quotes[-1] == ("Every penny of it is accounted for.", "Tom Archer")


def test_a_role_the_article_ties_to_nobody_leaves_the_he_unknown(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "A new novel about a hotel in Leeds came out on Friday.",
        "Its film rights went to the footballer Mark Ellis. The writer was known "
        'for careful work. "I never rush a book," he once said.',
    )
    assert quotes == [("I never rush a book,", None)]


def test_a_person_a_but_clause_turns_to_is_the_next_he(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Irish runner Sean Talbot goes into the indoor final in the best form of his life.",
        "Spaniard Carlos Medina won at the same venue last week and then claimed the title "
        "would be his, but Talbot is unfazed.",
        'He admitted: "He ran well that day. "I never write myself off."',
    )
    assert [s for _, s in quotes] == ["Sean Talbot", "Sean Talbot"]


def test_in_it_after_a_persons_e_mail_is_the_writers(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Former party strategist Alan Hollis apologised on Tuesday for the row over posters.",
        "Mr Hollis's e-mail, which was meant for a party official, suggested they should ask "
        "Simon Grady, the agency's boss, to issue a statement. In it, he said: "
        '"Just spoke to Simon. He will sort it."',
    )
    assert quotes[-1] == ("Just spoke to Simon. He will sort it.", "Alan Hollis")


def test_a_quotation_after_an_apposed_persons_reported_speech_is_theirs(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "The search firm Lumo added links to shops on Monday.",
        "On Wednesday, Karen Doyle, policy director of the consumer group Fair Web, said "
        "that the firm should not be blamed for its size. "
        '"Of course Lumo may send people where it likes. "But users should be told."',
    )
    assert [s for _, s in quotes] == ["Karen Doyle", "Karen Doyle"]


def test_an_apposition_may_hold_a_quoted_label(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "A study of women in parliament found a culture of sexist remarks.",
        'Jane Holt, one of the so-called "Class of 97" elected in 1997, told researchers: '
        '"I remember the jeers from the back benches every time one of us stood up."',
    )
    assert quotes == [
        ("I remember the jeers from the back benches every time one of us stood up.", "Jane Holt")
    ]


def test_a_titled_name_and_a_who_clause_lead_reported_speech(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "A study of women in parliament found a culture of sexist remarks.",
        "Prof Ann Kerrigan, who led the study with a team of journalists, said she was "
        'shocked at the findings. "We expected a bit of this but nothing like this."',
    )
    assert quotes == [("We expected a bit of this but nothing like this.", "Ann Kerrigan")]
