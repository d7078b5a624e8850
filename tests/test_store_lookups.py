"""Lookups that read only the subgraph they report give the answers the whole-graph analyses give."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from kg import api
from kg.analysis import collab
from kg.analysis import lineage as lineage_analysis
from kg.analysis.summary import with_summaries
from kg.errors import KGError, NodeNotFound
from kg.model import AUTHOR, BUILDS_ON, INTRODUCES, MENTIONS, MODEL, PAPER, USES, Edge, Graph, Node
from kg.store import EmbeddedStore, replace_store
from kg.store import lineage as store_lineage
from kg.store.cypher import BUILDS_ON_IN, BUILDS_ON_OUT, ORDER_KEYS
from kg.store.lineage import PATH_LIMIT

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def generated_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store of 300 generated papers (benchmarks/generate.py, seed 5): many shared authors."""
    from kg.pipeline import build

    folder = tmp_path_factory.mktemp("generated")
    corpus = folder / "papers.jsonl"
    subprocess.run([sys.executable, str(ROOT / "benchmarks" / "generate.py"), "300", "--seed", "5", "-o",
                    str(corpus)], check=True)
    build([corpus], folder / "store", extract=False, infer=False)
    return folder / "store"


def whole_graph_answer(store: Path, name: str) -> dict:
    """``collab.coauthors`` on the whole graph, a listing's owner counted on their own papers."""
    from test_summary import with_owner_edges

    return collab.coauthors(with_owner_edges(api.load_networkx(store)), name)


@pytest.mark.parametrize("which", ["example", "generated"])
def test_coauthors_from_the_store_equal_the_whole_graph_answer(which: str, example_store: Path,
                                                               generated_store: Path) -> None:
    store = example_store if which == "example" else generated_store
    g = api.load_networkx(store)
    names = sorted({a["name"] for _, a in g.nodes(data=True) if a.get("label") == AUTHOR})
    assert len(names) > 5
    for name in names:
        assert api.coauthors(store, name).data == whole_graph_answer(store, name), name


def test_coauthors_by_id_and_by_a_loose_spelling(generated_store: Path) -> None:
    g = api.load_networkx(generated_store)
    aid, attrs = next((n, a) for n, a in sorted(g.nodes(data=True)) if a.get("label") == AUTHOR)
    loose = attrs["name"].upper()
    assert api.coauthors(generated_store, aid).data == whole_graph_answer(generated_store, aid)
    assert api.coauthors(generated_store, loose).data == whole_graph_answer(generated_store, loose)
    assert json.dumps(api.coauthors(generated_store, loose).data) == json.dumps(
        api.coauthors(generated_store, loose).data)


def test_an_unknown_author_gives_the_same_error(generated_store: Path) -> None:
    with pytest.raises(NodeNotFound) as from_store:
        api.coauthors(generated_store, "Nobody Ofthisname")
    with pytest.raises(NodeNotFound) as whole:
        whole_graph_answer(generated_store, "Nobody Ofthisname")
    assert str(from_store.value) == str(whole.value)


# ---------------------------------------------------------------- lineage read from the store


