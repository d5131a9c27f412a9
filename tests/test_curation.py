"""The curation file: every operation, and every kind of error as a warning naming the file."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_resolve import hand_made

from site_builder.curation import Curation, load_curation
from site_builder.resolve import resolve_entities


@pytest.fixture
def archive():
    """Two small articles with a shared surname, a misspelling and a junk entity."""
    a, ea = hand_made(
        [
            "Anastacia Kuleba, 27, came to Maidan Square. Kuleba sang.",
            "Foreign Minister Dmytro Kuleba spoke in Kyiv. Tensions rose in Kyiv.",
            "Chancellor Olaf Scholz met Zelensky at the Kremlin.",
        ],
        [
            (0, "Anastacia Kuleba", "PERSON"),
            (0, "Maidan Square", "PERSON"),
            (0, "Kuleba", "PERSON"),
            (1, "Dmytro Kuleba", "PERSON"),
            (1, "Kyiv", "GPE"),
            (1, "Tensions", "ORG"),
            (2, "Olaf Scholz", "PERSON"),
            (2, "Zelensky", "PERSON"),
            (2, "Kremlin", "ORG"),
        ],
        "a",
    )
    b, eb = hand_made(
        ["Olaf Sholz and Kuleba met the Blorf Group in Kyiv."],
        [
            (0, "Olaf Sholz", "PERSON"),
            (0, "Kuleba", "PERSON"),
            (0, "Blorf Group", "ORG"),
            (0, "Kyiv", "GPE"),
        ],
        "b",
    )
    return [a, b], {"a": ea, "b": eb}


def curate(tmp_path: Path, text: str) -> tuple[Curation | None, list[str], Path]:
    path = tmp_path / "entities.yml"
    path.write_text(text, encoding="utf-8")
    warnings: list[str] = []
    return load_curation(path, warnings.append), warnings, path


def run(archive, tmp_path: Path, text: str):
    curation, load_warnings, path = curate(tmp_path, text)
    res = resolve_entities(*archive, curation)
    return res, load_warnings + res.warnings, path


def entity(res, name):
    found = [e for e in res.entities if e.name == name]
    assert len(found) == 1, [e.name for e in res.entities]
    return found[0]


def test_no_file_and_empty_file(archive, tmp_path: Path) -> None:
    assert load_curation(None, print) is None
    curation, warnings, _ = curate(tmp_path, "")
    assert curation is not None and curation.is_empty and warnings == []
    base = resolve_entities(*archive, None)
    assert resolve_entities(*archive, curation) == base


def test_rename_type_aliases_description_links(archive, tmp_path: Path) -> None:
    res, warnings, _ = run(
        archive,
        tmp_path,
        """
