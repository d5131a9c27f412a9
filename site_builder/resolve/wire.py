"""A wire's own conventions, which tell a name's type where the small model reads it
otherwise: the dateline that opens a story with the town it was filed from ("WALTHAM,
Mass., March 19 - "), and the share code it writes after a listed company's name ("Hero
Conserven Lenzburg HERZ.Z")."""

from __future__ import annotations

import re

from .mentions import HEAD_WEIGHT, PLACE_CONTEXT_WEIGHT

# a wire's dateline, which opens a story with the town it was filed from and its region:
# "BETHLEHEM, Penn., March 19 - ", "DHAKA, March 20 - ", "Boston, Jan 5 -"
DATELINE = re.compile(
    r"(?P<town>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})"
    r"(?:,\s+(?P<region>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?))?,\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|"
    r"Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\s*[-–—]"
)
# a share code after a name: an exchange's letters after a full stop ("HERZ.Z", "TDK.T")
_TICKER_AFTER = re.compile(r"\s+[A-Z]{2,6}\.[A-Z]{1,2}\b")
# as any town's phrase: a company may share the town's name ("IRVING, Texas", Irving Bank)
DATELINE_WEIGHT = PLACE_CONTEXT_WEIGHT


def ticker_vote(text: str, end: int) -> float:
    """Return the organisation vote of a name the wire follows with its share code
    ("Hero Conserven Lenzburg HERZ.Z", "TDK Corp TDK.T"), 0.0 for any other name: only a
    listed company has one. Not in a headline in capitals, where the model's name may be a
    person's surname cut from the firm's ("MORRISON INC MORR.O")."""
    if not _TICKER_AFTER.match(text, end) or not any(c.islower() for c in text):
        return 0.0
    return HEAD_WEIGHT


def dateline_vote(text: str, start: int, end: int) -> float:
    """Return the place vote of the town or region a dateline opens the paragraph with,
    0.0 for any other name: the small model reads "WALTHAM, Mass., March 19 -" as a
    body and "Penn." as a person."""
    if start > 40 or not text[:1].isupper():
        return 0.0
    found = DATELINE.match(text)
    if found is None:
        return 0.0
    spans = [found.span("town")]
    if found.group("region"):
        spans.append(found.span("region"))
    at_place = any(
        s == start and text[s:e].rstrip(".") == text[start:end].rstrip(".") for s, e in spans
    )
    return DATELINE_WEIGHT if at_place else 0.0
