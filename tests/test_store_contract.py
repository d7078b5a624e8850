"""One contract for every GraphStore backend: the embedded ArcadeDB store, Neo4jStore over Bolt to a real
ArcadeDB server started here, and (when KG_TEST_NEO4J_URI is set) Neo4jStore on a live Neo4j.

KG_REQUIRE_BOLT=1 (CI) turns "the Bolt server cannot start" from a skip into a failure.
KG_TEST_NEO4J_URI must point at a throwaway database: the tests empty it (user/password/database from
KG_TEST_NEO4J_USERNAME, KG_TEST_NEO4J_PASSWORD, KG_TEST_NEO4J_DATABASE).
"""

from __future__ import annotations

import itertools
import json
import os
import socket
from collections import Counter
from collections.abc import Iterator
from typing import Any
from unittest.mock import MagicMock

import neo4j
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from click.testing import CliRunner
from test_queries import cases, check_rows, hand_graph
from test_store_lookups import check_lineage_lookups, lineage_graph, model_pairs

from kg.cli import cli
from kg.errors import KGError, StoreError
from kg.analysis.lineage import LINEAGE_READS
from kg.store import lineage as store_lineage
from kg.model import AUTHOR, AUTHORED, LABELS, MODEL, PAPER, SCHEMA, Edge, Graph, Node
from kg.queries import run_cypher
from kg.analysis.summary import with_summaries
from kg.store import EmbeddedStore, GraphStore, replace_store
from kg.store.cypher import schema_statements, upsert_nodes
from kg.store.neo4j_store import Neo4jStore

PASSWORD = "kg-test-password"
_databases = itertools.count()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="session")
def bolt_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """ArcadeDB's in-process server with its Bolt plugin on a free localhost port."""
    try:
        import arcadedb

        port = _free_port()
        server = arcadedb.create_server(str(tmp_path_factory.mktemp("arcadedb")), root_password=PASSWORD, config={
            "host": "127.0.0.1", "http_port": _free_port(), "bolt_port": port,
            "server_plugins": "Bolt:com.arcadedb.bolt.BoltProtocolPlugin"})
        server.start()
        server.uri = f"bolt://127.0.0.1:{port}"
    except Exception as exc:  # any failure to start means "no Bolt server here"
        if os.environ.get("KG_REQUIRE_BOLT") == "1":
            pytest.fail(f"KG_REQUIRE_BOLT=1 but the ArcadeDB Bolt server did not start: {exc}")
        pytest.skip(f"ArcadeDB Bolt server did not start: {exc}")
    yield server
    server.stop()


def _bolt_store(server: Any) -> Neo4jStore:
    name = f"contract{next(_databases)}"
    server.create_database(name)
    return Neo4jStore(server.uri, user="root", password=PASSWORD, database=name)


def _neo4j_store() -> Neo4jStore:
    uri = os.environ.get("KG_TEST_NEO4J_URI")
    if not uri:
        pytest.skip("set KG_TEST_NEO4J_URI to run against a live Neo4j")
    store = Neo4jStore(uri, user=os.environ.get("KG_TEST_NEO4J_USERNAME", "neo4j"),
                       password=os.environ.get("KG_TEST_NEO4J_PASSWORD", ""),
                       database=os.environ.get("KG_TEST_NEO4J_DATABASE"))
    store.run("MATCH (n) DETACH DELETE n", write=True)
    return store


@pytest.fixture(params=["embedded", pytest.param("bolt", marks=pytest.mark.bolt),
                        pytest.param("neo4j", marks=pytest.mark.neo4j)])
def store(request: pytest.FixtureRequest, tmp_path: Any) -> Iterator[GraphStore]:
    if request.param == "embedded":
        made: GraphStore = EmbeddedStore(tmp_path / "store", create=True)
    elif request.param == "bolt":
        made = _bolt_store(request.getfixturevalue("bolt_server"))
    else:
        made = _neo4j_store()
    with made:
        yield made


