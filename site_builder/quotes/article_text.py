"""One article's text as the attribution rules read it: quotations masked, sentence
starts, and the linked names that could be a quotation's speaker."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from ..gazetteer import PERSON_TITLES, norm_key
from .aliases import given_as_alias
from .cues import PREPOSITIONS, SPOKESPERSON_FOR, TITLE_ABBREVIATIONS, TITLES
from .fronted_phrases import in_fronted_phrase
from .marks import Marked
from .modifier_names import used_as_modifier
from .opening_participle import NOT_PARTICIPLES
from .roles import ROLE_DESCRIPTION

MASK = "\x00"
# a masked quotation opening a sentence, with the comma after it
_QUOTED_LEAD = re.compile(r"^\s*[\"“]" + MASK + r"+[\"”]?\s*,?")
SPEAKER_TYPES = frozenset({"person", "organization"})
ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "sen",
        "rep",
        "gov",
        "gen",
        "col",
        "lt",
        "st",
        "prof",
        "jr",
        "sr",
        "no",
        "inc",
        "corp",
        "co",
        "ltd",
        "vs",
        "va",
        "calif",
        "mass",
        "fla",
        "ga",
        "ill",
        "pa",
        "wash",
        "gen",
        "adm",
        "capt",
        "sgt",
        "maj",
        "rev",
        "hon",
        "est",
        "approx",
        "fig",
        # police and military ranks before a name ("Const. Tim Fanning", "Det. Sgt.")
        "const",
        "det",
        "insp",
        "supt",
        "cpl",
        "cmdr",
        "pvt",
        *(t.lower() for t in TITLE_ABBREVIATIONS),
    ]
)
ACCORDING_TO = re.compile(r"\baccording\s+to\s+$", re.IGNORECASE)
_PERSON_PRONOUN = re.compile(r"\b(?:he|she)\b", re.IGNORECASE)
# a sentence whose subject is "they", "we" or "you": "They could, however, picture Michael
# Howard …" is not about Howard
_PLURAL_SUBJECT = re.compile(r"\s*(?:(?:And|But|So|Yet)\s+)?(?:They|We|You)\s+[a-z]")
# "the chancellor said the cuts proposed by Oliver Letwin were …": the role that speaks
# is the subject, the names of what it said are not
_ROLE_SPEAKS = re.compile(
    ROLE_DESCRIPTION.pattern
    + r"\s+(?:has\s+|also\s+)?(?:said|says|told|tells|claimed|claims|added|adds|argued|"
    r"insisted|warned|admitted|stressed)\b",
    re.IGNORECASE,
)
# a trailing clause of time the name stands in: "It's reminiscent of 1996, when Microsoft
# Chairman Bill Gates ordered …" (the sentence is about 1996, and Gates is no subject)
_WHEN_CLAUSE = re.compile(r",\s+when\s+(?:[\w.&'’-]+\s+){0,4}$")
# a name that ends with "No." or "Number" before a figure is a label for someone left
# unnamed ("Juror No. 8", "Witness Number 3"), never a person who could be told apart
_NUMBERED = re.compile(r"(?:^|\s)(?:No|Number|Nos)$")
_FIGURE = re.compile(r"\.?\s*\d")
# a title the model took for a name of its own ("said Sgt. Marty Earley": "Sgt"); the
# name after it is the speaker, the title alone never is
# a sentence that opens with a clause of its own ("Asked if Ortiz might have lived, …",
# "After Smith left, …", "With Weir injured, …"): a name in that clause is not the subject
_LEADING_CLAUSE = re.compile(
    r"\s*(?:Asked|After|When|While|If|Although|Though|Because|Since|Before|As|Once|"
    r"Until|Unless|Whereas|With|Without|Despite|"
    # or a participle's ("Commenting on the Coldplay album, Mr Levy said"), not a name
    rf"(?!(?:{NOT_PARTICIPLES}|Sterling|Reading|Darling|Browning|Harding|Channing|Fleming|"
    r"Manning|Golding|Spalding|Gosling|Redding)\b)[A-Z][a-z]+ing(?!\s+[A-Z]))"
    rf"\b[^,;:\x00]*,\s*(?:(?:{TITLES})\.?\s+)?"
)
# "Adam Curry's pressing ahead", "Smith's been": the "'s" of "is" or "has", not a possessive
_CONTRACTED = re.compile(
    r"['’]s\s+(?:been|got|gone|not|never|always|also|just|still|now|already|"
    r"[a-z]+ing\s+(?:ahead|forward)\b)\b"
)
# a speech verb's addressee: "told", "telling" right before the name
_TOLD = re.compile(r"\b(?:told|tells|telling)\s+$")
_TITLE_ALONE = re.compile(rf"(?:{TITLES}|Sgt\.\s*Maj)\.?")

# "the Premiership should embrace …", "an Oscar nomination": a one-word name after "the",
# "a" or "an" that the model took for a person is a body's or a thing's (a person's name
# takes no article; a title the resolver linked to its holder, "the Pope", "the Queen",
# is left alone, and so is the body before a spokesperson: "A Defra spokesman said")
_ARTICLED = re.compile(r"(?:^|(?<=[^\w’']))(?:[Tt]he|[Aa]n?)\s+$")
_ONE_WORD = re.compile(r"[A-Z][a-z]+")
_SPOKESPERSON_AFTER = re.compile(r"\s+(?:spokes(?:man|woman|person)|official|source)\b")
# a ship's prefix ("INS Mysore", "HMS Cornwall", "USS Cole", "MV Sirius Star"): the
# name is a vessel's, which never speaks, whatever type the model gave it ("MS" and "SS"
# are left out: they are a person's initials as often, "MS Dhoni")
_VESSELS = r"(?:INS|HMS|HMAS|HMCS|HMNZS|USS|USNS|USCGC|RFA|RMS|MV|M/V|FV|KRI|PNS|BNS|ROKS)"
_VESSEL = re.compile(rf"{_VESSELS}\s+[A-Z]")
_VESSEL_BEFORE = re.compile(rf"\b{_VESSELS}\s+$")


@dataclass(frozen=True, slots=True)
class Candidate:
    """A linked name that can speak: where it is, its entity, and where it stands."""

    paragraph: int
    start: int
    end: int
    entity_id: str
    type: str
    eligible: bool  # not a possessive, not the object of a preposition
    possessive: bool = False


class ArticleText:
    """One article's paragraphs with quotations masked, its sentences and its names."""

    def __init__(
        self,
        paragraphs: Sequence[str],
        marked: Sequence[Marked],
        candidates: Sequence[Candidate],
        unlinked: Sequence[tuple[int, int, int]] = (),
        names: Sequence[tuple[int, int, int]] = (),
    ) -> None:
        masked = [list(text) for text in paragraphs]
        # every name the model found, any type (a place's words are no cue: "States")
        self.names: dict[int, list[tuple[int, int]]] = {}
        for p, start, end in names:
            self.names.setdefault(p, []).append((start, end))
        for m in marked:
            row = masked[m.paragraph]
            keep_last = paragraphs[m.paragraph][m.end - 1] in ".!?…"
            for i in range(m.start, m.end - 1 if keep_last else m.end):
                row[i] = MASK
        self.paragraphs = paragraphs
        # paragraphs that carry on a quotation opened in the paragraph before
        self.continued = {m.paragraph for m in marked if not m.opened}
        self.masked = ["".join(row) for row in masked]
        # people's names outside quotations that no entity stands for
        self.unlinked: dict[int, list[tuple[int, int]]] = {}
        for p, start, end in unlinked:
            if MASK not in self.masked[p][start:end]:
                self.unlinked.setdefault(p, []).append((start, end))
        self.sentence_starts = [_sentence_starts(text) for text in self.masked]
        self.candidates: dict[int, list[Candidate]] = {}
        for c in candidates:
            self.candidates.setdefault(c.paragraph, []).append(c)
        self.subjects: list[tuple[int, int, Candidate]] = []  # in text order
        # names in a sentence's opening clause, before the subject: (paragraph, start)
        self.subordinate: set[tuple[int, int]] = set()
        for p_index, found in self.candidates.items():
            # the first person and the first organisation of each sentence stand for its
            # subject: a later "he" or "it" most likely refers back to them
            seen: set[tuple[int, str]] = set()
            for c in found:
                sentence = self.sentence_of(p_index, c.start)
                key = (sentence, c.type)
                if _in_leading_clause(self.masked[p_index], sentence, c, found) or (
                    _WHEN_CLAUSE.search(self.masked[p_index], sentence, c.start)
                    # "At a dinner hosted by X, he said": the subject is the "he"
                    or in_fronted_phrase(self.masked[p_index], sentence, c.start)
                ):
                    # "Asked if Ortiz …, Waldie said …": Waldie is the subject
                    self.subordinate.add((p_index, c.start))
                    continue
                if _TOLD.search(self.masked[p_index], sentence, c.start):
                    continue  # "“…,” the 21-year-old told Cadena Cope": the listener
                if c.type == "person" and (
                    _PERSON_PRONOUN.search(self.masked[p_index], sentence, c.start)
                    or _PLURAL_SUBJECT.match(self.masked[p_index], sentence)
                    or _ROLE_SPEAKS.search(self.masked[p_index], sentence, c.start)
                ):
                    # "He later said he regretted not giving Williams a chance": the
                    # sentence's subject is the pronoun (or the role), not the person it names
                    seen.add(key)
                # "According to Alan Mauldin, …": the source the sentence speaks for
                source = not c.eligible and (
                    bool(ACCORDING_TO.search(self.masked[p_index], max(0, c.start - 20), c.start))
                    or self.speaks_for(p_index, c)
                )
                if (c.eligible or source) and key not in seen:
                    seen.add(key)
                    self.subjects.append((p_index, c.start, c))
        self.subjects.sort(key=lambda t: (t[0], t[1]))

    def sentence_of(self, paragraph: int, offset: int) -> int:
        """The start offset of the sentence holding ``offset``."""
        starts = self.sentence_starts[paragraph]
        return starts[bisect_right(starts, offset) - 1]

    def sentence_end(self, paragraph: int, offset: int) -> int:
        """The end offset of the sentence holding ``offset``."""
        starts = self.sentence_starts[paragraph]
        i = bisect_right(starts, offset)
        return starts[i] if i < len(starts) else len(self.masked[paragraph])

    def sentence_before(self, paragraph: int, start: int) -> tuple[int, int] | None:
        """(paragraph, start) of the sentence before the one opening at ``start``:
        earlier in the paragraph, or the last of a non-empty paragraph before; or None."""
        if start > 0:
            return paragraph, self.sentence_of(paragraph, start - 1)
        if paragraph > 0 and self.masked[paragraph - 1].strip():
            previous = self.masked[paragraph - 1]
            return paragraph - 1, self.sentence_of(paragraph - 1, len(previous) - 1)
        return None

    def speaks_for(self, paragraph: int, c: Candidate) -> bool:
        """Whether the sentence opens with a statement or a spokesperson of ``c``'s:
        "A statement from Waitrose said …", "A spokesman for the ministry told …"."""
        sentence = self.sentence_of(paragraph, c.start)
        # or the clause after its quotation: "“…,” a spokesman for Dell said"
        opening = _QUOTED_LEAD.sub("", self.masked[paragraph][sentence : c.start])
        return bool(SPOKESPERSON_FOR.match(opening))

    def in_range(self, paragraph: int, start: int, end: int) -> list[Candidate]:
        """The names that lie wholly within ``[start, end)`` of a paragraph."""
        return [c for c in self.candidates.get(paragraph, ()) if c.start >= start and c.end <= end]

    def everyone(self) -> list[Candidate]:
        """All the article's linked names, in paragraph order."""
        return [c for cs in self.candidates.values() for c in cs]


