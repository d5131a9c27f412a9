"""A film's, a book's or a show's title is no person and no body.

The small model reads titles as people or bodies: "Star Wars: The Phantom Menace" in
"whose films include Schindler's List, Michael Collins and Star Wars: The Phantom
Menace" became a person, "Iris" in "Iris director Sir Richard Eyre" too. The project has
no type for a work, so a title gets no page; the words around it say it is one:

- a list after "films include", "books include", "starred in" ...: every name of it that
  closes its title ("starred in Hollywood films" names the place);
- a work's word right before it ("the film Iris", "his novel Atonement"), when the
  clause goes on after the name (not "the album Madonna released");
- a work's maker or player right after a name the model read as a person, before a
  capitalised name ("Iris director Sir Richard Eyre", "Bond star Pierce Brosnan"): no
  person is named before another's "director".

"Michael Collins" elsewhere (the Irish leader) keeps its page: the cue is the mention's.
"""

from __future__ import annotations

import re

_WORK_NOUNS = (
    r"films?|movies?|novels?|books?|plays?|musicals?|albums?|singles?|shows?|series|"
    r"sitcoms?|dramas?|operas?|documentar(?:y|ies)|credits|hits|roles|works"
)
# the cue of a list of titles, closing the window before the first title
_LIST_CUE = re.compile(
    rf"\b(?:(?:{_WORK_NOUNS})\s+(?:include|includes|included|including)"
    r"|(?:starring|starred|starring roles?)\s+in)\s+$"
)
# what may stand between the cue and a title of the list: other titles, commas, "and",
# a colon title's words ("Star Wars: The"), never a lower-case word of a clause
_LIST_GAP = re.compile(r"(?:[A-Z0-9][\w'’.-]*|'s|’s|of|the|a|an|and|in|on|&|[,:\"“”'‘’]|\s)*")
# the longest run of titles read before one: a long list, not a paragraph
_LIST_WINDOW = 200
# a work's word right before the title: "the film Iris", "her latest novel Atonement",
# or before it in apposition, perhaps with the title's own article ("The film, A
# Different Story, chronicles")
_WORK_BEFORE = re.compile(
    rf"\b(?:the|his|her|their|its|a|new|latest|hit|debut)\s+(?:{_WORK_NOUNS})"
    r"(?:\s+|,\s+(?:(?:A|An|The)\s+)?)[\"“‘']?$",
    re.IGNORECASE,
)
# "The director of the film, Vinod Pande, says": the apposition is the director's
_OF_BEFORE = re.compile(r"\bof\s+$")
# the clause goes on after such a title: "the film Iris, which", "the film Iris won";
# "the album Madonna released" names the singer
_CLAUSE_GOES_ON = re.compile(
    r"[\"”’']?\s*(?:[,.;:!?)]|(?:and|or|in|is|was|which|that|has|had|will|won|wins|"
    r"from|at|for|with|about|by)\b|$)"
)
# a work's maker or player, then a capitalised name: "Iris director Sir Richard Eyre"
_MAKER_AFTER = re.compile(
    r"\s+(?:director|author|writer|screenwriter|novelist|producer|composer|star|"
    r"co-star|actor|actress|creator)\s+[A-Z]"
)


def names_a_work(text: str, start: int, end: int, label: str) -> bool:
    """Whether the name at ``text[start:end]`` is a work's title by the words around it."""
    window = text[max(0, start - _LIST_WINDOW) : start]
    # "appeared in Hollywood movies": the name must close its title
    if _in_a_list_of_titles(window) and _CLAUSE_GOES_ON.match(text, end):
        return True
    work = _WORK_BEFORE.search(text, max(0, start - 40), start)
    if (
        work is not None
        and _CLAUSE_GOES_ON.match(text, end)
        and not (
            "," in work.group() and _OF_BEFORE.search(text, max(0, work.start() - 4), work.start())
        )
    ):
        return True
    return label == "PERSON" and _MAKER_AFTER.match(text, end) is not None


def _in_a_list_of_titles(window: str) -> bool:
    """Whether the text before a name ends with a list cue and other titles only."""
    if "includ" not in window and "starr" not in window:
        return False  # no cue of _LIST_CUE's can stand in it (most mentions: cheap)
    for cue in re.finditer(r"\b(?:include[sd]?|including|in)\s", window):
        if _LIST_CUE.search(window, 0, cue.end()) and _LIST_GAP.fullmatch(window, cue.end()):
            return True
    return False
