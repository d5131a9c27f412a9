"""Quoted text that names a thing rather than quotes someone: a title, a nickname, a
label ("a website called “X”", "the “Twilight” director")."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from .cues import NAMING
from .marks import Marked

# cues whose object is described in the speaker's words: "X described Y as “…”"
DESCRIBING = frozenset(
    {"described", "describes", "describing", "characterized", "characterised", "characterizes"}
    | {"characterises", "characterizing", "characterising"}
    | {"accused", "accuses"}  # "accused the government of “dithering and hesitation”"
    | {"hailed", "hails"}  # "hailed it as “one of the great performances”"
    | {"branded", "brands", "branding"}  # "branded it a “vote now, pay later” Budget"
    | {"dismissed", "dismisses"}  # "dismissed the Budget as “vote now, pay later”"
)

# what stands before a short title in the writer's sentence: an article, a possessive
# pronoun or a body's possessive ("the Academy's “Year of the Woman,” writing that …")
_BEFORE_TITLE = r"(?:\b(?:the|a|an|his|her|its|their|[a-z]+ic|new|latest)|[A-Za-z]{2,}['’]s)\s*$"
# the words before a quotation that may be said: a speech verb, "that", "as", "of"
_SAID_BEFORE = (
    r"\b(?:that|as|of|to|with|is|was|are|were|be|word|words|call|called|calls|said|say|told|wrote|"
    r"[a-z]+(?:ed|s))\s*$"
)
# capitalised words of four letters or more that make a quoted phrase a title, whatever
# follows it, and the most words such a title holds
_TITLE_WORDS = 3
_LONG_TITLE = 16


# a quotation right after a word for a title: "an article with the subtitle: “Do you
# have to be thin …?”", "under the headline “…”": the title, however long
_TITLE_NOUN = re.compile(
    r"\b(?:sub)?(?:title|headline|caption|slogan|motto|tagline)s?\s*:?\s*$", re.IGNORECASE
)
_TITLE_MOST_WORDS = 30
# what a thing is known as, "the" between: "a MacArthur Fellowship, commonly known as
# the “genius grant.”" (the word before the quotation is "the", not a naming word); after
# "known as a" the quoted words may be said ("known as a “We did it,”" is judged as ever)
_KNOWN_AS = re.compile(r"\b(?:known|referred\s+to)\s+as\s+the\s*$", re.IGNORECASE)


def is_name_like(text: str, before: str, describer: bool = False) -> bool:
    """Whether a quoted phrase names a thing (a title, a label) rather than quotes one.
    ``describer``: the cue is a verb of describing whose subject is known; then words in
    lower case after "as" are that speaker's ("Kroon described it as “just a local
    community church”"), not a name ("known as “Lucky”"); so are those after "of" of
    an accuser ("X accused the government of “dithering and hesitation”")."""
    words = text.split()
    previous = before.split()[-1].lower() if before.split() else ""
    described = (
        describer and previous in ("as", "of") and len(words) >= 2 and text.lstrip()[:1].islower()
    )
    if len(words) <= 8 and previous.strip(",") in NAMING and not described:
        return True
    if len(words) <= 8 and _KNOWN_AS.search(before):
        return True
    if len(words) <= _TITLE_MOST_WORDS and _TITLE_NOUN.search(before):
        return True
    # a title of short words only ("a “Fix It,” as an emergency measure") is judged by
    # all of them
    significant = [w for w in words if len(w) > 3] or [w for w in words if w[:1].isalpha()]
    title_case = bool(significant) and all(
        w[0].isupper() or not w[0].isalpha() for w in significant
    )
    # a single capitalised word with no punctuation ("Twilight") is a name as well
    if title_case and len(words) <= 12 and not re.search(r"[.!?,]\W*$", text):
        return True
    # a longer title keeps the sentence's full stop or comma inside the marks ("his 2006
    # memoir, “A G-Man's Life: The FBI, … in Washington.”", "“The Notorious Bettie Page,”
    # helped …"): three capitalised words or more, where a sentence someone said has
    # words of four letters or more in lower case; one in capitals alone may be a chant
    if (
        title_case
        and len(significant) >= _TITLE_WORDS
        and len(words) <= _LONG_TITLE
        and any(ch.islower() for ch in text)
    ):
        return True
    # a short title that ends the writer's sentence keeps its full stop inside the marks
    # ("… the current candidate to direct “New Moon.”"): the object of a verb in lower
    # case that is no speech verb; after "said", "that" or a colon it may be said words
    if (
        title_case
        and len(words) <= 3
        and re.search(r"[^\W\d_]\.\W*$", text)
        and re.search(r"\b[a-z]{3,}\s*$", before)
        and not re.search(_SAID_BEFORE, before)
    ):
        return True
    # a short title in the middle of the writer's sentence keeps the comma that follows
    # it inside the marks ("his current film, the epic “Australia,” and was …"); a word
    # quoted after a cue ("said “Yes,”") or opening a sentence may be someone's answer
    return (
        title_case
        and len(words) <= 4
        and bool(re.search(r"[^\W\d_],\W*$", text))
        and bool(re.search(_BEFORE_TITLE, before))
    )


def _key(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s'’-]", " ", text).split())


def repeated_names(paragraphs: Sequence[str], marked: Sequence[Marked]) -> frozenset[str]:
    """Short phrases the article puts in quotation marks more than once: a capitalised
    one ("“Twilight,” … “Twilight” director … like “Twilight,”") is the name of a thing
    it keeps citing, one in lower case of two words or fewer (“when issued” trading,
    four times in a story) a term it keeps using; neither is words someone said twice."""
    counts = Counter(_key(paragraphs[m.paragraph][m.start : m.end]) for m in marked)
    return frozenset(
        k
        for k, n in counts.items()
        if n >= 2
        and (
            (1 <= len(k.split()) <= 4 and all(w[0].isupper() for w in k.split()))
            or (1 <= len(k.split()) <= 2 and k[0].islower())
        )
    )


def is_repeated_name(text: str, names: frozenset[str]) -> bool:
    """Whether quoted ``text`` is one of the article's :func:`repeated_names`."""
    return _key(text) in names
