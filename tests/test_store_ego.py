"""kg viz --view ego|lineage --focus reads only the subgraph the page draws, and --view lineage without a focus
only the models, their links and dating papers, and writes the page the whole graph gives: the same payload
(nodes, edges, positions, legend) and the same HTML bytes."""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from kg import api
from kg.model import (AFFILIATED_WITH, AUTHOR, AUTHORED, BUILDS_ON, CITES, DATASET, HAS_TOPIC, INTRODUCES, MENTIONS,
                      MODEL, ORG, PAPER, PAPER_TARGET_LABELS, TOPIC, USES, Edge, Graph, Node)
from kg.store import EmbeddedStore, GraphStore, replace_store
from kg.store.ego import DATED_BY, dating_papers
from kg.viz import lineage_graph, page_data, render_html
from kg.viz.slicing import when, year_of

ROOT = Path(__file__).resolve().parent.parent


def random_graph(seed: int, n_papers: int = 40) -> Graph:
    """Papers (some undated, some stubs), authors, a few hub topics and orgs, models dated by an introducing
    paper, by ``first_seen`` or not at all, datasets, BUILDS_ON (some generic) and CITES."""
    rng = random.Random(seed)
    g = Graph()
    topics = [g.add_node(Node(f"topic:t{i}", TOPIC, {"name": f"Topic {i}"})).id for i in range(3)]
    orgs = [g.add_node(Node(f"org:o{i}", ORG, {"name": f"Org {i}"})).id for i in range(2)]
    authors = [g.add_node(Node(f"author:a{i}", AUTHOR, {"name": f"Author {i}"})).id for i in range(15)]
    models = []
    for i in range(10):
        props: dict[str, Any] = {"name": f"M{i}"}
        kind = rng.choice(["first_seen", "none", "date"])
        if kind == "first_seen":
            props["first_seen"] = f"{rng.randint(2015, 2022)}-0{rng.randint(1, 9)}-01"
        models.append(g.add_node(Node(f"model:m{i}", MODEL, props)).id)
    datasets = [g.add_node(Node(f"dataset:d{i}", DATASET, {"name": f"D{i}"})).id for i in range(3)]
    papers = []
    for i in range(n_papers):
        props = {"title": f"Paper {i}", "name": f"Paper {i}"}
        if rng.random() < 0.9:
            year = rng.randint(2015, 2023)
            props.update(year=year, date=f"{year}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}")
        if rng.random() < 0.1:
            props = {"stub": True, **({"year": props["year"]} if "year" in props and rng.random() < 0.5 else {})}
        p = g.add_node(Node(f"paper:p{i:02d}", PAPER, props)).id
        papers.append(p)
        if props.get("stub"):
            continue
        for pos, a in enumerate(rng.sample(authors, rng.randint(1, 3))):
            g.add_edge(Edge(a, AUTHORED, p, {"position": pos}))
        g.add_edge(Edge(p, HAS_TOPIC, rng.choice(topics), {"rule": "listing"}))
        if rng.random() < 0.4:
            g.add_edge(Edge(p, AFFILIATED_WITH, rng.choice(orgs)))
        for m in rng.sample(models, rng.randint(0, 2)):
            g.add_edge(Edge(p, rng.choice([INTRODUCES, USES, MENTIONS, MENTIONS]), m, {"evidence": "x"}))
        if rng.random() < 0.3:
            g.add_edge(Edge(p, rng.choice([INTRODUCES, MENTIONS]), rng.choice(datasets)))
    for p in papers:
        if rng.random() < 0.3:
            g.add_edge(Edge(p, CITES, rng.choice(papers)))
    for m in models:  # a model "date" is its introducing paper's, as the build stores it
        intro = sorted(e.source for e in g.edges.values() if e.target == m and e.type == INTRODUCES
                       and g.nodes[e.source].props.get("date"))
        if intro and rng.random() < 0.8:
            g.nodes[m].props.update(date=g.nodes[intro[0]].props["date"], introduced_by=g.nodes[intro[0]].props["title"])
    for _ in range(12):
        a, b = rng.sample(models, 2)
        g.add_edge(Edge(a, BUILDS_ON, b, {"score": round(rng.random(), 2), "generic": rng.random() < 0.2,
                                          "inferred": True}))
    return g


def check_pages(store: GraphStore, whole: Any, ids: list[str], depths: tuple[int, ...] = (1, 2)) -> int:
    """Compare the pages drawn from the store's subgraphs with the pages drawn from ``whole``; pages compared."""
    compared = 0
    for nid in ids:
        label = whole.nodes[nid]["label"]
        for depth in depths:
            sub = store.ego_around(nid, label, depth).to_networkx()
            assert page_data(sub, view="ego", focus=nid, depth=depth) == page_data(whole, view="ego", focus=nid,
                                                                                 depth=depth), (nid, depth)
            compared += 1
        if label == MODEL:
            sub = store.lineage_family(nid).to_networkx()
            drawn = list(lineage_graph(sub, nid))  # as kg.api.viz counts the generic links it leaves out
            hidden = store.lineage_hidden(drawn, drawn)["generic"]
            assert page_data(sub, view="lineage", focus=nid, hidden_generic=hidden) == page_data(
                whole, view="lineage", focus=nid), nid
            compared += 1
    for show in (False, True):  # every family, as kg viz --view lineage reads it without --focus
        lines, hidden = store.lineages(show)
        assert page_data(lines.to_networkx(), view="lineage", show_generic=show, hidden_generic=hidden) == page_data(
            whole, view="lineage", show_generic=show), show
        compared += 1
    return compared