def lineage_graph(seed: int, n_models: int = 40, counted: bool = True) -> Graph:
    """A random lineage: models with BUILDS_ON edges (scores 0-1, some generic, some without a score, a few
    cycles), papers introducing or naming them dated as sources date them (day, month, year, year only,
    none), and the dates a build stores on each model (kg.pipeline.add_inferred_lineage); with ``counted``,
    the counts of its BUILDS_ON edges a build stores on each model too (kg.pipeline.complete)."""
    from kg.pipeline import add_inferred_lineage

    rnd = random.Random(seed)
    g = Graph()
    models = [f"model:m{i:02d}" for i in range(n_models)]
    for i, m in enumerate(models):
        g.add_node(Node(m, MODEL, {"name": f"Net-{i}" if i % 7 else f"Net {i} XL", "aliases": [f"N{i}"]}))
    for p in range(n_models * 3):
        year = 2015 + rnd.randrange(9)
        date = rnd.choice([f"{year}-{rnd.randrange(1, 13):02d}-{rnd.randrange(1, 29):02d}",
                           f"{year}-{rnd.randrange(1, 13):02d}", str(year), None])
        props = {"title": f"Paper {p}", "date": date, "year": year if rnd.random() < 0.8 else None}
        g.add_node(Node(f"paper:p{p:03d}", PAPER, props))
        for m in rnd.sample(models, rnd.randrange(1, 4)):
            rel = INTRODUCES if rnd.random() < 0.3 else rnd.choice([USES, MENTIONS])
            g.add_edge(Edge(f"paper:p{p:03d}", rel, m))
    for _ in range(n_models * 2):
        s, t = rnd.sample(models, 2)
        if rnd.random() < 0.9 and s < t:  # mostly later builds on earlier; a few edges against the grain
            s, t = t, s
        props: dict = {"generic": rnd.random() < 0.1, "evidence": f"{s} on {t}"}
        if rnd.random() < 0.8:
            props["score"] = rnd.choice([0.0, 0.2, 0.5, 0.7, 0.85, 1.0])
        g.add_edge(Edge(s, BUILDS_ON, t, props))
    add_inferred_lineage(g, infer=False)
    if counted:
        for m, counts in store_lineage.builds_on_counts(g).items():
            g.nodes[m] = Node(m, MODEL, {**g.nodes[m].props, **counts})
    return g


LINEAGE_OPTIONS = [{"min_score": 0.0, "show_generic": False}, {"min_score": 0.6, "show_generic": True}]


def walked(tree: dict[str, Any], key: str, depth: int) -> list[str]:
    """The ids of the models of a ``lineage()`` tree whose ``key`` steps were taken (less than ``depth`` steps
    from the root)."""
    out, level = [str(tree["id"])], list(tree[key])
    for _ in range(depth - 1):
        out += [str(item["id"]) for item in level]
        level = [sub for item in level for sub in item[key]]
    return out


def hidden_edges(whole: Any, tree: dict[str, Any], depth: int, min_score: float, show_generic: bool) -> dict[str, int]:
    """The BUILDS_ON edges of ``whole`` a lineage answer ``tree`` left out of the steps it took, by reason."""
    up, down = set(walked(tree, "ancestors", depth)), set(walked(tree, "descendants", depth))
    out = {"generic": 0, "below_min_score": 0}
    for s, t, a in whole.edges(data=True):
        if a.get("type") != BUILDS_ON or not (s in up or t in down):
            continue
        if a.get("generic") and not show_generic:
            out["generic"] += 1
        elif float(a.get("score", 1.0)) < min_score:
            out["below_min_score"] += 1
    return out


def check_lineage_lookups(store: Any, whole: Any, models: list[str], pairs: list[tuple[str, str]],
                          widths: tuple[int | None, ...] = (None, 1, 2), depths: tuple[int, ...] = (1, 3, 5)) -> None:
    """``kg.api.lineage``/``lineage_path`` on ``store`` equal the analyses on the whole graph ``whole``."""
    for options in LINEAGE_OPTIONS:
        for depth in depths:
            for width in widths:
                for m in models:
                    expected = lineage_analysis.lineage(whole, m, depth=depth, width=width, **options)
                    data = dict(api.lineage(store, m, depth=depth, width=width, **options).data)
                    dropped = data.pop("dropped")
                    assert data.pop("named_by") == lineage_analysis.named_by(whole, expected["id"]), m
                    assert data == expected, (m, depth, width, options)
                    assert dropped == list(whole.nodes[expected["id"]].get("dropped_parents") or [])
                    assert data["hidden"] == hidden_edges(whole, expected, depth, **options), (m, depth, options)
        for a, b in pairs:
            if a == b:  # one model twice: no chain to find, refused
                with pytest.raises(KGError, match=f"^{a} and {b} are the same model"):
                    api.lineage_path(store, a, b, **options)
                continue
            expected = lineage_analysis.lineage_path(whole, a, b, **options)
            assert api.lineage_path(store, a, b, **options).data["path"] == expected, (a, b, options)


