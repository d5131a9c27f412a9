"""Two spellings of a full name in different stories are one person only if the stories
keep some company: "David Moyes" of Everton and "David Myers" of WorldCom are two men (a
BBC archive merged them), "David Myers" and "David Myres" both beside Bernie Ebbers one.
A country both stories name is no company. Real model and resolver."""

from __future__ import annotations

from pathlib import Path

from test_resolve import by_name, resolve_texts


def test_near_spellings_in_stories_without_company_stay_apart(model, tmp_path: Path) -> None:
    res, _, _ = resolve_texts(
        {
            "a": ["David Moyes watched his side beat Fulham at Goodison Park on Saturday."],
            "b": ["David Myers pleaded guilty to securities fraud at WorldCom in New York."],
        },
        tmp_path,
    )
    assert by_name(res, "David Moyes") is not by_name(res, "David Myers")


def test_a_shared_country_is_no_company(model, tmp_path: Path) -> None:
    res, _, _ = resolve_texts(
        {
            "a": ["Peter Sanders said the runway plans for Britain were fundamentally flawed."],
            "b": ["Peter Saunders said the euthanasia bill for Britain went too far."],
        },
        tmp_path,
    )
    assert by_name(res, "Peter Sanders") is not by_name(res, "Peter Saunders")


def test_near_spellings_beside_the_same_person_merge(model, tmp_path: Path) -> None:
    res, _, _ = resolve_texts(
        {
            "a": ["David Myers pleaded guilty at WorldCom and testified against Bernie Ebbers."],
            "b": ["David Myres told the jury that Bernie Ebbers knew of the fraud."],
        },
        tmp_path,
    )
    merged = [e for e in res.entities if e.name in ("David Myers", "David Myres")]
    assert len(merged) == 1
    assert {"David Myers", "David Myres"} <= {merged[0].name, *merged[0].aliases}
