"""The networkx projection lineage inference reads: every node and edge of a Graph, with only the
properties the build's lineage step reads (``kg.pipeline.add_inferred_lineage``), in a compact layout.

``Graph.to_networkx()`` gives every edge two dicts of its own (its key dict and its attributes) and copies
every property into them: at 100,000 papers, 1.8 M edges, about 1 GB. Inference reads a paper's text and
dates, other nodes' names, AUTHORED positions, the rule of INTRODUCES edges, the rule and evidence of USES
edges and the BUILDS_ON edges whole. The projection holds the same nodes and edges in the same order, so
every analysis run on it gives what it gives on ``to_networkx()``; an edge with no property but its type
(or an AUTHORED position, an INTRODUCES rule) shares one read-only attribute mapping with every edge like
it, and a pair of nodes joined by one such edge one read-only key mapping: about a fifth of the memory.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

from kg.analysis.lineage.apart import KEPT_APART
from kg.model import AUTHORED, BUILDS_ON, INTRODUCES, PAPER, USES, Graph

PAPER_READS = ("title", "name", "date", "year", "abstract", "authors_truncated", "listings", "categories")
"""The Paper properties inference reads (``kg.analysis.common.papers``, ``model_dates``, ``node_name``)."""
NODE_READS = ("name", "title", KEPT_APART)
"""The properties of other nodes it reads (``node_name``; a model kept apart from its namesakes, ``apart``)."""
EDGE_READS: dict[str, tuple[str, ...]] = {AUTHORED: ("position",), USES: ("rule", "evidence"), INTRODUCES: ("rule",)}
"""The properties read per edge type (``papers`` for AUTHORED, the stated-base rule of inference for USES, a
title's family for INTRODUCES); BUILDS_ON edges keep every property, other types none."""


def lineage_view(graph: Graph) -> Any:
    """A networkx MultiDiGraph with the nodes and edges of ``graph.to_networkx()`` in the same order, holding
    only the properties in PAPER_READS, NODE_READS and EDGE_READS (BUILDS_ON edges: all of theirs).

    Node attributes, BUILDS_ON edges and USES edges with properties are plain dicts of their own; the
    attributes of any other edge, and the key dict of a node pair joined by one such edge only, are
    read-only mappings shared between edges alike (changing them raises TypeError; removing a BUILDS_ON edge
    works). ``graph`` is left unchanged; its values (strings, lists) are shared, not copied.

    Examples:
        >>> from kg.model import Edge, Node, MODEL
        >>> G = Graph()
        >>> _ = G.add_node(Node("p", PAPER, {"title": "T", "date": "2020", "doi": "10.1/x"}))
        >>> _ = G.add_node(Node("m", MODEL, {"name": "M", "aliases": ["M1"]}))
        >>> _ = G.add_edge(Edge("p", INTRODUCES, "m", {"rule": "we-call"}))
        >>> g = lineage_view(G)
        >>> dict(g.nodes["p"]), dict(g.nodes["m"])
        ({'label': 'Paper', 'title': 'T', 'date': '2020'}, {'label': 'Model', 'name': 'M'})
        >>> dict(g.edges["p", "m", INTRODUCES])
        {'type': 'INTRODUCES', 'rule': 'we-call'}
    """
    import networkx as nx

    g = nx.MultiDiGraph()
    # filled as MultiDiGraph.add_node / add_edge would, in to_networkx's order (its documented dict layout:
    # node -> attributes, node -> neighbour -> key -> attributes), so that edges can share mappings
    node, succ, pred = g._node, g._succ, g._pred
    for nid in sorted(graph.nodes):
        n = graph.nodes[nid]
        keys = PAPER_READS if n.label == PAPER else NODE_READS
        node[nid] = {"label": n.label, **{k: v for k in keys if (v := n.props.get(k)) is not None}}
        succ[nid], pred[nid] = {}, {}
    attrs_like: dict[tuple[Any, ...], Mapping[str, Any]] = {}  # (type, properties) -> the shared attributes
    keys_like: dict[int, Mapping[str, Any]] = {}  # id of shared attributes -> the shared key dict
    for key in sorted(graph.edges):
        e = graph.edges[key]
        s, t, kind = e.source, e.target, e.type
        for end in (s, t):
            if end not in node:
                node[end], succ[end], pred[end] = {}, {}, {}
        attrs: Mapping[str, Any]
        if kind == BUILDS_ON:
            attrs = {"type": kind, **{k: v for k, v in e.props.items() if v is not None}}
        else:
            props = tuple((k, v) for k in EDGE_READS.get(kind, ()) if (v := e.props.get(k)) is not None)
            if kind == USES and props:  # an evidence sentence per edge: nothing to share
                attrs = {"type": kind, **dict(props)}
            else:
                shared = attrs_like.get((kind, props))
                if shared is None:
                    shared = attrs_like[(kind, props)] = MappingProxyType({"type": kind, **dict(props)})
                attrs = shared
        keydict = succ[s].get(t)
        if keydict is None:
            if isinstance(attrs, MappingProxyType):
                keydict = keys_like.get(id(attrs))
                if keydict is None:
                    keydict = keys_like[id(attrs)] = MappingProxyType({kind: attrs})
            else:
                keydict = {kind: attrs}
        else:
            if isinstance(keydict, MappingProxyType):  # a second edge between the pair: a dict of its own
                keydict = dict(keydict)
            keydict[kind] = attrs
        succ[s][t] = keydict
        pred[t][s] = keydict
    return g
