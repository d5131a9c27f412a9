"""Fit the weights of the quotes stage's last resort (site_builder/quotes/speaker_model.py).

For every quotation of the labelled sets that the rules leave without a speaker, the
script records the features the model gives each person or organisation near it and
whether that one is the labelled speaker, fits a logistic regression (numpy, L2, fixed
iterations: the same data gives the same weights) and picks the lowest threshold at which
the model's choices on the training sets are right at least ``--precision`` of the time.
``--test`` scores held-out sets without writing anything; ``--write`` writes the weights.

    .venv/bin/python benchmarks/train_speaker_model.py --train ecb,wns,gum,bbc1-30 \\
        --bbc DIR --wikinewssum FILE --cache-dir DIR --write
    .venv/bin/python benchmarks/train_speaker_model.py --train ecb,wns,gum,bbc1-9 \\
        --test bbc10-30 --bbc DIR --wikinewssum FILE --cache-dir DIR
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
WEIGHTS_FILE = ROOT / "site_builder" / "quotes" / "speaker_weights.py"


@dataclass
class Case:
    """A quotation the rules gave no speaker: its candidates and its label."""

    doc: str
    text: str
    ids: list[str]
    names: list[tuple[str, ...]]
    features: np.ndarray  # candidates x features
    nobody: np.ndarray  # the features of "nobody the text names"
    gold: tuple[str, ...] = ()  # the labelled speaker's spellings; empty: none
    matched: bool = False  # the quotation is one the gold labels as a clear quotation


def expand(spec: str, sets: Sequence[str]) -> list[str]:
    """``ecb,wns,bbc1-9`` -> the set names: a prefix takes all its sets, ``bbcA-B`` a
    range."""
    names: list[str] = []
    for part in spec.split(","):
        head = part.rstrip("0123456789-")
        tail = part[len(head) :]
        if "-" in tail:
            a, b = map(int, tail.split("-"))
            names += [f"{head}{k}" for k in range(a, b + 1) if f"{head}{k}" in sets]
        elif tail:
            names.append(part)
        else:
            names += [s for s in sets if s.rstrip("0123456789") == head or s == head]
    return names


def collect(doc_ids: set[str], args: argparse.Namespace) -> list[Case]:
    """Run the pipeline on the documents and record every quotation the model is asked
    about, with its candidates' features."""
    import site_builder.quotes as quotes_package
    from benchmarks.quote_quality import documents
    from site_builder.config import Config
    from site_builder.extract import extract_articles
    from site_builder.quotes import find_quotes, speaker_model
    from site_builder.resolve import resolve_entities
    from site_builder.sources import read_articles

    cases: list[Case] = []
    current = {"doc": ""}

    def record(text, spoken, gender, first, attribution):  # type: ignore[no-untyped-def]
        if speaker_model.unnamed_cue(speaker_model.cue_words(text, first, attribution)):
            return None
        scored, nobody_row = speaker_model.score_candidates(
            text, spoken, gender, first, attribution
        )
        quoted = text.paragraphs[first.paragraph][first.start : first.end]
        width = len(speaker_model.FEATURES)
        features = np.array([s.features for s in scored], float).reshape(len(scored), width)
        width_nobody = len(speaker_model.NOBODY_FEATURES)
        nobody = np.array(nobody_row or (1.0,) + (0.0,) * (width_nobody - 1), float)
        ids = [s.entity_id for s in scored]
        cases.append(Case(current["doc"], quoted, ids, [], features, nobody))
        return None

    original_extraction_quotes = quotes_package.extraction_quotes

    def tracking(article, *rest, **kw):  # type: ignore[no-untyped-def]
        current["doc"] = Path(article.source_path).stem
        return original_extraction_quotes(article, *rest, **kw)

    quotes_package.learned_speaker = record  # type: ignore[assignment]
    quotes_package.extraction_quotes = tracking  # type: ignore[assignment]
    try:
        with tempfile.TemporaryDirectory(prefix="speaker-model-") as tmp:
            folder = Path(tmp)
            for doc_id, title, date, body in documents(doc_ids, args.wikinewssum, args.bbc):
                head = f"---\ntitle: {json.dumps(title)}\n" + (f"date: {date}\n" if date else "")
                (folder / f"{doc_id}.txt").write_text(head + "---\n" + body, encoding="utf-8")
            config = Config(
                input_dir=folder,
                use_cache=args.cache_dir is not None,
                cache_dir=args.cache_dir,
                nlp_processes=1,
            )
            warnings: list[str] = []
            articles, _ = read_articles(folder, warnings.append)
            extractions = extract_articles(articles, config, warnings.append)
            resolution = resolve_entities(articles, extractions, None)
            find_quotes(articles, extractions, resolution)
    finally:
        quotes_package.learned_speaker = speaker_model.learned_speaker
        quotes_package.extraction_quotes = original_extraction_quotes
    entities = {e.id: e for e in resolution.entities}
    for case in cases:
        case.names = [(entities[i].name, *entities[i].aliases) for i in case.ids]
    return cases


