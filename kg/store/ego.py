"""The neighbourhood one viewer page draws, read level by level from a frontier of ids (through the id index),
with what the page says about each node it draws: the paper dating it and, for a paper, its byline.

``around`` gives ``kg.viz.page_data(..., view="ego", focus=id, depth=depth)`` everything it reads, ``lineage``
everything ``view="lineage"`` with a model focus reads: the pages drawn from these subgraphs equal the pages
drawn from the whole graph (tests/test_store_ego.py compares them for every node of generated stores).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from kg.model import (AUTHOR, AUTHORED, INTRODUCES, LABELS, PAPER, PAPER_TARGET_LABELS, SCHEMA, SOURCE_LABELS,
                      TARGET_LABELS, Edge, Graph, Node)
from kg.store.cypher import (EGO_PAPERS, PAPER_AUTHORS, earliest_paper, ego_in, ego_out, ego_out_edges,
                             node_by_id, paper_links)

if TYPE_CHECKING:
    from kg.store.base import GraphStore

DATED_BY = "dated_by"
"""The node property naming the paper (by id) that kg.viz's ``when`` dates the node by, stored by the build
(``dating_papers``) so that the ego view reads it instead of aggregating every paper linked to a hub."""


def _label(labels: Iterable[str]) -> str | None:
    return next((lb for lb in labels if lb in LABELS), None)


def _year(props: dict[str, Any]) -> int | None:
    """A node's own year as kg.viz.slicing.year_of reads it (store reads do not import the viewer)."""
    year = props.get("year")
    if isinstance(year, int) and not isinstance(year, bool):
        return year
    date = str(props.get("date") or "")
    return int(date[:4]) if date[:4].isdigit() else None


def dating_papers(graph: Graph) -> dict[str, str]:
    """Node id -> the id of the paper kg.viz's ``when`` names for the node on the whole ``graph`` (left
    unchanged), or "" when none, for every node ``add_dating`` may date by a paper (the nodes of
    PAPER_TARGET_LABELS but the papers with a year): its earliest introducing paper (lowest year, then lowest
    id, among the papers with a year), else, when it has no own year and no year in ``first_seen``, its
    earliest linked paper of any relationship. The build stores it as DATED_BY.

    One pass over the edges (a 100,000-paper graph: about 1.8 M edges, about a second).

    Examples:
        >>> g = Graph()
        >>> for i, y in (("paper:a", 2020), ("paper:b", 2019)):
        ...     _ = g.add_node(Node(i, PAPER, {"year": y}))
        >>> _ = g.add_node(Node("topic:t", "Topic", {"name": "T"}))
        >>> _ = g.add_node(Node("model:m", "Model", {"first_seen": "2019"}))
        >>> for s, t in (("paper:a", "topic:t"), ("paper:b", "topic:t")):
        ...     _ = g.add_edge(Edge(s, "HAS_TOPIC", t))
        >>> _ = g.add_edge(Edge("paper:b", "MENTIONS", "model:m"))
        >>> _ = g.add_edge(Edge("paper:a", INTRODUCES, "model:m"))
        >>> dating_papers(g)
        {'model:m': 'paper:a', 'topic:t': 'paper:b'}
        >>> _ = g.add_node(Node("org:o", "Org", {"name": "O"}))
        >>> dating_papers(g)["org:o"]
        ''
    """
    targets = set(PAPER_TARGET_LABELS)
    years: dict[str, int] = {}
    for n in graph.nodes.values():
        if n.label == PAPER and (y := _year(n.props)) is not None:
            years[n.id] = y
    intro: dict[str, tuple[int, str]] = {}
    first: dict[str, tuple[int, str]] = {}
    for (source, rel, target) in graph.edges:
        y = years.get(source)
        if y is None or graph.nodes[target].label not in targets:
            continue
        key = (y, source)
        if key < first.get(target, (10**9, "")):
            first[target] = key
        if rel == INTRODUCES and key < intro.get(target, (10**9, "")):
            intro[target] = key
    out: dict[str, str] = {}
    for n in graph.nodes.values():
        if n.label in targets and n.id not in years:
            if n.id in intro:
                out[n.id] = intro[n.id][1]
            elif n.id in first and _year(n.props) is None and _year({"date": n.props.get("first_seen")}) is None:
                out[n.id] = first[n.id][1]
            else:
                out[n.id] = ""
    return dict(sorted(out.items()))


