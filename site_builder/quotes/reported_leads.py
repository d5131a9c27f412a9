"""A quotation that opens its sentence, with no cue of its own, right after a sentence
of reported speech in the same paragraph, or at the end of the one before when the
quotation opens its own: "She said the buyers had arrived early and studied each work.
“They would have known what to look for.”" (British news goes on from reported to
quoted words this way, "Mr X said …. “…”").

The speaker is the subject of the speech verb that opens the sentence before, read as
for any cue ("She", "Mr Thomas", "The minister"; after an opening phrase, "In a
statement on Sunday, the Cabinet Office"). Only when that sentence holds no
quotation but short partial ones within its reported words ("She admitted it would be
“very difficult” to …"), its verb comes within its first few words and is followed by
the reported words, and those words open with no other person who may be the one speaking
now (one the quotation names is spoken of, not speaking; one further on, "right to sack
Mutu", is an object). A stance taken with nobody named
after it does the same ("Fostering Network executive director Robert Tapsfield
criticised the existing system. “There is …”"), its subject a name after a few words of
role at most.

So does a sentence of reported words whose cue closes it, its subject after their comma
("The agency will have to review its policies, he said. “Large lump political risk …”"),
unless the quotation's own sentence goes on in the writer's words ("“Where's the fun in
that?” they pondered").
"""

from __future__ import annotations

import re

from .article_text import MASK, ArticleText, Candidate
from .cues import LEAD_PHRASE, SPEECH_VERB
from .leads import STANCE
from .marks import Marked

MAX_PARTIAL_CHARS = 60  # a few quoted words: "very difficult", "a betrayal of trust"
MAX_SUBJECT_WORDS = 4  # "She", "Mr Thomas", "The Labour minister"
MAX_ROLE_WORDS = 5  # before a name: "Fostering Network executive director"
# a title before a name, if any
_TITLE = r"(?:(?:Prof|Professor|Dr|Mr|Mrs|Ms|Miss|Sir|Dame|Lord|Lady)\.?\s+)?"
# or a person's name and one apposition, after a short time phrase and a title: "On
# Wednesday, Jo Roe, vice president of the commission, said …", "Prof Jo Roe, who …,"
_OPENING = re.compile(r"\s*(?:(?:On|Last|Earlier|Later)(?:\s+[\w-]+){1,2},\s*)?" + _TITLE)
_APPOSITION = re.compile(r",[^,;:()]{3,120},\s*")
# a cue inverted between commas after a sentence's first word: "Then, says Mr X, …"
_PARENTHETICAL = re.compile(
    r"\s*(?:[A-Z][a-z]+,\s+)?(?P<verb>says|said|adds|added|explains|explained)\s+"
)
_TITLE_ONLY = re.compile(_TITLE)
# or a longer phrase of the occasion: "In an address before a group of House Republicans,"
_SETTING = re.compile(r"\s*(?:In|At|During|Before|After)\s[^,.;:!?\"“”\x00]{3,80},\s*")


def unquoted_sentence_before(text: ArticleText, m: Marked) -> tuple[int, int, int] | None:
    """:func:`sentence_before`, when that sentence quotes nobody (one that does has its
    own reading)."""
    before = sentence_before(text, m)
    if before is None or MASK in text.masked[before[0]][before[1] : before[2]]:
        return None
    return before


def sentence_before(text: ArticleText, m: Marked) -> tuple[int, int, int] | None:
    """The sentence right before quotation ``m``, which opens its own sentence, in the
    same paragraph: (paragraph, start, end), or None."""
    p = m.paragraph
    masked = text.masked[p]
    if not m.opened or m.start < 2:
        return None
    own = text.sentence_of(p, m.start - 1)
    if masked[own : m.start - 1].strip() or own == 0:
        return None  # words before the mark, or no sentence before it in the paragraph
    return p, text.sentence_of(p, own - 1), own


