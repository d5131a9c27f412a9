"""Quotations with no cue of their own after reported speech, and pronouns that must not
reach past a role subject or to a name used as a modifier (the lead5 round)."""

from __future__ import annotations

from pathlib import Path

from site_builder.quotes.modifier_names import used_as_modifier

from .quoted_article import said


def _speaker(quotes: list[tuple[str, str | None]], start: str) -> str | None:
    found = [speaker for text, speaker in quotes if text.startswith(start)]
    assert found, f"no quotation starts with {start!r}: {quotes}"
    return found[0]


def test_a_partial_quotation_in_reported_words_still_leads_in(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "The town's museum, run by curator Miriam Holt, will close next month.",
        "Ms Holt, who has worked there since 1990, admitted it had been "
        "“a painful decision” for the trustees and said visitor numbers had fallen "
        "every year. “We simply could not keep the lights on any longer.”",
    )
    assert _speaker(quotes, "We simply could not") == "Miriam Holt"


def test_a_partial_quotation_naming_someone_else_does_not_lead_in(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "The town's museum will close its doors next month after forty years.",
        "Curator Miriam Holt said Councillor Peter Vance had called the plan "
        "“a disgrace” in the council chamber. “We should have saved it years ago.”",
    )
    assert _speaker(quotes, "We should have saved") != "Miriam Holt"


def test_a_quotation_right_after_the_verb_is_no_partial(tmp_path: Path) -> None:
    # the sentence before is a cue of its own; the next quotation follows it as usual
    quotes = said(
        tmp_path,
        "The town's museum will close its doors next month after forty years.",
        "Curator Miriam Holt said: “It is over.” “We could not keep the lights on.”",
    )
    assert _speaker(quotes, "We could not keep") == "Miriam Holt"


def test_an_inverted_cue_closing_a_quoting_paragraph_leads_in(tmp_path: Path) -> None:
    # another person named in the paragraph: only the inverted cue tells who goes on
    quotes = said(
        tmp_path,
        "The watchdog, Carla Nunes, spoke on Monday.",
        "Ms Nunes said: “Every report will be checked by hand.” She said there was "
        "already clear guidance on keeping notes in a code from chief constable Tom "
        "Reyes. All notes are subject to the disclosure rules, but the important thing "
        "was who could read them, said Ms Nunes.",
        "“When in doubt, keep it, that has been the long rule of the force. “But any "
        "wilful loss of notes is to be condemned.” The new code will cover all forces.",
    )
    assert _speaker(quotes, "When in doubt") == "Carla Nunes"
    assert _speaker(quotes, "But any wilful loss") == "Carla Nunes"


def test_a_quotation_in_the_last_sentence_stops_the_lead(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Inspector Carla Nunes spoke first. Every record must be kept, said Ms Nunes, "
        "before Tom Reyes answered: “Not every one.”",
        "“When in doubt, keep it.”",
    )
    assert _speaker(quotes, "When in doubt") != "Carla Nunes"


def test_his_message_was_gives_the_quotation_to_him(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "The farmers' union met ministers on Monday.",
        "Union president George Alder said prices had to rise before the winter. His "
        "message to the minister was: “Please do not leave us to face this alone.”",
    )
    assert _speaker(quotes, "Please do not leave") == "George Alder"


def test_her_reply_was_gives_the_quotation_to_her(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Judge Alma Ruiz heard the appeal in Seville on Friday.",
        "She was asked whether the ruling would stand. Her reply was simple: “The law "
        "is clear and this court will not bend it.”",
    )
    assert _speaker(quotes, "The law is clear") == "Alma Ruiz"


def test_a_name_modifying_a_noun_is_no_subject() -> None:
    line = "The Lightwave laser links work over two kilometres."
    assert used_as_modifier(line, 4, 13)
    line = "Officials in the Marsh administration declined to comment."
    assert used_as_modifier(line, 17, 22)


def test_a_name_followed_by_a_verb_or_of_several_words_is_a_subject() -> None:
    line = "The Pope said the talks would go on."
    assert not used_as_modifier(line, 4, 8)
    line = "The Pope also said the talks would go on."
    assert not used_as_modifier(line, 4, 8)
    line = "the Rev John Smith said the service would go ahead."
    assert not used_as_modifier(line, 8, 18)
    line = "Later Marsh spoke to reporters."
    assert not used_as_modifier(line, 6, 11)


def test_he_does_not_go_to_a_product_name(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Engineer Ravi Menon spoke about the project in Chennai. “The ground is too "
        "crowded to dig,” he said.",
        "The Kowalski laser links work over two kilometres and cost little. “It suits "
        "the monsoon well,” he said.",
    )
    assert _speaker(quotes, "It suits the monsoon") == "Ravi Menon"


def test_he_does_not_jump_over_a_role_subject(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Columnist Fergus Dunbar said the remark was foolish. “It will come back to "
        "bite him,” he said.",
        "Opposition leader Ann Kerr wrote to the premier on Tuesday asking for an "
        "apology. In an angry reply, the first minister said his words had been "
        "twisted. He told Ms Kerr: “You have helped to spread this distortion.”",
    )
    speaker = _speaker(quotes, "You have helped")
    assert speaker is None or "Dunbar" not in speaker


def test_a_name_before_a_past_form_without_ed_is_a_subject() -> None:
    line = "The Pope met the president in Rome."
    assert not used_as_modifier(line, 4, 8)
