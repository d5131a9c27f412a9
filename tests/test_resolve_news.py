"""Entity resolution on news it was not tuned on: the classes of issue 20's second round,
each on short texts read by the real model."""

from __future__ import annotations

from pathlib import Path

from test_resolve import hand_made, resolve_texts

from site_builder.models import Entity, Extraction, Resolution
from site_builder.resolve import resolve_entities


def resolve(
    texts: dict[str, list[str]], tmp_path: Path
) -> tuple[Resolution, dict[str, Extraction]]:
    """Run the real extraction and resolution on articles given as paragraphs."""
    resolution, _, extractions = resolve_texts(texts, tmp_path)
    return resolution, extractions


def linked(res: Resolution, ex: dict[str, Extraction], article: str, text: str) -> list[Entity]:
    """Return the entities of every mention with this surface text in an article."""
    by_id = {e.id: e for e in res.entities}
    found = [
        by_id[eid]
        for i, m in enumerate(ex[article].mentions)
        if m.text == text and (eid := res.links.get((article, i))) is not None
    ]
    assert found, f"{text!r} not linked in {article}: {ex[article].mentions}"
    return found


def test_a_team_s_full_name_takes_its_short_form(model, tmp_path: Path) -> None:
    texts = {
        "a": [
            "The Kansas City Chiefs lost 20-13 to the Indianapolis Colts on Sunday.",
            "Kansas City had won seven games this season, and the coach said the playoffs "
            "were still in reach.",
        ],
        # the short form alone, in a story that never names the team in full
        "b": [
            "Meanwhile, the Chiefs lost their 13th game of the season 20-13 and could tie "
            "the franchise mark next week.",
            "The quarterback said the playoffs were out of reach, and the coach agreed.",
        ],
    }
    res, ex = resolve(texts, tmp_path)
    [chiefs] = linked(res, ex, "a", "Kansas City Chiefs")
    assert linked(res, ex, "b", "Chiefs") == [chiefs]


def test_a_team_s_full_name_the_model_read_as_a_building_is_a_team() -> None:
    # the labels the model gives these sentences in ECB+ ("Jacksonville Jaguars": FAC)
    sport = "Jacksonville beat Houston 31-24, and the coach said the playoffs were in reach."
    a, ea = hand_made([sport], [(0, "Jacksonville", "GPE"), (0, "Houston", "GPE")], "a")
    paras = [
        "The Colts won 31-24 over the Jacksonville Jaguars last night.",
        "The Jacksonville Sharks play arena football.",
    ]
    b, eb = hand_made(
        paras, [(0, "Jacksonville Jaguars", "FAC"), (1, "Jacksonville Sharks", "ORG")], "b"
    )
    res = resolve_entities([a, b], {"a": ea, "b": eb}, None)
    jaguars = next(e for e in res.entities if e.name == "Jacksonville Jaguars")
    assert jaguars.type == "organization"


def test_a_town_set_by_its_phrase_is_a_place(model, tmp_path: Path) -> None:
    texts = {
        "a": [
            "Police arrested Vishwanand Subryan, 23, of Schenectady, N.Y., several blocks away.",
            "A Schenectady man has been charged in the crash.",
        ],
        "b": [
            "A 57-year-old Wasilla woman has been indicted in the church fire.",
            "Firefighters were called to the church in Wasilla, Alaska.",
        ],
        # a person's name before a comma and a state is no town: the phrase goes on
        "c": ["Sarah Palin, Alaska's governor, spoke on Friday."],
        "d": [
            "South Korea evacuated about 80 people in the town of Yeoncheon after at least "
            "one shell landed near the border."
        ],
    }
    res, ex = resolve(texts, tmp_path)
    assert {e.type for e in linked(res, ex, "a", "Schenectady")} == {"place"}
    assert {e.type for e in linked(res, ex, "b", "Wasilla")} == {"place"}
    assert {e.type for e in linked(res, ex, "c", "Sarah Palin")} == {"person"}
    assert {e.type for e in linked(res, ex, "d", "Yeoncheon")} == {"place"}


