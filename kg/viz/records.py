"""What the page draws, as plain JSON-ready records: nodes, edges and legend items per view."""

from __future__ import annotations

import math
from typing import Any

from kg.analysis.collab import drawn_network, drawn_params, network
from kg.analysis.common import papers
from kg.analysis.lineage.apart import APART_BY, apart_name
from kg.analysis.lineage.kinds import edge_kind
from kg.model import AUTHORED, BUILDS_ON, LABELS, MODEL, PAPER
from kg.sources.ids import paper_id
from kg.viz.layout import Box
from kg.viz.slicing import When, when, year_of

COAUTHOR = "co-author"  # the display edge of the collaboration view; not a stored relationship
UNINTRODUCED = "unintroduced"  # the lineage legend's key of models no paper of the graph introduces
GENERIC = "generic"  # the lineage legend's key of links to generic architectures (kinds in the style)
LISTING = "listing"  # the kind of a link resting on a listing's owner (an authorship, a co-author link)


def name_of(attrs: dict[str, Any], nid: str) -> str:
    """A node's display name: its name, else its title, else its id; a model kept apart from a namesake
    followed by its introducing paper's id, as ``kg lineage`` names it ("Aurora [arxiv:2405.13063]")."""
    return apart_name(str(attrs.get("name") or attrs.get("title") or nid), attrs)


