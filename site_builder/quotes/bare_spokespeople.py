"""The body of "a spokesman" brought in with no body, right after a sentence about one:
"Acme said it had owned the land for years. But a spokesman added: “…”", or "“…,” said a
spokesman."

News often follows a body's statement with the words of "a spokesman", leaving the body
to the sentence before: the organisation that opens that sentence ("Acme said …", "An
Acme spokesman said …", "But Sky denied …"). It is meant only when it is the one body or
person that sentence names, and nobody is named between it and the cue; otherwise nobody
is.
"""

from __future__ import annotations

import re

from .article_text import ArticleText

# the cue's subject, "a spokesman", opening its clause: "But a spokesman added",
# "“…,” a spokeswoman said"
_BARE = re.compile(
    r"(?:(?:But|And|However,?)\s+)?\b[Aa]\s+spokes(?:man|woman|person)\s+(?:\w+ly\s+)?$"
)
# or after the verb, the quotation's inverted cue at the end of its sentence: "“…,” said a
# spokesman."
_BARE_AFTER = re.compile(r"\w+\s+a\s+spokes(?:man|woman|person)\s*(?:[.!?]|$)")
# what may stand between the sentence before and "a spokesman": a quotation, its marks
_BETWEEN = re.compile(r"[\x00\"“”'‘’,.!?…\s]*$")
# what may stand before the body's name at the opening of the sentence before ("But Sky
# denied the programme breached guidelines. A spokesperson said: “…”")
# or a kind's word or two ("Environmental group Transport 2000 said …")
_OPENING = re.compile(
    r"\s*(?:(?:But|And|However,?|Meanwhile,?)\s+)?(?:(?:The|An?|the|an?)\s+)?"
    r"(?:(?:[A-Za-z-]+\s+)?(?:group|body|organi[sz]ation|watchdog|charity|union|association|"
    r"lobby|campaigners)\s+)?"
)


def bare_spokesperson_body(text: ArticleText, p: int, verb_start: int) -> str | None:
    """The body the bare "a spokesman" right before the speech verb at ``verb_start`` of
    paragraph ``p`` speaks for, or None."""
    masked = text.masked[p]
    bare = _BARE.search(masked, 0, verb_start)
    if bare is not None:
        cue = bare.start()
    elif _BARE_AFTER.match(masked, verb_start):
        cue = verb_start
    else:
        return None
    between = _BETWEEN.search(masked, 0, cue)
    end = between.start() if between is not None else cue
    if end > 0 and masked[end] not in ".!?…":
        return None  # "Acme said “…,” a spokesman said": not the opening of a sentence
    if text.in_range(p, end, verb_start):
        return None
    if end == 0:  # the first sentence of its paragraph: the paragraph before's last
        if p == 0 or not text.masked[p - 1].strip():
            return None
        p, masked = p - 1, text.masked[p - 1]
        end = len(masked.rstrip())
    before = text.sentence_of(p, max(0, end - 1))
    names = text.in_range(p, before, end)
    if not names or names[0].type != "organization" or not names[0].eligible:
        return None
    if any(c.entity_id != names[0].entity_id for c in names):
        return None  # another body or a person the spokesman could stand for
    if not _OPENING.fullmatch(masked, before, names[0].start):
        return None
    return names[0].entity_id