def _snapshot(graph: Graph) -> tuple[dict[str, Any], dict[Any, Any]]:
    nodes = {n.id: (n.label, {**{k: v for k, v in n.props.items() if v is not None}, "id": n.id})
             for n in graph.nodes.values()}
    edges = {k: {p: v for p, v in e.props.items() if v is not None} for k, e in graph.edges.items()}
    return nodes, edges


def mixed_graph() -> Graph:
    """Every property kind: str, int, float, bool, lists; an edge property; a paper without a year."""
    g = hand_graph()
    g.add_node(Node("paper:title:kinds", PAPER, {"title": "Kinds 'quoted' \"twice\"\n", "year": None,
                                                 "score": 0.25, "has_code": True, "categories": ["cs.LG", "cs.AI"]}))
    g.add_node(Node("author:ünïcode", AUTHOR, {"name": "Ünï Códe"}))
    g.add_edge(Edge("author:ünïcode", AUTHORED, "paper:title:kinds", {"position": 0, "sources": ["a:1", "b:2"]}))
    return g


def test_write_then_read_gives_the_graph(store: GraphStore) -> None:
    graph = mixed_graph()
    store.write(graph)
    assert _snapshot(store.read()) == _snapshot(graph)


@pytest.mark.parametrize("labels,types", [((PAPER,), ()), ((AUTHOR, PAPER), (AUTHORED,)), ((AUTHOR,), (AUTHORED,)),
                                          ((), ())])
def test_read_a_projection(store: GraphStore, labels: tuple[str, ...], types: tuple[str, ...]) -> None:
    graph = mixed_graph()
    store.write(graph)
    want = Graph()
    for node in graph.nodes.values():
        if node.label in labels:
            want.add_node(node)
    for edge in graph.edges.values():
        if edge.type in types and edge.source in want.nodes and edge.target in want.nodes:
            want.add_edge(edge)
    assert _snapshot(store.read(labels, types)) == _snapshot(want)


def test_writing_twice_duplicates_nothing(store: GraphStore) -> None:
    graph = mixed_graph()
    store.write(graph)
    once = store.counts()
    store.write(graph)
    assert store.counts() == once
    assert sum(once["nodes"].values()) == len(graph.nodes)
    assert sum(once["relationships"].values()) == len(graph.edges)


def test_upsert_merges_properties(store: GraphStore) -> None:
    g1, g2 = Graph(), Graph()
    g1.add_node(Node("author:x", AUTHOR, {"name": "X"}))
    g2.add_node(Node("author:x", AUTHOR, {"name": "X", "orcid": "0000"}))
    store.write(g1)
    store.write(g2)
    assert store.run("MATCH (a:Author) RETURN a.id AS id, a.orcid AS orcid") == [{"id": "author:x", "orcid": "0000"}]


def test_schema_twice(store: GraphStore) -> None:
    store.ensure_schema()
    store.ensure_schema()
    assert store.counts() == {"nodes": {}, "relationships": {}}


def _some_cases() -> list[tuple[str, dict[str, Any]]]:
    """Every template, with its first three parameter values (test_queries runs them all on the embedded store)."""
    out, seen = [], Counter[str]()
    for name, params in cases(hand_graph()):
        seen[name] += 1
        if seen[name] <= 3:
            out.append((name, params))
    return out


@pytest.mark.parametrize(("name", "params"), _some_cases(), ids=lambda v: v if isinstance(v, str) else "")
def test_templates_equal_reference(store: GraphStore, name: str, params: dict[str, Any]) -> None:
    store.write(hand_graph())
    check_rows(store, hand_graph().to_networkx(), name, params)