def _in_leading_clause(
    masked: str, sentence: int, c: Candidate, found: Sequence[Candidate]
) -> bool:
    """Whether ``c`` stands in a clause that opens its sentence ("Asked if Ortiz might
    have lived, Waldie said …") whose main clause opens with a name of the same kind
    (the sentence's subject, which a later "he" means)."""
    clause = _LEADING_CLAUSE.match(masked, sentence)
    if clause is None or c.start >= clause.end():
        return False
    return any(o.start == clause.end() and o.type == c.type and o.eligible for o in found)


def _sentence_starts(masked: str) -> list[int]:
    """Sentence start offsets of a paragraph whose quotations are masked."""
    starts = [0]
    for m in re.finditer(r"[.!?…][\"”’)\]]*\s+(?=[A-Z“\"(\[])", masked):
        # the word right before the stop (not one before a quotation that ends there:
        # 'there is no "magic bullet". The Tories say' ends a sentence after "no")
        word = re.search(r"(\w+)\.$", masked[: m.start() + 1])
        if m.group()[0] == "." and word is not None:
            w = word.group(1)
            # an initial ("J. R. R. Tolkien"), not the end of a name like "M&S."
            initial = len(w) == 1 and w.isupper() and masked[: word.start(1)][-1:] != "&"
            if w.lower() in ABBREVIATIONS or initial:
                continue
        starts.append(m.end())
    return starts