def label(cases: list[Case], set_names: list[str]) -> list[Case]:
    """Give each case the speaker its gold row names; keep the clear quotations."""
    from benchmarks.quote_quality import SETS, Found, load_gold, matches

    by_doc: dict[str, list[Case]] = {}
    for case in cases:
        by_doc.setdefault(case.doc, []).append(case)
    labelled = []
    for name in set_names:
        for g in load_gold(SETS[name]):
            if g.label != "Q":
                continue
            for case in by_doc.get(g.doc, ()):
                if case.matched or not matches(g, Found(case.doc, case.text, (), None, False)):
                    continue
                case.matched = True
                case.gold = g.speakers
                labelled.append(case)
                break
    return labelled


def is_gold(case: Case, k: int) -> bool:
    """Whether candidate ``k`` is the labelled speaker (the benchmark's name match)."""
    from benchmarks.quote_quality import Found, Gold, right_speaker

    gold = Gold(case.doc, "Q", case.gold, case.text)
    return right_speaker(gold, Found(case.doc, case.text, case.names[k], case.ids[k], False))


def probabilities(case: Case, w: np.ndarray) -> np.ndarray:
    """The model's probability of each candidate, then of nobody (the last entry)."""
    width = case.features.shape[1]
    z = np.r_[case.features @ w[:width], case.nobody @ w[width:]]
    e = np.exp(z - z.max())
    return np.asarray(e / e.sum())


def fit(cases: list[Case], l2: float = 1.0, steps: int = 2000) -> np.ndarray:
    """A conditional logit over each case's candidates and "nobody" (gradient descent):
    the right answer is the labelled speaker if it is a candidate, else nobody."""
    width = cases[0].features.shape[1] if cases else 0
    targets = []
    for c in cases:
        hit = [k for k in range(len(c.ids)) if is_gold(c, k)] if c.gold else []
        targets.append(hit[0] if hit else len(c.ids))
    w = np.zeros(width + len(cases[0].nobody))
    rate = 0.5
    for _ in range(steps):
        grad = np.zeros_like(w)
        for c, t in zip(cases, targets, strict=True):
            p = probabilities(c, w)
            p[t] -= 1
            grad[:width] += c.features.T @ p[:-1] if len(c.ids) else 0
            grad[width:] += c.nobody * p[-1]
        w -= rate * (grad + l2 * w) / len(cases)
    return w


def choice(case: Case, w: np.ndarray, threshold: float) -> int | None:
    """The candidate the model names at ``threshold``, or None."""
    if not case.ids:
        return None
    p = probabilities(case, w)[:-1]
    k = int(np.argmax(p))
    return k if p[k] >= threshold else None


def decide(cases: list[Case], w: np.ndarray, threshold: float) -> tuple[int, int, int]:
    """(right, wrong, none) of the model's choices at ``threshold`` over ``cases``; a
    case whose gold has no speaker counts right when the model names nobody."""
    right = wrong = none = 0
    for c in cases:
        k = choice(c, w, threshold)
        if k is None:
            none += 1
            right += not c.gold
        elif is_gold(c, k):
            right += 1
        else:
            wrong += 1
    return right, wrong, none


