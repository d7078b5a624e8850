"""Interactive views of the graph: one offline, self-contained HTML page per view, and PNG previews.

The page inlines its renderer (vis-network from the pyvis package; sigma.js + graphology for big graphs),
carries the graph as inert JSON (``<script type="application/json">`` with ``<``, ``>`` and ``&``
escaped) and shows every text through ``textContent``; a Content-Security-Policy with a per-page nonce
stops anything else from running or loading. Every position is computed here from ``seed``, so a page
shows the same picture on every open and in its PNG. Colours, shapes and thresholds live in
``visualizations/style.json``.

The package is split by concern: ``lookup`` (names for ``--focus``), ``slicing`` (what a view keeps),
``layout`` (positions), ``records`` (what the page draws), ``page`` (the HTML) and ``png`` (Chromium).
"""

from __future__ import annotations

import json
import math
import random
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import networkx as nx

from kg.errors import VizError
from kg.model import LABELS, MODEL
from kg.paths import VISUALIZATIONS_DIR
from kg.viz.layout import edges_off_nodes, layout_positions, lineage_layout
from kg.viz.lookup import find_node
from kg.viz.page import json_for_html as _json_for_html
from kg.viz.page import page_html
from kg.viz.png import CHROMIUM_ARGS, READY, chromium, chromium_path, render_png
from kg.viz.records import (collaboration_records, degrees, edge_record, label_legend, lineage_records,
                            mark_focus, name_of, node_record)
from kg.viz.slicing import ego_graph, filter_graph, lineage_graph, reduce_graph, when, why_empty, year_of

__all__ = ["CHROMIUM_ARGS", "READY", "VIEWS", "chromium", "chromium_path", "edges_off_nodes", "filter_graph",
           "find_node", "layout_positions", "lineage_graph", "load_style", "page_data", "render_html",
           "render_png", "year_of", "_json_for_html"]

VIEWS: tuple[str, ...] = ("full", "lineage", "collaboration", "ego")
EMPTY_NOTES = {  # what the page says when a view has no nodes
    "full": "Nothing to show: the graph, after the type and year filters, is empty.",
    "lineage": "No BUILDS_ON links to show: build with extraction and lineage inference "
               "(kg build without --no-extract or --no-infer), or focus on a model that has some.",
    "collaboration": "No co-authors to show: no paper in this graph lists two authors.",
}


def load_style(path: str | Path | None = None) -> dict[str, Any]:
    """The style map (colours and shapes per label, vis-network options, layout thresholds).

    Examples:
        >>> sorted(load_style()["labels"]) == sorted(LABELS)
        True
    """
    with open(path or VISUALIZATIONS_DIR / "style.json", encoding="utf-8") as fh:
        style: dict[str, Any] = json.load(fh)
    return style


