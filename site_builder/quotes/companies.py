"""The company a description stands for: "the company said", "said the firm", "the
software giant said"; and the body "the organisation" or "the group" stands for.

News names a company once or twice ("Microsoft has rushed out a temporary fix") and then
calls it "the company". The description is that company when the article makes clear
which one: the company it has named the most so far, at least twice as often as any
other (a company by its name: a legal or trade suffix, "Kraft Foods", "Baltic Group
AG", or a brand name with no word of a public body, "Microsoft", "SEACOM"). Public
bodies, parties, news outlets and acronyms such as "FBI" are never "the company". "The
organisation" and "the group" say less of what the body is, so any organisation but a
news outlet may be meant, by the same count ("Reporters Without Borders … the
organisation said").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping

from ..gazetteer import COMPANY_HEADS, ORG_HEADS, ORGANIZATIONS, norm_key
from .cues import COMPANY_TRADES

COMPANY_WORDS = frozenset({"company", "firm", *COMPANY_TRADES})  # "the software giant"
BODY_WORDS = frozenset({"organisation", "organization", "group"})
# the companies among the gazetteer's well-known organisations
KNOWN_COMPANIES = frozenset(
    norm_key(name)
    for name in [
        "Gazprom", "Rosneft", "Naftogaz", "Nord Stream", "Twitter", "Facebook", "Instagram",
        "YouTube", "Google", "Apple", "Microsoft", "Amazon", "Meta", "TikTok", "Telegram",
        "WhatsApp", "Reddit", "LinkedIn",
    ]
)  # fmt: skip


def is_company(name: str) -> bool:
    """Whether an organisation's name reads as a company's."""
    key = norm_key(name)
    words = key.split()
    if not words:
        return False
    if key in KNOWN_COMPANIES or words[-1] in COMPANY_HEADS:
        return True
    if key in ORGANIZATIONS or any(w in ORG_HEADS for w in words):
        return False
    return not (name.isupper() and len(name) <= 4)  # "FBI", "NHS": public bodies


def the_company(earlier: Iterable[str], names: Mapping[str, str]) -> str | None:
    """The company the article means by "the company", from the organisations it named
    before the description (entity ids, one per mention), or None when unclear."""
    return most_named([e for e in earlier if is_company(names.get(e, ""))], names)


def most_named(mentions_of: Iterable[str], names: Mapping[str, str]) -> str | None:
    """The body named at least twice as often as any other (entity ids, one per mention),
    or None when unclear.

    A company's short and full names ("Kraft", "Kraft Foods") may be two entities, so
    the names that start with another's words count as one company, spoken for by its
    most named entity (the longer name on a tie)."""
    mentions = Counter(e for e in mentions_of if names.get(e))
    keys = {e: norm_key(names[e]).split() for e in mentions}
    group = {
        e: min((k for k in keys.values() if words[: len(k)] == k), key=len)
        for e, words in keys.items()
    }
    counts = Counter[str]()
    for e, n in mentions.items():
        counts[" ".join(group[e])] += n
    ranked = counts.most_common(2)
    if not ranked:
        return None
    top, n = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0
    if n < 2 * second or n <= second:
        return None
    members = [e for e in mentions if " ".join(group[e]) == top]
    return max(members, key=lambda e: (mentions[e], len(keys[e]), e))
