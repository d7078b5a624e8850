"""Named Cypher queries: headers, parameter checks, the read-only guard, the CLI, and every template's rows
on the embedded store compared with a networkx reference implementation (hand-built and random graphs)."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.analysis.common import find_node
from kg.analysis.lineage import edge_kind
from kg.cli import cli
from kg.errors import KGError, NodeNotFound, QueryNotFound, QueryParameterError
from kg.model import (AFFILIATED_WITH, AUTHOR, AUTHORED, BUILDS_ON, CITES, COMPARES_WITH, DATASET, EVALUATED_ON,
                      HAS_TOPIC, INTRODUCES, LABELS, MENTIONS, MODEL, ORG, PAPER, REL_TYPES, TOPIC, USES, Edge,
                      Graph, Node, node_id)
from kg.queries import bind, check_read_only, load, load_all, names, parse, parse_assignments, run_cypher, run_query
from kg.store import EmbeddedStore, replace_store

# ---------------------------------------------------------------- graphs


def paper(g: Graph, key: str, year: int | None, authors: list[str], links: list[tuple[str, str, str]] = ()
          ) -> str:
    """Add paper ``key`` with its authors (in order) and (rel type, label, name) links to entities."""
    pid = f"paper:title:{key}"
    g.add_node(Node(pid, PAPER, {"title": key.title(), "name": key.title(), "year": year}))
    for i, name in enumerate(authors):
        aid = node_id(AUTHOR, name)
        g.add_node(Node(aid, AUTHOR, {"name": name}))
        g.add_edge(Edge(aid, AUTHORED, pid, {"position": i}))
    for rel, label, name in links:
        g.add_node(Node(node_id(label, name), label, {"name": name}))
        g.add_edge(Edge(pid, rel, node_id(label, name)))
    return pid


def hand_graph() -> Graph:
    """Eight models in a lineage DAG with two paths to GSPMD, nine papers, shared authors, datasets, orgs."""
    g = Graph()
    paper(g, "pipelines", 2018, ["Yanping Huang", "Zhifeng Chen"],
          [(INTRODUCES, MODEL, "GPipe"), (EVALUATED_ON, DATASET, "ImageNet"), (HAS_TOPIC, TOPIC, "Machine Learning"),
           (AFFILIATED_WITH, ORG, "Google")])
    paper(g, "mesh", 2018, ["Noam Shazeer", "Ashish Vaswani"], [(INTRODUCES, MODEL, "Mesh")])
    paper(g, "sharding", 2020, ["Dmitry Lepikhin", "Yanping Huang", "Noam Shazeer", "Zhifeng Chen"],
          [(INTRODUCES, MODEL, "GShard"), (USES, MODEL, "GPipe"), (HAS_TOPIC, TOPIC, "Machine Learning"),
           (HAS_TOPIC, TOPIC, "Computation and Language"), (AFFILIATED_WITH, ORG, "Google")])
    paper(g, "compiler", 2021, ["Yuanzhong Xu", "Yanping Huang", "Dmitry Lepikhin"],
          [(INTRODUCES, MODEL, "GSPMD"), (MENTIONS, MODEL, "GShard"), (COMPARES_WITH, MODEL, "GPipe"),
           (HAS_TOPIC, TOPIC, "Machine Learning")])
    paper(g, "switch", 2021, ["William Fedus", "Noam Shazeer"],
          [(INTRODUCES, MODEL, "Switch"), (COMPARES_WITH, MODEL, "GShard"), (EVALUATED_ON, DATASET, "C4"),
           (HAS_TOPIC, TOPIC, "Computation and Language")])
    paper(g, "palm", 2022, ["Aakanksha Chowdhery", "Noam Shazeer", "Nan Du"],
          [(INTRODUCES, MODEL, "PaLM"), (USES, MODEL, "GSPMD"), (EVALUATED_ON, DATASET, "C4"),
           (AFFILIATED_WITH, ORG, "Google"), (AFFILIATED_WITH, ORG, "DeepMind")])
    paper(g, "flan", 2022, ["Hyung Won Chung", "Nan Du"],
          [(INTRODUCES, MODEL, "Flan-PaLM"), (USES, MODEL, "PaLM"), (INTRODUCES, DATASET, "Flan Collection")])
    paper(g, "palm two", 2023, ["Rohan Anil", "Nan Du", "Yanping Huang"],
          [(INTRODUCES, MODEL, "PaLM 2"), (MENTIONS, MODEL, "PaLM"), (MENTIONS, DATASET, "C4")])
    paper(g, "undated notes", None, ["Nan Du", "Zhifeng Chen"], [(MENTIONS, MODEL, "PaLM")])
    kinds = [{"score": 0.9}, {"score": 0.21, "inferred": True, "candidate": True}, {"score": 1.0, "generic": True},
             {"score": 0.9, "rule": "name-version"}, {"score": 0.6, "inferred": True}, {"kind": "stated"}]
    for i, (later, earlier) in enumerate([("GShard", "GPipe"), ("GSPMD", "GShard"), ("GSPMD", "Mesh"),
                                          ("Switch", "GShard"), ("PaLM", "GSPMD"), ("Flan-PaLM", "PaLM"),
                                          ("PaLM 2", "PaLM"), ("PaLM 2", "GSPMD")]):
        g.add_edge(Edge(node_id(MODEL, later), BUILDS_ON, node_id(MODEL, earlier), kinds[i % len(kinds)]))
    g.add_edge(Edge("paper:title:palm", CITES, "paper:title:compiler"))
    return g


@st.composite
def random_graphs(draw: Any) -> Graph:
    """Small random graphs: papers with 1-4 of 8 authors, links to 5 models (BUILDS_ON a DAG), 2 datasets, 2 orgs,
    2 topics."""
    g = Graph()
    models = [f"M{i}" for i in range(5)]
    for k in range(draw(st.integers(1, 8))):
        authors = draw(st.lists(st.sampled_from([f"A{i}" for i in range(8)]), min_size=1, max_size=4, unique=True))
        links = draw(st.lists(st.one_of(
            st.tuples(st.sampled_from([INTRODUCES, USES, COMPARES_WITH, MENTIONS]), st.just(MODEL),
                      st.sampled_from(models)),
            st.tuples(st.sampled_from([INTRODUCES, EVALUATED_ON, USES, MENTIONS]), st.just(DATASET),
                      st.sampled_from(["D0", "D1"])),
            st.tuples(st.just(AFFILIATED_WITH), st.just(ORG), st.sampled_from(["O0", "O1"])),
            st.tuples(st.just(HAS_TOPIC), st.just(TOPIC), st.sampled_from(["T0", "T1"]))), max_size=5))
        paper(g, f"p{k}", draw(st.one_of(st.none(), st.integers(2015, 2020))), authors, links)
    for m in models:
        g.add_node(Node(node_id(MODEL, m), MODEL, {"name": m}))
    for i, j in draw(st.lists(st.tuples(st.integers(0, 4), st.integers(0, 4)).filter(lambda t: t[0] > t[1]),
                              max_size=7)):
        g.add_edge(Edge(node_id(MODEL, models[i]), BUILDS_ON, node_id(MODEL, models[j])))
    return g


# ---------------------------------------------------------------- networkx reference implementations


def _named(g: Any, label: str, name: str) -> list[str]:
    return [n for n, a in g.nodes(data=True) if a["label"] == label and a.get("name") == name]


def _out(g: Any, n: str, rel: str) -> list[str]:
    return [t for _, t, k in g.out_edges(n, keys=True) if k == rel]


def _in(g: Any, n: str, rel: str) -> list[str]:
    return [s for s, _, k in g.in_edges(n, keys=True) if k == rel]


def _builds_on(g: Any) -> Any:
    h = nx.DiGraph()
    h.add_edges_from((s, t) for s, t, k in g.edges(keys=True) if k == BUILDS_ON)
    return h


def _walks(g: Any, name: str, reverse: bool) -> list[dict[str, Any]]:
    """Each model within 10 BUILDS_ON steps once, at its shortest depth; ``path`` is every shortest path (the
    query returns one of them)."""
    h = _builds_on(g)
    h = h.reverse() if reverse else h
    rows = []
    for start in _named(g, MODEL, name):
        if start not in h:
            continue
        for end, depth in nx.single_source_shortest_path_length(h, start, cutoff=10).items():
            if end == start:
                continue
            paths = [[g.nodes[n]["name"] for n in (reversed(p) if reverse else p)]
                     for p in nx.all_shortest_paths(h, start, end)]
            rows.append({"descendant" if reverse else "ancestor": g.nodes[end]["name"], "depth": depth,
                         "path": sorted(paths)})
    return rows


def ref_lineage(g: Any, name: str) -> list[dict[str, Any]]:
    return _walks(g, name, reverse=False)


def ref_descendants(g: Any, name: str) -> list[dict[str, Any]]:
    return _walks(g, name, reverse=True)


def ref_lineage_path(g: Any, a: str, b: str) -> list[dict[str, Any]]:
    """One row per pair of models joined by BUILDS_ON; ``path`` is every shortest path (any one is right)."""
    h = _builds_on(g).to_undirected()
    rows = []
    for x in _named(g, MODEL, a):
        for y in _named(g, MODEL, b):
            if x in h and y in h and x != y and nx.has_path(h, x, y):
                paths = [[g.nodes[n]["name"] for n in p] for p in nx.all_shortest_paths(h, x, y)]
                rows.append({"hops": len(paths[0]) - 1, "path": paths})
    return rows


def _coauthor_papers(g: Any, a: str) -> dict[str, set[str]]:
    shared: dict[str, set[str]] = {}
    for p in _out(g, a, AUTHORED):
        for c in _in(g, p, AUTHORED):
            if c != a:
                shared.setdefault(c, set()).add(p)
    return shared


def ref_coauthors(g: Any, name: str) -> list[dict[str, Any]]:
    rows = []
    for a in _named(g, AUTHOR, name):
        for c, ps in _coauthor_papers(g, a).items():
            years = [g.nodes[p]["year"] for p in ps if g.nodes[p].get("year") is not None]
            rows.append({"coauthor": g.nodes[c]["name"], "shared": len(ps),
                         "first_year": min(years, default=None), "last_year": max(years, default=None)})
    return sorted(rows, key=lambda r: (-r["shared"], r["coauthor"]))


def ref_collaborator_suggestions(g: Any, name: str) -> list[dict[str, Any]]:
    rows = []
    for a in _named(g, AUTHOR, name):
        known = set(_coauthor_papers(g, a))
        via: dict[str, set[str]] = {}
        for c in known:
            for s in _coauthor_papers(g, c):
                if s != a and s not in known:
                    via.setdefault(s, set()).add(c)
        rows += [{"suggestion": g.nodes[s]["name"], "via": len(cs)} for s, cs in via.items()]
    return sorted(rows, key=lambda r: (-r["via"], r["suggestion"]))[:25]


def _paper_row(g: Any, p: str, **extra: Any) -> dict[str, Any]:
    return {"paper": p, "title": g.nodes[p].get("title"), "year": g.nodes[p].get("year"), **extra}


def ref_author_papers(g: Any, name: str) -> list[dict[str, Any]]:
    return [_paper_row(g, p, position=g.edges[a, p, AUTHORED].get("position"))
            for a in _named(g, AUTHOR, name) for p in _out(g, a, AUTHORED)]


def _papers_linked(g: Any, label: str, name: str, rels: tuple[str, ...]) -> list[dict[str, Any]]:
    return [_paper_row(g, p, relation=rel) for e in _named(g, label, name) for rel in rels for p in _in(g, e, rel)]


def ref_papers_by_model(g: Any, name: str) -> list[dict[str, Any]]:
    return _papers_linked(g, MODEL, name, (INTRODUCES, USES, COMPARES_WITH, MENTIONS))


def ref_papers_by_dataset(g: Any, name: str) -> list[dict[str, Any]]:
    return _papers_linked(g, DATASET, name, (INTRODUCES, EVALUATED_ON, USES, MENTIONS))


def ref_topic_timeline(g: Any) -> list[dict[str, Any]]:
    count: Counter[tuple[str, int]] = Counter()
    for p, t, k in g.edges(keys=True):
        if k == HAS_TOPIC and g.nodes[p].get("year") is not None:
            count[g.nodes[t]["name"], g.nodes[p]["year"]] += 1
    return [{"topic": t, "year": y, "papers": n} for (t, y), n in count.items()]


def ref_org_papers(g: Any, name: str) -> list[dict[str, Any]]:
    return [_paper_row(g, p) for o, a in g.nodes(data=True)
            if a["label"] == ORG and a["name"].lower() == name.lower() for p in _in(g, o, AFFILIATED_WITH)]


def ref_model_family(g: Any, root: str) -> list[dict[str, Any]]:
    """Each model's year as the viewer shows it (``kg.viz.slicing.when``)."""
    from kg.viz.slicing import when

    rows = []
    for r in _named(g, MODEL, root):
        for m, a in g.nodes(data=True):
            if a["label"] == MODEL and root.lower() in a["name"].lower():
                seen = when(g, m)
                rows.append({"model": a["name"], "first_year": seen.year,
                             "dated_by": {"dated": "introduced", "undated": None}.get(seen.how, seen.how)})
    return rows


