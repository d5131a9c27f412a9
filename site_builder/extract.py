"""NLP stage: names, sentences and date candidates per article.

Paragraphs are fed to spaCy in chunks that never exceed ``nlp.max_length``; every offset
is mapped back to ``(paragraph index, start, end)`` in ``Paragraph.text``. Each ``Doc``
is turned into an :class:`Extraction` as it streams out of the pipe, so memory stays flat.

Span cleaning happens here (it is cached with the extraction): leading determiners and
trailing possessives are stripped, "CNA (Center for Naval Analyses" is cut at the
parenthesis, names split by the model ("Ursula von der" + "Leyen") are joined. Besides the
model's names, capitalised word runs the model did not tag are kept with the label
``CAND``: the resolver links them only where the archive knows the name as an entity.
"""

from __future__ import annotations

import bisect
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from .collector import gc_paused
from .config import Config
from .gazetteer import ALIASES, ORGANIZATIONS, PARTICLES, PLACES, norm_key
from .models import Article, DateCandidate, Extraction, Mention, Sentence, Warn
from .nlp import MODEL_LOCK, load_nlp, model_id
from .nlp_cache import NlpCache, cache_key
from .parallel import run_jobs

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

CODE_VERSION = "8"  # bump when the extraction or cleaning logic changes
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "PRODUCT"})
DATE_LABELS = frozenset({"DATE", "TIME"})
CANDIDATE = "CAND"
CHUNK_CHARS = 100_000  # also well below nlp.max_length; spaCy needs ~1 GB per 100k chars
# below this much text to analyse, worker processes cost more than they save (about 15
# articles break even on two cores: docs/performance.md)
MIN_CHARS_FOR_PROCESSES = 150_000
JOB_CHARS = 40_000  # text per task sent to a worker: small enough to balance the end
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those"})
_POSSESSIVES = frozenset({"'s", "’s", "'", "’", "s"})
_LEAD_PUNCT = "\"'“”‘’«»([{-–—*•·,;:"
_TRAIL_PUNCT = "\"'“”‘’«»)]}-–—*•·,;:.!?"


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
        value: str = self.store[key]
        self[key] = value
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


def _make_jobs(chunks: list[list[_Chunk]], limit: int) -> list[list[int]]:
    """Group article numbers into tasks of about ``limit`` characters, in order."""
    jobs: list[list[int]] = []
    size = limit
    for a_index, article_chunks in enumerate(chunks):
        if size >= limit:
            jobs.append([])
            size = 0
        jobs[-1].append(a_index)
        size += sum(len(c.text) for c in article_chunks)
    return jobs


def _analyse(
    nlp: Language, chunks: list[list[_Chunk]], job: list[int], batch: int
) -> Iterator[tuple[int, Extraction]]:
    """Run the model over the chunks of the articles ``job``; yield each one finished."""
    partials: dict[int, _Partial] = {a: _Partial() for a in job}
    feed = ((c.text, (a, i)) for a in job for i, c in enumerate(chunks[a]))
    # _Tokens.of computes the sentencizer's bounds from arrays it reads anyway, far more
    # cheaply than the component's loop over Token objects (same rule, same bounds)
    has_default = (
        "sentencizer" in nlp.pipe_names
        and getattr(nlp.get_pipe("sentencizer"), "punct_chars", None) == _sentence_punct()[0]
    )
    skip = ["sentencizer"] if has_default else []
    for doc, (a_index, c_index) in nlp.pipe(feed, as_tuples=True, batch_size=batch, disable=skip):
        _convert(doc, chunks[a_index][c_index], partials[a_index])
    for a in job:
        yield a, _finish(partials[a])


def choose_processes(config: Config, chars: int) -> int:
    """Return how many processes pay off for this much text (1 for small jobs)."""
    wanted = config.nlp_processes or os.cpu_count() or 1
    if wanted <= 1 or chars < MIN_CHARS_FOR_PROCESSES:
        return 1
    return max(1, min(wanted, chars // (MIN_CHARS_FOR_PROCESSES // 2)))


OnExtracted = Callable[[Article, Extraction, Warn], None]


def extract_articles(
    articles: list[Article],
    config: Config,
    warn: Warn,
    progress: Callable[[int], None] | None = None,
    on_extracted: OnExtracted | None = None,
) -> dict[str, Extraction]:
    """Return article id -> Extraction, analysing only the articles the NLP cache lacks.

    ``on_extracted(article, extraction, warn)`` runs where each new extraction is made (a
    worker process for a large job), so work that follows the NLP runs in parallel too.
    """
    cache = NlpCache(config.resolved_cache_dir, config.use_cache, warn)
    model = model_id(config.spacy_model)
    results: dict[str, Extraction] = {}
    todo: list[tuple[Article, str]] = []
    with gc_paused():  # cached extractions are many small objects that outlive the build
        for article in articles:
            key = cache_key(article.content_hash, model, CODE_VERSION)
            hit = cache.get(key, article.source_path)
            if hit is None:
                todo.append((article, key))
            else:
                results[article.id] = hit
    if progress is not None and results:
        progress(len(results))
    if todo:
        with MODEL_LOCK:
            _analyse_missing(todo, config, cache, results, warn, progress, on_extracted)
    return {a.id: results[a.id] for a in articles}


def _analyse_missing(
    todo: list[tuple[Article, str]],
    config: Config,
    cache: NlpCache,
    results: dict[str, Extraction],
    warn: Warn,
    progress: Callable[[int], None] | None,
    on_extracted: OnExtracted | None,
) -> None:
    """Analyse ``todo`` into ``results`` and the cache, in worker processes for much text.

    Workers are forked after the model is loaded and the chunks are cut: they share both
    (copy-on-write), receive article numbers and send back finished extractions.
    """
    nlp = load_nlp(config.spacy_model)
    limit = min(CHUNK_CHARS, nlp.max_length - 1)
    chunks = [make_chunks(article, limit) for article, _key in todo]
    chars = sum(len(c.text) for article_chunks in chunks for c in article_chunks)
    batch = max(1, config.nlp_batch_size)

    def work(job: list[int]) -> tuple[list[tuple[int, Extraction]], list[str]]:
        messages: list[str] = []  # a worker's warnings travel back with its results
        found = []
        for a_index, extraction in _analyse(nlp, chunks, job, batch):
            article, key = todo[a_index]
            cache.put(key, extraction, messages.append)
            if on_extracted is not None:
                on_extracted(article, extraction, messages.append)
            found.append((a_index, extraction))
        return found, messages

    jobs = _make_jobs(chunks, JOB_CHARS)
    for found, messages in run_jobs(work, jobs, choose_processes(config, chars)):
        for message in messages:
            warn(message)
        for a_index, extraction in found:
            chunks[a_index] = []  # its text is no longer needed
            results[todo[a_index][0].id] = extraction
            if progress is not None:
                progress(len(results))
