"""Classes found by the first run of Reuters sets reu34-reu36.

A quotation left open at its paragraph's end, whose speaker the paragraph named, does
not run on into the next paragraph's quotation when that one closes on a cue naming
someone else: '"…," said Jane Dorsey. "… I cannot say. / "…," said Peter Gray.' The
writer left out a closing mark; the open piece ends with its paragraph. A quotation that
opened with nobody named still runs on to the cue that closes it, and a mark that
closes rather than opens (set after a word, or apart from the next one) is no
quotation of its own. And "he said" after lines of a dealer the story never names ("one
senior coffee dealer said …. The dealer, who declined to be named, said …") is nobody
we know, not the economist named before (real model and resolver, made-up wording)."""

from __future__ import annotations

from pathlib import Path

from site_builder.quotes.marks import find_marked

from .quoted_article import said


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


def test_he_after_an_unnamed_dealers_lines_is_nobody_we_know(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "BRAZIL SEEN SELLING HARD",
        '"That sounds like a sound plan," Carlos Mendez, an economist at Chase, said.',
        "Mendez said the country had to compete on glutted markets.",
        '"Brazil would not tolerate a change in the rules," one senior coffee dealer said.',
        "The dealer, who declined to be named, said Brazil wanted to keep its market share.",
        "Brazil will be an aggressive seller this year, the dealer said.",
        '"If they come into the market at this level, prices will fall further," he said.',
    )
    assert quotes[0][1] == "Carlos Mendez"
    assert quotes[-1] == (
        "If they come into the market at this level, prices will fall further,",
        None,
    )
    # with no dealer between, "he" is the economist's
    (tmp_path / "named").mkdir()
    named = said(
        tmp_path / "named",
        "BRAZIL SEEN SELLING HARD",
        '"That sounds like a sound plan," Carlos Mendez, an economist at Chase, said.',
        "Mendez said the country had to compete on glutted markets.",
        '"If they come into the market at this level, prices will fall further," he said.',
    )
    assert named[-1][1] == "Carlos Mendez"
