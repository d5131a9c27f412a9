"""The fifth round of quote attribution rules (``site_builder/quotes/clauses.py``,
``labels.py`` and the cue patterns of ``cues.py``): a participle's subject, a cue that
governs a quotation, a body's documents, a describing verb's words. The articles run
through the real NLP model and resolver; their wording follows the ECB+ news the rules
were found on."""

from __future__ import annotations

from pathlib import Path

from site_builder.quotes.clauses import opens_clause, role_then_name
from site_builder.quotes.labels import is_name_like

from .quoted_article import said


def test_a_participle_takes_the_subject_of_its_clause_not_an_object(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Maurice Cheeks was fired Saturday as coach of the Philadelphia 76ers.",
        "Team president Ed Stefanski said he met with Cheeks, describing the former star as "
        "a “gentleman throughout” and a “class act.”",
    )
    # Cheeks is who was met and described, not who describes
    assert quotes == [
        ("gentleman throughout", "Ed Stefanski"),
        ("class act.", "Ed Stefanski"),
    ]


def test_a_participle_after_an_object_of_a_verb_has_no_speaker(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "A man has been accused of stabbing his former girlfriend, Robyn Mendes.",
        "He was convicted of beating Mendes, holding a knife to her throat, and then "
        "telling her, “you're never going to leave me and you know it,” records show.",
    )
    # "Mendes" is the one beaten; the subject is a pronoun with nobody clear: no guess
    assert [speaker for _, speaker in quotes] == [None]


def test_a_participle_s_subject_after_an_opening_phrase_with_a_list(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Roger Federer beat Lleyton Hewitt in the final in Houston.",
        "Shortly after collecting a Waterford Crystal trophy, a Mercedes convertible and a "
        "cheque for $1.5m, Federer addressed the crowd and concluded by saying “thanks for "
        "having me”.",
    )
    # the names inside the opening phrase are what he collected, not who spoke
    assert quotes == [("thanks for having me", "Roger Federer")]


def test_a_governing_cue_wins_over_according_to_records(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "In 2005, Gary Gomes was arrested after telling her, “you're never going to leave "
        "me,” according to court records.",
    )
    # "according to court records" says where the report comes from, not who spoke
    assert quotes == [("you're never going to leave me,", "Gary Gomes")]


def test_the_following_statement_introduces_the_next_paragraph(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Chargers receiver Vincent Jackson was arrested on Tuesday.",
        "General Manager A.J. Smith issued the following statement on the arrest:",
        "“We're aware of the off-the-field issue involving Vincent.",
        "We take these issues very seriously.”",
    )
    assert [speaker for _, speaker in quotes] == ["A.J. Smith", "A.J. Smith"]


def test_an_adverb_may_stand_between_subject_and_verb(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "General Manager A.J. Smith has let go a number of players in recent years.",
        "“You're a Charger one year at a time,” Smith has often said.",
        "When the prosecutor asked whether she shielded her son, Unique Armstead quietly "
        "answered, “Yes, I did.”",
    )
    assert quotes == [
        ("You're a Charger one year at a time,", "A.J. Smith"),
        ("Yes, I did.", "Unique Armstead"),
    ]


def test_a_bodys_policy_speaks_for_it(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "The NFL gives the league authority to punish players for alcohol abuse.",
        "The NFL's substance-abuse policy states: “Discipline for a second or subsequent "
        "offense is likely to be a suspension.”",
    )
    assert quotes == [
        ("Discipline for a second or subsequent offense is likely to be a suspension.", "NFL")
    ]


def test_what_a_speaker_described_as_is_a_partial_quotation(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Pastor Larry Kroon spoke to reporters outside the burned building on Saturday.",
        "Kroon said the church, which he described as “just a local community church,” is "
        "about 30 years old.",
        "The film is known as “the local one” in the town.",
    )
    # "known as" still names a thing
    assert quotes == [("just a local community church,", "Larry Kroon")]


def test_a_passive_verbs_agent_speaks(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Vincent Gigante, the head of the Genovese crime family, died in prison on Monday.",
        "For the man described by The New York Times Magazine as “the last great Mafioso "
        "of the century,” his admission was the final act of a long career.",
    )
    assert quotes == [("the last great Mafioso of the century,", "New York Times Magazine")]


def test_a_cue_with_a_particle_governs_its_quotation(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "The mother said she heard a loud sound before her daughter cried out “Mommy, I've "
        "been hit,” and then stumbled down the steps.",
    )
    # a quotation, kept without a speaker: "her daughter" names nobody the archive knows
    assert quotes == [("Mommy, I've been hit,", None)]


def test_a_performers_role_names_the_one_so_named(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Comedian Ellen DeGeneres will host the Academy Awards next year, organizers said.",
        "“I'd like to thank the Academy and, oh dear, there goes the orchestra,” the "
        "comedian added on Twitter.",
    )
    assert quotes == [
        ("I'd like to thank the Academy and, oh dear, there goes the orchestra,", "Ellen DeGeneres")
    ]


def test_a_name_before_a_role_and_a_name_only_says_where_one_works(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Security experts urged users to patch Internet Explorer. McAfee said the flaw was "
        "being exploited.",
        "“We are seeing customised versions of the exploit with varying degrees of "
        "obfuscation,” wrote McAfee security expert Rahul Mohandas on the company blog.",
        "Oscar producer Laurence Mark said the show would change.",
        "“We're sort of going back to the pre-Bob Hope days a little bit,” said Oscar "
        "producer Laurence Mark.",
    )
    assert [speaker for _, speaker in quotes] == ["Rahul Mohandas", "Laurence Mark"]


def test_opens_clause() -> None:
    text = "Team president Ed Stefanski said he met with Cheeks, describing"
    assert opens_clause(text, 0, text.index("Ed"))
    assert not opens_clause(text, 0, text.index("Cheeks"))
    text = "In 2005, Gomes was convicted of beating Mendes, holding"
    assert opens_clause(text, 0, text.index("Gomes"))
    assert not opens_clause(text, 0, text.index("Mendes"))
    text = "U.S. Secretary of State Antony Blinken pushed back against the Duma, saying"
    assert opens_clause(text, 0, text.index("Antony"))
    text = "Her then-spokesman Mark Roesler"
    assert opens_clause(text, 0, text.index("Mark"))


def test_is_name_like_after_as() -> None:
    assert is_name_like("the local one", "known as")
    assert is_name_like("the local one", "described it as")  # no speaker known
    assert not is_name_like("just a local community church,", "described it as", True)
    assert is_name_like("Lucky", "described as", True)  # a name in capitals still is


def test_role_then_name() -> None:
    text = "wrote McAfee security expert Rahul Mohandas on the blog"
    assert role_then_name(text, text.index(" security"), len(text))
    text = "according to Danny Gold of Metropolis."
    assert not role_then_name(text, text.index(" of"), len(text))
    text = "said Zadan and Meron."
    assert not role_then_name(text, text.index(" and"), len(text))


def test_a_participle_s_subject_is_no_role_a_preposition_governs(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "The attorney general, Maria Lopez, said on Monday that her advice had been sound.",
        "Senator Tom Hardy repeated calls for the publication of the full advice given by "
        "the attorney general, warning: “This issue will not go away.”",
    )
    # the attorney general is who gave the advice; the warning is the senator's
    assert quotes == [("This issue will not go away.", "Tom Hardy")]
