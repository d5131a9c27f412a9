"""The person an inverted cue names at the end of reported words: "Lycos did not want to
fight back, said Mr Pollmann." / "…, according to Jane Roe, head of sales at Acme." /
"According to Jane Roe, the firm …"; and the British lead's "Tony Blair has failed,
Michael Howard has said." (the name after the comma, or after a role there, its verb
after it, then the end).

Such a sentence's subject (here "Lycos", whatever the model typed it) is what the words
are about, not who spoke; the speaker the cue names is the one a "he said" in the next
lines means, as a speaker of a quotation would be (:mod:`.pronouns`).
"""

from __future__ import annotations

import re

from .article_text import ArticleText
from .roles import ROLES

# the cue right before the name, after the reported words' comma or opening the sentence:
# ", said Mr ", ", according to ", "According to Dr. "
_CUE = re.compile(
    r"(?:(?:^|,)\s*(?:said|says|added|adds|explained|according\s+to)"
    r"|^\s*According\s+to)\s+(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?$"
)
# after a cue at the end: an apposition at most, then the sentence's end
_END = re.compile(r"\s*(?:,[^.;:!?\"“”]*)?[.!?]?\s*")
# or the name right after the reported words' comma, and its verb: ", Michael Howard has
# said.", ", Mr Brown told MPs on Tuesday."
# or after a role there: ", Lib Dem's elections chief Lord Rennard said."
# or after two roles and the body they hold them at: ", senior vice president and Tokyo
# branch manager of Credit Suisse Paul Hofer told a press conference."
_ROLE = rf"(?:the\s+)?(?:(?!(?:and|but|or|while|as)\b)[\w'’.-]+\s+){{0,3}}(?:{ROLES})"
_BEFORE_NAME = re.compile(
    rf",\s*(?:{_ROLE}(?:\s+and\s+{_ROLE})?"
    r"(?:\s+(?:of|at)\s+(?:the\s+)?(?:[A-Z][\w&'’.-]*\s+){1,4}|\s+))?"
    r"(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?$",
    re.IGNORECASE,
)
_VERB_AFTER = re.compile(
    r"\s+(?:has\s+|have\s+|had\s+)?(?:said|says|told|tells|added|adds|warned|warns|"
    r"claimed|claims|insisted|insists|argued|argues|announced|announces|explained|explains|"
    r"stated|states|noted|notes|declared|declares|confirmed|confirms|predicted|predicts)\b"
    r"[^.;:!?\"“”\x00]*[.!?]?\s*"
)


def inverted_speakers(
    text: ArticleText, first: int, p: int, offset: int
) -> dict[tuple[int, int], str]:
    """The people named by inverted cues from paragraph ``first`` up to ``(p, offset)``:
    (paragraph, offset) -> entity id."""
    found = {}
    for q in range(first, p + 1):
        masked = text.masked[q]
        people = [c for c in text.candidates.get(q, ()) if c.type == "person"]
        for c in people:
            if (q, c.end) > (p, offset):
                break
            sentence = text.sentence_of(q, c.start)
            cue = _CUE.search(masked, sentence, c.start)
            end = min(text.sentence_end(q, c.start), offset if q == p else len(masked))
            if cue is None:
                if (
                    c.eligible
                    and masked[sentence : c.start].strip(" ,")
                    and _BEFORE_NAME.search(masked, sentence, c.start)
                    and _VERB_AFTER.fullmatch(masked, c.end, end)
                ):
                    found[(q, c.start)] = c.entity_id  # "…, Michael Howard has said."
                continue
            opening = cue.group().lstrip().startswith("According")
            later = [o for o in people if c.end <= o.start < end and o.eligible]
            if not opening and (later or not _END.fullmatch(masked, c.end, end)):
                continue  # "…, said Smith, and Jones agreed.": not the last word
            found[(q, c.start)] = c.entity_id
    return found
