"""Exports of a Graph: node-link JSON, GraphML, GEXF, neo4j-admin import CSV files and a replayable Cypher script."""

from __future__ import annotations

import csv
import json
import math
import shlex
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from kg.errors import KGError
from kg.model import Graph, Value


def node_link(graph: Graph) -> dict[str, Any]:
    """networkx node-link data (edges under ``edges``): nodes carry id, label, name and their properties."""
    import networkx as nx

    data: dict[str, Any] = nx.node_link_data(graph.to_networkx(), edges="edges")
    return data


def _flat(graph: Graph) -> Any:
    """A networkx copy whose list properties are JSON strings (GraphML and GEXF hold scalars only)."""
    g = graph.to_networkx()
    for _, attrs in g.nodes(data=True):
        attrs.update({k: json.dumps(v, ensure_ascii=False) for k, v in attrs.items() if isinstance(v, list)})
    for _, _, attrs in g.edges(data=True):
        attrs.update({k: json.dumps(v, ensure_ascii=False) for k, v in attrs.items() if isinstance(v, list)})
    return g


def write_node_link(graph: Graph, out: Path) -> None:
    out.write_text(json.dumps(node_link(graph), indent=1, ensure_ascii=False, sort_keys=True) + "\n",
                   encoding="utf-8")


def write_graphml(graph: Graph, out: Path) -> None:
    import networkx as nx

    nx.write_graphml(_flat(graph), out)


def write_gexf(graph: Graph, out: Path) -> None:
    import networkx as nx

    nx.write_gexf(_flat(graph), out)


ARRAY_DELIMITERS = (";", "|", "\u00a6", "\u001f")
CSV_TYPES = {bool: "boolean", int: "long", float: "double", str: "string"}


def _column_type(values: Iterable[Value]) -> str:
    """The neo4j-admin type of a column: ``long``, ``double``, ``boolean``, ``string`` or one of them + ``[]``."""
    kinds: set[type] = set()
    lists: set[bool] = set()
    for v in values:
        if isinstance(v, list):
            lists.add(True)
            kinds.update(type(x) for x in v)
        elif v is not None:
            lists.add(False)
            kinds.add(type(v))
    if kinds == {int, float}:
        kinds = {float}
    base = CSV_TYPES[kinds.pop()] if len(kinds) == 1 else "string"
    return base + "[]" if lists == {True} else base


