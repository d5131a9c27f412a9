"""The one whose blog speaks: "In a post on its security response blog, Microsoft says
…" / "The blog adds, “…”".

A company's or a person's blog is named once with its owner and then speaks on its own,
as a statement does (:mod:`.statements`). The blog is its owner's when every blog the
article mentioned before the quotation stands next to the same linked name (the
nearest speaker's name in that sentence); a blog mentioned with no name near it, or two
owners, leaves the quotation without a speaker.
"""

from __future__ import annotations

import re

from .article_text import SPEAKER_TYPES, ArticleText

# a definite blog as a subject: "The blog", "the company blog", "the blog post"
BLOG_SUBJECT = re.compile(r"\b[Tt]he\s+(?:[\w-]+\s+){0,2}?blog(?:\s+(?:post|entry))?\b")
_BLOG = re.compile(r"\bblog\b", re.IGNORECASE)


def blog_owner(text: ArticleText, paragraph: int, offset: int) -> str | None:
    """The one owner of the blogs the article named before ``(paragraph, offset)``, or
    None when there is none, a blog with no name beside it, or several."""
    owners: set[str] = set()
    for p in range(paragraph + 1):
        masked = text.masked[p]
        last = offset if p == paragraph else len(masked)
        for mention in _BLOG.finditer(masked, 0, last):
            start = text.sentence_of(p, mention.start())
            end = text.sentence_end(p, mention.start())
            names = [c for c in text.in_range(p, start, end) if c.type in SPEAKER_TYPES]
            if not names:
                return None  # "a popular tech blog reported": whose, the text does not say
            nearest = min(
                names, key=lambda c: min(abs(c.start - mention.end()), abs(mention.start() - c.end))
            )
            owners.add(nearest.entity_id)
    return owners.pop() if len(owners) == 1 else None
