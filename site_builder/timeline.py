"""Build the archive's timeline: dated events from every article, merged across articles.

Each sentence that carries a temporal expression gives one event per distinct calendar
value. Events of different articles with the same date value are merged when they share
entities or wording; candidates come from an inverted index keyed by (date value, entity)
and (date value, word), so the work grows with the number of events, not its square.
A statement is compared with the first statement of an event, never with everything
merged into it (which would grow and draw in any statement of the date); statements
naming other people, or a coarse value (a month, a year) written far apart, stay apart.
"""

from __future__ import annotations

import bisect
import hashlib
import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from .models import (
    Article,
    Event,
    EventSource,
    Extraction,
    Resolution,
    Sentence,
    mention_links,
)
from .temporal import TimeValue, find_expressions, normalise, sentence_tense

NEWS_WINDOW_DAYS = 7
RARE_WORD_STATEMENTS = 3  # a word in at most this many statements of a day is distinctive
MAX_POSTING = 300  # index keys with more events than this are too common to be evidence
_REFERENCE_DATE = date(2000, 6, 14)  # used only to tell relative expressions from junk
_STOPWORDS = frozenset({
    "the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by",
    "from", "as", "that", "this", "these", "those", "is", "are", "was", "were", "be", "been",
    "has", "have", "had", "it", "its", "he", "she", "they", "them", "his", "her", "their", "we",
    "our", "you", "your", "not", "no", "said", "says", "say", "told", "would", "will", "could",
    "should", "may", "might", "can", "also", "after", "before", "over", "into", "about", "than",
    "then", "there", "which", "who", "whom", "what", "when", "where", "while", "more", "most",
    "some", "any", "all", "one", "two", "tuesday", "monday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "week", "month", "year", "today", "yesterday",
})  # fmt: skip
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_SUFFIX = re.compile(r"(?:ians?|ings?|ed|es|s)$")


@dataclass(slots=True)
class _Pending:
    """One dated statement before merging."""

    key: str | None
    value: TimeValue | None
    source: EventSource
    text: str
    tokens: set[str]
    entity_ids: list[str]
    doc_date: date | None


@dataclass
class _Cluster:
    """An event being merged.

    ``tokens`` and ``entities`` are those of its first statement only, the one every
    later statement is compared with: a union over the merged statements would grow with
    each merge and attract any statement of the same date (chaining).
    """

    event: Event
    start: date | None
    end: date | None
    article_ids: set[str] = field(default_factory=set)
    tokens: set[str] = field(default_factory=set)
    entities: set[str] = field(default_factory=set)
    order: tuple[str, int, int] | tuple[()] = ()
    all_entities: set[str] = field(default_factory=set)  # the event's, for its entity list
    people: set[str] = field(default_factory=set)  # the first statement's people
    doc_date: date | None = None  # the first statement's article date


def _stem(word: str) -> str | None:
    """Return a word's stem (light suffix stripping, first 6 letters); None for stopwords."""
    w = word.lower()
    if len(w) <= 2 or w in _STOPWORDS:
        return None
    return _SUFFIX.sub("", w)[:6] if len(w) > 4 else w


def _tokens(text: str, stems: dict[str, str | None] | None = None) -> set[str]:
    """Return the content-word stems of a text.

    ``stems`` caches :func:`_stem` per word as written; pass one dict for a whole build.
    """
    if stems is None:
        stems = {}
    words = _WORD.findall(text)
    for word in words:
        if word not in stems:
            stems[word] = _stem(word)
    out = set(map(stems.__getitem__, words))
    out.discard(None)
    return out  # type: ignore[return-value]


def _event_id(*parts: object) -> str:
    digest = hashlib.sha1("|".join(str(p) for p in parts).encode("utf-8")).hexdigest()
    return "ev-" + digest[:12]


def _is_news(value: TimeValue, doc_date: date | None) -> bool:
    if doc_date is None:
        return False
    if (value.end - value.start).days > 2 * NEWS_WINDOW_DAYS:
        return False
    window = timedelta(days=NEWS_WINDOW_DAYS)
    return value.start <= doc_date + window and value.end >= doc_date - window