def model_pairs(whole: Any, models: list[str], seed: int) -> list[tuple[str, str]]:
    """Every pair joined by a chain (either way), and as many random pairs."""
    ids = {a["name"]: n for n, a in whole.nodes(data=True) if a.get("label") == MODEL}
    h = lineage_analysis.walk._builds_on_graph(whole, 0.0, True)
    joined = [(a, b) for a in models for b in models if a != b and ids[a] in h and ids[b] in h
              and nx.has_path(h, ids[a], ids[b])]
    rnd = random.Random(seed)
    return joined + [tuple(rnd.sample(models, 2)) for _ in range(len(joined))] + [(models[0], models[0])]


@pytest.mark.parametrize(("seed", "counted"), [(1, True), (2, False)],
                         ids=["built with the BUILDS_ON counts", "built before them"])
def test_lineage_from_the_store_equals_the_whole_graph_answer(seed: int, counted: bool, tmp_path: Path) -> None:
    graph = lineage_graph(seed, counted=counted)
    replace_store(tmp_path / "store", graph)
    whole = api.load_networkx(tmp_path / "store", *lineage_analysis.LINEAGE_READS)
    models = sorted(a["name"] for _, a in whole.nodes(data=True) if a.get("label") == MODEL)
    with EmbeddedStore(tmp_path / "store") as store:
        check_lineage_lookups(store, whole, models, model_pairs(whole, models, seed))


