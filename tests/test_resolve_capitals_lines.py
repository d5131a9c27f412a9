"""A wire's lines in capitals: a plain word of a headline set all in capitals that the
archive writes in lower case is no name ("3RD QTR NET"), as a sentence's first word is
not. On 2,139 Reuters stories of 1987 (NEWIDs from 19001, none of the quotation sets'),
"NET" and "QTR" were organisations of 346 and 261 mentions. A clock's time zone ("at
1600 GMT") and a legal form alone ("Co Inc", cut from "Merrill Lynch and Co Inc") are
no bodies either. A page is named as the sentences write it ("London", not the
datelines' "LONDON"), but a name the sentences write in capitals keeps them
("SEACOM"). Real model and resolver."""

from __future__ import annotations

from pathlib import Path

from test_resolve import resolve_texts

from site_builder.resolve.names import junk_verdict


def _names(texts: dict[str, list[str]], tmp_path: Path) -> set[str]:
    res, _, _ = resolve_texts(texts, tmp_path)
    return {e.name for e in res.entities} | {a for e in res.entities for a in e.aliases}


def test_a_plain_word_of_a_headline_in_capitals_is_no_name() -> None:
    # the archive-wide verdict: the model's "NET" of a headline, with "net" written in
    # lower case elsewhere in the archive (how 346 such mentions made a page)
    line = "FIRST BOSTON INC FBC 3RD QTR NET"
    start = line.index("NET")
    verdict = junk_verdict(line, "NET", "net", ("net",), "ORG", False, start, {"net"})
    assert verdict == (True, True)
    # a name the archive never writes in lower case stays one; so does the word in a
    # sentence ("… said its Net unit")
    assert (
        junk_verdict(line, "FBC", "fbc", ("fbc",), "ORG", False, line.index("FBC"), {"net"})[0]
        is False
    )
    sentence = "The bank said its Net unit grew."
    assert junk_verdict(sentence, "Net", "net", ("net",), "ORG", False, 18, {"net"})[0] is False


def test_a_time_zone_is_no_body(model, tmp_path: Path) -> None:
    names = _names(
        {"a": ["The London Stock Exchange said trading would end at 1600 GMT on Friday."]},
        tmp_path,
    )
    assert "GMT" not in names
    assert "London Stock Exchange" in names


def test_a_legal_form_alone_is_no_name(model, tmp_path: Path) -> None:
    # the model cuts "Merrill Lynch and Co Inc" into the firm and "Co Inc"
    names = _names(
        {"a": ["The offering was managed by Merrill Lynch and Co Inc, the company said."]},
        tmp_path,
    )
    assert "Merrill Lynch" in names
    assert "Co Inc" not in names


def test_a_page_is_named_as_the_text_writes_it_not_in_capitals(model, tmp_path: Path) -> None:
    # a wire's datelines put the town in capitals more often than its sentences name it
    res, _, _ = resolve_texts(
        {
            "a": ["LONDON, June 19 - Britain's trade deficit widened in May, the government said."],
            "b": ["LONDON, June 20 - British Petroleum said it would sell shares in London."],
            "c": ["LONDON, June 21 - Shares fell in London on Friday."],
        },
        tmp_path,
    )
    (london,) = [e for e in res.entities if "LONDON" in {e.name, *e.aliases}]
    assert london.name == "London"


def test_a_name_written_in_capitals_in_sentences_keeps_them(model, tmp_path: Path) -> None:
    # an acronym or a brand the sentences themselves write in capitals is no shouting
    res, _, _ = resolve_texts(
        {
            "a": ["SEACOM said on Monday that its undersea cable to Mumbai was cut."],
            "b": ["Engineers from SEACOM were sent to repair the cable near Mombasa."],
            "c": ["Seacom expects to restore the link within a week, the company said."],
        },
        tmp_path,
    )
    (seacom,) = [e for e in res.entities if "SEACOM" in {e.name, *e.aliases}]
    assert seacom.name == "SEACOM"


def test_a_town_named_only_in_datelines_takes_its_usual_capitals(model, tmp_path: Path) -> None:
    # the Reuters archive had 225 place pages named so ("WALTHAM", "KANSAS CITY"); the
    # gazetteer's spelling where it has the same letters, else each word's capital
    texts = {
        "a": ["WALTHAM, Mass., March 19 - Raytheon Co said it won a Navy contract."],
        "b": ["KANSAS CITY, Mo., March 19 - The Federal Reserve Bank said loans rose."],
        "c": ["MORRIS TOWNSHIP, N.J., March 19 - Allied-Signal Inc said it sold a unit."],
        "d": ["LONDON, March 19 - Sterling rose. Traders in London said demand was firm."],
    }
    res, _, _ = resolve_texts(texts, tmp_path)
    places = {e.name for e in res.entities if e.type == "place"}
    assert {"Waltham", "Kansas City", "Morris Township", "London"} <= places
    assert not {"WALTHAM", "KANSAS CITY", "MORRIS TOWNSHIP"} & places
