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
import re
import shlex
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import networkx as nx

from kg.analysis.collab import groups_note
from kg.errors import NodeNotFound, VizError
from kg.model import AUTHOR, BUILDS_ON, LABELS, MODEL, PAPER
from kg.names import is_group_author
from kg.paths import VISUALIZATIONS_DIR
from kg.viz.layout import OPEN_SLACK, edges_off_nodes, label_zooms, layout_positions, lineage_layout, spread_overlaps
from kg.viz.lookup import find_node
from kg.viz.page import json_for_html as _json_for_html
from kg.viz.page import page_html
from kg.viz.png import CHROMIUM_ARGS, READY, chromium, chromium_path, render_png
from kg.viz.records import (collaboration_records, degrees, edge_legend, edge_record, label_legend, lineage_records,
                            mark_focus, notes, name_of, node_record, short)
from kg.viz.slicing import (ego_graph, filter_graph, lineage_graph, reduce_graph, when, why_empty, wrong_focus,
                             year_of)

__all__ = ["CHROMIUM_ARGS", "READY", "VIEWS", "chromium", "chromium_path", "edges_off_nodes", "filter_graph",
           "find_node", "layout_positions", "lineage_graph", "load_style", "page_data", "placing_years", "render_html",
           "render_png", "year_of", "_json_for_html"]