def test_lineage_read_a_level_at_a_time_past_the_one_statement_width(tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """With a width, only the shown models' steps are read then."""
    monkeypatch.setattr(store_lineage, "NEAR_WIDE", 1)  # every model with two steps onward trips it
    graph = lineage_graph(3)
    replace_store(tmp_path / "store", graph)
    whole = api.load_networkx(tmp_path / "store", *lineage_analysis.LINEAGE_READS)
    models = sorted(a["name"] for _, a in whole.nodes(data=True) if a.get("label") == MODEL)
    with EmbeddedStore(tmp_path / "store") as store:
        check_lineage_lookups(store, whole, models, [], widths=(None, 1, 2), depths=(2, 3))


def test_lineage_on_a_store_that_stores_no_dates_dates_models_from_their_papers(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Their order unknown without the papers, the level-at-a-time read reads every step then."""
    monkeypatch.setattr(store_lineage, "NEAR_WIDE", 1)
    graph = lineage_graph(4)
    for node in list(graph.by_label(MODEL)):  # a store built before the models' dates were stored
        props = {k: v for k, v in node.props.items() if k not in ("date", "first_seen", "introduced_by")}
        graph.nodes[node.id] = Node(node.id, MODEL, props)
    replace_store(tmp_path / "store", graph)
    whole = api.load_networkx(tmp_path / "store", *lineage_analysis.LINEAGE_READS)
    models = sorted(a["name"] for _, a in whole.nodes(data=True) if a.get("label") == MODEL)
    with EmbeddedStore(tmp_path / "store") as store:
        check_lineage_lookups(store, whole, models, [], widths=(None, 1), depths=(3,))


@pytest.fixture(scope="module")
def extracted_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store of 400 generated papers built as users build (extraction and lineage inference on)."""
    from kg.pipeline import build

    folder = tmp_path_factory.mktemp("extracted")
    corpus = folder / "papers.jsonl"
    subprocess.run([sys.executable, str(ROOT / "benchmarks" / "generate.py"), "400", "--seed", "3", "-o",
                    str(corpus)], check=True)
    build([corpus], folder / "store")
    return folder / "store"


def test_the_one_statement_read_returns_only_what_an_answer_reads(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """One statement for a model of few edges: the kept edges carry only LINEAGE_EDGE (not ``cited`` or
    ``gap_days``), an edge left out only ``generic`` and ``score``; a model with more edges one way than
    NEAR_WIDE, kept or not, is read another way, with the same answer."""
    from kg.store.cypher import LINEAGE_EDGE

    g = Graph()
    for m in ("a", "b", "c", "d"):
        g.add_node(Node(f"model:{m}", MODEL, {"name": m.upper(), "first_seen": "2020-01-02"}))
    g.add_edge(Edge("model:a", BUILDS_ON, "model:b", {"score": 0.7, "kind": "inferred", "inferred": True,
                                                        "evidence": "A after B", "reasons": ["shared author"],
                                                        "cited": True, "gap_days": 30}))
    g.add_edge(Edge("model:a", BUILDS_ON, "model:c", {"generic": True, "score": 1.0, "evidence": "A on C"}))
    g.add_edge(Edge("model:b", BUILDS_ON, "model:d", {"evidence": "B on D"}))
    replace_store(tmp_path / "store", g)
    whole = api.load_networkx(tmp_path / "store", *lineage_analysis.LINEAGE_READS)
    expected = lineage_analysis.lineage(whole, "A", stored_dates=True)
    with EmbeddedStore(tmp_path / "store") as store:
        statements: list[str] = []
        run = store.run

        def counted(cypher: str, params: dict | None = None, **kw: Any) -> list[dict]:
            statements.append(cypher)
            return run(cypher, params, **kw)

        monkeypatch.setattr(store, "run", counted)
        sub = store.lineage_around("model:a", 3)
        assert len(statements) == 1
        assert api.lineage(store, "A", width=None).data == {**expected, "dropped": [],
                                                            "named_by": lineage_analysis.named_by(whole, "A")}
        kept = sub.edges[("model:a", BUILDS_ON, "model:b")].props
        assert set(kept) == {"score", "kind", "inferred", "evidence", "reasons"} <= set(LINEAGE_EDGE)
        assert sub.edges[("model:a", BUILDS_ON, "model:c")].props == {"generic": True, "score": 1.0}
        assert sub.edges[("model:b", BUILDS_ON, "model:d")].props == {"evidence": "B on D"}
        monkeypatch.setattr(store_lineage, "NEAR_WIDE", 1)  # a's two edges up: one kept, one left out
        statements.clear()
        assert api.lineage(store, "A", width=None).data == {**expected, "dropped": [],
                                                            "named_by": lineage_analysis.named_by(whole, "A")}
        assert len(statements) > 2


def recorded_rows(store: EmbeddedStore) -> list[dict]:
    """The list every row the store's ``run`` returns from now on is added to."""
    rows: list[dict] = []
    run = store.run

    def recorded(cypher: str, params: dict | None = None, **kw: Any) -> list[dict]:
        found = run(cypher, params, **kw)
        rows.extend(found)
        return found

    store.run = recorded  # type: ignore[method-assign]
    return rows


def test_a_hubs_lookup_reads_every_property_of_the_shown_steps_only(tmp_path: Path) -> None:
    """A model with more steps one way than NEAR_WIDE is read a level at a time, of each step only the edge's
    ``score`` and ``generic`` and what orders the model reached (ORDER_KEYS); then every property of the steps
    the answer shows (the newest three of the hub's, the newest three of theirs) and of their models, and no
    other."""
    g = Graph()
    g.add_node(Node("model:hub", MODEL, {"name": "Hub", "first_seen": "2018-01-01"}))
    children = [f"model:c{i:02d}" for i in range(store_lineage.NEAR_WIDE + 5)]
    for i, m in enumerate(children):
        g.add_node(Node(m, MODEL, {"name": f"Child-{i}", "aliases": [f"C{i}"],
                                   "first_seen": f"2019-{1 + i % 12:02d}-{1 + i // 12:02d}"}))
        g.add_edge(Edge(m, BUILDS_ON, "model:hub", {"score": 0.8, "inferred": True, "kind": "inferred",
                                                    "evidence": f"Child-{i} on Hub", "sentence": f"S{i}."}))
    for i, m in enumerate(children[:-1]):  # each child built upon by the next, now and then generic
        g.add_edge(Edge(children[i + 1], BUILDS_ON, m, {"score": 0.9, "generic": i % 4 == 0, "evidence": "on"}))
    for m, counts in store_lineage.builds_on_counts(g).items():
        g.nodes[m] = Node(m, MODEL, {**g.nodes[m].props, **counts})
    replace_store(tmp_path / "store", g)
    whole = api.load_networkx(tmp_path / "store", *lineage_analysis.LINEAGE_READS)
    with EmbeddedStore(tmp_path / "store") as store:
        reads = recorded_rows(store)
        for width in (None, 3):
            reads.clear()
            data = api.lineage(store, "Hub", depth=2, width=width).data
            expected = lineage_analysis.lineage(whole, "Hub", depth=2, width=width, stored_dates=True)
            assert data == {**expected, "dropped": [], "named_by": lineage_analysis.named_by(whole, "Hub")}, width
    shown = [(step["id"], "model:hub") for step in data["descendants"]]
    shown += [(sub["id"], step["id"]) for step in data["descendants"] for sub in step["descendants"]]
    assert len(shown) == 6 and data["more_descendants"] == len(children) - 3
    whole_models = {str(row["props"]["id"]) for row in reads if set(row) == {"props"}}
    whole_steps = {(row["source"], row["target"]) for row in reads if "props" in row and "source" in row}
    assert whole_models == {"model:hub"} | {source for source, _ in shown}
    assert whole_steps == set(shown)
    ordered = [row for row in reads if "node" in row]
    assert {row["source"] for row in ordered} >= set(children)  # every step of the hub, by what orders it
    assert all(len(row["node"]) == len(ORDER_KEYS) and "props" not in row for row in ordered)


def test_lineage_on_a_built_store_equals_the_whole_graph_answer(extracted_store: Path) -> None:
    whole = api.load_networkx(extracted_store, *lineage_analysis.LINEAGE_READS)
    models = sorted(a["name"] for _, a in whole.nodes(data=True) if a.get("label") == MODEL)
    assert len(models) > 20
    pairs = model_pairs(whole, models, 3)
    with EmbeddedStore(extracted_store) as store:
        check_lineage_lookups(store, whole, models, pairs[:150] + pairs[-150:])


def test_the_build_stores_each_models_builds_on_counts(extracted_store: Path) -> None:
    whole = api.load_graph(extracted_store)
    stored = {n.id: {k: n.props.get(k) for k in (BUILDS_ON_OUT, BUILDS_ON_IN)} for n in whole.by_label(MODEL)}
    assert stored == store_lineage.builds_on_counts(whole)
    assert any(c[BUILDS_ON_OUT] and c[BUILDS_ON_IN] for c in stored.values())


def test_the_lineage_reads_take_the_stored_counts_not_the_edges(tmp_path: Path) -> None:
    """The build keeps each model's counts in step with its edges; here one is set against them to show that it
    is what the reads take: the one statement (depth 3) leaves a model storing more than NEAR_WIDE edges one way
    to the reads a level at a time, and those (depth 5) read no edge of a model storing none that way. Without
    the counts (a store built before them) the edges are counted and read."""
    g = Graph()
    for m in ("a", "b", "c"):
        g.add_node(Node(f"model:{m}", MODEL, {"name": m.upper(), "first_seen": "2020-01-02"}))
    g.add_edge(Edge("model:a", BUILDS_ON, "model:b", {"score": 0.9}))
    g.add_edge(Edge("model:b", BUILDS_ON, "model:c", {"score": 0.8}))
    counts = store_lineage.builds_on_counts(g)

    def reads(b_out: int | None, depth: int) -> tuple[int, bool]:
        """(statements, whether the edge b -> c was read) of the lookup of a, b storing ``b_out`` edges up."""
        graph = Graph(dict(g.nodes), dict(g.edges))
        for m, c in counts.items():
            if b_out is not None:
                graph.nodes[m] = Node(m, MODEL, {**g.nodes[m].props, **c})
        if b_out is not None:
            graph.nodes["model:b"].props[BUILDS_ON_OUT] = b_out
        path = tmp_path / f"store-{b_out}-{depth}"
        replace_store(path, graph)
        with EmbeddedStore(path) as store:
            statements: list[str] = []
            run = store.run

            def counted(cypher: str, params: dict | None = None, **kw: Any) -> list[dict]:
                statements.append(cypher)
                return run(cypher, params, **kw)

            store.run = counted  # type: ignore[method-assign]
            edges = store.lineage_around("model:a", depth).edges
        return len(statements), ("model:b", BUILDS_ON, "model:c") in edges

    assert reads(1, 3) == (1, True)
    assert reads(store_lineage.NEAR_WIDE + 1, 3)[0] > 1
    assert reads(1, 5)[1] and not reads(0, 5)[1]
    assert reads(None, 3) == (1, True) and reads(None, 5)[1]


def test_lineage_lookups_by_loose_names_and_unknown_names(extracted_store: Path) -> None:
    whole = api.load_networkx(extracted_store, *lineage_analysis.LINEAGE_READS)
    name = sorted(a["name"] for _, a in whole.nodes(data=True) if a.get("label") == MODEL)[0]
    for spelling in (name.upper(), name.replace("-", " ")):
        expected = lineage_analysis.lineage(whole, spelling)
        assert api.lineage(extracted_store, spelling, width=None).data == {
            **expected, "dropped": [], "named_by": lineage_analysis.named_by(whole, spelling)}
        assert expected["hidden"] == hidden_edges(whole, expected, 3, 0.0, False)
    with pytest.raises(NodeNotFound) as from_store:
        api.lineage(extracted_store, "Nonexistent Net")
    with pytest.raises(NodeNotFound) as from_whole:
        lineage_analysis.lineage(whole, "Nonexistent Net")
    assert str(from_store.value) == str(from_whole.value)


def test_a_chain_longer_than_the_limit_is_not_found(tmp_path: Path) -> None:
    g = Graph()
    chain = [f"model:c{i:02d}" for i in range(PATH_LIMIT + 2)]
    for i, m in enumerate(chain):
        g.add_node(Node(m, MODEL, {"name": f"C{i}"}))
    for later, earlier in zip(chain[1:], chain, strict=False):
        g.add_edge(Edge(later, BUILDS_ON, earlier, {"score": 1.0}))
    replace_store(tmp_path / "store", g)
    assert len(api.lineage_path(tmp_path / "store", "C10", "C0").data["path"]) == PATH_LIMIT
    assert api.lineage_path(tmp_path / "store", "C11", "C0").data["path"] == []
    assert len(lineage_analysis.lineage_path(g.to_networkx(), "C11", "C0")) == PATH_LIMIT + 1


def hub_lineage(seed: int, hubs: int = 3, children: int = 25) -> Graph:
    """Hubs each built upon by many children, the children building on each other and on other hubs now and
    then, scores from a few values (many ties), some generic."""
    rnd = random.Random(seed)
    g = Graph()
    names = [f"h{i}" for i in range(hubs)] + [f"c{i:02d}" for i in range(hubs * children)]
    for name in names:
        g.add_node(Node(f"model:{name}", MODEL, {"name": name.upper()}))
    for i in range(hubs * children):
        child = f"model:c{i:02d}"
        for hub in {i % hubs, rnd.randrange(hubs)}:
            g.add_edge(Edge(child, BUILDS_ON, f"model:h{hub}", {"score": rnd.choice([0.5, 1.0]),
                                                                 "generic": rnd.random() < 0.1}))
        for j in rnd.sample(range(hubs * children), 2):
            if j != i:
                g.add_edge(Edge(child, BUILDS_ON, f"model:c{j:02d}", {"score": rnd.choice([0.5, 0.8, 1.0])}))
    for m, counts in store_lineage.builds_on_counts(g).items():
        g.nodes[m] = Node(m, MODEL, {**g.nodes[m].props, **counts})
    return g


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_chain_to_a_hub_reads_few_of_its_children(seed: int, tmp_path: Path) -> None:
    """The last model the chain search settles (when the other end's next model is settled already) has only its
    edges to the models seen from the other end read, and a few more: chains between any two models, either
    way, are those of the whole graph, and the chain from a child whose best step is to a hub reads far fewer
    rows than the hub has children."""
    g = hub_lineage(seed)
    replace_store(tmp_path / "store", g)
    whole = api.load_networkx(tmp_path / "store", *lineage_analysis.LINEAGE_READS)
    models = sorted(a["name"] for _, a in whole.nodes(data=True) if a.get("label") == MODEL)
    rnd = random.Random(seed)
    pairs = [(c, h) for c in models[::7] for h in ("H0", "H1", "H2")]
    pairs += [(h, c) for c in models[3::11] for h in ("H0", "H2")] + [tuple(rnd.sample(models, 2)) for _ in range(40)]
    pairs = [(a, b) for a, b in pairs if all(len(lineage_analysis.lineage_path(whole, a, b, **options)) <= PATH_LIMIT
                                             for options in LINEAGE_OPTIONS)]  # a longer chain is not looked for
    with EmbeddedStore(tmp_path / "store") as store:
        check_lineage_lookups(store, whole, [], pairs)
        rows = recorded_rows(store)

        def parents(m: str) -> dict[str, float]:  # the kept edges up: the first step of the search
            return {k: e.props["score"] for (s, _, k), e in g.edges.items() if s == m and not e.props.get("generic")}

        # a child whose best edge goes to the hub: the hub is the first model the search settles from the child
        child = next(m for m in sorted(g.nodes) if parents(m).get("model:h0") == 1.0
                     and all(score < 1.0 for k, score in parents(m).items() if k != "model:h0"))
        path = api.lineage_path(store, g.nodes[child].props["name"], "H0").data["path"]
    assert [(step["source"], step["target"]) for step in path] == [(g.nodes[child].props["name"], "H0")]
    assert len(rows) < g.nodes["model:h0"].props[BUILDS_ON_IN] / 2


def test_the_most_confident_chain_may_be_longer_than_the_shortest(tmp_path: Path) -> None:
    """A -> X -> B scores 0.2 twice (weight 3.6), A -> C -> D -> B 1.0 thrice (3.0): the longer chain wins, though
    the frontier search meets on the shorter one first."""
    g = Graph()
    for name in ("A", "B", "C", "D", "X"):
        g.add_node(Node(f"model:{name.lower()}", MODEL, {"name": name}))
    for s, t, score in (("a", "x", 0.2), ("x", "b", 0.2), ("a", "c", 1.0), ("c", "d", 1.0), ("d", "b", 1.0)):
        g.add_edge(Edge(f"model:{s}", BUILDS_ON, f"model:{t}", {"score": score}))
    replace_store(tmp_path / "store", g)
    path = api.lineage_path(tmp_path / "store", "A", "B").data["path"]
    assert [(step["source"], step["target"]) for step in path] == [("A", "C"), ("C", "D"), ("D", "B")]
    assert path == lineage_analysis.lineage_path(g.to_networkx(), "A", "B")


HEAVY = ("numpy", "kg.sources", "kg.export", "kg.pipeline", "kg.viz", "kg.extract", "spacy", "kg.analysis.summary")


@pytest.mark.parametrize("command", ["lineage {model}", "lineage-path {model} {other}", "query lineage -p name={model}",
                                     "coauthors {author}"])
def test_a_lookup_command_loads_no_reader_writer_viewer_or_numpy(command: str, extracted_store: Path) -> None:
    """What a lookup process imports (its start-up cost: ``python -X importtime -m kg lineage X``)."""
    with EmbeddedStore(extracted_store) as store:
        model, other = (row["name"] for row in store.run("MATCH (m:Model) RETURN m.name AS name ORDER BY name LIMIT 2"))
        author = store.run("MATCH (a:Author) RETURN a.name AS name ORDER BY name LIMIT 1")[0]["name"]
    argv = [word.format(model=model, other=other, author=author) for word in command.split()]
    code = ("import runpy, sys\nsys.argv = ['kg', *sys.argv[1:]]\ntry:\n    runpy.run_module('kg', run_name='__main__')\n"
            f"except SystemExit as exc:\n    assert not exc.code, exc.code\nprint([m for m in {HEAVY!r} if m in sys.modules])")
    out = subprocess.run([sys.executable, "-c", code, *argv, "--store", str(extracted_store)], check=True,
                         capture_output=True, text=True, cwd=ROOT).stdout
    assert out.splitlines()[-1] == "[]"



LISTED = ["Token routing across expert layers keeps sparse transformers fast on accelerator pods.",
          "Gated expert layers in sparse transformers cut the compute per token on accelerator pods.",
          "Balancing the load of expert layers keeps token routing stable in sparse transformers.",
          "Routing each token to two expert layers trades quality for speed in sparse transformers.",
          "Salt marsh sediment cores record storm surges along a tidal estuary over four centuries."]
OTHERS = ["Dense transformers on accelerator pods: a study of compute per token.",
          "Speech recognition with transformers trained on accelerator pods.",
          "Estuary sediment transport measured with acoustic sensors during storm surges."]


@pytest.fixture(scope="module")
def two_listings_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store of two listings: ``mine.txt`` (four papers on expert routing and one on salt marshes, no
    authors: grouping them needs text evidence) and ``others.txt`` (three papers with authors and orgs
    sharing some of their words), and a model two papers use."""
    from kg.model import AFFILIATED_WITH, AUTHORED, ORG

    g = Graph()
    g.add_node(Node("model:router", MODEL, {"name": "Router-XL"}))
    for listing, texts in (("mine.txt", LISTED), ("others.txt", OTHERS)):
        for i, text in enumerate(texts):
            pid = f"paper:{listing[0]}{i}"
            g.add_node(Node(pid, PAPER, {"title": f"Study {listing[0]}{i}", "date": f"202{i}-03-0{i + 1}",
                                         "year": 2020 + i, "abstract": text, "listings": [listing]}))
            if listing == "others.txt":
                for j, name in enumerate(("Ada Moss", f"Ben Ng{i}")):
                    g.add_node(Node(f"author:{name.lower()}", AUTHOR, {"name": name}))
                    g.add_edge(Edge(f"author:{name.lower()}", AUTHORED, pid, {"position": j}))
                g.add_node(Node(f"org:lab{i}", ORG, {"name": f"Lab {i}"}))
                g.add_edge(Edge(pid, AFFILIATED_WITH, f"org:lab{i}"))
            if i in (0, 1):
                g.add_edge(Edge(pid, USES, "model:router"))
    path = tmp_path_factory.mktemp("listings") / "store"
    replace_store(path, with_summaries(g))  # as kg build stores it
    return path


def test_check_listing_reads_the_listing_and_equals_the_whole_graph_answer(
        two_listings_store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from kg.analysis import namesakes
    from kg.store import cypher, summaries

    g = api.load_networkx(two_listings_store)
    statements: list[str] = []
    texts: list[int] = []
    real_run, real_texts = EmbeddedStore.run, summaries.paper_texts
    monkeypatch.setattr(EmbeddedStore, "run",
                        lambda self, c, p=None, **k: statements.append(c) or real_run(self, c, p, **k))
    monkeypatch.setattr(summaries, "paper_texts",
                        lambda s, ids, labels: texts.append(len(ids)) or real_texts(s, ids, labels))
    for listing in ("mine.txt", "some/folder/others.txt"):
        answer = api.check_authors(two_listings_store, listing=listing)
        assert answer.data == namesakes.check_listing(g, listing), listing
        assert answer.data["papers"] == (5 if listing == "mine.txt" else 3)
    assert texts == [5]  # mine.txt needed text evidence (others.txt not): only its five papers' text was read
    mine = api.check_authors(two_listings_store, listing="mine.txt").data
    assert [[p["id"] for p in c["papers"]] for c in mine["namesakes"]] == [["paper:m4"]]  # the salt marshes
    whole = {cypher.READ_NODES, cypher.READ_EDGES} | {cypher.read_nodes(label) for label in (PAPER, AUTHOR, MODEL)}
    assert statements and not whole.intersection(statements)
    assert all(s.startswith("UNWIND $ids") for s in statements if "abstract" in s)  # no paper's text but theirs
    with pytest.raises(NodeNotFound) as missing:
        api.check_authors(two_listings_store, listing="other.jsonl")
    assert str(missing.value) == "No paper came from a listing named 'other.jsonl'. Listings: mine.txt, others.txt."