def ref_paper_neighbourhood(g: Any, paper: str) -> list[dict[str, Any]]:
    try:
        papers = [find_node(g, PAPER, paper)]
    except NodeNotFound:
        papers = []
    rows = []
    for p in papers:
        for _, t, k in g.out_edges(p, keys=True):
            rows.append({"relation": k, "direction": "out", "label": g.nodes[t]["label"], "id": t,
                         "name": g.nodes[t].get("name")})
        for s, _, k in g.in_edges(p, keys=True):
            rows.append({"relation": k, "direction": "in", "label": g.nodes[s]["label"], "id": s,
                         "name": g.nodes[s].get("name")})
    return rows


REFERENCE: dict[str, Callable[..., list[dict[str, Any]]]] = {
    name.removeprefix("ref_"): fn for name, fn in globals().items() if name.startswith("ref_")}

# The ORDER BY of each template as a sort key (None sorts like Cypher's coalesce(year, 0)).
ORDER: dict[str, Callable[[dict[str, Any]], Any]] = {
    "lineage": lambda r: (r["depth"], r["ancestor"]),
    "descendants": lambda r: (r["depth"], r["descendant"]),
    "lineage_path": lambda r: 0,
    "coauthors": lambda r: (-r["shared"], r["coauthor"]),
    "collaborator_suggestions": lambda r: (-r["via"], r["suggestion"]),
    "author_papers": lambda r: (-(r["year"] or 0), r["paper"]),
    "papers_by_model": lambda r: (r["year"] or 0, r["paper"], r["relation"]),
    "papers_by_dataset": lambda r: (r["year"] or 0, r["paper"], r["relation"]),
    "topic_timeline": lambda r: (r["topic"], r["year"]),
    "org_papers": lambda r: (r["year"] or 0, r["paper"]),
    "model_family": lambda r: r["model"],
    "paper_neighbourhood": lambda r: (r["relation"], r["direction"], r["id"]),
}


