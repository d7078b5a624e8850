"""The viewer without a browser: view selection, page data, escaping, offline page, the `kg viz` command."""

from __future__ import annotations

import itertools
import os
import json
import math
import random
import re
import shlex
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.cli import cli
from kg.errors import NodeNotFound, VizError
from kg.model import (AUTHOR, AUTHORED, BUILDS_ON, INTRODUCES, LABELS, MODEL, PAPER, TOPIC, USES, HAS_TOPIC,
                      Edge, Graph, Node)
from kg.analysis.collab import collaboration
from kg.viz import (VIEWS, _json_for_html, chromium, edges_off_nodes, filter_graph, find_node, layout_positions,
                    load_style, page_data, render_html)
from kg.viz.layout import Box, label_box, label_zooms

IMG = "<img src=x onerror=window.__pwned=1>"
SCRIPT = "</script><script>window.__pwned=1</script>"


def payload_graph() -> Any:
    """Three papers, four authors, a three-model lineage; payloads in titles, names, abstracts, evidence."""
    g = Graph()
    papers = [("paper:p1", f"Attention is all {SCRIPT}", "2017-06-12", f"We propose {IMG} a network."),
              ("paper:p2", "GShard scaling", "2020-06-30", "Conditional computation."),
              ("paper:p3", f"Switch {IMG}", "2021-01-11", f"Sparse {SCRIPT} experts.")]
    for pid, title, date, abstract in papers:
        g.add_node(Node(pid, PAPER, {"name": title, "title": title, "date": date, "year": int(date[:4]),
                                     "abstract": abstract, "authors_truncated": False}))
    authors = {"author:ann": f"Ann {IMG}", "author:bob": f"Bob {SCRIPT}", "author:cy": "Cy", "author:di": "Di"}
    for aid, name in authors.items():
        g.add_node(Node(aid, AUTHOR, {"name": name}))
    byline = {"paper:p1": ["author:ann", "author:bob"], "paper:p2": ["author:bob", "author:cy"],
              "paper:p3": ["author:cy", "author:bob"]}
    for pid, aids in byline.items():
        for pos, aid in enumerate(aids):
            g.add_edge(Edge(aid, AUTHORED, pid, {"position": pos}))
    g.add_edge(Edge("author:di", AUTHORED, "paper:p3", {"position": 2}))
    for mid, name, pid in [("model:transformer", "Transformer", "paper:p1"), ("model:gshard", "GShard", "paper:p2"),
                           ("model:switch", f"Switch {IMG}", "paper:p3")]:
        g.add_node(Node(mid, MODEL, {"name": name}))
        g.add_edge(Edge(pid, INTRODUCES, mid, {"evidence": f"We introduce {name}."}))
    g.add_node(Node("topic:ml", TOPIC, {"name": "Machine learning"}))
    g.add_edge(Edge("paper:p2", HAS_TOPIC, "topic:ml"))
    g.add_edge(Edge("paper:p3", USES, "model:transformer", {"evidence": f"Built with {SCRIPT} Transformer layers."}))
    g.add_edge(Edge("model:gshard", BUILDS_ON, "model:transformer",
                    {"inferred": True, "score": 0.8123, "rule": "co-mention", "evidence": f"GShard {IMG} layers."}))
    g.add_edge(Edge("model:switch", BUILDS_ON, "model:gshard", {"evidence": "Switch builds on GShard."}))
    return g.to_networkx()


def page_json(html: str) -> dict[str, Any]:
    m = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', html, re.S)
    assert m is not None
    return json.loads(m.group(1))


