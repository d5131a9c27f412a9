"""Names the model missed that the hyphen and legal-form rules of the candidates now give
whole: a person's with a hyphened given name ("Jean-Michel Lemetayer", a person by his
given name as "Michel Lemetayer" was), a company's whose name goes on after its legal
form ("Public Service Co of New Mexico", an organisation by that form), a company's
joined by a hyphen ("Allis-Chalmers Corp"). Real model and resolver."""

from __future__ import annotations

from pathlib import Path

from test_resolve_news import linked, resolve


def test_a_hyphened_given_name_is_a_person_s(model, tmp_path: Path) -> None:
    res, ex = resolve(
        {
            "wine": [
                '"I am afraid the resources are not up to the ambitions," Jean-Michel '
                "Lemetayer, from the FNSEA agricultural union, told the Associated Press.",
            ]
        },
        tmp_path,
    )
    assert {e.type for e in linked(res, ex, "wine", "Jean-Michel Lemetayer")} == {"person"}


def test_a_firm_named_after_its_legal_form_and_a_place(model, tmp_path: Path) -> None:
    res, ex = resolve(
        {
            "utility": [
                "ALBUQUERQUE, N.M., March 4 - Public Service Co of New Mexico said it is "
                "evaluating a limited partnership.",
                "MILWAUKEE, March 4 - Allis-Chalmers Corp said it asked lenders to approve a "
                "restructuring plan.",
            ]
        },
        tmp_path,
    )
    (psnm,) = linked(res, ex, "utility", "Public Service Co of New Mexico")
    (allis,) = linked(res, ex, "utility", "Allis-Chalmers Corp")
    assert psnm.type == allis.type == "organization"