def test_a_team_taken_into_a_person_s_name_is_no_first_name(model, tmp_path: Path) -> None:
    texts = {
        "a": [
            "Chiefs fans could see what might have been had they had this awful season last "
            "year when Colts QB Andrew Luck was the top prize of the draft.",
            "The Colts turned the fumble into another field goal and went into halftime "
            "leading, 13-3.",
            "Quinn was stopped short and the Colts took the ball over on downs.",
        ],
        "b": ["The Indianapolis Colts beat the Kansas City Chiefs."],
    }
    res, ex = resolve(texts, tmp_path)
    people = {e.id for e in res.entities if e.type == "person"}
    colts = linked(res, ex, "a", "Colts")
    assert len(colts) == 2 and not {e.id for e in colts} & people


def test_a_body_named_with_its_town_is_the_same_body(model, tmp_path: Path) -> None:
    texts = {
        "a": ["The actress entered the Malibu Promises Treatment Center, her publicist said."],
        "b": ["She spent three weeks at the Promises Treatment Center in Malibu last year."],
        # two towns before one name: two hospitals
        "c": [
            "The boy was flown from Texas Children's Hospital to Boston Children's Hospital.",
            "Doctors at Children's Hospital said he was stable.",
        ],
        # a body every state has is not the country's
        "d": ["The California Supreme Court heard the case after the Supreme Court did."],
        # ... unless the country's name stands before it
        "e": ["He served as an officer in the United States Air Force for ten years."],
        "f": ["The Air Force said the jet crashed on landing."],
    }
    res, ex = resolve(texts, tmp_path)
    [malibu] = linked(res, ex, "a", "Malibu Promises Treatment Center")
    assert linked(res, ex, "b", "Promises Treatment Center") == [malibu]
    [texas] = linked(res, ex, "c", "Texas Children's Hospital")
    [boston] = linked(res, ex, "c", "Boston Children's Hospital")
    assert texas is not boston
    [state] = linked(res, ex, "d", "California Supreme Court")
    [country] = linked(res, ex, "d", "Supreme Court")
    assert state is not country
    [air_force] = linked(res, ex, "e", "United States Air Force")
    assert linked(res, ex, "f", "Air Force") == [air_force]


def test_a_surname_the_model_calls_a_nationality_is_still_linked(model, tmp_path: Path) -> None:
    texts = {
        "a": [
            "Wladimir Klitschko defended his heavyweight titles against Hasim Rahman on "
            "Saturday night."
        ],
        "b": [
            "The 32-year-old Klitschko (52-3, 46 KOs) won his 10th consecutive fight.",
            "Hasim Rahman was down in the seventh round.",
            "The crowd cheered as Russian fans waved flags.",
        ],
    }
    res, ex = resolve(texts, tmp_path)
    [wladimir] = linked(res, ex, "a", "Wladimir Klitschko")
    assert linked(res, ex, "b", "Klitschko") == [wladimir]
    # a nationality the model labels so stays no name
    assert "Russian" not in {m.text for m in ex["b"].mentions}


def test_a_group_word_is_told_from_a_surname() -> None:
    from site_builder.spans import is_group_word

    for group in ("Russian", "Israeli", "Jewish", "Democrats", "Sunnis", "Latin American"):
        assert is_group_word(group), group
    for surname in ("Klitschko", "Shevchenko", "Nowak"):
        assert not is_group_word(surname), surname


def test_a_name_after_a_sentence_s_the_is_a_candidate(model, tmp_path: Path) -> None:
    texts = {
        "a": ["Quinn was stopped short and the Colts took the ball over on downs."],
        # the model tags nothing here; "The" opens the sentence, "Colts" is capitalised
        # as a name is, as it would be after "the" mid-sentence
        "b": ["The Colts took the ball and went 73 yards in 13 plays for the winning score."],
    }
    res, ex = resolve(texts, tmp_path)
    [colts] = linked(res, ex, "a", "Colts")
    assert linked(res, ex, "b", "Colts") == [colts]
    assert "The" not in {m.text for m in ex["b"].mentions}


def test_a_first_name_alone_goes_to_its_person_named_with_the_same_company(
    model, tmp_path: Path
) -> None:
    texts = {
        "a": [
            "Kimani Gray, 16, was shot by police in East Flatbush on Saturday night, and "
            "Mayor Michael Bloomberg called for calm."
        ],
        # the story never names him in full (and the model reads the name as a place)
        "b": [
            "Hundreds marched through East Flatbush on Monday to protest the killing of "
            "Kimani, and Michael Bloomberg asked for patience."
        ],
        # the same first name in a story that shares nothing with his: someone else
        "c": ["Kimani scored twice for Kenya in Nairobi on Sunday."],
    }
    res, ex = resolve(texts, tmp_path)
    [kimani_gray] = linked(res, ex, "a", "Kimani Gray")
    assert linked(res, ex, "b", "Kimani") == [kimani_gray]
    assert linked(res, ex, "c", "Kimani") != [kimani_gray]