def test_lineage_lookups_read_from_the_store_equal_the_whole_graph_answers(
        store: GraphStore, monkeypatch: pytest.MonkeyPatch) -> None:
    """kg lineage and lineage-path read one model's neighbourhood (GraphStore.lineage_around, in one statement
    or, past NEAR_WIDE steps from a model, a level at a time; lineage_between): the same answers as the
    analyses on the whole stored graph, on every backend."""
    store.write(lineage_graph(4, n_models=24))
    whole = store.read(*LINEAGE_READS).to_networkx()
    models = sorted(a["name"] for _, a in whole.nodes(data=True) if a.get("label") == MODEL)
    check_lineage_lookups(store, whole, models, model_pairs(whole, models, 4))
    monkeypatch.setattr(store_lineage, "NEAR_WIDE", 1)
    check_lineage_lookups(store, whole, models, [], widths=(None, 1), depths=(3,))


def test_viz_pages_read_from_the_store_equal_the_whole_graph_pages(store: GraphStore) -> None:
    """kg viz --view ego|lineage --focus read the subgraph the page draws (GraphStore.ego_around,
    lineage_family): the same page payloads as from the whole stored graph, on every backend."""
    from test_store_ego import check_pages, focusable, random_graph

    store.write(random_graph(5, n_papers=25))
    whole = store.read().to_networkx()
    ids = focusable(whole)
    assert check_pages(store, whole, ids, depths=(2,)) >= len(ids)


def test_bad_cypher_is_a_store_error(store: GraphStore) -> None:
    with pytest.raises(StoreError, match="query failed"):
        store.run("MATCH (n RETURN n")


def test_ad_hoc_writes_are_refused(store: GraphStore) -> None:
    with pytest.raises(KGError, match="read-only"):
        run_cypher(store, "CREATE (n:Paper {id: 'x'}) RETURN n")
    assert store.counts()["nodes"] == {}


@pytest.mark.bolt
def test_bolt_creates_constraints_and_indexes(bolt_server: Any) -> None:
    with _bolt_store(bolt_server) as store:
        store.write(hand_graph())
        names = {row["name"] for row in store.run("SHOW CONSTRAINTS") + store.run("SHOW INDEXES")}
    assert set(schema_statements()) <= names