def short(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters with an ellipsis.

    Examples:
        >>> short("DeepSeek-V3.2-Speciale", 12)
        'DeepSeek-V3\u2026'
    """
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"


def node_record(G: Any, nid: str, attrs: dict[str, Any], style: dict[str, Any]) -> dict[str, Any]:
    """One node as the page needs it: id, label text (a paper's title up to its colon, with the paper's year,
    unless the title is an identifier, else the name cut to ``label_max_chars``), name, kind, shape, colour, size, year and its source (``dated`` True for the
    node's own date), date, abstract, and a paper's authors in byline order."""
    label = attrs["label"]
    look = style["labels"][label]
    name = name_of(attrs, nid)
    rec: dict[str, Any] = {"id": nid, "name": name, "kind": label, "legend": label, "shape": look["shape"],
                           "color": look["color"], "size": look["size"]}  # label and tooltip: the name
    head = name if paper_id(name) else name.split(":", 1)[0].strip()  # an id for a title ("arXiv:2103.02093") stays whole
    if label == PAPER and len(head) < len(name) and 2 <= len(head) <= style["label_max_chars"]:
        rec["label"] = head  # "GShard: Scaling Giant Models ..." is labelled "GShard"; the title is in the panel
    elif len(name) > style["label_max_chars"]:
        rec["label"] = short(name, style["label_max_chars"])
    seen = when(G, nid)
    if seen.year is not None:
        rec["year"], rec["dated"], rec["when"] = seen.year, year_of(attrs) is not None, seen.how
    year = year_of(attrs) if label == PAPER else None
    if year is not None and rec.get("label") == head:
        rec["label"] = f"{head} ({year})"  # the paper "GShard (2020)" beside its model "GShard"
    elif year is not None and "label" in rec:  # a long title cut short keeps its year: "Retrieve Once per… (2023)"
        rec["label"] = f"{short(name, style['label_max_chars'] - len(f' ({year})'))} ({year})"
    if seen.paper is not None:
        paper = G.nodes[seen.paper]
        rec["paper"] = {"id": seen.paper, "title": name_of(paper, seen.paper), "how": seen.how,
                        **({"date": str(paper["date"])} if paper.get("date") else {})}
    if attrs.get("date"):
        rec["date"] = str(attrs["date"])
    if attrs.get("abstract"):
        rec["abstract"] = short(str(attrs["abstract"]), style["abstract_max_chars"])
    if label == PAPER:
        byline = sorted((bool(a.get("inferred")), a.get("position") or 0,
                         name_of(G.nodes[s], s) + (f" ({a['inferred']}, inferred)" if a.get("inferred") else ""))
                        for s, _, a in G.in_edges(nid, data=True) if a.get("type") == AUTHORED)
        rec["authors"] = [n for _, _, n in byline]
        rec["authors_truncated"] = bool(attrs.get("authors_truncated"))
    return rec


def edge_record(i: int, s: str, t: str, attrs: dict[str, Any], style: dict[str, Any]) -> dict[str, Any]:
    """One edge: ends, kind, tooltip, width and colour; inferred edges dashed with ``score`` and ``rule``;
    ``evidence`` sentences as a list. A BUILDS_ON edge has ``how``, its kind as ``kg lineage`` calls it, drawn
    as ``lineage.kinds`` in the style says; an authorship resting on a listing's owner has ``how`` LISTING."""
    inferred = bool(attrs.get("inferred"))
    rec: dict[str, Any] = {"id": i, "from": s, "to": t, "kind": attrs.get("type", ""),
                           "title": attrs.get("type", ""), "width": style["edges"]["width"],
                           "color": style["edges"]["inferred_color" if inferred else "color"]}
    if inferred:
        rec["inferred"] = True
        rec["dashes"] = style["edges"]["inferred_dashes"]
        if isinstance(attrs["inferred"], str):  # an author taken as a listing's owner
            rec["title"] += f" (inferred: {attrs['inferred']})"
            rec["how"] = LISTING
    if attrs.get("type") == BUILDS_ON:  # in every view, what kg lineage calls it: stated, name, inferred, candidate
        kind = rec["how"] = edge_kind(attrs)
        rec.update({k: v for k, v in style["lineage"]["kinds"].get(kind, {}).items() if k in ("color", "dashes", "width")})
    for key in ("evidence", "rule"):
        if attrs.get(key):
            value = attrs[key]
            rec[key] = [str(v) for v in value] if isinstance(value, list) else [str(value)]
    if isinstance(attrs.get("score"), int | float) and not math.isnan(float(attrs["score"])):
        rec["score"] = round(float(attrs["score"]), 3)
    return rec


def label_legend(nodes: list[dict[str, Any]], style: dict[str, Any], hidden: list[str] = ()) -> list[dict[str, Any]]:
    """One legend item per label present, in the model's label order, with its count; ``hidden`` labels
    start unchecked (shown on demand)."""
    counts: dict[str, int] = {}
    for n in nodes:
        counts[n["legend"]] = counts.get(n["legend"], 0) + 1
    return [{"key": lab, "text": f"{lab} ({counts[lab]:,})", "color": style["labels"][lab]["color"],
             "shape": style["labels"][lab]["shape"], "on": lab not in hidden} for lab in LABELS if lab in counts]


def lineage_records(G: Any, L: Any, focus: str | None, style: dict[str, Any]
                    ) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]], dict[str, Box]]:
    """Nodes, edges, legend and node boxes of the lineage view of ``L`` (edges child -> parent).

    Each node's label is its name and the year shown (``when``): the introducing paper's year, else
    "first seen YEAR", else "undated", and a line naming how many parents are not shown. Edges point from a
    model to the one it builds on, as in the other views and ``kg lineage-path`` (time runs left to right, so
    they point back); each edge has ``how``, its kind as ``kg lineage`` names
    it (stated, name, inferred, candidate: ``kg.analysis.lineage.edge_kind``), drawn as ``lineage.kinds`` in
    the style says (stated solid; name relations, inferred edges and candidates each dashed their own way),
    wider with score; the legend lists the kinds present (``edge_legend``).
    """
    look = style["lineage"]
    lines = look["label_lines"]
    nodes, boxes = [], {}
    for n, a in sorted(L.nodes(data=True)):
        rec = node_record(G, n, G.nodes[n], style)
        base = str(G.nodes[n].get("name") or n)
        rec["label"] = short(base, look["label_max_chars"])
        if G.nodes[n].get(APART_BY):  # one of two same-named models: its introducing paper on a line of its own
            rec["label"] += f"\n{rec['name'][len(base) + 1:]}"
        seen = when(G, n)
        rec["label"] += "\n" + _when_text(seen)
        hidden = a.get("hidden_parents") or []
        if hidden:
            rec["hidden_parents"] = [name_of(G.nodes[h], h) if h in G else h for h in hidden]
            rec["label"] += f"\n+{len(hidden)} parent{'s' if len(hidden) != 1 else ''} not shown"
        if a.get("context"):
            rec["context"] = True
            rec["color"] = look["context_color"]
            rec["legend"] = "context"
        elif seen.how not in ("dated", "introduced"):  # only mentioned here: drawn hollow, the legend says so
            rec["color"] = {"background": look["unintroduced_fill"], "border": rec["color"]}
            rec["borderWidth"] = 2
            rec["legend"] = UNINTRODUCED
        rec["font"] = {"size": look["font_size"], **look["label_halo"]}  # legible where a link passes under it
        rec["shape"], rec["size"] = look["shape"], look["size"]
        if n == focus:
            mark_focus(rec, style)
        text = rec["label"].split("\n")
        half = max(rec["size"], look["char_px"] * max(len(t) for t in text) / 2)
        boxes[n] = Box(half, half, rec["size"], rec["size"] + lines["gap_px"] + lines["px"] * len(text))
        nodes.append(rec)
    edges = []
    for i, (s, t, a) in enumerate(sorted(L.edges(data=True), key=lambda e: (e[0], e[1], str(e[2].get("rule"))))):
        rec = edge_record(i, s, t, a, style)
        score = rec.get("score", 1.0)
        rec["width"] = round(look["stated_width"] if not rec.get("inferred")
                             else look["min_width"] + (look["stated_width"] - look["min_width"]) * score, 2)
        rec["arrows"] = {"to": {"enabled": True, "scaleFactor": 0.6}}  # child -> parent, as in the other views
        kind = rec["how"]  # stated, name, inferred or candidate: as kg lineage calls it
        if a.get("generic"):  # drawn only with --show-generic, in a look of its own
            rec["generic"] = True
            rec.update({k: look["kinds"][GENERIC][k] for k in ("color", "dashes")})
        how = {"stated": "stated", "name": "name relation"}.get(kind, f"{kind}, score {score:.2f}")
        how += ", to a generic architecture" if a.get("generic") else ""
        rule = f" ({', '.join(rec['rule'])})" if rec.get("rule") else ""
        rec["title"] = f"{name_of(G.nodes[s], s)} builds on {name_of(G.nodes[t], t)}: {how}{rule}"
        edges.append(rec)
    legend = label_legend([n for n in nodes if not n.get("context") and n["legend"] != UNINTRODUCED], style)
    for item in legend:
        item["shape"] = look["shape"]
        item["text"] = item["text"].replace("Model", "Model introduced by a paper here (year: that paper's)", 1)
    later = sum(1 for n in nodes if n["legend"] == UNINTRODUCED)
    if later:
        legend.append({"key": UNINTRODUCED,
                       "text": f"Model only mentioned here: year first seen, or undated ({later:,})",
                       "shape": look["shape"], "color": style["labels"][MODEL]["color"],
                       "fill": look["unintroduced_fill"], "on": True})
    if any(n.get("context") for n in nodes):
        legend.append({"key": "context", "text": "Other parents of the models shown", "shape": look["shape"],
                       "color": look["context_color"], "on": True})
    return nodes, edges, legend + edge_legend(edges, style) + (notes(look) if nodes else []), boxes


