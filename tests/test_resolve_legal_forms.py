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
