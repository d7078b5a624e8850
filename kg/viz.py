"""Interactive views of the graph: one offline, self-contained HTML page per view, and PNG previews.

The page inlines vis-network from the pyvis package, carries the graph as inert JSON
(``<script type="application/json">`` with ``<``, ``>`` and ``&`` escaped) and shows every text through
``textContent``; a Content-Security-Policy with a per-page nonce stops anything else from running or
loading. Colours, shapes, physics and the layout thresholds live in ``visualizations/style.json``.
"""

from __future__ import annotations

import contextlib
import difflib
import hashlib
import json
import math
import os
import random
import shutil
import tempfile
from collections import deque
from collections.abc import Iterable, Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import networkx as nx

from kg.analysis.collab import coauthor_graph
from kg.errors import VizError
from kg.model import AUTHORED, BUILDS_ON, INTRODUCES, LABELS, MODEL, PAPER, fold
from kg.paths import VISUALIZATIONS_DIR

VIEWS: tuple[str, ...] = ("full", "lineage", "collaboration", "ego")
EMPTY_NOTES = {  # what the page says when a view has no nodes
    "full": "Nothing to show: the graph, after the type and year filters, is empty.",
    "lineage": "No BUILDS_ON links to show: build with extraction and lineage inference "
               "(kg build without --no-extract or --no-infer), or focus on a model that has some.",
    "collaboration": "No co-authors to show: no paper in this graph lists two authors.",
}
COAUTHOR = "co-author"  # the display edge of the collaboration view; not a stored relationship
VIS_DIR = "templates/lib/vis-9.1.2"  # inside the pyvis package
READY = "body[data-ready='1']"  # the page sets this once its layout is done and it answers clicks
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def load_style(path: str | Path | None = None) -> dict[str, Any]:
    """The style map (colours and shapes per label, vis-network options, layout thresholds).

    Examples:
        >>> sorted(load_style()["labels"]) == sorted(LABELS)
        True
    """
    with open(path or VISUALIZATIONS_DIR / "style.json", encoding="utf-8") as fh:
        style: dict[str, Any] = json.load(fh)
    return style


def year_of(attrs: dict[str, Any]) -> int | None:
    """A node's own year: its ``year`` property, else the first four digits of its ``date``.

    Examples:
        >>> year_of({"date": "2021-05-11"}), year_of({"year": 2019}), year_of({"name": "x"})
        (2021, 2019, None)
    """
    year = attrs.get("year")
    if isinstance(year, int) and not isinstance(year, bool):
        return year
    date = str(attrs.get("date") or "")
    return int(date[:4]) if date[:4].isdigit() else None


def find_node(G: Any, name: str, prefer: str | None = None) -> str:
    """The id of the node whose id is ``name`` or whose folded name or title equals it.

    When several names match, the single one labelled ``prefer`` wins.

    Raises:
        VizError: no node matches, or several do (the message lists their ids).
    """
    if name in G:
        return str(name)
    key = fold(name)
    hits: list[str] = sorted(n for n, a in G.nodes(data=True)
                             if key in (fold(str(a.get("name") or "")), fold(str(a.get("title") or ""))))
    preferred = [n for n in hits if G.nodes[n].get("label") == prefer]
    if len(hits) == 1 or len(preferred) == 1:
        return (preferred or hits)[0]
    if hits:
        msg = (f"--focus {name!r} matches {len(hits)} nodes: {', '.join(hits[:8])}\n"
               "  pass one of these ids instead.")
        raise VizError(msg)
    names = sorted({str(a.get("name") or n) for n, a in G.nodes(data=True)})
    close = difflib.get_close_matches(name, names, n=5)
    hint = (f"close names: {', '.join(close)}" if close
            else "search the full view (kg viz) for names, or pass a node id")
    msg = f"--focus {name!r} is not a node id or name in this graph\n  {hint}"
    raise VizError(msg)