def cases(g: Graph) -> list[tuple[str, dict[str, Any]]]:
    """Every template with every parameter value the graph offers (plus one name it lacks)."""
    by_label = {label: sorted({str(n.props.get("name")) for n in g.by_label(label)} | {"Nobody"})
                for label in LABELS}
    values = {
        "lineage": {"name": by_label[MODEL]}, "descendants": {"name": by_label[MODEL]},
        "coauthors": {"name": by_label[AUTHOR]}, "collaborator_suggestions": {"name": by_label[AUTHOR]},
        "author_papers": {"name": by_label[AUTHOR]}, "papers_by_model": {"name": by_label[MODEL]},
        "papers_by_dataset": {"name": by_label[DATASET]}, "org_papers": {"name": by_label[ORG] + ["google"]},
        "model_family": {"root": by_label[MODEL]},
        "paper_neighbourhood": {"paper": sorted(n.id for n in g.by_label(PAPER))
                                + sorted({str(n.props.get("title")) for n in g.by_label(PAPER)}) + ["Mesh"]
                                + ["2999.99999"]},
        "topic_timeline": {},
    }
    out: list[tuple[str, dict[str, Any]]] = [("topic_timeline", {})]
    for query, params in values.items():
        for key, options in params.items():
            out += [(query, {key: v}) for v in options]
    models = by_label[MODEL]
    out += [("lineage_path", {"a": a, "b": b}) for a in models for b in models if a != b]
    return out


