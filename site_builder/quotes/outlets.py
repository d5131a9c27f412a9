"""News outlets as speakers: "the paper said", "The Hollywood Reporter wrote", "Trade
publication Variety saw …, writing that “…”".

News quotes other news: an editorial, a trade paper's verdict. It names the outlet once
("Centre-left daily Eleftherotypia warned …") and then calls it "the paper". Three forms
carry over to any news:

- a description of an outlet as the subject ("the paper said", "said the magazine"):
  the one outlet the article named before it (by a title's head word, "Times",
  "Reporter", or by a word for a medium around its name, "daily Eleftherotypia", "the
  Kathimerini newspaper"); none when it named two, and none for "the paper" when the
  article has spoken of a paper that is a document ("a paper published in Nature", "court
  papers"), as with "the company" in :mod:`.companies`;
- a linked name the model cut short: the resolver links the mention "Hollywood" to the
  outlet "Hollywood Reporter", and the words right after the mention that complete the
  entity's name belong to it (so "Reporter" no longer stands between subject and verb);
- an editorial speaks for its outlet ("said an editorial in the conservative daily
  Eleftheros Typos", "An editorial in the Herald said"), though its name follows a
  preposition: the outlet's own voice, unlike a column, whose writer is named;
- a word for a medium before the name opens the clause as a role noun does ("Trade
  publication Variety saw …, writing"), see :func:`.clauses.opens_clause`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from ..gazetteer import MEDIUM_TITLE_HEADS, norm_key
from .article_text import Candidate

# lower-case words for a news medium, as written before or after an outlet's name
MEDIUM_WORDS = frozenset(
    {
        "paper", "newspaper", "daily", "weekly", "magazine", "publication", "tabloid",
        "broadsheet", "newsweekly", "newsmagazine", "website",
    }
)  # fmt: skip
# an outlet by what it is, as a subject or after an inverted verb: "the paper said",
# "said the newspaper", "the daily wrote" (a capitalised "The Daily" is a title)
OUTLET_SUBJECT = re.compile(
    r"\b[Tt]he\s+(paper|newspaper|daily|weekly|magazine|publication|tabloid|broadsheet)\b"
    r"(?!['’]s|\s+(?:of|by|in|that|which)\b)"
)
# a medium word right before a name ("daily Eleftherotypia", "the tabloid, Bild,") or
# right after it ("the Kathimerini newspaper")
_MEDIUM_BEFORE = re.compile(r"\b(" + "|".join(sorted(MEDIUM_WORDS)) + r")\s*,?\s*(?:[Tt]he\s+)?$")
_MEDIUM_AFTER = re.compile(r"\s+(" + "|".join(sorted(MEDIUM_WORDS)) + r")\b")
# a paper that is a document, not a newspaper: "a paper published in Nature", "the
# research paper", "court papers", "his paper"
_DOCUMENT_PAPER = re.compile(
    r"\b(?:an?|research|white|working|scientific|academic|discussion|policy|position|"
    r"court|legal|his|her|their|its|this|whose)\s+papers?\b|\bpapers\b",
    re.IGNORECASE,
)
# "an editorial in the conservative daily", right before the outlet's name
_EDITORIAL_IN = re.compile(
    r"\b(?:[Aa]n|[Tt]he|[Ii]ts)\s+editorial\s+(?:in|of)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}$"
)
_OUTLET_HEADS = MEDIUM_TITLE_HEADS | {"magazine", "newspaper", "daily", "weekly"}


def is_outlet(masked: Sequence[str], c: Candidate, name: str) -> bool:
    """Whether the organisation at ``c`` reads as a news outlet: its name ends in a
    title's head word ("Hollywood Reporter") or a medium word stands by it."""
    words = norm_key(name).split()
    if words and words[-1] in _OUTLET_HEADS:
        return True
    text = masked[c.paragraph]
    return bool(
        _MEDIUM_BEFORE.search(text, max(0, c.start - 30), c.start)
        or _MEDIUM_AFTER.match(text, c.end)
    )


# an outlet of another kind, which "the paper" does not mean: "Euromoney magazine"
_OTHER_MEDIUM_AFTER = re.compile(r"\s+(?:magazine|agency|radio|television|TV|channel|website)\b")
_OTHER_MEDIUM_BEFORE = re.compile(r"\b(?:magazine|agency|radio|television|channel|website)\s+$")