def filter_graph(G: Any, types: Iterable[str] | None = None, since: int | None = None) -> Any:
    """A copy of ``G`` keeping the labels in ``types`` and, with ``since``, only dated nodes from that year on.

    Undated nodes (authors, entities) that lose every neighbour to the year cut go too.

    Raises:
        VizError: a label in ``types`` is not one of the model's labels.
    """
    H = G.copy()
    if types is not None:
        wanted = set(types)
        unknown = sorted(wanted - set(LABELS))
        if unknown:
            msg = f"--types: unknown label(s) {', '.join(unknown)}; known: {','.join(LABELS)}"
            raise VizError(msg)
        H.remove_nodes_from([n for n, a in G.nodes(data=True) if a.get("label") not in wanted])
    if since is not None:
        old = {n for n, a in H.nodes(data=True) if (year_of(a) or since) < since}
        stranded = {n for n in {m for o in old for m in nx.all_neighbors(H, o)}
                    if year_of(H.nodes[n]) is None and all(m in old for m in nx.all_neighbors(H, n))}
        H.remove_nodes_from(old | stranded)
    return H


def lineage_graph(G: Any, focus: str | None = None) -> Any:
    """The models linked by BUILDS_ON: the ancestors and descendants of ``focus``, or every such model."""
    L = nx.MultiDiGraph()
    for s, t, k, a in G.edges(keys=True, data=True):
        if a.get("type") == BUILDS_ON:
            L.add_node(s, **G.nodes[s])
            L.add_node(t, **G.nodes[t])
            L.add_edge(s, t, key=k, **a)
    if focus is None:
        return L
    if G.nodes[focus].get("label") != MODEL:
        label = str(G.nodes[focus].get("label"))
        msg = f"the lineage view needs a Model; --focus {focus!r} is {'an' if label[:1] in 'AEIOU' else 'a'} {label}"
        raise VizError(msg)
    if focus not in L:
        L = nx.MultiDiGraph()
        L.add_node(focus, **G.nodes[focus])
        return L
    return L.subgraph({focus} | nx.ancestors(L, focus) | nx.descendants(L, focus)).copy()


def layout_positions(G: Any, seed: int = 0, anchors: int = 400) -> dict[str, tuple[float, float]]:
    """Seeded 2-D positions in about [-1, 1]: a spring layout of the ``anchors`` best-linked nodes, then
    every other node breadth-first at the mean of its placed neighbours plus a small jitter.

    Linear after the anchors, so it stays fast for tens of thousands of nodes.

    Examples:
        >>> pos = layout_positions(nx.path_graph(5), seed=1, anchors=3)
        >>> sorted(pos) == list(range(5)) and pos == layout_positions(nx.path_graph(5), seed=1, anchors=3)
        True
    """
    U = nx.Graph(G)
    if len(U) == 0:
        return {}
    rng = random.Random(seed)
    core = sorted(U, key=lambda n: (-U.degree(n), str(n)))[:anchors]
    raw = nx.spring_layout(U.subgraph(core), seed=seed, method="force")
    pos = {n: (float(p[0]), float(p[1])) for n, p in raw.items()}
    spread = 1.0 / math.sqrt(max(len(core), 1))
    queue = deque(sorted(core, key=str))
    for start in [None, *sorted(U, key=str)]:
        if start is not None:
            if start in pos:
                continue
            angle = rng.uniform(0, 2 * math.pi)  # an unanchored component starts on an outer ring
            radius = rng.uniform(1.15, 1.5)
            pos[start] = (radius * math.cos(angle), radius * math.sin(angle))
            queue.append(start)
        while queue:
            n = queue.popleft()
            for m in sorted(U[n], key=str):
                if m in pos:
                    continue
                placed = [pos[k] for k in U[m] if k in pos]
                x = sum(p[0] for p in placed) / len(placed) + rng.gauss(0, spread)
                y = sum(p[1] for p in placed) / len(placed) + rng.gauss(0, spread)
                pos[m] = (x, y)
                queue.append(m)
    return pos


