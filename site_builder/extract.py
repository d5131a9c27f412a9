"""NLP stage: names, sentences and date candidates per article.

Paragraphs are fed to spaCy in chunks that never exceed ``nlp.max_length``; every offset
is mapped back to ``(paragraph index, start, end)`` in ``Paragraph.text``. Each ``Doc``
is turned into an :class:`Extraction` as it streams out of the pipe, so memory stays flat.

Names are cleaned as they are read (``spans.py``; the result is cached with the
extraction). Besides the model's names, capitalised word runs the model did not tag are
kept with the label ``CAND``: the resolver links them only where the archive knows the
name as an entity.
"""

from __future__ import annotations

import bisect
import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .body_lists import join_body_lists
from .collector import gc_paused
from .config import Config
from .dated_names import join_dated_surnames
from .headlines import cut_headline_spans, is_headline
from .missed_names import (
    candidate_runs,
    cut_sentence_openers,
    join_bracketed_nicknames,
    join_national_bodies,
)
from .models import Article, DateCandidate, Extraction, Mention, Sentence, Warn
from .nationals import drop_national_nouns, is_national_adjective
from .nlp import MODEL_LOCK, load_nlp, model_id
from .nlp_cache import NlpCache, cache_key, extraction_version
from .parallel import run_jobs
from .possessive_names import cut_at_known_owners
from .spans import (
    CANDIDATE,
    DATE_LABELS,
    as_body,
    clean_spans,
    ends_with_stop,
    is_given_name_before_name,
    is_group_word,
    join_peer_titles,
)
from .tokens import Tokens, sentence_punct

# labels the resolver makes no page for, whose spans the small model also puts over names
# ("the Savage Love column" read as a law): their capitalised words stay candidates, which
# link only where the archive knows the name. Not EVENT: its capitalised words name the
# event itself ("Super Bowl", "Paralympic Games"), and released they only add noise. Not
# WORK_OF_ART (docs/quality.md, "Names the model left unlabelled")
UNNAMED_LABELS = frozenset({"LAW", "LANGUAGE"})
# a "work of art" right after a quotation's closing mark and before an apposition or a
# speech verb is its speaker: '," Will Davies, senior research fellow', '," Dr
# Gillingwater told', 'close family" Serena continued' (the small model reads the words
# after a quotation as a title)
_CLOSING_QUOTE_BEFORE = re.compile(r"[\w,.!?…][\"”]\s+$")
_SPEAKER_AFTER = re.compile(
    # or the body they come from and a verb further on: '," Bronwyn Curtis of Landell
    # Mills Commodities Studies said'
    r"(?:\s+of\s+[A-Z][^\"“”.;:]{0,80}?\s(?:said|says|told|added)\b"
    r"|,\s+(?:the\s+|a\s+|an\s+)?[a-z]|\s+(?:said|says|told|tells|added|adds|"
    r"continued|continues|went\s+on|explained|explains|insisted|insists|admitted|admits|"
    r"argued|argues|warned|warns|recalled|recalls|replied|replies|concluded|asked|asks|"
    r"wrote|writes)\b)"
)

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

CHUNK_CHARS = 100_000  # also well below nlp.max_length; spaCy needs ~1 GB per 100k chars
# below this much text to analyse, worker processes cost more than they save (about 15
# articles break even on two cores: docs/performance.md)
MIN_CHARS_FOR_PROCESSES = 150_000
JOB_CHARS = 40_000  # text per task sent to a worker: small enough to balance the end


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


def _quoted_speaker(tk: Tokens, start: int, end: int) -> bool:
    """Whether the span ``start:end`` stands where a quotation's speaker does."""
    a, b = tk.start_char(start), tk.end_char(end)
    text = tk.doc_text
    return bool(
        _CLOSING_QUOTE_BEFORE.search(text, max(0, a - 4), a) and _SPEAKER_AFTER.match(text, b)
    )


