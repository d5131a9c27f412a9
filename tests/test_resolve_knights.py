"""A man the article knights ("Sir Ian Blair", then "Sir Ian") is never its "Mr Blair":
British news calls a knight by his given name, so "Mr Blair" is another Blair, and his
words are not the knight's. After "Mr", a man's given name is a surname: "Mr Howard" is not
Howard Flight ("Mr Kim" of "Kim Yungmin", whose surname comes first, is his)."""

from __future__ import annotations

from pathlib import Path

from test_resolve import by_name, entity_of, resolve_texts

from .quoted_article import said, speaker_of

STORY = [
    "Terrorists might try to strike during the election, the country's most senior "
    "police officer has said.",
    "Sir Ian Blair, the Metropolitan Police commissioner, said it was “unwise” to rule "
    "it out. “Terrorists have long memories,” Sir Ian said.",
    "Asked about the warning, the prime minister conceded that the plans raised hard "
    "questions. But Mr Blair insisted: “There is no greater civil liberty than to live "
    "free from terrorist attack.”",
]


def test_mr_blair_is_not_the_knight(model, tmp_path: Path) -> None:
    res, articles, extractions = resolve_texts({"terror": STORY}, tmp_path)
    knight = by_name(res, "Ian Blair")
    assert entity_of(res, articles, extractions, "terror", "Blair") != knight


def test_mr_blair_s_words_are_not_the_knight_s(tmp_path: Path) -> None:
    quotes = said(tmp_path, *STORY)
    assert speaker_of(quotes, "Terrorists have long memories") == "Ian Blair"
    assert speaker_of(quotes, "There is no greater civil liberty") != "Ian Blair"


def test_a_given_name_after_mr_is_a_surname(model, tmp_path: Path) -> None:
    texts = {
        "flight": [
            "Sacked MP Howard Flight will not be the party's candidate, his association said.",
            "At a news conference, Mr Howard insisted he had played by the party's rules.",
        ],
        "kim": [
            "“The group will have to pay,” said Kim Yungmin, a strategist at Dongwon.",
            "“They have been stalling to earn better terms,” said Mr Kim.",
        ],
    }
    res, articles, extractions = resolve_texts(texts, tmp_path)
    # "Howard" is a man's given name: after "Mr" it is another man's surname
    assert entity_of(res, articles, extractions, "flight", "Howard") != by_name(
        res, "Howard Flight"
    )
    # a name whose surname comes first keeps its "Mr Kim"
    assert entity_of(res, articles, extractions, "kim", "Kim") == by_name(res, "Kim Yungmin")