VIEWS: tuple[str, ...] = ("full", "lineage", "collaboration", "ego")
EMPTY_NOTES = {  # what the page says when a view has no nodes
    "full": "Nothing to show: the graph, after the type and year filters, is empty.",
    "lineage": "No BUILDS_ON links to show: build with extraction and lineage inference "
               "(kg build without --no-extract or --no-infer), or focus on a model that has some.",
    "collaboration": "No co-authors to show: no paper {slice} names a person among its authors (group authors such "
                     "as 'Gemini Team' are left out).",
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
              style: dict[str, Any] | None = None, show_generic: bool = False,
              hidden_generic: int | None = None, drawn: dict[str, Any] | None = None) -> dict[str, Any]:
    """Everything the page shows, as plain JSON-ready data: nodes with positions, edges, legend, options.

    The lineage view draws edges to generic architectures only with ``show_generic``; else its note says how
    many it leaves out (``hidden_generic``, when ``G`` is a part read without them; else counted in ``G``).
    The collaboration view draws ``drawn`` when given (``kg.analysis.collab.drawn_network`` of the whole
    network, as the build stores it: ``G`` then needs only the authors it names), else computes it from ``G``.

    Raises:
        VizError: unknown view, label or focus; a view that needs ``focus`` without one; filters that
            leave nothing of a non-empty graph (the message says which and what would show something).
    """
    if view not in VIEWS:
        msg = f"unknown view {view!r}; choose one of {', '.join(VIEWS)}"
        raise VizError(msg)
    style = style or load_style()
    types = list(types) if types is not None else None
    stubs = {n for n, a in G.nodes(data=True) if a.get("stub")}  # papers known only as cited: not shown
    H = filter_graph(G.subgraph([n for n in G if n not in stubs]) if stubs else G, types, since)
    if len(H) == 0 and len(G) > 0 and (types is not None or since is not None):
        raise VizError(why_empty(G, types, since))
    needed = {"lineage": MODEL, "collaboration": AUTHOR}.get(view)
    focus_id = _focus(H, focus, needed) if focus is not None else None
    if view == "collaboration" and focus_id is not None and H.nodes[focus_id].get("label") != AUTHOR:
        raise VizError(wrong_focus(view, AUTHOR, H.nodes[focus_id], focus_id))
    options = json.loads(json.dumps(style["options"]))
    extra: dict[str, Any] = {}
    if view == "ego":
        if focus_id is None:
            people = [n for n, a in H.nodes(data=True) if a.get("label") == AUTHOR] or list(H)
            best = min(people, key=lambda n: (-H.degree(n), n), default=None)  # the best-linked author
            example = "" if best is None else (
                f", e.g. kg viz --view ego --focus {shlex.quote(name_of(H.nodes[best], best))}")
            raise VizError(f"the ego view needs --focus NAME: a person, paper or model{example}")
        H = ego_graph(H, focus_id, depth)
    if view == "lineage":  # models only: never cut, and layered at every size
        nodes, edges, legend, extra = _lineage_view(G, H, focus_id, style, show_generic, hidden_generic)
        options["edges"].update(style["lineage"]["edges"])
    else:
        # the collaboration view cuts its own network (``collaboration_records``), after counting everyone
        H, note = (H, None) if view == "collaboration" else reduce_graph(
            H, style["big"]["cap_nodes"], style["big"]["cap_edges"], keep=[focus_id] if focus_id else [])
        if note:
            extra["note"] = note
        if view == "collaboration":
            nodes, edges, legend, groups, cut = collaboration_records(H, style, seed, drawn, since)
            options["edges"]["arrows"] = {"to": {"enabled": False}}
            if groups or cut:  # group authors as kg collaboration says it; what a large network leaves out, and
                # the lower bounds of cut author lists
                extra["note"] = " ".join(filter(None, [extra.get("note"), cut, groups_note(groups)]))
        else:
            value = degrees(H)
            nodes = [{**node_record(G, n, a, style), "value": value[n] + 1} for n, a in sorted(H.nodes(data=True))]
            edges = [edge_record(i, s, t, a, style) for i, (s, t, a) in
                     enumerate(sorted(H.edges(data=True), key=lambda e: (e[0], e[2].get("type", ""), e[1])))]
            in_lineage = {end for e in edges if e["kind"] == BUILDS_ON and not e.get("generic")
                          for end in (e["from"], e["to"])}
            for n in nodes:  # the models of a lineage are the names a reader looks for: labelled first
                if n["kind"] == MODEL and n["id"] in in_lineage:
                    n["lead"] = True
            on_demand = style["overview"]["on_demand"] if view == "full" and types is None else []
            shown = {n["kind"] for n in nodes} - set(on_demand)
            legend = label_legend(nodes, style, on_demand if shown else []) + edge_legend(edges, style)
            legend += notes(style["overview"]) if edges else []
        _place(nodes, edges, legend, style, seed)
        frame = _size_and_label(nodes, legend, style, sized=view == "collaboration", focus=focus_id)
        extra["labels"] = {**{k: style["overview"][k] for k in ("char_px", "line_px", "zoom_step", "zoom_last",
                                                               "view_px", "margin_px")}, "open_slack": OPEN_SLACK, "frame": frame}
    if focus_id is not None and focus_id in {n["id"] for n in nodes} and view != "lineage":
        mark_focus(next(n for n in nodes if n["id"] == focus_id), style)
    options["physics"] = {"enabled": False}
    years = [n["year"] for n in nodes if n.get("dated")]
    empty = None if nodes else EMPTY_NOTES.get(view, EMPTY_NOTES["full"]).format(
        slice=f"from {since} on" if since is not None else "in this graph")
    title = f"paper-kg: {view} view" + (f" around {name_of(G.nodes[focus_id], focus_id)}" if focus_id else "")
    renderer = "sigma" if len(nodes) >= style["big"]["sigma_min_nodes"] else "vis"
    looks = {label: {k: look[k] for k in ("color", "shape", "size")} for label, look in style["labels"].items()}
    _drop_defaults(nodes, looks, style["big"]["abstract_max_chars"] if renderer == "sigma" else None)
    edge_look = {"color": style["edges"]["color"], "width": style["edges"]["width"]}
    for e in edges:  # likewise for links: the kind is the tooltip, colour and width those of the style
        for key, value in edge_look.items():
            if e.get(key) == value:
                del e[key]
        if e.get("title") == e["kind"]:
            del e["title"]
    return {"view": view, "empty": empty, "title": title, "nodes": nodes, "edges": edges, "legend": legend,
            "renderer": renderer, "looks": looks, "edge_look": edge_look,
            "options": options, "physics": False, "relayout": style["relayout"] if view != "lineage" else None,
            "years": [min(years), max(years)] if years else None, "faded": style["faded_color"],
            "fade": len(nodes) <= style["highlight"]["fade_max_nodes"], "seed": seed, **extra}


def _drop_defaults(nodes: list[dict[str, Any]], looks: dict[str, dict[str, Any]], abstract: int | None) -> None:
    """Leave out of each node what the page takes from its label's look (colour, shape, size, legend key),
    and on big pages cut abstracts to ``abstract`` characters: a lighter page loads sooner."""
    for n in nodes:
        look = looks.get(n["kind"], {})
        for key in ("color", "shape", "size"):
            if key in n and n[key] == look.get(key):
                del n[key]
        if n.get("legend") == n["kind"]:
            del n["legend"]
        if abstract is not None and "abstract" in n:
            n["abstract"] = short(n["abstract"], abstract)