class Refs(HTMLParser):
    """Collects every tag and every attribute that can load something."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.loads: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.loads += [f"{tag} {k}={v}" for k, v in attrs if k in ("src", "href", "srcset", "data", "action")]


def test_style_covers_every_label() -> None:
    style = load_style()
    for label in LABELS:
        assert set(style["labels"][label]) >= {"color", "shape", "size"}


def test_page_has_every_node_and_edge() -> None:
    G = payload_graph()
    data = page_data(G)
    assert sorted(n["id"] for n in data["nodes"]) == sorted(G.nodes)
    assert len(data["edges"]) == G.number_of_edges()


def test_render_html_is_offline_and_self_contained(tmp_path: Path) -> None:
    html = render_html(payload_graph(), tmp_path / "g.html").read_text(encoding="utf-8")
    refs = Refs()
    refs.feed(html)
    assert refs.loads == []
    assert not {"link", "img", "iframe", "object", "embed", "base"} & set(refs.tags)
    assert re.search(r"@import|url\(\s*['\"]?(https?:)?//", html) is None
    assert "vis.Network" in html and "default-src 'none'" in html


def test_payloads_stay_inert_text(tmp_path: Path) -> None:
    G = payload_graph()
    html = render_html(G, tmp_path / "g.html").read_text(encoding="utf-8")
    refs = Refs()
    refs.feed(html)
    assert "img" not in refs.tags and refs.tags.count("script") == 4
    assert IMG not in html and SCRIPT not in html
    data = page_json(html)
    names = {n["id"]: n["name"] for n in data["nodes"]}
    assert names["author:ann"] == G.nodes["author:ann"]["name"]
    assert names["paper:p1"] == G.nodes["paper:p1"]["title"]


@given(st.text())
def test_json_for_html_round_trips_without_markup(text: str) -> None:
    out = _json_for_html({"t": text})
    assert "<" not in out and ">" not in out and "&" not in out
    assert json.loads(out) == {"t": text}


def test_render_does_not_mutate_and_is_deterministic(tmp_path: Path) -> None:
    G = payload_graph()
    before = nx.node_link_data(G, edges="links")
    a = render_html(G, tmp_path / "a.html", view="collaboration", seed=3).read_bytes()
    b = render_html(G, tmp_path / "b.html", view="collaboration", seed=3).read_bytes()
    assert a == b
    assert nx.node_link_data(G, edges="links") == before


def test_paper_record_has_authors_in_order_and_edges_keep_evidence_and_score() -> None:
    data = page_data(payload_graph())
    p1 = next(n for n in data["nodes"] if n["id"] == "paper:p1")
    assert p1["authors"] == [f"Ann {IMG}", f"Bob {SCRIPT}"]
    assert (p1["date"], p1["year"], p1["dated"]) == ("2017-06-12", 2017, True)
    inferred = next(e for e in data["edges"] if e.get("inferred"))
    assert (inferred["from"], inferred["to"], inferred["score"]) == ("model:gshard", "model:transformer", 0.812)
    assert inferred["evidence"] == [f"GShard {IMG} layers."] and inferred["dashes"] == [7, 5]


def test_lineage_runs_left_to_right_by_year_with_years_in_labels_and_axis() -> None:
    data = page_data(payload_graph(), view="lineage", focus="GShard")
    x = {n["id"]: n["x"] for n in data["nodes"]}
    assert x["model:transformer"] < x["model:gshard"] < x["model:switch"]
    labels = {n["id"]: n["label"] for n in data["nodes"]}
    assert labels["model:transformer"] == "Transformer\n2017" and labels["model:gshard"] == "GShard\n2020"
    assert [a["label"] for a in data["axis"]] == ["2017", "2020", "2021"]
    for n in data["nodes"]:
        band = next(a for a in data["axis"] if a["label"] == str(n["year"]))
        assert band["x0"] < n["x"] < band["x1"]
    assert {n["kind"] for n in data["nodes"]} == {MODEL}
    assert data["physics"] is False and data["clear"] is True


def test_lineage_arrows_point_from_a_model_to_what_it_builds_on_as_in_the_other_views() -> None:
    lineage = page_data(payload_graph(), view="lineage", focus="GShard")
    full = page_data(payload_graph())
    for data in (lineage, full):
        edge = next(e for e in data["edges"] if (e["from"], e["to"]) == ("model:switch", "model:gshard"))
        assert edge.get("arrows", {}).get("from", {}).get("enabled") is not True
        assert edge.get("arrows", {}).get("to", {}).get("enabled", True) is True
    note = " ".join(item["text"] for item in lineage["legend"] if item.get("note"))
    assert "from a model to the one it builds on" in note


def test_lineage_marks_first_seen_and_undated_models_and_names_the_introducing_paper() -> None:
    G = payload_graph()
    G.add_node("model:old", label=MODEL, name="Old")
    G.add_node("model:dark", label=MODEL, name="Dark")
    G.add_edge("paper:p2", "model:old", key=USES, type=USES)
    G.add_edge("model:gshard", "model:old", key=BUILDS_ON, type=BUILDS_ON)
    G.add_edge("model:switch", "model:dark", key=BUILDS_ON, type=BUILDS_ON)
    nodes = {n["id"]: n for n in page_data(G, view="lineage")["nodes"]}
    assert nodes["model:old"]["label"] == "Old\nfirst seen 2020"
    assert nodes["model:dark"]["label"] == "Dark\nundated"
    assert nodes["model:gshard"]["paper"] == {"id": "paper:p2", "title": "GShard scaling", "how": "introduced",
                                              "date": "2020-06-30"}


def test_lineage_shows_or_marks_every_parent() -> None:
    G = payload_graph()
    G.add_node("model:moe", label=MODEL, name="MoE")
    G.add_edge("model:switch", "model:moe", key=BUILDS_ON, type=BUILDS_ON)  # a second parent of Switch
    nodes = {n["id"]: n for n in page_data(G, view="lineage", focus="GShard")["nodes"]}
    assert nodes["model:moe"]["context"] is True and "hidden_parents" not in nodes["model:switch"]
    only = {n["id"]: n for n in page_data(G, view="lineage", focus="model:switch", since=2021)["nodes"]}
    assert "model:gshard" not in only  # named only by its 2020 paper, before --since
    assert only["model:switch"]["hidden_parents"] == ["GShard", "MoE"]
    assert only["model:switch"]["label"].endswith("\n+2 parents not shown")


def random_lineage(seed: int, n: int) -> Any:
    """A BUILDS_ON graph of ``n`` models over eight years, each building on up to three (1.4 on average) of
    its year or before."""
    rng = random.Random(seed)
    g = Graph()
    for i in range(n):
        year = 2015 + rng.randrange(8)
        g.add_node(Node(f"paper:{i}", PAPER, {"title": f"P{i}", "year": year, "date": f"{year}-01-01"}))
        g.add_node(Node(f"model:{i}", MODEL, {"name": f"Model number {i}" * rng.randint(1, 2)}))
        g.add_edge(Edge(f"paper:{i}", INTRODUCES, f"model:{i}"))
        older = [j for j in range(i) if g.nodes[f"paper:{j}"].props["year"] <= year]
        for j in rng.sample(older, min(len(older), rng.choice((0, 1, 1, 1, 2)))):
            g.add_edge(Edge(f"model:{i}", BUILDS_ON, f"model:{j}", {"inferred": rng.random() < .5, "score": .6}))
    return g.to_networkx()


@settings(max_examples=15, deadline=None)
@given(st.integers(0, 10_000), st.integers(2, 40))
def test_lineage_says_truly_whether_edges_are_kept_off_other_nodes(seed: int, n: int) -> None:
    data = page_data(random_lineage(seed, n), view="lineage")
    pos = {v["id"]: (v["x"], v["y"]) for v in data["nodes"]}
    boxes = {k: Box(*b) for k, b in data["boxes"].items()}
    crossed = edges_off_nodes(pos, [(e["from"], e["to"]) for e in data["edges"]], boxes)
    assert data["clear"] is (crossed == [])
    assert ("note" in data) is not data["clear"]


def test_lineage_edges_never_cross_a_node_they_do_not_join() -> None:
    for seed in range(12):
        data = page_data(random_lineage(seed, 25), view="lineage")
        pos = {v["id"]: (v["x"], v["y"]) for v in data["nodes"]}
        boxes = {k: Box(*b) for k, b in data["boxes"].items()}
        assert edges_off_nodes(pos, [(e["from"], e["to"]) for e in data["edges"]], boxes) == [], seed


def test_lineage_edge_width_follows_score_and_style_explains_it() -> None:
    data = page_data(payload_graph(), view="lineage")
    inferred = next(e for e in data["edges"] if e.get("inferred"))
    stated = next(e for e in data["edges"] if not e.get("inferred"))
    assert stated["width"] > inferred["width"] > 0 and inferred["dashes"] == [7, 5]
    assert inferred["title"] == "GShard builds on Transformer: inferred, score 0.81 (co-mention)"
    lines = {item["key"]: item.get("line") for item in data["legend"]}
    assert lines["edge:stated"] == "solid" and lines["edge:inferred"] == "dashed"


def test_lineage_of_the_oldest_model_reaches_its_descendants_only() -> None:
    G = payload_graph()
    G.add_node("model:lonely", label=MODEL, name="Lonely")
    G.add_edge("model:lonely", "model:lonely2", key=BUILDS_ON, type=BUILDS_ON)
    G.nodes["model:lonely2"].update(label=MODEL, name="Lonely2")
    ids = {n["id"] for n in page_data(G, view="lineage", focus="model:transformer")["nodes"]}
    assert ids == {"model:transformer", "model:gshard", "model:switch"}
    everything = {n["id"] for n in page_data(G, view="lineage")["nodes"]}
    assert everything == ids | {"model:lonely", "model:lonely2"}


def test_lineage_focus_must_be_a_model() -> None:
    with pytest.raises(VizError, match="needs a Model; 'GShard scaling' is a Paper: try kg viz --view ego --focus"):
        page_data(payload_graph(), view="lineage", focus="paper:p2")


def test_collaboration_sizes_by_papers_and_colours_by_community() -> None:
    G = payload_graph()
    data = page_data(G, view="collaboration")
    by_id = {n["id"]: n for n in data["nodes"]}
    assert set(by_id) == {n for n, a in G.nodes(data=True) if a["label"] == AUTHOR}
    assert by_id["author:bob"]["papers"] == 3 and by_id["author:di"]["papers"] == 1
    assert by_id["author:bob"]["size"] > by_id["author:cy"]["size"] > by_id["author:di"]["size"]
    assert {n["legend"] for n in data["nodes"]} <= {item["key"] for item in data["legend"]}
    weights = {(e["from"], e["to"]): e["value"] for e in data["edges"]}
    assert weights[("author:bob", "author:cy")] == 2
    assert data["options"]["edges"]["arrows"] == {"to": {"enabled": False}}


def two_circles() -> Any:
    """Two groups of four authors writing together, a bridge author and a lone one."""
    g = Graph()
    groups = {"a": ["Ada", "Abe", "Amy", "Al"], "b": ["Bo", "Bea", "Ben", "Bix"]}
    for key, names in groups.items():
        for i in range(3):
            pid = f"paper:{key}{i}"
            g.add_node(Node(pid, PAPER, {"title": pid, "year": 2020 + i}))
            for pos, name in enumerate(names[i:] + names[:i]):
                g.add_node(Node(f"author:{name.lower()}", AUTHOR, {"name": name}))
                g.add_edge(Edge(f"author:{name.lower()}", AUTHORED, pid, {"position": pos}))
    g.add_node(Node("paper:solo", PAPER, {"title": "solo", "year": 2021}))
    g.add_node(Node("author:sol", AUTHOR, {"name": "Sol"}))
    g.add_edge(Edge("author:sol", AUTHORED, "paper:solo", {"position": 0}))
    return g.to_networkx()


@pytest.mark.parametrize("seed", [0, 1, 7])
def test_collaboration_numbers_communities_as_the_cli_does_and_names_them(seed: int) -> None:
    G = two_circles()
    data = page_data(G, view="collaboration", seed=seed)
    cli_view = collaboration(G, seed=seed)
    for c in cli_view["communities"]:
        drawn = {n["name"] for n in data["nodes"] if n.get("community") == c["id"]}
        assert drawn == set(c["members"])
        item = next(i for i in data["legend"] if i["key"] == f"c{c['id']}")
        assert item["text"].startswith(f"Community #{c['id']}: {c['members'][0]}, {c['members'][1]}")
    assert [i for i in data["legend"] if not i.get("edges") and not i.get("note")][-1]["text"] == "Others: no co-author (1)"
    leads = {n["name"] for n in data["nodes"] if n.get("lead")}
    assert leads == {m for c in cli_view["communities"] for m in c["members"][:2]}
    first = min(n["lz"] for n in data["nodes"] if "lz" in n)  # the authors naming communities are drawn first
    assert {n["name"] for n in data["nodes"] if n.get("lz") == first} & leads


def test_a_large_collaboration_network_is_drawn_in_part_and_says_so() -> None:
    G = two_circles()
    style = load_style()
    style["collaboration"].update(max_authors=5, max_links=5)
    data = page_data(G, view="collaboration", style=style)
    drawn = {n["id"] for n in data["nodes"]}
    assert len(drawn) == 5 and len(data["edges"]) == 5
    whole = page_data(G, view="collaboration")
    among = [e for e in whole["edges"] if e["from"] in drawn and e["to"] in drawn]
    linked = {e["from"] for e in data["edges"]} | {e["to"] for e in data["edges"]}
    assert linked == {e["from"] for e in among} | {e["to"] for e in among}  # each keeps its strongest link
    assert data["note"] == (f"Drawn: the 5 of 9 authors with the most papers, and of the {len(among)} links among "
                            "them 5: each drawn author's strongest, then those with the most shared papers; the "
                            "communities count everyone. To see others: kg viz --view ego --focus NAME, or --since "
                            "YEAR.")
    sizes = {i["key"]: i["text"] for i in whole["legend"]}
    assert {i["key"]: i["text"] for i in data["legend"] if i["key"] in sizes} == sizes  # communities of everyone
    assert "note" not in whole


def test_collaboration_palette_colours_are_far_apart() -> None:
    look = load_style()["collaboration"]
    colours = [*look["palette"], look["other_color"]]
    closest = min(_lab_distance(a, b) for i, a in enumerate(colours) for b in colours[i + 1:])
    assert closest >= look["min_palette_distance"]


def _lab_distance(a: str, b: str) -> float:
    """CIE76 distance of two #rrggbb colours (sRGB, D65)."""
    def lab(h: str) -> tuple[float, float, float]:
        rgb = [int(h[i:i + 2], 16) / 255 for i in (1, 3, 5)]
        r, g, b = (((c + 0.055) / 1.055) ** 2.4 if c > 0.04045 else c / 12.92 for c in rgb)
        xyz = ((r * .4124 + g * .3576 + b * .1805) / .95047, r * .2126 + g * .7152 + b * .0722,
               (r * .0193 + g * .1192 + b * .9505) / 1.08883)
        fx, fy, fz = (v ** (1 / 3) if v > 0.008856 else 7.787 * v + 16 / 116 for v in xyz)
        return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)
    return math.dist(lab(a), lab(b))


