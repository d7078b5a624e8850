"""The build/stats/export commands: exact output, export round trips, idempotent rebuilds, --add, KG_STORE."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from typing import Any
from unittest import mock

import networkx as nx
import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

import kg.api
from kg.cli import cli
from kg.model import AUTHORED, HAS_TOPIC, LABELS, PAPER, SCHEMA, Edge, Graph, Node

ROOT = Path(__file__).resolve().parent.parent
TWO_PAPERS = [
    {"id": "2101.00001", "title": "Sparse Routing at Scale", "abstract": "We route tokens.",
     "authors": ["Marta Okafor", "Liang Wu"], "date": "2021-01-04", "categories": ["cs.LG"]},
    {"title": "Patch Dropout", "abstract": "We drop patches.", "authors": ["Liang Wu"], "year": 2022,
     "categories": ["cs.LG", "cs.CV"], "orgs": ["nordlab"]},
]


def jsonl(path: Path, rows: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def build(runner: CliRunner, *args: str) -> Any:
    result = runner.invoke(cli, ["build", *args, "--no-extract"])
    assert result.exit_code == 0, result.output
    return result


def exported(runner: CliRunner, store: Path, out: Path, fmt: str = "node-link") -> bytes:
    result = runner.invoke(cli, ["export", "--store", str(store), "--format", fmt, "-o", str(out)])
    assert (result.exit_code, result.output) == (0, f"Wrote {out}\n")
    return out.read_bytes()


COUNTS_TEXT = """\
nodes:
  Author                 2
  Org                    1
  Paper                  2
  Topic                  2
relationships:
  AFFILIATED_WITH        1
  AUTHORED               3
  HAS_TOPIC              3