def _frozen(row: dict[str, Any]) -> str:
    return json.dumps(row, sort_keys=True, default=str)


def check_rows(store: EmbeddedStore, nxg: Any, name: str, params: dict[str, Any]) -> None:
    try:
        rows = run_query(store, name, params)
    except NodeNotFound:  # a name parameter naming no node: the reference finds nothing either
        assert REFERENCE[name](nxg, **params) == [], f"{name} {params}"
        return
    assert rows == sorted(rows, key=ORDER[name]), f"{name} {params}: rows out of ORDER BY order"
    expected = REFERENCE[name](nxg, **params)
    if name == "lineage_path":  # the reference lists every shortest path: the query returns one of them
        assert [r["hops"] for r in rows] == [e["hops"] for e in expected], params
        assert all(r["path"] in e["path"] for r, e in zip(rows, expected)), params
        return
    if name in ("lineage", "descendants"):  # the same: one of the shortest paths to each model
        key = ORDER[name]
        assert sorted(map(key, rows)) == sorted(map(key, expected)), params
        paths = {key(e): e["path"] for e in expected}
        assert all(r["path"] in paths[key(r)] for r in rows), params
        ids = {a.get("name"): n for n, a in nxg.nodes(data=True) if a["label"] == MODEL}
        for r in rows:  # the link that reaches the model: as kg lineage names it
            child, parent = (r["path"][-2], r["path"][-1]) if name == "lineage" else r["path"][:2]
            link = nxg.edges[ids[child], ids[parent], BUILDS_ON]
            assert (r["kind"], r["score"], r["generic"]) == (edge_kind(link), link.get("score"),
                                                             bool(link.get("generic"))), (params, r)
        return
    assert Counter(map(_frozen, rows)) == Counter(map(_frozen, expected)), f"{name} {params}"


