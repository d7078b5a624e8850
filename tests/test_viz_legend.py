"""Every link and node a view draws has a legend entry; the collaboration legend says what size, width and
colour mean; labels use the room there is (short labels, the opening zoom)."""

from __future__ import annotations

from typing import Any

import networkx as nx

from kg.model import AUTHOR, AUTHORED, BUILDS_ON, HAS_TOPIC, INTRODUCES, MODEL, PAPER, TOPIC
from kg.viz import load_style, page_data
from kg.viz.layout import label_zooms
from kg.viz.records import edge_key


def every_link_kind() -> Any:
    """Two invented papers and three models joined by each kind of link a page can draw."""
    G = nx.MultiDiGraph()
    G.add_node("paper:p", label=PAPER, title="Quill: Writing With Feathers", date="2021-01-01")
    G.add_node("paper:q", label=PAPER, title="Inkwell: Deeper Pots", date="2022-01-01")
    for m, year in (("model:quill", 2021), ("model:inkwell", 2022), ("model:inkwell-pro", 2023),
                    ("model:nib", 2023)):
        G.add_node(m, label=MODEL, name=m[6:].title(), date=f"{year}-01-01")
    G.add_node("author:ann", label=AUTHOR, name="Ann Arbor")
    G.add_node("author:bo", label=AUTHOR, name="Bo Brook")
    G.add_node("topic:ink", label=TOPIC, name="ink")
    G.add_edge("author:ann", "paper:p", key=AUTHORED, type=AUTHORED)
    G.add_edge("author:bo", "paper:p", key=AUTHORED, type=AUTHORED, inferred="owner of list.txt")
    G.add_edge("author:ann", "paper:q", key=AUTHORED, type=AUTHORED)
    G.add_edge("paper:p", "topic:ink", key=HAS_TOPIC, type=HAS_TOPIC)
    G.add_edge("paper:p", "model:quill", key=INTRODUCES, type=INTRODUCES)
    G.add_edge("paper:q", "model:inkwell", key=INTRODUCES, type=INTRODUCES)
    G.add_edge("model:inkwell", "model:quill", key=BUILDS_ON, type=BUILDS_ON, rule="text-cue")  # stated
    G.add_edge("model:inkwell-pro", "model:inkwell", key=BUILDS_ON, type=BUILDS_ON, rule="name-variant",
               inferred=True, score=0.96)
    G.add_edge("model:nib", "model:quill", key=BUILDS_ON, type=BUILDS_ON, rule="weak-evidence", inferred=True,
               candidate=True, score=0.3)
    return G


def edge_entries(data: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {i["key"]: i for i in data["legend"] if i.get("edges")}


def test_every_kind_of_link_drawn_has_a_legend_entry_drawn_as_the_link() -> None:
    G = every_link_kind()
    style = load_style()
    for view, focus in (("full", None), ("ego", "Ann Arbor"), ("lineage", None)):
        data = page_data(G, view=view, focus=focus, types=None if view != "full" else list(
            {a["label"] for _, a in G.nodes(data=True)}))
        entries = edge_entries(data)
        drawn = {f"edge:{edge_key(e)}" for e in data["edges"]}
        assert drawn == set(entries), view  # no link without an entry, no entry without a link
        for e in data["edges"]:
            item = entries[f"edge:{edge_key(e)}"]
            assert (item["color"], item["dashes"]) == (e.get("color", data["edge_look"]["color"]),
                                                      e.get("dashes", False)), (view, e)
    full = edge_entries(page_data(G, types=[PAPER, MODEL, AUTHOR, TOPIC]))
    assert set(full) == {"edge:stated", "edge:inferred", "edge:candidate", "edge:listing", "edge:plain"}
    assert full["edge:stated"]["line"] == "solid" and full["edge:stated"]["color"] != full["edge:plain"]["color"]
    assert full["edge:plain"]["text"].startswith("other links: authored, has topic, introduces")
    assert full["edge:stated"]["text"] == style["lineage"]["kinds"]["stated"]["text"]


def test_collaboration_legend_says_what_colour_size_and_width_mean() -> None:
    G = every_link_kind()
    G.add_node("author:cy", label=AUTHOR, name="Cy Creek")
    G.add_edge("author:cy", "paper:p", key=AUTHORED, type=AUTHORED)
    G.add_edge("author:cy", "paper:q", key=AUTHORED, type=AUTHORED)
    data = page_data(G, view="collaboration")
    texts = [i["text"] for i in data["legend"]]
    assert texts[0].startswith("Community #1: ")
    assert any(i["text"].startswith("co-authors (wider") for i in data["legend"] if i.get("edges"))
    notes = [i["text"] for i in data["legend"] if i.get("note")]
    assert any("size" in t.lower() and "papers" in t for t in notes) and any("community" in t for t in notes)
    assert {f"edge:{edge_key(e)}" for e in data["edges"]} == set(edge_entries(data))


def test_a_label_with_no_room_takes_its_short_form() -> None:
    pos = {"a": (0, 0), "b": (120, 0), "c": (240, 0)}  # a row of three, 120 px apart at zoom 1
    widths = dict.fromkeys(pos, 200)  # long titles: none fits beside another at zoom 1
    radii = dict.fromkeys(pos, 5)
    long_only = label_zooms(pos, list(pos), widths, radii, first=1, last=1)
    with_short = label_zooms(pos, list(pos), widths, radii, first=1, last=1, short=dict.fromkeys(pos, 80))
    assert sorted(long_only) == ["a", "c"] and sorted(with_short) == ["a", "b", "c"]
    assert [n for n, z in with_short.items() if z[2] == 1] == ["b"]  # the others keep their whole labels


def test_overview_pages_open_at_a_zoom_their_labels_were_placed_for() -> None:
    G = every_link_kind()
    for view in ("full", "collaboration"):
        data = page_data(G, view=view)
        frame = data["labels"]["frame"]
        zooms = {n["lz"] for n in data["nodes"] if "lz" in n}
        assert round(frame["fit"], 3) in zooms or min(zooms) >= frame["fit"] / data["labels"]["zoom_step"] ** 2
        on = {i["key"] for i in data["legend"] if i.get("on")}
        shown = [n for n in data["nodes"] if n.get("legend", n["kind"]) in on]
        labelled = [n for n in shown if "lz" in n and n["lz"] <= frame["fit"] + 1e-9]
        assert shown and len(labelled) == len(shown), view  # a handful of nodes: every one named as it opens