# nouns for what one person thinks or picks: "the choice of X" is X's
_OPINIONS = frozenset(
    {"choice", "view", "views", "opinion", "verdict", "pick", "tip", "prediction"}
)


def after_preposition(text: str, start: int) -> bool:
    """Whether a preposition governs the words at ``start`` ("given by the Attorney
    General", "met with Cheeks"): an object, in no position to be a subject."""
    before = text[max(0, start - 30) : start].split()
    if (
        len(before) > 1
        and before[-1].islower()
        and before[-1].endswith("ing")
        and (before[-2].lower() in PREPOSITIONS or before[-2].lower() in _BEFORE_GERUNDS)
    ):
        return True  # "despite having Gordon D'Arcy out", "after beating X": the object
    if before and before[-1].lower() in ("the", "a", "an"):
        before = before[:-1]
    if before and before[-1].rstrip(".") in TITLE_ABBREVIATIONS:
        # "photo by Spc. Erin Robicheaux": the title stands between the two
        before = before[:-1]
    else:
        # "his rift with Chancellor Gordon Brown", "talks with Prime Minister Tony Blair"
        # (not a passive's agent, the one who acted: "As groups waved flags on the day of
        # unity called by President Volodymyr Zelensky, he said …")
        for n in (3, 2, 1):
            words = before[-n:]
            if (
                len(before) > n
                and before[-n - 1].lower() != "by"
                and all(w[:1].isupper() for w in words)
                and norm_key(" ".join(words)) in PERSON_TITLES
            ):
                before = before[:-n]
                break
    if before and before[-1] == "For" and _opens_sentence(text, start):
        return False  # "For Rick Dean, director of …, the future is …": the sentence's topic
    if len(before) > 1 and before[-2:] in (["But", "for"], ["And", "for"]):
        head = text[:start].rstrip()[: -len("for")].rstrip()  # "But for Allen Weiner, …"
        if _opens_sentence(head, len(head)):
            return False
    if len(before) > 1 and before[-1] == "from" and before[-2] in ("came", "comes"):
        return False  # "One dissenting opinion came from Brian Gammage": whose it is
    if len(before) > 1 and before[-1] == "of" and before[-2] in _OPINIONS:
        return False  # "Staunton is also the personal choice of Steven Gaydos": his
    if (
        len(before) > 2
        and before[-2:] == ["put", "to"]
        and before[-3] in _PASSIVE_BE
        and not _NAME_THEN_THAT.match(text, start)  # "it was put to X that he had …"
    ):
        return False  # "Those allegations were put to Wenger …. At first he said": who answers
    return bool(before) and before[-1].lower() in PREPOSITIONS


