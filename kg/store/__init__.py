"""Stores: one GraphStore interface, an embedded ArcadeDB default and Neo4j over Bolt."""

from __future__ import annotations

from pathlib import Path

from kg.store.base import GraphStore
from kg.store.embedded import EmbeddedStore, replace_store

__all__ = ["EmbeddedStore", "GraphStore", "open_store", "replace_store"]


def open_store(path: str | Path) -> GraphStore:
    """Open the embedded store at ``path`` (it must exist: `kg build` makes it)."""
    return EmbeddedStore(path)
