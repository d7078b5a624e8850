"""A graph from a JSON Lines corpus whose records name their models, for measuring lineage inference.

Each record may hold ``introduces``, ``uses``, ``compares_with`` and ``mentions`` lists of model names.
The papers, authors and topics come from the normal reader and resolver; the model edges come from those
lists instead of the extractor, so lineage inference is measured apart from extraction.
"""

from __future__ import annotations

import json
from pathlib import Path

from kg.errors import SourceError
from kg.model import COMPARES_WITH, INTRODUCES, MENTIONS, MODEL, USES, Edge, Graph, Node, node_id

ANNOTATION_KEYS = {"introduces": INTRODUCES, "uses": USES, "compares_with": COMPARES_WITH,
                   "mentions": MENTIONS}


def annotated_graph(path: str | Path) -> Graph:
    """The graph of the JSON Lines corpus at ``path``, with Model nodes and edges from its annotations."""
    from kg.resolve import resolve
    from kg.sources import read_records

    records = list(read_records(path, "jsonl"))
    graph = resolve(records)
    by_source: dict[str, str] = {}
    for paper in graph.nodes.values():
        sources = paper.props.get("sources")
        for where in sources if isinstance(sources, list) else []:
            by_source[str(where)] = paper.id
    for rec in records:
        pid = by_source[rec.where]
        for key, rel in ANNOTATION_KEYS.items():
            for name in rec.extra.get(key) or []:
                mid = node_id(MODEL, name)
                graph.add_node(Node(mid, MODEL, {"name": name}))
                if (pid, INTRODUCES, mid) not in graph.edges:
                    graph.add_edge(Edge(pid, rel, mid))
    return graph


def read_pairs(path: str | Path) -> list[tuple[str, str]]:
    """The labelled (later, earlier) model-name pairs of a JSON Lines file of ``{"later", "earlier"}``."""
    pairs = []
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
            pairs.append((str(obj["later"]), str(obj["earlier"])))
        except (ValueError, KeyError, TypeError) as exc:
            raise SourceError(str(path), number, f"bad lineage pair: {exc}",
                              'Each line must be {"later": NAME, "earlier": NAME}.') from exc
    return pairs