def test_a_firm_before_its_own_center_stays_the_firm(model, tmp_path: Path) -> None:
    texts = {
        "a": [
            "Microsoft rushed out an emergency patch for Internet Explorer on Tuesday.",
            "The Microsoft Security Response Center said attacks were limited.",
            "Microsoft urged users to update.",
        ],
        "b": ["Microsoft confirmed the flaw affects every version of the browser."],
    }
    res, ex = resolve(texts, tmp_path)
    [microsoft] = linked(res, ex, "b", "Microsoft")
    assert linked(res, ex, "a", "Microsoft") == [microsoft, microsoft]
    assert linked(res, ex, "a", "Microsoft Security Response Center") != [microsoft]


def test_one_clinic_under_its_generic_names_is_one_place(model, tmp_path: Path) -> None:
    texts = {
        "a": ["Lindsay Lohan checked into the Betty Ford Center in Rancho Mirage on Friday."],
        "b": ["The actress is at the Betty Ford Clinic, her lawyer said."],
        "c": ["She left the Betty Ford Treatment Center after a week."],
        # the same first word, other namesakes: two places
        "d": ["Patients at the Johnson Medical Center and the Johnson Space Center were safe."],
    }
    res, ex = resolve(texts, tmp_path)
    [clinic] = linked(res, ex, "a", "Betty Ford Center")
    assert linked(res, ex, "b", "Betty Ford Clinic") == [clinic]
    assert linked(res, ex, "c", "Betty Ford Treatment Center") == [clinic]
    assert linked(res, ex, "d", "Johnson Medical Center") != linked(
        res, ex, "d", "Johnson Space Center"
    )


def test_a_well_known_surname_the_model_calls_a_place_is_the_person(model, tmp_path: Path) -> None:
    texts = {
        name: [f"Lindsay Lohan checked into rehab on {day}, her lawyer said."]
        for name, day in (("a", "Monday"), ("b", "Tuesday"), ("c", "Friday"))
    }
    # alone, the model reads the surname as a place here
    texts["a"].append("Her lawyer, Shawn Holley, declined to comment.")
    texts["d"] = [
        "Santa Monica Chief Deputy City Attorney Terry White confirmed to the Associated "
        "Press that Lohan has checked into an approved rehab facility.",
        "Shawn Holley confirmed it.",
    ]
    # a town of that name, after "in", stays a place
    texts["e"] = ["The storm flooded roads in Lohan on Sunday."]
    res, ex = resolve(texts, tmp_path)
    [lindsay] = linked(res, ex, "a", "Lindsay Lohan")
    assert [m.label for m in ex["d"].mentions if m.text == "Lohan"] == ["GPE"]
    assert linked(res, ex, "d", "Lohan") == [lindsay]
    assert lindsay not in linked(res, ex, "e", "Lohan")


def test_a_headline_span_is_cut_to_the_names_the_story_uses(model, tmp_path: Path) -> None:
    texts = {
        "a": [
            "Lindsay Lohan Checks Into Rehab at Betty Ford Center",
            "Lindsay Lohan checked into the Betty Ford Center on Thursday, her lawyer said.",
        ],
        "b": [
            "COLTS BEAT CHIEFS 20-13 TO CLINCH PLAYOFF BERTH",
            "The Indianapolis Colts beat the Kansas City Chiefs 20-13 on Sunday.",
            "The Colts clinched a playoff berth, and the Chiefs lost again.",
        ],
    }
    res, ex = resolve(texts, tmp_path)
    headline = [m for m in ex["a"].mentions if m.paragraph == 0]
    assert [m.text for m in headline] == ["Lindsay Lohan", "Betty Ford Center"]
    [lohan, lohan_again] = linked(res, ex, "a", "Lindsay Lohan")
    assert lohan is lohan_again and lohan.type == "person"
    # the trailing part of "COLTS BEAT CHIEFS", and words the story never names stay out
    assert linked(res, ex, "b", "CHIEFS") == linked(res, ex, "b", "Kansas City Chiefs")
    assert "CLINCH PLAYOFF BERTH" not in {e.name for e in res.entities}


