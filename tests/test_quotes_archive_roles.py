"""A role the article never ties to a name, told by the archive's other articles ("the
NATO chief said" where only another article says "NATO Secretary-General X")."""

from __future__ import annotations

from pathlib import Path

from conftest import require_model

from site_builder.config import Config
from site_builder.extract import extract_articles
from site_builder.quotes import find_quotes
from site_builder.quotes.archive_roles import titles_of
from site_builder.resolve import resolve_entities
from site_builder.sources import read_articles

OTHER = (
    "NATO Secretary-General Ingrid Halvorsen met defence ministers in Brussels on Monday, "
    "among them Anita Anand."
)
STORY = [
    "“We are ready for dialogue,” Halvorsen said in Brussels on Tuesday, after meeting "
    "Anita Anand.",
    "“But we are prepared for the worst,” the NATO chief said.",
]


def speakers(folder: Path, articles: dict[str, list[str]]) -> dict[str, str | None]:
    """Each quotation's speaker's name, over an archive of ``articles``."""
    require_model()
    for name, paragraphs in articles.items():
        body = "\n\n".join(paragraphs)
        (folder / f"{name}.txt").write_text(f"---\ntitle: {name}\n---\n{body}\n", "utf-8")
    warnings: list[str] = []
    read, _ = read_articles(folder, warnings.append)
    extractions = extract_articles(read, Config(input_dir=folder, use_cache=False), print)
    resolution = resolve_entities(read, extractions, None)
    names = {e.id: e.name for e in resolution.entities}
    quotes = find_quotes(read, extractions, resolution)
    return {q.text.rstrip(",."): names[q.speaker] if q.speaker else None for q in quotes}


def test_titles_are_a_qualifier_and_a_role() -> None:
    assert titles_of(["NATO", "Secretary-General"]) == {("nato", "secretary")}
    assert titles_of(["Russian", "President"]) == {("russian", "president")}
    assert titles_of(["Kremlin", "spokesman"]) == {("kremlin", "spokesman")}


def test_the_archive_tells_who_the_nato_chief_is(tmp_path: Path, model) -> None:
    found = speakers(tmp_path, {"a": [OTHER], "b": STORY})
    assert found["But we are prepared for the worst"] == "Ingrid Halvorsen"


def test_without_the_archive_the_role_names_nobody(tmp_path: Path, model) -> None:
    found = speakers(tmp_path, {"b": STORY})
    assert found["But we are prepared for the worst"] is None


def test_another_role_of_the_same_body_is_not_hers(tmp_path: Path, model) -> None:
    story = [STORY[0], "“But we are prepared for the worst,” the NATO spokesman said."]
    found = speakers(tmp_path, {"a": [OTHER], "b": story})
    # a spokesman speaks for the body, not for its secretary-general
    assert found["But we are prepared for the worst"] != "Ingrid Halvorsen"


def test_an_unnamed_holder_in_the_story_is_left_alone(tmp_path: Path, model) -> None:
    story = [
        STORY[0],
        "A NATO chief of staff briefed reporters later.",
        "“But we are prepared for the worst,” the NATO chief said.",
    ]
    found = speakers(tmp_path, {"a": [OTHER], "b": story})
    assert found["But we are prepared for the worst"] is None


PM_OTHER = "Prime Minister Alan Hartley met union leaders in London on Monday."
PM_STORY = [
    "Alan Hartley says his standing with voters will be an issue at the election.",
    "Speaking to reporters on Sunday, the prime minister said: “I am an issue and I always "
    "will be.”",
    "He added: “If you are afraid of criticism, you should do another job.”",
]


def test_the_prime_minister_in_lower_case_is_the_one_titled_so(tmp_path: Path, model) -> None:
    found = speakers(tmp_path, {"a": [PM_OTHER], "b": PM_STORY})
    assert found["I am an issue and I always will be"] == "Alan Hartley"
    # the role of the one who spoke is no rival for the "he" that follows
    assert found["If you are afraid of criticism, you should do another job"] == "Alan Hartley"


def test_the_prime_minister_names_nobody_without_the_archive(tmp_path: Path, model) -> None:
    found = speakers(tmp_path, {"b": PM_STORY})
    assert found["I am an issue and I always will be"] is None