def _by_label(graph: Graph, ids: Iterable[str]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = defaultdict(list)
    for i in sorted(set(ids)):
        out[graph.nodes[i].label].append(i)
    return out


def around(store: GraphStore, focus: str, label: str, depth: int) -> Graph:
    """The ``label`` node ``focus`` and every node at most ``depth`` steps from it (either direction, never
    through a paper stub), every relationship between those, and what kg.viz reads about them beyond: the
    earliest paper linked to each node at the edge of the ball that dates it (``when``), the authors of the
    papers there, and the paper stubs next to the inner nodes. Empty when there is no such node.

    Reads: two indexed statements per label per level (every relationship of the frontier), one per label at
    the last level (the relationships among its nodes, of the types the schema allows between their labels:
    ``ego_out_edges``; none when it allows none), then per label at most two engine-side ``min`` aggregations
    for dates (a hub such as a Topic is never read paper by paper), the authors of the edge's papers and the
    dating papers' properties.
    """
    graph = Graph()
    rows = store.run(node_by_id(label), {"id": focus})
    if not rows:
        return graph
    graph.add_node(Node(focus, label, dict(rows[0]["props"])))
    ball, frontier = {focus}, [focus]
    for _ in range(depth):
        found: set[str] = set()
        for lab, ids in _by_label(graph, frontier).items():
            for out in (o for o in (True, False) if lab in (SOURCE_LABELS if o else TARGET_LABELS)):
                for row in store.run(ego_out(lab) if out else ego_in(lab), {"ids": ids}):
                    source, target = str(row["source"]), str(row["target"])
                    other, other_label, props = target if out else source, _label(row["labels"]), dict(row["node"])
                    if other_label is None:
                        continue
                    graph.add_node(Node(other, other_label, props))
                    graph.add_edge(Edge(source, str(row["type"]), target, dict(row["props"])))
                    if not props.get("stub") and other not in ball:
                        found.add(other)
        ball |= found
        frontier = sorted(found)
        if not frontier:
            break
    # the nodes ``depth`` steps away: their links to nearer nodes were read with those, the links among them not
    edge = frontier
    inside = dict.fromkeys(edge, True)
    labels = {graph.nodes[i].label for i in edge}
    for lab, ids in _by_label(graph, edge).items():
        types = [rel for rel, (sources, targets) in SCHEMA.items() if lab in sources and labels.intersection(targets)]
        for row in store.run(ego_out_edges(lab, types), {"ids": ids, "ball": inside}) if types else ():
            graph.add_edge(Edge(str(row["source"]), str(row["type"]), str(row["target"]), dict(row["props"])))
    _add_bylines(store, graph, [i for i in edge if graph.nodes[i].label == PAPER])
    add_dating(store, graph, edge)
    return graph


def _add_bylines(store: GraphStore, graph: Graph, papers: list[str]) -> None:
    """Add the authors of ``papers`` and their AUTHORED edges (``position``): a paper's byline."""
    if papers:
        for row in store.run(PAPER_AUTHORS, {"ids": papers}):
            graph.add_node(Node(str(row["source"]), AUTHOR, dict(row["node"])))
            graph.add_edge(Edge(str(row["source"]), AUTHORED, str(row["target"]), dict(row["props"])))


def add_dating(store: GraphStore, graph: Graph, ids: Iterable[str]) -> None:
    """Add to ``graph`` the paper kg.viz's ``when`` dates each node of ``ids`` by, with every relationship
    from it to the node: for a non-paper, the earliest introducing paper; for a node with no own year, no
    introducing paper and no year in ``first_seen``, the earliest paper linked to it. Earliest is the lowest
    year, then the lowest id: the paper the build stored as DATED_BY (``dating_papers``; "" for none), else,
    on a store built before it, found by an engine-side ``min`` (``earliest_paper``; a hub such as a Topic is
    never read paper by paper, but its links are all scanned). ``when`` on ``graph`` then answers as on the
    whole graph for ``ids``.
    """
    ids = sorted(set(ids))
    links: list[dict[str, Any]] = [{"id": i, "paper": str(graph.nodes[i].props[DATED_BY])} for i in ids
                                   if graph.nodes[i].props.get(DATED_BY)]
    ids = [i for i in ids if DATED_BY not in graph.nodes[i].props]  # a store built before DATED_BY: aggregate
    for lab, group in _by_label(graph, [i for i in ids if graph.nodes[i].label in SCHEMA[INTRODUCES][1]]).items():
        links += store.run(earliest_paper(lab, INTRODUCES), {"ids": group})
    introduced = {str(row["id"]) for row in links}
    rest = [i for i in ids if i not in introduced and graph.nodes[i].label in PAPER_TARGET_LABELS
            and _year(graph.nodes[i].props) is None
            and _year({"date": graph.nodes[i].props.get("first_seen")}) is None]
    for lab, group in _by_label(graph, rest).items():
        links += store.run(earliest_paper(lab), {"ids": group})
    unread = sorted({str(row["paper"]) for row in links} - set(graph.nodes))
    if unread:
        for row in store.run(EGO_PAPERS, {"ids": unread}):
            props = dict(row["props"])
            graph.add_node(Node(str(props["id"]), PAPER, props))
    for lab, group in _by_label(graph, {str(row["id"]) for row in links}).items():
        rows = sorted({(str(row["id"]), str(row["paper"])) for row in links if str(row["id"]) in group})
        for row in store.run(paper_links(lab), {"rows": [{"id": i, "paper": p} for i, p in rows]}):
            graph.add_edge(Edge(str(row["paper"]), str(row["type"]), str(row["id"]), dict(row["props"])))


def lineage(store: GraphStore, model_id: str, show_generic: bool = False) -> Graph:
    """The model ``model_id``, every model it builds on and every model building on it (any number of
    BUILDS_ON steps; through generic architectures only with ``show_generic``), the other parents of those building on it and the parents of those (the
    lineage view names them as parents not shown), the edges between them, and the papers dating the models
    drawn (``add_dating``): what ``kg.viz.page_data(..., view="lineage", focus=model_id)`` reads. Empty
    without the model.

    Reads: one indexed statement per BUILDS_ON level each way, one per level of parents, then the dates.
    """
    from kg.store.lineage import BuildsOn

    edges = BuildsOn(store, show_generic=show_generic)
    if not edges.add_model(model_id):
        return Graph()
    reached = {}
    for up in (True, False):
        frontier, seen = [model_id], {model_id}
        while frontier:
            edges.step(frontier, up)
            adjacency = edges.up if up else edges.down
            frontier = sorted({other for m in frontier for other, _ in adjacency[m]} - seen)
            seen.update(frontier)
        reached[up] = seen
    down = reached[False] - {model_id}
    edges.step(down, up=True)
    context = {p for d in down for p, _ in edges.up[d]} - reached[True] - reached[False]
    edges.step(context, up=True)
    add_dating(store, edges.graph, reached[True] | reached[False] | context)
    return edges.graph


def lineages(store: GraphStore, show_generic: bool = False) -> tuple[Graph, int]:
    """Every model, every BUILDS_ON edge (to generic architectures only with ``show_generic``) and the papers
    dating the models those edges join (``add_dating``): what ``kg.viz.page_data(..., view="lineage")`` reads with
    no focus; and how many edges to generic architectures it leaves out (0 with ``show_generic``).

    Reads: the models, their edges up (one statement each), the dates.
    """
    from kg.store.lineage import BuildsOn, hidden

    edges = BuildsOn(store, show_generic=show_generic)
    models = edges.add_all()
    edges.step(models, up=True)
    linked = {m for e in edges.graph.edges.values() for m in (e.source, e.target)}
    add_dating(store, edges.graph, linked)
    return edges.graph, 0 if show_generic else hidden(store, models, [], 0.0, False)["generic"]