def _no_paper(text: str, c: Candidate) -> bool:
    """Whether the outlet at ``c`` is called a magazine, an agency, a channel …, no paper."""
    return bool(
        _OTHER_MEDIUM_AFTER.match(text, c.end)
        or _OTHER_MEDIUM_BEFORE.search(text, max(0, c.start - 20), c.start)
    )


def the_outlet(
    masked: Sequence[str],
    organisations: Iterable[Candidate],
    names: Mapping[str, str],
    word: str,
    p: int,
    offset: int,
) -> str | None:
    """The one news outlet named before ``(p, offset)`` that "the ``word``" (paper,
    magazine ...) means, or None when none or two are named, or when "the paper" may be
    a document the article spoke of."""
    if word == "paper" and any(_DOCUMENT_PAPER.search(masked[i]) for i in range(p + 1)):
        return None
    found = {
        c.entity_id
        for c in organisations
        if (c.paragraph, c.start) < (p, offset)
        and is_outlet(masked, c, names.get(c.entity_id, ""))
        and not (word in ("paper", "newspaper") and _no_paper(masked[c.paragraph], c))
    }
    return found.pop() if len(found) == 1 else None


def complete_titles(
    paragraphs: Sequence[str],
    linked: Sequence[tuple[int, int, int, str, str]],
    names: Mapping[str, str],
) -> list[tuple[int, int, int, str, str]]:
    """Linked organisations' mentions extended over the words right after them that
    complete the entity's name: the model read "The Hollywood Reporter" as "Hollywood",
    which the resolver linked to "Hollywood Reporter"; "Reporter" is the title's."""
    result = []
    for p, start, end, entity_id, type_ in linked:
        if type_ == "organization":
            end = _completed_end(paragraphs[p], start, end, names.get(entity_id, ""))
        result.append((p, start, end, entity_id, type_))
    return result


def _completed_end(text: str, start: int, end: int, name: str) -> int:
    """The end of the entity's full name when the text goes on with its missing words
    right after the mention, else ``end``."""
    words = name.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    said = text[start:end].split()
    if not said or words[: len(said)] != said or len(words) <= len(said):
        return end
    rest = r"\s+".join(re.escape(w) for w in words[len(said) :])
    found = re.compile(r"\s+" + rest + r"(?![\w’'-])").match(text, end)
    return found.end() if found else end


def editorial_of(masked: Sequence[str], c: Candidate, name: str) -> bool:
    """Whether the outlet at ``c`` is named as the one whose editorial speaks ("an
    editorial in the conservative daily Eleftheros Typos")."""
    text = masked[c.paragraph]
    if "editorial" not in text[max(0, c.start - 80) : c.start]:
        return False  # most names: no need to read the window
    return bool(_EDITORIAL_IN.search(text, max(0, c.start - 80), c.start)) and is_outlet(
        masked, c, name
    )


# a sentence that opens with an outlet the model did not name: "The Sunday Mail newspaper
# branded the budget …" (capitalised words, then a medium word)
_UNNAMED_OUTLET = re.compile(
    # (an article alone is no name: "The daily said" is a description)
    r"(?:[Tt]he\s+)?(?P<name>(?!(?:The|A|An|This|That)\s)(?:[A-Z][\w&'’.-]*\s+){1,4})(?:"
    + "|".join(sorted(MEDIUM_WORDS))
    + r")\b"
)


def unnamed_outlet_opens(
    masked: str,
    candidates: Sequence[Candidate],
    sentence_starts: Iterable[int],
    known: Iterable[str],
) -> bool:
    """Whether one of the sentences starting at ``sentence_starts`` opens with an outlet
    no name of ``candidates`` covers and whose words open none of the ``known`` names
    ("Us magazine" is the article's "Us Weekly"): a later "it said" may be that outlet's."""
    for start in sentence_starts:
        found = _UNNAMED_OUTLET.match(masked, start)
        if found is None or any(start <= c.start < found.end() for c in candidates):
            continue
        words = found.group("name").split()
        if not any(name.split()[: len(words)] == words for name in known):
            return True
    return False