def choose_threshold(cases: list[Case], w: np.ndarray, precision: float) -> float:
    """The lowest threshold at which the named speakers are right ``precision`` of the
    time on ``cases`` (named: the cases the model gives someone)."""
    for t in np.arange(0.30, 0.96, 0.01):
        named = [k for c in cases if (k := choice(c, w, float(t))) is not None]
        right = sum(is_gold(c, k) for c in cases if (k := choice(c, w, float(t))) is not None)
        if named and right / len(named) >= precision:
            return round(float(t), 2)
    return 0.96


def report(title: str, cases: list[Case], w: np.ndarray, threshold: float) -> None:
    right, wrong, none = decide(cases, w, threshold)
    with_gold = sum(1 for c in cases if c.gold)
    print(
        f"{title}: {len(cases)} quotations the rules left without a speaker "
        f"({with_gold} with a labelled one); at {threshold:.2f}: right {right}, "
        f"wrong speaker {wrong}, none {none} (rules alone: right {len(cases) - with_gold})"
    )


def main(argv: list[str]) -> int:
    from benchmarks.quote_quality import SETS
    from site_builder.quotes.speaker_weights import FEATURES, NOBODY_FEATURES

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--train", required=True, help="sets: ecb,wns,gum,bbc1-30 ...")
    parser.add_argument("--test", default="", help="held-out sets to score")
    parser.add_argument("--precision", type=float, default=0.8)
    parser.add_argument("--cache-dir", type=Path)
    parser.add_argument("--wikinewssum", type=Path)
    parser.add_argument("--bbc", type=Path)
    parser.add_argument("--write", action="store_true", help="write the weights file")
    args = parser.parse_args(argv)
    train = expand(args.train, list(SETS))
    test = expand(args.test, list(SETS)) if args.test else []
    from benchmarks.quote_quality import load_gold

    doc_ids = {g.doc for n in train + test for g in load_gold(SETS[n])}
    cases = collect(doc_ids, args)
    train_cases = label(cases, train)
    w = fit(train_cases)
    threshold = choose_threshold(train_cases, w, args.precision)
    for name, weight in zip((*FEATURES, *NOBODY_FEATURES), w, strict=True):
        print(f"  {name:28} {weight:+.3f}")
    report("train " + args.train, train_cases, w, threshold)
    if test:
        test_cases = label([c for c in cases if not c.matched], test)
        report("test " + args.test, test_cases, w, threshold)
        import os

        if os.environ.get("SPEAKER_DEBUG"):
            inside = top = 0
            for c in test_cases:
                if not c.gold:
                    continue
                p = probabilities(c, w)
                order = sorted(range(len(c.ids)), key=lambda k: -p[k])
                hit = [k for k in order if is_gold(c, k)]
                inside += bool(hit)
                top += bool(hit) and hit[0] == order[0]
                shown = ", ".join(f"{c.names[k][0]}={p[k]:.2f}" for k in order[:4])
                print(f"    {c.doc} {c.text[:40]!r} want {c.gold[0]}: {shown}")
            print(f"  gold among candidates {inside}, ranked first {top}")
        for t in (0.3, 0.35, 0.4, 0.45, 0.5):
            report("  test at", test_cases, w, t)
            report("  train at", train_cases, w, t)
    if args.write:
        lines = [
            '"""Weights of :mod:`.speaker_model`. Generated by '
            'benchmarks/train_speaker_model.py."""',
            "",
            f"# trained on: {args.train}; named speakers right >= {args.precision:.0%} there",
            "FEATURES = (",
            *[f'    "{n}",' for n in FEATURES],
            ")",
            f"NOBODY_FEATURES = {tuple(NOBODY_FEATURES)!r}",
            "WEIGHTS = (",
            *[f"    {x:.4f}," for x in w[: len(FEATURES)]],
            ")",
            "NOBODY_WEIGHTS = (",
            *[f"    {x:.4f}," for x in w[len(FEATURES) :]],
            ")",
            f"THRESHOLD = {threshold:.2f}",
            "",
        ]
        WEIGHTS_FILE.write_text("\n".join(lines), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    raise SystemExit(main(sys.argv[1:]))
