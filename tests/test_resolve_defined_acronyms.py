"""An acronym a story defines in brackets right after a name is that name's page, also
when its letters are the initials of a translated name in another order ("Brazilian
Democratic Movement Party (PMDB)", "Revolutionary Armed Forces of Colombia (FARC)")
or leave the legal form out ("International Business Machines Corp (IBM)"). Two letters
in another order are too few to tell. Invented names; real model and resolver."""

from __future__ import annotations

from pathlib import Path

from test_resolve import by_name, resolve_texts

from site_builder.resolve.names import spells_out


def test_a_translated_party_s_acronym_joins_its_name(model, tmp_path: Path) -> None:
    res, _, _ = resolve_texts(
        {
            "a": [
                "The ruling Brazilian Liberal Renewal Party (PRLB) urged the president to go on.",
                "The PRLB said the governors backed him.",
            ]
        },
        tmp_path,
    )
    party = by_name(res, "Brazilian Liberal Renewal Party")
    assert "PRLB" in party.aliases
    assert "PRLB" not in [e.name for e in res.entities]


def test_which_acronyms_spell_out_a_name() -> None:
    assert spells_out("PMDB", "Brazilian Democratic Movement Party")
    assert spells_out("FARC", "Revolutionary Armed Forces of Colombia")
    assert spells_out("IBM", "International Business Machines Corp")
    assert spells_out("NATO", "North Atlantic Treaty Organization")
    assert not spells_out("DP", "Party Democratic")  # two letters: too few
    assert not spells_out("PKK", "Kurdistan Workers Party")


def test_a_loose_acronym_joins_no_other_body_s(model, tmp_path: Path) -> None:
    # "IBC" is Interstate Baking's in one story; a coffee institute's translated "(IBC)"
    # in another does not make the two bodies one page
    res, _, _ = resolve_texts(
        {
            "a": ["Interstate Baking Corp (IBC) said sales rose.", "IBC shares fell."],
            "b": ["The Brazilian Coffee Institute (IBC) set new export quotas."],
        },
        tmp_path,
    )
    baking = by_name(res, "Interstate Baking Corp")
    coffee = by_name(res, "Brazilian Coffee Institute")
    assert baking is not coffee
