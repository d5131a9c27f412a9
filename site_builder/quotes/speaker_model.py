"""The last resort for a quotation the rules left without a speaker: a small learned model.

The rules find a speaker where the text spells one out; on news they never read, most of
what they miss is a quotation whose cue they could not read ("said the world indoor
champion", "“…,” she said" with two women named before) or that has none ("“…” / “…”"
in an interview). A reader settles those by salience: who the paragraph is about, who
spoke last, who the headline names. This module scores each person or organisation near
the quotation by a few such features, with weights fitted by
``benchmarks/train_speaker_model.py`` on the hand-labelled quotation sets, and names the
best one only when the model is confident (:data:`.speaker_weights.THRESHOLD`); below
it the quotation keeps no speaker. A cue naming someone unnamed ("a friend said") or
several people ("residents said") is never overruled.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from .article_text import MASK, ArticleText
from .attribute import Attribution
from .cues import SPEECH_VERB
from .marks import Marked
from .speaker_weights import FEATURES, NOBODY_FEATURES, NOBODY_WEIGHTS, THRESHOLD, WEIGHTS

REACH = 2  # paragraphs back in which a name may be the speaker
# a cue whose subject is someone unnamed or several people: "a friend said", "one
# reviewer wrote", "residents told", "some analysts say"
_UNNAMED = re.compile(
    r"\b(?:a|an|one|another|some|several|many|two|three|most|other|others)\s+"
    r"(?:[a-z][\w'’-]*\s+){0,3}$",
    re.IGNORECASE,
)
_PRONOUN = re.compile(r"\b(he|she|it|they)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Scored:
    """One entity that may have said a quotation, with its features and probability."""

    entity_id: str
    features: tuple[float, ...]
    probability: float


def cue_words(text: ArticleText, first: Marked, attribution: Attribution | None) -> str:
    """The writer's words of the quotation's sentence (and of its cue's, if elsewhere)."""
    p = first.paragraph
    start = text.sentence_of(p, max(0, first.start - 1))
    words = text.masked[p][start : text.sentence_end(p, first.start)]
    if attribution is not None and (attribution.paragraph, attribution.offset) != (p, first.start):
        q, offset = attribution.paragraph, attribution.offset
        if 0 <= q < len(text.masked) and offset <= len(text.masked[q]):
            s = text.sentence_of(q, min(offset, max(0, len(text.masked[q]) - 1)))
            words += " " + text.masked[q][s : text.sentence_end(q, offset)]
    return words.replace(MASK, " ")


def unnamed_cue(words: str) -> bool:
    """Whether a speech verb in ``words`` has an unnamed or plural subject."""
    for verb in SPEECH_VERB.finditer(words):
        if _UNNAMED.search(words[max(0, verb.start() - 40) : verb.start()]):
            return True
        after = words[verb.end() : verb.end() + 40]
        if _UNNAMED.match(after.lstrip() + " ") and not after.lstrip().lower().startswith(
            ("it ", "they ")
        ):
            return True
    return False


def score_candidates(
    text: ArticleText,
    spoken: Sequence[tuple[int, int, str]],
    gender: Mapping[str, str],
    first: Marked,
    attribution: Attribution | None,
) -> tuple[list[Scored], tuple[float, ...]]:
    """Every person or organisation named near quotation ``first`` or heard before it,
    with its features and the model's probability that it is the speaker (against the
    others and against nobody the text names), and the features of that "nobody"."""
    p = first.paragraph
    words = cue_words(text, first, attribution)
    pronoun = _PRONOUN.search(words)
    said_by = pronoun.group(1).lower() if pronoun else ""
    # sentences in text order, numbered across paragraphs
    index: dict[tuple[int, int], int] = {}
    for q, starts in enumerate(text.sentence_starts):
        for s in starts:
            index[(q, s)] = len(index)
    here = index[(p, text.sentence_of(p, first.start))]
    counts: dict[str, int] = {}
    for c in text.everyone():
        counts[c.entity_id] = counts.get(c.entity_id, 0) + 1
    near: dict[str, list[tuple[int, int, bool, bool]]] = {}  # id -> (sentence, side, ...)
    types: dict[str, str] = {}
    for q in range(max(0, p - REACH), p + 1):
        for c in text.candidates.get(q, ()):
            s = index[(q, text.sentence_of(q, c.start))]
            earlier = (q, c.start) < (p, first.start)
            if not earlier and s > here + 1:
                continue
            near.setdefault(c.entity_id, []).append((s, int(earlier), c.eligible, c.possessive))
            types[c.entity_id] = c.type
    for _, _, e in spoken:
        if e in counts:
            near.setdefault(e, [])
    for c in text.everyone():
        types.setdefault(c.entity_id, c.type)
    if not near:
        return [], ()
    subjects = [
        (index[(q, text.sentence_of(q, o))], c.entity_id)
        for q, o, c in text.subjects
        if (q, o) < (p, first.start)
    ]
    last_subject = {t: e for _, e in subjects for t in [types.get(e, "")]}
    recent_subjects = {e for s, e in subjects if here - s <= 2}
    previous_subjects = {e for s, e in subjects if here - s <= 1}
    last_speaker = spoken[-1][2] if spoken else ""
    most = max(counts[e] for e in near if e in counts)
    total = sum(counts.get(e, 0) for e in near) or 1
    headline = {c.entity_id for c in text.candidates.get(0, ())}
    latest = max((s for found in near.values() for s, b, _, _ in found if b), default=-1)
    scored: list[tuple[str, tuple[float, ...]]] = []
    for e in sorted(near):
        found = near[e]
        before = [s for s, b, _, _ in found if b]
        person = types.get(e) == "person"
        sex = gender.get(e, "")
        fit = said_by in ("he", "she") and person and sex == said_by
        clash = (said_by in ("he", "she") and (not person or bool(sex and sex != said_by))) or (
            said_by in ("it", "they") and person
        )
        features = (
            1.0 / (1 + here - max(before)) if before else 0.0,
            float(bool(before) and max(before) == latest),
            float(any(s == here for s in before)),
            float(any(s == here and not b for s, b, _, _ in found)),
            float(any(s == here + 1 and not b for s, b, _, _ in found)),
            float(e in recent_subjects),
            float(e in previous_subjects),
            float(last_subject.get(types.get(e, "")) == e),
            float(e == last_speaker),
            math.log1p(sum(1 for _, _, x in spoken if x == e)),
            counts.get(e, 0) / total,
            float(counts.get(e, 0) == most),
            float(e in headline),
            float(person),
            float(fit),
            float(clash),
            float(bool(found) and all(poss for _, _, _, poss in found)),
            float(any(eligible for _, _, eligible, _ in found)),
        )
        scored.append((e, features))
    # what speaks for "nobody the text names": a bias, whether the rules found a cue at
    # all, how many may speak, whether the cue is a pronoun
    nobody = (1.0, float(attribution is None), math.log1p(len(near)), float(bool(said_by)))
    return _softmax(scored, nobody), nobody


def _softmax(
    scored: list[tuple[str, tuple[float, ...]]], nobody: tuple[float, ...]
) -> list[Scored]:
    """Each candidate's probability against the others and against "nobody named here"."""
    logits = [sum(w * x for w, x in zip(WEIGHTS, f, strict=True)) for _, f in scored]
    none = sum(w * x for w, x in zip(NOBODY_WEIGHTS, nobody, strict=True))
    top = max([none, *logits])
    total = math.exp(none - top) + sum(math.exp(z - top) for z in logits)
    return [
        Scored(e, f, math.exp(z - top) / total) for (e, f), z in zip(scored, logits, strict=True)
    ]


def learned_speaker(
    text: ArticleText,
    spoken: Sequence[tuple[int, int, str]],
    gender: Mapping[str, str],
    first: Marked,
    attribution: Attribution | None,
) -> Attribution | None:
    """The speaker the model is confident of for a quotation the rules gave none, as an
    attribution at the quotation itself, or None."""
    if unnamed_cue(cue_words(text, first, attribution)):
        return None  # "a friend said": the rules' "nobody we know" stands
    scored, _ = score_candidates(text, spoken, gender, first, attribution)
    if not scored:
        return None
    best = max(scored, key=lambda s: (s.probability, s.entity_id))
    if best.probability < THRESHOLD:
        return None
    cue = attribution.cue if attribution is not None else ""
    return Attribution(best.entity_id, cue, first.paragraph, first.start)


assert len(FEATURES) == len(WEIGHTS) and len(NOBODY_FEATURES) == len(NOBODY_WEIGHTS)
