"""Walks over BUILDS_ON edges: a model's ancestors and descendants, the chain between two models, and
each model's date (of the paper introducing it, else only when it was first seen)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import networkx as nx

from kg.analysis.common import GraphLike, date_text, day_number, find_node
from kg.analysis.lineage.apart import shown_name
from kg.analysis.lineage.kinds import edge_kind
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


def paper_name(attrs: Mapping[str, Any], pid: str) -> str:
    """How a paper is shown as a model's introducing paper: its title, else its ``name`` (``arXiv:ID`` for an
    untitled arXiv record, ``kg.resolve.paper_props``), else its id.

    Examples:
        >>> paper_name({"name": "arXiv:2103.16054", "title": ""}, "paper:arxiv:2103.16054")
        'arXiv:2103.16054'
    """
    return str(attrs.get("title") or attrs.get("name") or pid)


def model_dates(g: GraphLike, models: Iterable[str] | None = None) -> dict[str, ModelDate]:
    """Each model's ModelDate: the earliest dated paper introducing it, else the first dated one naming it
    (``first_seen``) and, when only undated papers introduce it, the first of their titles (``introduced_by``).

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
        >>> _ = G.add_node(Node("p3", PAPER, {"title": "Undated"})); _ = G.add_edge(Edge("p3", INTRODUCES, "t"))
        >>> model_dates(G.to_networkx(), ["t"])["t"]
        ModelDate(date='', first_seen='2022-10-20', introduced_by='Undated')
    """
    if models is None:
        models = [n for n, a in g.nodes(data=True) if a.get("label") == MODEL]
    out = {}
    dated: dict[str, tuple[int, str] | None] = {}  # paper -> (day, date text), None when undated: read once
    for m in models:
        intro: list[tuple[int, str, str]] = []
        undated_intro: list[str] = []  # titles of the introducing papers without a date
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
                if a.get("type") == INTRODUCES:
                    undated_intro.append(paper_name(g.nodes[p], p))
                continue
            seen.append(when)
            if a.get("type") == INTRODUCES:
                intro.append((*when, paper_name(g.nodes[p], p)))
        if intro:
            _, when, title = min(intro)
            out[m] = ModelDate(when, "", title)
        else:
            out[m] = ModelDate("", min(seen)[1] if seen else "", min(undated_intro, default=""))
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


def shown_step(a: Mapping[str, Any]) -> dict[str, Any]:
    """What an answer shows of a BUILDS_ON edge with the properties ``a``."""
    reasons = a.get("reasons")
    if not isinstance(reasons, list):
        reasons = [a["evidence"]] if a.get("inferred") and a.get("evidence") else []
    sentence = a.get("sentence", "") if a.get("inferred") else a.get("evidence", "")
    return {"score": float(a.get("score", 1.0)), "inferred": bool(a.get("inferred", False)),
            "kind": edge_kind(a), "generic": bool(a.get("generic", False)), "rule": a.get("rule", ""),
            "reasons": [str(r) for r in reasons], "evidence": a.get("evidence", ""), "sentence": sentence}


def _entry(g: GraphLike, node: str, dates: Mapping[str, ModelDate]) -> dict[str, Any]:
    return {"model": shown_name(g, node), "id": node, **dates.get(node, ModelDate()).as_dict()}


def stored_date(attrs: Mapping[str, Any]) -> ModelDate | None:
    """The ModelDate a build stored on a model (``date`` and ``introduced_by``, or ``first_seen`` and, when an
    undated paper introduces it, ``introduced_by``: kg.pipeline.add_inferred_lineage, model_dates of the whole
    graph); None when it stores no date.

    Examples:
        >>> stored_date({"date": "2022-04-05", "introduced_by": "PaLM"})
        ModelDate(date='2022-04-05', first_seen='', introduced_by='PaLM')
        >>> stored_date({"first_seen": "2019", "introduced_by": "Undated"})
        ModelDate(date='', first_seen='2019', introduced_by='Undated')
        >>> stored_date({"name": "T5"}) is None
        True
    """
    date, title, first = attrs.get("date"), attrs.get("introduced_by"), attrs.get("first_seen")
    if date and title:
        return ModelDate(str(date), "", str(title))
    if not date and first:
        return ModelDate("", str(first), str(title or ""))
    return None


def _kept_steps(g: GraphLike, node: str, up: bool, min_score: float,
                show_generic: bool) -> dict[str, dict[str, Any]]:
    """The BUILDS_ON edges leaving (``up``) or entering ``node`` that the walk keeps (score at least
    ``min_score``, an explicit edge scoring 1; generic only with ``show_generic``): other end -> properties
    (the edge's attributes, not copied; several edges between two models merged in order)."""
    out: dict[str, dict[str, Any]] = {}
    for other, keyed in (g.succ[node] if up else g.pred[node]).items():
        for a in keyed.values():
            if a.get("type") != BUILDS_ON or float(a.get("score", 1.0)) < min_score:
                continue
            if a.get("generic") and not show_generic:
                continue
            out[other] = {**out[other], **a} if other in out else a
    return out


def _hidden(g: GraphLike, walked: Mapping[bool, set[str]], min_score: float, show_generic: bool) -> dict[str, int]:
    """How many BUILDS_ON edges leaving the models ``walked[True]`` or entering ``walked[False]`` the walk left
    out: ``{"generic": to a generic architecture (without ``show_generic``), "below_min_score": the others}``,
    each edge once."""
    seen: dict[tuple[str, str], bool] = {}
    for up, models in walked.items():
        for node in models:
            for other, keyed in (g.succ[node] if up else g.pred[node]).items():
                for a in keyed.values():
                    if a.get("type") != BUILDS_ON:
                        continue
                    generic = bool(a.get("generic")) and not show_generic
                    if generic or float(a.get("score", 1.0)) < min_score:
                        seen[(node, other) if up else (other, node)] = generic
    generic_count = sum(seen.values())
    return {"generic": generic_count, "below_min_score": len(seen) - generic_count}


def lineage(g: GraphLike, model: str, depth: int = 3, min_score: float = 0.0, show_generic: bool = False,
            width: int | None = None, stored_dates: bool = False) -> dict[str, Any]:
    """The ancestors and descendants of ``model`` over BUILDS_ON edges, as nested trees.

    Args:
        g: the graph.
        model: a Model id or name (case, spaces and dashes ignored).
        depth: how many BUILDS_ON steps to follow each way.
        min_score: ignore edges scoring below this.
        show_generic: also follow edges to generic architectures (Transformer, LSTM, ...).
        width: at most this many steps from each model each way (the first in the order below), the rest
            counted; None: every step.
        stored_dates: date a model by what the build stored on it (``stored_date``) when it stores a date, not
            by its papers (the same dates on a built store; what a store lookup reads instead of the papers).

    Returns:
        ``{"model", "id", "date", "first_seen", "introduced_by", "ancestors": [...], "descendants": [...],
        "hidden": {"generic", "below_min_score"}}``; ``date`` is the introducing paper's ("" when no paper
        introduces the model; then ``first_seen`` holds the first mention's date). Each entry adds the edge's
        ``kind`` (stated, name, inferred, candidate), ``score``, ``rule``, ``reasons``, ``sentence`` and its
        own ``ancestors``/``descendants``, the oldest ancestors and the newest descendants first. A model
        whose steps ``width`` cut carries ``more_ancestors``/``more_descendants``: how many it left out.
        ``hidden`` counts the edges the steps taken left out (generic, or below ``min_score``).

    Raises:
        NodeNotFound: no such model.
    """
    root = find_node(g, MODEL, model)
    dates: dict[str, ModelDate] = {}
    walked: dict[bool, set[str]] = {True: {root}, False: {root}}

    def date(o: str) -> ModelDate:
        if o not in dates:
            stored = stored_date(g.nodes[o]) if stored_dates else None
            dates[o] = stored or model_dates(g, [o])[o]
        return dates[o]

    def order(o: str) -> str:
        return date(o).date or date(o).first_seen

    def walk(node: str, level: int, up: bool, seen: frozenset[str]) -> tuple[list[dict[str, Any]], int]:
        if level == 0:
            return [], 0
        walked[up].add(node)
        steps = _kept_steps(g, node, up, min_score, show_generic)
        others = sorted((o for o in steps if o not in seen), key=lambda o: (order(o), o), reverse=not up)
        shown = others if width is None else others[:width]
        key = "ancestors" if up else "descendants"
        out = []
        for other in shown:
            step = {**_entry(g, other, {other: date(other)}),
                    **shown_step(steps[other])}
            step[key], more = walk(other, level - 1, up, seen | {other})
            if more:
                step["more_" + key] = more
            out.append(step)
        return out, len(others) - len(shown)

    tree = {**_entry(g, root, {root: date(root)})}
    for up, key in ((True, "ancestors"), (False, "descendants")):
        tree[key], more = walk(root, depth, up, frozenset({root}))
        if more:
            tree["more_" + key] = more
    tree["hidden"] = _hidden(g, walked, min_score, show_generic)
    return tree


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
                      "target_date": dates[v].date, "target_first_seen": dates[v].first_seen, **shown_step(h.edges[u, v])})
    return steps


def named_by(g: Any, model: str) -> dict[str, int]:
    """How many papers name ``model`` (an id or name) without introducing it, by relation type, leaving out the
    papers that introduce a model built on it (their edges are the lineage shown): what ``kg lineage`` adds as
    "also named by" (``kg.api.lineage`` counts it in the store, ``MODEL_NAMED_BY`` less
    ``MODEL_NAMED_BY_CHILDREN``).

    Raises:
        NodeNotFound: no such model.
    """
    root = find_node(g, MODEL, model)
    children = {q for c, _, attrs in g.in_edges(root, data=True) if attrs.get("type") == BUILDS_ON
                for q, _, into in g.in_edges(c, data=True) if into.get("type") == INTRODUCES}
    papers: dict[str, set[str]] = {}
    for p, _, attrs in g.in_edges(root, data=True):
        kind = str(attrs.get("type"))
        if (kind in PAPER_ENTITY_RELS and kind != INTRODUCES and g.nodes[p].get("label") == PAPER
                and p not in children):
            papers.setdefault(kind, set()).add(p)
    return {kind: len(ids) for kind, ids in sorted(papers.items())}
