"""Find temporal expressions in news text and normalise them against the article's date.

Pure functions, no spaCy: :mod:`.finding` finds expressions, :mod:`.explicit` reads those
that carry their own year, :mod:`.relative` the others against the document date, and
:mod:`.tense` guesses the tense that relative ones depend on. Values follow TimeML-like
conventions:

* day ``2022-02-15``, month ``2021-12``, season ``2021-SP`` (SP, SU, FA, WI; winter
  ``2021-WI`` runs from December 2021 to February 2022), year ``2014``;
* ranges ``START/END`` with ISO dates (``2014-02-16/2022-02-16``), or years for decades
  (``1990/1999``). "The past N years" ends at the document date and starts on the same
  calendar day N years earlier.

Conventions: weekdays, bare months and seasons point back in past or unknown tense and
forward in present or future tense (news writes "exercises end Sunday"); "Feb. 15" without
a year follows the tense only within ~9 months, else the nearest. Weeks run Monday-Sunday
("this week" is a range); "this weekend" in a past-tense clause written Monday-Friday is the
weekend just gone. early/mid/late month = days 1-15 / 10-20 / 15-end, early/mid/late year =
Jan-Apr / May-Aug / Sep-Dec (ranges). Decades ``1990/1999``, centuries ``1900/1999``.
Numeric dates ``a/b/yyyy`` are read day-first or month-first only when one reading is
impossible (a part above 12); otherwise they are ambiguous between US and European use and
left unresolved.
Nothing relative is ever resolved without a document date.
"""

from __future__ import annotations

from .finding import TemporalExpression, find_expressions
from .normalise import normalise
from .tense import sentence_tense
from .values import Tense, TimeValue
from .vocabulary import DECADE_WORDS, MONTHS, NUMBERS, SEASONS, WEEKDAYS

__all__ = [
    "DECADE_WORDS",
    "MONTHS",
    "NUMBERS",
    "SEASONS",
    "WEEKDAYS",
    "TemporalExpression",
    "Tense",
    "TimeValue",
    "find_expressions",
    "normalise",
    "sentence_tense",
]
