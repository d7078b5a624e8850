"""Walks over BUILDS_ON edges: a model's ancestors and descendants, the chain between two models, and
each model's date (of the paper introducing it, else only when it was first seen)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import networkx as nx

from kg.analysis.common import GraphLike, date_text, day_number, find_node
from kg.analysis.lineage.apart import shown_name
from kg.analysis.lineage.infer import edge_kind
from kg.model import BUILDS_ON, INTRODUCES, MODEL, PAPER, PAPER_ENTITY_RELS


@dataclass(frozen=True)
class ModelDate:
    """When a model appears: ``date`` of the paper introducing it in the graph, or, when none does,
    ``first_seen``, the date of the first paper naming it (never a release date)."""

    date: str = ""
    first_seen: str = ""
    introduced_by: str = ""  # the introducing paper's title

    def as_dict(self) -> dict[str, str]:
        """``{"date", "first_seen", "introduced_by"}``; empty strings where unknown."""
        return {"date": self.date, "first_seen": self.first_seen, "introduced_by": self.introduced_by}


def model_dates(g: GraphLike, models: Iterable[str] | None = None) -> dict[str, ModelDate]:
    """Each model's ModelDate: the earliest dated paper introducing it, else the first dated one naming it.

    Examples:
        >>> from kg.model import Graph, Node, Edge, PAPER, MODEL, INTRODUCES, USES
        >>> G = Graph()
        >>> _ = G.add_node(Node("p1", PAPER, {"title": "PaLM", "date": "2022-04-05"}))
        >>> _ = G.add_node(Node("p2", PAPER, {"title": "Flan", "date": "2022-10-20"}))
        >>> _ = G.add_node(Node("m", MODEL, {"name": "PaLM"})); _ = G.add_node(Node("t", MODEL, {"name": "T5"}))
        >>> for e in (Edge("p1", INTRODUCES, "m"), Edge("p2", USES, "m"), Edge("p2", USES, "t")):
        ...     _ = G.add_edge(e)
        >>> d = model_dates(G.to_networkx()); (d["m"].date, d["t"].date, d["t"].first_seen)
        ('2022-04-05', '', '2022-10-20')
    """
    if models is None:
        models = [n for n, a in g.nodes(data=True) if a.get("label") == MODEL]
    out = {}
    dated: dict[str, tuple[int, str] | None] = {}  # paper -> (day, date text), None when undated: read once
    for m in models:
        intro: list[tuple[int, str, str]] = []
        seen: list[tuple[int, str]] = []
        for p, _, a in g.in_edges(m, data=True):
            if a.get("type") not in PAPER_ENTITY_RELS:
                continue
            if p not in dated:
                attrs = g.nodes[p]
                day = day_number(attrs.get("date")) or day_number(attrs.get("year"))
                dated[p] = (day, date_text(attrs)) if attrs.get("label") == PAPER and day is not None else None
            when = dated[p]
            if when is None:
                continue
            seen.append(when)
            if a.get("type") == INTRODUCES:
                intro.append((*when, str(g.nodes[p].get("title") or p)))
        if intro:
            _, when, title = min(intro)
            out[m] = ModelDate(when, "", title)
        elif seen:
            out[m] = ModelDate("", min(seen)[1])
        else:
            out[m] = ModelDate()
    return out


def _builds_on_graph(g: GraphLike, min_score: float, show_generic: bool) -> Any:
    """The BUILDS_ON edges of ``g`` scoring at least ``min_score`` (an explicit edge scores 1); edges to a
    generic architecture only with ``show_generic``."""
    h = nx.DiGraph()
    for s, t, a in g.edges(data=True):
        if a.get("type") != BUILDS_ON or float(a.get("score", 1.0)) < min_score:
            continue
        if a.get("generic") and not show_generic:
            continue
        h.add_edge(s, t, **{k: v for k, v in a.items() if k != "type"})
    return h


def _step(h: Any, s: str, t: str) -> dict[str, Any]:
    a = h.edges[s, t]
    reasons = a.get("reasons")
    if not isinstance(reasons, list):
        reasons = [a["evidence"]] if a.get("inferred") and a.get("evidence") else []
    sentence = a.get("sentence", "") if a.get("inferred") else a.get("evidence", "")
    return {"score": float(a.get("score", 1.0)), "inferred": bool(a.get("inferred", False)),
            "kind": edge_kind(a), "generic": bool(a.get("generic", False)), "rule": a.get("rule", ""),
            "reasons": [str(r) for r in reasons], "evidence": a.get("evidence", ""), "sentence": sentence}


def _entry(g: GraphLike, node: str, dates: Mapping[str, ModelDate]) -> dict[str, Any]:
    return {"model": shown_name(g, node), "id": node, **dates.get(node, ModelDate()).as_dict()}


def lineage(g: GraphLike, model: str, depth: int = 3, min_score: float = 0.0,
            show_generic: bool = False) -> dict[str, Any]:
    """The ancestors and descendants of ``model`` over BUILDS_ON edges, as nested trees.

    Args:
        g: the graph.
        model: a Model id or name (case, spaces and dashes ignored).
        depth: how many BUILDS_ON steps to follow each way.
        min_score: ignore edges scoring below this.
        show_generic: also follow edges to generic architectures (Transformer, LSTM, ...).

    Returns:
        ``{"model", "id", "date", "first_seen", "introduced_by", "ancestors": [...], "descendants": [...]}``;
        ``date`` is the introducing paper's ("" when no paper introduces the model; then ``first_seen``
        holds the first mention's date). Each entry adds the edge's ``kind`` (stated, name, inferred,
        candidate), ``score``, ``rule``, ``reasons``, ``sentence`` and its own ``ancestors``/``descendants``.

    Raises:
        NodeNotFound: no such model.
    """
    root = find_node(g, MODEL, model)
    h = _builds_on_graph(g, min_score, show_generic)
    near = nx.ego_graph(h.to_undirected(as_view=True), root, radius=depth) if root in h else [root]
    dates = model_dates(g, near)

    def order(o: str) -> str:
        return dates[o].date or dates[o].first_seen

    def walk(node: str, level: int, up: bool, seen: frozenset[str]) -> list[dict[str, Any]]:
        if level == 0 or node not in h:
            return []
        nxt = h.successors(node) if up else h.predecessors(node)
        out = []
        for other in sorted(nxt, key=lambda o: (order(o), o), reverse=not up):
            if other in seen:
                continue
            step = {**_entry(g, other, dates), **(_step(h, node, other) if up else _step(h, other, node))}
            step["ancestors" if up else "descendants"] = walk(other, level - 1, up, seen | {other})
            out.append(step)
        return out

    return {**_entry(g, root, dates), "ancestors": walk(root, depth, True, frozenset({root})),
            "descendants": walk(root, depth, False, frozenset({root}))}


def lineage_path(g: GraphLike, a: str, b: str, min_score: float = 0.0,
                 show_generic: bool = False) -> list[dict[str, Any]]:
    """The most confident BUILDS_ON chain between models ``a`` and ``b``, either way round.

    Returns:
        The steps ``[{"source", "target", "source_date", "source_first_seen", "target_date",
        "target_first_seen", "kind", "score", "inferred", "rule", "reasons", "sentence", "evidence"}]`` from
        the later model down to the earlier one; [] when no chain joins them.

    Raises:
        NodeNotFound: either model is missing.
    """
    ia, ib = find_node(g, MODEL, a), find_node(g, MODEL, b)
    h = _builds_on_graph(g, min_score, show_generic)
    for s, t in ((ia, ib), (ib, ia)):
        if s in h and t in h and nx.has_path(h, s, t):
            nodes = nx.shortest_path(h, s, t, weight=lambda u, v, d: 2.0 - float(d.get("score", 1.0)))
            break
    else:
        return []
    dates = model_dates(g, nodes)
    steps = []
    for u, v in zip(nodes, nodes[1:], strict=False):
        steps.append({"source": shown_name(g, u), "target": shown_name(g, v),
                      "source_date": dates[u].date, "source_first_seen": dates[u].first_seen,
                      "target_date": dates[v].date, "target_first_seen": dates[v].first_seen, **_step(h, u, v)})
    return steps