def _convert(doc: Doc, chunk: _Chunk, into: _Partial) -> None:
    """Add the names, sentences and dates of one chunk's Doc to ``into``."""
    tk = Tokens.of(doc, chunk.text)
    n = len(tk.text)
    covered = [False] * n
    ents = [(s, e, as_body(label, " ".join(tk.text[s:e]))) for s, e, label in tk.ents]
    ents = join_dated_surnames(tk, ents)  # "Mike Friday", read as "Mike" and a date
    # the surnames of the chunk's full names: "Campese" after "David Campese" is his,
    # though it ends like "Japanese"
    surnames = {tk.text[e - 1] for s, e, label in ents if label == "PERSON" and e - s > 1}
    for start, end, label in ents:
        if label in UNNAMED_LABELS:
            continue  # left to the candidates below
        if label == "NORP" and (
            not is_group_word(" ".join(tk.text[start:end]))
            or is_given_name_before_name(tk, start, end)  # "Adrian Mutu"
            or (end == start + 1 and tk.text[start] in surnames)
            or _hyphened_to_a_name(tk, end)  # "Allis" of "Allis-Chalmers"
        ):
            continue  # "Klitschko" read as a nationality: left to the candidates below
        if label == "WORK_OF_ART" and _quoted_speaker(tk, start, end):
            continue  # left to the candidates below
        if label in DATE_LABELS:
            end = _date_before_dash(tk, start, end)  # "March 4 - Allis-Chalmers Corp"
        covered[start:end] = [True] * (end - start)
        if label in DATE_LABELS:
            a, b = tk.start_char(start), tk.end_char(end)
            where = _locate(chunk, a, b)
            if where is not None:
                into.dates.append(DateCandidate(*where, tk.doc_text[a:b], label))
    found: list[tuple[int, int, str]] = clean_spans(tk, ents)
    found += [(s, e, CANDIDATE) for s, e in candidate_runs(tk, covered)]
    found = join_national_bodies(tk, ents, sorted(found))  # "the Scottish Executive"
    found = join_bracketed_nicknames(tk, found)  # "James E. (Jim) Nugent"
    found = drop_national_nouns(tk, found)
    found = join_peer_titles(tk, cut_sentence_openers(tk, join_body_lists(tk, sorted(found))))
    found = cut_at_known_owners(tk, found)  # "Arsenal's Edu" when "Arsenal" stands alone
    headlines = [
        (start, start + length)
        for start, (_, _, length) in zip(chunk.starts, chunk.segments, strict=True)
        if is_headline(chunk.text[start : start + length])
    ]
    found = cut_headline_spans(tk, sorted(found), headlines)
    # _locate inlined (one call per name adds up)
    idx, words, doc_text = tk.idx, tk.text, tk.doc_text
    seg_starts, segments = chunk.starts, chunk.segments
    add = into.mentions.append
    for s, e, label in found:
        a = idx[s]
        b = idx[e - 1] + len(words[e - 1])
        if label in ("PERSON", CANDIDATE) and ends_with_stop(words[e - 1]):
            b -= 1  # "Norbert Ore." at a paragraph's end
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


def _date_before_dash(tk: Tokens, start: int, end: int) -> int:
    """The end of a date the model ran past a dateline's dash into the story's first
    name ("NEW YORK, March 4 - Allis-Chalmers Corp said"): the dash, when capitalised
    words follow it in the span."""
    for k in range(start + 1, end - 1):
        dash = tk.text[k] in ("-", "–", "—") and tk.space[k - 1] and tk.space[k]
        if dash and tk.text[k + 1][:1].isupper():
            return k
    return end


def _hyphened_to_a_name(tk: Tokens, end: int) -> bool:
    """Whether a hyphen joins the word ending at ``end`` to a capitalised word that is no
    nationality, with no space ("Allis-Chalmers"; not "Franco-German")."""
    return (
        end + 1 < len(tk.text)
        and tk.text[end] == "-"
        and not tk.space[end - 1]
        and not tk.space[end]
        and tk.text[end + 1][:1].isupper()
        and not is_national_adjective(tk.text[end + 1])
    )


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
    # Tokens.of computes the sentencizer's bounds from arrays it reads anyway, far more
    # cheaply than the component's loop over Token objects (same rule, same bounds)
    has_default = (
        "sentencizer" in nlp.pipe_names
        and getattr(nlp.get_pipe("sentencizer"), "punct_chars", None) == sentence_punct()[0]
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
            key = cache_key(article.content_hash, model, extraction_version())
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
