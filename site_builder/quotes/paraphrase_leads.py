"""A quotation after a line of reported speech whose cue comes last, inverted: "He is a
very approachable person who doesn't rely on jargon, said Sean B. Tipton, spokesman for
the society." / "“He has an ability to interact with the public …”".

The line before reports the speaker's words without marks, then names them after the
verb; the quotation that opens the next paragraph with no cue of its own goes on with
them. The speaker is the name after the verb, as for "“…,” said X", not a name or
pronoun of the reported words before it ("He" is the one spoken of). Only a verb that
follows a clause of five words or more closed by a comma, with no name in it, and is
followed by capitalised words that a comma or the line's end closes, qualifies: "Smith,
the CEO, said Jones was …" (a name before it, and a verb after the name) and "Smith said
he …" keep the subject before the verb, which the usual search finds. The line may
close a paragraph that quotes someone earlier ("Mr Thomas said: “…” He said there was
…. All e-mails are subject to …, said Mr Thomas." / "“If in doubt retain …”"): the name
after its verb still tells who goes on. So may the sentence right before the quotation
in its own paragraph: "… will disappear …, says Mr Pearson. “So the gadgets …”".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .article_text import ArticleText
from .cues import SPEAKER_AFTER, SPEECH_VERB
from .marks import Marked
from .reported_leads import unquoted_sentence_before

# the reported words end in a comma right before the verb: ", said X"
_REPORTED_THEN_CUE = re.compile(r",\s*$")
# the name after the verb, closed by a comma (an apposition follows) or the line's end
_NAME_THEN_END = re.compile(r"\s+(?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w.'’-]*\s*(?:,|\.?\s*$)")
MIN_REPORTED_WORDS = 5


def inverted_cue(line: str, sentence: int, verb: re.Match[str], names_before: int) -> bool:
    """Whether ``verb`` of the sentence that opens at ``sentence`` in ``line`` is a cue
    that follows the words it reports, with the speaker's name after it;
    ``names_before``: how many names the sentence holds before the verb."""
    if verb.group().lower() in SPEAKER_AFTER or names_before:
        return False  # "according to X" is read the usual way; "Smith, the CEO, said"
    reported = line[sentence : verb.start()]
    return (
        _REPORTED_THEN_CUE.search(reported) is not None
        and len(reported.split()) >= MIN_REPORTED_WORDS
        and _NAME_THEN_END.match(line, verb.end()) is not None
    )


def inverted_speaker(
    text: ArticleText,
    named_after: Callable[[int, int, int, bool], str | None],
    p: int,
    sentence: int,
    verbs: Sequence[re.Match[str]],
    end: int | None = None,
) -> tuple[str, re.Match[str]] | None:
    """The speaker named after the last of ``verbs`` of the sentence that opens at
    ``sentence`` and closes paragraph ``p``, with that verb, when it is an inverted cue
    after reported words (see :func:`inverted_cue`), or None; ``end``: where the sentence
    ends when it does not close the paragraph."""
    line = text.masked[p][:end].rstrip()
    if not verbs:
        return None
    verb = verbs[-1]
    if not inverted_cue(line, sentence, verb, len(text.in_range(p, sentence, verb.start()))):
        return None
    speaker = named_after(p, verb.end(), len(line), True)
    return (speaker, verb) if speaker is not None else None


def inverted_before(
    text: ArticleText, named_after: Callable[[int, int, int, bool], str | None], m: Marked
) -> tuple[int, str, re.Match[str]] | None:
    """For quotation ``m``, which opens its sentence with no cue: the name after the
    inverted cue that closes the sentence before it in the same paragraph ("…, says Mr
    Pearson. “So the gadgets …”"), as (paragraph, speaker, verb), or None."""
    before = unquoted_sentence_before(text, m)
    if before is None:
        return None
    p, start, own = before
    verbs = list(SPEECH_VERB.finditer(text.masked[p], start, own))
    found = inverted_speaker(text, named_after, p, start, verbs, own)
    return (p, *found) if found else None
