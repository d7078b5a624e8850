"""The lineage view as a reader meets it: one block per family on its own time axis, blocks packed to fit the
window, models only mentioned told apart from introduced ones, same-named models told apart, every line
kind in the legend; and overview labels that no kind hidden at first keeps away.

The lineages are invented; the same-named models come from a real build (extraction, inference, the store).
"""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any

import networkx as nx
from hypothesis import given, settings
from hypothesis import strategies as st
from test_lineage_apart import LLM, NEXT, USER, WEATHER, build
from test_lineage_views import lineage_kinds
from test_viz import _overlap

from kg import api
from kg.model import BUILDS_ON, INTRODUCES, MODEL, PAPER, USES
from kg.viz import load_style, page_data
from kg.viz.layout import Box, label_box, label_zooms, lineage_layout, pack_blocks


def families(sizes: list[int]) -> Any:
    """One chain of models per size, each model introduced a year after its parent; family i starts in 2015 + i."""
    G = nx.MultiDiGraph()
    for f, size in enumerate(sizes):
        for i in range(size):
            year = 2015 + f + i
            G.add_node(f"paper:{f}.{i}", label=PAPER, title=f"P{f}.{i}", year=year, date=f"{year}-02-01")
            G.add_node(f"model:{f}.{i}", label=MODEL, name=f"Family {f} model {i}")
            G.add_edge(f"paper:{f}.{i}", f"model:{f}.{i}", key=INTRODUCES, type=INTRODUCES)
            if i:
                G.add_edge(f"model:{f}.{i}", f"model:{f}.{i - 1}", key=BUILDS_ON, type=BUILDS_ON)
    return G


def test_each_family_is_a_block_of_its_own_years_and_no_two_blocks_meet() -> None:
    data = page_data(families([4, 2, 3, 2, 5, 2]), view="lineage")
    blocks, axis = data["blocks"], data["axis"]
    assert len(blocks) == 6
    assert not [(a, b) for a, b in itertools.combinations(blocks, 2)
                if _overlap((a["x0"], a["y0"], a["x1"], a["y1"]), (b["x0"], b["y0"], b["x1"], b["y1"]))]
    for n in data["nodes"]:
        box = data["boxes"][n["id"]]
        f = int(n["id"].split(":")[1].split(".")[0])
        home = [b for b in blocks if b["title"].endswith(f"from Family {f} model 0")]
        assert len(home) == 1  # each block is titled by its family's root
        b = home[0]
        assert b["x0"] < n["x"] - box[0] and n["x"] + box[1] < b["x1"] and b["y0"] < n["y"] - box[2]
        assert n["y"] + box[3] < b["y1"]
        band = [a for a in axis if a["y"] == b["y0"] and b["x0"] <= a["x0"] and a["x1"] <= b["x1"]
                and a["label"] == str(n["year"])]
        assert len(band) == 1 and band[0]["x0"] < n["x"] < band[0]["x1"]  # the block's own year over it
    assert [b["title"].split(",")[0] for b in blocks] == ["4 models", "2 models", "3 models", "2 models",
                                                          "5 models", "2 models"]


def test_blocks_are_packed_to_fit_the_window_larger_than_one_column_or_one_row() -> None:
    data = page_data(families([4, 2, 3, 2, 5, 2, 3]), view="lineage")
    view = load_style()["lineage"]["view_px"]
    blocks = data["blocks"]

    def fit(width: float, height: float) -> float:
        return min(view[0] / width, view[1] / height)

    packed = fit(max(b["x1"] for b in blocks), max(b["y1"] for b in blocks))
    sizes = [(b["x1"] - b["x0"], b["y1"] - b["y0"]) for b in blocks]
    column = fit(max(w for w, _ in sizes), sum(h for _, h in sizes))
    row = fit(sum(w for w, _ in sizes), max(h for _, h in sizes))
    assert packed > max(column, row)
    assert len({b["y0"] for b in blocks}) > 1 and len({b["x0"] for b in blocks}) > 1


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.integers(20, 900), st.integers(20, 600)), min_size=1, max_size=25),
       st.tuples(st.integers(200, 2000), st.integers(200, 2000)))
