"""Issue 20 on BBC politics: a party's name is a body whatever the small model reads it
as, and two stories that share only their parties (or other bodies everyone names) are
no evidence that a first name alone in one is the person named in full in the other."""

from __future__ import annotations

from pathlib import Path

from test_resolve import resolve_texts

from site_builder.resolve.archive import best_type
from site_builder.resolve.mentions import knowledge_votes


def test_a_party_s_name_votes_body_over_the_model_s_person() -> None:
    for name in ("labour", "conservatives", "tories", "liberal democrats", "snp"):
        votes = dict(knowledge_votes(name, tuple(name.split()), "PERSON"))
        assert best_type(votes) == "organization", name


def test_shared_parties_do_not_join_a_first_name_to_another_story_s_person(
    model, tmp_path: Path
) -> None:
    texts = {
        "pay": [
            "Liberal Democrat spokeswoman for women Glenda Marwick said the plan was misdirected.",
            "Labour promised more maternity pay before the election. The Conservatives "
            "said they would match it, and Downing Street agreed.",
        ],
        "campaign": [
            "Michael Harlow's wife, Glenda, will campaign with him across the country.",
            "Glenda has already joined him on visits. Labour said it would answer. The "
            "Conservatives said they would match it, and Downing Street agreed.",
        ],
    }
    res, _, extractions = resolve_texts(texts, tmp_path)
    by_id = {e.id: e for e in res.entities}
    full = next(e for e in res.entities if e.name == "Glenda Marwick")
    alone = [
        by_id.get(res.links.get(("campaign", i), ""))
        for i, m in enumerate(extractions["campaign"].mentions)
        if m.text == "Glenda"
    ]
    assert alone, extractions["campaign"].mentions
    assert all(e is None or e.id != full.id for e in alone)
