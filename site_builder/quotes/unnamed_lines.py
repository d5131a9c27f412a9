"""A quotation that is a paragraph of its own, right after the words of someone the
text does not name: "“They drive reckless around here,” a bystander told CBS." /
"“Always reckless.”".

Words of a named speaker carry on to such a line (see ``_continued`` in the package);
an unnamed speaker's did not, so a line of fewer words than a quotation needs to stand
on its own was read as scare quotes and not shown. It is shown now, with no speaker,
when the cue before governs its quotation and the line is a whole sentence in marks
and nothing else: a title or a term in marks stands inside a sentence of the writer's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .attribute import Attribution
from .marks import Marked

# the quoted words end a sentence
_SENTENCE_END = re.compile(r"[.!?…]\W*$")


def carries_unnamed(
    paragraphs: Sequence[str],
    previous: tuple[list[Marked], Attribution | None],
    chain: list[Marked],
) -> bool:
    """Whether ``chain`` is a line of its own that goes on with the unnamed speaker's
    quotation ``previous`` (see the module's docstring)."""
    before, attribution = previous
    if attribution is None or attribution.speaker is not None or not attribution.adjacent:
        return False
    if len(chain) != 1:
        return False
    m = chain[0]
    if not m.opened or not m.closed or m.paragraph != before[-1].paragraph + 1:
        return False
    text = paragraphs[m.paragraph]
    if text[: m.start - 1].strip() or text[m.end + 1 :].strip():
        return False  # words of the writer's around it
    return _SENTENCE_END.search(text[m.start : m.end]) is not None
