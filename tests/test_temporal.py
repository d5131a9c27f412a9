"""Table-driven tests of temporal expression finding, tense and normalisation."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from site_builder.temporal import find_expressions, normalise, sentence_tense

WED = date(2022, 2, 16)  # article 000: Wednesday
MON = date(2022, 2, 14)
JAN = date(2022, 1, 10)  # a Monday in January
SUN = date(2022, 2, 20)

CASES = [
    # weekdays: past points back, present/future forward, the article's own weekday is today
    ("Tuesday", WED, "past", "2022-02-15", "day"),
    ("Wednesday", WED, "past", "2022-02-16", "day"),
    ("Wednesday", WED, None, "2022-02-16", "day"),
    ("Sunday", WED, "present", "2022-02-20", "day"),
    ("Sunday", WED, "future", "2022-02-20", "day"),
    ("Sunday", WED, "past", "2022-02-13", "day"),
    ("early Tuesday", WED, None, "2022-02-15", "day"),
    ("on Tuesday", WED, "past", "2022-02-15", "day"),
    ("Tuesday's", WED, None, "2022-02-15", "day"),
    ("Tuesday morning", WED, "past", "2022-02-15", "day"),
    ("Thursday", WED, "future", "2022-02-17", "day"),
    ("Thursday", WED, "past", "2022-02-10", "day"),
    # week boundary
    ("Sunday", MON, "past", "2022-02-13", "day"),
    ("Monday", MON, "past", "2022-02-14", "day"),
    ("Monday", MON, "future", "2022-02-14", "day"),
    ("Saturday", SUN, "past", "2022-02-19", "day"),
    ("Monday", SUN, "future", "2022-02-21", "day"),
    ("last Tuesday", WED, None, "2022-02-15", "day"),
    ("next Tuesday", WED, None, "2022-02-22", "day"),
    ("next Wednesday", WED, None, "2022-02-23", "day"),
    # relative days
    ("yesterday", WED, None, "2022-02-15", "day"),
    ("today", WED, None, "2022-02-16", "day"),
    ("tomorrow", WED, None, "2022-02-17", "day"),
    ("tonight", WED, None, "2022-02-16", "day"),
    ("last night", WED, None, "2022-02-15", "day"),
    ("three days ago", WED, None, "2022-02-13", "day"),
    ("yesterday", date(2022, 3, 1), None, "2022-02-28", "day"),
    # months, with year rollover
    ("in December", WED, "past", "2021-12", "month"),
    ("in December", WED, None, "2021-12", "month"),
    ("in December", WED, "future", "2022-12", "month"),
    ("in December", JAN, "past", "2021-12", "month"),
    ("in January", date(2021, 12, 20), "future", "2022-01", "month"),
    ("February", WED, "past", "2022-02", "month"),
    ("last month", JAN, None, "2021-12", "month"),
    ("next month", WED, None, "2022-03", "month"),
    ("this month", WED, None, "2022-02", "month"),
    ("earlier this month", WED, "past", "2022-02", "month"),
    ("December 2008", WED, None, "2008-12", "month"),
    ("mid-February", WED, None, "2022-02-10/2022-02-20", "range"),
    ("late September", date(2013, 10, 19), "past", "2013-09-15/2013-09-30", "range"),
    ("early March 2020", None, None, "2020-03-01/2020-03-15", "range"),
    ("the 20th century", None, None, "1900/1999", "range"),
    ("the past century", date(2009, 4, 4), None, "1900/1999", "range"),
    ("the sixties", None, None, "1960/1969", "range"),
    ("seventeen years ago", date(2017, 7, 18), "past", "2000", "year"),
    # seasons
    ("last spring", WED, None, "2021-SP", "season"),
    ("this summer", WED, "future", "2022-SU", "season"),
    ("next winter", WED, None, "2022-WI", "season"),
    ("last winter", date(2022, 6, 1), None, "2021-WI", "season"),
    ("summer of 2012", WED, None, "2012-SU", "season"),
    ("autumn", date(2022, 3, 1), "past", "2021-FA", "season"),
    # weeks and years
    ("this week", WED, None, "2022-02-14/2022-02-20", "range"),
    ("last week", WED, None, "2022-02-07/2022-02-13", "range"),
    ("next week", WED, None, "2022-02-21/2022-02-27", "range"),
    ("this weekend", date(2015, 9, 22), "past", "2015-09-19/2015-09-20", "range"),
    ("this weekend", date(2015, 9, 22), "future", "2015-09-26/2015-09-27", "range"),
    ("over the weekend", date(2016, 9, 7), "past", "2016-09-03/2016-09-04", "range"),
    ("last year", WED, None, "2021", "year"),
    ("this year", WED, None, "2022", "year"),
    ("next year", WED, None, "2023", "year"),
    ("two years ago", WED, None, "2020", "year"),
    # years, decades and ranges
    ("since 2014", WED, None, "2014", "year"),
    ("a 2015 deal", WED, None, "2015", "year"),
    ("in 2014", WED, None, "2014", "year"),
    ("2014's", WED, None, "2014", "year"),
    ("the past eight years", WED, None, "2014-02-16/2022-02-16", "range"),
    ("the last three months", WED, None, "2021-11-16/2022-02-16", "range"),
    ("the past week", WED, None, "2022-02-09/2022-02-16", "range"),
    ("the 1990s", WED, None, "1990/1999", "range"),
    ("2014–2016", None, None, "2014/2016", "range"),
    ("2015-16", None, None, "2015/2016", "range"),
    ("the 1930’s", WED, None, "1930/1939", "range"),
    ("late 2021", WED, None, "2021-09-01/2021-12-31", "range"),
    # explicit dates
    ("Feb. 15", WED, None, "2022-02-15", "day"),
    ("Feb. 15", WED, "past", "2022-02-15", "day"),
    ("Dec. 28", JAN, None, "2021-12-28", "day"),
    ("January 3", date(2021, 12, 30), "future", "2022-01-03", "day"),
    ("15 February 2022", WED, None, "2022-02-15", "day"),
    ("February 15th", WED, None, "2022-02-15", "day"),
    ("the 15th of February", WED, None, "2022-02-15", "day"),
    ("2022-02-15", WED, None, "2022-02-15", "day"),
    ("Feb. 15, 2022", WED, None, "2022-02-15", "day"),
    ("Tuesday, September 1, 2015", WED, None, "2015-09-01", "day"),
    ("Sept. 11, 2001", WED, None, "2001-09-11", "day"),
    ("15/02/2022", WED, None, "2022-02-15", "day"),
    ("02/15/2022", WED, None, "2022-02-15", "day"),
    # anchored to the document's calendar: the unit before, the same one a year ago
    ("the previous year", WED, "past", "2021", "year"),
    ("the year before", WED, "past", "2021", "year"),
    ("the year previous", WED, None, "2021", "year"),
    ("the prior month", WED, None, "2022-01", "month"),
    ("the week before", WED, "past", "2022-02-07/2022-02-13", "range"),
    ("the same month a year ago", WED, "past", "2021-02", "month"),
    ("the same period last year", WED, None, "2021", "year"),
    ("the same quarter a year earlier", WED, None, "2021-01-01/2021-03-31", "range"),
    ("the past year", WED, None, "2021-02-16/2022-02-16", "range"),  # twelve months
    # "the last year" is "the past year", not "last year" (the calendar year before)
    ("the last year", WED, "past", "2021-02-16/2022-02-16", "range"),
    ("in the last year", WED, None, "2021-02-16/2022-02-16", "range"),
    ("the last month", WED, None, "2022-01-16/2022-02-16", "range"),
    ("the last week", WED, None, "2022-02-09/2022-02-16", "range"),
    ("last year", WED, "past", "2021", "year"),
    ("October of next year", WED, None, "2023-10", "month"),
    ("March last year", WED, "future", "2021-03", "month"),
    ("the end of the year", WED, "future", "2022-12-31", "day"),
    ("year-end", date(2022, 9, 1), None, "2022-12-31", "day"),
    ("the end of the year", JAN, "past", "2021-12-31", "day"),  # the one just gone
    # no document date: explicit dates still resolve
    ("15 February 2022", None, None, "2022-02-15", "day"),
    ("since 2014", None, "past", "2014", "year"),
    ("December 2008", None, None, "2008-12", "month"),
    ("spring 2021", None, None, "2021-SP", "season"),
]


@pytest.mark.parametrize(("expression", "doc_date", "tense", "value", "precision"), CASES)
def test_normalise(expression, doc_date, tense, value, precision):
    result = normalise(expression, doc_date, tense)
    assert result is not None, expression
    assert (result.value, result.precision) == (value, precision)
    assert result.start <= result.end


UNRESOLVED = [
    ("Tuesday", None, "past"),
    ("early Tuesday", None, None),
    ("in December", None, "past"),
    ("Feb. 15", None, None),
    ("yesterday", None, None),
    ("last spring", None, None),
    ("this week", None, None),
    ("the past eight years", None, None),
    ("03/04/2022", WED, None),  # dd/mm vs mm/dd: ambiguous, never guessed
    ("daily", WED, None),
    ("the past few years", WED, None),
    ("Kuleba", WED, None),
    # "the day" is anaphoric (the day of an event named before): never guessed
    ("the day", WED, "past"),
    ("earlier in the day", WED, "past"),
]


@pytest.mark.parametrize(("expression", "doc_date", "tense"), UNRESOLVED)
def test_never_invent(expression, doc_date, tense):
    assert normalise(expression, doc_date, tense) is None


def test_range_interval():
    value = normalise("the past eight years", WED, None)
    assert value is not None
    assert (value.start, value.end) == (date(2014, 2, 16), WED)
    winter = normalise("winter 2021", None, None)
    assert winter is not None
    assert (winter.start, winter.end) == (date(2021, 12, 1), date(2022, 2, 28))


TENSES = [
    ("Putin said Tuesday that what happens next depends on NATO.", "Tuesday", "past"),
    ("Russia’s Defense Ministry on Wednesday aired video of tanks.", "Wednesday", "past"),
    ("Analysts watch whether troops leave after exercises end Sunday.", "Sunday", "present"),
    ("The ministers will meet Friday in Brussels.", "Friday", "future"),
    ("He'll travel to Kyiv on Friday.", "Friday", "future"),
    ("Republicans introduced legislation Tuesday that would halt it.", "Tuesday", "past"),
    ("On Tuesday, the State Duma appealed to Putin.", "Tuesday", "past"),
    ("The talks are going to resume Monday.", "Monday", "future"),
    ("It happened three days ago.", "three days ago", "past"),
    ("The vote, set for Sunday, is the first since the war.", "Sunday", "future"),
    ("Ministers are expected to meet in Paris on Friday.", "Friday", "future"),
    ("The Kremlin said it plans to hold talks Friday.", "Friday", "future"),
    ("“We will win,” he said Monday.", "Monday", "past"),
    ("Shares fell sharply early Tuesday.", "early Tuesday", "past"),
    ("The bridge should be completed in October.", "October", "future"),
    ("It should have been finished in May.", "May", "past"),
    ("Markets will remain closed until Friday.", "Friday", "future"),
    ("GM wants to eliminate 1,000 dealerships by early June.", "early June", "future"),
    ("On Wednesday, Mohamed and his father are to travel to New York.", "Wednesday", "future"),
    ("Ahmed arrived on Monday.", "Monday", "past"),
    # a state lasting until a day takes the tense of the verb holding it
    ("The markets are closed until Friday.", "Friday", "present"),
    ("Schools remain shut until Monday, officials said.", "Monday", "present"),
    ("The road is blocked through Sunday.", "Sunday", "present"),
    ("The border was closed until Friday.", "Friday", "past"),
    ("He is charged with killing his wife on Monday.", "Monday", "past"),
    ("Thursday, May 7, 2015 On Tuesday, the government announced a vote.", "Tuesday", "past"),
]


@pytest.mark.parametrize(("sentence", "expr", "tense"), TENSES)
def test_sentence_tense(sentence, expr, tense):
    start = sentence.index(expr)
    assert sentence_tense(sentence, start, start + len(expr)) == tense


def _found(text: str, candidates=()) -> list[str]:
    return [e.text for e in find_expressions(text, list(candidates))]


def test_find_expressions_patterns():
    text = (
        "Putin said Tuesday that the 2015 deal, signed on Feb. 12, 2015, stands. Since "
        "last spring troops moved; exercises end Sunday. In December Moscow made a claim "
        "for the past eight years, and on 15 February 2022 and 2022-02-16 too."
    )
    found = _found(text)
    for expected in (
        "Tuesday",
        "2015",
        "Feb. 12, 2015",
        "last spring",
        "Sunday",
        "December",
        "the past eight years",
        "15 February 2022",
        "2022-02-16",
    ):
        assert expected in found, (expected, found)


def test_find_expressions_rejects_durations_ages_times():
    text = (
        "He spoke in his daily call, a day after the vote. Anastacia Kuleba, 27, and "
        "Anastasia Kuznetsova, 24, met at 10 a.m. for three years running, every week."
    )
    assert _found(text) == []
    # the same spans proposed by the NER model are filtered too
    spans = [(text.index(s), text.index(s) + len(s)) for s in ("daily", "a day", "27", "24")]
    spans.append((text.index("10 a.m."), text.index("10 a.m.") + 7))
    spans.append((text.index("for three years"), text.index("for three years") + 15))
    spans.append((text.index("every week"), text.index("every week") + 10))
    assert _found(text, spans) == []


def test_find_expressions_merges_candidates():
    text = "The 2014 Winter Olympics opened. Prices rose in the third quarter of 2020."
    start = text.index("the third quarter")
    found = find_expressions(text, [(start, start + len("the third quarter of 2020"))])
    texts = [e.text for e in found]
    assert "2014" in texts
    assert "2020" in texts  # the pattern span wins where they overlap
    for e in found:
        assert text[e.start : e.end] == e.text


def test_anchored_year_expressions_end_their_clause():
    text = (
        "Sales beat the previous year and the same period last year. The year before, "
        "he won; in the year before the war he lost, and by the end of the year he left "
        "until October of next year."
    )
    assert _found(text) == [
        "the previous year",
        "the same period last year",
        "The year before",
        "the end of the year",
        "October of next year",
    ]


def test_may_the_verb_is_not_a_month():
    assert _found("Russia may invade, and March on.") == []
    assert _found("It happened in May and in March 2020.") == ["May", "March 2020"]


def test_names_counts_and_lowercase_words_are_not_dates():
    text = (
        "Only 5 may attend the summer school before the 2014 Winter Paralympics. "
        "A survey of 1709 schoolchildren kept a 2000 year old tradition; they march on."
    )
    assert _found(text) == ["2014"]


def test_named_days_and_people_are_not_dates():
    text = "June Carter sang on Bloody Sunday and Super Tuesday; Putin Tuesday said no."
    assert _found(text) == ["Tuesday"]
    assert _found("He came in June. In June Putin left.") == ["June", "June"]


def test_year_ranges_and_decade_words():
    assert _found("In the 2015-16 season, as in 2014–2016 and the sixties.") == [
        "2015-16",
        "2014–2016",
        "the sixties",
    ]


WORDS = [
    "the",
    "last",
    "next",
    "this",
    "past",
    "early",
    "late",
    "mid-",
    "Tuesday",
    "February",
    "Feb.",
    "29",
    "31",
    "2014",
    "1990s",
    "99999",
    "days",
    "years",
    "ago",
    "since",
    "in",
    "of",
    "spring",
    "winter",
    "yesterday",
    "0",
    "15/02/2022",
    "2022-02-30",
    "21st",
    "century",
]


@given(
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=4),
    st.one_of(st.none(), st.dates()),
    st.sampled_from([None, "past", "present", "future"]),
)
@settings(max_examples=300, deadline=None)
def test_normalise_never_raises(words, doc_date, tense):
    expression = " ".join(words)
    value = normalise(expression, doc_date, tense)
    if value is not None:
        assert value.start <= value.end
    for found in find_expressions(expression, [(0, len(expression))]):
        assert expression[found.start : found.end] == found.text
    assert sentence_tense(expression, 0, len(expression)) in (None, "past", "present", "future")


def test_the_last_unit_of_something_is_no_date():
    text = "The last year of the war was the worst, as were the last days of the regime."
    assert _found(text) == []
    assert _found("In the last year, the last two years of talks failed.") == ["the last year"]


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        ("Under the 1991 settlement, the tribe received land.", "1991"),
        ("She has been fighting cancer since 2004.", "2004"),
        ("The 2008 financial crisis hit the bank hard.", "2008"),
    ],
)
def test_year_as_a_modifier_is_dated(sentence, year):
    (expr,) = find_expressions(sentence)
    tense = sentence_tense(sentence, expr.start, expr.end)
    value = normalise(expr.text, WED, tense)
    assert value is not None
    assert value.value == year
