"""Apply a curation file to the clusters: merges, then splits, then per-entity edits."""

from __future__ import annotations

import re
from collections import defaultdict

from ..curation import Curation
from ..gazetteer import norm_key
from ..models import EntityType
from ..urls import slugify
from .archive import Cluster, Resolver
from .mentions import ORG, PERSON, PLACE, MentionRecord

TYPE_SYNONYMS: dict[str, EntityType] = {
    "person": PERSON,
    "people": PERSON,
    "per": PERSON,
    "organization": ORG,
    "organisation": ORG,
    "org": ORG,
    "place": PLACE,
    "location": PLACE,
    "loc": PLACE,
    "gpe": PLACE,
}


class CurationApplier:
    """Applies a curation file to the clusters (all lookups through indexes)."""

    def __init__(
        self, resolver: Resolver, clusters: dict[int, Cluster], curation: Curation
    ) -> None:
        self.resolver = resolver
        self.clusters = clusters
        self.curation = curation
        self.warnings: list[str] = []
        self.next_id = (max(clusters) + 1 if clusters else 0) + len(resolver.group_key) + 1
        self.names: dict[str, set[int]] = defaultdict(set)  # canonical name key / slug
        self.aliases: dict[str, set[int]] = defaultdict(set)
        self.owner: dict[int, int] = {}  # id(mention) -> cluster id
        for cid, c in clusters.items():
            self._index(cid)
            for m in c.mentions:
                self.owner[id(m)] = cid

    def warn(self, message: str) -> None:
        """Add a warning that names the curation file."""
        self.warnings.append(f"{self.curation.path}: {message}")

    def _keys(self, cid: int) -> tuple[list[str], list[str]]:
        c = self.clusters[cid]
        return [norm_key(c.name), slugify(c.name)], [norm_key(a) for a in c.aliases]

    def _index(self, cid: int) -> None:
        names, aliases = self._keys(cid)
        for k in names:
            self.names[k].add(cid)
        for k in aliases:
            self.aliases[k].add(cid)

    def _unindex(self, cid: int) -> None:
        names, aliases = self._keys(cid)
        for k in names:
            self.names[k].discard(cid)
        for k in aliases:
            self.aliases[k].discard(cid)

    def find_exact(self, name: str) -> int | None:
        """Return the cluster whose canonical name (or id) is ``name``."""
        hits = self.names.get(norm_key(name)) or self.names.get(name.strip())
        return min(hits) if hits else None

    def find(self, name: str) -> int | None:
        """Return the cluster a curated name means: canonical name or id, then aliases."""
        exact = self.find_exact(name)
        if exact is not None:
            return exact
        hits = self.aliases.get(norm_key(name))
        if not hits:
            return None
        return max(hits, key=lambda cid: (len(self.clusters[cid].mentions), -cid))

    def _move(self, m: MentionRecord, target: int) -> None:
        old = self.owner.get(id(m))
        if old == target:
            return
        if old is not None and old in self.clusters:
            self.clusters[old].mentions.remove(m)
        self.clusters[target].mentions.append(m)
        self.owner[id(m)] = target

    def _absorb(self, target: int, source: int) -> None:
        if target == source:
            return
        self._unindex(target)
        self._unindex(source)
        t, s = self.clusters[target], self.clusters.pop(source)
        for m in s.mentions:
            self.owner[id(m)] = target
        t.mentions.extend(s.mentions)
        t.aliases = [a for a in dict.fromkeys([*t.aliases, s.name, *s.aliases]) if a != t.name]
        t.links = list(dict.fromkeys([*t.links, *s.links]))
        t.description = t.description or s.description
        self._index(target)

    def _rename(self, cid: int, name: str) -> None:
        self._unindex(cid)
        c = self.clusters[cid]
        if c.name != name and c.name not in c.aliases:
            c.aliases.insert(0, c.name)
        c.name = name
        c.curated_name = True
        c.aliases = [a for a in c.aliases if a != name]
        self._index(cid)

    def apply(self) -> None:
        """Apply merges, then splits, then per-entity edits (ignores last)."""
        self.merges()
        self.splits()
        self.edits()
        for cid in [cid for cid, c in self.clusters.items() if not c.mentions]:
            del self.clusters[cid]

    def merges(self) -> None:
        """Merge entities as the file asks; report cycles and unknown names."""
        merges = self.curation.merges
        cyclic: set[str] = set()
        for start in merges:  # report each cycle once; its merges are ignored
            path = [start]
            node = merges[start]
            while node in merges and node not in path and node not in cyclic:
                path.append(node)
                node = merges[node]
            if node in path:
                cycle = path[path.index(node) :]
                cyclic.update(cycle)
                self.warn(
                    f"merge cycle {' -> '.join([*cycle, node])}; these merges are ignored, "
                    "remove one of them"
                )
        for source in merges:
            if source in cyclic:
                continue
            target = merges[source]
            while target in merges and target not in cyclic:
                target = merges[target]
            s, t = self.find(source), self.find(target)
            if s is None or t is None:
                missing = source if s is None else target
                self.warn(
                    f"merge {source!r} into {target!r}: no entity named {missing!r}; check the "
                    "spelling (canonical names, aliases and ids are accepted)"
                )
                continue
            keep_name = self.clusters[t].name
            self._absorb(t, s)
            self._rename(t, keep_name)

    def splits(self) -> None:
        """Move a name's mentions in the given articles to another (maybe new) entity."""
        article_pos: dict[str, int] = {}
        for i, a in enumerate(self.resolver.articles):
            path = a.source_path
            name = path.rsplit("/", 1)[-1]
            for k in (a.id, a.slug, path, name, path.rsplit(".", 1)[0], name.rsplit(".", 1)[0]):
                article_pos.setdefault(k, i)
        by_place: dict[tuple[int, str], list[MentionRecord]] = defaultdict(list)
        for m in self.resolver.mentions:
            if id(m) in self.owner:
                by_place[(m.article, m.key)].append(m)
                if norm_key(m.text) != m.key:
                    by_place[(m.article, norm_key(m.text))].append(m)
        for rule in self.curation.splits:
            key = norm_key(rule.name)
            for art_name, target_name in rule.articles.items():
                pos = article_pos.get(art_name)
                if pos is None:
                    self.warn(
                        f"{rule.where} ({rule.name}): no article {art_name!r}; use the file "
                        "name, id or slug of an article"
                    )
                    continue
                moving = [m for m in by_place.get((pos, key), []) if id(m) in self.owner]
                if not moving:
                    self.warn(
                        f"{rule.where}: no mention of {rule.name!r} in {art_name}; check the name"
                    )
                    continue
                target = self.find_exact(target_name)
                if target is None:
                    target = self.next_id
                    self.next_id += 1
                    source_type = self.clusters[self.owner[id(moving[0])]].type
                    self.clusters[target] = Cluster(
                        target, [], source_type, target_name, curated_name=True
                    )
                    self._index(target)
                for m in moving:
                    self._move(m, target)
                    m.note = f"curated split: {rule.name!r} in {art_name} is {target_name}"
                    m.confidence = 1.0

    def edits(self) -> None:
        """Apply each entity's edits: type, aliases, name, description, links, ignore."""
        by_key: dict[str, list[MentionRecord]] = defaultdict(list)
        for m in self.resolver.mentions:
            by_key[m.key].append(m)
            if norm_key(m.text) != m.key:
                by_key[norm_key(m.text)].append(m)
        ignored: list[int] = []
        for edit in self.curation.entities:
            cid = self.find(edit.name)
            if cid is None and edit.aliases:
                cid = next((c for c in map(self.find, edit.aliases) if c is not None), None)
            if cid is None:
                self.warn(
                    f"{edit.where}: no entity named {edit.name!r} in the archive; check the "
                    "spelling (canonical names, aliases and ids are accepted)"
                )
                continue
            c = self.clusters[cid]
            if edit.ignore:
                ignored.append(cid)
                continue
            if edit.type is not None:
                kind = TYPE_SYNONYMS.get(edit.type.strip().lower())
                if kind is None:
                    self.warn(
                        f"{edit.where} ({edit.name}): unknown type {edit.type!r}; use person, "
                        "organization or place"
                    )
                else:
                    c.type = kind
                    c.curated_type = True
            for alias in edit.aliases:
                other = self.find_exact(alias)
                if other is not None and other != cid:
                    self._absorb(cid, other)
                for m in by_key.get(norm_key(alias), []):
                    self._move(m, cid)
                    m.note, m.confidence = f"curated alias {alias!r}", 1.0
                if alias not in c.aliases and alias != c.name:
                    self._unindex(cid)
                    c.aliases.append(alias)
                    self._index(cid)
            if edit.rename:
                self._rename(cid, edit.rename)
            if edit.description is not None:
                c.description = edit.description
            for link in edit.links:
                if not re.match(r"^https?://", link):
                    self.warn(f"{edit.where} ({edit.name}): link {link!r} must start with https://")
                elif link not in c.links:
                    c.links.append(link)
        for cid in ignored:
            if cid in self.clusters:
                self._unindex(cid)
                del self.clusters[cid]
