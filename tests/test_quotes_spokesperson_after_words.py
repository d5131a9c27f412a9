""" "“…,” a spokeswoman said. She added …": the pronoun is the spokeswoman's, never a
person the article named before her. Made-up articles in the BBC's style, through the
real model and resolver."""

from __future__ import annotations

from pathlib import Path

from .quoted_article import said


def test_she_added_after_an_unnamed_spokeswoman(tmp_path: Path) -> None:
    quotes = said(
        tmp_path,
        "Tom and Karen lose Brain Race",
        "Tom Briggs and Karen Lowe's Sunday quiz show Brain Race will not return to "
        "screens, the BBC has said.",
        "The former radio hosts were hired to front the show last July. “There are no "
        "plans for a new series,” a spokeswoman said. She added the pair “brought a real "
        "warmth to Sunday night, but in the end we felt we had done enough”.",
    )
    speakers = [speaker for _, speaker in quotes]
    assert len(speakers) == 2
    assert "Karen Lowe" not in speakers and "Tom Briggs" not in speakers


def test_she_added_after_a_named_spokeswoman(tmp_path: Path) -> None:
    # guard: a spokeswoman the text names keeps her own words
    quotes = said(
        tmp_path,
        "Brain Race will not return to screens, ITV has said.",
        "“There are no plans for a new series,” said Karen Lowe, a spokeswoman. She "
        "added the show “brought real energy to Sunday nights”.",
    )
    assert [speaker for _, speaker in quotes] == ["Karen Lowe", "Karen Lowe"]


def test_she_added_after_a_spokeswoman_of_a_body_with_a_long_name(tmp_path: Path) -> None:
    # the body's name holds lower-case words; "he" does not fit a spokeswoman
    quotes = said(
        tmp_path,
        "The online university closed after attracting only 900 students.",
        "A Department for Education and Skills spokeswoman said the venture had been "
        '"ambitious and ground-breaking". She added: "It was not the only body to lose '
        'private investment."',
        "The closure was announced on Monday.",
        "A Department for Education and Skills spokeswoman said the plan was sound. He "
        'added: "It will be published in the spring."',
    )
    speakers = {q: s for q, s in quotes}
    assert speakers["It was not the only body to lose private investment."] == (
        "Department for Education and Skills"
    )
    assert speakers["It will be published in the spring."] is None