def page_data(G: Any, *, view: str = "full", focus: str | None = None, depth: int = 2,
              types: Iterable[str] | None = None, since: int | None = None, seed: int = 0,
              style: dict[str, Any] | None = None) -> dict[str, Any]:
    """Everything the page shows, as plain JSON-ready data: vis-network nodes, edges and options.

    Raises:
        VizError: unknown view, label or focus, or a view that needs ``focus`` without one.
    """
    if view not in VIEWS:
        msg = f"unknown view {view!r}; choose one of {', '.join(VIEWS)}"
        raise VizError(msg)
    style = style or load_style()
    H = filter_graph(G, types, since)
    focus_id = find_node(H, focus, MODEL if view == "lineage" else None) if focus is not None else None
    if view == "ego":
        if focus_id is None:
            msg = "the ego view needs --focus NAME"
            raise VizError(msg)
        around = nx.ego_graph(H.to_undirected(as_view=True), focus_id, radius=depth)
        H = H.subgraph(around).copy()
    elif view == "lineage":
        H = lineage_graph(H, focus_id)
    if view == "collaboration":
        nodes, edges, legend = _collaboration_records(H, style, seed)
    else:
        nodes = [_node_record(G, n, a, style) for n, a in sorted(H.nodes(data=True))]
        edges = [_edge_record(i, s, t, a, style) for i, (s, t, a) in
                 enumerate(sorted(H.edges(data=True), key=lambda e: (e[0], e[2].get("type", ""), e[1])))]
        present = {n["legend"] for n in nodes}
        legend = [{"key": lab, "text": lab, **style["labels"][lab]} for lab in LABELS if lab in present]
    if focus_id is not None and focus_id in {n["id"] for n in nodes}:
        _mark_focus(next(n for n in nodes if n["id"] == focus_id), style)
    options = json.loads(json.dumps(style["options"]))
    physics = len(nodes) > 0 and len(nodes) <= style["layout"]["physics_max_nodes"]
    if view == "lineage":
        _set_levels(nodes)
        options.update(json.loads(json.dumps(style["lineage"])))
        physics = False
    elif physics:
        options["physics"] = style["physics"]
    else:
        options["physics"] = {"enabled": False}
        pos = layout_positions(nx.Graph([(e["from"], e["to"]) for e in edges]) if edges else nx.Graph(),
                               seed, style["layout"]["anchors"])
        scale = style["layout"]["scale"] * max(1.0, math.sqrt(len(nodes) / 500))
        rng = random.Random(seed)
        for n in nodes:
            x, y = pos.get(n["id"]) or (rng.uniform(-1.6, 1.6), rng.uniform(-1.6, 1.6))
            n["x"], n["y"] = round(x * scale), round(y * scale)
    years = [n["year"] for n in nodes if n.get("dated")]
    empty = EMPTY_NOTES.get(view, EMPTY_NOTES["full"]) if not nodes else None
    return {"view": view, "empty": empty, "title": _title(view, focus_id, H), "nodes": nodes, "edges": edges,
            "legend": legend, "options": options, "physics": physics,
            "years": [min(years), max(years)] if years else None, "faded": style["faded_color"],
            "fade": len(nodes) <= style["highlight"]["fade_max_nodes"]}


def render_html(G: Any, path: str | Path, *, view: str = "full", focus: str | None = None, depth: int = 2,
                types: Iterable[str] | None = None, since: int | None = None, seed: int = 0,
                style: dict[str, Any] | None = None) -> Path:
    """Write one self-contained, offline HTML page showing ``view`` of ``G``; ``G`` is not changed.

    Args:
        G: a networkx MultiDiGraph as made by ``kg.model.Graph.to_networkx()``.
        path: the HTML file to write.
        view: ``full``, ``lineage`` (a model's BUILDS_ON ancestry, older left), ``collaboration``
            (co-authors, sized by papers, coloured by community) or ``ego`` (``depth`` hops around focus).
        focus: a node id, name or title; required by ``ego``, optional for ``lineage``.
        types: labels to keep; ``since``: drop dated nodes older than this year.
        seed: seeds communities and precomputed layouts, so the same input gives the same page.
        style: a style map as from ``load_style()``; defaults to ``visualizations/style.json``.

    Returns:
        The path written.

    Raises:
        VizError: see ``page_data``; or pyvis/jinja2 are missing.
    """
    data = page_data(G, view=view, focus=focus, depth=depth, types=types, since=since, seed=seed, style=style)
    html = _page(data)
    out = Path(path)
    out.write_text(html, encoding="utf-8")
    return out


