"""Classes read in the BBC sets 23, 26 and 31-33 after their first runs: a man or a
woman named by where they come from ("says the Galway man") and a described identity
whose modifier is a name ("said the Newport-based sprinter") refer back to the
person just talked about, and the place is no speaker; "agreed" is a cue when the one
who agrees follows it, and so is "points out"; "X from Y said" names X."""

from __future__ import annotations

from pathlib import Path

from test_quotes_body_spokespeople import speakers


def test_a_man_named_by_where_he_comes_from_is_the_one_just_talked_about(
    tmp_path: Path,
) -> None:
    found = speakers(
        tmp_path,
        [
            "Ronan Tully should not be walking after the crash in Spain. Tully says so himself.",
            '"I knew at once that my leg was broken in two places," says the Galway man. '
            '"The doctors told me I would not race for a year."',
        ],
    )
    assert found["I knew at once that my leg was broken in two places"] == "Ronan Tully"
    assert found["The doctors told me I would not race for a year"] == "Ronan Tully"


def test_a_bare_man_refers_to_nobody(tmp_path: Path) -> None:
    # no name before the noun: "the injured man" may be anyone the story brings in
    found = speakers(
        tmp_path,
        [
            "Ronan Tully was driving home from the match on Sunday. Tully saw the crash.",
            '"I could not feel my legs at all," said the injured man.',
        ],
    )
    assert found["I could not feel my legs at all"] is None


def test_a_name_before_a_described_identity_is_no_speaker(tmp_path: Path) -> None:
    # the model reads "Newport" as a body and "Wigan" as a person; either way the name
    # only says where the sprinter is based
    for town in ("Newport", "Wigan"):
        found = speakers(
            tmp_path,
            [
                "Gareth Pryce won gold in Athens with the relay team. Pryce was made an MBE "
                "on Friday.",
                '"The award means more to me than any medal I have won," said the '
                f"{town}-based sprinter.",
            ],
        )
        assert found["The award means more to me than any medal I have won"] == "Gareth Pryce"


def test_a_name_after_the_described_identity_is_the_speaker(tmp_path: Path) -> None:
    found = speakers(
        tmp_path,
        [
            "Gareth Pryce won gold in Athens with the relay team. Pryce was made an MBE on Friday.",
            '"He deserves every honour he gets this year," said the Newport-based sprinter '
            "Alan Weir.",
        ],
    )
    assert found["He deserves every honour he gets this year"] == "Alan Weir"


def test_agreed_with_the_one_who_agrees_after_it_is_a_cue(tmp_path: Path) -> None:
    found = speakers(
        tmp_path,
        [
            "Clara Voss is tired after the season. Owen Marsh, a pundit, has watched her "
            "for years.",
            '"You do not get many chances to defend a title at home in front of a crowd," '
            "agreed Marsh.",
        ],
    )
    quoted = "You do not get many chances to defend a title at home in front of a crowd"
    assert found[quoted] == "Owen Marsh"


def test_agreed_before_a_day_is_a_deal_not_words(tmp_path: Path) -> None:
    found = speakers(
        tmp_path,
        [
            "Brightwater faced a long case in Boston.",
            'Brightwater agreed Friday to pay "substantial damages" to the firm.',
        ],
    )
    assert "substantial damages" not in found


def test_points_out_is_a_cue(tmp_path: Path) -> None:
    found = speakers(
        tmp_path,
        [
            "Clara Voss is tired after the season.",
            '"It is a lot harder to train every day than to win one race," points out '
            "former champion Owen Marsh.",
        ],
    )
    assert found["It is a lot harder to train every day than to win one race"] == "Owen Marsh"


def test_a_name_from_a_body_before_the_verb_is_the_subject(tmp_path: Path) -> None:
    found = speakers(
        tmp_path,
        [
            "Phone owners rarely keep a copy of their contacts, a survey found.",
            '"We are a nation that trusts the phone to remember for us," Paul Kerr from '
            'Dialwise said. "Nobody writes numbers down any more."',
        ],
    )
    assert found["We are a nation that trusts the phone to remember for us"] == "Paul Kerr"
    assert found["Nobody writes numbers down any more"] == "Paul Kerr"