"""


STATS_TEXT = COUNTS_TEXT + (
    "Not counted: 3 Summary node(s), the whole-graph analyses kg build stores for kg collaboration, kg coauthors, "
    "kg authors --check and the collaboration view (MATCH (n) RETURN count(n) counts them too).\n")


def test_build_and_stats_print_exact_counts(runner: CliRunner, tmp_path: Path) -> None:
    source, store = jsonl(tmp_path / "two.jsonl", TWO_PAPERS), tmp_path / "store"
    result = build(runner, str(source), "--store", str(store))
    assert (result.stdout, result.stderr) == (
        f"Built {store}: 2 papers from 2 records in 1 file(s).\n" + COUNTS_TEXT, "")
    result = runner.invoke(cli, ["stats", "--store", str(store)])
    assert (result.exit_code, result.output) == (0, STATS_TEXT)
    result = runner.invoke(cli, ["stats", "--store", str(store), "--json"])
    assert json.loads(result.output) == {
        "nodes": {"Author": 2, "Org": 1, "Paper": 2, "Topic": 2},
        "relationships": {"AFFILIATED_WITH": 1, "AUTHORED": 3, "HAS_TOPIC": 3}, "not_counted": {"Summary": 3}}
    counted = runner.invoke(cli, ["cypher", "MATCH (n) RETURN count(n) AS n", "--store", str(store), "--json"])
    assert json.loads(counted.output) == [{"n": 2 + 1 + 2 + 2 + 3}]  # what stats counts and what it names apart


def test_build_json(runner: CliRunner, tmp_path: Path) -> None:
    source, store = jsonl(tmp_path / "two.jsonl", TWO_PAPERS), tmp_path / "store"
    result = build(runner, str(source), "--store", str(store), "--json")
    report = json.loads(result.stdout)
    assert {k: report[k] for k in ("store", "sources", "records", "papers")} == {
        "store": str(store), "sources": [str(source)], "records": 2, "papers": 2}
    stats = kg.api.stats(store).data
    assert report["counts"] == {key: value for key, value in stats.items() if key != "not_counted"}
    assert stats["not_counted"] == {"Summary": 3}  # the build's counts are the graph's, as kg stats counts it


def test_build_maps_its_options_to_the_library(runner: CliRunner, tmp_path: Path) -> None:
    source = jsonl(tmp_path / "two.jsonl", TWO_PAPERS)
    answer = kg.api.Answer({"records": 2}, "Built s")
    with mock.patch("kg.api.build", return_value=answer) as fake:
        result = runner.invoke(cli, ["build", str(source), "--store", "s", "--input-format", "jsonl", "--add",
                                     "--no-extract", "--no-infer", "--min-score", "0.5", "--jobs", "3"])
    assert (result.exit_code, result.stdout) == (0, "Built s\n")
    fake.assert_called_once_with((str(source),), "s", fmt="jsonl", add=True, model=None, extract=False,
                                 infer=False, min_score=0.5, progress=mock.ANY, skip_bad=False, wait=False,
                                 on_wait=mock.ANY, jobs=3)
    with mock.patch("kg.api.build", return_value=answer) as fake:  # no --jobs: the library picks per core
        runner.invoke(cli, ["build", str(source), "--store", "s"])
    assert fake.call_args.kwargs["jobs"] is None


def test_node_link_export_round_trips_through_networkx(runner: CliRunner, example_store: Path,
                                                       tmp_path: Path) -> None:
    data = json.loads(exported(runner, example_store, tmp_path / "g.json"))
    g = nx.node_link_graph(data, edges="edges")
    stored = kg.api.load_graph(example_store)
    assert (g.number_of_nodes(), g.number_of_edges()) == (len(stored.nodes), len(stored.edges))
    assert Graph.from_networkx(g).nodes.keys() == stored.nodes.keys()
    for node in data["nodes"]:
        assert {"id", "label", "name"} <= node.keys() and node["label"] in LABELS
        if node["label"] == PAPER:
            assert {"title", "date", "abstract"} <= node.keys()
            assert len(node["date"]) in (4, 10)
    papers_with_ids = {n["id"]: n["arxiv_id"] for n in data["nodes"] if n["id"].startswith("paper:arxiv:")}
    assert papers_with_ids and all(pid.endswith(ident) for pid, ident in papers_with_ids.items())
    for edge in data["edges"]:
        assert {"source", "target", "type"} <= edge.keys() and edge["type"] in SCHEMA
    positions: dict[str, list[int]] = {}
    for edge in data["edges"]:
        if edge["type"] == AUTHORED:
            positions.setdefault(edge["target"], []).append(edge["position"])
    assert positions and all(sorted(p) == list(range(len(p))) for p in positions.values())


def test_graphml_and_gexf_are_readable_by_networkx(runner: CliRunner, example_store: Path,
                                                   tmp_path: Path) -> None:
    stored = kg.api.load_graph(example_store)
    for fmt, reader in [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)]:
        exported(runner, example_store, tmp_path / f"g.{fmt}", fmt)
        g = reader(tmp_path / f"g.{fmt}")
        assert (g.number_of_nodes(), g.number_of_edges()) == (len(stored.nodes), len(stored.edges))
        labels = {attrs["label"] for _, attrs in g.nodes(data=True)}
        assert labels == {n.label for n in stored.nodes.values()}


def test_rebuilding_the_same_input_changes_nothing(runner: CliRunner, examples: list[Path],
                                                   tmp_path: Path) -> None:
    store = tmp_path / "store"
    build(runner, *map(str, examples), "--store", str(store))
    first = exported(runner, store, tmp_path / "a.json")
    stats = kg.api.stats(store).data
    build(runner, *map(str, examples), "--store", str(store))
    assert exported(runner, store, tmp_path / "b.json") == first
    assert kg.api.stats(store).data == stats
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.json", "b.json", "store"]


def test_a_generated_corpus_of_1000_papers_builds_and_rebuilds_identically(runner: CliRunner,
                                                                           tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("generate", ROOT / "benchmarks" / "generate.py")
    assert spec and spec.loader
    generate = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generate)
    source, store = jsonl(tmp_path / "papers.jsonl", list(generate.papers(1000, seed=7))), tmp_path / "store"
    result = build(runner, str(source), "--store", str(store))
    assert result.stdout.startswith(f"Built {store}: 1000 papers from 1000 records in 1 file(s).\n")
    first = exported(runner, store, tmp_path / "a.json")
    build(runner, str(source), "--store", str(store))
    assert exported(runner, store, tmp_path / "b.json") == first


def test_add_equals_building_everything_at_once(runner: CliRunner, examples: list[Path], tmp_path: Path) -> None:
    together, stepwise = tmp_path / "together", tmp_path / "stepwise"
    build(runner, *map(str, examples), "--store", str(together))
    build(runner, str(examples[0]), "--store", str(stepwise))
    alone = kg.api.stats(stepwise).data
    build(runner, *map(str, examples[1:]), "--add", "--store", str(stepwise))
    assert kg.api.stats(stepwise).data != alone
    assert exported(runner, stepwise, tmp_path / "s.json") == exported(runner, together, tmp_path / "t.json")


def test_store_defaults_to_kg_store_env_then_to_kg_store_folder(runner: CliRunner, tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    source = jsonl(tmp_path / "two.jsonl", TWO_PAPERS)
    (tmp_path / "cwd").mkdir()
    monkeypatch.chdir(tmp_path / "cwd")
    monkeypatch.delenv("KG_STORE", raising=False)
    result = build(runner, str(source))
    assert result.stdout.startswith("Built kg-store: 2 papers")
    assert (tmp_path / "cwd" / "kg-store" / "kg-store.json").is_file()
    result = runner.invoke(cli, ["stats"])  # a relative store path is the cwd's, for the engine too
    assert (result.exit_code, result.output) == (0, STATS_TEXT)
    env_store = tmp_path / "from-env"
    result = runner.invoke(cli, ["build", str(source), "--no-extract"], env={"KG_STORE": str(env_store)})
    assert result.stdout.startswith(f"Built {env_store}: 2 papers")
    result = runner.invoke(cli, ["stats"], env={"KG_STORE": str(env_store)})
    assert (result.exit_code, result.output) == (0, STATS_TEXT)


# Hypothesis: Graph -> networkx -> Graph keeps every node, edge and property.
ids = st.text("abcxyz:0123", min_size=1, max_size=6)
scalars = st.one_of(st.text(max_size=8), st.integers(-5, 5), st.booleans())
props = st.dictionaries(st.sampled_from(["name", "title", "year", "codes", "weight"]),
                        st.one_of(scalars, st.lists(st.text(max_size=4), max_size=3)), max_size=3)


@st.composite
def graphs(draw: st.DrawFn) -> Graph:
    g = Graph()
    for nid in draw(st.lists(ids, min_size=1, max_size=8, unique=True)):
        g.add_node(Node(nid, draw(st.sampled_from(LABELS)), draw(props)))
    nodes = sorted(g.nodes)
    for _ in range(draw(st.integers(0, 10))):
        rel = draw(st.sampled_from([AUTHORED, HAS_TOPIC]))
        g.add_edge(Edge(draw(st.sampled_from(nodes)), rel, draw(st.sampled_from(nodes)), draw(props)))
    return g


@settings(max_examples=80, deadline=None)
@given(graphs())
def test_graph_networkx_round_trip(g: Graph) -> None:
    back = Graph.from_networkx(g.to_networkx())
    assert {n.id: (n.label, n.props) for n in back.nodes.values()} == {
        n.id: (n.label, n.props) for n in g.nodes.values()}
    assert {k: e.props for k, e in back.edges.items()} == {k: e.props for k, e in g.edges.items()}


@pytest.mark.parametrize("fmt,name", [("node-link", "g.json"), ("graphml", "g.graphml"), ("cypher", "g.cypher")])
def test_export_to_standard_output_equals_the_file(runner: CliRunner, example_store: Path, tmp_path: Path,
                                                   fmt: str, name: str) -> None:
    assert runner.invoke(cli, ["export", "--store", str(example_store), "--format", fmt,
                               "-o", str(tmp_path / name)]).exit_code == 0
    result = runner.invoke(cli, ["export", "--store", str(example_store), "--format", fmt, "-o", "-"])
    assert result.exit_code == 0 and result.stdout_bytes == (tmp_path / name).read_bytes()
    refused = runner.invoke(cli, ["export", "--store", str(example_store), "--format", "neo4j-csv", "-o", "-"])
    assert refused.exit_code == 1
    assert refused.output == "Error: neo4j-csv writes a directory of files, not standard output; give -o DIRECTORY\n"