def _lineage_view(G: Any, H: Any, focus: str | None, style: dict[str, Any], show_generic: bool = False,
                  hidden_generic: int | None = None) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]], dict[str, Any]]:
    """Nodes (placed), edges, legend and page extras (axis, family blocks, boxes, whether links are clear)."""
    L = lineage_graph(H, focus, whole=G, show_generic=show_generic)
    nodes, edges, legend, boxes = lineage_records(G, L, focus, style)
    look = style["lineage"]
    years = placing_years(L, {n: when(G, n).year for n in L})
    lay = lineage_layout(L, years, boxes, column_gap=look["column_gap"], row_gap=look["row_gap"],
                         check_max_nodes=look["check_max_nodes"], view=tuple(look["view_px"]))
    stretch = _stretch(lay.blocks, look)
    if stretch > 1:  # a small lineage: laid out wider apart, not left a small block in an empty window
        lay = lineage_layout(L, years, boxes, column_gap=look["column_gap"] * stretch,
                             row_gap=look["row_gap"] * stretch, check_max_nodes=look["check_max_nodes"],
                             view=tuple(look["view_px"]))
    by_id = {n["id"]: n for n in nodes}
    for n in nodes:
        n["x"], n["y"] = lay.pos[n["id"]]
    blocks = [{**{k: b[k] for k in ("x0", "y0", "x1", "y1")}, "title": family_title(L, b["nodes"], by_id)}
              for b in lay.blocks]
    extra = {"axis": lay.axis, "blocks": blocks, "clear": lay.clear, "min_scale": look["min_scale"],
             "max_scale": look["max_scale"],
             "boxes": {n: list(b) for n, b in boxes.items()}}
    notes = []
    if not lay.clear:
        notes.append("Some links here pass behind models they do not join; drag a model to see them, "
                     "or narrow the view with --focus or --since.")
    if not show_generic:  # announced, never silent (kg lineage says the same)
        hidden = hidden_generic if hidden_generic is not None else sum(  # of the models drawn; all, unfocused
            1 for s, t, a in H.edges(data=True) if a.get("type") == BUILDS_ON and a.get("generic")
            and (focus is None or s in L or t in L))
        if hidden:
            notes.append(f"{hidden} link{'s' if hidden != 1 else ''} to generic architectures (Transformer, LSTM, ...) "
                         f"{'are' if hidden != 1 else 'is'} not drawn: kg viz --show-generic draws them.")
    if notes:
        extra["note"] = " ".join(notes)
    return nodes, edges, legend, extra


def _stretch(blocks: list[dict[str, Any]], look: dict[str, Any]) -> float:
    """How much further apart a lineage's columns and rows go so that, at the page's largest zoom
    (``lineage.max_scale``), its blocks fill ``lineage.view_px``: 1 when they do, at most ``lineage.max_stretch``.

    Examples:
        >>> look = {"view_px": [1000, 800], "max_scale": 2, "max_stretch": 3}
        >>> _stretch([{"x0": 0, "y0": 0, "x1": 250, "y1": 100}], look), _stretch([{"x0": 0, "y0": 0, "x1": 900, "y1": 100}], look)
        (2.0, 1)
    """
    if not blocks:
        return 1
    width = max(b["x1"] for b in blocks) - min(b["x0"] for b in blocks)
    height = max(b["y1"] for b in blocks) - min(b["y0"] for b in blocks)
    fill = min(look["view_px"][0] / width, look["view_px"][1] / height) / look["max_scale"]
    return min(fill, look["max_stretch"]) if fill > 1 else 1


def family_title(L: Any, members: list[str], nodes: dict[str, dict[str, Any]]) -> str:
    """A family block's title: how many models it holds and, by the name the page shows, its one root (the
    model building on no other of them: "from GPipe"), else its best-linked model ("around DeepSeek-V3");
    ``members`` oldest column first, which breaks ties; ``L`` has edges child -> parent.

    Examples:
        >>> L = nx.MultiDiGraph([("b", "a"), ("c", "a"), ("c", "d")])
        >>> names = {m: {"name": m.upper()} for m in "abcd"}
        >>> family_title(L, ["a", "b"], names), family_title(L, ["a", "d", "b", "c"], names)
        ('2 models, from A', '4 models, around A')
    """
    inside = set(members)
    roots = [m for m in members if not any(p in inside for p in L.successors(m))]
    count = f"{len(members)} model{'s' if len(members) != 1 else ''}"
    if len(roots) == 1:
        return f"{count}, from {nodes[roots[0]]['name']}"
    linked = {m: len({*L.successors(m), *L.predecessors(m)} & inside - {m}) for m in members}
    return f"{count}, around {nodes[max(members, key=lambda m: linked[m])]['name']}"