PLAIN = "plain"  # the legend key of links drawn in the plain look (every kind but those drawn their own way)
INFERRED_LINK = "inferred-link"  # ... and of other inferred links (not BUILDS_ON, not resting on a listing)


def edge_key(edge: dict[str, Any]) -> str:
    """The kind a drawn edge's legend entry names (as the viewer's ``edgeKey``): GENERIC, its ``how`` (a
    BUILDS_ON edge's kind, LISTING), else INFERRED_LINK for another inferred link, else PLAIN."""
    if edge.get("generic"):
        return GENERIC
    return str(edge.get("how") or (INFERRED_LINK if edge.get("inferred") else PLAIN))


def edge_legend(edges: list[dict[str, Any]], style: dict[str, Any]) -> list[dict[str, Any]]:
    """One legend item per kind of edge present in ``edges``, in the style's order (``lineage.kinds``, then
    LISTING, then INFERRED_LINK and PLAIN, ``edges.other``), each drawn as the first such edge is drawn
    (colour and dashes): every link the view draws has its entry. The plain entry names the relationships
    it stands for, as the link's tooltip does ("authored, has topic"); a co-author link's says that its
    width grows with the shared papers.

    Examples:
        >>> style = {"lineage": {"kinds": {"stated": {"text": "stated", "line": "solid"},
        ...                                "candidate": {"text": "weak", "line": "dotted"}}},
        ...          "edges": {"color": "#999", "listing": {"text": "owner", "line": "dashed"},
        ...                    "other": {"plain": {"text": "other links: {kinds}", "line": "solid"}}}}
        >>> edges = [{"how": "stated"}, {"how": "listing", "color": "#f00", "dashes": True},
        ...          {"kind": "USES"}, {"kind": "HAS_TOPIC"}]
        >>> [(i["key"], i["color"], i["dashes"]) for i in edge_legend(edges, style)]
        [('edge:stated', '#999', False), ('edge:listing', '#f00', True), ('edge:plain', '#999', False)]
        >>> edge_legend(edges, style)[-1]["text"]
        'other links: has topic, uses'
    """
    first: dict[str, dict[str, Any]] = {}
    plain: set[str] = set()
    for e in edges:
        first.setdefault(edge_key(e), e)
        if edge_key(e) in (PLAIN, INFERRED_LINK):
            plain.add(str(e.get("kind") or ""))
    kinds = {**style["lineage"]["kinds"], LISTING: style["edges"][LISTING], **style["edges"].get("other", {})}
    if plain == {COAUTHOR} and COAUTHOR in style["edges"].get("other", {}):
        kinds[PLAIN] = style["edges"]["other"][COAUTHOR]
    names = ", ".join(sorted(k.lower().replace("_", " ") for k in plain if k))
    return [{"key": f"edge:{kind}", "text": item["text"].replace("{kinds}", names), "line": item["line"],
             "color": first[kind].get("color", style["edges"]["color"]), "dashes": first[kind].get("dashes", False),
             "on": True, "edges": True}
            for kind, item in kinds.items() if kind in first and kind != COAUTHOR]