def test_packed_blocks_never_meet_and_keep_their_order(sizes: list[tuple[int, int]], view: tuple[int, int]) -> None:
    at = pack_blocks(sizes, view, (10, 8))
    rects = [(x, y, x + w, y + h) for (x, y), (w, h) in zip(at, sizes)]
    assert not [(a, b) for a, b in itertools.combinations(rects, 2) if _overlap(a, b)]
    assert at == sorted(at, key=lambda p: (p[1], p[0]))  # read row by row, left to right, in the order given


def test_a_family_takes_its_shortest_clear_placement() -> None:
    """A model with a variant and a successor, the successor with three children a year later, one of them
    building on another root too: the first clear placement found puts that child far below; kept: one of
    at most five rows."""
    L = nx.MultiDiGraph([("variant", "base"), ("next", "base"), ("gen", "next"), ("one", "gen"), ("pro", "gen"),
                         ("flash", "gen"), ("flash", "lite")])
    years = {"base": 2022, "variant": 2022, "next": 2023, "gen": 2023, "one": 2025, "pro": 2025, "lite": 2025,
             "flash": 2025}
    out = lineage_layout(L, years, dict.fromkeys(L, Box(60, 60, 10, 48)), row_gap=70)
    rows = sorted({y for _, y in out.pos.values()})
    assert out.clear and (rows[-1] - rows[0]) / 70 <= 4  # the first clear placement found spans eleven


def test_models_only_mentioned_are_drawn_hollow_and_the_legend_says_what_each_look_means() -> None:
    G = lineage_kinds()
    G.add_node("paper:late", label=PAPER, title="Using Base", year=2024, date="2024-05-01")
    G.add_edge("paper:late", "base", key=USES, type=USES)
    style = load_style()
    data = page_data(G, view="lineage", show_generic=True)
    nodes = {n["id"]: n for n in data["nodes"]}
    assert nodes["base"]["legend"] == "unintroduced" and nodes["base"]["label"].endswith("first seen 2024")
    assert nodes["base"]["color"] == {"background": style["lineage"]["unintroduced_fill"],
                                      "border": style["labels"][MODEL]["color"]}
    assert "legend" not in nodes["m1"] and "color" not in nodes["m1"]  # introduced: the Model's look and key
    legend = {item["key"]: item for item in data["legend"]}
    assert legend[MODEL]["text"].startswith("Model introduced by a paper here")
    assert legend["unintroduced"]["fill"] == style["lineage"]["unintroduced_fill"]
    assert legend["unintroduced"]["text"] == "Model only mentioned here: year first seen, or undated (2)"
    assert [k for k in legend if k.startswith("edge:")] == ["edge:stated", "edge:name", "edge:inferred",
                                                            "edge:candidate", "edge:generic"]
    generic = next(e for e in data["edges"] if e.get("generic"))
    assert (generic["color"], generic["dashes"]) == (style["lineage"]["kinds"]["generic"]["color"],
                                                     style["lineage"]["kinds"]["generic"]["dashes"])
    assert "edge:generic" not in {item["key"] for item in page_data(G, view="lineage")["legend"]}


def test_same_named_models_kept_apart_are_told_apart_in_every_view(tmp_path: Path) -> None:
    store, _ = build(tmp_path, [LLM, WEATHER, NEXT, USER])
    G = api.load_networkx(store)
    lineage = {n["id"]: n for n in page_data(G, view="lineage")["nodes"]}
    first, second = lineage["model:kestrel"], lineage["model:kestrel@arxiv:2405.13063"]
    assert first["name"] == "Kestrel [arxiv:2401.00101]" and second["name"] == "Kestrel [arxiv:2405.13063]"
    assert first["label"] == "Kestrel\n[arxiv:2401.00101]\n2024" and second["label"].split("\n")[1] == (
        "[arxiv:2405.13063]")
    titles = {b["title"] for b in page_data(G, view="lineage")["blocks"]}
    assert "2 models, from Kestrel [arxiv:2405.13063]" in titles
    full = {n["id"]: n for n in page_data(G)["nodes"]}
    assert full["model:kestrel"]["name"] != full["model:kestrel@arxiv:2405.13063"]["name"]
    assert full["model:kestrel2"]["name"] == "Kestrel 2"  # a model of one name keeps it


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.integers(-300, 300), st.integers(-300, 300), st.integers(10, 120), st.booleans()),
                min_size=2, max_size=30), st.integers(1, 4))
