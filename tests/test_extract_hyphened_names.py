"""An East Asian name the model cut at its given name's hyphen ("Laah" of "Laah
Chong-gyu", which it read as a place) is whole and a person's; an English compound
("New York-based"), a dash typed as a hyphen ("Bruce Smith-the") and a capital letter
before one ("NASA T-shirt") are not such a name. Capitalised words joined by a hyphen
are one name ("Allis-Chalmers"), unless the story's person ends with them (see
test_resolve_surnames); a firm's name goes on after its legal form with "of" ("Public
Service Co of New Mexico"); a dateline's date the model ran into the first name gives
it back."""

from __future__ import annotations

from pathlib import Path

from test_extract import mention_labels, nlp  # noqa: F401 (nlp: a fixture)


def test_a_given_name_cut_at_its_hyphen_is_whole(nlp, tmp_path: Path) -> None:  # noqa: F811
    names = mention_labels(
        tmp_path,
        [
            "“LG Card will not need any more aid after this,” Laah Chong-gyu, executive "
            "director of Korea Development Bank, said.",
        ],
    )
    assert names.get("Laah Chong-gyu") == "PERSON"
    assert "Laah" not in names


def test_compounds_and_dashes_are_no_given_names(nlp, tmp_path: Path) -> None:  # noqa: F811
    names = mention_labels(
        tmp_path,
        [
            "The New York-based firm said sales rose.",
            "He was replaced by Bruce Smith-the club's third choice this year.",
            "Visitors bought a NASA T-shirt at the shop.",
        ],
    )
    assert not [n for n in names if n.endswith(("-based", "-the", "-shirt"))]


def test_capitalised_words_joined_by_a_hyphen_are_one_name(nlp, tmp_path: Path) -> None:  # noqa: F811
    # the model read "Allis" as a nationality and took "Chalmers" alone; a dateline's
    # date it ran past the dash into the story's first name ("March 4 - Allis-Chalmers
    # Corp", one DATE) gives the name back (Reuters archive: the company had no page)
    names = mention_labels(
        tmp_path,
        [
            "MILWAUKEE, March 4 - Allis-Chalmers Corp said it asked lenders to approve a "
            "restructuring plan.",
            "Allis-Chalmers said its only alternative to the plan is bankruptcy.",
            "The Franco-German brigade was not involved.",
        ],
    )
    assert "Allis-Chalmers Corp" in names and "Allis-Chalmers" in names
    assert "Chalmers" not in names and "Chalmers Corp" not in names
    assert "Franco-German" not in names


def test_a_firm_s_name_goes_on_after_its_legal_form(nlp, tmp_path: Path) -> None:  # noqa: F811
    names = mention_labels(
        tmp_path,
        [
            "ALBUQUERQUE, N.M., March 4 - Public Service Co of New Mexico said it is "
            "evaluating a limited partnership.",
        ],
    )
    assert "Public Service Co of New Mexico" in names
