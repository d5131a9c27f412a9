"""Entity quality on real news nobody here wrote: raw spaCy NER vs. our pipeline.

Data: ``../shared/benchmarks/gum_wikinews/gum_wikinews.jsonl``, 43 Wikinews documents from
the GUM corpus (Zeldes, Amir (2017) "The GUM Corpus: Creating Multilayer Resources in the
Classroom", Language Resources and Evaluation 51(3); texts CC BY 2.5, annotations CC BY 4.0).

Definitions (printed with the results):

* **Gold named mentions**: GUM entity mentions with ``has_proper_noun`` true and type
  person, place or organization (nested ones included: "the University of Helsinki" and
  "Helsinki" are two gold mentions).
* **Predicted mentions**: raw = every spaCy entity labelled PERSON/ORG/GPE/LOC/FAC as the
  model gives it (PERSON -> person, ORG -> organization, GPE/LOC/FAC -> place); ours =
  every mention our resolver links to an entity, with the entity's type.
* **Match**: a predicted and a gold mention match when their character spans overlap;
  matching is one-to-one, greedy, preferring the same type, then the larger overlap
  (Jaccard over characters). Precision = matched predicted / predicted; recall = matched
  gold / gold; type accuracy = matched pairs whose types agree / matched pairs.
* **Within-document resolution**: pairwise F1 over the matched mentions of each document:
  a pair of mentions is "together" in gold when they share a GUM ``cluster_id`` and in
  the prediction when they link to the same entity (raw: the same surface text).

Each document is one article; the whole set is resolved as one archive (as a site would
be). Run: ``python benchmarks/entity_quality.py [path/to/gum_wikinews.jsonl]``.
"""

from __future__ import annotations

import hashlib
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from site_builder.config import Config  # noqa: E402
from site_builder.extract import extract_articles, load_nlp  # noqa: E402
from site_builder.models import Article, Paragraph  # noqa: E402
from site_builder.resolve import resolve_entities  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "benchmarks" / "gum_wikinews" / "gum_wikinews.jsonl"
TYPES = {"person", "place", "organization"}
RAW_TYPES = {
    "PERSON": "person",
    "ORG": "organization",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
}

Span = tuple[int, int, str, str]  # start, end, type, cluster


def to_article(doc: dict) -> tuple[Article, list[int]]:
    """Split a document into paragraphs at blank lines; return it with paragraph offsets."""
    text = doc["text"]
    paragraphs: list[Paragraph] = []
    offsets: list[int] = []
    pos = 0
    for block in text.split("\n\n"):
        if block.strip():
            paragraphs.append(Paragraph(len(paragraphs), block))
            offsets.append(pos)
        pos += len(block) + 2
    digest = hashlib.sha256(text.encode()).hexdigest()
    article = Article(
        doc["id"],
        doc["id"],
        doc["id"] + ".txt",
        doc["title"],
        False,
        None,
        None,
        None,
        None,
        (),
        paragraphs,
        "txt",
        digest,
    )
    return article, offsets


def gold_spans(doc: dict) -> list[Span]:
    """Return the gold named person/place/organization mentions."""
    return [
        (e["start"], e["end"], e["type"], e["cluster_id"])
        for e in doc["entities"]
        if e["has_proper_noun"] and e["type"] in TYPES
    ]


def match(pred: list[Span], gold: list[Span]) -> list[tuple[Span, Span]]:
    """Match predicted to gold mentions one-to-one by overlap (same type, then Jaccard)."""
    pairs = []
    for p in pred:
        for g in gold:
            inter = min(p[1], g[1]) - max(p[0], g[0])
            if inter > 0:
                union = max(p[1], g[1]) - min(p[0], g[0])
                pairs.append((p[2] == g[2], inter / union, p, g))
    pairs.sort(key=lambda x: (-x[0], -x[1], x[2][:2], x[3][:2]))
    used_p: set[Span] = set()
    used_g: set[Span] = set()
    result = []
    for _, _, p, g in pairs:
        if p in used_p or g in used_g:
            continue
        used_p.add(p)
        used_g.add(g)
        result.append((p, g))
    return result


def pairwise(matched: list[tuple[Span, Span]]) -> tuple[int, int, int]:
    """Return (pairs together in both, together in prediction, together in gold)."""
    both = in_pred = in_gold = 0
    for i, (p1, g1) in enumerate(matched):
        for p2, g2 in matched[i + 1 :]:
            sp, sg = p1[3] == p2[3], g1[3] == g2[3]
            both += sp and sg
            in_pred += sp
            in_gold += sg
    return both, in_pred, in_gold


