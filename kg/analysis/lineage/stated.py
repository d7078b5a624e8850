"""What the build keeps of the BUILDS_ON edges extraction states, before inference adds its own."""

from __future__ import annotations

from kg.analysis.common import GraphLike, node_name
from kg.analysis.lineage.generic import is_generic, same_model
from kg.model import BUILDS_ON


def review_stated(g: GraphLike) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """The explicit BUILDS_ON edges to drop and those to mark ``generic``, as (source, target) id pairs.

    Dropped: an edge between a model and its own size or version alias ("Llama-7B" -> "LLaMA"), and an edge
    to a generic architecture resting on a name relation only (``rule`` name-...): only a stated adaptation
    ("we adapt the Transformer ...") links a model to a generic architecture, and that edge is marked.

    Examples:
        >>> from kg.model import Graph, Node, Edge, MODEL, BUILDS_ON
        >>> G = Graph()
        >>> for i, n in enumerate(["Swin Transformer", "Transformer", "Zeta", "Zeta 7B", "Alpa"]):
        ...     _ = G.add_node(Node(f"m{i}", MODEL, {"name": n}))
        >>> for s, t, rule in [("m0", "m1", "name-extension"), ("m2", "m1", "text-cue"), ("m3", "m2", "text-cue"),
        ...                    ("m2", "m4", "text-cue")]:
        ...     _ = G.add_edge(Edge(s, BUILDS_ON, t, {"rule": rule}))
        >>> review_stated(G.to_networkx())
        ([('m0', 'm1'), ('m3', 'm2')], [('m2', 'm1')])
    """
    drop, generic = [], []
    for s, t, a in sorted(g.edges(data=True), key=lambda e: (e[0], e[1])):
        if a.get("type") != BUILDS_ON or a.get("inferred"):
            continue
        if same_model(node_name(g, s), node_name(g, t)):
            drop.append((s, t))
        elif is_generic(node_name(g, t)):
            (drop if str(a.get("rule", "")).startswith("name-") else generic).append((s, t))
    return drop, generic