def test_a_headline_cut_keeps_a_name_the_story_uses_whole() -> None:
    from types import SimpleNamespace

    from site_builder.headlines import cut_headline_spans

    # the token fields the cut reads, of "John Hill Named Coach" / "John Hill spoke."
    tk = SimpleNamespace(
        lower=["john", "hill", "named", "coach", "john", "hill", "spoke", "."],
        idx=[0, 5, 10, 16, 23, 28, 33, 38],
    )
    spans = [(0, 4, "PERSON"), (4, 6, "PERSON")]
    # cut to the longest part the story names: "John Hill", not "John"
    assert cut_headline_spans(tk, spans, [(0, 21)]) == [(0, 2, "PERSON"), (4, 6, "PERSON")]
    assert cut_headline_spans(tk, spans, []) == spans


def test_a_team_and_role_run_into_a_person_s_name_are_cut(model, tmp_path: Path) -> None:
    texts = {
        "a": [
            "It was here that Chiefs fans could see what might have been had they had this "
            "awful season LAST YEAR when Colts QB Andrew Luck was the top prize of the draft.",
            "Andrew Luck threw for 241 yards.",
        ]
    }
    res, ex = resolve(texts, tmp_path)
    assert "Colts QB Andrew Luck" not in {m.text for m in ex["a"].mentions}
    [luck, luck_again] = linked(res, ex, "a", "Andrew Luck")
    assert luck is luck_again


def test_a_role_inside_a_name_is_cut_only_before_a_capitalised_word() -> None:
    from types import SimpleNamespace

    from site_builder.spans import _drop_role

    def cut(words: list[str]) -> list[str]:
        tk = SimpleNamespace(text=words, lower=[w.lower() for w in words])
        return words[_drop_role(tk, 0, len(words)) :]

    assert cut(["Colts", "QB", "Andrew", "Luck"]) == ["Andrew", "Luck"]
    assert cut(["Comedian", "Ellen", "DeGeneres"]) == ["Ellen", "DeGeneres"]
    assert cut(["Prince", "William"]) == ["Prince", "William"]  # a title of the name
    assert cut(["Andrew", "Luck"]) == ["Andrew", "Luck"]


def test_a_planetarium_a_tower_and_an_air_base_are_places(model, tmp_path: Path) -> None:
    texts = {
        "a": [
            "Shuttle simulators will be given to the Adler Planetarium in Chicago and to a "
            "museum at Wright-Patterson Air Force Base in Ohio.",
            "He was taken to the Century City Towers, where he was deposited in an office.",
        ]
    }
    res, ex = resolve(texts, tmp_path)
    for name in ("Adler Planetarium", "Wright-Patterson Air Force Base", "Century City Towers"):
        assert {e.type for e in linked(res, ex, "a", name)} == {"place"}, name


def test_a_place_and_a_plural_in_a_sports_story_are_a_team(model, tmp_path: Path) -> None:
    texts = {
        "a": [
            "Peyton Manning threw for 321 yards in the 31-24 win, helping the Colts (10-5) join "
            "the 2008 Miami Dolphins as the only teams to reach the playoffs after such a start.",
            "The coach said the quarterback had never played better this season.",
        ]
    }
    res, ex = resolve(texts, tmp_path)
    assert {e.type for e in linked(res, ex, "a", "Miami Dolphins")} == {"organization"}


def test_a_nickname_written_after_its_team_is_the_team(model, tmp_path: Path) -> None:
    # the model cuts "North Carolina Tar Heels" in two and misses the nickname elsewhere
    texts = {
        "a": [
            "Tyler Hansbrough had 24 points and seven rebounds, and the third-ranked North "
            "Carolina Tar Heels bounced back with a 108-70 rout of Evansville.",
            "The Tar Heels led at halftime, and the coach said the tournament was still ahead.",
        ],
        "b": [
            "The Tar Heels beat Kentucky 77-58 on Saturday as the coach praised the rebounds "
            "of his forwards.",
        ],
    }
    res, ex = resolve(texts, tmp_path)
    [team] = linked(res, ex, "a", "North Carolina")
    assert team.type == "organization"
    assert linked(res, ex, "a", "Tar Heels") == [team]
    assert linked(res, ex, "b", "Tar Heels") == [team]


