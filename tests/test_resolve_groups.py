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


def test_a_body_named_with_its_country_after_it_joins_its_short_name() -> None:
    one = hand_made(
        ["Fans met the Comic Corps of Canada in Toronto.", "Canada sent a team."],
        [(0, "Comic Corps of Canada", "ORG"), (0, "Toronto", "GPE"), (1, "Canada", "GPE")],
        name="a",
    )
    two = hand_made(["They posed at the Comic Corps booth."], [(0, "Comic Corps", "ORG")], name="b")
    res = resolve(one, two)
    assert len(pages_of(res, "Comic Corps", "Comic Corps of Canada")) == 1


def test_a_party_named_with_its_country_stays_apart() -> None:
    # most countries have a "Democratic Party": the bare name is not this one's
    one = hand_made(
        ["The Democratic Party of Turkmenistan won.", "Turkmenistan voted."],
        [(0, "Democratic Party of Turkmenistan", "ORG"), (1, "Turkmenistan", "GPE")],
        name="a",
    )
    two = hand_made(
        ["The Democratic Party chose its candidate."], [(0, "Democratic Party", "ORG")], name="b"
    )
    res = resolve(one, two)
    assert len(pages_of(res, "Democratic Party", "Democratic Party of Turkmenistan")) == 2


def test_a_town_government_is_the_town() -> None:
    one = hand_made(
        ["A fire broke out in Palmer on Monday.", "Palmer residents watched.", "In Palmer."],
        [(0, "Palmer", "GPE"), (1, "Palmer", "GPE"), (2, "Palmer", "GPE")],
        name="a",
    )
    two = hand_made(
        ["The building is a loss, according to the City of Palmer."],
        [(0, "City of Palmer", "ORG")],
        name="b",
    )
    res = resolve(one, two)
    assert pages_of(res, "Palmer", "City of Palmer") == {"Palmer"}


def test_a_town_government_named_for_a_country_stays_apart() -> None:
    one = hand_made(
        ["Mexico voted.", "Mexico counted.", "Leaders met in Mexico."],
        [(0, "Mexico", "GPE"), (1, "Mexico", "GPE"), (2, "Mexico", "GPE")],
        name="a",
    )
    two = hand_made(["The City of Mexico raised fares."], [(0, "City of Mexico", "ORG")], name="b")
    res = resolve(one, two)
    assert len(pages_of(res, "Mexico", "City of Mexico")) == 2


def test_a_nickname_keeps_the_team_page_name() -> None:
    # "Indy" is keyed as Indianapolis; on the team's page it does not rename the team
    from site_builder.resolve.archive import Cluster
    from site_builder.resolve.entities import canonical_name
    from site_builder.resolve.mentions import MentionRecord

    texts = ["Indianapolis Colts", "Colts", "Indy", "Indianapolis Colts"]
    mentions = [
        MentionRecord(0, i, i, 0, len(t), t, t.lower(), (), "ORG") for i, t in enumerate(texts)
    ]
    name, aliases = canonical_name(Cluster(0, mentions, type="organization"))
    assert name == "Indianapolis Colts"
    assert "Indy" in aliases


JAGUARS = [
    "The Jacksonville Jaguars hired a new coach.",
    "The Jacksonville Jaguars open their season at home.",
]
JAGUARS_SPANS = [(0, "Jacksonville Jaguars", "ORG"), (1, "Jacksonville Jaguars", "ORG")]


def test_a_clipped_team_nickname_joins_the_team_in_a_sports_story() -> None:
    game = hand_made(
        [
            "Colts clinch a playoff spot by beating the Jags 31-24.",
            "The quarterback threw three touchdowns; the Jags coach was silent.",
        ],
        [(0, "Jags", "ORG"), (1, "Jags", "ORG")],
        name="b",
    )
    res = resolve(hand_made(JAGUARS, JAGUARS_SPANS, name="a"), game)
    assert pages_of(res, "Jags", "Jacksonville Jaguars") == {"Jacksonville Jaguars"}


def test_a_clipped_word_outside_sport_stays_apart() -> None:
    other = hand_made(
        ["The Jags car club met on Monday.", "Jags owners drove in."],
        [(0, "Jags", "ORG"), (1, "Jags", "ORG")],
        name="b",
    )
    res = resolve(hand_made(JAGUARS, JAGUARS_SPANS, name="a"), other)
    assert len(pages_of(res, "Jags", "Jacksonville Jaguars")) == 2


