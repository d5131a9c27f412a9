"""People talked of by their age: "said the 29-year-old", "the 61-year-old told police".

News gives a person's age once, beside the name ("Eric Kirkpatrick, 61,", "Reid, aged
33", "29-year-old Paris Kyriakides", "Coleman, a 21-year-old student"), and may later
call them by it alone. "The 29-year-old" is that person when the article gives the age
to exactly one person and to nobody it leaves unnamed ("a 29-year-old man was
arrested"); anything else leaves the speaker unknown.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # roles reads this module
    from .roles import Named

AGE_DESCRIPTION = re.compile(r"(\d{1,3})-year-old", re.IGNORECASE)
# the age right after the name: "X, 29," / "X, aged 29" / "X (29)" / "X, a 29-year-old"
_AFTER = r"^\s*(?:,\s*(?:aged\s+)?{age}\b(?!-)|\(\s*{age}\s*\)|,\s*(?:an?|the)\s+{age}-year-old\b)"
# the age right before the name: "29-year-old Paris Kyriakides", "29-year-old protester X"
_BEFORE = r"\b{age}-year-old\s+(?:[a-z][\w-]*\s+){{0,2}}$"


def age_holder(paragraphs: Sequence[str], people: Sequence[Named], description: str) -> str | None:
    """The one person the article gives the age of ``description`` ("29-year-old"), in
    ``paragraphs`` with their quotations masked, or None."""
    found = AGE_DESCRIPTION.fullmatch(description)
    if found is None:
        return None
    age = found.group(1)
    after = re.compile(_AFTER.format(age=age), re.IGNORECASE)
    before = re.compile(_BEFORE.format(age=age))
    holders: set[str] = set()
    used: set[tuple[int, int]] = set()  # (paragraph, offset) of the "N-year-old" words used
    for c in people:
        if c.type != "person":
            continue
        text = paragraphs[c.paragraph]
        if (a := after.match(text[c.end : c.end + 40])) is not None:
            holders.add(c.entity_id)
            if a.group().endswith("-year-old"):  # ", a 29-year-old": that use is this
                used.add((c.paragraph, c.end + a.end() - len(age) - len("-year-old")))
        elif (b := before.search(text, max(0, c.start - 50), c.start)) is not None:
            holders.add(c.entity_id)
            used.add((c.paragraph, b.start()))
    if len(holders) != 1:
        return None
    # "a 29-year-old man", "29-year-old" anywhere not beside the holder's name (but "the
    # 29-year-old", which is what is being resolved): someone else may have that age
    for p, text in enumerate(paragraphs):
        for other in re.finditer(rf"\b{age}-year-old\b", text):
            if (p, other.start()) not in used and not re.search(
                r"\bthe\s+$", text[max(0, other.start() - 4) : other.start()], re.IGNORECASE
            ):
                return None
    return holders.pop()