@pytest.mark.parametrize(("depth", "expected"), [
    (0, {"author:di"}),
    (1, {"author:di", "paper:p3"}),
])
def test_ego_view_keeps_depth_hops(depth: int, expected: set[str]) -> None:
    data = page_data(payload_graph(), view="ego", focus="Di", depth=depth)
    assert {n["id"] for n in data["nodes"]} == expected
    assert next(n for n in data["nodes"] if n["id"] == "author:di")["focus"] is True


def test_ego_view_depth_two_reaches_coauthors_and_models() -> None:
    ids = {n["id"] for n in page_data(payload_graph(), view="ego", focus="Di", depth=2)["nodes"]}
    assert {"author:cy", "author:bob", "model:switch", "model:transformer"} <= ids
    assert "paper:p1" not in ids


def test_types_and_since_filters() -> None:
    G = payload_graph()
    H = filter_graph(G, types=[PAPER, MODEL])
    assert {a["label"] for _, a in H.nodes(data=True)} == {PAPER, MODEL}
    S = filter_graph(G, since=2020)
    assert "paper:p1" not in S and "paper:p2" in S
    assert "author:ann" not in S  # only wrote the 2017 paper
    assert "author:bob" in S and "model:transformer" in S  # still linked to later papers or models
    assert G.number_of_nodes() == payload_graph().number_of_nodes()  # G itself untouched


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"view": "tree"}, "unknown view 'tree'; choose one of full, lineage, collaboration, ego"),
    ({"types": ["Model", "Gadget"]}, "--types: unknown label(s) Gadget"),
    ({"view": "ego"}, "the ego view needs --focus NAME: a person, paper or model, e.g. kg viz --view ego --focus "
                      + shlex.quote(f"Bob {SCRIPT}")),  # the best-linked author of the graph
    ({"view": "ego", "focus": "Gshardd"}, "No node named 'Gshardd' in the graph. Close names: GShard, GShard scaling."),
])
def test_bad_requests_raise_viz_error(kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises((VizError, NodeNotFound)) as err:
        page_data(payload_graph(), **kwargs)
    assert str(err.value).startswith(message)


def test_find_node_is_the_lookup_of_every_command() -> None:
    G = payload_graph()
    G.add_node("topic:gshard", label=TOPIC, name="GShard")
    G.add_node("model:palm", label=MODEL, name="PaLM")
    assert find_node(G, "gshard", MODEL) == "model:gshard"
    assert find_node(G, "PaLM 540B", MODEL) == "model:palm"  # as kg lineage finds it
    assert find_node(G, "GShard") == "model:gshard"  # the name as written, smallest id first
    with pytest.raises(NodeNotFound, match="No Model named 'Gshardd' in the graph. Close names: GShard."):
        find_node(G, "Gshardd", MODEL)


@pytest.mark.parametrize("view", ["full", "collaboration"])
def test_positions_are_precomputed_from_the_seed_at_every_size(view: str) -> None:
    G = payload_graph()
    a, b, c = (page_data(G, view=view, seed=s) for s in (3, 3, 4))
    assert a["physics"] is False and a["options"]["physics"] == {"enabled": False}
    pos = {n["id"]: (n["x"], n["y"]) for n in a["nodes"]}
    assert all(isinstance(x, int) and isinstance(y, int) for x, y in pos.values())
    assert pos == {n["id"]: (n["x"], n["y"]) for n in b["nodes"]}
    assert pos != {n["id"]: (n["x"], n["y"]) for n in c["nodes"]}


def test_overview_shows_papers_and_models_first_and_others_on_demand() -> None:
    data = page_data(payload_graph())
    on = {item["key"]: item["on"] for item in data["legend"] if not item.get("note")}
    assert on == {"Paper": True, "Author": False, "Topic": False, "Model": True, "edge:stated": True,
                  "edge:inferred": True, "edge:plain": True}
    assert next(i for i in data["legend"] if i["key"] == "Author")["text"] == "Author (4)"
    asked = page_data(payload_graph(), types=["Author", "Paper"])
    assert all(item["on"] for item in asked["legend"] if not item.get("note"))


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"since": 2030}, "nothing to show: --since 2030 keeps no paper (the newest paper is from 2021); "
                      "pass an earlier year"),
    ({"types": ["Hardware"]}, "nothing to show: --types Hardware keeps no node; labels in this graph: "
                              "Author,Model,Paper,Topic"),
])
def test_filters_that_leave_nothing_say_why(kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(VizError) as err:
        page_data(payload_graph(), **kwargs)
    assert str(err.value) == message


def test_since_keeps_only_entities_of_kept_papers() -> None:
    ids = {n["id"] for n in page_data(payload_graph(), since=2021)["nodes"]}
    assert ids == {"paper:p3", "author:bob", "author:cy", "author:di", "model:switch", "model:transformer"}


def test_layout_positions_are_seeded_and_cover_every_node() -> None:
    G = nx.disjoint_union(nx.barabasi_albert_graph(300, 2, seed=1), nx.path_graph(20))
    a = layout_positions(G, seed=4, anchors=50)
    assert set(a) == set(G) and a == layout_positions(G, seed=4, anchors=50)
    assert a != layout_positions(G, seed=5, anchors=50)


def test_missing_chromium_is_a_viz_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KG_CHROMIUM", "/nonexistent/chromium")
    with pytest.raises(VizError, match="no Chromium found"), chromium():
        pass


def test_cli_view_choices_match_library() -> None:
    viz = cli.commands["viz"]
    view = next(p for p in viz.params if p.name == "view")
    assert tuple(view.type.choices) == VIEWS  # type: ignore[attr-defined]


def payload_store(path: Path) -> str:
    """A store holding ``payload_graph()``."""
    from kg.model import Graph
    from kg.store import replace_store

    replace_store(path, Graph.from_networkx(payload_graph()))
    return str(path)


def test_cli_viz_maps_arguments(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[Any, ...]] = []
    G = payload_graph()
    payload_store(tmp_path / "s")

    def fake_render(graph: Any, path: str, **kw: Any) -> Path:
        calls.append((sorted(graph.nodes) == sorted(G.nodes) and len(graph.edges) == len(G.edges), path, kw))
        return Path(path)

    monkeypatch.setattr("kg.viz.render_html", fake_render)
    out = tmp_path / "v.html"
    result = CliRunner().invoke(cli, ["viz", "--store", str(tmp_path / "s"), "-o", str(out), "--view", "ego",
                                      "--focus", "Di", "--depth", "1", "--types", "Paper, Author", "--since", "2019"])
    assert result.exit_code == 0, result.output
    assert result.output == f"Wrote {out}\n"
    assert calls == [(True, str(out), {"view": "ego", "focus": "Di", "depth": 1, "seed": 0,
                                                             "types": ["Paper", "Author"], "since": 2019,
                                                             "show_generic": False, "hidden_generic": None,
                                                             "drawn": None})]


def test_cli_viz_reports_viz_errors(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["viz", "--store", payload_store(tmp_path / "s"), "-o", str(tmp_path / "v.html"),
                                      "--view", "ego"])
    assert result.exit_code == 2  # a usage error: the view needs an option
    assert result.output.endswith("Error: the ego view needs --focus NAME: a person, paper or model of the store "
                                  "(kg collaboration --top 10 names the best-linked authors).\n")


def test_empty_view_says_why() -> None:
    G = payload_graph()
    no_lineage = G.copy()
    no_lineage.remove_edges_from([(s, t, k) for s, t, k, a in G.edges(keys=True, data=True) if a["type"] == BUILDS_ON])
    data = page_data(no_lineage, view="lineage")
    assert (data["nodes"], data["empty"]) == ([], page_data(nx.MultiDiGraph(), view="lineage")["empty"])
    assert "BUILDS_ON" in data["empty"]
    assert page_data(G, view="lineage")["empty"] is None


def test_big_pages_use_sigma_and_pages_over_the_cap_open_reduced_and_say_how_to_see_more() -> None:
    style = load_style()
    G = payload_graph()
    assert page_data(G, style=style)["renderer"] == "vis"
    style["big"]["sigma_min_nodes"] = 5
    assert page_data(G, style=style)["renderer"] == "sigma"
    style["big"]["cap_nodes"] = 4
    data = page_data(G, style=style)
    assert len(data["nodes"]) == 4 and data["note"].startswith("Showing 4 of 11 nodes")
    assert "--view ego --focus NAME" in data["note"]
    assert len(page_data(G, view="lineage", style=style)["nodes"]) == 3  # lineage is never cut


def test_paper_stubs_are_left_out_of_every_view() -> None:
    G = payload_graph()
    G.add_node("paper:cited", label=PAPER, title="Only cited", stub=True)
    G.add_edge("paper:p3", "paper:cited", key="CITES", type="CITES")
    for view, focus in (("full", None), ("ego", "paper:p3")):
        assert "paper:cited" not in {n["id"] for n in page_data(G, view=view, focus=focus)["nodes"]}


def test_cli_viz_since_past_every_paper_says_why(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["viz", "--store", payload_store(tmp_path / "s"), "-o", str(tmp_path / "v.html"),
                                      "--since", "2030"])
    assert result.exit_code == 1 and not (tmp_path / "v.html").exists()
    assert result.output == ("Error: nothing to show: --since 2030 keeps no paper (the newest paper is from 2021); "
                             "pass an earlier year\n")


def test_lineage_view_leaves_out_generic_parents_as_kg_lineage_does() -> None:
    from kg.viz.slicing import builds_on

    G = nx.MultiDiGraph()
    G.add_node("model:a", label="Model", name="A")
    G.add_node("model:b", label="Model", name="B")
    G.add_node("model:transformer", label="Model", name="Transformer")
    G.add_edge("model:b", "model:a", type=BUILDS_ON)
    G.add_edge("model:b", "model:transformer", type=BUILDS_ON, generic=True)
    assert sorted(builds_on(G).edges()) == [("model:b", "model:a")]


def _overlap(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(-400, 400), st.integers(-400, 400), st.integers(10, 160), st.integers(0, 12)),
                min_size=1, max_size=40))
