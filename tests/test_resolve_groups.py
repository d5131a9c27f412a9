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


LOHAN = [
    "Lindsay Lohan checked into Morningside Recovery in Newport Beach.",
    "Lindsay Lohan left after two minutes.",
]
LOHAN_SPANS = [
    (0, "Lindsay Lohan", "PERSON"),
    (0, "Morningside Recovery", "ORG"),
    (0, "Newport Beach", "GPE"),
    (1, "Lindsay Lohan", "PERSON"),
]


def test_a_blended_nickname_joins_the_person_its_story_shares() -> None:
    # the blend's story never names her in full, but names her clinic and its town
    blend = hand_made(
        ["LiLo made it to Morningside Recovery in Newport Beach.", "LiLo walked out."],
        [
            (0, "LiLo", "PERSON"),
            (0, "Morningside Recovery", "ORG"),
            (0, "Newport Beach", "GPE"),
            (1, "LiLo", "PERSON"),
        ],
        name="b",
    )
    res = resolve(hand_made(LOHAN, LOHAN_SPANS, name="a"), blend)
    assert pages_of(res, "LiLo", "Lindsay Lohan") == {"Lindsay Lohan"}


def test_a_blend_with_no_shared_story_stays_apart() -> None:
    blend = hand_made(["LiLo opened a bakery in Leeds."], [(0, "LiLo", "PERSON")], name="b")
    res = resolve(hand_made(LOHAN, LOHAN_SPANS, name="a"), blend)
    assert len(pages_of(res, "LiLo", "Lindsay Lohan")) == 2


def test_a_blend_two_people_could_stand_for_stays_apart() -> None:
    paragraphs = [*LOHAN, "Linda Lowe, her aunt, said nothing.", "LiLo walked out."]
    spans = [*LOHAN_SPANS, (2, "Linda Lowe", "PERSON"), (3, "LiLo", "PERSON")]
    res = resolve(hand_made(paragraphs, spans))
    assert len(pages_of(res, "LiLo", "Lindsay Lohan", "Linda Lowe")) == 3


def test_a_surname_with_a_particle_is_no_blend() -> None:
    paragraphs = ["Dino Leone spoke.", "DiLeo, the coach, agreed.", "Dino Leone left."]
    spans = [(0, "Dino Leone", "PERSON"), (1, "DiLeo", "PERSON"), (2, "Dino Leone", "PERSON")]
    res = resolve(hand_made(paragraphs, spans))
    assert len(pages_of(res, "DiLeo", "Dino Leone")) == 2
