"""A straight mark that closes nothing: "… from Europe." When …", with no mark that
opened it, used to open a quotation that took the next one's opening mark for its close,
so the two quotations after it were lost. Where the paragraph's marks, paired in turn,
leave the last one open and nothing later closes it, such a mark is stray; a quotation
that runs on to the next paragraph, and one re-opened after a sentence ("… opinion. "I
never …"), and one whose marks pair up though one is spaced as a closer, are left as
they were."""

from __future__ import annotations

from site_builder.quotes.marks import find_marked

STRAY = (
    'He said Mr Straw was "naive beyond belief" if he believed it. The French want to sell '
    'arms to China, and the Chinese want to buy them from Europe." Mr Machimura said the '
    'plan was " a worrying issue for all of East Asia". Brad Adams said: "This is a huge '
    'political signal from Europe."'
)


def _texts(paragraphs: list[str]) -> list[str]:
    return [paragraphs[m.paragraph][m.start : m.end].strip() for m in find_marked(paragraphs)]


def test_a_mark_that_ends_a_sentence_and_opens_nothing_is_stray() -> None:
    assert _texts([STRAY]) == [
        "naive beyond belief",
        "a worrying issue for all of East Asia",
        "This is a huge political signal from Europe.",
    ]
    # the same among curly marks a converter paired, the stray left straight
    curly = (
        "He said Mr Straw was “naive beyond belief” if he believed it. The French want to "
        'sell arms to China, and the Chinese want to buy them from Europe." Mr Machimura '
        "said the plan was “ a worrying issue for all of East Asia”. Brad Adams said: “This "
        "is a huge political signal from Europe.”"
    )
    assert _texts([curly]) == [
        "naive beyond belief",
        "a worrying issue for all of East Asia",
        "This is a huge political signal from Europe.",
    ]


def test_a_quotation_that_runs_on_or_opens_again_keeps_its_marks() -> None:
    run_on = [
        'She said: "We won. The team played well." Then she added: "We will go on.',
        '"And we will win the league this year."',
    ]
    assert _texts(run_on)[:2] == ["We won. The team played well.", "We will go on."]
    reopened = (
        'He admitted: "He looked good and everyone has the right to an opinion. "I never '
        'write myself off." And he said: "I have been much more focused this year."'
    )
    assert _texts([reopened]) == [
        "He looked good and everyone has the right to an opinion.",
        "I never write myself off.",
        "I have been much more focused this year.",
    ]
    # a mark spaced as a closer that opens a quotation all the same, in a paragraph whose
    # marks pair up ("… on Monday." The plan …," the minister said.)
    spaced = 'Officials met on Monday." The plan is good and it works," the minister said.'
    assert _texts([spaced]) == ["The plan is good and it works,"]