def score(name: str, per_doc: dict[str, list[Span]], gold: dict[str, list[Span]]) -> dict:
    """Compute and print the figures of one system."""
    n_pred = n_gold = n_match = n_type = 0
    both = in_pred = in_gold = 0
    by_type: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # match, pred, gold
    for doc_id, g in gold.items():
        p = per_doc.get(doc_id, [])
        matched = match(p, g)
        n_pred += len(p)
        n_gold += len(g)
        n_match += len(matched)
        n_type += sum(1 for a, b in matched if a[2] == b[2])
        for s in p:
            by_type[s[2]][1] += 1
        for s in g:
            by_type[s[2]][2] += 1
        for a, b in matched:
            if a[2] == b[2]:
                by_type[a[2]][0] += 1
        x, y, z = pairwise(matched)
        both, in_pred, in_gold = both + x, in_pred + y, in_gold + z
    precision = n_match / n_pred if n_pred else 0.0
    recall = n_match / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    type_acc = n_type / n_match if n_match else 0.0
    cp = both / in_pred if in_pred else 0.0
    cr = both / in_gold if in_gold else 0.0
    cf = 2 * cp * cr / (cp + cr) if cp + cr else 0.0
    print(
        f"{name:<10} mentions P {precision:.3f}  R {recall:.3f}  F1 {f1:.3f}  "
        f"type acc {type_acc:.3f}  | within-doc pairwise P {cp:.3f} R {cr:.3f} F1 {cf:.3f}  "
        f"(pred {n_pred}, gold {n_gold}, matched {n_match})"
    )
    for t in sorted(by_type):
        m, pr, go = by_type[t]
        tp, tr = (m / pr if pr else 0.0), (m / go if go else 0.0)
        print(f"{'':<10}   {t:<13} typed-match P {tp:.3f} R {tr:.3f}")
    return {
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "type_accuracy": type_acc,
        "cluster_f1": cf,
    }


def main(argv: list[str]) -> int:
    """Run both systems and print their figures."""
    paths = [a for a in argv if a != "-v"]
    path = Path(paths[0]) if paths else DEFAULT_DATA
    docs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    started = time.perf_counter()
    articles, offsets, gold = [], {}, {}
    for doc in docs:
        article, offs = to_article(doc)
        articles.append(article)
        offsets[doc["id"]] = offs
        gold[doc["id"]] = gold_spans(doc)

    config = Config(use_cache=False, nlp_processes=1)
    nlp = load_nlp(config.spacy_model)
    raw: dict[str, list[Span]] = defaultdict(list)
    for article in articles:
        offs = offsets[article.id]
        for p, doc in zip(
            article.paragraphs, nlp.pipe(x.text for x in article.paragraphs), strict=True
        ):
            for ent in doc.ents:
                if ent.label_ in RAW_TYPES:
                    s = offs[p.index] + ent.start_char
                    raw[article.id].append((s, s + len(ent.text), RAW_TYPES[ent.label_], ent.text))

    extractions = extract_articles(articles, config, print)
    resolution = resolve_entities(articles, extractions, None)
    types = {e.id: e.type for e in resolution.entities}
    ours: dict[str, list[Span]] = defaultdict(list)
    for article in articles:
        offs = offsets[article.id]
        for i, m in enumerate(extractions[article.id].mentions):
            eid = resolution.links.get((article.id, i))
            if eid is not None:
                s = offs[m.paragraph] + m.start
                ours[article.id].append((s, s + m.end - m.start, types[eid], eid))

    print(__doc__.split("Definitions")[0].strip().splitlines()[0])
    print(
        f"{len(docs)} documents, {sum(len(g) for g in gold.values())} gold named mentions "
        "(has_proper_noun, person/place/organization); match = overlapping spans, one-to-one"
    )
    score("raw spaCy", raw, gold)
    score("ours", ours, gold)
    print(f"entities: {len(resolution.entities)}; time {time.perf_counter() - started:.1f} s")
    if "-v" in argv:
        dump(docs, ours, gold)
    return 0


def dump(docs: list[dict], ours: dict[str, list[Span]], gold: dict[str, list[Span]]) -> None:
    """Print misses and false positives (for tuning)."""
    for doc in docs:
        text = doc["text"]
        p, g = ours.get(doc["id"], []), gold[doc["id"]]
        matched = match(p, g)
        mp = {a for a, _ in matched}
        mg = {b for _, b in matched}
        for a, b in matched:
            if a[2] != b[2]:
                print("TYPE", repr(text[a[0] : a[1]]), a[2], "gold", b[2])
        for s in p:
            if s not in mp:
                print("FP  ", repr(text[s[0] : s[1]]), s[2])
        for s in g:
            if s not in mg:
                print("MISS", repr(text[s[0] : s[1]]), s[2])


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
