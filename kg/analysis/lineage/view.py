"""The networkx projection lineage inference reads: every node and edge of a Graph, with only the
properties the build's lineage step reads (``kg.pipeline.add_inferred_lineage``), in a compact layout.

``Graph.to_networkx()`` gives every edge two dicts of its own (its key dict and its attributes) and copies
every property into them: at 100,000 papers, 1.8 M edges, about 1 GB. Inference reads a paper's text and
dates, other nodes' names, AUTHORED positions, the rule of INTRODUCES edges, the rule and evidence of USES
edges and the BUILDS_ON edges whole. The projection holds the same nodes and edges in the same order, so
every analysis run on it gives what it gives on ``to_networkx()``; an edge with no property but its type
(or an AUTHORED position, an INTRODUCES rule) shares one read-only attribute mapping with every edge like
it, and a pair of nodes joined by one such edge one read-only key mapping: about a fifth of the memory.
The build makes it once: the split of same-named models reads it and keeps it in step (``refresh_view``),
inference reads it next and frees it (``release_view``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Any

from kg.analysis.lineage.apart import KEPT_APART
from kg.model import AUTHORED, BUILDS_ON, INTRODUCES, PAPER, REL_TYPES, USES, Edge, Graph, Node

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
        node[nid] = _node_attrs(graph.nodes[nid])
        succ[nid], pred[nid] = {}, {}
    attrs_like: dict[tuple[Any, ...], Mapping[str, Any]] = {}  # (type, properties) -> the shared attributes
    keys_like: dict[int, Mapping[str, Any]] = {}  # id of shared attributes -> the shared key dict
    for key in sorted(graph.edges):
        e = graph.edges[key]
        s, t, kind = e.source, e.target, e.type
        for end in (s, t):
            if end not in node:
                node[end], succ[end], pred[end] = {}, {}, {}
        attrs = _edge_attrs(e, attrs_like)
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


def _node_attrs(n: Node) -> dict[str, Any]:
    keys = PAPER_READS if n.label == PAPER else NODE_READS
    return {"label": n.label, **{k: v for k in keys if (v := n.props.get(k)) is not None}}


def _edge_attrs(e: Edge, attrs_like: dict[tuple[Any, ...], Mapping[str, Any]]) -> Mapping[str, Any]:
    """What the projection holds of edge ``e``: a dict of its own (BUILDS_ON, USES with properties), else the
    read-only mapping ``attrs_like`` shares between edges alike."""
    kind = e.type
    if kind == BUILDS_ON:
        return {"type": kind, **{k: v for k, v in e.props.items() if v is not None}}
    props = tuple((k, v) for k in EDGE_READS.get(kind, ()) if (v := e.props.get(k)) is not None)
    if kind == USES and props:  # an evidence sentence per edge: nothing to share
        return {"type": kind, **dict(props)}
    shared = attrs_like.get((kind, props))
    if shared is None:
        shared = attrs_like[(kind, props)] = MappingProxyType({"type": kind, **dict(props)})
    return shared


def refresh_view(g: Any, graph: Graph, nodes: Iterable[str], pairs: Iterable[tuple[str, str]]) -> None:
    """Bring ``g``, the ``lineage_view`` of ``graph``, in step with ``graph`` after the nodes ``nodes`` were added
    or had their properties changed and the edges between the (source, target) ``pairs`` were added, removed
    or changed: ``g`` then holds what ``lineage_view(graph)`` would, in the same order (it is changed in
    place: networkx's views of it stay valid). Costs a sort of the nodes when one is new, and work in
    proportion to the pairs' nodes' edges otherwise.
    """
    node, succ, pred = g._node, g._succ, g._pred
    added = False
    for nid in nodes:
        added = added or nid not in node
        node[nid] = _node_attrs(graph.nodes[nid])
        succ.setdefault(nid, {})
        pred.setdefault(nid, {})
    if added:  # in id order, as ``lineage_view`` adds them
        for d in (node, succ, pred):
            _reorder(d, lambda item: item[0])
    attrs_like: dict[tuple[Any, ...], Mapping[str, Any]] = {}
    sources, targets = set(), set()
    for s, t in set(pairs):
        edges = [graph.edges[k] for k in sorted((s, kind, t) for kind in REL_TYPES) if k in graph.edges]
        if not edges:
            succ[s].pop(t, None)
            pred[t].pop(s, None)
        else:
            keydict = {e.type: _edge_attrs(e, attrs_like) for e in edges}
            succ[s][t] = pred[t][s] = keydict
        sources.add(s)
        targets.add(t)
    for s in sources:  # its targets in the order of the first of their (type, target) keys, as edges are added
        _reorder(succ[s], lambda item: (min(item[1]), item[0]))
    for t in targets:  # its sources in id order
        _reorder(pred[t], lambda item: item[0])


def _reorder(d: dict[str, Any], key: Any) -> None:
    """Put the items of ``d`` in the order ``key`` (of an item) sorts them, in place."""
    items = sorted(d.items(), key=key)
    d.clear()
    d.update(items)


def release_view(g: Any) -> None:
    """Free ``g`` (a networkx graph) once its caller drops it, without a collection of every generation:
    networkx's cached views (``g.nodes``, ``g.edges``, ...) hold their graph in a reference cycle, which
    clearing its attributes breaks (even when ``gc.freeze`` keeps the collector away from it). ``g`` is
    empty afterwards."""
    g.__dict__.clear()