def render_png(html_path: str | Path, png_path: str | Path, *, width: int = 1400, height: int = 900,
               timeout_ms: int = 120_000) -> Path:
    """Screenshot a page from ``render_html`` in headless Chromium once its layout is done.

    Raises:
        VizError: Chromium or playwright is missing, or the page never became ready.
    """
    out = Path(png_path)
    with chromium() as context:
        page = context.new_page()
        page.set_viewport_size({"width": width, "height": height})
        page.goto(Path(html_path).resolve().as_uri())
        try:
            page.wait_for_selector(READY, state="attached", timeout=timeout_ms)
        except Exception as exc:  # playwright's TimeoutError
            msg = f"{html_path}: the page was not ready after {timeout_ms} ms"
            raise VizError(msg) from exc
        page.screenshot(path=str(out))
    return out


def chromium_path() -> str | None:
    """The Chromium binary: ``$KG_CHROMIUM``, else ``chromium`` on PATH (Debian's /usr/bin/chromium); None if absent."""
    exe = os.environ.get("KG_CHROMIUM") or shutil.which("chromium")
    return exe if exe and Path(exe).is_file() else None


@contextlib.contextmanager
def chromium() -> Iterator[Any]:
    """A playwright BrowserContext of headless Chromium with a fresh profile, closed on exit.

    Raises:
        VizError: no Chromium binary or no playwright package.
    """
    exe = chromium_path()
    if exe is None:
        msg = ("no Chromium found for the PNG preview\n"
               "  install it with `apt-get install chromium` or set KG_CHROMIUM to its path")
        raise VizError(msg)
    try:
        from playwright.sync_api import sync_playwright
    except ImportError as exc:
        msg = 'PNG previews need playwright: pip install "paper-kg[test]"'
        raise VizError(msg) from exc
    with tempfile.TemporaryDirectory(prefix="kg-chromium-") as profile, sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(profile, executable_path=exe, headless=True,
                                                        args=CHROMIUM_ARGS)
        try:
            yield context
        finally:
            context.close()


def _name(attrs: dict[str, Any], nid: str) -> str:
    return str(attrs.get("name") or attrs.get("title") or nid)


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"


def _node_record(G: Any, nid: str, attrs: dict[str, Any], style: dict[str, Any]) -> dict[str, Any]:
    label = attrs["label"]
    look = style["labels"][label]
    name = _name(attrs, nid)
    rec: dict[str, Any] = {"id": nid, "label": _short(name, style["label_max_chars"]), "title": name,
                           "name": name, "kind": label, "legend": label, "shape": look["shape"],
                           "color": look["color"], "size": look["size"]}
    year = year_of(attrs)
    if year is not None:
        rec["year"], rec["dated"] = year, True
    else:
        first = _first_year(G, nid)
        if first is not None:
            rec["year"], rec["dated"] = first, False
    if attrs.get("date"):
        rec["date"] = str(attrs["date"])
    if attrs.get("abstract"):
        rec["abstract"] = _short(str(attrs["abstract"]), style["abstract_max_chars"])
    if label == PAPER:
        byline = sorted((a.get("position", 0), _name(G.nodes[s], s)) for s, _, a in G.in_edges(nid, data=True)
                        if a.get("type") == AUTHORED)
        rec["authors"] = [n for _, n in byline]
        rec["authors_truncated"] = bool(attrs.get("authors_truncated"))
    return rec


def _first_year(G: Any, nid: str) -> int | None:
    """The year an undated entity first appears: its introducing paper, else any paper linking to it."""
    linked = [(a.get("type") != INTRODUCES, year_of(G.nodes[s])) for s, _, a in G.in_edges(nid, data=True)
              if G.nodes[s].get("label") == PAPER]
    dated = sorted((later, y) for later, y in linked if y is not None)
    return dated[0][1] if dated else None


def _edge_record(i: int, s: str, t: str, attrs: dict[str, Any], style: dict[str, Any]) -> dict[str, Any]:
    inferred = bool(attrs.get("inferred"))
    rec: dict[str, Any] = {"id": i, "from": s, "to": t, "kind": attrs.get("type", ""),
                           "title": attrs.get("type", ""), "width": style["edges"]["width"],
                           "color": style["edges"]["inferred_color" if inferred else "color"]}
    if inferred:
        rec["inferred"] = True
        rec["dashes"] = style["edges"]["inferred_dashes"]
    for key in ("evidence", "rule"):
        if attrs.get(key):
            value = attrs[key]
            rec[key] = [str(v) for v in value] if isinstance(value, list) else [str(value)]
    if isinstance(attrs.get("score"), int | float):
        rec["score"] = round(float(attrs["score"]), 3)
    return rec