def test_label_zooms_never_draw_a_label_over_another_or_over_a_node_or_out_of_the_view(
        spec: list[tuple[int, int, int, int]]) -> None:
    ids = [f"n{i}" for i in range(len(spec))]
    pos = {n: (x, y) for n, (x, y, _, _) in zip(ids, spec)}
    widths = {n: w for n, (_, _, w, _) in zip(ids, spec)}
    radii = {n: r for n, (_, _, _, r) in zip(ids, spec)}
    view = (600, 400)
    zooms = label_zooms(pos, ids, widths, radii, first=0.1, step=1.5, last=4, line_px=14, view=view)
    assert ids[0] in zooms  # the first label (the focus's) is always drawn
    for s in [0.1 * 1.5 ** k for k in range(12)] + [7.0]:
        drawn = [n for n in ids if n in zooms and zooms[n][0] <= s + 1e-9]
        boxes = {n: label_box(s * pos[n][0], s * pos[n][1], s * radii[n], widths[n], 14, zooms[n][1]) for n in drawn}
        assert not [(a, b) for a, b in itertools.combinations(drawn, 2) if _overlap(boxes[a], boxes[b])]
        nodes = {n: (s * (x - radii[n]), s * (y - radii[n]), s * (x + radii[n]), s * (y + radii[n]))
                 for n, (x, y) in pos.items()}
        assert not [(a, b) for a in drawn for b in ids if b != a and a != ids[0] and _overlap(boxes[a], nodes[b])]
    xs, ys = [x for x, _ in pos.values()], [y for _, y in pos.values()]
    fit = min(view[0] / (max(xs) - min(xs) + 1), view[1] / (max(ys) - min(ys) + 1), 1.0)
    cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    for opens in (fit, 1.3 * fit, 2 * fit):  # the zoom the page opens at: a bigger window opens closer
        for n in (n for n in zooms if zooms[n][0] <= opens):  # drawn as the page opens: whole
            b = label_box(opens * pos[n][0], opens * pos[n][1], opens * radii[n], widths[n], 14, zooms[n][1])
            half_w, half_h = view[0] / 2 * opens / fit, view[1] / 2 * opens / fit
            assert opens * cx - half_w - 1e-6 <= b[0] and b[2] <= opens * cx + half_w + 1e-6, n
            assert opens * cy - half_h - 1e-6 <= b[1] and b[3] <= opens * cy + half_h + 1e-6, n


