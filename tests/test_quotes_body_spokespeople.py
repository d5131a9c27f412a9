"""Bodies and their unnamed spokespeople as speakers: a spokesperson's "she" in the next
sentence, a bare "a spokesman" after a body's sentence (one opening "But" too, and "“…,”
said a spokesman" after "Campaign group X said …"), "the company" the text called a firm,
and a capitalised "Executive" that is a government, not a chief executive."""

from __future__ import annotations

from pathlib import Path

from conftest import require_model

from site_builder.config import Config
from site_builder.extract import extract_articles
from site_builder.quotes import find_quotes
from site_builder.quotes.roles import ROLE_DESCRIPTION
from site_builder.resolve import resolve_entities
from site_builder.sources import read_articles


def speakers(folder: Path, paragraphs: list[str]) -> dict[str, str | None]:
    """Each quotation's speaker's name in an article of ``paragraphs``."""
    require_model()
    body = "\n\n".join(paragraphs)
    (folder / "story.txt").write_text(f"---\ntitle: Story\n---\n{body}\n", "utf-8")
    read, _ = read_articles(folder, print)
    extractions = extract_articles(read, Config(input_dir=folder, use_cache=False), print)
    resolution = resolve_entities(read, extractions, None)
    names = {e.id: e.name for e in resolution.entities}
    quotes = find_quotes(read, extractions, resolution)
    return {q.text.rstrip(",."): names[q.speaker] if q.speaker else None for q in quotes}


def test_a_spokeswomans_she_speaks_for_her_body(tmp_path: Path) -> None:
    found = speakers(
        tmp_path,
        [
            "The council approved the new bridge over the river on Monday.",
            "A spokeswoman for Amnesty International said the plan was a "
            '"serious mistake" for the town. She added: "Nobody asked the people '
            'who live here."',
        ],
    )
    assert found["Nobody asked the people who live here"] == "Amnesty International"


def test_a_spokesmans_he_is_not_a_spokeswoman(tmp_path: Path) -> None:
    found = speakers(
        tmp_path,
        [
            "A spokeswoman for Amnesty International said the plan was a "
            '"serious mistake" for the town. He added: "Nobody asked the people '
            'who live here."',
        ],
    )
    assert found.get("Nobody asked the people who live here") != "Amnesty International"


def test_a_bare_spokesman_after_the_bodys_sentence(tmp_path: Path) -> None:
    found = speakers(
        tmp_path,
        [
            "Farmers in the valley say the dam has ruined their fields.",
            "The Hartwell Corporation said it had built the dam with every permit. But a "
            'spokesman added: "We will pay for an independent survey of the river."',
        ],
    )
    assert found["We will pay for an independent survey of the river"] == "Hartwell Corporation"


def test_a_bare_spokesman_after_a_but_sentence_about_the_body(tmp_path: Path) -> None:
    found = speakers(
        tmp_path,
        [
            "Farmers in the valley say the new dam has ruined their fields.",
            "But the Hartwell Corporation denied the dam broke any rule. A spokesman said: "
            '"We will pay for an independent survey of the river."',
        ],
    )
    assert found["We will pay for an independent survey of the river"] == "Hartwell Corporation"


def test_an_inverted_bare_spokesman_after_a_kind_and_its_body(tmp_path: Path) -> None:
    found = speakers(
        tmp_path,
        [
            "Farmers in the valley say the new dam has ruined their fields.",
            "Campaign group Rivers Alive said the dam sends the wrong message. "
            '"We will take the case to the courts if we have to," said a spokesman.',
        ],
    )
    assert found["We will take the case to the courts if we have to"] == "Rivers Alive"


def test_an_inverted_bare_spokesman_after_two_bodies_is_nobody(tmp_path: Path) -> None:
    found = speakers(
        tmp_path,
        [
            "The Hartwell Corporation and the Dunmore Trust said the dam was safe. "
            '"We will pay for an independent survey," said a spokesman.',
        ],
    )
    assert found["We will pay for an independent survey"] is None


def test_a_bare_spokesman_after_two_bodies_is_nobody(tmp_path: Path) -> None:
    found = speakers(
        tmp_path,
        [
            "The Hartwell Corporation and the Dunmore Trust said they had built the dam "
            'together. But a spokesman added: "We will pay for an independent survey."',
        ],
    )
    assert found["We will pay for an independent survey"] is None


def test_a_spokesman_after_a_body_spokesman_sentence(tmp_path: Path) -> None:
    found = speakers(
        tmp_path,
        [
            'A Hartwell Corporation spokesman said no decision had been made. "We are '
            'looking at every option we have," a spokesman said.',
        ],
    )
    assert found["We are looking at every option we have"] == "Hartwell Corporation"