def test_a_word_two_teams_could_clip_stays_apart() -> None:
    teams = hand_made(
        [*JAGUARS, "The Jaguarundi Jagers won the cup."],
        [*JAGUARS_SPANS, (2, "Jaguarundi Jagers", "ORG")],
        name="a",
    )
    game = hand_made(
        ["Fans cheered the Jags 31-24 win.", "The quarterback and the coach of the playoffs."],
        [(0, "Jags", "ORG")],
        name="b",
    )
    res = resolve(teams, game)
    assert "Jags" in {e.name for e in res.entities}


CLIFFSIDE = [
    "Lindsay Lohan checked into the Cliffside Rehab Center in Malibu.",
    "Shawn Holley, her lawyer, confirmed it.",
]
CLIFFSIDE_SPANS = [
    (0, "Lindsay Lohan", "PERSON"),
    (0, "Cliffside Rehab Center", "FAC"),
    (0, "Malibu", "GPE"),
    (1, "Shawn Holley", "PERSON"),
]


def cliffside_story(paragraph: str) -> tuple[Article, Extraction]:
    spans = [(0, "Cliffside", "GPE"), (0, "Lindsay Lohan", "PERSON")]
    if "Shawn Holley" in paragraph:
        spans.append((0, "Shawn Holley", "PERSON"))
    return hand_made([paragraph], spans, name="b")


def test_a_site_joins_the_bare_name_its_stories_share() -> None:
    other = cliffside_story("Lindsay Lohan stays at Cliffside, Shawn Holley said.")
    res = resolve(hand_made(CLIFFSIDE, CLIFFSIDE_SPANS, name="a"), other)
    assert len(pages_of(res, "Cliffside", "Cliffside Rehab Center")) == 1


def test_a_site_and_a_bare_name_of_other_stories_stay_apart() -> None:
    other = hand_made(["Cliffside voted on a new school."], [(0, "Cliffside", "GPE")], name="b")
    res = resolve(hand_made(CLIFFSIDE, CLIFFSIDE_SPANS, name="a"), other)
    assert len(pages_of(res, "Cliffside", "Cliffside Rehab Center")) == 2


def test_a_county_is_not_its_courthouse() -> None:
    paragraphs = [
        "Jurors met at the Fulton County Courthouse with Judge Amy Cole.",
        "Fulton County paid Judge Amy Cole and Dan Roe.",
        "Dan Roe spoke at the Fulton County Courthouse.",
    ]
    spans = [
        (0, "Fulton County Courthouse", "FAC"),
        (0, "Amy Cole", "PERSON"),
        (1, "Fulton County", "GPE"),
        (1, "Amy Cole", "PERSON"),
        (1, "Dan Roe", "PERSON"),
        (2, "Dan Roe", "PERSON"),
        (2, "Fulton County Courthouse", "FAC"),
    ]
    res = resolve(hand_made(paragraphs, spans))
    assert len(pages_of(res, "Fulton County", "Fulton County Courthouse")) == 2


def test_a_park_joins_its_landmark() -> None:
    park = hand_made(
        [
            "A climber died in Aoraki Mount Cook National Park on Sunday.",
            "Inspector Dave Gaskin led the search with the Alpine Rescue Team.",
        ],
        [
            (0, "Aoraki Mount Cook National Park", "FAC"),
            (1, "Dave Gaskin", "PERSON"),
            (1, "Alpine Rescue Team", "ORG"),
        ],
        name="a",
    )
    peak = hand_made(
        ["Dave Gaskin said the Alpine Rescue Team reached Aoraki Mount Cook at dawn."],
        [
            (0, "Dave Gaskin", "PERSON"),
            (0, "Alpine Rescue Team", "ORG"),
            (0, "Aoraki Mount Cook", "LOC"),
        ],
        name="b",
    )
    res = resolve(park, peak)
    assert len(pages_of(res, "Aoraki Mount Cook", "Aoraki Mount Cook National Park")) == 1


def test_a_name_spaced_two_ways_is_one_body() -> None:
    one = hand_made(
        ["The Portland Trail Blazers fired their coach."],
        [(0, "Portland Trail Blazers", "ORG")],
        name="a",
    )
    two = hand_made(
        ["The Portland Trailblazers hired a coach."],
        [(0, "Portland Trailblazers", "ORG")],
        name="b",
    )
    res = resolve(one, two)
    assert len(pages_of(res, "Portland Trail Blazers", "Portland Trailblazers")) == 1


def test_two_people_spaced_two_ways_stay_apart() -> None:
    one = hand_made(["Ana De Leonardo spoke."], [(0, "Ana De Leonardo", "PERSON")], name="a")
    two = hand_made(["Ana DeLeonardo sang."], [(0, "Ana DeLeonardo", "PERSON")], name="b")
    res = resolve(one, two)
    assert len(pages_of(res, "Ana De Leonardo", "Ana DeLeonardo")) == 2
