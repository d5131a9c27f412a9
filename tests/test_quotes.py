"""The quotes stage on hand-made articles: what is a quotation, and who said it.

The stage reads the article text and the names the resolver linked, so these tests give
it those names directly (every occurrence of a listed name is a linked mention) and need
no NLP model; ``test_quotes_site.py`` runs it on the seeds with the real one.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from site_builder.models import Article, Paragraph, Quote
from site_builder.quotes import article_quotes

PEOPLE = {
    "Dmitry Peskov": "dmitry-peskov",
    "Peskov": "dmitry-peskov",
    "Jens Stoltenberg": "jens-stoltenberg",
    "Stoltenberg": "jens-stoltenberg",
    "Kevin Allton": "kevin-allton",
    "Warhol": "andy-warhol",
    "Charles Michel": "charles-michel",
    "Julianne Smith": "julianne-smith",
    "Anna Berg": "anna-berg",
    "Tom Berg": "tom-berg",
}
ORGANISATIONS = {
    "NATO": "nato",
    "European Council": "european-council",
    "Defense Ministry": "defense-ministry",
    "Agence France-Presse": "agence-france-presse",
    "Reuters": "reuters",
    "Microsoft": "microsoft",
    "Lumension": "lumension",
}
NAMES = {"dmitry-peskov": "Dmitry Peskov", "defense-ministry": "Russian Defense Ministry"}


def article_of(paragraphs: Sequence[str]) -> Article:
    """An article made of ``paragraphs``, dated 16 February 2022."""
    return Article(
        id="a",
        slug="a",
        source_path="a.txt",
        title="A",
        title_is_derived=False,
        date=dt.date(2022, 2, 16),
        source=None,
        url=None,
        author=None,
        tags=(),
        paragraphs=[Paragraph(i, text) for i, text in enumerate(paragraphs)],
        format="txt",
        content_hash="",
    )


def quotes_of(*paragraphs: str) -> list[Quote]:
    """Run the stage on one article made of ``paragraphs``."""
    article = article_of(paragraphs)
    linked = []
    types = {}
    for names, type_ in ((PEOPLE, "person"), (ORGANISATIONS, "organization")):
        for name, entity_id in names.items():
            types[entity_id] = type_
            for i, text in enumerate(paragraphs):
                for m in re.finditer(rf"\b{re.escape(name)}\b", text):
                    inside_longer = any(
                        other != name
                        and name in other
                        and text.find(other) <= m.start() < text.find(other) + len(other)
                        for other in names
                        if text.find(other) >= 0
                    )
                    if not inside_longer:
                        linked.append((i, m.start(), m.end(), entity_id, type_))
    names_by_id = {**{v: k for k, v in {**PEOPLE, **ORGANISATIONS}.items()}, **NAMES}
    return article_quotes(article, sorted(linked), names_by_id, types)


def said(quotes: list[Quote]) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in quotes]


def test_the_cue_after_the_quotation_names_the_speaker_in_every_order() -> None:
    quotes = quotes_of(
        "“We are prepared for the worst,” Stoltenberg said on Tuesday.",
        "“The president is continuing to give explanations,” said Peskov.",
        "“We urge Russia to take concrete steps,” Charles Michel, the European Council "
        "president, told lawmakers, according to Agence France-Presse.",
    )
    assert said(quotes) == [
        ("We are prepared for the worst,", "jens-stoltenberg"),
        ("The president is continuing to give explanations,", "dmitry-peskov"),
        ("We urge Russia to take concrete steps,", "charles-michel"),
    ]
    assert [q.cue for q in quotes] == ["said", "said", "told"]
    assert {q.kind for q in quotes} == {"direct"}


def test_a_cue_before_the_quotation_and_a_partial_quotation() -> None:
    quotes = quotes_of(
        "Julianne Smith noted that Moscow had made a “similar claim” in December.",
        "According to Reuters, “the troops have not moved at all since Monday.”",
        "Stoltenberg told reporters: “We have not seen any sign of de-escalation.”",
    )
    assert said(quotes) == [
        ("similar claim", "julianne-smith"),
        ("the troops have not moved at all since Monday.", "reuters"),
        ("We have not seen any sign of de-escalation.", "jens-stoltenberg"),
    ]
    assert [q.kind for q in quotes] == ["partial", "partial", "direct"]


def test_a_pronoun_is_the_person_the_text_last_made_a_subject() -> None:
    quotes = quotes_of(
        "In response to Stoltenberg’s comments, Peskov faulted the ability of NATO "
        "systems to analyse what was happening. “This does not give them an opportunity "
        "to soberly assess the situation,” he said."
    )
    assert said(quotes) == [
        ("This does not give them an opportunity to soberly assess the situation,", "dmitry-peskov")
    ]


def test_a_person_fronted_by_for_is_the_sentence_s_topic() -> None:
    quotes = quotes_of(
        "For Kevin Allton, Warhol was also a legend.",
        "He said, “Andy Warhol was the center of the Zeitgeist for the 20th century.”",
    )
    # GUM's gold gives these words to Allton: "For X, …" opens a sentence about X
    assert said(quotes) == [
        ("Andy Warhol was the center of the Zeitgeist for the 20th century.", "kevin-allton")
    ]


def test_an_organisation_speaks_through_a_description_the_article_makes_clear() -> None:
    quotes = quotes_of(
        "The Defense Ministry released video of tanks leaving Crimea.",
        "“Units are returning to their bases after the exercises,” the ministry said.",
    )
    assert said(quotes) == [
        ("Units are returning to their bases after the exercises,", "defense-ministry")
    ]


def test_a_description_that_fits_no_one_article_organisation_is_no_speaker() -> None:
    quotes = quotes_of(
        "“Units are returning to their bases after the exercises,” the ministry said."
    )
    assert said(quotes) == [("Units are returning to their bases after the exercises,", None)]


def test_a_quotation_over_several_paragraphs_and_one_carried_on() -> None:
    quotes = quotes_of(
        "Peskov said: “The president is continuing to give explanations to the world.",
        "“He has done so repeatedly over the past week.”",
        "Stoltenberg disagreed with that.",
        "“Russia continues the military buildup,” Stoltenberg said.",
        "“And if Russia invades Ukraine, they will pay a high price.”",
    )
    assert said(quotes) == [
        ("The president is continuing to give explanations to the world.", "dmitry-peskov"),
        ("He has done so repeatedly over the past week.", "dmitry-peskov"),
        ("Russia continues the military buildup,", "jens-stoltenberg"),
        ("And if Russia invades Ukraine, they will pay a high price.", "jens-stoltenberg"),
    ]
    assert [q.paragraph for q in quotes] == [0, 1, 3, 4]


def test_a_quotation_after_someone_else_is_named_does_not_carry_on() -> None:
    quotes = quotes_of(
        "“Russia continues the military buildup,” Stoltenberg said.",
        "Peskov rejected the claims on Wednesday at length in Moscow.",
        "“Nothing will happen, and everyone knows it by now,” a resident of Kyiv added.",
    )
    assert said(quotes)[1] == ("Nothing will happen, and everyone knows it by now,", None)


def test_scare_quotes_and_names_of_things_are_not_quotations() -> None:
    quotes = quotes_of(
        "Residents gathered in “flash mobs” at 10 a.m. to sing the anthem.",
        "Commanders were conducting “inspections” of the troops, the directorate warned.",
        "Microsoft launched a website called “The Internet Explorer 6 Countdown” on Friday.",
        "The robot was named “Better Idea of Afghan Girls” by its team.",
    )
    assert quotes == []


def test_a_long_quotation_nobody_is_named_for_is_kept_without_a_speaker() -> None:
    quotes = quotes_of(
        "One poster wrote in a blog post: “I have myself loaded up the tool and started "
        "bombarding the homepage.”"
    )
    assert said(quotes) == [
        ("I have myself loaded up the tool and started bombarding the homepage.", None)
    ]


def test_the_records_are_numbered_in_text_order_with_offsets_into_the_paragraph() -> None:
    text = "“We know that nothing will happen,” Peskov said. “But everything is calm,” he added."
    quotes = quotes_of(text)
    assert [q.id for q in quotes] == ["a-q1", "a-q2"]
    for q in quotes:
        assert text[q.start : q.end] == q.text
        assert text[q.start - 1] == "“" and text[q.end] == "”"
    assert [q.cue for q in quotes] == ["said", "added"]
    assert {q.speaker for q in quotes} == {"dmitry-peskov"}


def test_straight_marks_alternate_and_a_stray_mark_does_not_swallow_the_article() -> None:
    quotes = quotes_of(
        'Peskov said," The president has explained it many times already." Then he left.',
        'He measured the board at 5 inches and a half, or 5" as the plan said.',
        "Nothing else was said that day, by anyone at the meeting in Moscow.",
        "Stoltenberg spoke later in Brussels.",
    )
    assert said(quotes)[0] == (
        "The president has explained it many times already.",
        "dmitry-peskov",
    )
    assert all(q.paragraph < 2 for q in quotes)


def test_he_and_she_keep_to_the_person_the_text_already_called_so() -> None:
    quotes = quotes_of(
        "Anna Berg met the press on Monday.",
        "“We will not move,” she said.",
        "Tom Berg arrived later. “I was not there,” he said.",
        "“He was not, and I was,” she said.",
    )
    # the last "she" skips Tom Berg, whom the text has called "he"
    assert [speaker for _, speaker in said(quotes)] == ["anna-berg", "tom-berg", "anna-berg"]


def test_a_quotation_mark_keeps_the_entity_links_inside_it_and_escapes_the_text() -> None:
    from site_builder.linking import Span, wrap_text_layered

    text = "He said “NATO & <b>Kyiv</b> agree” today."
    start, end = text.index("NATO"), text.index("” today")
    nato = Span(start, start + 4, "a", (("href", "/entities/nato/"),))
    crossing = Span(end - 5, end + 3, "a", (("href", "/x/"),))  # over the quotation's edge
    html = wrap_text_layered(text, [Span(start, end, "q", (("class", "quote"),))], [nato, crossing])
    assert str(html) == (
        'He said “<q class="quote"><a href="/entities/nato/">NATO</a> &amp; &lt;b&gt;Kyiv'
        "&lt;/b&gt; agree</q>” today."
    )


def test_in_markdown_a_quotation_is_marked_piece_by_piece_around_the_markup() -> None:
    from site_builder.linking import Span, html_text, wrap_html_layered

    fragment = 'He said “<em>NATO</em> &amp; <a href="https://x.org/">Kyiv</a> agree” today.'
    text = html_text(fragment)
    start, end = text.index("NATO"), text.index("” today")
    quote = Span(start, end, "q", (("class", "quote"), ("id", "a-q1")))
    by = Span(end, end + 1, "a", (("class", "quote__by"), ("href", "/entities/nato/")))
    kyiv = text.index("Kyiv")
    links = [
        Span(start, start + 4, "a", (("href", "/entities/nato/"),)),
        Span(kyiv, kyiv + 4, "a", (("href", "/entities/kyiv/"),)),  # inside a link already
    ]
    html = str(wrap_html_layered(fragment, [quote, by], links))
    assert html == (
        'He said “<em><q class="quote" id="a-q1"><a href="/entities/nato/">NATO</a></q></em>'
        '<q class="quote"> &amp; </q><a href="https://x.org/"><q class="quote">Kyiv</q></a>'
        '<q class="quote"> agree</q><a class="quote__by" href="/entities/nato/">”</a> today.'
    )


def test_a_full_name_the_model_missed_picks_the_one_person_it_fits() -> None:
    paragraphs = [
        "Her son Charlie Kafoury and her daughter Charlene Kafoury attended the hearing.",
        "“She didn't fire him,” Charlene Kafoury said.",
        "“She was an essential point of our lives,” Kafoury said.",
    ]
    article = article_of(paragraphs)
    # the model found both names in the first paragraph only, none beside the cues
    linked = [
        (0, paragraphs[0].find(name), paragraphs[0].find(name) + len(name), entity, "person")
        for name, entity in (("Charlie Kafoury", "charlie"), ("Charlene Kafoury", "charlene"))
    ]
    names = {"charlie": "Charlie Kafoury", "charlene": "Charlene Kafoury"}
    types = {"charlie": "person", "charlene": "person"}
    quotes = article_quotes(article, linked, names, types)
    # the full name fits one of them; the surname alone fits both: no guess
    assert said(quotes) == [
        ("She didn't fire him,", "charlene"),
        ("She was an essential point of our lives,", None),
    ]


def test_a_single_capitalised_word_in_marks_is_a_name() -> None:
    # a title before a cue: "According to “Twilight” studio Summit Entertainment, …"
    quotes = quotes_of("According to “Reuters” editor Anna Berg, the deal remains unsigned.")
    assert said(quotes) == []


def test_an_order_given_in_words_is_a_quotation() -> None:
    # one capitalised word that ends a clause is speech, and "commanded" its cue
    quotes = quotes_of("“Expedite,” Anna Berg commanded.")
    assert said(quotes) == [("Expedite,", "anna-berg")]


def test_the_company_is_the_one_the_article_has_named_the_most() -> None:
    quotes = quotes_of(
        "Microsoft has rushed out a fix for a flaw in its browser, Reuters reported.",
        "Microsoft said attacks were limited; Reuters said they went on.",
        "“We are working with partners to monitor the threat,” the company said.",
    )
    # Reuters is named as often, but a news agency is not "the company"
    assert said(quotes)[0][1] == "microsoft"


def test_the_company_is_unknown_when_two_companies_are_named_alike() -> None:
    quotes = quotes_of(
        "Microsoft and Lumension released fixes for the flaw on Tuesday.",
        "“We are working with partners to monitor the threat,” the company said.",
    )
    assert said(quotes)[0][1] is None


def test_a_term_after_so_called_is_not_a_quotation() -> None:
    quotes = quotes_of(
        "Anna Berg said the rest of the money went to so-called “initiative groups” that "
        "have little clout."
    )
    assert said(quotes) == []
