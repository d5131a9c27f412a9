"""The entity network: who is named with whom, as data, as a laid-out view and as SVG.

Two entities are linked when one sentence names both; the link's weight is the number of
such sentences (:attr:`SiteGraph.co_mentions`). The full network is exported as
``data/graph.json.gz``. The graph page draws only the strongest part of it, laid out here at
build time, so the browser only draws: the same input gives the same picture, and a
10,000-article archive costs the reader no more than a small one.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import numpy as np

from .graph import SiteGraph
from .models import Entity

VIEW_NODES = 400  # entities the graph page can show (the most mentioned with a link)
VIEW_EDGES = 4000  # links the graph page can show (the strongest among those entities)
LAYOUT_SIZE = 1000.0  # positions are in a square of this size
LAYOUT_ROUNDS = 300


def graph_json(graph: SiteGraph) -> dict[str, Any]:
    """Return the content of ``data/graph.json.gz``: every entity and link, sorted."""
    entities = graph.entities
    nodes = [
        {"id": e.id, "name": e.name, "type": e.type, "weight": len(e.mentions)}
        for e in sorted(entities.values(), key=lambda e: e.id)
    ]
    edges = [
        {"source": a, "target": b, "weight": n}
        for (a, b), n in sorted(graph.co_mentions.items())
        if a in entities and b in entities
    ]
    return {"nodes": nodes, "edges": edges}


@dataclass(frozen=True)
class NetworkView:
    """The part of the network the graph page shows, laid out."""

    nodes: list[Entity]  # strongest first
    positions: list[tuple[float, float]]
    edges: list[tuple[int, int, int]]  # (node index, node index, weight), strongest first
    total_nodes: int  # entities with at least one link
    total_edges: int


def network_view(
    graph: SiteGraph, max_nodes: int = VIEW_NODES, max_edges: int = VIEW_EDGES
) -> NetworkView:
    """Choose the most mentioned linked entities and their strongest links; lay them out."""
    entities = graph.entities
    pairs = {p: n for p, n in graph.co_mentions.items() if p[0] in entities and p[1] in entities}
    linked = {e for pair in pairs for e in pair}
    ranked = sorted(linked, key=lambda e: (-len(entities[e].mentions), e))[:max_nodes]
    index = {e: i for i, e in enumerate(ranked)}
    edges = sorted(
        ((index[a], index[b], n) for (a, b), n in pairs.items() if a in index and b in index),
        key=lambda t: (-t[2], t[0], t[1]),
    )[:max_edges]
    positions = layout(len(ranked), edges)
    return NetworkView([entities[e] for e in ranked], positions, edges, len(linked), len(pairs))


def layout(count: int, edges: list[tuple[int, int, int]]) -> list[tuple[float, float]]:
    """Place ``count`` nodes with a force-directed layout (Fruchterman and Reingold):
    linked nodes attract, all nodes repel. No randomness: the nodes start on a spiral in
    rank order, so the same network always gets the same picture."""
    if count == 0:
        return []
    golden = math.pi * (3 - math.sqrt(5))
    start = [(math.sqrt(i + 0.5) * math.cos(i * golden), math.sqrt(i + 0.5) * math.sin(i * golden))
             for i in range(count)]  # fmt: skip
    pos = np.array(start, dtype=np.float64)
    k = 1.0  # the ideal distance between nodes
    if edges:
        src = np.array([e[0] for e in edges])
        dst = np.array([e[1] for e in edges])
        # a link pulls by its weight (log, relative to the strongest), shared out over
        # its ends' links: otherwise a dense archive's hubs pull everything into one ball
        weight = np.log1p(np.array([e[2] for e in edges], dtype=np.float64))
        degree = np.bincount(np.concatenate([src, dst]), minlength=count).astype(np.float64)
        strength = weight / weight.max() / np.sqrt(degree[src] * degree[dst])
    temperature = math.sqrt(count) / 4
    for step in range(LAYOUT_ROUNDS):
        # repulsion k²/d along each pair's direction: sum over j of (pᵢ - pⱼ)·k²/d²
        # (written per axis: a (n, n) array at a time instead of an (n, n, 2) one)
        dx = pos[:, 0:1] - pos[:, 0]
        dy = pos[:, 1:2] - pos[:, 1]
        scale = k * k / (dx * dx + dy * dy + 1e-9)
        force = np.stack(((dx * scale).sum(axis=1), (dy * scale).sum(axis=1)), axis=1)
        if edges:
            d = pos[src] - pos[dst]
            length = np.sqrt((d**2).sum(axis=1)) + 1e-9
            pull = d * (length * strength / k)[:, None]
            np.add.at(force, src, -pull)
            np.add.at(force, dst, pull)
        force -= pos * 0.1  # gravity: keeps unlinked groups from drifting away
        norm = np.sqrt((force**2).sum(axis=1)) + 1e-9
        pos += force / norm[:, None] * np.minimum(norm, temperature)[:, None]
        temperature = max(temperature * 0.985, 0.01 * (1 + (step < LAYOUT_ROUNDS // 2)))
    # scaled to the square by the middle 96% of the nodes: a few outliers pushed far
    # away would otherwise squeeze everyone else into a corner; they sit on the edge
    low, high = np.percentile(pos, 2, axis=0), np.percentile(pos, 98, axis=0)
    spread = (LAYOUT_SIZE - 40) / max(float((high - low).max()), 1e-9)
    placed = np.clip((pos - low) * spread + 20, 0, LAYOUT_SIZE)
    return [(round(float(x), 1), round(float(y), 1)) for x, y in placed]


def strongest_ties(graph: SiteGraph, limit: int) -> list[tuple[Entity, Entity, int]]:
    """Return the ``limit`` strongest links, for the page's text alternative."""
    entities = graph.entities
    pairs = sorted(
        (p for p in graph.co_mentions.items() if p[0][0] in entities and p[0][1] in entities),
        key=lambda p: (-p[1], p[0]),
    )[:limit]
    return [(entities[a], entities[b], n) for (a, b), n in pairs]