def test_overview_labels_the_focus_first_and_papers_by_their_short_title() -> None:
    G = payload_graph()
    title = "GShard: Scaling Giant Models with Conditional Computation"
    G.nodes["paper:p2"].update(name=title, title=title)
    data = page_data(G, view="ego", focus="Di", depth=2)
    lz = {n["id"]: n["lz"] for n in data["nodes"] if "lz" in n}
    assert lz["author:di"] == min(lz.values())
    nodes = {n["id"]: n for n in page_data(G)["nodes"]}
    # the paper's short title with its year, apart from its model's "GShard"
    assert nodes["paper:p2"]["label"] == "GShard (2020)" and nodes["paper:p2"]["name"].startswith("GShard: Scaling")
    assert nodes["model:gshard"].get("label", nodes["model:gshard"]["name"]) == "GShard"  # the label is the name
    lineage = page_data(G, view="lineage")
    assert all("lz" not in n for n in lineage["nodes"])  # the lineage layout keeps its own labels clear


def test_layout_is_the_same_in_every_process_whatever_the_string_hashing() -> None:
    code = ("import json, networkx as nx\n"
            "from kg.viz.layout import layout_positions\n"
            "G = nx.relabel_nodes(nx.barabasi_albert_graph(300, 2, seed=1), lambda n: f'paper:{n}')\n"
            "G.add_edges_from([('x:a', 'x:b'), ('x:b', 'x:c')])\n"
            "print(json.dumps(sorted(layout_positions(G, seed=3, anchors=40, first=set(list(G)[:120])).items())))")
    runs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": str(h)}).stdout for h in (1, 2, 3)}
    assert len(runs) == 1 and len(json.loads(runs.pop())) == 303


