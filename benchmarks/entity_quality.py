"""Measure entity quality on two annotated news sets: raw spaCy NER against this tool.

Data (kept outside the project, read-only):

* ``../shared/benchmarks/gum_wikinews/gum_wikinews.jsonl``: 43 Wikinews documents from the
  GUM corpus (Zeldes, Amir (2017) "The GUM Corpus: Creating Multilayer Resources in the
  Classroom", Language Resources and Evaluation 51(3); texts CC BY 2.5, annotations
  CC BY 4.0).
* ``../shared/benchmarks/ecbplus_dev/gold.json``: ECB+ topics 1-35, 772 articles
  (Cybulska, A. and Vossen, P. (2014) "Using a sledgehammer to crack a nut? Lexical
  diversity and event coreference resolution", LREC 2014; annotations CC BY 3.0, Agata
  Cybulska and Piek Vossen, VU University Amsterdam).

How the two systems see the text: every document is written as an article file (front
matter: title, and the date where the set gives one; body: the set's text unchanged) into a
temporary folder, which is read, analysed and resolved by the build's own stages
(:func:`run_pipeline`), as one archive. Each line of a file is a paragraph, so offsets map
back to the gold text line by line.

* **This tool**: every mention the resolver puts on an entity page, with the entity's type
  and identity.
* **Raw model**: spaCy's NER alone on the same paragraphs; PERSON -> person, ORG ->
  organization, GPE/LOC/FAC -> place (other labels dropped); naive grouping: two mentions
  are one entity when their text is exactly the same string.

Gold:

* GUM: named mentions are entity mentions with ``has_proper_noun`` true and GUM type
  person, place or organization (taken as they are). GUM marks whole phrases that hold a
  name; such a phrase is cut to its longest run of capitalised words ("English captain
  Harry Kane" -> "Harry Kane") and dropped when that run is a mention of its own
  ("children in mainland Australia") (:func:`gum_names`). Nested names count apart: "the
  University of Helsinki" and "Helsinki". Identity: the Wikipedia title where GUM gives one
  (shared across documents), else the document's own ``cluster_id``. Every line is fully
  annotated.
* ECB+: every annotated name. Types are person/organization/place as given; a null type (a
  metonymic name) is scored for finding and grouping, not for type. Identity: the
  corpus-wide ``entity``; a null one is "not linked across documents". Almost every
  identity stays within its topic, so one city named in two topics is two gold entities
  and the tool, which sees one archive, is charged a merge for joining them. Fully
  annotated lines: the set's ``fully_annotated_lines``.

Measures, for each system:

* **Match**: a predicted and a gold mention match when their character spans overlap;
  matching is one-to-one per document, greedy, preferring the same type, then the larger
  overlap (Jaccard over characters).
* **Mention recall**: matched gold mentions / gold mentions (all lines).
  **Precision (annotated lines)**: matched / predicted, over predicted mentions that start
  in a fully annotated line.
* **Type accuracy**: matched pairs whose types agree / matched pairs with a gold type.
* **Cross-document B-cubed** over the matched pairs whose gold mention has an identity:
  for each such mention, precision = share of the mentions on its predicted entity (across
  all documents) that have its gold identity, recall = share of the mentions with its gold
  identity that are on its predicted entity; P and R are averaged over mentions, F1 is
  their harmonic mean. Missed gold mentions are left out (mention recall counts them).
* **Link precision (annotated lines)**: each predicted entity stands for the gold identity
  most of its matched mentions carry (ties: the first in sorted order). Over the predicted
  mentions that start in a fully annotated line, a link is right when it matches a gold
  mention with an identity and that identity is its entity's; it is wrong when it matches
  none (noise) or its gold identity is another's (a merge). Links matching a gold mention
  without an identity cannot be judged and are left out (their number is printed).
  **On gold names**: the same share over the links that match a gold name, which leaves
  noise out; it matters on ECB+, whose "fully annotated" lines still miss many names
  (places and organisations that are no event's participant).

Run: ``python benchmarks/entity_quality.py [--set gum|ecb|both] [--data FOLDER]``; ``-v``
lists the tool's misses, noise and type errors; ``benchmarks/entity_errors.py`` classifies
them. ``--topics odd|even`` keeps only ECB+'s odd- or even-numbered topics, built as an archive
of their own: errors are studied on one half and the other half checks that a fix is not
tuned to it. ``--no-raw`` skips the raw model.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DATA = ROOT.parent / "shared" / "benchmarks"  # holds gum_wikinews/ and ecbplus_dev/
TYPES = {"person", "place", "organization"}
RAW_TYPES = {
    "PERSON": "person",
    "ORG": "organization",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
}


@dataclass(frozen=True)
class Mention:
    """A gold or predicted name: body offsets, type and identity (gold) or entity (predicted)."""

    start: int
    end: int
    type: str | None
    identity: str | None


@dataclass
class Document:
    """One document of a set, with its gold names and the lines where all names are gold."""

    id: str
    title: str
    date: str | None
    body: str
    gold: list[Mention]
    annotated_lines: set[int] | None  # None: every line
    topic: str = ""  # ECB+ topic: its gold identities rarely cross topics
    other_names: list[Mention] = field(default_factory=list)  # GUM names of other types
    line_starts: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", self.body)]

    def line_of(self, offset: int) -> int:
        """Return the 0-based line number of a body offset."""
        return bisect_right(self.line_starts, offset) - 1

    def annotated(self, offset: int) -> bool:
        """Tell whether the line holding this offset has every name annotated."""
        return self.annotated_lines is None or self.line_of(offset) in self.annotated_lines

    def text(self, m: Mention) -> str:
        """Return the body text of a mention."""
        return self.body[m.start : m.end]


# A run of capitalised words, with "of", "and", "the"... only between them:
# "University of Helsinki", "Bosnia and Herzegovina"
_WORD = r"[A-Z0-9À-ÖØ-Þ][\w.'’&-]*"
_JOINER = r"(?:of|the|and|for|de|du|la|le|von|van|der|&)"
NAME_RUN = re.compile(rf"{_WORD}(?:\s+(?:{_JOINER}\s+)*{_WORD})*")


def name_part(text: str) -> tuple[int, int] | None:
    """Return the span of the longest run of capitalised words, or None.

    A run in the possessive followed by more words ("Tunisia's coach") is a modifier,
    not the name of the phrase, so it does not count.
    """
    runs = [
        m.span()
        for m in NAME_RUN.finditer(text)
        if not (re.search(r"['’]s?$", m.group()) and text[m.end() :].strip())
    ]
    return max(runs, key=lambda r: len(text[r[0] : r[1]].split()), default=None)


def gum_names(entities: list[dict[str, Any]]) -> list[Mention]:
    """Return GUM's person/place/organization mentions that hold a name, cut to the name.

    GUM marks whole phrases ("English captain Harry Kane", "children in mainland
    Australia"); a phrase that is not all name words is cut to its longest run of them,
    and dropped when that run is already a mention of its own or there is none.
    """
    kept: dict[tuple[int, int], Mention] = {}
    cut = []
    for e in entities:
        if not (e["has_proper_noun"] and e["type"] in TYPES):
            continue
        identity = "wiki:" + e["identity"] if e["identity"] else e["cluster_id"]
        part = name_part(e["text"])
        if part == (0, len(e["text"])) or (
            part is not None
            and e["text"][: part[0]].strip().lower() in ("", "the")
            and part[1] == len(e["text"])
        ):
            kept[(e["start"], e["end"])] = Mention(e["start"], e["end"], e["type"], identity)
        elif part is not None:
            cut.append(Mention(e["start"] + part[0], e["start"] + part[1], e["type"], identity))
    for m in cut:
        kept.setdefault((m.start, m.end), m)
    return sorted(kept.values(), key=lambda m: (m.start, m.end))


def load_gum(data: Path = DATA, topics: str = "all") -> list[Document]:
    """Read GUM Wikinews: named person/place/organization mentions and their identities.

    GUM has no topics: ``topics`` is accepted for a common signature and ignored.
    """
    docs = []
    path = data / "gum_wikinews" / "gum_wikinews.jsonl"
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line:
            continue
        d = json.loads(line)
        others = [
            Mention(e["start"], e["end"], e["type"], None)
            for e in d["entities"]
            if e["has_proper_noun"] and e["type"] not in TYPES
        ]
        docs.append(
            Document(
                d["id"],
                d["title"],
                d["date"],
                d["text"],
                gum_names(d["entities"]),
                None,
                other_names=others,
            )
        )
    return docs


def load_ecb(data: Path = DATA, topics: str = "all") -> list[Document]:
    """Read ECB+: every annotated name, its corpus-wide identity and the annotated lines.

    ``topics`` "odd" or "even" keeps only the topics whose number has that parity.
    """
    corpus = json.loads((data / "ecbplus_dev" / "gold.json").read_text(encoding="utf-8"))
    docs = []
    for d in corpus["docs"]:
        gold = [Mention(m["start"], m["end"], m["type"], m["entity"]) for m in d["mentions"]]
        title = d["body"].split("\n", 1)[0].strip() or d["id"]
        lines = set(d["fully_annotated_lines"])
        if topics != "all" and int(d["topic"]) % 2 != (topics == "odd"):
            continue
        docs.append(Document(d["id"], title, None, d["body"], gold, lines, topic=d["topic"]))
    return docs


# --- the package's stages: the only place this script calls site_builder --------------

# (paragraph index, start, end, entity type, entity id) of one linked mention
LinkedMention = tuple[int, int, int, str, str]


def run_pipeline(
    folder: Path, cache_dir: Path | None = None
) -> tuple[dict[str, list[str]], dict[str, list[LinkedMention]]]:
    """Read, extract and resolve a folder as a build does; return paragraphs and links by file.

    With ``cache_dir`` the build's NLP cache is kept there, so a rerun that changed only the
    resolution skips the model.
    """
    from site_builder.config import Config
    from site_builder.extract import extract_articles
    from site_builder.resolve import resolve_entities
    from site_builder.sources import read_articles

    warnings: list[str] = []
    config = Config(
        input_dir=folder, use_cache=cache_dir is not None, cache_dir=cache_dir, nlp_processes=1
    )
    articles, skipped = read_articles(folder, warnings.append)
    if skipped:
        raise SystemExit(f"articles not read: {skipped}")
    extractions = extract_articles(articles, config, warnings.append)
    resolution = resolve_entities(articles, extractions, None)
    file_of = {a.id: a.source_path for a in articles}
    paragraphs = {a.source_path: [p.text for p in a.paragraphs] for a in articles}
    links: dict[str, list[LinkedMention]] = defaultdict(list)
    for entity in resolution.entities:
        for m in entity.mentions:
            links[file_of[m.article_id]].append(
                (m.paragraph, m.start, m.end, entity.type, entity.id)
            )
    return paragraphs, links


def raw_model_links(paragraphs: dict[str, list[str]]) -> dict[str, list[LinkedMention]]:
    """Run spaCy's NER alone on the paragraphs; one entity per exact string."""
    from site_builder.config import Config
    from site_builder.extract import load_nlp

    nlp = load_nlp(Config().spacy_model)
    links: dict[str, list[LinkedMention]] = {}
    for name, texts in paragraphs.items():
        links[name] = [
            (i, ent.start_char, ent.end_char, RAW_TYPES[ent.label_], ent.text)
            for i, doc in enumerate(nlp.pipe(texts))
            for ent in doc.ents
            if ent.label_ in RAW_TYPES
        ]
    return links


# --- from paragraphs back to the gold text ----------------------------------------------


def write_articles(docs: list[Document], folder: Path) -> None:
    """Write each document as an article file with front matter, body unchanged."""
    for doc in docs:
        head = [f"title: {json.dumps(doc.title)}"]
        if doc.date:
            head.append(f"date: {doc.date}")
        text = "---\n" + "\n".join(head) + "\n---\n" + doc.body
        (folder / f"{doc.id}.txt").write_text(text, encoding="utf-8")


def paragraph_offsets(body: str, paragraphs: list[str]) -> list[list[int]]:
    """Map each character of each paragraph to its body offset.

    The reader makes a paragraph of each non-empty line with runs of white space collapsed
    (and drops some boilerplate lines), so paragraphs are found line by line, in order.
    """
    lines = []
    for m in re.finditer(r"[^\n]+", body):
        chars: list[int] = []
        for i, word in enumerate(re.finditer(r"\S+", m.group())):
            if i:
                chars.append(m.start() + word.start() - 1)  # the collapsed space
            chars.extend(range(m.start() + word.start(), m.start() + word.end()))
        collapsed = " ".join(m.group().split())
        lines.append((collapsed, chars))
    result, pos = [], 0
    for text in paragraphs:
        while pos < len(lines) and not lines[pos][0].endswith(text):
            pos += 1
        if pos == len(lines):
            raise SystemExit(f"paragraph not found in its document: {text[:60]!r}")
        collapsed, chars = lines[pos]
        result.append(chars[len(collapsed) - len(text) :])
        pos += 1
    return result


def to_mentions(body: str, paragraphs: list[str], links: Iterable[LinkedMention]) -> list[Mention]:
    """Turn paragraph mentions into body mentions."""
    offsets = paragraph_offsets(body, paragraphs)
    mentions = [
        Mention(offsets[p][s], offsets[p][e - 1] + 1, kind, entity)
        for p, s, e, kind, entity in links
    ]
    return sorted(mentions, key=lambda m: (m.start, m.end))


def predict(
    docs: list[Document], cache_dir: Path | None = None, with_raw: bool = True
) -> tuple[dict[str, list[Mention]], dict[str, list[Mention]]]:
    """Return the raw model's (empty without it) and the tool's mentions per document id."""
    with tempfile.TemporaryDirectory(prefix="entity-quality-") as tmp:
        folder = Path(tmp)
        write_articles(docs, folder)
        paragraphs, tool_links = run_pipeline(folder, cache_dir)
    raw_links = raw_model_links(paragraphs) if with_raw else {}
    raw, tool = {}, {}
    for doc in docs:
        name = f"{doc.id}.txt"
        raw[doc.id] = to_mentions(doc.body, paragraphs[name], raw_links.get(name, []))
        tool[doc.id] = to_mentions(doc.body, paragraphs[name], tool_links.get(name, []))
    return raw, tool


# --- scoring ----------------------------------------------------------------------------


def match(pred: list[Mention], gold: list[Mention]) -> list[tuple[Mention, Mention]]:
    """Match predicted to gold mentions one-to-one by overlap (same type, then Jaccard)."""
    pairs = []
    for p in pred:
        for g in gold:
            inter = min(p.end, g.end) - max(p.start, g.start)
            if inter > 0:
                union = max(p.end, g.end) - min(p.start, g.start)
                pairs.append((p.type == g.type, inter / union, p, g))
    pairs.sort(key=lambda x: (not x[0], -x[1], x[2].start, x[3].start))
    used_p: set[Mention] = set()
    used_g: set[Mention] = set()
    result = []
    for _, _, p, g in pairs:
        if p not in used_p and g not in used_g:
            used_p.add(p)
            used_g.add(g)
            result.append((p, g))
    return result


@dataclass
class Evaluation:
    """One system's mentions on one set, matched to the gold."""

    docs: list[Document]
    predicted: dict[str, list[Mention]]
    matched: dict[str, list[tuple[Mention, Mention]]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for doc in self.docs:
            self.matched[doc.id] = match(self.predicted.get(doc.id, []), doc.gold)

    def pairs(self) -> Iterable[tuple[Document, Mention, Mention]]:
        """Yield every matched (document, predicted, gold) triple."""
        for doc in self.docs:
            for p, g in self.matched[doc.id]:
                yield doc, p, g

    def entity_identity(self) -> dict[str, str]:
        """Return the gold identity each predicted entity stands for (its majority)."""
        votes: dict[str, Counter[str]] = defaultdict(Counter)
        for _, p, g in self.pairs():
            if g.identity is not None and p.identity is not None:
                votes[p.identity][g.identity] += 1
        return {e: min(c, key=lambda i: (-c[i], i)) for e, c in votes.items()}


def b_cubed(items: list[tuple[str, str]]) -> tuple[float, float, float]:
    """Return B-cubed precision, recall and F1 of (predicted, gold) cluster labels."""
    if not items:
        return 0.0, 0.0, 0.0
    both = Counter(items)
    pred = Counter(p for p, _ in items)
    gold = Counter(g for _, g in items)
    precision = sum(n * n / pred[p] for (p, _), n in both.items()) / len(items)
    recall = sum(n * n / gold[g] for (_, g), n in both.items()) / len(items)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def score(ev: Evaluation) -> dict[str, float]:
    """Compute the figures of one system on one set."""
    n_gold = sum(len(d.gold) for d in ev.docs)
    pairs = list(ev.pairs())
    in_lines = [
        (doc, p) for doc in ev.docs for p in ev.predicted.get(doc.id, []) if doc.annotated(p.start)
    ]
    gold_of = {(doc.id, p): g for doc, p, g in pairs}
    typed = [(p, g) for _, p, g in pairs if g.type is not None]
    clustered = [(p.identity or "", g.identity) for _, p, g in pairs if g.identity is not None]
    stands_for = ev.entity_identity()
    right = merged = noise = unjudged = 0
    for doc, p in in_lines:
        g = gold_of.get((doc.id, p))
        if g is None:
            noise += 1
        elif g.identity is None:
            unjudged += 1
        elif stands_for.get(p.identity or "") == g.identity:
            right += 1
        else:
            merged += 1
    bp, br, bf = b_cubed(clustered)
    return {
        "gold": n_gold,
        "predicted": sum(len(v) for v in ev.predicted.values()),
        "recall": len(pairs) / n_gold if n_gold else 0.0,
        "precision": sum((d.id, p) in gold_of for d, p in in_lines) / max(1, len(in_lines)),
        "type_accuracy": sum(p.type == g.type for p, g in typed) / max(1, len(typed)),
        "b3_precision": bp,
        "b3_recall": br,
        "b3_f1": bf,
        "link_precision": right / max(1, right + merged + noise),
        "link_precision_on_gold": right / max(1, right + merged),
        "links_judged": right + merged + noise,
        "links_unjudged": unjudged,
        "entities": len({p.identity for v in ev.predicted.values() for p in v}),
    }


COLUMNS = (
    ("recall", "recall"),
    ("precision", "P(ann.)"),
    ("type_accuracy", "type acc"),
    ("b3_precision", "B3 P"),
    ("b3_recall", "B3 R"),
    ("b3_f1", "B3 F1"),
    ("link_precision", "link P"),
    ("link_precision_on_gold", "on gold"),
)


def print_table(name: str, docs: list[Document], rows: dict[str, dict[str, float]]) -> None:
    """Print one set's figures, one row per system."""
    n_gold = sum(len(d.gold) for d in docs)
    n_id = sum(g.identity is not None for d in docs for g in d.gold)
    lines = (
        "all"
        if all(d.annotated_lines is None for d in docs)
        else str(sum(len(d.annotated_lines or ()) for d in docs))
    )
    print(
        f"\n{name}: {len(docs)} documents, {n_gold} gold names ({n_id} with an identity), "
        f"fully annotated lines: {lines}"
    )
    print(f"{'system':<11}" + "".join(f"{h:>9}" for _, h in COLUMNS) + "  entities  links judged")
    for system, s in rows.items():
        print(
            f"{system:<11}"
            + "".join(f"{s[k]:>9.3f}" for k, _ in COLUMNS)
            + f"{s['entities']:>10.0f}  {s['links_judged']:.0f}"
            + f" (+{s['links_unjudged']:.0f} unjudged)"
        )


def evaluate(
    docs: list[Document], cache_dir: Path | None = None, with_raw: bool = True
) -> tuple[Evaluation | None, Evaluation]:
    """Run both systems on a set; return the raw model's (None without it) and the tool's."""
    raw, tool = predict(docs, cache_dir, with_raw)
    return (Evaluation(docs, raw) if with_raw else None), Evaluation(docs, tool)


def list_errors(ev: Evaluation) -> None:
    """Print the tool's misses, unmatched links and type errors (for tuning)."""
    for doc in ev.docs:
        pairs = ev.matched[doc.id]
        found_p = {p for p, _ in pairs}
        found_g = {g for _, g in pairs}
        for p, g in pairs:
            if g.type is not None and p.type != g.type:
                print(f"TYPE {doc.id} {doc.text(p)!r} {p.type}, gold {g.type}")
        for p in ev.predicted.get(doc.id, []):
            if p not in found_p and doc.annotated(p.start):
                print(f"NOISE {doc.id} {doc.text(p)!r} {p.type}")
        for g in doc.gold:
            if g not in found_g:
                print(f"MISS {doc.id} {doc.text(g)!r} {g.type}")


SETS = {"gum": ("GUM Wikinews", load_gum), "ecb": ("ECB+ dev, topics 1-35", load_ecb)}


def add_common_options(parser: argparse.ArgumentParser) -> None:
    """Add the options this script shares with ``entity_errors.py``."""
    parser.add_argument("--set", choices=("gum", "ecb", "both"), default="both")
    parser.add_argument("--data", type=Path, default=DATA, help="folder of the two sets")
    parser.add_argument("--cache-dir", type=Path, help="keep the NLP cache here for reruns")
    parser.add_argument(
        "--topics",
        choices=("all", "odd", "even"),
        default="all",
        help="ECB+ topics to build, as an archive of their own",
    )


def set_name(key: str, topics: str) -> str:
    """Return the printed name of a set, with the ECB+ half when one is chosen."""
    name = SETS[key][0]
    return f"{name}, {topics} topics" if key == "ecb" and topics != "all" else name


def main(argv: list[str]) -> int:
    """Run both systems on the chosen sets and print their figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_common_options(parser)
    parser.add_argument("-v", action="store_true", help="list the tool's errors")
    parser.add_argument("--no-raw", action="store_true", help="skip the raw model")
    args = parser.parse_args(argv)
    print(__doc__.splitlines()[0])
    for key in ("gum", "ecb") if args.set == "both" else (args.set,):
        started = time.perf_counter()
        docs = SETS[key][1](args.data, args.topics)
        raw, tool = evaluate(docs, args.cache_dir, not args.no_raw)
        rows = {"raw spaCy": score(raw)} if raw is not None else {}
        rows["this tool"] = score(tool)
        print_table(set_name(key, args.topics), docs, rows)
        print(f"({time.perf_counter() - started:.0f} s)")
        if args.v:
            list_errors(tool)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
