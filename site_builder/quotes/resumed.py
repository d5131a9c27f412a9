"""A quotation that resumes its speaker's words after a line or two about them.

News puts a line of narrative between two quotations of one speaker, then quotes them
again with no cue: "“…,” Mr. Pigeon said." / "Mr. Pigeon also commended police for
their handling of the dangerous situation." / "“They managed to stop any further loss of
life.”"; or "Kroon said he was not at the church …" / "He would not specify how many
people were in the building." / "“They were all adults …”". Sources with a line per
sentence (ECB+) break such a passage into paragraphs, so the quotation is not the
"continued" one of the paragraph right after.

The quotation is the previous one's speaker's when it opens its paragraph, and the one
or two paragraphs between hold no quotation and are all about that speaker: every
sentence opens with their name (a title before it at most), or, once the name has
been given, with "he" or "she" of their known gender; nobody else who could speak is
named there; and the lines are short. A sentence about anyone else ("His lawyer said
…", "The judge ruled …") may bring in the next speaker, so it stops the rule.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from .article_text import MASK, ArticleText
from .attribute import Attribution
from .cues import OPENING_PRONOUN, TITLES
from .marks import Marked

GAP_PARAGRAPHS = 2  # lines of narrative a resumed quotation may follow
REACH = 240  # characters of them, as a continued quotation's
# a title before the name that opens the sentence: "Mr. Pigeon", "Sgt. Lee"
_TITLE = re.compile(rf"(?:{TITLES})\.?\s+")


def resumed(
    text: ArticleText,
    previous: tuple[list[Marked], Attribution | None],
    first: Marked,
    types: Mapping[str, str],
    gender: Mapping[str, str],
) -> Attribution | None:
    """The previous quotation's attribution, if ``first`` resumes its speaker's words
    after one or two lines about them (see the module's doc), else None."""
    chain, attribution = previous
    if attribution is None or attribution.speaker is None:
        return None
    speaker = attribution.speaker
    last = chain[-1]
    p = first.paragraph
    if not last.closed or not first.opened or not 1 < p - last.paragraph <= GAP_PARAGRAPHS + 1:
        return None
    if text.masked[p][: max(0, first.start - 1)].strip():
        return None  # words before it: a cue or a lead of its own
    if first.closed and text.masked[p][first.end + 1 :].strip(' .,\x00”"'):
        return None  # words after it: "“flash mobs” gathered …" may be a term
    if text.masked[last.paragraph][last.end + 1 :].strip(' .,\x00”"') and (
        last.paragraph != attribution.paragraph
    ):
        return None  # the writer's words after the last piece, not its cue
    # a person named after the speaker in the cue's sentence ("“…,” Smith said of his
    # wife Jane.") may be the "she" of the next line: then "she" needs the name first
    tail = text.in_range(last.paragraph, last.end, len(text.masked[last.paragraph]))
    named = not any(c.type == "person" and c.entity_id != speaker for c in tail)
    length = 0
    for q in range(last.paragraph + 1, p):
        line = text.masked[q]
        if not line.strip() or MASK in line or q in text.unlinked:
            return None
        length += len(line.strip())
        starts = text.sentence_starts[q]
        for i, start in enumerate(starts):
            end = starts[i + 1] if i + 1 < len(starts) else len(line)
            opening = start + len(line[start:end]) - len(line[start:end].lstrip())
            title = _TITLE.match(line, opening)
            at = title.end() if title else opening
            names = text.in_range(q, start, end)
            if names and names[0].start == at and names[0].entity_id == speaker:
                named = True
            elif not (
                named
                and (pronoun := OPENING_PRONOUN.match(line, start)) is not None
                and gender.get(speaker) == pronoun.group(1).lower()
            ):
                return None
            rival_type = types.get(speaker)
            for c in names:
                if c.entity_id != speaker and c.eligible and c.type in ("person", rival_type):
                    return None  # someone else who may be the one speaking now
    if length > REACH:
        return None
    return Attribution(speaker, attribution.cue, p, first.start)


# the opening words of a sentence whose quotation carries the rest: "The “fidelity,
# bravery, and integrity of Mr. Felt are unquestioned.”"
_SUBJECT_LEAD = re.compile(r"\s*(?:The|His|Her|Their|Its|This|That|These|Those|But|And)\s*")


def carries_subject(lead: str, quoted: str) -> bool:
    """Whether the words before a quotation are only a sentence's first word, which the
    quotation goes on with to the sentence's end (at least five words of it)."""
    return (
        _SUBJECT_LEAD.fullmatch(lead) is not None
        and len(quoted.split()) >= 5
        and re.search(r"[.!?]\W*$", quoted) is not None
    )