def test_labels_keep_off_the_nodes_shown_and_on_demand_labels_off_every_node(
        spec: list[tuple[int, int, int, bool]], leads: int) -> None:
    ids = [f"n{i}" for i in range(len(spec))]
    shown = [n for n, (_, _, _, on) in zip(ids, spec) if on] or ids[:1]
    order = shown + [n for n in ids if n not in shown]
    pos = {n: (x, y) for n, (x, y, _, _) in zip(ids, spec)}
    widths = {n: w for n, (_, _, w, _) in zip(ids, spec)}
    radii = dict.fromkeys(ids, 6)
    zooms = label_zooms(pos, order, widths, radii, first=0.2, step=1.5, last=4, shown=shown, leads=leads)
    for n, (s, side) in zooms.items():
        box = label_box(s * pos[n][0], s * pos[n][1], s * 6, widths[n], 14, side)
        if order.index(n) < leads:  # a lead's label may cover the nodes after the leads, not another lead
            blocking = [m for m in (shown if n in shown else ids) if m in order[:leads] and m != n]
        else:
            blocking = [m for m in (shown if n in shown else ids) if m not in (n, *order[:leads])]
        assert not [m for m in blocking
                    if _overlap(box, (s * pos[m][0] - s * 6, s * pos[m][1] - s * 6, s * pos[m][0] + s * 6,
                                      s * pos[m][1] + s * 6))], n


def test_each_edge_kind_drawn_has_its_own_look_and_a_legend_entry_only_when_present() -> None:
    import networkx as nx

    from kg.model import AUTHOR, AUTHORED, BUILDS_ON, MODEL, PAPER
    from kg.viz import load_style, page_data

    style = load_style()
    G = nx.MultiDiGraph()
    for m, year in (("model:a", 2020), ("model:b", 2021), ("model:c", 2022), ("model:d", 2023)):
        G.add_node(m, label=MODEL, name=m[6:].upper(), date=f"{year}-01-01")
    G.add_edge("model:b", "model:a", key=BUILDS_ON, type=BUILDS_ON, rule="text-cue")
    G.add_edge("model:c", "model:b", key=BUILDS_ON, type=BUILDS_ON, inferred=True, score=0.7, rule="co-mention")
    G.add_edge("model:d", "model:c", key=BUILDS_ON, type=BUILDS_ON, inferred=True, candidate=True, score=0.3,
               rule="weak-evidence")
    data = page_data(G, view="lineage")
    looks = {e["how"]: (e.get("color", data["edge_look"]["color"]), str(e.get("dashes"))) for e in data["edges"]}
    assert set(looks) == {"stated", "inferred", "candidate"} and len(set(looks.values())) == 3
    assert [i["key"] for i in data["legend"] if i.get("edges")] == ["edge:stated", "edge:inferred", "edge:candidate"]
    G.remove_edge("model:c", "model:b", key=BUILDS_ON)
    assert [i["key"] for i in page_data(G, view="lineage")["legend"] if i.get("edges")] == [
        "edge:stated", "edge:candidate"]
    # an authorship resting on a listing's owner: dashed in the ego view, and the legend says what it is
    G.add_node("paper:p", label=PAPER, title="P", date="2023-01-01")
    G.add_node("author:o", label=AUTHOR, name="Ola Owner")
    G.add_edge("author:o", "paper:p", key=AUTHORED, type=AUTHORED, inferred="owner of list.txt")
    ego = page_data(G, view="ego", focus="Ola Owner")
    listing = [i for i in ego["legend"] if i.get("edges")]
    assert [(i["key"], i["text"]) for i in listing] == [("edge:listing", style["edges"]["listing"]["text"])]
    assert next(e for e in ego["edges"] if e["kind"] == AUTHORED)["dashes"] is True
