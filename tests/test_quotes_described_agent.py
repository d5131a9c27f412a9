"""A word before a role and a person only describes the person: "said Oscar producer
Laurence Mark" (an unlinked "Oscar" is no name the model missed), and "echoed by Iris
director Sir Richard Eyre" when the film's title has no page."""

from __future__ import annotations

from site_builder.quotes.article_text import Candidate
from site_builder.quotes.attribute import _TITLED_AGENT
from site_builder.quotes.premodified import describes_next

TEXT = "“We are going back,” said Oscar producer Laurence Mark, explaining the choice."


def person(start: int, end: int) -> Candidate:
    return Candidate(0, start, end, "laurence-mark", "person", True)


def test_a_word_before_a_role_and_a_person_describes_the_person() -> None:
    end = TEXT.index("Oscar") + len("Oscar")
    mark = person(TEXT.index("Laurence"), TEXT.index("Laurence") + len("Laurence Mark"))
    assert describes_next(TEXT, end, [mark])


def test_a_word_before_a_person_with_no_role_describes_nobody() -> None:
    text = TEXT.replace("producer", "met")
    end = text.index("Oscar") + len("Oscar")
    mark = person(text.index("Laurence"), text.index("Laurence") + len("Laurence Mark"))
    assert not describes_next(text, end, [mark])


def test_a_passive_agent_may_hold_a_title_a_role_and_an_honorific() -> None:
    text = "Her words were echoed by Iris director Sir Richard Eyre"
    start = text.index(" by")
    assert _TITLED_AGENT.fullmatch(text, start, text.index("Richard"))
    # a lower-case word that is no role does not join the agent's titles
    other = text.replace("director", "and")
    assert not _TITLED_AGENT.fullmatch(other, start, other.index("Richard"))