def notes(look: dict[str, Any]) -> list[dict[str, Any]]:
    """The legend's lines of text (``notes`` of a view's style), below its entries: what sizes, colours and
    arrows mean; no checkbox (``note`` True)."""
    return [{"key": f"note:{i}", "text": text, "note": True} for i, text in enumerate(look.get("notes", []))]


def _when_text(seen: When) -> str:
    if seen.year is None:
        return "undated"
    return str(seen.year) if seen.how in ("dated", "introduced") else f"first seen {seen.year}"


def collaboration_records(H: Any, style: dict[str, Any], seed: int, drawn: dict[str, Any] | None = None,
                          since: int | None = None
                          ) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]], list[str], str]:
    """People sized by papers and coloured by community (numbered as ``kg collaboration`` numbers them and named
    by their best-linked authors, marked ``lead``), co-author links without arrows (dashed where a listing's
    owner is counted on a shared paper), as ``kg collaboration`` counts them: group authors ("DeepSeek-AI")
    are left out and named in the fourth item returned. A large network is drawn in part (the style's
    ``max_authors`` and ``max_links``; communities and their sizes are still those of the whole); the last item
    says what was left out ("" when nothing). ``drawn``: ``kg.analysis.collab.drawn_network`` of the whole
    network for this style and ``seed``, when the build stored it (``H`` then needs only the drawn authors);
    else it is computed from ``H``. ``since``: the year ``H`` was cut from, which the note's advice starts after."""
    look = style["collaboration"]
    palette = look["palette"]
    drawn = drawn_network(network(H, papers(H), seed), H, **drawn_params(style)) if drawn is None else drawn
    nodes: list[dict[str, Any]] = []
    for n, count, k in drawn["shown"]:
        rec = node_record(H, n, H.nodes[n], style)
        named = k is not None and k <= len(palette)
        rec.update(color=palette[k - 1] if named else look["other_color"],
                   size=round(look["base_size"] + look["size_per_sqrt_paper"] * math.sqrt(count), 1),
                   papers=count, legend=f"c{k}" if named else "other", value=count)
        if k is not None:
            rec["community"] = k
        nodes.append(rec)
    links = [{"weight": w, "first_year": first, "last_year": last, "listing": listing}
             for _, _, w, first, last, listing in drawn["edges"]]
    edges = [{"id": i, "from": x, "to": y, "kind": COAUTHOR, "title": _shared(w), "value": w["weight"],
              "color": style["edges"]["color"], "arrows": {"to": {"enabled": False}}, "evidence": [_shared(w)],
              **({"dashes": style["edges"]["inferred_dashes"], "inferred": True, "how": LISTING}
                 if w["listing"] else {})}
             for i, ((x, y, *_), w) in enumerate(zip(drawn["edges"], links))]
    legend = []
    by_id = {n["id"]: n for n in nodes}
    for i, c in enumerate(drawn["communities"]):
        for a, _ in c["leads"]:  # the authors naming a community in the legend are labelled first on the drawing
            if a in by_id:
                by_id[a]["lead"] = True
        names = ", ".join(name for _, name in c["leads"]) + (", \u2026" if c["size"] > len(c["leads"]) else "")
        legend.append({"key": f"c{i + 1}", "text": f"Community #{i + 1}: {names} ({c['size']:,})", "color": palette[i],
                       "shape": "dot", "on": True})
    rest, alone = drawn["rest"], drawn["alone"]
    if rest or alone:
        parts = ([f"smaller communities ({rest})"] if rest else []) + ([f"no co-author ({alone})"] if alone else [])
        legend.append({"key": "other", "text": "Others: " + ", ".join(parts), "color": look["other_color"],
                       "shape": "dot", "on": True})
    cut = ""
    if len(nodes) < drawn["authors"] or len(edges) < drawn["links"]:
        among = drawn["among"]
        links_note = (f", and of the {among:,} links among them {len(edges):,}: each drawn author's strongest, then "
                      "those with the most shared papers") if len(edges) < among else ""
        later = "--since YEAR" if since is None else f"a --since later than {since}"
        cut = (f"Drawn: the {len(nodes):,} of {drawn['authors']:,} authors with the most papers{links_note}; the "
               f"communities count everyone. To see others: kg viz --view ego --focus NAME, or {later}.")
    cut = " ".join(filter(None, [cut, drawn["note"]]))  # "... list only their first authors": lower bounds
    return nodes, edges, legend + edge_legend(edges, style) + (notes(look) if nodes else []), drawn["groups"], cut


def _shared(link: dict[str, Any]) -> str:
    years = sorted({y for y in (link.get("first_year"), link.get("last_year")) if y})
    span = f", {'-'.join(map(str, years))}" if years else ""
    owner = (" (at least one counts the owner of a listing, not printed on the paper)" if link.get("listing")
             else "")
    return f"{link['weight']} shared paper{'s' if link['weight'] != 1 else ''}{span}{owner}"


def mark_focus(rec: dict[str, Any], style: dict[str, Any]) -> None:
    """Draw the focus node larger, with a thick border."""
    rec["borderWidth"] = style["focus"]["border_width"]
    rec["size"] = round(rec["size"] * style["focus"]["size_factor"], 1)
    rec["focus"] = True


def degrees(H: Any) -> dict[str, int]:
    """Each node's number of distinct neighbours in ``H`` (either direction)."""
    return {n: len((set(H.pred[n]) | set(H.succ[n])) - {n}) if H.is_directed() else len(set(H[n]) - {n})
            for n in H}