@pytest.fixture(scope="module")
def hand_store(tmp_path_factory: pytest.TempPathFactory) -> Any:
    path = tmp_path_factory.mktemp("q") / "store"
    replace_store(path, hand_graph())
    with EmbeddedStore(path) as store:
        yield store


# ---------------------------------------------------------------- templates


def test_every_template_has_a_reference_and_an_order() -> None:
    assert set(names()) == set(REFERENCE) == set(ORDER)


@pytest.mark.parametrize("query", load_all(), ids=lambda q: q.name)
def test_template_header_and_schema(query: Any) -> None:
    assert query.description
    assert all(p.description for p in query.params)
    labels = re.findall(r"\(\s*\w*\s*:\s*(\w+)", query.text)
    types = [t for group in re.findall(r"\[\s*\w*\s*:\s*([\w|]+)", query.text) for t in group.split("|")]
    assert labels and set(labels) <= set(LABELS), labels
    assert set(types) <= set(REL_TYPES), types


@pytest.mark.parametrize(("name", "params"), cases(hand_graph()), ids=lambda v: v if isinstance(v, str) else "")
def test_template_rows_equal_reference(hand_store: EmbeddedStore, name: str, params: dict[str, Any]) -> None:
    check_rows(hand_store, hand_graph().to_networkx(), name, params)


def test_hand_graph_answers() -> None:
    """A few answers spelled out, so the reference itself is checked."""
    nxg = hand_graph().to_networkx()
    assert ref_lineage_path(nxg, "PaLM 2", "GShard") == [{"hops": 2, "path": [["PaLM 2", "GSPMD", "GShard"]]}]
    assert [(r["depth"], r["path"]) for r in ref_lineage(nxg, "PaLM 2") if r["ancestor"] == "GShard"] \
        == [(2, [["PaLM 2", "GSPMD", "GShard"]])]
    rows = ref_coauthors(nxg, "Nan Du")
    assert [r["coauthor"] for r in rows] == ["Aakanksha Chowdhery", "Hyung Won Chung", "Noam Shazeer", "Rohan Anil",
                                             "Yanping Huang", "Zhifeng Chen"]
    assert rows[-1] == {"coauthor": "Zhifeng Chen", "shared": 1, "first_year": None, "last_year": None}


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(graph=random_graphs())
def test_templates_on_random_graphs(tmp_path_factory: pytest.TempPathFactory, graph: Graph) -> None:
    path = tmp_path_factory.mktemp("rnd") / "store"
    replace_store(path, graph)
    nxg = graph.to_networkx()
    with EmbeddedStore(path) as store:
        for name, params in cases(graph):
            check_rows(store, nxg, name, params)