def test_a_nickname_after_two_teams_joins_neither() -> None:
    def story(school: str, name: str) -> tuple:
        paras = [
            f"{school} beat Bradley 65-53 in the tournament, and the coach praised the rebounds.",
            f"The {school} Bulldogs led at halftime.",
        ]
        spans = [(0, school, "GPE"), (0, "Bradley", "GPE"), (1, school, "GPE")]
        return hand_made(paras, [*spans, (1, "Bulldogs", "CAND")], name)

    (a, ea), (b, eb) = story("Drake", "a"), story("Yale", "b")
    res = resolve_entities([a, b], {"a": ea, "b": eb}, None)
    bulldogs = [i for i, m in enumerate(ea.mentions) if m.text == "Bulldogs"]
    assert all(("a", i) not in res.links for i in bulldogs)
    assert {e.name for e in res.entities} >= {"Drake", "Yale"}
    # the same story with one school only: its nickname joins it
    res = resolve_entities([a], {"a": ea}, None)
    drake = res.links[("a", 0)]
    assert [res.links.get(("a", i)) for i in bulldogs] == [drake]


def test_a_us_state_and_state_is_the_university(model, tmp_path: Path) -> None:
    texts = {
        "a": [
            "Indiana State beat Evansville 65-53 on Friday, and Ohio State named a new "
            "president for its medical school.",
            "Heavy snow fell across Washington State, and floods hit Kano State in Nigeria.",
        ]
    }
    res, ex = resolve(texts, tmp_path)
    assert {e.type for e in linked(res, ex, "a", "Indiana State")} == {"organization"}
    assert {e.type for e in linked(res, ex, "a", "Ohio State")} == {"organization"}
    assert {e.type for e in linked(res, ex, "a", "Washington State")} == {"place"}
    assert {e.type for e in linked(res, ex, "a", "Kano State")} == {"place"}


def test_a_first_name_spelt_two_ways_in_one_story_is_one_person(model, tmp_path: Path) -> None:
    texts = {
        "a": [
            "Fire chief Jon Owen said the Matanuska Maid creamery burned overnight near Palmer.",
            "Owen said the Mat-Su Central Fire Department and the Alaska State Troopers sent "
            "crews, and Sarah Palin visited.",
        ],
        "b": [
            "John Owen, the fire chief, said the Mat-Su Central Fire Department fought the "
            "blaze at Matanuska Maid for six hours.",
            "Sarah Palin and the Alaska State Troopers praised the crews.",
        ],
        # alike first names in stories that share nobody: two people
        "c": [
            "Alexis Berkowitz won the chess open in Reno on Sunday.",
            "The Reno Chess Club said she beat 40 players.",
        ],
        "d": [
            "Alexandros Berkowitz opened a bakery in Portland, the Oregonian reported.",
            "His Portland Bakery Guild membership came through last week.",
        ],
    }
    res, ex = resolve(texts, tmp_path)
    assert linked(res, ex, "a", "Jon Owen") == linked(res, ex, "b", "John Owen")
    assert linked(res, ex, "c", "Alexis Berkowitz") != linked(res, ex, "d", "Alexandros Berkowitz")


def test_a_full_name_with_a_role_run_into_it_is_the_person(model, tmp_path: Path) -> None:
    texts = {
        "a": [
            "GM Ed Stefanski said the team would look for a new coach.",
            "Stefanski told reporters on Monday that the players had not been told.",
        ],
        "b": ["Ed Stefanski, the general manager, said the coach was fired."],
        "c": [
            "American Hasim Rahman will fight again in March.",
            "Rahman, 36, said he was ready; Hasim Rahman lost his title in 2006.",
        ],
    }
    res, ex = resolve(texts, tmp_path)
    [stefanski] = linked(res, ex, "b", "Ed Stefanski")
    assert linked(res, ex, "a", "GM Ed Stefanski") == [stefanski]
    assert stefanski.name == "Ed Stefanski"  # not the role's words
    [rahman] = linked(res, ex, "c", "Hasim Rahman")
    assert linked(res, ex, "c", "American Hasim Rahman") == [rahman]
    assert rahman.type == "person"


