"""The viewer without a browser: view selection, page data, escaping, offline page, the `kg viz` command."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from kg.cli import cli
from kg.errors import VizError
from kg.model import (AUTHOR, AUTHORED, BUILDS_ON, INTRODUCES, LABELS, MODEL, PAPER, TOPIC, USES, HAS_TOPIC,
                      Edge, Graph, Node)
from kg.viz import (VIEWS, _json_for_html, chromium, filter_graph, find_node, layout_positions,
                    load_style, page_data, render_html)

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
    assert "img" not in refs.tags and refs.tags.count("script") == 3
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
    assert inferred["evidence"] == [f"GShard {IMG} layers."] and inferred["dashes"] is True


def test_lineage_is_levelled_by_year_older_left() -> None:
    data = page_data(payload_graph(), view="lineage", focus="GShard")
    levels = {n["id"]: n["level"] for n in data["nodes"]}
    assert levels["model:transformer"] < levels["model:gshard"] < levels["model:switch"]
    assert {n["kind"] for n in data["nodes"]} == {MODEL}
    assert data["options"]["layout"]["hierarchical"]["direction"] == "LR"
    assert data["physics"] is False


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
    with pytest.raises(VizError, match="needs a Model; --focus 'paper:p2' is a Paper"):
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
    ({"view": "ego"}, "the ego view needs --focus NAME"),
    ({"view": "ego", "focus": "Gshardd"}, "--focus 'Gshardd' is not a node id or name in this graph\n"
                                            "  close names: GShard"),
])
def test_bad_requests_raise_viz_error(kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(VizError) as err:
        page_data(payload_graph(), **kwargs)
    assert str(err.value).startswith(message)


def test_find_node_prefers_label_on_ambiguous_name() -> None:
    G = payload_graph()
    G.add_node("topic:gshard", label=TOPIC, name="GShard")
    assert find_node(G, "gshard", MODEL) == "model:gshard"
    with pytest.raises(VizError, match="matches 2 nodes: model:gshard, topic:gshard"):
        find_node(G, "GShard")


def test_big_graphs_get_precomputed_positions_and_no_physics() -> None:
    style = load_style()
    style["layout"]["physics_max_nodes"] = 5
    G = payload_graph()
    data = page_data(G, style=style)
    assert data["physics"] is False and data["options"]["physics"] == {"enabled": False}
    assert all(isinstance(n["x"], int) and isinstance(n["y"], int) for n in data["nodes"])
    small = page_data(G)
    assert small["physics"] is True and "x" not in small["nodes"][0]


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


def test_cli_viz_maps_arguments(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[Any, ...]] = []
    G = payload_graph()
    monkeypatch.setattr("kg.api.load_networkx", lambda p: calls.append(p) or G)

    def fake_render(graph: Any, path: str, **kw: Any) -> Path:
        calls.append((graph is G, path, kw))
        return Path(path)

    monkeypatch.setattr("kg.viz.render_html", fake_render)
    out = tmp_path / "v.html"
    result = CliRunner().invoke(cli, ["viz", "--store", str(tmp_path / "s"), "-o", str(out), "--view", "ego",
                                      "--focus", "Di", "--depth", "1", "--types", "Paper, Author", "--since", "2019"])
    assert result.exit_code == 0, result.output
    assert result.output == f"Wrote {out}\n"
    assert calls == [str(tmp_path / "s"), (True, str(out), {"view": "ego", "focus": "Di", "depth": 1, "seed": 0,
                                                             "types": ["Paper", "Author"], "since": 2019})]


def test_cli_viz_reports_viz_errors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("kg.api.load_networkx", lambda p: payload_graph())
    result = CliRunner().invoke(cli, ["viz", "--store", str(tmp_path), "-o", str(tmp_path / "v.html"),
                                      "--view", "ego"])
    assert result.exit_code == 1
    assert result.output == "Error: the ego view needs --focus NAME\n"


def test_empty_view_says_why() -> None:
    G = payload_graph()
    no_lineage = G.copy()
    no_lineage.remove_edges_from([(s, t, k) for s, t, k, a in G.edges(keys=True, data=True) if a["type"] == BUILDS_ON])
    data = page_data(no_lineage, view="lineage")
    assert (data["nodes"], data["empty"]) == ([], page_data(nx.MultiDiGraph(), view="lineage")["empty"])
    assert "BUILDS_ON" in data["empty"]
    assert page_data(G, view="lineage")["empty"] is None
