"""The write and read statements every backend runs; labels and types come only from kg.model constants."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from typing import Any

from kg.model import AUTHOR, DATASET, HARDWARE, LABELS, MODEL, ORG, PAPER, SCHEMA, TOPIC, Graph, Value

BATCH_ROWS = 5000
# String properties indexed besides the unique ``id``: what the named queries look nodes up by.
INDEXED: dict[str, tuple[str, ...]] = {AUTHOR: ("name",), MODEL: ("name",), DATASET: ("name",), HARDWARE: ("name",),
                                       ORG: ("name",), TOPIC: ("name",), PAPER: ("title",)}


def _checked(name: str, allowed: tuple[str, ...] | dict[str, Any]) -> str:
    if name not in allowed:
        raise ValueError(f"{name!r} is not in the schema")
    return f"`{name}`"


def upsert_nodes(label: str) -> str:
    return f"UNWIND $rows AS row MERGE (n:{_checked(label, LABELS)} {{id: row.id}}) SET n += row.props"


def upsert_edges(rel_type: str, source_label: str, target_label: str) -> str:
    return (f"UNWIND $rows AS row "
            f"MATCH (a:{_checked(source_label, LABELS)} {{id: row.source}}) "
            f"MATCH (b:{_checked(target_label, LABELS)} {{id: row.target}}) "
            f"MERGE (a)-[r:{_checked(rel_type, SCHEMA)}]->(b) SET r += row.props")


READ_NODES = "MATCH (n) RETURN labels(n) AS labels, properties(n) AS props"
READ_EDGES = ("MATCH (a)-[r]->(b) RETURN a.id AS source, type(r) AS type, b.id AS target, "
              "properties(r) AS props")


def read_nodes(label: str) -> str:
    return f"MATCH (n:{_checked(label, LABELS)}) RETURN properties(n) AS props"


def read_edges(rel_type: str) -> str:
    return (f"MATCH (a)-[r:{_checked(rel_type, SCHEMA)}]->(b) "
            f"RETURN a.id AS source, b.id AS target, properties(r) AS props")


COUNT_LABELS = "MATCH (n) RETURN labels(n) AS labels, count(*) AS count"
COUNT_TYPES = "MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS count"


def clean_props(props: dict[str, Value]) -> dict[str, Value]:
    """``props`` without the unset values (None and empty lists), which no store holds."""
    return {k: v for k, v in props.items() if v is not None and v != []}


def batches(rows: list[dict[str, Any]], size: int = BATCH_ROWS) -> Iterator[list[dict[str, Any]]]:
    for start in range(0, len(rows), size):
        yield rows[start:start + size]


def write_plan(graph: Graph) -> Iterator[tuple[str, list[dict[str, Any]]]]:
    """(statement, rows) pairs that write ``graph``: nodes by label, then edges by type and end labels."""
    by_label: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for node in sorted(graph.nodes.values(), key=lambda n: n.id):
        by_label[node.label].append({"id": node.id, "props": {**clean_props(node.props), "id": node.id}})
    for label in sorted(by_label):
        for rows in batches(by_label[label]):
            yield upsert_nodes(label), rows
    by_shape: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    for edge in sorted(graph.edges.values(), key=lambda e: e.key):
        shape = (edge.type, graph.nodes[edge.source].label, graph.nodes[edge.target].label)
        by_shape[shape].append({"source": edge.source, "target": edge.target, "props": clean_props(edge.props)})
    for shape in sorted(by_shape):
        for rows in batches(by_shape[shape]):
            yield upsert_edges(*shape), rows