@dataclass(frozen=True)
class Neighbour:
    """A node of an entity's small neighbourhood graph."""

    entity_id: str
    name: str
    type: str
    weight: int  # sentences shared with the centre
    x: float
    y: float
    r: float


def neighbourhood(
    graph: SiteGraph, entity: Entity, size: float = 300.0
) -> tuple[list[Neighbour], list[tuple[int, int]]]:
    """Lay out an entity's "often mentioned with" list around it: the centre node, then
    its neighbours on a circle (the strongest at the top, going clockwise), and the links
    among those neighbours, as ``(index, index)``."""
    related = graph.related.get(entity.id, [])
    centre = size / 2
    ring = size / 2 - 40
    top = max((n for _, n in related), default=1)
    nodes = [Neighbour(entity.id, entity.name, entity.type, 0, centre, centre, 12.0)]
    for i, (other_id, weight) in enumerate(related):
        other = graph.entities[other_id]
        angle = -math.pi / 2 + 2 * math.pi * i / len(related)
        nodes.append(
            Neighbour(
                other_id,
                other.name,
                other.type,
                weight,
                round(centre + ring * math.cos(angle), 1),
                round(centre + ring * math.sin(angle), 1),
                round(4 + 5 * math.sqrt(weight / top), 1),
            )
        )
    index = {n.entity_id: i for i, n in enumerate(nodes)}
    among: list[tuple[int, int]] = []
    for i, node in enumerate(nodes[1:], start=1):
        for other_id, _ in graph.related.get(node.entity_id, []):
            j = index.get(other_id)
            if j is not None and j > i:
                among.append((i, j))
    return nodes, sorted(among)


def view_records(view: NetworkView, urls: dict[str, str]) -> Iterator[list[Any]]:
    """Yield the graph page's compact node records: id, name, type, mentions, x, y, url."""
    for entity, (x, y) in zip(view.nodes, view.positions, strict=True):
        yield [entity.id, entity.name, entity.type, len(entity.mentions), x, y, urls[entity.id]]


def degree(view: NetworkView) -> dict[int, int]:
    """Return how many links each shown node has."""
    counts: dict[int, int] = defaultdict(int)
    for a, b, _ in view.edges:
        counts[a] += 1
        counts[b] += 1
    return counts
