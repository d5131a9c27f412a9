"""Unnamed spokespeople a few sentences before their pronoun, a party's adjective ("a
Conservative spokeswoman"), "the spokesman" among several, and a spokeswoman whose body
is not told; leads of reported speech with an inverted cue between commas or naming the
people the quotation speaks of; a name in a fronted phrase; "X's pressing ahead". Made-up
articles in the BBC's style, through the real model and resolver."""

from __future__ import annotations

from pathlib import Path

from .quoted_article import said, said_and_types


def test_a_party_spokesman_two_sentences_before_his_he(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Labour and the Conservatives are still telephoning voters who asked not to be "
        "called, the regulator says.",
        "A Labour Party spokesman told the BBC the party avoided those numbers for "
        "fundraising. But that did not happen for “voter identification” calls. “When we "
        "ask which party they will vote for, that is not marketing at all,” he said.",
    )
    assert (
        "When we ask which party they will vote for, that is not marketing at all,",
        "Labour Party",
    ) in quotes


def test_a_party_adjective_names_the_party(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Labour and the Conservatives are still telephoning voters who asked not to be "
        "called, the regulator says.",
        "A Conservative spokeswoman said the party kept to the rules when it rang voters. "
        "She said: “We do apply the rules, but in line with the law as it stands.”",
    )
    assert quotes[-1] == (
        "We do apply the rules, but in line with the law as it stands.",
        "Conservative Party",
    )


def test_the_spokesman_is_the_last_one_brought_in(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "A spokesman for the Fair Trading Office said calls that ask about voting were "
        "allowed. A spokesman for the Marketing Standards Board said it would look again.",
        "The spokesman said there was “no yes or no” answer. He added: “If someone "
        "complained, then we would investigate the calls.”",
    )
    speakers = dict(quotes)
    assert speakers["If someone complained, then we would investigate the calls."] == (
        "Marketing Standards Board"
    )


def test_a_spokeswoman_of_an_untold_body_is_nobody_else(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "First minister Jack Dunmore told pupils it was fine to get drunk now and then.",
        "Opposition leader Nadia Corran said: “This is an incredible gaffe by the first "
        "minister.” But an executive spokeswoman insisted Mr Dunmore had meant adults. “He "
        "was talking about adults and drinks promotions,” she said.",
    )
    assert quotes[-1] == ("He was talking about adults and drinks promotions,", None)


def test_an_inverted_cue_between_commas_leads_the_quotation(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Bloggers in the United States are helping too. Ravindra Kotaganti lives in "
        "Dallas and set up a payment page on his website.",
        "Then, says Mr Kotaganti, the blogging world found out. “All my blogger friends "
        "started linking to my site, and strangers gave most of the money.”",
    )
    assert quotes[-1] == (
        "All my blogger friends started linking to my site, and strangers gave most of the money.",
        "Ravindra Kotaganti",
    )


def test_people_the_quotation_speaks_of_do_not_answer(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Wales coach Sven Halvorsen has named his side to face Norway on Saturday.",
        "And he added that Andy Pellow and Stewart Dunning would also get a chance. "
        "“Pellow and Dunning will start or get the chance to play some part.”",
    )
    assert quotes[-1] == (
        "Pellow and Dunning will start or get the chance to play some part.",
        "Sven Halvorsen",
    )


def test_a_name_in_a_fronted_phrase_is_no_rival(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Party leader Charles Kettering called for a plan to bring the troops home.",
        "In a speech on the re-election of George Hanley, Mr Kettering said the war had "
        "gone on too long. He wants the troops home “as soon as the situation allows”, he "
        "said in London.",
    )
    assert quotes[-1] == ("as soon as the situation allows", "Charles Kettering")


def test_a_name_s_contracted_is_is_no_possessive(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Podcaster Adam Curwen says the shows are a new kind of radio. Chris Maclean runs "
        "a directory of them. “Most people cannot copy a feed by hand,” Mr Maclean says.",
        "For his part, Adam Curwen's pressing ahead with his own show. He has been called "
        "the Ed Sullivan of podcasting which, he says, “is a badge I will wear with great "
        "honour.”",
    )
    assert quotes[-1] == ("is a badge I will wear with great honour.", "Adam Curwen")


def test_a_presenter_and_a_self_given_name_are_people(tmp_path: Path) -> None:
    _, types = said_and_types(
        tmp_path,
        "Earlier, G Money, a presenter on the BBC's urban music station, said a break is coming.",
        "One recruit calls himself Heretic. In one of his latest posts, Heretic asks "
        "whether anyone saw the boats.",
    )
    assert types.get("G Money") == "person"
    assert types.get("Heretic") == "person"
    assert types.get("BBC") == "organization"


def test_a_name_after_with_is_its_participle_s_subject(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "The Liberal Democrats have also launched their platform, with leader Charles "
        "Kettering saying his party was the “authentic opposition” on the war.",
    )
    assert quotes == [("authentic opposition", "Charles Kettering")]


def test_the_party_s_spokesman_is_the_one_it_named(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Lib Dem treasury spokesman Vincent Cabell said the tax was a “complete mess” and "
        "families were paying too much.",
        "But the Lib Dem spokesman questioned where the money came from. He urged the "
        "government to scrap the “grossly unfair” tax completely.",
    )
    assert quotes[-1] == ("grossly unfair", "Vincent Cabell")


def test_a_body_s_role_phrase_describes_the_person_after_it(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Lib Dem foreign affairs spokesman Menzies Campton said a win by the challenger "
        "would have helped, adding there was an “umbilical cord” between the two leaders.",
    )
    assert quotes == [("umbilical cord", "Menzies Campton")]


def test_a_verb_before_a_role_keeps_the_subject(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Chancellor Gordon Brunton spoke to his party's conference on Saturday.",
        "Mr Brunton accused shadow chancellor Oliver Lettice of plotting cuts. Laying into "
        "the opposition's record he said: “Never again boom and bust for this country.”",
    )
    assert quotes[-1] == ("Never again boom and bust for this country.", "Gordon Brunton")