def page_data(G: Any, *, view: str = "full", focus: str | None = None, depth: int = 2,
              types: Iterable[str] | None = None, since: int | None = None, seed: int = 0,
              style: dict[str, Any] | None = None) -> dict[str, Any]:
    """Everything the page shows, as plain JSON-ready data: nodes with positions, edges, legend, options.

    Raises:
        VizError: unknown view, label or focus; a view that needs ``focus`` without one; filters that
            leave nothing of a non-empty graph (the message says which and what would show something).
    """
    if view not in VIEWS:
        msg = f"unknown view {view!r}; choose one of {', '.join(VIEWS)}"
        raise VizError(msg)
    style = style or load_style()
    types = list(types) if types is not None else None
    H = filter_graph(G, types, since)
    if len(H) == 0 and len(G) > 0 and (types is not None or since is not None):
        raise VizError(why_empty(G, types, since))
    focus_id = find_node(H, focus, MODEL if view == "lineage" else None) if focus is not None else None
    options = json.loads(json.dumps(style["options"]))
    extra: dict[str, Any] = {}
    big = style["big"]
    if view != "lineage":  # the lineage view is models only, and stays whole and layered at every size
        H, note = reduce_graph(H, big["cap_nodes"], big["cap_edges"])
        if note:
            extra["note"] = note
    if view == "ego":
        if focus_id is None:
            msg = "the ego view needs --focus NAME"
            raise VizError(msg)
        H = ego_graph(H, focus_id, depth)
    if view == "lineage":
        L = lineage_graph(H, focus_id, whole=G)
        nodes, edges, legend, boxes = lineage_records(G, L, focus_id, style)
        look = style["lineage"]
        lay = lineage_layout(L, {n: when(G, n).year for n in L}, boxes, column_gap=look["column_gap"],
                             row_gap=look["row_gap"], check_max_nodes=look["check_max_nodes"])
        for n in nodes:
            n["x"], n["y"] = lay.pos[n["id"]]
        options["edges"].update(look["edges"])
        extra = {"axis": lay.axis, "lanes": lay.lanes, "clear": lay.clear,
                 "boxes": {n: list(b) for n, b in boxes.items()}}
        if not lay.clear:
            extra["note"] = ("Some links here pass behind models they do not join; drag a model to see them, "
                             "or narrow the view with --focus or --since.")
    else:
        if view == "collaboration":
            nodes, edges, legend = collaboration_records(H, style, seed)
            options["edges"]["arrows"] = {"to": {"enabled": False}}
        else:
            value = degrees(H)
            nodes = [{**node_record(G, n, a, style), "value": value[n] + 1} for n, a in sorted(H.nodes(data=True))]
            edges = [edge_record(i, s, t, a, style) for i, (s, t, a) in
                     enumerate(sorted(H.edges(data=True), key=lambda e: (e[0], e[2].get("type", ""), e[1])))]
            on_demand = style["overview"]["on_demand"] if view == "full" and types is None else []
            shown = {n["kind"] for n in nodes} - set(on_demand)
            legend = label_legend(nodes, style, on_demand if shown else [])
        options["nodes"]["scaling"] = style["overview"]["scaling"]
        _place(nodes, edges, legend, style, seed)
    if focus_id is not None and focus_id in {n["id"] for n in nodes} and view != "lineage":
        mark_focus(next(n for n in nodes if n["id"] == focus_id), style)
    options["physics"] = {"enabled": False}
    years = [n["year"] for n in nodes if n.get("dated")]
    empty = EMPTY_NOTES.get(view, EMPTY_NOTES["full"]) if not nodes else None
    title = f"paper-kg: {view} view" + (f" around {name_of(G.nodes[focus_id], focus_id)}" if focus_id else "")
    renderer = "sigma" if len(nodes) >= big["sigma_min_nodes"] else "vis"
    return {"view": view, "empty": empty, "title": title, "nodes": nodes, "edges": edges, "legend": legend,
            "renderer": renderer,
            "options": options, "physics": False, "relayout": style["relayout"] if view != "lineage" else None,
            "years": [min(years), max(years)] if years else None, "faded": style["faded_color"],
            "fade": len(nodes) <= style["highlight"]["fade_max_nodes"], "seed": seed, **extra}


def _place(nodes: list[dict[str, Any]], edges: list[dict[str, Any]], legend: list[dict[str, Any]],
           style: dict[str, Any], seed: int) -> None:
    """Seeded positions in page pixels for a force-laid view; the labels shown at first are laid out first."""
    first = {item["key"] for item in legend if item.get("on", True)}
    shown = {n["id"] for n in nodes if n["legend"] in first}
    U = nx.Graph()
    U.add_nodes_from(n["id"] for n in nodes)
    U.add_edges_from((e["from"], e["to"]) for e in edges)
    pos = layout_positions(U, seed, style["layout"]["anchors"], first=shown)
    scale = style["layout"]["scale"] * math.sqrt(max(len(shown), 1) / 100)
    rng = random.Random(seed)
    for n in nodes:
        x, y = pos.get(n["id"]) or (rng.uniform(-1.6, 1.6), rng.uniform(-1.6, 1.6))
        n["x"], n["y"] = round(x * scale), round(y * scale)


def render_html(G: Any, path: str | Path, *, view: str = "full", focus: str | None = None, depth: int = 2,
                types: Iterable[str] | None = None, since: int | None = None, seed: int = 0,
                style: dict[str, Any] | None = None) -> Path:
    """Write one self-contained, offline HTML page showing ``view`` of ``G``; ``G`` is not changed.

    Args:
        G: a networkx MultiDiGraph as made by ``kg.model.Graph.to_networkx()``.
        path: the HTML file to write.
        view: ``full`` (papers and models; other labels on demand in the legend), ``lineage`` (BUILDS_ON
            on a time axis, one lane per family), ``collaboration`` (co-authors, sized by papers, coloured
            and named by community) or ``ego`` (``depth`` hops around focus).
        focus: a node id, name or title; required by ``ego``, optional for ``lineage``.
        types: labels to keep; ``since``: keep papers from this year on, and what they link to.
        seed: seeds communities and layouts: the same input and seed give the same page and picture.
        style: a style map as from ``load_style()``; defaults to ``visualizations/style.json``.

    Returns:
        The path written.

    Raises:
        VizError: see ``page_data``; or pyvis/jinja2 are missing.
    """
    data = page_data(G, view=view, focus=focus, depth=depth, types=types, since=since, seed=seed, style=style)
    out = Path(path)
    out.write_text(page_html(data), encoding="utf-8")
    return out