def _collaboration_records(H: Any, style: dict[str, Any], seed: int
                           ) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
    look = style["collaboration"]
    C = coauthor_graph(H)  # authors with at least one paper in H; ``papers`` counts them
    communities = sorted(nx.community.louvain_communities(C, seed=seed) if len(C) else [],
                         key=lambda c: (-len(c), min(c)))
    palette = look["palette"]
    member = {n: i for i, c in enumerate(communities) for n in c}
    nodes: list[dict[str, Any]] = []
    for n, a in sorted(C.nodes(data=True)):
        rec = _node_record(H, n, H.nodes[n], style)
        k = member[n]
        rec.update(color=palette[k] if k < len(palette) else look["other_color"],
                   size=round(look["base_size"] + look["size_per_sqrt_paper"] * math.sqrt(a["papers"]), 1),
                   papers=a["papers"], community=k + 1,
                   legend=f"c{k + 1}" if k < len(palette) else "other")
        nodes.append(rec)
    edges = [{"id": i, "from": x, "to": y, "kind": COAUTHOR, "title": _shared(w), "value": w["weight"],
              "color": style["edges"]["color"], "arrows": {"to": {"enabled": False}}, "evidence": [_shared(w)]}
             for i, (x, y, w) in enumerate(sorted(C.edges(data=True)))]
    legend = [{"key": f"c{i + 1}", "text": f"Community {i + 1} ({len(c)} authors)", "color": palette[i],
               "shape": "dot"} for i, c in enumerate(communities[: len(palette)])]
    if len(communities) > len(palette):
        rest = sum(len(c) for c in communities[len(palette):])
        legend.append({"key": "other", "text": f"Smaller communities ({rest} authors)",
                       "color": look["other_color"], "shape": "dot"})
    return nodes, edges, legend


def _shared(link: dict[str, Any]) -> str:
    years = sorted({y for y in (link.get("first_year"), link.get("last_year")) if y})
    span = f", {'-'.join(map(str, years))}" if years else ""
    return f"{link['weight']} shared paper{'s' if link['weight'] != 1 else ''}{span}"


def _mark_focus(rec: dict[str, Any], style: dict[str, Any]) -> None:
    rec["borderWidth"] = style["focus"]["border_width"]
    rec["size"] = round(rec["size"] * style["focus"]["size_factor"], 1)
    rec["focus"] = True


def _set_levels(nodes: list[dict[str, Any]]) -> None:
    """Hierarchical levels by year, oldest first; nodes of unknown year go in a last column."""
    years = sorted({n["year"] for n in nodes if "year" in n})
    rank = {y: i for i, y in enumerate(years)}
    for n in nodes:
        n["level"] = rank.get(n.get("year"), len(years))


def _title(view: str, focus: str | None, H: Any) -> str:
    around = f" around {_name(H.nodes[focus], focus)}" if focus is not None and focus in H else ""
    return f"paper-kg: {view} view{around}"


def _json_for_html(data: Any) -> str:
    """JSON that cannot end its <script> element or open a comment: <, > and & become \\u escapes."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _page(data: dict[str, Any]) -> str:
    try:
        import pyvis
        from jinja2 import Environment, FileSystemLoader
        from markupsafe import Markup
    except ImportError as exc:
        msg = 'the HTML viewer needs pyvis: pip install "pyvis>=0.3.2"'
        raise VizError(msg) from exc
    vis = resources.files(pyvis) / VIS_DIR
    data_json = _json_for_html(data)
    viewer_js = (VISUALIZATIONS_DIR / "viewer.js").read_text(encoding="utf-8")
    nonce = hashlib.sha256((data_json + viewer_js).encode("utf-8")).hexdigest()[:32]
    env = Environment(loader=FileSystemLoader(VISUALIZATIONS_DIR), autoescape=True)
    return env.get_template("template.html").render(
        title=data["title"], nonce=nonce, data_json=Markup(data_json),
        vis_js=Markup((vis / "vis-network.min.js").read_text(encoding="utf-8")),
        vis_css=Markup((vis / "vis-network.css").read_text(encoding="utf-8")),
        viewer_css=Markup((VISUALIZATIONS_DIR / "viewer.css").read_text(encoding="utf-8")),
        viewer_js=Markup(viewer_js))