def _similar(
    cluster: _Cluster,
    tokens: set[str],
    entities: set[str],
    people: set[str],
    freq: Counter[str],
) -> float:
    """Return a 0..1 score that two same-day statements report the same event.

    ``people`` are the statement's entities that are persons. ``freq`` counts the day's
    statements per word: a word in at most ``RARE_WORD_STATEMENTS`` of them is distinctive.
    """
    shared_tokens = cluster.tokens & tokens
    overlap = len(shared_tokens)
    if overlap < 3:
        return 0.0  # every rule below needs at least three shared words
    if cluster.people and people and not cluster.people & people:
        return 0.0  # "Putin said talks would resume" is not what "Scholz said ..." is
    shared = len(cluster.entities & entities)
    if cluster.entities and entities and 2 * shared <= min(len(cluster.entities), len(entities)):
        # both name their participants and no majority of them agree: "A said talks between
        # B and C would resume in D" is another statement than "E said talks between B and
        # F would resume in D", however alike the wording
        return 0.0
    jaccard = overlap / (len(cluster.tokens) + len(tokens) - overlap)
    if shared >= 2 and jaccard >= 0.1:
        return 0.5 + jaccard
    if shared >= 1 and jaccard >= 0.25:
        return 0.4 + jaccard
    if jaccard >= 0.4 and overlap >= 4:
        return jaccard
    shared_rare = sum(1 for t in shared_tokens if freq[t] <= RARE_WORD_STATEMENTS)
    if shared_rare >= 2:
        return 0.2 + 0.05 * shared_rare  # distinctive words of the day ("websites", "banks")
    return 0.0


def _sentence_at(sentences: list[Sentence], starts: list[int], offset: int) -> Sentence:
    """Return the sentence containing ``offset`` (the nearest one before it otherwise)."""
    i = bisect.bisect_right(starts, offset) - 1
    return sentences[max(i, 0)]


def _in_span(
    mentions: list[LinkedSpan], starts: list[int], start: int, end: int
) -> list[LinkedSpan]:
    """Return the mentions lying inside ``start``..``end`` (mentions sorted by start)."""
    lo = bisect.bisect_left(starts, start)
    hi = bisect.bisect_left(starts, end)
    return [m for m in mentions[lo:hi] if m[1] <= end]


# (start, end, mention index, entity id) of a linked mention in its paragraph
LinkedSpan = tuple[int, int, int, str]
# the expressions of one sentence that name one calendar value: (value key, value, texts)
ValueGroup = tuple[str | None, "TimeValue | None", list[str]]


@dataclass
class Prepared:
    """The article-local part of the timeline (no other article, no entity involved).

    For each paragraph with temporal expressions: its sentences that carry some, each with
    ``(value key, TimeValue, expressions)`` per distinct calendar value (key None: relative
    expressions of an undated article). The build makes it in the NLP worker that analysed
    the article, so it runs in parallel.
    """

    date: date | None
    paragraphs: list[tuple[int, list[tuple[Sentence, list[ValueGroup]]]]]
    unresolved: list[str]


def prepare_article(article: Article, extraction: Extraction) -> Prepared:
    """Find, date and group the temporal expressions of one article."""
    unresolved: list[str] = []
    sentences_by_par: dict[int, list[Sentence]] = defaultdict(list)
    for sent in extraction.sentences:
        sentences_by_par[sent.paragraph].append(sent)
    dates_by_par: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for d in extraction.dates:
        dates_by_par[d.paragraph].append((d.start, d.end))
    paragraphs: list[tuple[int, list[tuple[Sentence, list[ValueGroup]]]]] = []
    for paragraph in article.paragraphs:
        text = paragraph.text
        expressions = find_expressions(text, dates_by_par.get(paragraph.index, []))
        if not expressions:
            continue
        sentences = sorted(sentences_by_par.get(paragraph.index, []), key=lambda s: s.start)
        if not sentences:
            sentences = [Sentence(paragraph.index, 0, len(text))]
        sent_starts = [s.start for s in sentences]
        # group the expressions of each sentence by calendar value
        per_sentence: dict[Sentence, dict[str | None, tuple[TimeValue | None, list[str]]]]
        per_sentence = {}
        for expr in expressions:
            sent = _sentence_at(sentences, sent_starts, expr.start)
            sent_text = text[sent.start : sent.end]
            tense = sentence_tense(sent_text, expr.start - sent.start, expr.end - sent.start)
            value = normalise(expr.text, article.date, tense)
            if value is None:
                if article.date is None and normalise(expr.text, _REFERENCE_DATE, tense):
                    unresolved.append(expr.text)
                    slot = per_sentence.setdefault(sent, {})
                    slot.setdefault(None, (None, []))[1].append(expr.text)
                continue
            slot = per_sentence.setdefault(sent, {})
            slot.setdefault(value.value, (value, []))[1].append(expr.text)
        paragraphs.append(
            (
                paragraph.index,
                [
                    (sent, [(k, v, exprs) for k, (v, exprs) in values.items()])
                    for sent, values in per_sentence.items()
                ],
            )
        )
    return Prepared(article.date, paragraphs, unresolved)


