"""A nationality the small model tags apart and the body's head word it misses right after
it ("the Scottish Executive": "Scottish" a nationality, "Executive" a stray capital) are
one body's name, so its mentions and its spokespeople find its page; a person's name the
model cuts at a nickname in brackets ("James E. (Jim) Nugent") is one name too."""

from __future__ import annotations

from pathlib import Path

from test_extract import make_article, nlp, run  # noqa: F401 (nlp: a fixture)


def test_a_nationality_and_a_missed_body_head_are_one_name(nlp, tmp_path: Path) -> None:  # noqa: F811
    article = make_article(
        "bodies",
        [
            "The Scottish Executive said ministers would be notified.",
            "But an executive spokeswoman insisted the leave had been agreed.",
        ],
    )
    ex, _ = run([article], tmp_path)
    mentions = {(m.text, m.label) for m in ex["bodies"].mentions}
    assert ("Scottish Executive", "ORG") in mentions
    assert not {m.text for m in ex["bodies"].mentions} & {"Executive", "Scottish"}


def test_a_nationality_before_a_person_stays_apart(nlp, tmp_path: Path) -> None:  # noqa: F811
    article = make_article(
        "people",
        ["The Scottish singer Annie Lennox said she would perform."],
    )
    ex, _ = run([article], tmp_path)
    assert "Annie Lennox" in {m.text for m in ex["people"].mentions}
    assert not any(m.text.startswith("Scottish") for m in ex["people"].mentions)


def test_a_nickname_in_brackets_stays_inside_the_name(nlp, tmp_path: Path) -> None:  # noqa: F811
    # reu6722: "James E. (Jim) Nugent" read as "James E.", "Jim" and "Nugent"
    article = make_article(
        "nickname",
        ["Texas Railroad Commissioner James E. (Jim) Nugent said the state would act."],
    )
    ex, _ = run([article], tmp_path)
    names = {m.text for m in ex["nickname"].mentions}
    assert "James E. (Jim) Nugent" in names
    assert not names & {"James E.", "Jim", "Nugent"}


def test_a_country_in_brackets_is_no_nickname(nlp, tmp_path: Path) -> None:  # noqa: F811
    # a prize's list of writers and their countries: no person "Kadare (Albania) Milan"
    article = make_article(
        "list",
        ["The finalists are Ismail Kadare (Albania) Milan Kundera (Czech Republic) and others."],
    )
    ex, _ = run([article], tmp_path)
    assert not any("(Albania)" in m.text for m in ex["list"].mentions)
