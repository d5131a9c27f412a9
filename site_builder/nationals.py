"""A person named by nationality: "the Dutchman said", "the Briton", "the 22-year-old
Scot", and "said the American." where no noun follows the adjective.

Such a word describes someone the article has named; it is never a name of its own, yet
the small model tags it as one: a BBC archive of 2,225 articles had pages "Briton" (12
articles), "Scot" (9), "Dutchman" (6, as a body), "Frenchman" and "Welshman". Extraction
drops it after a word that makes it a common noun; quotations read it as a reference to
the person just talked about (:mod:`.quotes.referring_roles`).
"""

from __future__ import annotations

import re

from .tokens import Tokens

# "-man"/"-woman" nouns ("Dutchman", "Yorkshirewoman") and nouns of their own ("Briton";
# not "Brit", also the Brit Awards: "the Brits committee")
_MAN_PREFIXES = "Dutch|French|Irish|Welsh|English|Scots|Yorkshire|Cornish|Manx"
_OWN_NOUNS = (
    "Briton|Scot|Dane|Swede|Pole|Finn|Spaniard|Turk|Kiwi|Aussie|Geordie|Croat|Serb|"
    "Cypriot|Icelander|"
    # and by their city or region ("the 25-year-old Dubliner"; not "New Yorker", a
    # magazine's name too)
    "Dubliner|Londoner|Glaswegian|Liverpudlian|Mancunian|Scouser|Brummie|Cockney|"
    "Parisian|Muscovite|Texan|Californian|Aberdonian"
)
# nationality adjectives that also name a person, but only where no noun follows: "said
# the American." and "The Russian added" (not "the American embassy said")
_ADJECTIVES = (
    "American|Australian|Canadian|Italian|German|Brazilian|Argentine|Argentinian|Russian|"
    "Belgian|Austrian|Norwegian|Kenyan|Ethiopian|Moroccan|Nigerian|Jamaican|Ukrainian|"
    "Croatian|Zimbabwean|Mexican|Chilean|Colombian|Uruguayan|Romanian|Bulgarian|"
    "Hungarian|Slovakian|Slovenian|Serbian|Bosnian|Georgian|Estonian|Latvian|"
    "Lithuanian|Indian|Pakistani|Israeli|Egyptian|Iranian|Iraqi|"
    "South\\s+African|New\\s+Zealander|Czech|Greek|Swiss|Portuguese|Chinese|Japanese|Korean"
)
_NOTHING_AFTER = (
    r"(?=\s*(?:[,.;:!?\"”’)]|$|(?:said|says|told|added|adds|admitted|insisted|"
    # a verb of its own: "The Argentine had stoked up the temperature"
    r"had|has|was|is|will|would|could)\b))"
)
# one person so described, as a pattern
NATIONAL_NOUNS = (
    rf"(?:{_MAN_PREFIXES})(?:man|woman)|{_OWN_NOUNS}|(?-i:(?:{_ADJECTIVES}){_NOTHING_AFTER})"
)
_NATIONAL_WORD = re.compile(rf"(?:{_MAN_PREFIXES})(?:man|woman|men|women)|(?:{_OWN_NOUNS})s?")


_NATIONAL_ADJECTIVE = re.compile(_ADJECTIVES, re.IGNORECASE)


def is_national_adjective(word: str) -> bool:
    """Whether a word is a nationality's adjective ("Argentine", "South African")."""
    return _NATIONAL_ADJECTIVE.fullmatch(word) is not None


def is_national_noun(word: str) -> bool:
    """Whether a word is a nationality noun for people ("Dutchman", "Briton", "Scots")."""
    return _NATIONAL_WORD.fullmatch(word) is not None


def drop_national_nouns(
    tk: Tokens, spans: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """Return ``spans`` without a one-word span that is a nationality noun after a word
    that makes it a common noun: a determiner, an age or another lower-case word ("the
    Dutchman", "a 22-year-old Scot"). "Finn" opening a sentence may be a given name."""
    kept: list[tuple[int, int, str]] = []
    for s, e, label in spans:
        before = tk.text[s - 1] if s > 0 else ""
        if (
            e - s == 1
            and is_national_noun(tk.text[s])
            and (before.islower() or before in ("The", "A") or any(c.isdigit() for c in before))
        ):
            continue
        kept.append((s, e, label))
    return kept
