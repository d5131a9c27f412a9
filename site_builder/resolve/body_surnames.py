"""A surname the gazetteer knows as a body's name, in a story of a person of that surname.

The gazetteer reads some one-word names as a body's short name, whatever the story:
"Wagner" as the Wagner Group, "Bloomberg" as the news agency. In a story that quotes
Allan Wagner, secretary-general of the Andean Community, "said Wagner" then went to the
Wagner Group, a body the story never names. Where the article names a person of that
surname in full and names no body whose name opens with the word ("Wagner Group",
"Bloomberg News"), and nothing around the word itself makes it a body ("the Wagner
plant", "Wagner, the group"), the word is that person's surname: it is linked as a bare
surname is, and the gazetteer's vote leaves it, so the person stays a person.
"""

from __future__ import annotations

from ..gazetteer import ALIASES, ORGANIZATIONS, PLACES
from .mentions import LABEL_VOTES, ORG, MentionRecord, knowledge_votes
from .names import cached_norm_key


def surname_read_as_a_body(
    m: MentionRecord, people_surnames: set[str], article_mentions: list[MentionRecord]
) -> str | None:
    """Return the surname a one-word mention stands for when the gazetteer reads it as a
    body but its article names a person of that surname (``people_surnames``: the last
    words of the article's people's full names) and no body opening with it; else None."""
    if " " in m.text.strip() or m.junk:
        return None
    word = cached_norm_key(m.text)
    if word in PLACES or word not in people_surnames:
        return None
    alias = ALIASES.get(word)
    if word not in ORGANIZATIONS and (alias is None or cached_norm_key(alias) in PLACES):
        return None
    if _own_body_votes(m) > 0.0:
        return None  # "the Wagner plant": the story's words make it a body
    for other in article_mentions:
        words = other.text.split()
        if len(words) >= 2 and cached_norm_key(words[0]) == word:
            return None  # "Wagner Group", "Bloomberg News": the story names the body too
    return word


def make_bare_surname(m: MentionRecord, word: str) -> None:
    """Key a mention as the bare surname ``word``, without the votes its body's key gave
    it (the gazetteer's, a head word's); the model's label and its context's stay."""
    votes = dict(m.votes)  # its own copy: equal vote dicts are shared
    for kind, weight in knowledge_votes(m.key, m.tokens, m.label):
        votes[kind] = votes.get(kind, 0.0) - weight
    if m.label in LABEL_VOTES:
        kind, weight = LABEL_VOTES[m.label]
        votes[kind] = votes.get(kind, 0.0) + weight
    m.votes = {kind: weight for kind, weight in votes.items() if weight > 1e-9}
    m.key = word
    m.tokens = (word,)


def _own_body_votes(m: MentionRecord) -> float:
    """Return the organisation votes a mention has beyond its name's own (the model's
    label, the gazetteer, head words): those its context gave it."""
    known = dict(knowledge_votes(m.key, m.tokens, m.label))
    return m.votes.get(ORG, 0.0) - known.get(ORG, 0.0)