def placing_years(L: Any, years: dict[str, int | None]) -> dict[str, int | None]:
    """The year column each model of ``L`` (edges child -> parent) is drawn in: its own year, or for an
    undated model the earliest year among the models building on it (it is drawn before them), else the
    latest among those it builds on; None (the "undated" column) when no model it is linked to, however
    far, has a year. The label still says "undated".

    Examples:
        >>> L = nx.MultiDiGraph([("pro", "base"), ("flash", "base"), ("x", "y")])
        >>> sorted(placing_years(L, {"pro": 2025, "flash": 2024, "base": None, "x": None, "y": None}).items())
        [('base', 2024), ('flash', 2024), ('pro', 2025), ('x', None), ('y', None)]
    """
    out = dict(years)
    for _ in range(len(L)):  # a chain of undated models takes the year step by step
        changed = False
        for n in L:
            if out.get(n) is not None:
                continue
            below = [out[c] for c in L.predecessors(n) if out.get(c) is not None]
            above = [out[p] for p in L.successors(n) if out.get(p) is not None]
            if below or above:
                out[n] = min(below) if below else max(above)
                changed = True
        if not changed:
            break
    return {n: out.get(n) for n in L}


def _focus(H: Any, name: str, label: str | None) -> str:
    """The focus node: of ``label`` when one is called ``name``, else any node so called (the view then
    says which label it needs)."""
    try:
        return find_node(H, name, label)
    except NodeNotFound as first:
        if label is None:
            raise
        try:
            return find_node(H, name)
        except NodeNotFound:
            raise first from None  # "No Model named 'Mixtral'", with what to do when no paper names it


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


def _size_and_label(nodes: list[dict[str, Any]], legend: list[dict[str, Any]], style: dict[str, Any],
                    sized: bool = False, focus: str | None = None) -> dict[str, float]:
    """Give each node of a force-laid view its drawn size (unless ``sized``: ``overview.sizes``, from ``min``
    to ``max`` layout units, linear in ``value``, its degree), the zoom ``lz`` from which its label is
    drawn and its side ``ls`` (``layout.label_zooms``; no ``lz``: the label shows on hover and selection).

    The focus is labelled first, then the leads (the authors naming a community; the models with a lineage
    link in other views), then the kinds shown at first, then
    the others (checked on demand), each by ``value``: the labels of the first picture never give way to a
    kind the reader has not asked for.
    Only the first ``overview.labels_max`` nodes in that order get one (the time it takes grows with it); the
    labels of the first ``overview.lead_labels`` may cover lesser nodes (the names a reader looks for first).
    A node whose label has no room at a zoom may take its ``short`` label there (``short_label``; ``lt`` 1).
    The zooms tried pass through ``fit``, the one fitting the nodes shown at first into ``overview.view_px``:
    returned with their centre (``cx``, ``cy``), the page opens there (scaled to its window).
    """
    look = style["overview"]
    values = [n["value"] for n in nodes]
    low, high = min(values, default=0), max(values, default=0)
    for n in nodes if not sized else ():
        share = (n["value"] - low) / (high - low) if high > low else 0.5
        n["size"] = round(look["sizes"]["min"] + share * (look["sizes"]["max"] - look["sizes"]["min"]), 1)
    if len(nodes) < style["big"]["sigma_min_nodes"]:  # nodes drawn at their size: none covering another (the
        # focus drawn larger, ``mark_focus``)
        grow = {focus: style["focus"]["size_factor"]}
        apart = spread_overlaps({n["id"]: (n["x"], n["y"]) for n in nodes},
                                {n["id"]: n["size"] * grow.get(n["id"], 1) for n in nodes}, look["gap_px"])
        for n in nodes:
            n["x"], n["y"] = round(apart[n["id"]][0]), round(apart[n["id"]][1])
    first = {item["key"] for item in legend if item.get("on", True)}
    order = sorted(nodes, key=lambda n: (n["id"] != focus, not n.get("lead"), n["legend"] not in first,
                                         -n["value"], n["id"]))
    text = {n["id"]: n.get("label") or n["name"] for n in nodes}
    brief = {n["id"]: b for n in nodes if (b := short_label(text[n["id"]], n["kind"], look["short_chars"]))}
    pos = {n["id"]: (n["x"], n["y"]) for n in nodes}
    shown = [n["id"] for n in nodes if n["legend"] in first]
    framed = [pos[n] for n in shown] or list(pos.values())
    xs, ys = [p[0] for p in framed], [p[1] for p in framed]
    margin = look["margin_px"]  # the nodes at the edges drawn whole
    fit = min((look["view_px"][0] - 2 * margin) / (max(xs, default=0) - min(xs, default=0) + 1),
              (look["view_px"][1] - 2 * margin) / (max(ys, default=0) - min(ys, default=0) + 1), 1.0)
    big = len(nodes) >= style["big"]["sigma_min_nodes"]  # sigma draws nodes a few screen pixels wide
    order = order[: look["labels_max"]]  # the others: on hover and selection
    width = {k: len(t) * look["char_px"] + 4 for k, t in text.items()}
    zooms = label_zooms(pos, [n["id"] for n in order], width, {n["id"]: 0 if big else n["size"] for n in nodes},
                        radius_px=4 if big else 0, line_px=look["line_px"], first=fit / look["zoom_step"] ** 2,
                        step=look["zoom_step"], last=look["zoom_last"], view=tuple(look["view_px"]), shown=shown, margin_px=margin,
                        short={k: len(b) * look["char_px"] + 4 for k, b in brief.items()}, leads=look["lead_labels"])
    for n in nodes:
        if n["id"] in brief:
            n["short"] = brief[n["id"]]
        if n["id"] in zooms:
            n["lz"], side, alt = zooms[n["id"]]
            if side:
                n["ls"] = side  # the label's side (layout.SIDES): right, left or above; else below
            if alt:
                n["lt"] = 1  # drawn with its short label
    return {"fit": round(fit, 6), "cx": (max(xs, default=0) + min(xs, default=0)) / 2,
            "cy": (max(ys, default=0) + min(ys, default=0)) / 2}