def reported_lead(text: ArticleText, m: Marked) -> tuple[int, int, re.Match[str], int] | None:
    """The speech verb of the sentence of reported speech right before quotation ``m``,
    as (paragraph, sentence start, verb, sentence end), or None."""
    before = sentence_before(text, m)
    across = before is None  # the quotation opens its paragraph: only a whole sentence
    if across and _ENDS_SENTENCE.search(text.paragraphs[m.paragraph], m.start, m.end):
        before = _closing_sentence(text, m)  # quoted ("“Flash mobs” of neighbours …" is not)
    if before is None:
        return None
    p, start, own = before
    masked = text.masked[p]
    sentence = masked[start:own]
    if not sentence.strip()[:1].isupper():
        return None
    verb = SPEECH_VERB.search(masked, start, own)
    if verb is None and not across:
        # a stance taken, with nobody after it who may answer: "Fostering Network
        # director Robert Tapsfield criticised the existing system. “There is …”"
        verb = STANCE.search(masked, start, own)
        if verb is None or any(c.eligible for c in text.in_range(p, verb.end(), own)):
            return None
    if verb is None:
        return None
    if not _partial_only(masked, start, verb, own):
        return None
    # an opening phrase is not the subject: "In a statement on Sunday, the Cabinet Office"
    opening = LEAD_PHRASE.match(masked, start, verb.start()) or _SETTING.match(
        masked, start, verb.start()
    )
    subject_start = opening.end() if opening else start
    if len(masked[subject_start : verb.start()].split()) > MAX_SUBJECT_WORDS and not (
        _apposed(text, p, start, verb.start()) or _premodified(text, p, subject_start, verb.start())
    ):
        return None
    reported = masked[verb.end() : own].strip(" .")
    if len(reported.split()) < 3:
        return None  # "She said." alone is a cue sentence of its own
    after = text.in_range(p, verb.end(), own)
    quoted = text.paragraphs[p][m.start : m.end]
    if any(
        c.type == "person"
        and c.eligible
        and not c.possessive  # "Miller reiterated Reagan's opposition …. “…”": Miller's
        and _opens_reported(masked, verb.end(), c.start)
        and not _spoken_of(text, c, quoted)
        for c in after
    ):
        return None  # "Smith said Jones was wrong. “…”": Jones may answer
    return p, start, verb, own


# the cue that closes a sentence of reported words: its subject after their comma, a
# few words at most, then the verb and perhaps when ("…, he said.", "…, Mr Roe added
# on Tuesday.")
_SUBJECT_BEFORE_CUE = re.compile(r",\s+(?:[\w.'’-]+\s+){1,4}$")
_CUE_CLOSES = re.compile(r"(?:\s+[\w'’-]+){0,2}\s*\.?\s*$")


def closing_cue_lead(text: ArticleText, m: Marked) -> tuple[int, int, re.Match[str], int] | None:
    """The speech verb that closes the sentence of reported speech right before quotation
    ``m`` in its paragraph, its subject between the reported words' comma and it: "The
    agency will have to review its policies, he said. “Large lump political risk …”", as
    (paragraph, sentence start, verb, sentence end), or None. (Across paragraphs the
    lead-in reads any cue of the sentence before; "…, says X. “…”" is an inverted cue's.)"""
    before = unquoted_sentence_before(text, m)
    if before is None:
        return None
    p, start, own = before
    masked = text.masked[p]
    if masked[m.end + 1 :].lstrip()[:1].islower():
        return None  # "“Where's the fun in that?” they pondered": its sentence goes on
    verbs = list(SPEECH_VERB.finditer(masked, start, own))
    if not verbs or not _CUE_CLOSES.fullmatch(masked, verbs[-1].end(), own):
        return None
    verb = verbs[-1]
    subject = _SUBJECT_BEFORE_CUE.search(masked, start, verb.start())
    if subject is None or len(masked[start : subject.start()].split()) < 3:
        return None  # no reported words before the subject: "Smith, he said."
    return p, start, verb, own


# a quotation that ends its sentence inside its marks, or runs on to the next piece
_ENDS_SENTENCE = re.compile(r"[.!?…,]\W*$")