@pytest.mark.bolt
def test_cli_push_twice(bolt_server: Any, tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "store"
    replace_store(path, with_summaries(hand_graph()))
    database = f"push{next(_databases)}"
    bolt_server.create_database(database)
    monkeypatch.setenv("NEO4J_USERNAME", "root")
    monkeypatch.setenv("NEO4J_PASSWORD", PASSWORD)
    monkeypatch.setenv("NEO4J_DATABASE", database)
    monkeypatch.setenv("NEO4J_URI", bolt_server.uri)
    outputs = [CliRunner().invoke(cli, ["push", "--store", str(path), "--json"]) for _ in range(2)]
    assert [r.exit_code for r in outputs] == [0, 0], outputs[0].output
    assert outputs[0].output == outputs[1].output
    with EmbeddedStore(path) as source:
        assert json.loads(outputs[1].output) == source.counts()
    result = CliRunner().invoke(cli, ["query", "coauthors", "-p", "name=zhifeng chen", "--store", bolt_server.uri])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[1] == "Yanping Huang    2       2018        2020"
    pushed, built = (CliRunner().invoke(cli, ["collaboration", "--store", store])
                     for store in (bolt_server.uri, str(path)))
    assert (pushed.exit_code, pushed.output) == (0, built.output)  # the summaries went along


def test_neo4j_store_without_uri(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NEO4J_URI", raising=False)
    with pytest.raises(KGError, match="Pass --neo4j bolt://HOST:7687 or set NEO4J_URI"):
        Neo4jStore()


def test_unreachable_server_says_so() -> None:
    driver = neo4j.GraphDatabase.driver(f"bolt://127.0.0.1:{_free_port()}", auth=("neo4j", "x"),
                                        max_transaction_retry_time=0.1)
    with Neo4jStore(driver=driver) as store, pytest.raises(KGError, match="cannot reach a Bolt server"):
        store.run("RETURN 1 AS one")
    driver.close()


def test_driver_gets_exact_cypher_in_managed_transactions() -> None:
    """Mocked driver: schema statements, then UNWIND batches in execute_write; reads in execute_read."""
    driver = MagicMock(spec=neo4j.Driver)
    session = driver.session.return_value.__enter__.return_value
    tx = MagicMock()
    tx.run.return_value = []
    session.execute_write.side_effect = lambda work: work(tx)
    session.execute_read.side_effect = lambda work: work(tx)
    store = Neo4jStore(driver=driver, database="papers")
    graph = Graph()
    graph.add_node(Node("author:a", AUTHOR, {"name": "A"}))
    store.write(graph)
    driver.session.assert_called_with(database="papers")
    statements = [c.args for c in tx.run.call_args_list]
    assert statements[:2] == [("SHOW CONSTRAINTS", {}), ("SHOW INDEXES", {})]
    assert statements[2:-1] == [(s, {}) for s in schema_statements().values()]
    assert statements[-1] == ("UNWIND $rows AS row MERGE (n:`Author` {id: row.id}) SET n += row.props",
                              {"rows": [{"id": "author:a", "props": {"name": "A", "id": "author:a"}}]})
    assert upsert_nodes(AUTHOR) == statements[-1][0]
    assert session.execute_write.call_count == len(schema_statements()) + 1
    assert session.execute_read.call_count == 2
    store.close()
    driver.close.assert_not_called()


# ---------------------------------------------------------------- every analysis on both backends


@pytest.fixture(scope="module")
def both_backends(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest) -> dict[str, str]:
    """The same graph in an embedded store and in a database of the Bolt server: {backend: --store value}."""
    path = tmp_path_factory.mktemp("both") / "store"
    replace_store(path, with_summaries(hand_graph()))  # what kg build stores for collaboration and authors
    server = request.getfixturevalue("bolt_server")
    with _bolt_store(server) as bolt:
        bolt.write(with_summaries(hand_graph()))
        database = bolt.database
    return {"embedded": str(path), "bolt": server.uri, "database": str(database)}


ANALYSES = [
    ("lineage", ("GSPMD", "--depth", "2")),
    ("lineage", ("palm-2",)),
    ("lineage-path", ("Flan-PaLM", "gpipe")),
    ("lineage", ("GSPMD", "--why", "gpipe")),
    ("lineage", ("Switch", "--why", "gpipe")),
    ("lineage", ("PaLM", "--why", "GShard")),  # a citation between papers naming them; PaLM's inferred parent
    ("coauthors", ("Nan Du",)),
    ("collaboration", ("--top", "3")),
    ("authors", ("--check", "Yanping Huang")),
    ("query", ("lineage", "-p", "name=gspmd")),
    ("stats", ()),
]


@pytest.mark.bolt
@pytest.mark.parametrize(("command", "args"), ANALYSES, ids=[f"{c}-{i}" for i, (c, _) in enumerate(ANALYSES)])
@pytest.mark.parametrize("as_json", [False, True], ids=["text", "json"])
def test_every_analysis_answers_the_same_over_bolt(both_backends: dict[str, str], monkeypatch: pytest.MonkeyPatch,
                                                   command: str, args: tuple[str, ...], as_json: bool) -> None:
    monkeypatch.setenv("NEO4J_USERNAME", "root")
    monkeypatch.setenv("NEO4J_PASSWORD", PASSWORD)
    monkeypatch.setenv("NEO4J_DATABASE", both_backends["database"])
    flags = ["--json"] if as_json else []
    embedded, bolt = (CliRunner().invoke(cli, [command, *args, *flags, "--store", both_backends[backend]])
                      for backend in ("embedded", "bolt"))
    assert (embedded.exit_code, bolt.exit_code) == (0, 0), embedded.output + bolt.output
    assert bolt.output == embedded.output
    assert len(embedded.output.splitlines()) > 1


@pytest.mark.bolt
def test_a_cypher_syntax_error_is_the_same_short_message_over_bolt(both_backends: dict[str, str],
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEO4J_USERNAME", "root")
    monkeypatch.setenv("NEO4J_PASSWORD", PASSWORD)
    monkeypatch.setenv("NEO4J_DATABASE", both_backends["database"])
    embedded, bolt = (CliRunner().invoke(cli, ["cypher", "MATCH (n:Paper RETURN n", "--store", both_backends[b]])
                      for b in ("embedded", "bolt"))
    assert (embedded.exit_code, bolt.exit_code) == (1, 1)
    assert bolt.stderr == embedded.stderr == (
        "Error: the store could not run the statement: Syntax error at line 1:15 - mismatched input 'RETURN' "
        "expecting {'$', '{', ')', WHERE}\n  Check the Cypher near the place named (kg cypher runs read-only clauses; "
        "values go in as $name with -p name=VALUE).\n")


@pytest.mark.bolt
@pytest.mark.parametrize("view", ["full", "lineage", "collaboration", "ego"])
def test_every_view_is_the_same_page_over_bolt(both_backends: dict[str, str], monkeypatch: pytest.MonkeyPatch,
                                               tmp_path: Any, view: str) -> None:
    monkeypatch.setenv("NEO4J_USERNAME", "root")
    monkeypatch.setenv("NEO4J_PASSWORD", PASSWORD)
    monkeypatch.setenv("NEO4J_DATABASE", both_backends["database"])
    pages = []
    for backend in ("embedded", "bolt"):
        out = tmp_path / f"{backend}.html"
        focus = ["--focus", "GSPMD"] if view in ("lineage", "ego") else []
        result = CliRunner().invoke(cli, ["viz", "--view", view, *focus, "-o", str(out),
                                          "--store", both_backends[backend]])
        assert result.exit_code == 0, result.output
        pages.append(out.read_text(encoding="utf-8"))
    assert pages[0] == pages[1]
    assert ("Nan Du" if view == "collaboration" else "model:gspmd") in pages[0]


@pytest.mark.parametrize("url", ["http://localhost:7474", "sqlite:///x.db", "BOLTS://h:1"])
def test_an_unknown_scheme_names_the_accepted_ones(url: str) -> None:
    result = CliRunner().invoke(cli, ["stats", "--store", url])
    assert result.exit_code == 1
    scheme = url.split("://")[0].lower()
    assert result.output == (f"Error: --store {url!r}: unknown scheme {scheme!r}\n  Give a store directory, or a URL "
                             "starting file://, bolt://, bolt+s://, bolt+ssc://, neo4j://, neo4j+s://, neo4j+ssc://\n")


@pytest.mark.parametrize("scheme", ["bolt", "neo4j"])
def test_an_unreachable_server_fails_fast_and_clean(scheme: str) -> None:
    import time

    url = f"{scheme}://127.0.0.1:{_free_port()}"
    started = time.monotonic()
    result = CliRunner().invoke(cli, ["lineage", "GSPMD", "--store", url])
    assert time.monotonic() - started < 10
    assert result.exit_code == 1
    assert result.output.startswith(f"Error: cannot reach a Bolt server at {url}: "), result.output
    assert result.output.endswith("  Check the server runs and the URL (bolt://HOST:7687 or neo4j://HOST:7687), "
                                  "NEO4J_USERNAME and NEO4J_PASSWORD.\n")


# ---------------------------------------------------------------- hypothesis: write then read, each backend

_TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=12)
_VALUES = st.one_of(_TEXT, st.integers(-(2 ** 53), 2 ** 53), st.booleans(),
                    st.floats(allow_nan=False, allow_infinity=False, width=64),
                    st.lists(_TEXT, min_size=1, max_size=3), st.lists(st.integers(-99, 99), min_size=1, max_size=3))
# name and title are strings (the stores index them as such: kg.store.cypher.INDEXED); the rest any kind
_PROPS = st.fixed_dictionaries({}, optional={"name": _TEXT, "title": _TEXT, "year": _VALUES, "score": _VALUES,
                                             "aliases": _VALUES, "note": _VALUES})


@st.composite
def graphs(draw: Any) -> Graph:
    """Small graphs of any labels, schema-valid relationship types, and properties of every kind."""
    g = Graph()
    for i in range(draw(st.integers(1, 8))):
        label = draw(st.sampled_from(LABELS))
        g.add_node(Node(f"{label.lower()}:{i}", label, draw(_PROPS)))
    nodes = sorted(g.nodes.values(), key=lambda n: n.id)
    shapes = [(rel, s, t) for rel, (sources, targets) in SCHEMA.items()
              for s in nodes for t in nodes if s.label in sources and t.label in targets and s.id != t.id]
    if shapes:
        for rel, s, t in draw(st.lists(st.sampled_from(shapes), max_size=8, unique=True)):
            g.add_edge(Edge(s.id, rel, t.id, draw(st.dictionaries(st.sampled_from(["position", "evidence"]),
                                                                   _VALUES, max_size=2))))
    return g


def _fresh_store(backend: str, tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest) -> GraphStore:
    if backend == "embedded":
        return EmbeddedStore(tmp_path_factory.mktemp("rt") / "store", create=True)
    return _bolt_store(request.getfixturevalue("bolt_server"))


@pytest.mark.parametrize("backend", ["embedded", pytest.param("bolt", marks=pytest.mark.bolt)])
@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(graph=graphs())
def test_any_graph_round_trips(backend: str, tmp_path_factory: pytest.TempPathFactory,
                               request: pytest.FixtureRequest, graph: Graph) -> None:
    with _fresh_store(backend, tmp_path_factory, request) as store:
        store.write(graph)
        assert _snapshot(store.read()) == _snapshot(graph)
        store.write(graph)
        assert _snapshot(store.read()) == _snapshot(graph)


_BACK = ('(:Model {id: "model:gpipe", name: "GPipe"})<-[:BUILDS_ON {score: 0.9}]-'
         '(:Model {id: "model:gshard", name: "GShard"})')
CYPHER_SHELL = [
    ("MATCH (m:Model {name: $n}) RETURN m", "m\n(:Model {id: \"model:gshard\", name: \"GShard\"})\n(1 row)\n"),
    ("MATCH (:Model {name: $n})-[r:BUILDS_ON]->(a:Model) RETURN a.name AS a, r",
     "a      r\nGPipe  [:BUILDS_ON {score: 0.9}]\n(1 row)\n"),
    ("MATCH p = (:Model {name: $n})-[:BUILDS_ON]->(:Model) RETURN p",
     "p\n(:Model {id: \"model:gshard\", name: \"GShard\"})-[:BUILDS_ON {score: 0.9}]->"
     "(:Model {id: \"model:gpipe\", name: \"GPipe\"})\n(1 row)\n"),
    ("MATCH p = (:Model {name: 'GPipe'})<-[:BUILDS_ON]-(:Model {name: $n}) RETURN p, [1, true, 'x'] AS l",
     f"{'p':<{len(_BACK)}}  l\n{_BACK}  [1, TRUE, \"x\"]\n(1 row)\n"),
]


@pytest.mark.bolt
@pytest.mark.parametrize(("statement", "expected"), CYPHER_SHELL)
def test_cypher_prints_nodes_relationships_and_paths_like_cypher_shell(
        both_backends: dict[str, str], monkeypatch: pytest.MonkeyPatch, statement: str, expected: str) -> None:
    monkeypatch.setenv("NEO4J_USERNAME", "root")
    monkeypatch.setenv("NEO4J_PASSWORD", PASSWORD)
    monkeypatch.setenv("NEO4J_DATABASE", both_backends["database"])
    for backend in ("embedded", "bolt"):
        result = CliRunner().invoke(cli, ["cypher", statement, "-p", "n=GShard", "--store", both_backends[backend]])
        assert (result.exit_code, result.output) == (0, expected), backend
