"""Every export is well-formed for any stored string: control characters, CR and CRLF, quotes, every array
delimiter at once, lone surrogates, NaN; read back with xml.etree, networkx, csv and a strict JSON parser."""

from __future__ import annotations

import csv
import json
import math
import re
import shlex
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from kg.cli import cli
from kg.export import export_graph
from kg.model import AUTHOR, AUTHORED, PAPER, Edge, Graph, Node

XML_INVALID = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def hostile_graph(title: str, items: list[str], score: float = 0.5) -> Graph:
    g = Graph()
    g.add_node(Node("paper:hostile", PAPER, {"name": title, "title": title, "categories": items, "score": score,
                                             "year": 2021, "has_code": True}))
    g.add_node(Node("paper:plain", PAPER, {"name": "Plain", "title": "Plain", "categories": ["cs.LG"]}))
    g.add_node(Node("author:x", AUTHOR, {"name": "Ann \"Quote\" O'Lee, Jr."}))
    g.add_edge(Edge("author:x", AUTHORED, "paper:hostile", {"position": 0, "sources": items}))
    return g


def xml_safe(text: str) -> str:
    return XML_INVALID.sub("\ufffd", text)


def strict_json(text: str) -> Any:
    def refuse(name: str) -> None:
        raise AssertionError(f"{name} in JSON output")

    return json.loads(text, parse_constant=refuse)


def check_all_exports(tmp_path: Path, title: str, items: list[str], score: float = 0.5) -> None:
    graph = hostile_graph(title, items, score)
    want_score = score if math.isfinite(score) else None
    safe_title = re.sub("[\ud800-\udfff]", "\ufffd", title)
    safe_items = [re.sub("[\ud800-\udfff]", "\ufffd", i) for i in items]

    data = strict_json(export_graph(graph, "node-link", tmp_path / "g.json").read_text(encoding="utf-8"))
    hostile = next(n for n in data["nodes"] if n["id"] == "paper:hostile")
    assert (hostile["title"], hostile["categories"], hostile.get("score")) == (safe_title, safe_items, want_score)

    for fmt, reader in (("graphml", nx.read_graphml), ("gexf", nx.read_gexf)):
        path = export_graph(graph, fmt, tmp_path / f"g.{fmt}")
        ET.parse(path)  # well-formed XML
        back = reader(path)
        attrs = back.nodes["paper:hostile"]
        assert attrs["title"] == xml_safe(safe_title), fmt
        assert json.loads(attrs["categories"]) == safe_items, fmt  # JSON escapes control characters itself

    out = export_graph(graph, "neo4j-csv", tmp_path / "csv")
    with (out / "nodes_Paper.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    header = rows[0]
    assert [r[0] for r in rows[1:]] == ["paper:hostile", "paper:plain"]
    row = dict(zip(header, rows[1]))
    assert row["title:string"] == safe_title
    words = shlex.split((out / "import.sh").read_text(encoding="utf-8").splitlines()[-1])  # as the shell reads it
    sep = next(w for w in words if w.startswith("--array-delimiter=")).removeprefix("--array-delimiter=")
    assert row["categories:string[]"].split(sep) == safe_items or not safe_items
    export_graph(graph, "cypher", tmp_path / "g.cypher")


HOSTILE_TITLES = [
    "Form\x0cfeed ESC\x1b BEL\x07 SOH\x01 DEL\x7f NUL\x00",
    "Windows\r\nline and bare\rreturn and \n unix",
    'Quotes " and \' and <tags> & ]]> and --> and \u2028 separator',
    "Lone surrogate \ud83d here",
    "\ufeff BOM and \u200b zero width",
]


@pytest.mark.parametrize("title", HOSTILE_TITLES)
def test_hostile_strings_export_well_formed(tmp_path: Path, title: str) -> None:
    check_all_exports(tmp_path, title, ["a;b", "c|d", "e\u00a6f", "g\x1fh", "i\rj", 'k"l'])


def test_graphml_keeps_crlf(tmp_path: Path) -> None:
    path = export_graph(hostile_graph("one\r\ntwo\rthree", ["x"]), "graphml", tmp_path / "g.graphml")
    assert "one&#13;\ntwo&#13;three" in path.read_text(encoding="utf-8")
    assert nx.read_graphml(path).nodes["paper:hostile"]["title"] == "one\r\ntwo\rthree"


def test_every_array_delimiter_in_use_falls_back_to_a_free_one(tmp_path: Path) -> None:
    items = [";", "|", "\u00a6", "\x1f", "\ue000"]
    out = export_graph(hostile_graph("t", items), "neo4j-csv", tmp_path / "csv")
    script = (out / "import.sh").read_text(encoding="utf-8")
    assert "'--array-delimiter=\ue001'" in script
    with (out / "nodes_Paper.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    assert dict(zip(rows[0], rows[1]))["categories:string[]"].split("\ue001") == items


def test_nan_is_null_in_every_export(tmp_path: Path) -> None:
    check_all_exports(tmp_path, "t", ["x"], score=float("nan"))
    text = export_graph(hostile_graph("t", ["x"], float("inf")), "cypher", tmp_path / "c.cypher").read_text()
    assert "inf" not in text.casefold() and "nan" not in text.casefold().replace("plain", "")


TEXT = st.text(alphabet=st.characters(codec=None, min_codepoint=0, max_codepoint=0x10FFFF), max_size=15)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(title=TEXT, items=st.lists(TEXT, max_size=4))
@example(title="", items=[";", "|\u00a6"])  # the first three delimiters taken: a control character, quoted whole
def test_any_string_exports_well_formed(tmp_path: Path, title: str, items: list[str]) -> None:
    check_all_exports(tmp_path, title, items)


def test_export_under_a_file_is_a_clean_error(runner: CliRunner, example_store: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "file.txt"
    blocker.write_text("x", encoding="utf-8")
    target = blocker / "graph.json"
    result = runner.invoke(cli, ["export", "--store", str(example_store), "-o", str(target)])
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == (f"Error: cannot write {target}: {blocker} is a file, not a folder\n"
                             "  Give -o a path in an existing folder.\n")
