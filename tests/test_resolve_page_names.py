"""Issue 20 on the 2,225 articles of the BBC News dataset: a body's page is named by the
name the articles use, not by a longer form written once with the words around it run
in ("Praising Celtic", "Henry to Arsenal"); a legal form or a team named after its city
is a fuller name and still names the page."""

from __future__ import annotations

from test_resolve import hand_made

from site_builder.resolve import resolve_entities


def page_names(articles: dict[str, tuple[list[str], list[tuple[int, str, str]]]]) -> set[str]:
    """The entity names of an archive of hand-made articles."""
    made = {
        name: hand_made(paragraphs, spans, name) for name, (paragraphs, spans) in articles.items()
    }
    res = resolve_entities(
        [article for article, _ in made.values()], {n: e for n, (_, e) in made.items()}, None
    )
    return {e.name for e in res.entities}


def three_more(name: str, label: str) -> tuple[list[str], list[tuple[int, str, str]]]:
    """Three paragraphs that use ``name`` alone."""
    paragraphs = [f"{name} won.", f"Then {name} lost.", f"Later {name} drew."]
    return paragraphs, [(p, name, label) for p in range(3)]


def test_words_run_into_a_body_s_name_once_do_not_name_its_page() -> None:
    paragraphs, spans = three_more("Celtic", "ORG")
    names = page_names(
        {
            "a": (
                ["Praising Celtic for the win, the manager left.", *paragraphs],
                [(0, "Praising Celtic", "ORG")] + [(p + 1, t, lab) for p, t, lab in spans],
            )
        }
    )
    assert "Celtic" in names and "Praising Celtic" not in names


def test_a_legal_form_or_a_city_s_team_still_names_the_page() -> None:
    sony, sony_spans = three_more("Sony", "ORG")
    denver, denver_spans = three_more("Denver", "GPE")
    names = page_names(
        {
            "a": (
                ["Sony Corporation said so.", *sony],
                [(0, "Sony Corporation", "ORG")] + [(p + 1, t, lab) for p, t, lab in sony_spans],
            ),
            "b": (
                ["The Denver Broncos won.", *denver],
                [(0, "Denver Broncos", "ORG")] + [(p + 1, t, lab) for p, t, lab in denver_spans],
            ),
        }
    )
    assert "Sony Corporation" in names and "Sony" not in names
    assert "Denver Broncos" in names