@settings(max_examples=20, deadline=None)
@given(st.integers(min_value=0, max_value=10_000), st.integers(min_value=2, max_value=60))
def test_force_laid_views_draw_no_node_over_another(seed: int, n: int) -> None:
    # a star of papers around one author and a few shared models: the spring layout puts hubs close
    G = nx.MultiDiGraph()
    G.add_node("author:a", label=AUTHOR, name="Ann Author")
    for i in range(n):
        G.add_node(f"paper:{i}", label=PAPER, title=f"Paper {i}", date="2023-01-01")
        G.add_edge("author:a", f"paper:{i}", type=AUTHORED)
        G.add_node(f"model:{i % 5}", label=MODEL, name=f"Model{i % 5}")
        G.add_edge(f"paper:{i}", f"model:{i % 5}", type=USES)
    for view in ("full", "ego"):
        data = page_data(G, view=view, focus="Ann Author" if view == "ego" else None, seed=seed)
        size = {n["id"]: n.get("size") or data["looks"][n["kind"]]["size"] for n in data["nodes"]}
        for a, b in itertools.combinations(data["nodes"], 2):
            assert math.hypot(a["x"] - b["x"], a["y"] - b["y"]) >= size[a["id"]] + size[b["id"]] - 1, (view, a, b)


def test_a_paper_label_cut_short_keeps_its_year() -> None:
    # "Retrieve Once per Sentence for Long-Context Generation" (2023): a label too long for the page
    G = nx.MultiDiGraph()
    G.add_node("paper:p", label=PAPER, title="Retrieve Once per Sentence for Faster Long-Context Question Answering",
               date="2023-05-01")
    node = next(n for n in page_data(G)["nodes"] if n["id"] == "paper:p")
    assert node["label"].endswith("\u2026 (2023)") and len(node["label"]) <= load_style()["label_max_chars"]
    assert node.get("short", "").endswith("\u2026 (2023)")