def test_the_company_is_the_one_called_a_firm(tmp_path: Path) -> None:
    found = speakers(
        tmp_path,
        [
            "Toy firm Brightwood is to open a new factory in the north.",
            "The company, which makes board games such as Castle Siege and Moon Race, "
            'employs 300 people. The Ohio-based company says it wants "the best '
            'designers we can find".',
        ],
    )
    assert found["the best designers we can find"] == "Brightwood"


def test_a_capitalised_executive_is_a_body_not_a_role() -> None:
    assert ROLE_DESCRIPTION.search("But the Scottish Executive has insisted") is None
    assert ROLE_DESCRIPTION.search("the Coast Guard said") is None
    found = ROLE_DESCRIPTION.search("the Chief Executive said")
    assert found is not None and found.group(1) == "Executive"
    found = ROLE_DESCRIPTION.search("the chief executive said")
    assert found is not None and found.group(1) == "executive"


def test_the_executive_is_not_the_chief_executive(tmp_path: Path) -> None:
    found = speakers(
        tmp_path,
        [
            "Mary Keane, chief executive of Road Safety Wales, said the speed limits "
            'were "too timid".',
            "But the Welsh Executive has insisted the limits were "
            '"a first step towards safer roads".',
        ],
    )
    assert found["a first step towards safer roads"] != "Mary Keane"


def test_a_bodys_official_or_statement_speaks_for_it(tmp_path: Path) -> None:
    found = speakers(
        tmp_path,
        [
            "The court upheld the agency's findings against the sprinter on Monday.",
            "“The agency has proved its case beyond doubt,” said a UNICEF statement. "
            "“The outlook for next year is better,” said a UNESCO official.",
        ],
    )
    assert found["The agency has proved its case beyond doubt"] == "UNICEF"
    assert found["The outlook for next year is better"] == "UNESCO"


def test_the_report_is_the_body_whose_report_the_article_named(tmp_path: Path) -> None:
    found = speakers(
        tmp_path,
        [
            "Poverty is falling fast in the south, according to a UNICEF report.",
            "“Families are eating better than ten years ago,” said the report. "
            "“Schools are full,” the report said.",
        ],
    )
    assert found["Families are eating better than ten years ago"] == "UNICEF"
    assert found["Schools are full"] == "UNICEF"


def test_a_report_of_no_named_body_is_nobodys(tmp_path: Path) -> None:
    found = speakers(
        tmp_path,
        [
            "The driver was not hurt, according to a police report filed on Monday.",
            "“The car left the road at speed,” said the report.",
        ],
    )
    assert found["The car left the road at speed"] is None


def test_the_bodys_spokesman_named_with_the_body_speaks_for_it(tmp_path: Path) -> None:
    found = speakers(
        tmp_path,
        [
            "Delegates of UNESCO met in Geneva this week and agreed to a new fund.",
            "“The fund is voluntary,” said the UNESCO spokesman. The talks end on Friday.",
        ],
    )
    assert found["The fund is voluntary"] == "UNESCO"


def test_the_organisation_is_the_body_its_paragraph_named(tmp_path: Path) -> None:
    found = speakers(
        tmp_path,
        [
            "The Harbour Board fined the ferry operator on Tuesday.",
            "A spokesman for the Coastal Safety Trust, which campaigns for safer ferries, "
            'called the fine "too small". "The operator has learnt nothing from the '
            'accident," the organisation said in a statement.',
        ],
    )
    assert found["The operator has learnt nothing from the accident"] == "Coastal Safety Trust"


def test_the_organisation_is_nobody_when_its_paragraph_named_two(tmp_path: Path) -> None:
    found = speakers(
        tmp_path,
        [
            "The Coastal Safety Trust and the Harbour Board met the ferry operator on "
            'Tuesday. "The operator has learnt nothing from the accident," the '
            "organisation said.",
        ],
    )
    assert found["The operator has learnt nothing from the accident"] is None


def test_the_group_is_the_body_the_article_named_the_most(tmp_path: Path) -> None:
    found = speakers(
        tmp_path,
        [
            "Greenfield Holdings has agreed to buy a chain of garden centres.",
            "Greenfield Holdings will pay 40m for the chain, whose owner Parkway Retail "
            "had been looking for a buyer since the spring.",
            'Profits should rise next year. "This gives us a shop in every county," '
            "the group said.",
        ],
    )
    assert found["This gives us a shop in every county"] == "Greenfield Holdings"


def test_the_organisation_with_its_full_name_in_apposition(tmp_path: Path) -> None:
    found = speakers(
        tmp_path,
        [
            "Riders want cycle lanes on every main road.",
            "CENTRA, the Council of European Top Level Domain Registries, agrees. "
            '"Riders need roads they can trust," the organisation said in a statement.',
        ],
    )
    assert found["Riders need roads they can trust"] in (
        "CENTRA",
        "Council of European Top Level Domain Registries",
    )
