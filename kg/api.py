"""The Python API in one place: build a store, load its graph, export it."""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from kg.export import FORMATS as EXPORT_FORMATS
from kg.errors import KGError
from kg.export import export_graph
from kg.fetch import fetch
from kg.model import Graph
from kg.pipeline import BuildReport, build
from kg.store import open_store

__all__ = ["EXPORT_FORMATS", "BuildReport", "build", "export", "fetch", "load_graph", "load_networkx", "push", "stats"]


def load_graph(store_path: str | Path, labels: Iterable[str] | None = None,
               types: Iterable[str] | None = None) -> Graph:
    """The graph held by the embedded store at ``store_path``: all of it, or the nodes of ``labels`` and
    the edges of ``types`` between them (what one analysis reads, much faster on a large store)."""
    with open_store(store_path) as store:
        return store.read(labels, types)


def load_networkx(store_path: str | Path, labels: Iterable[str] | None = None,
                  types: Iterable[str] | None = None) -> Any:
    """``load_graph`` as a networkx MultiDiGraph (see Graph.to_networkx)."""
    return load_graph(store_path, labels, types).to_networkx()


def stats(store_path: str | Path) -> dict[str, dict[str, int]]:
    """Node counts per label and relationship counts per type."""
    with open_store(store_path) as store:
        return store.counts()


def export(store_path: str | Path, fmt: str, out: str | Path) -> Path | None:
    """Write the stored graph to ``out`` in ``fmt`` (one of EXPORT_FORMATS); ``-`` is standard output
    (then None is returned)."""
    if str(out) != "-":
        return export_graph(load_graph(store_path), fmt, Path(out))
    if fmt == "neo4j-csv":
        raise KGError("neo4j-csv writes a directory of files, not standard output; give -o DIRECTORY")
    graph = load_graph(store_path)
    with tempfile.TemporaryDirectory() as tmp:
        sys.stdout.buffer.write(export_graph(graph, fmt, Path(tmp) / "graph").read_bytes())
    sys.stdout.flush()
    return None


def push(store_path: str | Path, neo4j_uri: str | None = None) -> dict[str, dict[str, int]]:
    """Copy the embedded store at ``store_path`` into Neo4j (MERGE on ids: pushing twice adds nothing).

    Args:
        store_path: the embedded store to read.
        neo4j_uri: the target's Bolt URI; default ``$NEO4J_URI`` (credentials from NEO4J_USERNAME,
            NEO4J_PASSWORD, NEO4J_DATABASE).

    Returns:
        The target's node and relationship counts after the push.
    """
    from kg.store.neo4j_store import Neo4jStore

    graph = load_graph(store_path)
    with Neo4jStore(neo4j_uri) as target:
        target.write(graph)
        return target.counts()