def _closing_sentence(text: ArticleText, m: Marked) -> tuple[int, int, int] | None:
    """The last sentence of the paragraph before, when quotation ``m`` opens its own
    paragraph: "Ian Harris, deputy editor of Mac Format, said the machine would appeal
    to …." / "“They want a further taste of Mac …”" (paragraph, start, end), or None."""
    p = m.paragraph
    if p == 0 or not m.opened or text.masked[p][: max(0, m.start - 1)].strip():
        return None
    previous = text.masked[p - 1].rstrip()
    if not previous or p - 1 in text.continued or not previous.endswith("."):
        return None
    return p - 1, text.sentence_of(p - 1, len(previous) - 1), len(previous)


def inverted_lead(text: ArticleText, m: Marked) -> tuple[int, int, str, str] | None:
    """The speaker of a sentence of reported speech right before quotation ``m`` whose
    cue stands inverted between commas near its start: "Then, says Mr Kotamaraja, the
    blogging world found out. “All my blogger friends …”", as (paragraph, verb offset,
    verb, entity id), or None."""
    before = sentence_before(text, m)
    if before is None:
        return None
    p, start, own = before
    masked = text.masked[p]
    found = _PARENTHETICAL.match(masked, start, own)
    if found is None or MASK in masked[start:own]:
        return None
    names = text.in_range(p, found.end(), own)
    if not names or names[0].type != "person" or masked[names[0].end : names[0].end + 1] != ",":
        return None
    if not _TITLE_ONLY.fullmatch(masked, found.end(), names[0].start):
        return None
    return p, found.start("verb"), found.group("verb"), names[0].entity_id


def _opens_reported(masked: str, verb_end: int, name: int) -> bool:
    """Whether the name at ``name`` is the subject of the reported words after the verb,
    a few words in at most ("said Jones was", "said that coach Jones"), not an object
    further on ("insists the Blues were right to sack Mutu")."""
    words = [w for w in masked[verb_end:name].split() if w != "that"]
    return len(words) <= 2


def _spoken_of(text: ArticleText, c: Candidate, quoted: str) -> bool:
    """Whether the quotation names the person ``c`` by their last name, so speaks of
    them: "he added that Andy Johnson … would get a chance. “Johnson was not in my
    plans …”" is not Johnson's."""
    surname = text.paragraphs[c.paragraph][c.start : c.end].split()[-1]
    return re.search(rf"\b{re.escape(surname)}\b", quoted) is not None


def _partial_only(masked: str, start: int, verb: re.Match[str], end: int) -> bool:
    """Whether the sentence holds no quotation, or only short ones within its reported
    words: "She admitted it would be “very difficult” to reverse the trend" (a partial
    quotation of the same speaker's), not "She said: “…”" nor "“…,” he said"."""
    first = masked.find(MASK, start, end)
    if first < 0:
        return True
    if first < verb.end() or len(masked[verb.end() : first].split()) < 2:
        return False  # a quotation before the verb or right after it is its own
    runs = re.findall(MASK + "+", masked[first:end])
    return all(len(run) <= MAX_PARTIAL_CHARS for run in runs)


def _apposed(text: ArticleText, p: int, start: int, verb: int) -> bool:
    """Whether the words from ``start`` to the ``verb`` are a person's name, maybe after a
    short time phrase, and one apposition between commas ("Jo Roe, a director of Acme,")."""
    masked = text.masked[p]
    names = text.in_range(p, start, verb)
    if not names or names[0].type != "person" or not names[0].eligible:
        return False
    return bool(
        _OPENING.fullmatch(masked, start, names[0].start)
        and _APPOSITION.fullmatch(masked, names[0].end, verb)
    )


def _premodified(text: ArticleText, p: int, start: int, verb: int) -> bool:
    """Whether the words from ``start`` to the ``verb`` are a person's name after a few
    words of role, with no punctuation ("Fostering Network executive director Robert
    Tapsfield"): the verb still comes right after its subject."""
    masked = text.masked[p]
    names = [c for c in text.in_range(p, start, verb) if c.type == "person" and c.eligible]
    if not names or masked[names[-1].end : verb].strip():
        return False
    role = masked[start : names[-1].start]
    return len(role.split()) <= MAX_ROLE_WORDS and re.fullmatch(r"[\w\s'’&-]*", role) is not None
