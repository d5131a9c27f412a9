"""Read a spaCy Doc as plain columns: one ``Doc.to_array`` call, no Token objects.

``doc[i]`` builds a new spaCy ``Token`` on every call and each ``.text`` looks its string
up again; name cleaning (:mod:`.spans`) reads the same tokens many times, so it reads
these lists instead. Sentence bounds and entities are computed from the same arrays.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.tokens import Doc


@lru_cache(maxsize=1)
def _token_attr_ids() -> list[int]:
    """Return the spaCy attribute ids read by :meth:`Tokens.of` (spaCy imported lazily)."""
    from spacy import attrs

    return [
        attrs.ORTH,
        attrs.LOWER,
        attrs.IDX,
        attrs.SPACY,
        attrs.IS_SPACE,
        attrs.IS_STOP,
        attrs.IS_LOWER,
        attrs.IS_ALPHA,
        attrs.SENT_START,
        attrs.IS_PUNCT,
        attrs.ENT_IOB,
        attrs.ENT_TYPE,
    ]


@lru_cache(maxsize=1)
def sentence_punct() -> tuple[frozenset[str], frozenset[int]]:
    """Return the characters that end a sentence for spaCy's ``sentencizer`` (its
    defaults, as :func:`load_nlp` adds it) and their string hashes."""
    from spacy.pipeline import Sentencizer
    from spacy.strings import get_string_id

    chars = frozenset(Sentencizer.default_punct_chars)
    return chars, frozenset(get_string_id(c) for c in chars)


class _Strings(dict[int, str]):
    """Hash -> string of one spaCy ``StringStore``, filled on first use (a dict lookup is
    much cheaper than ``StringStore.__getitem__``, and words repeat)."""

    def __init__(self, store: Any) -> None:
        super().__init__()
        self.store = store

    def __missing__(self, key: int) -> str:
        value: str = self.store[key]
        self[key] = value
        return value


# A cache: the strings of the current process's StringStore, bounded by CACHE_LIMIT.
_STRINGS: _Strings | None = None
CACHE_LIMIT = 500_000  # entries per cache of words before it is emptied (bounded memory)


def _strings_of(store: Any) -> _Strings:
    """Return the string cache of ``store`` (one store per process in practice)."""
    global _STRINGS
    if _STRINGS is None or _STRINGS.store is not store or len(_STRINGS) > CACHE_LIMIT:
        _STRINGS = _Strings(store)
    return _STRINGS


def _sentence_starts(words: list[str], orth: list[int], is_punct: list[int]) -> list[int]:
    """Return the tokens after the first that start a sentence, as spaCy's rule-based
    ``sentencizer`` sets them on a Doc without sentence bounds (``Sentencizer.predict``):
    after a sentence-final token ("." "!" "?" ...), the next token that is neither
    punctuation nor sentence-final starts a sentence."""
    chars, hashes = sentence_punct()
    # the hash finds the few candidates cheaply; the string confirms them
    finals = {i for i, h in enumerate(orth) if h in hashes and words[i] in chars}
    n = len(words)
    starts: set[int] = set()
    for i in finals:
        j = i + 1
        while j < n and (is_punct[j] or j in finals):
            j += 1
        if j < n:
            starts.add(j)
    return sorted(starts)


def _entities(columns: Any) -> list[tuple[int, int, int]] | None:
    """Return ``(start, end, label hash)`` of the Doc's entities, as ``Doc.ents`` gives
    them: a B token with a label opens one, which runs over the following I tokens.
    ``columns`` is the Doc's ``to_array`` output; None for an invalid IOB sequence."""
    import numpy

    iob, label = columns[:, 10], columns[:, 11]
    begins = numpy.flatnonzero((iob == 3) & (label != 0))
    # every token but I (B, O, missing) closes an open entity; so does the Doc's end
    closers = numpy.append(numpy.flatnonzero(iob != 1), len(iob))
    ends = closers[numpy.searchsorted(closers, begins, side="right")]
    # an I token outside every entity is invalid (spaCy raises on it): the caller asks spaCy
    if int((ends - begins).sum()) != len(begins) + int(numpy.count_nonzero(iob == 1)):
        return None
    return list(zip(begins.tolist(), ends.tolist(), label[begins].tolist(), strict=True))


@dataclass(slots=True)
class Tokens:
    """The token attributes of one ``Doc``, read once into plain Python lists.

    ``doc[i]`` builds a new spaCy ``Token`` on every call and each ``.text``/``.lower_``
    looks the string up again; name cleaning (:mod:`.spans`) reads the same tokens many times, so it
    works on these lists instead (one ``Doc.to_array`` call per Doc). The flags are the
    integers 0 and 1 as ``to_array`` gives them, only ever used as truth values.
    """

    doc_text: str
    text: list[str]  # Token.text
    lower: list[str]  # Token.lower_
    idx: list[int]  # Token.idx (character offset in the Doc)
    space: list[int]  # Token.whitespace_ == " "
    is_space: list[int]
    is_stop: list[int]
    is_lower: list[int]
    is_alpha: list[int]
    sent_starts: list[int]  # tokens after the first with Token.sent_start == 1
    ents: list[tuple[int, int, str]]  # Doc.ents as (start token, end token, label)

    @classmethod
    def of(cls, doc: Doc, text: str) -> Tokens:
        """Read the attributes of every token of ``doc``, the Doc spaCy made of ``text``.

        spaCy's tokenizer keeps the text verbatim, so ``text`` is ``doc.text`` (which
        spaCy would rebuild from every token); a Doc of another length falls back to it.
        A Doc without sentence bounds (the pipe runs without the ``sentencizer``) gets the
        ones the ``sentencizer`` would set, computed here from the same arrays.
        """
        if not len(doc):
            return cls(doc.text, [], [], [], [], [], [], [], [], [], [])
        array = doc.to_array(list[int | str](_token_attr_ids()))
        columns = array[:, :10].T.tolist()
        orth, lower, idx, space, is_space, is_stop, is_lower, is_alpha, sent_start = columns[:9]
        strings = _strings_of(doc.vocab.strings)
        words = list(map(strings.__getitem__, orth))
        if idx[-1] + len(words[-1]) + space[-1] != len(text):
            text = doc.text
        lowers = list(map(strings.__getitem__, lower))
        if any(sent_start[1:]):  # sentence bounds set (a new Doc has only token 0's)
            starts = [i for i in range(1, len(words)) if sent_start[i] == 1]  # -1: no start
        else:
            starts = _sentence_starts(words, orth, columns[9])
        found = _entities(array)
        if found is None:  # an invalid IOB sequence: let spaCy say what is wrong
            ents = [(e.start, e.end, e.label_) for e in doc.ents]
        else:
            ents = [(a, b, strings[label]) for a, b, label in found]
        return cls(
            text, words, lowers, idx, space, is_space, is_stop, is_lower, is_alpha, starts, ents
        )

    def start_char(self, s: int) -> int:
        """Return the character offset where token ``s`` starts (``Span.start_char``)."""
        return self.idx[s]

    def end_char(self, e: int) -> int:
        """Return the character offset where a span ending before token ``e`` ends."""
        return self.idx[e - 1] + len(self.text[e - 1])

    def span_text(self, s: int, e: int) -> str:
        """Return ``doc[s:e].text`` for ``s < e``."""
        return self.doc_text[self.idx[s] : self.idx[e - 1] + len(self.text[e - 1])]