PAPER_YEAR = re.compile(r" \(\d{4}\)$")  # the year a paper's label ends with


def short_label(text: str, kind: str, limit: int) -> str | None:
    """A shorter label for a node whose label has no room: a person's given names as initials ("Y. Huang"),
    else the text cut after whole words to at most ``limit`` characters with an ellipsis; None when that is
    not shorter.

    Examples:
        >>> short_label("Yanping Huang", "Author", 14), short_label("Do Models Encode Augmentation?", "Paper", 16)
        ('Y. Huang', 'Do Models…')
        >>> short_label("GShard", "Paper", 16) is None, short_label("Gemini Team", "Author", 14) is None
        (True, True)
        >>> short_label("Retrieve Once per Sentence (2023)", "Paper", 16)
        'Retrieve… (2023)'
    """
    dated = PAPER_YEAR.search(text) if kind == PAPER else None  # "Title (2023)": the year stays
    if dated:
        cut = short_label(text[:dated.start()], kind, limit - len(dated.group()))
        return f"{cut}{dated.group()}" if cut else None
    words = text.split()
    if kind == AUTHOR and len(words) > 1 and not is_group_author(text):  # "Gemini Team" is no "G. Team"
        out = " ".join(w[0] + "." for w in words[:-1]) + " " + words[-1]
    elif len(text) <= limit:
        return None
    else:
        kept = ""
        for w in words:
            if len(kept) + len(w) + (1 if kept else 0) > limit - 1:
                break
            kept += (" " if kept else "") + w
        out = (kept.rstrip(",:;.-") if kept else text[: limit - 1].rstrip()) + "\u2026"
    return out if len(out) < len(text) else None


def render_html(G: Any, path: str | Path, *, view: str = "full", focus: str | None = None, depth: int = 2,
                types: Iterable[str] | None = None, since: int | None = None, seed: int = 0,
                style: dict[str, Any] | None = None, show_generic: bool = False,
                hidden_generic: int | None = None, drawn: dict[str, Any] | None = None) -> Path:
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
        show_generic, hidden_generic, drawn: see ``page_data``.
        style: a style map as from ``load_style()``; defaults to ``visualizations/style.json``.

    Returns:
        The path written.

    Raises:
        VizError: see ``page_data``; or pyvis/jinja2 are missing.
    """
    data = page_data(G, view=view, focus=focus, depth=depth, types=types, since=since, seed=seed, style=style,
                     show_generic=show_generic, hidden_generic=hidden_generic, drawn=drawn)
    out = Path(path)
    out.write_text(page_html(data), encoding="utf-8")
    return out
