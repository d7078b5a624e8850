"""Exports of a Graph: node-link JSON, GraphML and GEXF."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kg.errors import KGError
from kg.model import Graph


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


FORMATS: dict[str, Callable[[Graph, Path], None]] = {
    "node-link": write_node_link,
    "graphml": write_graphml,
    "gexf": write_gexf,
}


def export_graph(graph: Graph, fmt: str, out: Path) -> Path:
    """Write ``graph`` to ``out`` in ``fmt``; the same graph always gives the same bytes."""
    if fmt not in FORMATS:
        raise KGError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    out.parent.mkdir(parents=True, exist_ok=True)
    FORMATS[fmt](graph, out)
    return out
