"""A company written once with its legal form ("Scott Paper Co") is no person, however
often the small model reads its shorter form as one: on 2,139 Reuters stories of 1987
(NEWIDs from 19001, none of the quotation sets') companies named after people, "Scott
Paper", "Dayton Hudson", "Crazy Eddie", had person pages. Real model and resolver."""

from __future__ import annotations

from pathlib import Path

from test_resolve import by_name, resolve_texts

from .quoted_article import said_and_types


def _archive(firm: str) -> dict[str, list[str]]:
    return {
        "a": [f"Moody's Investors Service Inc said it upgraded {firm} Co's long-term debt rating."],
        "b": [
            f"{firm} has shown tremendous growth in the last five years, but the market does "
            "not see it, said analyst Jane Roe.",
            f"{firm} is continuing to gain market share with new products, she said.",
        ],
    }


def test_a_company_with_its_legal_form_once_is_no_person(model, tmp_path: Path) -> None:
    res, _, _ = resolve_texts(_archive("Scott Paper"), tmp_path)
    assert by_name(res, "Scott Paper Co").type == "organization"
    assert "Scott Paper" in by_name(res, "Scott Paper Co").aliases


def test_a_person_of_the_story_stays_a_person(model, tmp_path: Path) -> None:
    res, _, _ = resolve_texts(_archive("Dayton Hudson"), tmp_path)
    assert by_name(res, "Dayton Hudson Co").type == "organization"
    assert by_name(res, "Jane Roe").type == "person"


def test_a_firm_a_datelines_date_left_untagged_is_a_company(tmp_path: Path) -> None:
    # "TORONTO, March 5 - Spar Aerospace Ltd, reporting …": the model's date took the
    # dash and the name is left as an untagged run; with its legal form it is a company,
    # and "the company said" is its words
    quotes, types = said_and_types(
        tmp_path,
        "VARN SEES STRONG GROWTH",
        "TORONTO, March 5 - Varn Aerospace Ltd, reporting a sharply lower 1986 profit, said "
        "it anticipated solid profit and revenue growth during the next five years.",
        '"Looking to the longer term, Varn is confident that its work on robotics will lead '
        'to significant growth," the company said.',
    )
    assert types["Varn Aerospace Ltd"] == "organization"
    assert quotes[0][1] == "Varn Aerospace Ltd"


def test_the_tail_of_a_longer_name_is_no_company_of_its_own(tmp_path: Path) -> None:
    _, types = said_and_types(
        tmp_path,
        "SUNLAND SELLS UNIT",
        "MIAMI, Oct 20 - Sunland Group Inc's Sunland Power and Light Co subsidiary said it "
        "sold its stake in a coal mine.",
    )
    assert "Light Co" not in types


def test_a_share_code_after_the_legal_form_is_no_part_of_the_name(tmp_path: Path) -> None:
    # the wire prints a listed company's code after its legal form, without the
    # exchange's letters; the page is the company's ("Boeing Co", "Textron Inc"), and
    # "Group PLC" keeps its legal form
    _, types = said_and_types(
        tmp_path,
        "TEXTRON, BOEING GET NAVY CONTRACT",
        "WASHINGTON, Oct 20 - The Bell division of Textron Inc TXT and the Boeing Co BA "
        "have received a 102.0 mln dlr joint contract to develop the aircraft, the Navy said.",
        "General Motors Corp GM and Hanson Group PLC said they would bid for parts of it.",
    )
    assert {"Textron Inc", "Boeing Co", "General Motors Corp"} <= set(types)
    assert not any(name.endswith((" TXT", " BA", " GM")) for name in types)


def test_a_share_code_that_ends_the_sentence(tmp_path: Path) -> None:
    _, types = said_and_types(
        tmp_path,
        "UNIT TO BUY PUMP MAKER",
        "DETROIT, Oct 20 - The maker of pumps said it would be bought by Ford Motor Co F.",
    )
    assert "Ford Motor Co" in types and "Ford Motor Co F" not in types


def test_a_companys_last_word_elsewhere_is_no_short_form_of_it(model, tmp_path: Path) -> None:
    # a one-word name joins the archive's one organisation ending with it ("Saints"),
    # but a company's short form is its first word: "Bell" is not "Taco Bell Corp"
    # (unless the words before it say nothing: "J. Sainsbury PLC" is "Sainsbury")
    res, _, _ = resolve_texts(
        {
            "a": ["Taco Bell Corp said it increased its stake in Calny Inc to 27.9 pct."],
            "b": ["The Bell division of Textron Inc won a contract, and Bell said it would hire."],
            "c": ["J. Sainsbury PLC said its profits rose by 20 pct in the year."],
            "d": ["The supermarket group Sainsbury will open 20 new stores, the company said."],
        },
        tmp_path,
    )
    assert "Bell" not in by_name(res, "Taco Bell Corp").aliases
    assert "Sainsbury" in by_name(res, "J. Sainsbury PLC").aliases
