"""Classify the tool's entity errors on the development sets and rank fixes by their gain.

It runs what ``entity_quality.py`` runs, then sorts the tool's errors into classes:

* **Splits**: the matched mentions of one gold identity sit on several predicted entities;
  each entity but the one holding most of them is a fragment. A fragment's class comes from
  comparing its names with the main entity's names (first rule that holds, in the order of
  ``SPLIT_CLASSES``).
* **Merges**: a predicted entity holds mentions of gold identities other than the one it
  stands for (its majority); each other identity on it is one merge.
* **Noise**: links in fully annotated lines that match no gold name; noise entities are the
  entities with such a link and no mention anywhere that matches a gold name.
* **Type errors**: matched pairs whose types differ, by (gold, tool) type.
* **Misses**: gold names the tool links nowhere, by why (:func:`miss_class`): inside a
  longer gold name (a page links one name per span of text); inside or across another
  name the tool links (a span error); a role or a
  description the gold counts as a name ("The President", "Governor of Virginia");
  found by the model but dropped by the tool; found by neither. The mention recall over
  the names a reader would want linked leaves the first two out.

The gain of a split or merge class is what B-cubed F1 would gain if every error of that class
alone were undone (fragments moved to their main entity; merged identities taken out to an
entity of their own), measured as ``entity_quality.py`` measures it.

Run: ``python benchmarks/entity_errors.py [--set gum|ecb|both] [--data FOLDER]
[--topics all|odd|even] [--cache-dir DIR]``.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from entity_quality import (
    SETS,
    Document,
    Evaluation,
    Mention,
    add_common_options,
    b_cubed,
    evaluate,
    score,
    set_name,
)

from site_builder.gazetteer import (
    COMMON_WORDS,
    DEMONYMS,
    MONTHS_DAYS,
    PERSON_TITLES,
    ROLE_WORDS,
    norm_key,
)

LEGAL = re.compile(
    r"[\s,]+(?:inc|corp|corporation|co|company|ltd|limited|llc|plc|group|holdings|l\.?p)\.?$",
    re.I,
)
MINOR_WORDS = {"of", "the", "and", "for", "de", "&", "in", "on", "at"}


def norm(name: str) -> str:
    """Return a name without possessive, leading article, dots and case."""
    name = re.sub(r"['’]s?$", "", name.strip())
    name = re.sub(r"^the\s+", "", name, flags=re.I)
    return " ".join(name.replace(".", "").split()).casefold()


def words(name: str) -> list[str]:
    """Return the words of a normalised name."""
    return re.findall(r"[\w&-]+", norm(name))


def is_acronym_of(short: str, long: str) -> bool:
    """Tell whether ``short`` is written as the initials of ``long`` ("SIA", "U.S.")."""
    letters = short.replace(".", "").replace(" ", "")
    if not (2 <= len(letters) <= 6 and letters.isupper()):
        return False
    initials = "".join(w[0] for w in words(long) if w not in MINOR_WORDS)
    full = "".join(w[0] for w in words(long))
    return letters.casefold() in (initials, full)


Triple = tuple[Document, Mention, Mention]  # document, predicted, gold


@dataclass
class Side:
    """The matched mentions of one side of an error: a fragment, a main entity, a merge."""

    triples: list[Triple]

    @property
    def texts(self) -> set[str]:
        """Return the predicted texts."""
        return {d.text(p) for d, p, _ in self.triples}

    def type(self, gold: bool) -> str | None:
        """Return the most frequent predicted (or gold) type."""
        kinds = Counter(g.type if gold else p.type for _, p, g in self.triples)
        return kinds.most_common(1)[0][0]

    def longer_than_gold(self, headline: bool) -> bool:
        """Tell whether a predicted name has more words than its gold name, in a headline."""
        return any(
            len(d.text(p).split()) > len(d.text(g).split())
            and (d.line_of(p.start) == 0) == headline
            for d, p, g in self.triples
        )

    @property
    def topics(self) -> set[str]:
        """Return the topics (ECB+) of the documents."""
        return {d.topic for d, _, _ in self.triples}


def and_joined(a: Side, b: Side) -> bool:
    """A predicted name is two names joined by "and" or "&" where the gold name is one."""
    return any(
        re.search(r"\s(?:and|&)\s", d.text(p)) and not re.search(r"\s(?:and|&)\s", d.text(g))
        for d, p, g in a.triples + b.triples
    )


def headline_fragment(a: Side, b: Side) -> bool:
    """A predicted name carries headline words around the gold name."""
    return a.longer_than_gold(True) or b.longer_than_gold(True)


def extra_words(a: Side, b: Side) -> bool:
    """A predicted name outside a headline is longer than the gold name ("Comedian X")."""
    return a.longer_than_gold(False)


def inside_other_kind(a: Side, b: Side) -> bool:
    """A predicted name is a GUM name of another kind holding the gold one ("X Science Fair")."""
    return any(
        min(p.end, o.end) > max(p.start, o.start) and o.end - o.start > g.end - g.start
        for d, p, g in a.triples
        for o in d.other_names
    )


def type_split(a: Side, b: Side) -> bool:
    """Related names on entities of different predicted types."""
    return a.type(False) != b.type(False) and (same_name(a, b) or short_form(a, b))


def legal_suffix(a: Side, b: Side) -> bool:
    """Names equal once a legal suffix (Inc., Corp., Co., Ltd., ...) is dropped."""
    strip = {LEGAL.sub("", norm(t)) for t in a.texts}
    return bool(strip & {LEGAL.sub("", norm(t)) for t in b.texts}) and not same_name(a, b)


def acronym(a: Side, b: Side) -> bool:
    """One side is the initials of the other."""
    return any(is_acronym_of(x, y) or is_acronym_of(y, x) for x in a.texts for y in b.texts)


def same_name(a: Side, b: Side) -> bool:
    """The same name once case, dots and a possessive are dropped."""
    return bool({norm(t) for t in a.texts} & {norm(t) for t in b.texts})


def short_form(a: Side, b: Side) -> bool:
    """One name's words are a part of the other's ("Northrop", "Northrop Grumman")."""
    for x in a.texts:
        for y in b.texts:
            wx, wy = set(words(x)) - MINOR_WORDS, set(words(y)) - MINOR_WORDS
            if wx and wy and (wx < wy or wy < wx):
                return True
    return False


def close_spelling(a: Side, b: Side) -> bool:
    """Spellings at least 0.8 alike (misspellings, Johnson/Johansson)."""
    return any(
        SequenceMatcher(None, norm(x), norm(y)).ratio() >= 0.8 for x in a.texts for y in b.texts
    )


def people(a: Side, b: Side) -> bool:
    """Both sides are people in the gold."""
    return a.type(True) == b.type(True) == "person"


def same_surname(a: Side, b: Side) -> bool:
    """Two people whose names end in the same word."""
    last = {words(t)[-1] for t in a.texts if words(t)}
    return people(a, b) and bool(last & {words(t)[-1] for t in b.texts if words(t)})


Rule = Callable[[Side, Side], bool]
SPLIT_CLASSES: list[tuple[str, Rule]] = [
    ('"X and Y" joined', and_joined),
    ("headline fragment", headline_fragment),
    ("a longer name of another kind (GUM nesting)", inside_other_kind),
    ("extra words in the name (role, prefix)", extra_words),
    ("type split (the model typed one part apart)", type_split),
    ("legal suffix", legal_suffix),
    ("acronym", acronym),
    ("person: surname or first name alone", lambda a, b: people(a, b) and short_form(a, b)),
    ("short form / longer name", short_form),
    ("same name, not joined across articles", same_name),
    ("misspelling (close spelling)", close_spelling),
    ("another name (city for its team, nickname)", lambda a, b: True),
]
MERGE_CLASSES: list[tuple[str, Rule]] = [
    ('"X and Y" joined', and_joined),
    ("headline fragment", headline_fragment),
    (
        "same name, gold tells senses apart (metonymy)",
        lambda a, b: same_name(a, b) and a.type(True) != b.type(True),
    ),
    (
        "same name, another topic (gold ids are per topic)",
        lambda a, b: same_name(a, b) and not a.topics & b.topics,
    ),
    ("same name, two gold identities", same_name),
    ("same surname, two people", same_surname),
    ("close-name person merge", lambda a, b: people(a, b) and close_spelling(a, b)),
    ("two people, other", people),
    ("names share a word", short_form),
    ("close spelling", close_spelling),
]


def classify(rules: list[tuple[str, Rule]], a: Side, b: Side) -> str:
    """Return the first class whose rule holds, else "other"."""
    return next((name for name, rule in rules if rule(a, b)), "other")


Item = tuple[str, str]  # (predicted entity, gold identity) of one scored mention


@dataclass
class CrossError:
    """One split fragment or one merged identity, with the mentions it concerns."""

    kind: str  # "split" or "merge"
    cls: str
    example: str
    indices: list[int]  # positions in the scored item list
    target: str  # the label those mentions get when the error is undone


def cross_errors(ev: Evaluation) -> tuple[list[Item], list[CrossError]]:
    """Return the scored items and every split and merge among them."""
    triples = [(d, p, g) for d, p, g in ev.pairs() if g.identity is not None]
    items: list[Item] = [(p.identity or "", g.identity or "") for _, p, g in triples]
    stands_for = ev.entity_identity()
    by_cell: dict[Item, list[int]] = defaultdict(list)
    for i, item in enumerate(items):
        by_cell[item].append(i)
    by_identity: dict[str, list[str]] = defaultdict(list)
    by_entity: dict[str, list[str]] = defaultdict(list)
    for entity, identity in by_cell:
        by_identity[identity].append(entity)
        by_entity[entity].append(identity)

    def side(entity: str, identity: str) -> Side:
        return Side([triples[i] for i in by_cell[(entity, identity)]])

    errors = []
    for identity, entities in by_identity.items():
        main = max(entities, key=lambda e: (len(by_cell[(e, identity)]), e))
        for entity in entities:
            if entity == main or stands_for.get(entity) != identity:
                continue  # a piece on another identity's entity is that entity's merge
            frag, whole = side(entity, identity), side(main, identity)
            example = f"{sorted(frag.texts)} / {sorted(whole.texts)}"
            idx = by_cell[(entity, identity)]
            cls = classify(SPLIT_CLASSES, frag, whole)
            errors.append(CrossError("split", cls, example, idx, main))
    for entity, identities in by_entity.items():
        owner = side(entity, stands_for[entity])
        for identity in identities:
            if identity != stands_for[entity]:
                other = side(entity, identity)
                example = f"{sorted(other.texts)} into {sorted(owner.texts)}"
                idx = by_cell[(entity, identity)]
                cls = classify(MERGE_CLASSES, other, owner)
                errors.append(CrossError("merge", cls, example, idx, f"{entity}#{identity}"))
    return items, errors


def gain(items: list[Item], errors: list[CrossError]) -> float:
    """Return the B-cubed F1 gained by undoing these errors."""
    fixed = list(items)
    for e in errors:
        for i in e.indices:
            fixed[i] = (e.target, fixed[i][1])
    return b_cubed(fixed)[2] - b_cubed(items)[2]


@dataclass
class SetWords:
    """What the whole set says about words and names, to tell noise apart."""

    lower: set[str]  # words written in lower case somewhere in the set
    gold_names: set[str]  # normalised gold names anywhere in the set
    gold_types: dict[str, set[str]]  # normalised gold name -> the gold types it has

    @classmethod
    def of(cls, docs: list[Document]) -> SetWords:
        """Collect the words and gold names of a set."""
        types: dict[str, set[str]] = defaultdict(set)
        for d in docs:
            for g in d.gold:
                if g.type is not None:
                    types[norm(d.text(g))].add(g.type)
        return cls(
            {w for d in docs for w in re.findall(r"(?<=\s)[a-z][a-z-]+(?=[\s,.;:!?)])", d.body)},
            {norm(d.text(g)) for d in docs for g in d.gold},
            types,
        )


def noise_class(doc: Document, p: Mention, known: SetWords) -> str:
    """Return why a link that matches no gold name is noise (first rule that holds)."""
    text = doc.text(p)
    line_start = doc.line_starts[doc.line_of(p.start)]
    line = doc.body[line_start:].split("\n", 1)[0]
    before = doc.body[line_start : p.start]
    common = [w for w in text.split()[1:] if w.casefold() in known.lower]
    if re.search(r"\s(?:and|&)\s", text):
        return '"X and Y" joined'
    if sum(c.isupper() for c in line) > 0.6 * sum(c.isalpha() for c in line):
        return "all-caps line"
    if doc.line_of(p.start) == 0 and common:
        return "headline fragment"
    if any(min(p.end, o.end) > max(p.start, o.start) for o in doc.other_names):
        return "a name of another kind (GUM: event, object, work)"
    if norm(text) in known.gold_names:
        return "a name the gold annotates elsewhere (gap)"
    if " " not in text and text.casefold() in known.lower:
        if not before.strip() or re.search(r"[.!?\"“:]\s*$", before):
            return "sentence-initial common word"
        return "common word as a name"
    return "other unannotated name"


def noise(ev: Evaluation) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """Return noise links in fully annotated lines, and noise entities, by class."""
    known = SetWords.of(ev.docs)
    links: dict[str, list[str]] = defaultdict(list)
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    names: dict[str, str] = {}
    in_lines: set[str] = set()  # entities with a noise link in a fully annotated line
    for doc in ev.docs:
        found = {p for p, _ in ev.matched[doc.id]}
        for p in ev.predicted.get(doc.id, []):
            entity = p.identity or ""
            if p in found:
                votes[entity]["found"] += 1
                continue
            cls = noise_class(doc, p, known)
            votes[entity][cls] += 1
            names.setdefault(entity, doc.text(p))
            if doc.annotated(p.start):
                links[cls].append(doc.text(p))
                in_lines.add(entity)
    entities: dict[str, list[str]] = defaultdict(list)
    for entity, count in votes.items():
        if "found" not in count and entity in in_lines:
            entities[count.most_common(1)[0][0]].append(names[entity])
    return links, entities


def type_errors(ev: Evaluation) -> dict[str, list[str]]:
    """Return the matched pairs with a wrong type, by (gold -> tool) type."""
    known = SetWords.of(ev.docs)
    classes: dict[str, list[str]] = defaultdict(list)
    for doc, p, g in ev.pairs():
        if g.type is not None and p.type != g.type:
            text = doc.text(p)
            if p.type in known.gold_types.get(norm(doc.text(g)), set()):
                cls = "gold gives this name both types (metonymy)"
            else:
                acr = " (acronym)" if text.replace(".", "").isupper() else ""
                cls = f"{g.type} typed {p.type}{acr}"
            classes[cls].append(text)
    return classes


_DESCRIPTION_WORDS = PERSON_TITLES | ROLE_WORDS | COMMON_WORDS | DEMONYMS | MONTHS_DAYS
_SMALL_WORDS = MINOR_WORDS | {"a", "an", "to", "by", "with", "von", "van", "der", "da", "bin"}


def is_description(text: str) -> bool:
    """Whether a gold "name" is a role or a description: a word in lower case, a number,
    or only titles, roles, demonyms and common words ("The President", "Governor of
    Virginia" is a role with a place in it, "Muslims", "14-year-old")."""
    words = re.findall(r"[\w'’.-]+", text)
    if len(words) == 1 and len(text) >= 2 and text.replace(".", "").isupper():
        return False  # an acronym ("FIRST", "NASA") names a body
    content = [w for w in words if w.lower() not in _SMALL_WORDS]
    if not content or any(w[0].islower() or w[0].isdigit() for w in content):
        return True
    first = norm_key(content[0])
    return (
        first in PERSON_TITLES
        or first in ROLE_WORDS
        or all(norm_key(w) in _DESCRIPTION_WORDS for w in content)
    )


def nested(doc: Document, g: Mention) -> bool:
    """Whether a gold name lies inside a longer gold name ("Helsinki" in "University of
    Helsinki"): a page links one name per span of text, so only the longer one."""
    return any(o.start <= g.start and g.end <= o.end and o != g for o in doc.gold)


def not_linkable(doc: Document, g: Mention) -> bool:
    """Whether a gold name is one a reader would not have linked on its own."""
    return nested(doc, g) or is_description(doc.text(g))


def miss_class(doc: Document, g: Mention, tool: Evaluation, raw: Evaluation | None) -> str:
    """Return why a gold name is linked nowhere (first rule that holds)."""
    if nested(doc, g):
        return "nested in a longer gold name"
    if is_description(doc.text(g)):
        return "a role or description, not a name"
    overlaps = [p for p in tool.predicted.get(doc.id, []) if p.start < g.end and g.start < p.end]
    if overlaps:
        return "inside or across another name the tool links"
    if raw is not None and any(
        p.start < g.end and g.start < p.end for p in raw.predicted.get(doc.id, [])
    ):
        return "the model found it, the tool dropped it"
    return "the model found no name there"


def misses(tool: Evaluation, raw: Evaluation | None) -> dict[str, list[str]]:
    """Return the gold names the tool links nowhere, by class."""
    classes: dict[str, list[str]] = defaultdict(list)
    for doc in tool.docs:
        found = {g for _, g in tool.matched[doc.id]}
        for g in doc.gold:
            if g not in found:
                classes[miss_class(doc, g, tool, raw)].append(doc.text(g))
    return classes


def examples(texts: list[str], n: int = 3) -> str:
    """Return the most frequent few texts of a class."""
    return "; ".join(f"{t!r} x{c}" if c > 1 else repr(t) for t, c in Counter(texts).most_common(n))


def report(name: str, ev: Evaluation, raw: Evaluation | None = None) -> None:
    """Print one set's error classes and the fixes ranked by B-cubed F1 gain."""
    items, errors = cross_errors(ev)
    p, r, f = b_cubed(items)
    print(f"\n## {name}: B-cubed P {p:.3f} R {r:.3f} F1 {f:.3f} over {len(items)} mentions")
    ranked = []
    for kind in ("split", "merge"):
        groups: dict[str, list[CrossError]] = defaultdict(list)
        for e in errors:
            if e.kind == kind:
                groups[e.cls].append(e)
        print(f"\n{kind}s: {sum(len(g) for g in groups.values())}")
        for cls, group in sorted(groups.items(), key=lambda x: -gain(items, x[1])):
            g = gain(items, group)
            ranked.append((g, f"{kind}: {cls}"))
            mentions = sum(len(e.indices) for e in group)
            print(f"  {cls:<48} {len(group):>4} errors {mentions:>5} mentions  F1 +{g:.4f}")
            for e in sorted(group, key=lambda e: -len(e.indices))[:3]:
                print(f"      {e.example[:150]}")
    figures = score(ev)
    right = figures["link_precision"] * figures["links_judged"]
    links, entities = noise(ev)
    judged = figures["links_judged"]
    print(
        f"\nnoise links in fully annotated lines: {sum(map(len, links.values()))} of {judged:.0f}"
    )
    for cls, texts in sorted(links.items(), key=lambda x: -len(x[1])):
        up = right / (judged - len(texts)) - right / judged
        print(f"  {cls:<48} {len(texts):>5}  link P +{up:.3f}  {examples(texts)}")
    n_entities = figures["entities"]
    print(
        f"\nnoise entities (linked in an annotated line, no mention matches a gold name): "
        f"{sum(map(len, entities.values()))} of {n_entities:.0f}"
    )
    for cls, texts in sorted(entities.items(), key=lambda x: -len(x[1])):
        print(f"  {cls:<48} {len(texts):>5}  {examples(texts)}")
    types = type_errors(ev)
    n_typed = sum(1 for _, _, g in ev.pairs() if g.type is not None)
    print(f"\ntype errors: {sum(map(len, types.values()))} of {n_typed} matched")
    for cls, texts in sorted(types.items(), key=lambda x: -len(x[1])):
        print(
            f"  {cls:<48} {len(texts):>5}  accuracy +{len(texts) / n_typed:.3f}  {examples(texts)}"
        )
    missed = misses(ev, raw)
    n_gold = sum(len(d.gold) for d in ev.docs)
    n_missed = sum(map(len, missed.values()))
    print(f"\nmisses: {n_missed} of {n_gold} gold names")
    for cls, texts in sorted(missed.items(), key=lambda x: -len(x[1])):
        print(f"  {cls:<48} {len(texts):>5}  recall +{len(texts) / n_gold:.3f}  {examples(texts)}")
    wanted = [(d, g) for d in ev.docs for g in d.gold if not not_linkable(d, g)]
    found = {(d.id, g) for d, _, g in ev.pairs()}
    print(
        f"  mention recall over the {len(wanted)} names a reader would want linked (not "
        f"nested in a longer gold name, not a role or description): "
        f"{sum((d.id, g) in found for d, g in wanted) / max(1, len(wanted)):.3f}"
    )
    print("\nsplit and merge classes ranked by B-cubed F1 gain (each class undone alone):")
    for i, (g, label) in enumerate(sorted(ranked, reverse=True)[:10], 1):
        print(f"  {i:>2}. +{g:.4f}  {label}")


def main(argv: list[str]) -> int:
    """Evaluate the chosen sets and print the tool's error classes."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_common_options(parser)
    args = parser.parse_args(argv)
    for key in ("gum", "ecb") if args.set == "both" else (args.set,):
        raw, tool = evaluate(SETS[key][1](args.data, args.topics), args.cache_dir)
        report(set_name(key, args.topics), tool, raw)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
