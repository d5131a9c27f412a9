"""Names of one entity that news varies across pages: a city's nickname, a person's
blended nickname, a body named with its place after it (seventh round, grouping)."""

from __future__ import annotations

from test_resolve import hand_made

from site_builder.models import Article, Extraction
from site_builder.resolve import resolve_entities


def resolve(*articles: tuple[Article, Extraction]):
    return resolve_entities([a for a, _ in articles], {a.id: e for a, e in articles}, None)


def pages_of(res, *texts: str) -> set[str]:
    """Return the names of the entities linked from these mention texts."""
    return {e.name for e in res.entities if any(m.text in texts for m in e.mentions)}


def test_a_city_nickname_is_the_city() -> None:
    one = hand_made(
        [
            "Indianapolis voters went to the polls.",
            "Turnout in Indianapolis was high.",
            "Indianapolis counted late.",
        ],
        [(0, "Indianapolis", "GPE"), (1, "Indianapolis", "GPE"), (2, "Indianapolis", "GPE")],
        name="a",
    )
    two = hand_made(
        ["Mayors met in Indy on Monday.", "Indy hosted the summit."],
        [(0, "Indy", "PERSON"), (1, "Indy", "PERSON")],
        name="b",
    )
    res = resolve(one, two)
    assert pages_of(res, "Indy", "Indianapolis") == {"Indianapolis"}
    (city,) = [e for e in res.entities if e.name == "Indianapolis"]
    assert city.type == "place"


def test_an_unlisted_short_name_stays_apart() -> None:
    # "Indi" is no standard nickname: spelling alone joins nothing
    one = hand_made(
        ["Indianapolis voters went to the polls."], [(0, "Indianapolis", "GPE")], name="a"
    )
    two = hand_made(["Indi sang on Monday."], [(0, "Indi", "PERSON")], name="b")
    assert len(pages_of(resolve(one, two), "Indi", "Indianapolis")) == 2


def test_two_names_joined_by_and_see_a_nickname_as_its_city() -> None:
    # "Philly" alone is keyed as Philadelphia, so "Philly and Cheeks" is two names
    paragraphs = [
        "Philadelphia fired its coach.",
        "Cheeks was hired in Portland.",
        "Philadelphia said little.",
        "Cheeks said less.",
        "It was a matter of time before Philly and Cheeks hooked up again.",
    ]
    spans = [
        (0, "Philadelphia", "GPE"),
        (1, "Cheeks", "PERSON"),
        (2, "Philadelphia", "GPE"),
        (3, "Cheeks", "PERSON"),
        (4, "Philly and Cheeks", "ORG"),
    ]
    res = resolve(hand_made(paragraphs, spans))
    assert not pages_of(res, "Philly and Cheeks")