def _csv_value(value: Value, kind: str, delimiter: str) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return delimiter.join(_csv_value(v, kind.removesuffix("[]"), delimiter) for v in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _write_csv(path: Path, header: list[str], rows: list[list[str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)


def write_neo4j_csv(graph: Graph, out: Path) -> None:
    """Write ``out/`` as ``neo4j-admin database import full`` reads it, plus ``import.sh`` with the command.

    One ``nodes_<Label>.csv`` per label (``id:ID`` also stored as the ``id`` property, ``:LABEL``, typed
    property columns) and one ``relationships_<TYPE>.csv`` per type (``:START_ID``, ``:END_ID``, ``:TYPE``).
    List properties are joined with the first of ``; | ¦ \\x1f`` that no list item contains; ``import.sh``
    passes it as ``--array-delimiter``.
    """
    items = [x for n in graph.nodes.values() for v in n.props.values() if isinstance(v, list) for x in v]
    items += [x for e in graph.edges.values() for v in e.props.values() if isinstance(v, list) for x in v]
    delimiter = next((d for d in ARRAY_DELIMITERS if not any(d in str(x) for x in items)), None)
    if delimiter is None:
        raise KGError("no array delimiter is free: list values contain ; | \u00a6 and \\x1f")
    out.mkdir(parents=True, exist_ok=True)
    args = ["neo4j-admin", "database", "import", "full", f"--array-delimiter={delimiter}",
            "--multiline-fields=true", "--overwrite-destination"]
    for label in sorted({n.label for n in graph.nodes.values()}):
        nodes = sorted((n for n in graph.nodes.values() if n.label == label), key=lambda n: n.id)
        keys = sorted({k for n in nodes for k, v in n.props.items() if v is not None} - {"id"})
        kinds = [_column_type(n.props.get(k) for n in nodes) for k in keys]
        _write_csv(out / f"nodes_{label}.csv", ["id:ID", ":LABEL"] + [f"{k}:{t}" for k, t in zip(keys, kinds)],
                   [[n.id, label] + [_csv_value(n.props.get(k), t, delimiter) for k, t in zip(keys, kinds)]
                    for n in nodes])
        args.append(f"--nodes=nodes_{label}.csv")
    for rel in sorted({e.type for e in graph.edges.values()}):
        edges = sorted((e for e in graph.edges.values() if e.type == rel), key=lambda e: e.key)
        keys = sorted({k for e in edges for k, v in e.props.items() if v is not None})
        kinds = [_column_type(e.props.get(k) for e in edges) for k in keys]
        _write_csv(out / f"relationships_{rel}.csv",
                   [":START_ID", ":END_ID", ":TYPE"] + [f"{k}:{t}" for k, t in zip(keys, kinds)],
                   [[e.source, e.target, rel] + [_csv_value(e.props.get(k), t, delimiter) for k, t in zip(keys, kinds)]
                    for e in edges])
        args.append(f"--relationships=relationships_{rel}.csv")
    script = ("#!/bin/sh\n# Load into a stopped, empty database (default: neo4j).\n"
              'cd "$(dirname "$0")"\n')
    (out / "import.sh").write_text(script + shlex.join(args) + ' "${1:-neo4j}"\n', encoding="utf-8")


def cypher_literal(value: Any) -> str:
    r"""A Cypher literal for a property value or row: strings single-quoted with every quote, backslash and
    non-printable character escaped, so a statement is one line and no value can end the string.

    Examples:
        >>> print(cypher_literal({"t": "it's\nx", "n": [1, 2.5, True]}))
        {`t`: 'it\'s\u000ax', `n`: [1, 2.5, true]}
    """
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise KGError(f"{value} has no Cypher literal")
        return repr(value)
    if isinstance(value, str):
        return "'" + "".join(_escape(ch) for ch in value) + "'"
    if isinstance(value, list):
        return "[" + ", ".join(cypher_literal(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"`{str(k).replace('`', '``')}`: {cypher_literal(v)}" for k, v in value.items()) + "}"
    raise KGError(f"{value!r} has no Cypher literal")


def _escape(ch: str) -> str:
    if ch in "\\'\"":
        return "\\" + ch
    if ch.isprintable():
        return ch
    return f"\\u{ord(ch):04x}" if ord(ch) <= 0xFFFF else f"\\U{ord(ch):08x}"


SCRIPT_BATCH = 500


def cypher_script(graph: Graph) -> Iterable[str]:
    """One-line statements that rebuild ``graph``: schema first, then the store's own UNWIND MERGE statements
    with ``$rows`` replaced by a literal list (values escaped by ``cypher_literal``, never spliced raw)."""
    from kg.store.cypher import batches, schema_statements, write_plan

    yield from schema_statements().values()
    for step in write_plan(graph):
        for chunk in batches(step.rows, SCRIPT_BATCH):
            yield step.statement(cypher_literal(chunk))


def write_cypher(graph: Graph, out: Path) -> None:
    """A script for ``cypher-shell -f FILE``: one statement per line, each ending in ``;``."""
    with out.open("w", encoding="utf-8", newline="\n") as handle:
        handle.write("// paper-kg graph: replay with cypher-shell -f FILE (MERGE on ids: twice adds nothing)\n")
        for statement in cypher_script(graph):
            handle.write(statement + ";\n")


FORMATS: dict[str, Callable[[Graph, Path], None]] = {
    "node-link": write_node_link,
    "graphml": write_graphml,
    "gexf": write_gexf,
    "neo4j-csv": write_neo4j_csv,
    "cypher": write_cypher,
}


def export_graph(graph: Graph, fmt: str, out: Path) -> Path:
    """Write ``graph`` to ``out`` in ``fmt``; the same graph always gives the same bytes."""
    if fmt not in FORMATS:
        raise KGError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    if (fmt == "neo4j-csv") == out.is_file() and out.exists():
        want = "a directory" if fmt == "neo4j-csv" else "a file"
        raise KGError(f"{out} exists and is not {want}; {fmt} writes {want}")
    out.parent.mkdir(parents=True, exist_ok=True)
    FORMATS[fmt](graph, out)
    return out