def test_a_role_run_into_a_full_name_is_left_out_of_the_page_s_name(model, tmp_path: Path) -> None:
    # the BBC archive's "Prop Martin Castrogiovanni", "Broadcaster Chris Evans": a word
    # the archive writes in lower case, before a given name and a surname the article
    # never writes alone
    texts = {
        "a": [
            "Prop Martin Castellano will miss the match against Wales.",
            "Castellano said he hoped to be fit for the final game.",
        ],
        "b": ["The prop was injured in training, the coach said."],
        "c": [
            "Broadcaster Tom Hadley is selling his possessions from a lock-up in London.",
            "Hadley said it was not about the money.",
        ],
        "d": ["The broadcaster has sold his old sofa."],
    }
    res, ex = resolve(texts, tmp_path)
    [prop] = linked(res, ex, "a", "Prop Martin Castellano")
    assert (prop.name, prop.type) == ("Martin Castellano", "person")
    assert linked(res, ex, "a", "Castellano") == [prop]
    [hadley] = linked(res, ex, "c", "Broadcaster Tom Hadley")
    assert (hadley.name, hadley.type) == ("Tom Hadley", "person")


def test_a_name_ending_with_a_person_s_is_not_always_the_person() -> None:
    people = [
        "Ann Smith said the vote was close.",
        "Ann Smith, 40, told reporters she would run again.",
    ]
    others = [
        "Mary Ann Smith said she was ready.",  # a first name before: another person
        "Friends of Ann Smith met on Monday.",  # a body named after her
        "The Lake Ann Smith trail was closed.",  # a place
    ]
    spans = [(0, "Ann Smith", "PERSON"), (1, "Ann Smith", "PERSON")]
    a, ea = hand_made(people, spans, "a")
    b, eb = hand_made(
        others,
        [
            (0, "Mary Ann Smith", "PERSON"),
            (1, "Friends of Ann Smith", "ORG"),
            (2, "Lake Ann Smith", "LOC"),
        ],
        "b",
    )
    res = resolve_entities([a, b], {"a": ea, "b": eb}, None)
    ann = res.links[("a", 0)]
    assert all(res.links.get(("b", i)) != ann for i in range(3))


def test_a_first_name_alone_needs_a_person_s_plain_name() -> None:
    # the model's labels in ECB+: a town's fire department read as a person
    paras = [
        "The old dairy building in Palmer burned early Tuesday.",
        "Crews from Palmer Fire responded to the blaze.",
    ]
    a, ea = hand_made(paras, [(0, "Palmer", "GPE"), (1, "Palmer Fire", "PERSON")], "a")
    res = resolve_entities([a], {"a": ea}, None)
    town = next(e for e in res.entities if e.id == res.links[("a", 0)])
    assert town.type == "place"
    assert res.links[("a", 1)] != town.id


def test_a_name_ending_with_a_company_word_is_a_company() -> None:
    # the model's label in ECB+: a security firm read as a person
    paras = ["Eric Schultze of Shavlik Technologies said the patch came late."]
    a, ea = hand_made(
        paras, [(0, "Eric Schultze", "PERSON"), (0, "Shavlik Technologies", "PERSON")], "a"
    )
    res = resolve_entities([a], {"a": ea}, None)
    types = {e.name: e.type for e in res.entities}
    assert types == {"Eric Schultze": "person", "Shavlik Technologies": "organization"}


def test_a_place_word_inside_a_name_makes_it_a_place() -> None:
    # the model's label in ECB+: a mountain's Maori and English names read as a person
    paras = ["Two climbers died on Aoraki Mount Cook on Sunday, police said."]
    a, ea = hand_made(paras, [(0, "Aoraki Mount Cook", "PERSON")], "a")
    res = resolve_entities([a], {"a": ea}, None)
    assert [e.type for e in res.entities] == ["place"]


def test_a_given_name_left_out_of_the_span_makes_a_person(model, tmp_path: Path) -> None:
    # reu5471 (reu65): "Gilberto Arango, president of the exporters' association, said":
    # the model left the given name out and read "Arango" as a place in every mention
    texts = {
        "coffee": [
            "BOGOTA, March 16 - Private coffee exporters say the country's more pragmatic "
            "marketing policy will help it.",
            "Gilberto Arango, president of the exporters' association, said in an interview "
            "that the country could withstand a prolonged absence of export quotas.",
            "Arango said that government measures adopted here last week indicated a major change.",
            "Arango said an illustration of the new attitude was the decision on Friday.",
            "However, Arango, like the finance minister last week, was more explicit.",
            "Arango added that exporters would not sell heavily in the coming months.",
        ]
    }
    res, ex = resolve(texts, tmp_path)
    labels = {(m.text, m.paragraph): m.label for m in ex["coffee"].mentions}
    assert labels[("Arango", 2)] == "GPE"  # the model's slip this is about
    assert {e.type for e in linked(res, ex, "coffee", "Arango")} == {"person"}