def build_timeline(
    articles: list[Article],
    extractions: dict[str, Extraction],
    resolution: Resolution,
    prepared_for: Callable[[Article, Extraction], Prepared] | None = None,
) -> tuple[list[Event], list[str]]:
    """Return the archive's events in date order (undated last) and warnings.

    ``prepared_for(article, extraction)`` gives each article's :class:`Prepared` (e.g.
    from a cache, one article at a time); by default it is computed here.

    Two passes: the first turns every dated sentence into a :class:`_Pending` statement and
    counts, per date value, in how many statements each word occurs; the second merges the
    statements in article order, finding candidate clusters through :class:`_DayIndex`.
    """
    warnings: list[str] = []
    ordered = sorted(articles, key=lambda a: (a.date is None, a.date or date.min, a.id))
    links = resolution.links
    stems: dict[str, str | None] = {}  # word -> stem, shared by every sentence of the build

    pending: list[_Pending] = []
    day_tokens: dict[str, list[set[str]]] = defaultdict(list)  # date value -> token sets
    for article in ordered:
        extraction = extractions.get(article.id)
        if extraction is None:
            continue
        prepared = prepared_for(article, extraction) if prepared_for is not None else None
        if prepared is None or prepared.date != article.date:
            prepared = prepare_article(article, extraction)
        article_id = article.id
        # linked mentions only, per paragraph, sorted as (start, end, mention index)
        linked_by_par: dict[int, list[LinkedSpan]] = defaultdict(list)
        mentions = extraction.mentions
        for i, entity_id in enumerate(mention_links(links, article_id, len(mentions))):
            if entity_id is not None:
                m = mentions[i]
                linked_by_par[m.paragraph].append((m.start, m.end, i, entity_id))
        texts = {p.index: p.text for p in article.paragraphs}
        for p_index, per_sentence in prepared.paragraphs:
            text = texts[p_index]
            par_linked = linked_by_par.get(p_index)
            if par_linked:
                par_linked.sort()
                par_starts = [m[0] for m in par_linked]
            for sent, values in per_sentence:
                has_dated = any(k is not None for k, _, _ in values)
                s_start, s_end = sent.start, sent.end
                if par_linked:
                    linked = _in_span(par_linked, par_starts, s_start, s_end)
                    entity_ids = list(dict.fromkeys(m[3] for m in linked))
                else:
                    linked, entity_ids = [], []
                words = text[s_start:s_end]
                sent_text = words.strip()
                for s, e, _, _ in reversed(linked):
                    words = words[: s - s_start] + " " + words[e - s_start :]
                tokens = _tokens(words, stems)  # wording only: entities are compared apart
                for key, value, exprs in values:
                    if key is None and has_dated:
                        continue  # the sentence is already on the timeline by an explicit date
                    source = EventSource(article_id, p_index, s_start, s_end, ", ".join(exprs))
                    pending.append(
                        _Pending(key, value, source, sent_text, tokens, entity_ids, article.date)
                    )
                    if key is not None:
                        day_tokens[key].append(tokens)
        unresolved = prepared.unresolved
        if unresolved:
            examples = ", ".join(f"'{t}'" for t in list(dict.fromkeys(unresolved))[:3])
            warnings.append(
                f"{article.source_path}: undated article; {len(unresolved)} relative date "
                f"expression(s) ({examples}) left unresolved (shown as undated, never on a "
                "guessed day). Give it a date with front matter `date: YYYY-MM-DD` or an "
                "entry in metadata.yml"
            )

    persons = frozenset(e.id for e in resolution.entities if e.type == "person")
    clusters: list[_Cluster] = []
    days: dict[str, _DayIndex] = {}
    for item in pending:  # second pass: merge with word rarity known for the whole day
        key, value, source = item.key, item.value, item.source
        entities = set(item.entity_ids)
        people = entities & persons
        day = None
        if key is not None:
            day = days.get(key)
            if day is None:  # statements per word of the day, to tell distinctive words
                freq = Counter(itertools.chain.from_iterable(day_tokens[key]))
                day = days[key] = _DayIndex(freq)
        if day is not None and value is not None:
            # a coarse value ("in May", "last year", "since 2010") names no event by itself:
            # its reports merge only when written within a news window of each other
            written = item.doc_date if value.precision != "day" else None
            c = day.find_merge(clusters, source.article_id, item.tokens, entities, people, written)
            if c is not None:
                c.event.sources.append(source)
                for eid in item.entity_ids:
                    if eid not in c.all_entities:
                        c.all_entities.add(eid)
                        c.event.entity_ids.append(eid)
                c.article_ids.add(source.article_id)
                c.event.is_news = c.event.is_news or _is_news(value, item.doc_date)
                continue
        event = Event(
            id=_event_id(key, source.article_id, source.paragraph, source.start, source.end),
            date=key,
            precision=value.precision if value else None,
            sort_key=value.start.isoformat() if value else "",
            text=item.text,
            sources=[source],
            entity_ids=list(item.entity_ids),
            is_news=_is_news(value, item.doc_date) if value else False,
        )
        cluster = _Cluster(
            event,
            value.start if value else None,
            value.end if value else None,
            {source.article_id},
            item.tokens,
            entities,
            (source.article_id, source.paragraph, source.start),
            set(entities),
            people,
            item.doc_date,
        )
        clusters.append(cluster)
        if day is not None:
            day.add(len(clusters) - 1, cluster)

    def sort_key(c: _Cluster) -> tuple[object, ...]:
        if c.start is None or c.end is None:
            return (1, "", 0, c.order, c.event.id)
        return (0, c.event.sort_key, -(c.end - c.start).days, c.order, c.event.id)

    events = [c.event for c in sorted(clusters, key=sort_key)]
    seen: set[str] = set()
    for ev in events:  # ids are unique by construction; make sure anyway
        while ev.id in seen:
            ev.id = _event_id(ev.id, "dup")
        seen.add(ev.id)
    return events, warnings


