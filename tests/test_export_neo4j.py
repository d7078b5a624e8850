"""The two Neo4j export formats: neo4j-admin import CSV files (read back by a small parser of that format) and
a replayable Cypher script (replayed into the embedded store, including hostile strings)."""

from __future__ import annotations

import csv
import shlex
from pathlib import Path
from typing import Any

from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_queries import hand_graph

from kg.cli import cli
from kg.export import export_graph
from kg.model import AUTHOR, AUTHORED, PAPER, Edge, Graph, Node
from kg.store import EmbeddedStore, replace_store

CONVERT = {"string": str, "long": int, "double": float, "boolean": lambda v: v == "true"}


def mixed_graph(title: str = "Kinds 'quoted' \"twice\"\n\\", name: str = "Ünï Códe") -> Graph:
    g = hand_graph()
    g.add_node(Node("paper:title:kinds", PAPER, {"title": title, "year": None, "score": 0.25, "has_code": True,
                                                 "categories": ["cs.LG", "a;b"], "ranks": [1, 2]}))
    g.add_node(Node("author:odd", AUTHOR, {"name": name}))
    g.add_edge(Edge("author:odd", AUTHORED, "paper:title:kinds", {"position": 0, "sources": ["a:1", "b:2"]}))
    return g


def snapshot(graph: Graph) -> tuple[dict[str, Any], dict[Any, Any]]:
    nodes = {n.id: (n.label, {k: v for k, v in n.props.items() if v is not None and k != "id"})
             for n in graph.nodes.values()}
    edges = {k: {p: v for p, v in e.props.items() if v is not None} for k, e in graph.edges.items()}
    return nodes, edges


def read_neo4j_csv(directory: Path) -> Graph:
    """Read the files the way neo4j-admin does: typed headers, arrays split on the script's delimiter."""
    args = shlex.split((directory / "import.sh").read_text(encoding="utf-8").splitlines()[-1])
    delimiter = next(a.split("=", 1)[1] for a in args if a.startswith("--array-delimiter="))

    def props(header: list[str], row: list[str]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for column, value in zip(header, row):
            name, _, kind = column.partition(":")
            if name and kind != "ID" and value != "":
                base = CONVERT[kind.removesuffix("[]")]
                out[name] = [base(v) for v in value.split(delimiter)] if kind.endswith("[]") else base(value)
        return out

    graph = Graph()
    for flag, kind in (("--nodes=", "nodes"), ("--relationships=", "rels")):
        for arg in (a for a in args if a.startswith(flag)):
            with (directory / arg.removeprefix(flag)).open(encoding="utf-8", newline="") as handle:
                header, *rows = list(csv.reader(handle))
            for row in rows:
                if kind == "nodes":
                    graph.add_node(Node(row[0], row[1], props(header[2:], row[2:])))
                else:
                    graph.add_edge(Edge(row[0], row[2], row[1], props(header[3:], row[3:])))
    return graph


def test_neo4j_csv_round_trip(tmp_path: Path) -> None:
    graph = mixed_graph()
    export_graph(graph, "neo4j-csv", tmp_path / "import")
    assert snapshot(read_neo4j_csv(tmp_path / "import")) == snapshot(graph)
    header = (tmp_path / "import" / "nodes_Paper.csv").read_text(encoding="utf-8").splitlines()[0]
    assert header == "id:ID,:LABEL,categories:string[],has_code:boolean,name:string,ranks:long[],score:double," \
                     "title:string,year:long"
    script = (tmp_path / "import" / "import.sh").read_text(encoding="utf-8")
    assert "neo4j-admin database import full '--array-delimiter=|' --multiline-fields=true" in script


def test_neo4j_csv_is_deterministic(tmp_path: Path) -> None:
    export_graph(mixed_graph(), "neo4j-csv", tmp_path / "a")
    export_graph(mixed_graph(), "neo4j-csv", tmp_path / "b")
    files = sorted(p.name for p in (tmp_path / "a").iterdir())
    assert files == sorted(p.name for p in (tmp_path / "b").iterdir())
    assert all((tmp_path / "a" / f).read_bytes() == (tmp_path / "b" / f).read_bytes() for f in files)


def replay(script: Path, store: EmbeddedStore) -> None:
    for line in script.read_text(encoding="utf-8").split("\n"):
        if line and not line.startswith("//"):
            assert line.endswith(";")
            store.run(line[:-1], write=True)


def test_cypher_script_replays_twice_to_the_graph(tmp_path: Path) -> None:
    graph = mixed_graph()
    export_graph(graph, "cypher", tmp_path / "graph.cypher")
    text = (tmp_path / "graph.cypher").read_text(encoding="utf-8")
    assert "$" not in text.replace("'$", "")  # no parameters left
    with EmbeddedStore(tmp_path / "store", create=True) as store:
        replay(tmp_path / "graph.cypher", store)
        once = store.counts()
        replay(tmp_path / "graph.cypher", store)
        assert store.counts() == once
        assert snapshot(store.read()) == snapshot(graph)


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(title=st.text(max_size=30), name=st.text(min_size=1, max_size=10))
def test_cypher_script_escapes_any_text(tmp_path_factory: Any, title: str, name: str) -> None:
    directory = tmp_path_factory.mktemp("script")
    graph = mixed_graph(title, name)
    export_graph(graph, "cypher", directory / "graph.cypher")
    with EmbeddedStore(directory / "store", create=True) as store:
        replay(directory / "graph.cypher", store)
        assert snapshot(store.read()) == snapshot(graph)


def test_cli_export_formats(tmp_path: Path) -> None:
    replace_store(tmp_path / "store", hand_graph())
    result = CliRunner().invoke(cli, ["export", "--store", str(tmp_path / "store"), "--format", "neo4j-csv",
                                      "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert result.output == f"Wrote {tmp_path / 'out'}\n"
    assert (tmp_path / "out" / "relationships_BUILDS_ON.csv").is_file()
    (tmp_path / "file").write_text("x")
    result = CliRunner().invoke(cli, ["export", "--store", str(tmp_path / "store"), "--format", "neo4j-csv",
                                      "-o", str(tmp_path / "file")])
    assert result.exit_code == 1
    assert result.output == f"Error: {tmp_path / 'file'} exists and is not a directory; neo4j-csv writes a directory\n"