def test_lineage_and_descendants_walks_on_a_hub_a_cycle_and_a_long_chain(tmp_path: Path) -> None:
    """Each model once at its shortest depth: a hub 40 models build on (each also on one of 8 middle models
    that build on the hub), a cycle back to the hub, and a chain of 12 steps (cut at 10)."""
    g = Graph()
    names_ = ["Hub", *(f"Mid{i}" for i in range(8)), *(f"Leaf{i}" for i in range(40))]
    for name in names_ + [f"Chain{i}" for i in range(12)]:
        g.add_node(Node(node_id(MODEL, name), MODEL, {"name": name}))
    edges = [(f"Mid{i}", "Hub") for i in range(8)] + [(f"Leaf{i}", "Hub") for i in range(40)]
    edges += [(f"Leaf{i}", f"Mid{i % 8}") for i in range(40)] + [("Hub", "Leaf3")]
    edges += [("Chain0", "Leaf5")] + [(f"Chain{i + 1}", f"Chain{i}") for i in range(11)]
    for a, b in edges:
        g.add_edge(Edge(node_id(MODEL, a), BUILDS_ON, node_id(MODEL, b)))
    replace_store(tmp_path / "store", g)
    nxg = g.to_networkx()
    with EmbeddedStore(tmp_path / "store") as store:
        for name in ("Hub", "Leaf5", "Chain11", "Mid0"):
            for query in ("lineage", "descendants"):
                check_rows(store, nxg, query, {"name": name})
        deepest = max(r["depth"] for r in run_query(store, "descendants", {"name": "Hub"}))
    assert deepest == 10  # the chain goes on past ten steps


# ---------------------------------------------------------------- loader and parameters


def test_unknown_query_lists_names() -> None:
    with pytest.raises(QueryNotFound) as err:
        load("coauthor")
    assert "no query named 'coauthor'" in str(err.value)
    assert "coauthors, collaborator_suggestions" in str(err.value)


def test_missing_unknown_and_mistyped_parameters() -> None:
    q = parse("// name: q\n// description: d\n// param n: int - count\n// param on: bool - flag\n"
              "// param x: float - ratio\nRETURN $n, $on, $x", Path("q.cypher"))
    assert bind(q, {"n": "3", "on": "yes", "x": "0.5"}) == {"n": 3, "on": True, "x": 0.5}
    assert bind(q, {"n": 3, "on": False, "x": 2}) == {"n": 3, "on": False, "x": 2.0}
    with pytest.raises(QueryParameterError, match="missing parameter on, x; unknown parameter y"):
        bind(q, {"n": 1, "y": 2})
    with pytest.raises(QueryParameterError, match="parameter 'n' must be int, got 'three'"):
        bind(q, {"n": "three", "on": True, "x": 1.0})
    with pytest.raises(QueryParameterError, match="parameter 'on' must be bool, got 'maybe'"):
        bind(q, {"n": 1, "on": "maybe", "x": 1.0})
    with pytest.raises(QueryParameterError, match="parameter 'n' must be int, got True"):
        bind(q, {"n": True, "on": True, "x": 1.0})


def test_header_must_match_the_text() -> None:
    with pytest.raises(KGError, match=r"declares \['a'\] but the query uses \['b'\]"):
        parse("// param a: str - x\nRETURN $b", Path("q.cypher"))
    with pytest.raises(KGError, match="bad parameter line"):
        parse("// param a: string - x\nRETURN $a", Path("q.cypher"))


@given(st.dictionaries(st.from_regex(r"[a-z]\w{0,5}", fullmatch=True), st.text(max_size=10), max_size=4))
def test_parse_assignments_round_trip(pairs: dict[str, str]) -> None:
    assert parse_assignments([f"{k}={v}" for k, v in pairs.items()]) == pairs


@pytest.mark.parametrize("cypher", [
    "MATCH (n) DETACH DELETE n", "CREATE (n:Paper {id: 'x'})", "MATCH (n) SET n.x = 1 RETURN n",
    "merge (n:Paper {id: 'x'})", "LOAD CSV FROM 'file:///x' AS row RETURN row", "DROP INDEX x",
    "MATCH (n) CALL { WITH n RETURN n } IN TRANSACTIONS RETURN n", "MATCH (n) REMOVE n.x"])
def test_write_clauses_are_refused(cypher: str) -> None:
    with pytest.raises(KGError, match="read-only"):
        check_read_only(cypher)


def test_words_inside_strings_names_and_comments_pass() -> None:
    check_read_only("MATCH (n {name: 'CREATE \\' DELETE'}) // SET\nRETURN n.set AS `MERGE`, \"DROP\" AS x")


def test_run_cypher_reads(hand_store: EmbeddedStore) -> None:
    rows = run_cypher(hand_store, "MATCH (m:Model) WHERE m.name STARTS WITH $p RETURN m.name AS name ORDER BY name",
                      {"p": "PaLM"})
    assert rows == [{"name": "PaLM"}, {"name": "PaLM 2"}]


# ---------------------------------------------------------------- CLI


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("cli") / "store"
    replace_store(path, hand_graph())
    return str(path)


