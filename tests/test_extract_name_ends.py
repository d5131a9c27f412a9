"""A person's name without what is written after it: the honours or office letters
("Guy Mansfield QC", "Paul Boateng MP") and a paragraph's full stop the tokenizer keeps
on the last word ("Norbert Ore."); abbreviations and initials keep their dots. A
surname the model cut at its hyphen ("Nadia Magnenat" of "Nadia Magnenat-Thalman") is whole."""

from __future__ import annotations

from pathlib import Path

from test_extract import make_article, nlp, run  # noqa: F401 (nlp: a fixture)

from site_builder.spans import ends_with_stop


def test_letters_after_a_name_are_no_part_of_it(nlp, tmp_path: Path) -> None:  # noqa: F811
    article = make_article(
        "letters",
        [
            "Bar Council chairman Guy Mansfield QC warned the plans were deeply flawed.",
            "Paul Boateng MP, the chief secretary, said the sums did not add up.",
            "The Mid-Bedfordshire MP Nadine Dorries was not at the vote.",
        ],
    )
    ex, _ = run([article], tmp_path)
    names = {m.text: m.label for m in ex["letters"].mentions}
    assert names.get("Guy Mansfield") == "PERSON"
    assert names.get("Paul Boateng") == "PERSON"
    assert not any(text.endswith((" QC", " MP")) for text in names)
    assert names.get("Mid-Bedfordshire") != "PERSON"  # a seat, not a person's name


def test_a_sentence_s_stop_is_no_part_of_a_name() -> None:
    assert ends_with_stop("Ore.")
    assert ends_with_stop("Williamson.")
    for word in ("Jr.", "St.", "Inc.", "D.", "U.S.", "N.Y.", "Ore", "NASA."):
        assert not ends_with_stop(word), word


def test_a_name_ending_its_paragraph_is_shown_without_the_stop(
    nlp,  # noqa: F811
    tmp_path: Path,
) -> None:
    article = make_article(
        "stop",
        [
            # the tokenizer keeps "Mass." whole, as the abbreviation of Massachusetts
            "“Output held up well,” said the survey's chairman Tom Mass.",
            "Factory output rose for the sixth month in a row.",
        ],
    )
    ex, _ = run([article], tmp_path)
    texts = [m.text for m in ex["stop"].mentions]
    assert "Tom Mass." not in texts
    assert "Tom Mass" in texts


def test_a_surname_cut_at_its_hyphen_is_whole(nlp, tmp_path: Path) -> None:  # noqa: F811
    article = make_article(
        "hyphen",
        [
            "Augmented reality has been used to create special effects in films such as "
            "Troy and Lord of the Rings and in computer gaming.",
            '"This technology can now be used for much more than just computer games," said '
            "Professor Nadia Magnenat-Thalman of the Swiss research group MiraLab.",
            "Reports of a Blair-Brown rift were denied by Downing Street on Monday.",
        ],
    )
    ex, _ = run([article], tmp_path)
    names = {m.text: m.label for m in ex["hyphen"].mentions}
    assert names.get("Nadia Magnenat-Thalman") == "PERSON"
    assert "Nadia Magnenat" not in names
    assert names.get("Blair-Brown") != "PERSON"  # two people's names, not one


def test_a_role_opening_a_missed_name_is_cut(nlp, tmp_path: Path) -> None:  # noqa: F811
    # the small model tags nothing in "Boss Graeme Souness …" at a sentence's start
    article = make_article(
        "boss",
        [
            "Boss Graeme Souness felt Newcastle were never really in danger against Heerenveen.",
            "Staff at the Star Tribune Building walked out on Monday.",
        ],
    )
    ex, _ = run([article], tmp_path)
    texts = [m.text for m in ex["boss"].mentions]
    assert "Graeme Souness" in texts
    assert "Boss Graeme Souness" not in texts
    assert not any(t.startswith("Tribune") for t in texts)  # no given name after "Star"


def test_a_sports_role_opening_a_name_is_cut(nlp, tmp_path: Path) -> None:  # noqa: F811
    article = make_article(
        "roles",
        [
            "Robbie Keane and Dougie Walker were at the match in Dublin on Saturday.",
            '"It was a good goal," said Damien Duff. Matchwinner Keane was another full of '
            "praise for Duff's role in the goal.",
            "Sprinter Walker said he had missed about a month of training.",
        ],
    )
    ex, _ = run([article], tmp_path)
    texts = [m.text for m in ex["roles"].mentions]
    assert not any(t.startswith(("Matchwinner ", "Sprinter ")) for t in texts), texts
    assert "Keane" in texts and "Walker" in texts


def test_a_name_with_an_apostrophe_the_model_missed_is_a_candidate(
    nlp,  # noqa: F811
    tmp_path: Path,
) -> None:
    # the small model tags nothing in "O'Leary has been in talks …" at a paragraph's start
    article = make_article(
        "irish",
        [
            "Aston Villa are waiting to learn the future of manager David O'Leary.",
            "O'Leary has been in talks over a new deal and he said he was happy.",
        ],
    )
    ex, _ = run([article], tmp_path)
    found = [(m.paragraph, m.text) for m in ex["irish"].mentions]
    assert (1, "O'Leary") in found, found


def test_a_given_name_read_as_a_nationality_opens_the_name(
    nlp,  # noqa: F811
    tmp_path: Path,
) -> None:
    # the small model labels "Adrian" a nationality ("-ian"), leaving "Mutu" alone
    article = make_article(
        "striker",
        ["Arsenal boss Arsene Wenger would consider signing Adrian Mutu once his ban ends."],
    )
    ex, _ = run([article], tmp_path)
    found = [m.text for m in ex["striker"].mentions]
    assert "Adrian Mutu" in found, found


def test_a_name_ends_before_a_date_the_model_ran_into_it(nlp, tmp_path: Path) -> None:  # noqa: F811
    article = make_article(
        "dated",
        [
            "The Bill was debated in the Commons on Monday.",
            "MPs will vote in the Commons on Thursday, the minister said.",
        ],
    )
    ex, _ = run([article], tmp_path)
    texts = {m.text for m in ex["dated"].mentions}
    assert "Commons" in texts
    assert not [t for t in texts if " on " in t]
