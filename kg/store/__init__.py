"""Stores: one GraphStore interface, an embedded ArcadeDB default and Neo4j over Bolt."""

from __future__ import annotations

from pathlib import Path

from kg.store.base import GraphStore
from kg.store.embedded import EmbeddedStore, replace_store

__all__ = ["EmbeddedStore", "GraphStore", "open_store", "replace_store"]


def open_store(path: str | Path, neo4j: str | None = None) -> GraphStore:
    """Open the embedded store at ``path`` (it must exist: `kg build` makes it), or Neo4j at the URI ``neo4j``.

    Neo4j credentials and database come from NEO4J_USERNAME, NEO4J_PASSWORD and NEO4J_DATABASE.
    """
    if neo4j:
        from kg.store.neo4j_store import Neo4jStore

        return Neo4jStore(neo4j)
    return EmbeddedStore(path)
