"""An East Asian name the model cut at its given name's hyphen ("Laah" of "Laah
Chong-gyu", which it read as a place) is whole and a person's; an English compound
("New York-based"), a dash typed as a hyphen ("Bruce Smith-the") and a capital letter
before one ("NASA T-shirt") are not such a name."""

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
