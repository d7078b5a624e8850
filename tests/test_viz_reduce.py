"""``reduce_graph`` cuts a large graph to the best-linked nodes of its largest connected part: the same nodes, edges
and note as the induced subgraph it stands for, counted without walking subgraph views, in the graph's own order
(a subgraph view of a node list iterates its set, whose order changes with the process's string hashing)."""

from __future__ import annotations

from typing import Any

import networkx as nx
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.viz.slicing import reduce_graph


def induced_cut(G: Any, cap_nodes: int, cap_edges: int, keep: list[Any]) -> tuple[list[Any], list[Any]]:
    """What the cut stands for, by its definition: the induced subgraph of the best-linked nodes of the largest
    connected part (the one holding ``keep``), a tenth fewer at a time until its edges fit ``cap_edges``."""
    U = nx.Graph(G)
    must = set(keep)
    biggest = max(nx.connected_components(U), key=lambda c: (bool(must & c), len(c), min(map(str, c))))
    chosen = sorted(biggest, key=lambda n: (n not in must, -U.degree(n), str(n)))[:cap_nodes]
    while G.subgraph(chosen).number_of_edges() > cap_edges:
        chosen = chosen[: int(len(chosen) * 0.9)]
    H = G.subgraph(chosen).copy()
    return sorted(H.nodes(data=True)), sorted(H.edges(keys=True, data=True), key=lambda e: e[:3])


@settings(max_examples=80, deadline=None)
@given(edges=st.lists(st.tuples(st.integers(0, 14), st.integers(0, 14), st.sampled_from(["A", "B"])), max_size=45),
       lonely=st.lists(st.integers(15, 19), max_size=3), cap_nodes=st.integers(1, 16), cap_edges=st.integers(0, 40),
       keep=st.lists(st.integers(0, 19), max_size=1), view=st.booleans())
def test_the_cut_is_the_induced_subgraph_of_the_best_linked(edges: list[tuple[int, int, str]], lonely: list[int],
                                                            cap_nodes: int, cap_edges: int, keep: list[int],
                                                            view: bool) -> None:
    G = nx.MultiDiGraph()
    G.add_nodes_from((n, {"label": "Paper", "n": n}) for n in [*lonely, *range(15)])
    G.add_edges_from((u, v, {"type": kind}) for u, v, kind in edges)
    G = G.subgraph([n for n in G if n != 7]) if view else G  # as page_data hands it over without stubs
    keep = [n for n in keep if n in G]
    H, note = reduce_graph(G, cap_nodes, cap_edges, keep)
    if G.number_of_nodes() <= cap_nodes and G.number_of_edges() <= cap_edges:
        assert H is G and note is None
        return
    nodes, links = induced_cut(G, cap_nodes, cap_edges, keep)
    assert (sorted(H.nodes(data=True)), sorted(H.edges(keys=True, data=True), key=lambda e: e[:3])) == (nodes, links)
    assert list(H) == [n for n in G if n in H]  # in the graph's order
    assert list(H.edges(keys=True)) == [e for e in G.edges(keys=True) if e[0] in H and e[1] in H]
    loops = sum(G.number_of_edges(n, n) for n in keep)  # a kept node's own loops alone may pass the cap: then the
    # cap wins and the node is left out, as in the reference cut
    assert H.number_of_edges() <= cap_edges and (set(keep) <= set(H) or loops > cap_edges)
    assert note.startswith(f"Showing {len(nodes):,} of {G.number_of_nodes():,} nodes")
