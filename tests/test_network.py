"""The entity network: ``data/graph.json``, the graph page's laid-out view, the small
neighbourhood graphs."""

from __future__ import annotations

from itertools import combinations

from site_builder.graph import build_graph
from site_builder.network import (
    LAYOUT_SIZE,
    graph_json,
    layout,
    neighbourhood,
    network_view,
    strongest_ties,
)

from .small_site import ArticleSpec, make_site, ukraine_site


def test_graph_json_links_the_entities_of_each_sentence_by_count() -> None:
    site = ukraine_site()
    data = graph_json(build_graph(site))
    ids = [n["id"] for n in data["nodes"]]
    assert ids == sorted(e.id for e in site.resolution.entities)
    for node in data["nodes"]:
        entity = next(e for e in site.resolution.entities if e.id == node["id"])
        assert node == {"id": entity.id, "name": entity.name, "type": entity.type,
                        "weight": len(entity.mentions)}  # fmt: skip
    # count the pairs again, sentence by sentence, from the text itself
    expected: dict[tuple[str, str], int] = {}
    names = {e.id: e.name for e in site.resolution.entities}
    for article in site.articles:
        for paragraph in article.paragraphs:
            for sentence in paragraph.text.split(". "):
                present = sorted(i for i, n in names.items() if n in sentence)
                for pair in combinations(present, 2):
                    expected[pair] = expected.get(pair, 0) + 1
    got = {(e["source"], e["target"]): e["weight"] for e in data["edges"]}
    assert got == expected
    assert [(e["source"], e["target"]) for e in data["edges"]] == sorted(got)


def test_the_view_keeps_the_most_mentioned_and_their_strongest_links() -> None:
    graph = build_graph(ukraine_site())
    view = network_view(graph, max_nodes=3, max_edges=2)
    mentions = [len(e.mentions) for e in view.nodes]
    assert len(view.nodes) == 3 and mentions == sorted(mentions, reverse=True)
    linked = {e for pair in graph.co_mentions for e in pair}
    assert min(mentions) >= max(
        len(graph.entities[e].mentions) for e in linked - {n.id for n in view.nodes}
    )
    assert len(view.edges) <= 2
    assert [w for *_, w in view.edges] == sorted((w for *_, w in view.edges), reverse=True)
    assert view.total_edges == len(graph.co_mentions)


def test_the_layout_is_deterministic_inside_the_square_and_pulls_linked_nodes_together() -> None:
    # two groups of four, linked inside only
    edges = [(a, b, 3) for g in (0, 4) for a, b in combinations(range(g, g + 4), 2)]
    first = layout(8, edges)
    assert first == layout(8, edges)
    assert all(0 <= x <= LAYOUT_SIZE and 0 <= y <= LAYOUT_SIZE for x, y in first)

    def dist(a: int, b: int) -> float:
        return float(((first[a][0] - first[b][0]) ** 2 + (first[a][1] - first[b][1]) ** 2) ** 0.5)

    inside = max(dist(a, b) for g in (0, 4) for a, b in combinations(range(g, g + 4), 2))
    across = min(dist(a, b) for a in range(4) for b in range(4, 8))
    assert inside < across


def test_strongest_ties_come_first() -> None:
    ties = strongest_ties(build_graph(ukraine_site()), 3)
    counts = [n for *_, n in ties]
    assert counts == sorted(counts, reverse=True) and len(ties) == 3
    assert (ties[0][0].id, ties[0][1].id, ties[0][2]) == ("nato", "olena-petrenko", 2)


def test_the_neighbourhood_puts_the_entity_in_the_middle_of_its_related_list() -> None:
    graph = build_graph(ukraine_site())
    entity = graph.entities["olena-petrenko"]
    nodes, links = neighbourhood(graph, entity, size=300)
    assert nodes[0].entity_id == entity.id and (nodes[0].x, nodes[0].y) == (150, 150)
    assert [n.entity_id for n in nodes[1:]] == [o for o, _ in graph.related[entity.id]]
    for node in nodes[1:]:
        assert abs(((node.x - 150) ** 2 + (node.y - 150) ** 2) ** 0.5 - 110) < 0.2
    for a, b in links:  # links among the neighbours are real co-mentions
        pair = tuple(sorted((nodes[a].entity_id, nodes[b].entity_id)))
        assert pair in graph.co_mentions


def test_an_entity_named_alone_has_no_neighbourhood() -> None:
    site = make_site(
        [ArticleSpec("a", "A", ["Lviv is quiet. Kyiv is busy."])],
        {"lviv": ("Lviv", "place"), "kyiv": ("Kyiv", "place")},
    )
    graph = build_graph(site)
    assert graph_json(graph)["edges"] == []
    nodes, links = neighbourhood(graph, graph.entities["lviv"])
    assert len(nodes) == 1 and links == []