_PASSIVE_BE = frozenset({"was", "were", "is", "are", "been", "being", "be"})
_NAME_THEN_THAT = re.compile(r"(?:[A-Z][\w.'’-]*\s+)*[A-Z][\w.'’-]*\s+that\b")
# words that open a gerund's phrase but are no prepositions for a name ("after X said")
_BEFORE_GERUNDS = frozenset({"despite", "after", "before", "since", "while", "when", "upon"})


def _opens_sentence(text: str, start: int) -> bool:
    """Whether the word before ``start`` opens its sentence."""
    head = text[:start].rstrip()
    head = head[: len(head) - len(head.split()[-1])].rstrip() if head.split() else head
    return not head or head.endswith((".", "!", "?", "”", '"', ":"))


def make_candidates(
    paragraphs: Sequence[str],
    mentions: Sequence[tuple[int, int, int, str, str]],
    marked: Sequence[Marked],
) -> list[Candidate]:
    """Turn linked mentions ``(paragraph, start, end, entity id, type)`` outside
    quotations into candidates, noting the ones in no position to be a subject."""
    inside: dict[int, list[tuple[int, int]]] = {}
    for m in marked:
        inside.setdefault(m.paragraph, []).append((m.start, m.end))
    result: list[Candidate] = []
    for p_index, start, end, entity_id, type_ in mentions:
        if type_ not in SPEAKER_TYPES:
            continue
        # inside a quotation, or running into one: "a Focus on the Family “Love Won Out
        # Conference”" is a name cut at a title's opening mark, not a body that speaks
        if any(s - 1 <= start < e or start < s <= end for s, e in inside.get(p_index, ())):
            continue
        text = paragraphs[p_index]
        if _FIGURE.match(text, end) and _NUMBERED.search(text, start, end):
            continue
        if _TITLE_ALONE.fullmatch(text, start, end):
            continue
        if _VESSEL.match(text, start, end) or _VESSEL_BEFORE.search(text, 0, start):
            continue  # "INS Mysore … reached the spot" is a ship the model took for a person
        after = text[end : end + 3]
        possessive = after.startswith(("'s", "’s", "' ", "’ ")) and not _CONTRACTED.match(text, end)
        governed = after_preposition(text, start) or (
            # "goals from Noe Pamarot and Mido": the second object is one too
            bool(result)
            and result[-1].paragraph == p_index
            and not result[-1].eligible
            and not result[-1].possessive
            and text[result[-1].end : start] == " and "
            and after_preposition(text, result[-1].start)
        )
        # "Friends of Kathryn Jenkin, known as Katie, have described …": not the subject
        alias = given_as_alias(text, start)
        # "The Lightpointe laser bridges work …": a name that modifies a noun
        modifier = used_as_modifier(text, start, end)
        articled = (
            type_ == "person"
            and _ONE_WORD.fullmatch(text, start, end) is not None
            and text[start:end].lower() not in PERSON_TITLES
            and _ARTICLED.search(text, max(0, start - 5), start) is not None
            and _SPOKESPERSON_AFTER.match(text, end) is None  # "A Defra spokesman said"
        )
        eligible = not (possessive or governed or alias or modifier or articled)
        result.append(Candidate(p_index, start, end, entity_id, type_, eligible, possessive))
    result.sort(key=lambda c: (c.paragraph, c.start))
    return result