entities:
  - name: Zelensky
    rename: Volodymyr Zelenskyy
    type: person
    aliases: [Zelenskiy]
    description: President of Ukraine.
    links: [https://www.wikidata.org/wiki/Q3881980]
  - name: kremlin            # case-insensitive
    type: place
  - name: maidan-square      # by id
    type: place
""",
    )
    assert warnings == []
    z = entity(res, "Volodymyr Zelenskyy")
    assert z.id == "volodymyr-zelenskyy"
    assert z.description == "President of Ukraine."
    assert z.links == ["https://www.wikidata.org/wiki/Q3881980"]
    assert "Zelenskiy" in z.aliases and "Zelensky" in z.aliases
    assert entity(res, "Kremlin").type == "place"  # curated type beats the gazetteer
    assert entity(res, "Maidan Square").type == "place"


def test_alias_links_mentions_of_that_name(archive, tmp_path: Path) -> None:
    # "Tensions" is dropped as junk by the machine; a curated alias makes it a link
    res, warnings, _ = run(
        archive, tmp_path, "entities:\n  - name: Kyiv\n    aliases: [Tensions]\n"
    )
    assert warnings == []
    kyiv = entity(res, "Kyiv")
    assert ("a", 5) in res.links and res.links[("a", 5)] == kyiv.id


def test_merge_two_entities(archive, tmp_path: Path) -> None:
    res, warnings, _ = run(archive, tmp_path, "merge:\n  Blorf Group: Kremlin\n")
    assert warnings == []
    kremlin = entity(res, "Kremlin")
    assert res.links[("b", 2)] == kremlin.id
    assert "Blorf Group" in kremlin.aliases
    assert not [e for e in res.entities if e.name == "Blorf Group"]


def test_split_a_name_by_article(archive, tmp_path: Path) -> None:
    res, warnings, _ = run(
        archive,
        tmp_path,
        """
split:
  - name: Kuleba
    articles:
      a.txt: Anastacia Kuleba
      b: Dmytro Kuleba
""",
    )
    assert warnings == []
    assert res.links[("a", 2)] == entity(res, "Anastacia Kuleba").id
    assert res.links[("b", 1)] == entity(res, "Dmytro Kuleba").id


def test_split_to_a_new_entity(archive, tmp_path: Path) -> None:
    res, warnings, _ = run(
        archive, tmp_path, "split:\n  - name: Kuleba\n    articles: {b: Ivan Kuleba}\n"
    )
    assert warnings == []
    ivan = entity(res, "Ivan Kuleba")
    assert ivan.type == "person" and res.links[("b", 1)] == ivan.id


def test_ignore_a_false_entity(archive, tmp_path: Path) -> None:
    res, warnings, _ = run(
        archive, tmp_path, "entities:\n  - name: Blorf Group\n    ignore: true\n"
    )
    assert warnings == []
    assert "Blorf Group" not in {e.name for e in res.entities}
    assert ("b", 2) not in res.links


def test_curated_fact_wins_over_machine_merge(archive, tmp_path: Path) -> None:
    base = resolve_entities(*archive, None)
    merged = next(e for e in base.entities if e.name == "Olaf Scholz")
    assert "Olaf Sholz" in merged.aliases  # the machine merged the misspelling
    res, warnings, _ = run(
        archive,
        tmp_path,
        "split:\n  - name: Olaf Sholz\n    articles: {b: Olaf Sholz}\n",
    )
    assert warnings == []
    assert res.links[("b", 0)] == entity(res, "Olaf Sholz").id != entity(res, "Olaf Scholz").id


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("entities: [name: x\n  - : :\n", "not valid YAML"),
        ("- just\n- a list\n", "top level"),
        ("entities:\n  - name: Nobody Atall\n    type: person\n", "no entity named 'Nobody Atall'"),
        ("entities:\n  - name: Kyiv\n    type: planet\n", "unknown type 'planet'"),
        ("merge:\n  Kyiv: Kremlin\n  Kremlin: Kyiv\n", "merge cycle"),
        ("merge:\n  Kyiv: Atlantis\n", "no entity named 'Atlantis'"),
        ("entities: {name: Kyiv}\n", "must be a list"),
        ("entities:\n  - Kyiv\n", "expected a mapping"),
        ("entities:\n  - name: Kyiv\n    colour: blue\n", "unknown field 'colour'"),
        ("split:\n  - name: Kuleba\n    articles: {zzz: X Y}\n", "no article 'zzz'"),
        ("split:\n  - name: Kuleba\n", "needs 'name:' and 'articles:'"),
        ("entities:\n  - name: Kyiv\n    links: [javascript:alert(1)]\n", "must start with"),
        ("stuff: 1\n", "unknown section 'stuff'"),
    ],
)
def test_errors_are_warnings_naming_the_file(archive, tmp_path: Path, text, expected) -> None:
    res, warnings, path = run(archive, tmp_path, text)
    assert warnings, "expected a warning"
    assert any(expected in w for w in warnings), warnings
    assert all(str(path) in w for w in warnings)
    assert res.entities  # the build goes on with the machine's answer


def test_merge_cycle_is_ignored_but_other_merges_apply(archive, tmp_path: Path) -> None:
    res, warnings, _ = run(
        archive, tmp_path, "merge:\n  Kyiv: Kremlin\n  Kremlin: Kyiv\n  Blorf Group: Kremlin\n"
    )
    assert len(warnings) == 1 and "cycle" in warnings[0]
    assert {"Kyiv", "Kremlin"} <= {e.name for e in res.entities}
    assert res.links[("b", 2)] == entity(res, "Kremlin").id


def test_unreadable_file_warns(tmp_path: Path) -> None:
    path = tmp_path / "entities.yml"
    path.write_bytes(b"\xff\xfe\x00bad")
    warnings: list[str] = []
    assert load_curation(path, warnings.append) is None
    assert warnings and str(path) in warnings[0]
    warnings.clear()
    assert load_curation(tmp_path / "missing.yml", warnings.append) is None
    assert "not found" in warnings[0]


def test_documented_example_parses(tmp_path: Path) -> None:
    import site_builder.curation as mod

    doc = mod.__doc__ or ""
    example = doc.split("A full example::", 1)[1].split("Rules:", 1)[0]
    lines = [line[4:] if line.startswith("    ") else line for line in example.splitlines()]
    curation, warnings, _ = curate(tmp_path, "\n".join(lines))
    assert warnings == []
    assert curation is not None
    assert len(curation.entities) == 4 and len(curation.merges) == 2 and len(curation.splits) == 1
    assert curation.entities[1].coordinates == (38.88, -77.10)
