"""Lineage reads that touch only what one answer needs: BUILDS_ON read one step at a time from a frontier of
model ids (through the id index), and the few papers that date the models found.

``around`` gives ``kg.analysis.lineage.lineage`` everything it reads about one model, ``between`` everything
``kg.analysis.lineage.lineage_path`` reads about two: their answers on these subgraphs equal their answers on
the whole graph (tests/test_store_lookups.py compares them for every model of generated stores).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import partial
from heapq import heappop, heappush
from itertools import count
from typing import TYPE_CHECKING, Any

from kg.model import BUILDS_ON, INTRODUCES, MENTIONS, MODEL, PAPER, Edge, Graph, Node
from kg.store.cypher import (BUILDS_ON_DOWN, BUILDS_ON_DOWN_HIDDEN, BUILDS_ON_DOWN_ORDER, BUILDS_ON_DOWN_SCORES,
                             BUILDS_ON_IN, BUILDS_ON_OUT, BUILDS_ON_UP, BUILDS_ON_UP_HIDDEN, BUILDS_ON_UP_ORDER,
                             BUILDS_ON_UP_SCORES, CHAIN_EDGES, LINEAGE_EDGE, MODELS_BY_ID, NAMING_PAPERS, NEAR_DEPTH,
                             ORDER_KEYS, PAIR_AUTHORS, PAIR_CITES, PAIR_PAPERS, PAIR_PARENTS, lineage_near,
                             node_by_id, read_nodes)

if TYPE_CHECKING:
    from kg.store.base import GraphStore

PATH_LIMIT = 10
CITES_SHOWN = 5
"""The most citations ``pair`` reads each way between the papers naming two models (ordered by paper ids)."""
NEAR_WIDE = 40
"""The most BUILDS_ON edges one way from one model (kept or not) ``around`` reads in its one statement (then cuts
to the width asked): past it the paths multiply (T5's 4,157 descendants had 51,621 paths within three steps, a
23 MB row that took the engine 400 MB), and the walk goes a level at a time, each edge read once (with a width,
only the shown models' steps). In the 100,000-paper store 29 models have more (28 over 1,000, the other 324), 44
have 21 to 40."""

DATED = ("name", "date", "first_seen", "introduced_by", "kept_apart_by", "dropped_parents")
"""The model properties ``around`` reads (``kg.analysis.lineage.lineage`` prints the name, the dates and, for a
model kept apart from a namesake, its introducing paper; kg lineage the stated parents the build left out of the
model asked about: ``dropped_parents``, the model's only)."""
Adjacency = dict[str, list[tuple[str, dict[str, Any]]]]  # model id -> [(other end, edge props)], sorted by id


def builds_on_counts(graph: Graph) -> dict[str, dict[str, int]]:
    """Model id -> ``{BUILDS_ON_OUT: edges leaving it, BUILDS_ON_IN: edges entering it}`` (BUILDS_ON, kept or
    not) for every model of ``graph``, which is left unchanged: what the build stores on each model for the
    reads of ``around`` (kg.store.cypher.lineage_near; ``BuildsOn.step``). One pass over the edges.

    Examples:
        >>> g = Graph()
        >>> for m in ("model:a", "model:b", "model:c"):
        ...     _ = g.add_node(Node(m, MODEL))
        >>> for s, t in (("model:a", "model:b"), ("model:c", "model:b")):
        ...     _ = g.add_edge(Edge(s, BUILDS_ON, t))
        >>> builds_on_counts(g)["model:b"], builds_on_counts(g)["model:a"]
        ({'builds_on_out': 0, 'builds_on_in': 2}, {'builds_on_out': 1, 'builds_on_in': 0})
    """
    counts = {n.id: {BUILDS_ON_OUT: 0, BUILDS_ON_IN: 0} for n in graph.by_label(MODEL)}
    for source, kind, target in graph.edges:
        if kind == BUILDS_ON:
            counts[source][BUILDS_ON_OUT] += 1
            counts[target][BUILDS_ON_IN] += 1
    return counts


def kept(props: dict[str, Any], min_score: float, show_generic: bool) -> bool:
    """Whether kg.analysis.lineage keeps a BUILDS_ON edge with ``props`` (no None values): ``score`` (1 when it
    has none) at least ``min_score``, and not ``generic`` unless ``show_generic``.

    Examples:
        >>> kept({"score": 0.5}, 0.6, False), kept({}, 0.6, False), kept({"generic": True}, 0.0, False)
        (False, True, False)
    """
    return float(props.get("score", 1.0)) >= min_score and not (props.get("generic") and not show_generic)


READS = {"all": (BUILDS_ON_UP, BUILDS_ON_DOWN), "order": (BUILDS_ON_UP_ORDER, BUILDS_ON_DOWN_ORDER),
         "scores": (BUILDS_ON_UP_SCORES, BUILDS_ON_DOWN_SCORES)}
"""What ``BuildsOn`` reads of each step (statements up, down): every property of the edge and the model reached;
the edge's ``score`` and ``generic`` and the model's ORDER_KEYS (a walk with a width, which reads the shown
steps' properties after: ``BuildsOn.read_whole``); ``score`` and ``generic`` only (kg lineage-path's search)."""


class BuildsOn:
    """BUILDS_ON edges as kg.analysis.lineage keeps them (score at least ``min_score``; generic ones only with
    ``show_generic``), read from ``store`` one frontier at a time and kept: ``graph`` grows with every read, of
    each step what ``reads`` (a key of READS) says."""

    def __init__(self, store: GraphStore, min_score: float = 0.0, show_generic: bool = False,
                 reads: str = "all") -> None:
        self.store, self.min_score, self.show_generic = store, min_score, show_generic
        self.statements, self.whole = READS[reads], reads == "all"
        self.graph = Graph()
        self.up: Adjacency = {}  # model -> the models it builds on
        self.down: Adjacency = {}  # model -> the models building on it
        # the models whose stored counts (BUILDS_ON_OUT, BUILDS_ON_IN) say they have no BUILDS_ON edge up / down:
        # not read that way (known from the properties read of them: not in "scores" steps)
        self.none: dict[bool, set[str]] = {True: set(), False: set()}

    def keeps(self, props: dict[str, Any]) -> bool:
        """Whether the analysis keeps an edge with ``props`` (``kept``)."""
        return kept(props, self.min_score, self.show_generic)

    def add_model(self, model_id: str) -> bool:
        """Read the model ``model_id`` into ``graph``; False when the store has none."""
        if model_id not in self.graph.nodes:
            rows = self.store.run(node_by_id(MODEL), {"id": model_id})
            if not rows:
                return False
            self._add(Node(model_id, MODEL, dict(rows[0]["props"])))
        return True

    def add_all(self) -> list[str]:
        """Read every model into ``graph`` (one statement); their ids, sorted."""
        for row in self.store.run(read_nodes(MODEL)):
            props = dict(row["props"])
            self._add(Node(str(props["id"]), MODEL, props))
        return sorted(n.id for n in self.graph.by_label(MODEL))

    def _add(self, node: Node) -> None:
        self.graph.add_node(node)
        for up, count in ((True, node.props.get(BUILDS_ON_OUT)), (False, node.props.get(BUILDS_ON_IN))):
            if count == 0:  # None in a store built before the counts
                self.none[up].add(node.id)

    def step(self, ids: Iterable[str], up: bool) -> list[str]:
        """Read the edges one step from ``ids`` (``up``: to what they build on; else from what builds on
        them), once per model and direction, none of a model storing none that way (no statement when no model
        has any); the models newly reached, sorted."""
        side = self.up if up else self.down
        todo = sorted({i for i in ids if i not in side})
        for i in todo:
            side[i] = []
        ask = [i for i in todo if i not in self.none[up]]
        if not ask:
            return []
        params = {"ids": ask, "min_score": float(self.min_score), "generic": bool(self.show_generic)}
        found: set[str] = set()
        for near, other, props in self._kept(self.store.run(self.statements[0 if up else 1], params), up, found):
            side[near].append((other, props))
        for i in ask:
            side[i].sort(key=lambda pair: pair[0])
        return sorted(found)

    def _kept(self, rows: Iterable[dict[str, Any]], up: bool, found: set[str] | None = None
              ) -> list[tuple[str, str, dict[str, Any]]]:
        """The kept edges of ``rows`` (read by one of ``statements``) as (near end, other end, props), added to
        ``graph`` with the models they reach (those new to it also to ``found``)."""
        whole, out = self.whole, []
        for row in rows:
            props = {k: v for k, v in (dict(row["props"]) if whole else row).items()
                     if v is not None and (whole or k in ("score", "generic"))}
            if not self.keeps(props):
                continue
            source, target = str(row["source"]), str(row["target"])
            near, other = (source, target) if up else (target, source)
            if other not in self.graph.nodes:
                node = dict(row["node"]) if whole else {"id": other, **{
                    k: v for k, v in zip(ORDER_KEYS, row.get("node") or (), strict=False) if v is not None}}
                self._add(Node(other, MODEL, node))
                if found is not None:
                    found.add(other)
            self.graph.add_edge(Edge(source, BUILDS_ON, target, props))
            out.append((near, other, props))
        return out

    def some(self, model_id: str, up: bool, limit: int) -> list[str]:
        """At most ``limit`` of the models the kept edges of ``model_id`` reach one way (any of them: one indexed
        statement stopping at ``limit`` rows, however many edges the model has), those edges added to ``graph``
        but not counted as all its edges that way (``neighbours`` still reads them all)."""
        if model_id in (self.up if up else self.down) or model_id in self.none[up]:
            return [other for other, _ in self.neighbours(model_id, up)][:limit]
        params = {"ids": [model_id], "min_score": float(self.min_score), "generic": bool(self.show_generic),
                  "limit": limit}
        return [other for _, other, _ in self._kept(self.store.run(self.statements[0 if up else 1] + " LIMIT $limit",
                                                                   params), up)]

    def towards(self, model_id: str, up: bool, others: Iterable[str]) -> list[tuple[str, dict[str, Any]]]:
        """The kept edges of ``model_id`` one way to any of ``others`` (one indexed statement over the pairs),
        as (other end, props) sorted by the other end's id, added to ``graph``; ``others`` must be in it."""
        if model_id in (self.up if up else self.down) or model_id in self.none[up]:
            wanted = set(others)
            return [(other, props) for other, props in self.neighbours(model_id, up) if other in wanted]
        pairs = [{"source": model_id, "target": o} if up else {"source": o, "target": model_id} for o in sorted(others)]
        out = []
        for row in self.store.run(CHAIN_EDGES, {"rows": pairs}):
            props = {k: v for k, v in dict(row["props"]).items()
                     if v is not None and (self.whole or k in ("score", "generic"))}
            if self.keeps(props):
                source, target = str(row["source"]), str(row["target"])
                self.graph.add_edge(Edge(source, BUILDS_ON, target, props))
                out.append((target if up else source, props))
        return sorted(out, key=lambda pair: pair[0])

    def read_whole(self, models: Iterable[str], steps: Iterable[tuple[str, str]]) -> None:
        """Read every property of ``models`` and of the BUILDS_ON edges ``steps`` (source, target) into
        ``graph``, in place of what the steps read of them (two indexed statements)."""
        ids = sorted(set(models))
        if ids:
            for row in self.store.run(MODELS_BY_ID, {"ids": ids}):
                props = {k: v for k, v in dict(row["props"]).items() if v is not None}
                self.graph.nodes[str(props["id"])] = Node(str(props["id"]), MODEL, props)
        rows = [{"source": s, "target": t} for s, t in sorted(set(steps))]
        if rows:
            for row in self.store.run(CHAIN_EDGES, {"rows": rows}):
                edge = Edge(str(row["source"]), BUILDS_ON, str(row["target"]),
                            {k: v for k, v in dict(row["props"]).items() if v is not None})
                self.graph.edges[edge.key] = edge

    def neighbours(self, model_id: str, up: bool) -> list[tuple[str, dict[str, Any]]]:
        """The kept edges of ``model_id`` one way, as (other end, props) sorted by the other end's id."""
        self.step([model_id], up)
        return (self.up if up else self.down)[model_id]


def around(store: GraphStore, model_id: str, depth: int, min_score: float = 0.0, show_generic: bool = False,
           width: int | None = None) -> Graph:
    """The model ``model_id``, every model at most ``depth`` kept BUILDS_ON steps above or below it, the edges
    leaving (above) or entering (below) those closer than ``depth``, kept or not, and the papers dating the
    models reached that store no dates: what ``kg.analysis.lineage.lineage(g, model_id, depth, min_score,
    show_generic, width, stored_dates=True)`` reads. With ``width``, only the steps of the models that answer
    shows (the first ``width`` steps of each, newest descendants and oldest ancestors first, by the dates the
    build stored). Empty without the model. Up to depth NEAR_DEPTH the models hold only the properties it
    reads (DATED; ``dropped_parents`` only the model ``model_id``), the kept edges only LINEAGE_EDGE; the
    models at the far end of an edge left out only their id.

    Reads: up to depth NEAR_DEPTH (3, the default) one statement, one row (``kg.store.cypher.lineage_near``)
    when no model on the way has more than NEAR_WIDE edges onward; otherwise, and deeper, one indexed
    statement per level each way (with ``width``, for the models shown only, of each step only what orders it,
    then two for every property of the shown steps and models) and two for the edges left out.
    """
    if depth < 1:
        edges = BuildsOn(store, min_score, show_generic)
        if not edges.add_model(model_id):
            return Graph()
        add_dates(store, edges.graph, stand_ins=False)
        _add_hidden(edges.graph, _read_hidden(store, [model_id], [model_id], min_score, show_generic))
        return edges.graph
    if depth <= NEAR_DEPTH:
        rows = store.run(lineage_near(depth), {"id": model_id, "wide": NEAR_WIDE})
        if not rows:
            return Graph()
        graph, left_out = Graph(), []
        found = rows[0]
        graph.add_node(_dated_model(found["model"]))
        keeps = partial(kept, min_score=min_score, show_generic=show_generic)
        if (_add_steps(graph, left_out, keeps, model_id, found["up"], up=True)
                and _add_steps(graph, left_out, keeps, model_id, found["down"], up=False)):
            add_dates(store, graph, stand_ins=False)
            _add_hidden(graph, left_out)
            return graph
    return _around_by_levels(store, model_id, depth, min_score, show_generic, width)


def _dated_model(values: list[Any]) -> Node:
    """The model node of ``[id, *values of DATED]`` (as ``kg.store.cypher.lineage_near`` returns it)."""
    props = {"id": values[0]}
    for k, v in zip(DATED, values[1:]):
        if v is not None:
            props[k] = v
    return Node(values[0], MODEL, props)


def _add_steps(graph: Graph, left_out: list[Edge], keeps: Callable[[dict[str, Any]], bool], near: str,
               steps: list[list[Any]] | None, up: bool) -> bool:
    """Add to ``graph`` the models and edges of the steps ``keeps`` keeps among ``steps``, the edges from the
    model ``near`` and from the models beyond it (``kg.store.cypher.lineage_near``'s nested lists), each edge
    and model once, and to ``left_out`` the edges it does not keep (with only ``generic`` and ``score``: what
    is beyond them is not read); False when a model's edges were not read (more than the query's ``$wide``)."""
    if steps is None:
        return False
    nodes, edges = graph.nodes, graph.edges  # filled directly: both ends of each edge are in ``nodes``
    for step in steps:
        other = step[0]
        key = (near, BUILDS_ON, other) if up else (other, BUILDS_ON, near)
        props = {k: v for k, v in zip(LINEAGE_EDGE, step[6]) if v is not None}
        if not keeps(props):
            left_out.append(Edge(*key, {k: props[k] for k in ("generic", "score") if k in props}))
            continue
        if other not in nodes:
            nodes[other] = _dated_model(step[:6])
        if key not in edges:
            edges[key] = Edge(*key, props)
        if len(step) > 7 and not _add_steps(graph, left_out, keeps, other, step[7], up):
            return False
    return True


def _add_hidden(graph: Graph, left_out: Iterable[Edge]) -> None:
    """Add the edges ``left_out`` to ``graph``, a model at their far end with only its id when it has no other."""
    for edge in left_out:
        for end in (edge.source, edge.target):
            if end not in graph.nodes:
                graph.add_node(Node(end, MODEL, {"id": end}))
        graph.add_edge(edge)


def _read_hidden(store: GraphStore, up: list[str], down: list[str], min_score: float,
                 show_generic: bool) -> list[Edge]:
    """The BUILDS_ON edges leaving the models ``up`` or entering ``down`` that a walk with these settings
    leaves out (two indexed statements), with their ``generic`` and ``score``."""
    out = []
    for statement, ids in ((BUILDS_ON_UP_HIDDEN, up), (BUILDS_ON_DOWN_HIDDEN, down)):
        if ids:
            params = {"ids": sorted(set(ids)), "min_score": float(min_score), "generic": bool(show_generic)}
            for row in store.run(statement, params):
                props = {k: row[k] for k in ("generic", "score") if row.get(k) is not None}
                out.append(Edge(str(row["source"]), BUILDS_ON, str(row["target"]), props))
    return out


def stored_order(props: dict[str, Any]) -> str | None:
    """The date a lineage answer orders a model by, from what the build stored on it (the introducing paper's
    date, else ``first_seen``: as ``add_dates`` reads them); None when it stores neither."""
    if props.get("date") and props.get("introduced_by"):
        return str(props["date"])
    if not props.get("date") and props.get("first_seen"):
        return str(props["first_seen"])
    return None


def _around_by_levels(store: GraphStore, model_id: str, depth: int, min_score: float,
                      show_generic: bool, width: int | None) -> Graph:
    """``around`` a level at a time: one indexed statement per level each way, two for the edges left out.
    With ``width``, the steps of the models the answer shows only, each read with only what orders it
    (``reads="order"``), then every property of the shown models and steps (two statements); a store that
    stores no dates (built before they were) is read whole, its order being known only from the papers."""
    edges = BuildsOn(store, min_score, show_generic, "all" if width is None else "order")
    if not edges.add_model(model_id):
        return Graph()
    graph, undated = edges.graph, set()
    walked: dict[bool, set[str]] = {True: set(), False: set()}
    shown: set[tuple[str, str]] = set()  # the steps the answer shows, as (source, target)
    for up in (True, False):
        adjacency = edges.up if up else edges.down
        paths = [(model_id, frozenset({model_id}))]  # the models to step from, with the path to each
        for _ in range(depth):
            walked[up].update(m for m, _ in paths)
            edges.step([m for m, _ in paths], up)
            if width is None:
                reached = sorted({o for m, seen in paths for o, _ in adjacency[m]} - walked[up])
                paths = [(o, frozenset()) for o in reached]
                continue
            unknown = sorted({o for m, _ in paths for o, _ in adjacency[m]
                              if stored_order(graph.nodes[o].props) is None} - undated)
            if unknown:
                if any(row.get("date") or row.get("year") for row in store.run(NAMING_PAPERS, {"ids": unknown})):
                    return _around_by_levels(store, model_id, depth, min_score, show_generic, None)
                undated.update(unknown)
            steps = [(m, seen, o) for m, seen in paths
                     for o in sorted((o for o, _ in adjacency[m] if o not in seen),
                                     key=lambda o: (stored_order(graph.nodes[o].props) or "", o),
                                     reverse=not up)[:width]]
            shown.update((m, o) if up else (o, m) for m, _, o in steps)
            paths = [(o, seen | {o}) for _, seen, o in steps]
            if not paths:
                break
    if width is not None:
        edges.read_whole({end for step in shown for end in step} - {model_id}, shown)
    add_dates(store, graph, stand_ins=False)
    _add_hidden(graph, _read_hidden(store, sorted(walked[True]), sorted(walked[False]), min_score, show_generic))
    return graph


def hidden(store: GraphStore, up: Iterable[str], down: Iterable[str], min_score: float = 0.0,
           show_generic: bool = False) -> dict[str, int]:
    """How many BUILDS_ON edges a lineage answer with these settings leaves out of the steps it takes: those
    leaving the models ``up`` (to what they build on) and entering the models ``down`` (from what builds on
    them), as ``{"generic": edges to a generic architecture (without ``show_generic``), "below_min_score":
    the others, scoring below ``min_score``}``, each edge counted once. Two indexed statements."""
    seen: dict[tuple[str, str], bool] = {}
    for statement, ids in ((BUILDS_ON_UP_HIDDEN, sorted(set(up))), (BUILDS_ON_DOWN_HIDDEN, sorted(set(down)))):
        if not ids:
            continue
        params = {"ids": ids, "min_score": float(min_score), "generic": bool(show_generic)}
        for row in store.run(statement, params):
            seen[(str(row["source"]), str(row["target"]))] = bool(row["generic"]) and not show_generic
    generic = sum(seen.values())
    return {"generic": generic, "below_min_score": len(seen) - generic}


def _reaches(edges: BuildsOn, source: str, target: str, limit: int) -> bool:
    """Whether a chain of at most ``limit`` kept BUILDS_ON steps leads from ``source`` up to ``target``: two
    breadth-first frontiers (up from ``source``, down from ``target``), the smaller one widened each round."""
    reached = [{source}, {target}]
    fronts = [[source], [target]]
    for _ in range(limit):
        if not fronts[0] or not fronts[1]:
            return False
        side = 0 if len(fronts[0]) <= len(fronts[1]) else 1
        edges.step(fronts[side], up=side == 0)
        adjacency = edges.up if side == 0 else edges.down
        fronts[side] = sorted({other for m in fronts[side] for other, _ in adjacency[m]} - reached[side])
        if reached[1 - side].intersection(fronts[side]):
            return True
        reached[side].update(fronts[side])
    return False


def _most_confident(edges: BuildsOn, source: str, target: str) -> list[str]:
    """The chain networkx's ``bidirectional_dijkstra`` (which ``nx.shortest_path`` runs for
    kg.analysis.lineage.lineage_path, weight 2 - score) finds from ``source`` up to ``target``, run here on
    edges read as it settles each model (up from the ones settled from ``source``, down into the ones settled
    from ``target``), its neighbours in id order as ``Graph.to_networkx`` builds them: it settles the same
    models in the same order as on the whole graph, so the analysis given these edges finds this chain too.
    The last model settled (the other side's next one is settled already) has only its edges to the models
    seen from the other side read, and a few more: enough to show that its side would not run dry (the
    search from BERT-Lite1 to BERT, its 3,199 children unread). [] when none joins them."""
    dists: list[dict[str, float]] = [{}, {}]
    seen: list[dict[str, float]] = [{source: 0.0}, {target: 0.0}]
    preds: list[dict[str, str | None]] = [{source: None}, {target: None}]
    fringe: list[list[tuple[float, int, str]]] = [[], []]
    c = count()
    heappush(fringe[0], (0.0, next(c), source))
    heappush(fringe[1], (0.0, next(c), target))
    finaldist: float | None = None
    meet = source
    direction = 1

    def chain() -> list[str]:
        forward, back = [], []
        node: str | None = meet
        while node is not None:
            forward.append(node)
            node = preds[0][node]
        node = preds[1][meet]
        while node is not None:
            back.append(node)
            node = preds[1][node]
        return forward[::-1] + back

    while fringe[0] and fringe[1]:
        direction = 1 - direction
        dist, _, v = heappop(fringe[direction])
        if v in dists[direction]:
            continue
        dists[direction][v] = dist
        if v in dists[1 - direction]:
            return chain()
        up, other = direction == 0, 1 - direction
        # the other side's next pop settles a model settled from this side: the search ends there, and of v's
        # edges only those to models seen from the other side can move the meeting point; the rest would only
        # keep this side's fringe from being empty, which one more edge than this side has seen models proves
        # (a hub's thousands of edges are not read)
        last = fringe[other][0][2] in dists[direction] and fringe[other][0][2] not in dists[other]
        if last and len(edges.some(v, up, len(seen[direction]) + 1)) > len(seen[direction]):
            steps = edges.towards(v, up, seen[other])
        else:
            steps, last = edges.neighbours(v, up), False
        for w, props in steps:
            length = dist + (2.0 - float(props.get("score", 1.0)))
            if w not in dists[direction] and (w not in seen[direction] or length < seen[direction][w]):
                seen[direction][w] = length
                heappush(fringe[direction], (length, next(c), w))
                preds[direction][w] = v
                if w in seen[other]:
                    total = length + seen[other][w]
                    if finaldist is None or finaldist > total:
                        finaldist, meet = total, w
        if last:
            return chain()
    return []


def between(store: GraphStore, a: str, b: str, min_score: float = 0.0, show_generic: bool = False,
            limit: int = PATH_LIMIT) -> Graph:
    """The models ``a`` and ``b`` and what ``kg.analysis.lineage.lineage_path(g, a, b, ...)`` reads about them
    when a chain of at most ``limit`` steps joins them (``a`` up to ``b`` looked for first, as the analysis
    does): the kept BUILDS_ON edges its shortest-path search weighs (ids, ``score``, ``generic``; of the last
    model it settles, those that decide its answer: ``_most_confident``), and the chain it finds with every
    property of its models and edges and the papers dating its models. A longer chain is not found (then the
    graph holds no chain).

    Reads: one indexed statement per frontier step (at most ``limit`` each way round), then one per model
    the shortest-path search settles (scores only; two for the last, each of a few rows), then the chain's
    properties and dating papers.
    """
    edges = BuildsOn(store, min_score, show_generic, reads="scores")
    present = [edges.add_model(m) for m in (a, b)]
    if not all(present) or a == b:
        return edges.graph
    chain: list[str] = []
    for s, t in ((a, b), (b, a)):
        if _reaches(edges, s, t, limit):
            chain = _most_confident(edges, s, t)
            break
    if not chain:
        return edges.graph
    graph = edges.graph
    for row in store.run(MODELS_BY_ID, {"ids": chain}):
        graph.add_node(Node(str(row["props"]["id"]), MODEL, dict(row["props"])))
    steps = [{"source": u, "target": v} for u, v in zip(chain, chain[1:], strict=False)]
    for row in store.run(CHAIN_EDGES, {"rows": steps}):
        graph.add_edge(Edge(str(row["source"]), BUILDS_ON, str(row["target"]), dict(row["props"])))
    add_dates(store, graph, chain)
    return graph


def pair(store: GraphStore, a: str, b: str) -> dict[str, Any]:
    """What the store holds that joins the models ``a`` and ``b`` (what ``kg.analysis.lineage.why`` weighs):
    ``{"models": {id: properties}, "edges": [{"source", "target", "props"}] (BUILDS_ON either way, kept or
    not), "papers": [papers naming both, with each one's relation type, rule and sentence to a and to b],
    "authors": [names of those who wrote a paper introducing a and one introducing b], "parents": {id: [{"id",
    "name", "kind", "rule", "score"}]} (every non-generic BUILDS_ON parent of a and of b, the other one included),
    "citations": [{"from": a or b, "citing", "citing_title", "citing_type", "cited", "cited_title", "cited_type"}]
    (a paper naming one model citing a paper naming the other, at most ``CITES_SHOWN`` each way)}``, papers by
    id, authors by name, parents by name. Indexed statements from the two models: no other model is read."""
    models = {str(row["props"]["id"]): {k: v for k, v in dict(row["props"]).items() if v is not None}
              for row in store.run(MODELS_BY_ID, {"ids": sorted({a, b})})}
    edges = [{"source": str(row["source"]), "target": str(row["target"]),
              "props": {k: v for k, v in dict(row["props"]).items() if v is not None}}
             for row in store.run(CHAIN_EDGES, {"rows": [{"source": a, "target": b}, {"source": b, "target": a}]})]
    papers = sorted(({k: v for k, v in dict(row).items() if v is not None}
                     for row in store.run(PAIR_PAPERS, {"a": a, "b": b})), key=lambda p: str(p["id"]))
    authors = sorted({str(row["name"]) for row in store.run(PAIR_AUTHORS, {"a": a, "b": b})})
    parents: dict[str, list[dict[str, Any]]] = {a: [], b: []}
    for row in store.run(PAIR_PARENTS, {"ids": sorted({a, b})}):
        props = {k: v for k, v in dict(row).items() if v is not None and k not in ("source", "target")}
        parents[str(row["source"])].append({"id": str(row["target"]), **props})
    citations = [{"from": x, **{k: v for k, v in dict(row).items() if v is not None}}
                 for x, y in ((a, b), (b, a)) if x != y
                 for row in store.run(PAIR_CITES, {"a": x, "b": y, "limit": CITES_SHOWN})]
    return {"models": models, "edges": sorted(edges, key=lambda e: (e["source"], e["target"])),
            "papers": papers, "authors": authors,
            "parents": {m: sorted(ps, key=lambda p: (str(p.get("name", p["id"])), p["id"])) for m, ps in parents.items()},
            "citations": citations}


def add_dates(store: GraphStore, graph: Graph, models: Iterable[str] | None = None, *,
              stand_ins: bool = True) -> None:
    """Add to ``graph`` the papers (with ``date``, ``year``, ``title``) and paper-to-model edges from which
    ``kg.analysis.lineage.model_dates`` finds the dates of ``models`` (default: every model in ``graph``),
    using the dates a build stores on each model (kg.pipeline.add_inferred_lineage, computed by model_dates on
    the whole graph), so that most models need no read:

    - a model with a ``date`` and ``introduced_by`` gets one paper node standing for its introducing paper
      (id ``<model id>#introduced``, that ``date`` and ``title``, an INTRODUCES edge);
    - a model with ``first_seen`` gets one paper node standing for its first sighting (id
      ``<model id>#first-seen``, ``date`` = first_seen, a MENTIONS edge), and when it also stores
      ``introduced_by`` (an undated paper introduces it) an undated one with that title and an INTRODUCES edge:
      finding the real one would read every
      paper naming the model (Paper.date is not indexed; 11,000 papers name BERT in the 100,000-paper store);
    - any other model (undated, or a store from before dates were stored) gets every paper naming it, as the
      whole-graph analysis reads them.

    Without ``stand_ins`` the first two get nothing: the analysis reads their dates from the model
    (``kg.analysis.lineage.lineage(..., stored_dates=True)``).
    """
    models = sorted(n.id for n in graph.by_label(MODEL)) if models is None else sorted(set(models))
    rest = []
    for m in models:
        props = graph.nodes[m].props
        when = stored_order(props)
        if when is None:
            rest.append(m)
            continue
        if not stand_ins:
            continue
        if props.get("date"):
            stand_in = [(f"{m}#introduced", INTRODUCES, {"date": when, "title": str(props["introduced_by"])})]
        else:
            stand_in = [(f"{m}#first-seen", MENTIONS, {"date": when})]
            if props.get("introduced_by"):  # an undated paper introduces it
                stand_in.append((f"{m}#introduced", INTRODUCES, {"title": str(props["introduced_by"])}))
        for paper, rel, dating in stand_in:
            graph.add_node(Node(paper, PAPER, {"id": paper, **dating}))
            graph.add_edge(Edge(paper, rel, m))
    if rest:
        _add_papers(graph, store.run(NAMING_PAPERS, {"ids": rest}))


def _add_papers(graph: Graph, rows: Iterable[dict[str, Any]]) -> None:
    for row in rows:
        props = {k: row[k] for k in ("date", "year", "title") if row.get(k) is not None}
        graph.add_node(Node(str(row["id"]), PAPER, {"id": str(row["id"]), **props}))
        graph.add_edge(Edge(str(row["id"]), str(row["type"]), str(row["model"])))