def test_cli_query_table(store_dir: str) -> None:
    result = CliRunner().invoke(cli, ["query", "coauthors", "--param", "name=Zhifeng Chen", "--store", store_dir])
    assert result.exit_code == 0, result.output
    assert result.output == (
        "coauthor         shared  first_year  last_year\n"
        "Yanping Huang    2       2018        2020\n"
        "Dmitry Lepikhin  1       2020        2020\n"
        "Nan Du           1\n"
        "Noam Shazeer     1       2020        2020\n"
        "(4 rows)\n"
        "Note: printed author lists only (AUTHORED edges). kg coauthors NAME also counts a listing's owner on their "
        "own papers that do not print them (pairs marked listing) and marks counts from lists cut short ('et al.') "
        "as lower bounds (2+); here a cut list adds only the names it prints.\n")
    rows = json.loads(CliRunner().invoke(cli, ["query", "coauthors", "-p", "name=Zhifeng Chen", "--store", store_dir,
                                               "--json"]).output)
    assert len(rows) == 4  # the rows alone: the note is for the reader of the table


def test_a_query_note_is_read_from_its_header_and_listed() -> None:
    from kg.queries import parse

    q = parse("// description: d\n// note: names only\nRETURN 1 AS x\n", Path("n.cypher"))
    assert (q.note, q.describe()["note"]) == ("names only", "names only")
    assert parse("RETURN 1 AS x\n", Path("n.cypher")).note == ""


