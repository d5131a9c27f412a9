"""From the first run of the Reuters sets reu91-reu96: a man whose given name is on the
lists of women's names ("Beryl Sprinkel") is the "he" of "he said" when the article
gives him his own "his" ("Sprinkel repeated his call"); a body's unnamed sources speak
for it as its officials do ("World Bank sources said"); a wire's dateline town
("BETHLEHEM, Penn., March 19 - ") is a place, so "the company said" is the company's,
not a page the model made of the town; "the official said" is the unnamed official
brought in before ("a State Department official said"), the body's words, unless the
article named the official; a name the wire follows with a share code ("Hero Conserven
Lenzburg HERZ.Z") is a company's, not a person's that a banker's "he" reaches. The tests
run the real NLP model and resolver on made-up wording."""

from __future__ import annotations

from pathlib import Path

from .quoted_article import said, said_and_types, speaker_of


def test_his_own_possessive_outweighs_a_woman_s_given_name(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Beryl Sprinkel, chairman of the council of economic advisers, spoke in Boca Raton.",
        "Sprinkel repeated his call for further cuts in government spending.",
        '"Reducing the budget deficit by spending restraint is needed," he said.',
    )
    assert speaker_of(quotes, "Reducing the budget deficit") == "Beryl Sprinkel"


def test_another_s_his_after_said_leaves_her_given_name(tmp_path: Path) -> None:
    # "Phillips said his proposal": the "his" is Ketchum's, so Phillips stays a "she"
    quotes = said(
        tmp_path,
        "Richard Ketchum proposed a halt to trading on volatile days.",
        "Commission chairman Susan Phillips said his proposal deserved study.",
        '"It is something to look at," she said.',
    )
    assert speaker_of(quotes, "It is something to look at") == "Susan Phillips"


def test_a_body_s_unnamed_sources_speak_for_it(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "MANILA, March 20 - Two World Bank teams are studying Philippine loan requests.",
        '"At least 300 mln dlrs of loans were supposed to go to the bank," World Bank '
        "sources said.",
    )
    assert speaker_of(quotes, "At least 300 mln") == "World Bank"


def test_a_dateline_town_is_a_place_and_the_company_speaks(tmp_path: Path) -> None:
    quotes, types = said_and_types(
        tmp_path,
        "BETHLEHEM STEEL BS SAYS LIQUIDITY ADEQUATE",
        "BETHLEHEM, Penn., March 19 - Bethlehem Steel Corp said it was disappointed by "
        "the downgrading of its debentures.",
        '"We believe their action is inappropriate," the company said.',
    )
    assert speaker_of(quotes, "We believe their action") == "Bethlehem Steel Corp"
    assert types["Bethlehem"] == "place"  # the dateline's town, in its usual capitals


def test_the_official_is_the_unnamed_official_brought_in_before(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "WASHINGTON, March 19 - Secretary of State George Shultz has decided not to oppose "
        "a wheat subsidy, a State Department official said.",
        '"He fought the battle against a subsidy last summer," the official said.',
    )
    assert speaker_of(quotes, "He fought the battle") == "State Department"


def test_the_official_is_the_named_official_when_one_is_named(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "John Hartley, a State Department official, said the talks would go on.",
        '"We will not give up," the official said.',
    )
    assert speaker_of(quotes, "We will not give up") == "John Hartley"


def test_a_name_the_wire_gives_a_share_code_is_a_company(tmp_path: Path) -> None:
    # the model reads "Conserven Lenzburg" as a person, who then took a banker's "he"
    quotes, types = said_and_types(
        tmp_path,
        "ZURICH, March 20 - Swiss banker Hans Vontobel called for bond ratings.",
        "The attempt by Jacobs Suchard AG JACZ.Z to take over Hero Conserven Lenzburg "
        "HERZ.Z had shown the limits of a pledge by the banks, he said.",
        '"People buying more than five pct of a company should declare it," he said.',
    )
    assert speaker_of(quotes, "People buying") == "Hans Vontobel"
    assert {t for name, t in types.items() if "Lenzburg" in name} == {"organization"}


def test_a_share_code_in_a_headline_leaves_a_namesake_a_person(tmp_path: Path) -> None:
    # a headline's name may be a surname cut from the firm's: "MORRISON INC MORR.O"
    _, types = said_and_types(
        tmp_path,
        "MORRISON INC MORR.O NAMES NEW CHIEF",
        "MOBILE, Ala., June 19 - Morrison Inc said David Morrison will retire as chief "
        "executive. Morrison, 64, founded the company's restaurant unit.",
    )
    assert types["David Morrison"] == "person"