def focusable(whole: Any) -> list[str]:
    return sorted(n for n, a in whole.nodes(data=True) if not a.get("stub"))


def with_dating(graph: Graph) -> Graph:
    """``graph`` with the ``dated_by`` property the build stores (kg.pipeline.assemble)."""
    out = Graph(dict(graph.nodes), dict(graph.edges))
    for nid, paper in dating_papers(graph).items():
        node = out.nodes[nid]
        out.nodes[nid] = Node(nid, node.label, {**node.props, DATED_BY: paper})
    return out


class Recording(EmbeddedStore):
    """An embedded store that keeps the text of every statement it runs."""

    statements: list[str]

    def run(self, cypher: str, params: dict[str, Any] | None = None, *, write: bool = False) -> list[dict[str, Any]]:
        self.__dict__.setdefault("statements", []).append(cypher)
        return super().run(cypher, params, write=write)


@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5, 6])
def test_the_stored_dating_paper_is_the_one_the_page_names(seed: int) -> None:
    g = random_graph(seed)
    whole = g.to_networkx()
    stored = dating_papers(g)
    assert any(stored.values())  # the generated graphs always have dated hubs
    assert {n: when(whole, n).paper for n in whole if when(whole, n).paper is not None} == {
        n: p for n, p in stored.items() if p}
    assert set(stored) == {n for n, a in whole.nodes(data=True) if a["label"] in PAPER_TARGET_LABELS
                           and not (a["label"] == PAPER and year_of(a) is not None)}


@pytest.mark.parametrize("dated", [True, False], ids=["built with dated_by", "built before dated_by"])
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_ego_and_lineage_pages_from_the_store_equal_the_whole_graph_pages(seed: int, dated: bool,
                                                                           tmp_path: Path) -> None:
    graph = random_graph(seed)
    replace_store(tmp_path / "s", with_dating(graph) if dated else graph)
    with Recording(tmp_path / "s") as store:
        whole = store.read().to_networkx()
        ids = focusable(whole)
        store.statements = []
        assert check_pages(store, whole, ids) >= 2 * len(ids)
        aggregations = [s for s in store.statements if "min(" in s]
        # a store built with the property dates the hubs from it; one built before aggregates, and still
        # draws the same pages
        assert bool(aggregations) != dated


def test_an_unknown_focus_gives_an_empty_subgraph(tmp_path: Path) -> None:
    replace_store(tmp_path / "s", random_graph(1))
    with EmbeddedStore(tmp_path / "s") as store:
        assert not store.ego_around("model:nope", MODEL, 2).nodes
        assert not store.lineage_family("model:nope").nodes


@pytest.fixture(scope="module")
def built_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store of 150 generated papers built as users build (extraction and lineage inference on)."""
    from kg.pipeline import build

    folder = tmp_path_factory.mktemp("built")
    corpus = folder / "papers.jsonl"
    subprocess.run([sys.executable, str(ROOT / "benchmarks" / "generate.py"), "150", "--seed", "7", "-o",
                    str(corpus)], check=True)
    build([corpus], folder / "store")
    return folder / "store"


def test_pages_on_a_built_store(built_store: Path) -> None:
    whole = api.load_networkx(built_store)
    ids = focusable(whole)
    sample = random.Random(0).sample(ids, 25) + sorted(n for n in ids if whole.nodes[n]["label"] == MODEL)[:10]
    with EmbeddedStore(built_store) as store:
        check_pages(store, whole, sample)


@pytest.mark.parametrize(("which", "view"), [("example", "ego"), ("built", "ego"), ("built", "lineage")])
def test_kg_viz_writes_the_same_html_as_from_the_whole_graph(which: str, view: str, example_store: Path,
                                                             built_store: Path, tmp_path: Path) -> None:
    from test_summary import with_owner_edges

    store = example_store if which == "example" else built_store
    whole = api.load_networkx(store)
    if view == "ego":  # a listing's owner is an author of their own papers (kg.analysis.collab)
        whole = with_owner_edges(whole)
    label = MODEL if view == "lineage" else AUTHOR
    names = sorted(str(a["name"]) for _, a in whole.nodes(data=True) if a.get("label") == label)[:3]
    assert names
    for name in names:
        api.viz(store, tmp_path / "store.html", view=view, focus=name)
        render_html(whole, tmp_path / "whole.html", view=view, focus=name)
        assert (tmp_path / "store.html").read_bytes() == (tmp_path / "whole.html").read_bytes(), name


@pytest.mark.parametrize("show_generic", [False, True])
def test_kg_viz_lineage_without_focus_writes_the_page_of_the_whole_graph(show_generic: bool, built_store: Path,
                                                                          tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    whole = api.load_networkx(built_store)
    assert any(a.get("type") == BUILDS_ON for _, _, a in whole.edges(data=True))
    render_html(whole, tmp_path / "whole.html", view="lineage", show_generic=show_generic)

    def no_whole_read(*_: Any, **__: Any) -> Graph:
        raise AssertionError("the lineage view reads the models, their links and dating papers only")

    monkeypatch.setattr(GraphStore, "read", no_whole_read)
    api.viz(built_store, tmp_path / "store.html", view="lineage", show_generic=show_generic)
    assert (tmp_path / "store.html").read_bytes() == (tmp_path / "whole.html").read_bytes()
