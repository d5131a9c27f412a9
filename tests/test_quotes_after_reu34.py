"""Classes found by the first run of Reuters sets reu34-reu36.

A quotation left open at its paragraph's end, whose speaker the paragraph named, does
not run on into the next paragraph's quotation when that one closes on a cue naming
someone else: '"…," said Jane Dorsey. "… I cannot say. / "…," said Peter Gray.' The
writer left out a closing mark; the open piece ends with its paragraph. A quotation that
opened with nobody named still runs on to the cue that closes it, and a mark that
closes rather than opens (set after a word, or apart from the next one) is no
quotation of its own."""

from __future__ import annotations

from site_builder.quotes.marks import find_marked


def _texts(paragraphs: list[str]) -> list[str]:
    return [paragraphs[m.paragraph][m.start : m.end].strip() for m in find_marked(paragraphs)]


def test_an_open_quotation_stops_before_another_speakers_paragraph() -> None:
    paragraphs = [
        '"They are plainly worried about the lawsuit," said Jane Dorsey, analyst at Bell and '
        'Co. "They may keep talking but whether they will change their minds, I cannot say.',
        '"It is all getting rather confusing," said Peter Gray, analyst at Hart Group Inc. He '
        'said the reasons given "look rather weak."',
    ]
    assert _texts(paragraphs) == [
        "They are plainly worried about the lawsuit,",
        "They may keep talking but whether they will change their minds, I cannot say.",
        "It is all getting rather confusing,",
        "look rather weak.",
    ]
    marked = find_marked(paragraphs)
    # the open piece ends its quotation; the next paragraph opens one of its own
    assert marked[1].closed and marked[2].opened


def test_a_quotation_opened_with_nobody_named_runs_on_to_its_cue() -> None:
    paragraphs = [
        '"We will win this league. The players know it.',
        '"We have the squad and the spirit to do it," said Peter Gray.',
    ]
    assert _texts(paragraphs) == [
        "We will win this league. The players know it.",
        "We have the squad and the spirit to do it,",
    ]
    assert not find_marked(paragraphs)[1].opened  # it carries the first one on
    # the same speaker's cue at the end: one quotation over both paragraphs
    same = [
        '"We are worried," said Jane Dorsey. "We may keep talking but we cannot say more.',
        '"It is all rather confusing," Dorsey said.',
    ]
    assert _texts(same)[1:] == [
        "We may keep talking but we cannot say more.",
        "It is all rather confusing,",
    ]
    assert not find_marked(same)[2].opened


def test_a_mark_apart_from_the_next_word_opens_nothing() -> None:
    paragraphs = [
        'Party chairman Tom Reed said: Tom Reed said "If Jane Dorsey is serious about her '
        'budget she should start by explaining it. "The reality is, they lack the courage to '
        'tackle waste, and families would be worse off. " And Chancellor Peter Gray said the '
        "figures did not add up. He accused the party of spending more.",
        "The party denied it.",
    ]
    texts = _texts(paragraphs)
    assert not any(t.startswith("And Chancellor") for t in texts)