class _DayIndex:
    """Inverted index of the clusters of one date value: entity -> clusters, word -> clusters.

    Keeps the day's word frequencies (statements per word) too, to tell distinctive words.
    """

    __slots__ = ("by_entity", "by_token", "freq")

    def __init__(self, freq: Counter[str]) -> None:
        self.by_entity: defaultdict[str, list[int]] = defaultdict(list)
        self.by_token: defaultdict[str, list[int]] = defaultdict(list)
        self.freq = freq

    def add(self, n: int, cluster: _Cluster) -> None:
        """Index cluster number ``n`` under its entities and words."""
        by_entity, by_token = self.by_entity, self.by_token
        for eid in cluster.entities:
            by_entity[eid].append(n)
        for tok in cluster.tokens:
            by_token[tok].append(n)

    def find_merge(
        self,
        clusters: list[_Cluster],
        article_id: str,
        tokens: set[str],
        entities: set[str],
        people: set[str],
        written: date | None = None,
    ) -> _Cluster | None:
        """Return the cluster of another article that reports the same event, if any.

        With ``written`` (the article date of a statement of a coarse value), only clusters
        whose first statement was written within ``NEWS_WINDOW_DAYS`` of it qualify.

        Candidates are the clusters sharing the most index keys (keys with more than
        ``MAX_POSTING`` clusters are too common to count); the best :func:`_similar` wins.
        """
        postings = [
            posting
            for posting in itertools.chain(
                map(self.by_entity.get, entities), map(self.by_token.get, tokens)
            )
            if posting and len(posting) <= MAX_POSTING
        ]
        if not postings:
            return None
        counts = Counter(itertools.chain.from_iterable(postings))
        # most shared keys first, then the oldest cluster; only the first 50 are scored.
        # One int per candidate sorts as (-count, n) does, several times faster than tuples
        span = len(clusters)
        ranked = [n - count * span for n, count in counts.items()]
        ranked.sort()
        best, best_score = None, 0.0
        freq = self.freq
        for key in ranked[:50]:
            c = clusters[key % span]
            if article_id in c.article_ids or len(c.tokens & tokens) < 3:
                continue  # the second test is _similar's first, without the call
            if written is not None and (
                c.doc_date is None or abs((c.doc_date - written).days) > NEWS_WINDOW_DAYS
            ):
                continue
            score = _similar(c, tokens, entities, people, freq)
            if score > best_score:
                best, best_score = c, score
        return best