def test_cli_query_json(store_dir: str) -> None:
    result = CliRunner().invoke(cli, ["query", "lineage_path", "--param", "a=Flan-PaLM", "--param", "b=GPipe",
                                      "--store", store_dir, "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == [{"hops": 4, "path": ["Flan-PaLM", "PaLM", "GSPMD", "GShard", "GPipe"]}]


def test_cli_query_list() -> None:
    result = CliRunner().invoke(cli, ["query", "--list"])
    assert result.exit_code == 0
    assert "coauthors (name: Author)\n  Co-authors of an author with shared-paper counts" in result.output
    assert "topic_timeline\n  Papers per topic per year" in result.output
    listed = json.loads(CliRunner().invoke(cli, ["query", "--list", "--json"]).output)
    assert [q["name"] for q in listed] == names()


def test_cli_query_errors(store_dir: str) -> None:
    result = CliRunner().invoke(cli, ["query", "nope", "--store", store_dir])
    assert result.exit_code == 1
    assert result.output.startswith("Error: no query named 'nope'\n  Queries: author_papers, coauthors,")
    result = CliRunner().invoke(cli, ["query", "coauthors", "--store", store_dir])
    assert result.exit_code == 1
    assert result.output == ("Error: query 'coauthors': missing parameter name\n"
                             "  coauthors takes: name (Author: author name, e.g. Nan Du)\n"
                             "  Example: kg query coauthors --param name=...\n")
    result = CliRunner().invoke(cli, ["query", "--store", store_dir])
    assert result.exit_code == 2
    assert "Give a query NAME or --list." in result.output


def test_cli_paper_parameter_takes_any_identifier_spelling_and_a_miss_fails(tmp_path: Path) -> None:
    g = Graph()
    paper(g, "gspmd", 2021, ["Yuanzhong Xu"])
    g.add_node(Node("paper:arxiv:2105.04663", PAPER, {"title": "GSPMD", "name": "GSPMD", "year": 2021}))
    g.add_edge(Edge("author:yuanzhong xu", AUTHORED, "paper:arxiv:2105.04663", {"position": 0}))
    replace_store(tmp_path / "s", g)
    table = ("relation  direction  label   id                   name\n"
             "AUTHORED  in         Author  author:yuanzhong xu  Yuanzhong Xu\n(1 row)\n")
    for spelling in ("2105.04663", "arXiv:2105.04663v2", "https://arxiv.org/abs/2105.04663", "paper:arxiv:2105.04663",
                     "10.48550/arXiv.2105.04663"):
        result = CliRunner().invoke(cli, ["query", "paper_neighbourhood", "-p", f"paper={spelling}",
                                          "--store", str(tmp_path / "s")])
        assert (result.exit_code, result.output) == (0, table), spelling
    result = CliRunner().invoke(cli, ["query", "paper_neighbourhood", "-p", "paper=2105.99999",
                                      "--store", str(tmp_path / "s")])
    assert result.exit_code == 1
    assert result.output == (
        "Error: No Paper named '2105.99999' in the graph.\n  A paper is found by its identifier in any spelling "
        "(2105.04663, arXiv:2105.04663v2, an arXiv URL; a DOI for a paper without an arXiv id) or its title, "
        "ignoring case, spaces and dashes.\n")


def test_cli_cypher(store_dir: str) -> None:
    result = CliRunner().invoke(cli, ["cypher", "MATCH (m:Model {name: $n})-[:BUILDS_ON]->(a) RETURN a.name AS a",
                                      "--param", "n=GShard", "--store", store_dir, "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == [{"a": "GPipe"}]
    result = CliRunner().invoke(cli, ["cypher", "MATCH (n) DETACH DELETE n", "--store", store_dir])
    assert result.exit_code == 1
    assert result.output == ("Error: kg cypher runs read-only queries; this one has DETACH (offset 10)\n"
                             "  Write with kg build (or a Neo4j client for a Neo4j store).\n")


def test_cli_maps_arguments(monkeypatch: pytest.MonkeyPatch, store_dir: str) -> None:
    seen = {}

    def fake(store: Any, name: str, params: dict[str, Any]) -> tuple[Any, dict[str, Any], list[dict[str, Any]]]:
        seen.update(store=type(store).__name__, name=name, params=params)
        return load("coauthors"), params, [{"x": 1}]

    monkeypatch.setattr("kg.queries.run_named", fake)
    result = CliRunner().invoke(cli, ["query", "lineage", "-p", "name=A=B", "--store", store_dir])
    assert result.exit_code == 0, result.output
    assert seen == {"store": "EmbeddedStore", "name": "lineage", "params": {"name": "A=B"}}
    assert result.output == f"x\n1\n(1 row)\nNote: {load('coauthors').note}\n"


@pytest.mark.parametrize(("args", "output"), [
    (["lineage", "-p", "name=gpipe"], "(0 rows: GPipe builds on no model in the graph (no BUILDS_ON edge leaves it); "
                                      "kg lineage GPipe also shows what builds on it)\n"),
    (["descendants", "-p", "name=flan palm"], "(0 rows: no model in the graph builds on Flan-PaLM (no BUILDS_ON edge "
                                              "reaches it); kg lineage Flan-PaLM also shows what it builds on)\n"),
    (["papers_by_model", "-p", "name=Nothing Like It"], None),
])
def test_cli_query_says_what_no_row_means(store_dir: str, args: list[str], output: str | None) -> None:
    result = CliRunner().invoke(cli, ["query", *args, "--store", store_dir])
    if output is None:  # no node of that name: an error, not an empty answer
        assert result.exit_code == 1 and result.output.startswith("Error: No Model named 'Nothing Like It'")
    else:
        assert (result.exit_code, result.output) == (0, output)


def test_an_empty_line_may_name_only_declared_parameters(tmp_path: Path) -> None:
    text = "// param name: Model - m\n// empty: {name} and {other}\nMATCH (m:Model {name: $name}) RETURN m\n"
    with pytest.raises(KGError, match=r"the empty line names \['other'\]"):
        parse(text, tmp_path / "q.cypher")


def test_cli_cypher_names_a_label_the_graph_has_none_of(store_dir: str) -> None:
    result = CliRunner().invoke(cli, ["cypher", "MATCH (n:Modle)-[:AUTHORD]->(m) RETURN n", "--store", store_dir])
    assert (result.exit_code, result.output) == (0, (
        "(0 rows)\n"
        "Note: Modle is not a label (did you mean Model?); labels: Author, Dataset, Hardware, Model, Org, Paper, "
        "Topic\n"
        f"Note: AUTHORD is not a relationship type (did you mean AUTHORED?); types: {', '.join(sorted(REL_TYPES))}\n"))
    fine = CliRunner().invoke(cli, ["cypher", "MATCH (n:Model {name: $x}) WHERE n:Model RETURN n.name AS m",
                                    "-p", "x=GPipe", "--store", store_dir])
    assert fine.output == "m\nGPipe\n(1 row)\n"


def test_cli_model_family_starts_from_the_root_itself(store_dir: str) -> None:
    rows = json.loads(CliRunner().invoke(cli, ["query", "model_family", "-p", "root=PaLM", "--store", store_dir,
                                               "--json"]).output)
    assert "PaLM" in [r["model"] for r in rows] and len(rows) > 1
