"""Speakers the first runs of BBC blind sets 157-159 left untold or got wrong, by class:
the one who opens a sentence and whose words it then quotes ("Simon Hughes branded Mr
Howard “…” for claiming …") is the "he" of the next line, whatever name follows the
subject; a participle's cue after an office's title that opens the clause ("The Tory
leader will also call for …, arguing that …") is the title's holder, whom the archive
may name, but not a bare "the actor" nor "the prime minister's official spokesman"; an
unnamed official or source of a named body ("But a UK Government official responded:")
speaks for the body, as "said a METI official" did; "Mrs Kumaratunga called for the
tragedy to be “…”" is her call, and a call after a quotation cues no words before it;
a cue-less line after the words of two speakers ("…,” chief executive X and chief
operating officer Y said in the letter. “…”") carries on theirs, and a cue-less line
after a sentence that opens with the last speaker ("But Henman urged Bogdanovic, who
…, to seize his chance. “…”") is the speaker's, whoever the sentence names after them;
"When he refused to support prime minister Harold Wilson …, he said:" is the first
"he"'s man, not Wilson; "The previous day, the Olympic champion went down to France's
Nathalie Dechy. “…,” she said" is the champion's; "The Peter Hain attack, he says, is
just the latest example …" reports the words of the "he" before, not Hain's.
The tests run the real NLP model and resolver on made-up wording."""

from __future__ import annotations

from pathlib import Path

from site_builder.quotes.roles import is_title

from .quoted_article import said, speaker_of
from .test_quotes_archive_roles import speakers

TITLED = "Tory leader Edward Marsh attacked the Budget in the Commons on Monday."
PITCH = [
    "Edward Marsh is to make a pitch for the ethnic vote on Friday.",
    "The Tory leader will also call for religious tolerance, arguing that many faiths were "
    "“caught in the downdraft of fear after the attacks”.",
]


def test_the_sentence_s_subject_speaks_on_past_a_name_after_it(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Mayor David Jenkins set out his transport plan on Monday.",
        "Labour councillor Peter Walsh accused Mr Jenkins of “wasting money” for claiming "
        "the trams were the “only choice” for the city. “The figures simply do not add up "
        "for the people of this city,” he said.",
    )
    assert speaker_of(quotes, "The figures simply") == "Peter Walsh"


def test_an_office_s_title_opening_the_clause_is_its_holder(tmp_path: Path) -> None:
    found = speakers(tmp_path, {"a": [TITLED], "b": PITCH})
    assert found["caught in the downdraft of fear after the attacks"] == "Edward Marsh"


def test_a_title_nobody_holds_names_nobody(tmp_path: Path) -> None:
    found = speakers(tmp_path, {"b": PITCH})
    assert found["caught in the downdraft of fear after the attacks"] is None


def test_only_an_office_s_words_make_a_title() -> None:
    assert is_title("The Tory leader", "leader")
    assert is_title("the prime minister", "minister")
    assert not is_title("The actor", "actor")  # a description, which names nobody
    assert not is_title("The prime minister's official spokesman", "spokesman")
    assert not is_title("the former minister", "minister")


def test_a_body_s_unnamed_official_speaks_for_it(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Talks on the budget stalled in Brussels on Monday.",
        "But a Pentagon official responded: “We will not accept any cut to the budget.”",
        "Later a Pentagon source said: “There can be no deal without the rebate.”",
    )
    assert speaker_of(quotes, "We will not accept") == "Pentagon"
    assert speaker_of(quotes, "There can be no deal") == "Pentagon"


def test_a_call_for_words_is_the_caller_s(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "President Anna Berg opened a housing project on Monday.",
        "Mrs Berg called for the disaster to be “the start of a new beginning for the "
        "nation”. Union leader Tom Hale, who said the “damage is far worse than anyone "
        "thought”, called for a fund that “protects every worker”.",
    )
    assert speaker_of(quotes, "the start of a new beginning") == "Anna Berg"
    assert speaker_of(quotes, "damage is far worse") == "Tom Hale"
    assert speaker_of(quotes, "protects every worker") == "Tom Hale"


def test_a_joint_speakers_line_carries_on(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Acme Bank has apologised to its customers for the outage.",
        "“We let our customers down this week and we are deeply sorry,” Acme chief executive "
        "Jane Roe and chief operating officer Tom Ash said in the letter. “It will not "
        "happen again.”",
    )
    assert speaker_of(quotes, "It will not happen") in ("Jane Roe", "Tom Ash")


def test_a_line_after_a_sentence_about_the_speaker_is_theirs(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Andrew Murray will play in the doubles against Israel on Saturday.",
        "“It is going to be a really tough match, but I fancy our chances,” Tim Henman "
        "said. But Henman urged Alex Bogdanovic, who has clashed with officials, to seize "
        "his chance. “Alex is a quality player and he has got to keep pushing forward.”",
    )
    assert speaker_of(quotes, "Alex is a quality player") == "Tim Henman"


def test_a_he_before_every_name_of_the_sentence_tells_the_later_one(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Former prime minister Lord Callaghan has died at the age of 92.",
        "He became chancellor of the exchequer when Labour returned to power in 1964. When "
        "he refused to support prime minister Harold Wilson over the union reforms in 1968, "
        "he said: “I am not going to resign. They will have to throw me out.”",
    )
    assert speaker_of(quotes, "I am not going to resign") == "Lord Callaghan"


def test_a_description_after_a_fronted_day_is_the_subject(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Justine Henin-Hardenne lost to Elena Dementieva in an exhibition match on Sunday.",
        "“I will be heading to Australia with a lot of questions,” she said. The previous "
        "day, the Olympic champion went down 6-2 7-5 to France's Nathalie Dechy. “I have to "
        "be positive, I still have a few weeks,” she said.",
    )
    assert speaker_of(quotes, "I have to be positive") == "Justine Henin-Hardenne"


def test_a_parenthetical_cue_before_the_main_verb_reports_the_sentence(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Oliver Letwin, one of the men on the Labour poster, affects bewilderment at "
        "Labour's campaign. The Peter Hain attack, he says, is just the latest example of "
        "the party getting the tone wrong.",
        "“I have to say I don't understand what they are doing.”",
    )
    assert speaker_of(quotes, "I have to say") == "Oliver Letwin"
