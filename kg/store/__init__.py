"""Stores: one GraphStore interface, an embedded ArcadeDB default and Neo4j (or any Bolt server) over Bolt."""

from __future__ import annotations

from pathlib import Path

from kg.errors import StoreError
from kg.store.base import GraphStore
from kg.store.embedded import EmbeddedStore, replace_store

__all__ = ["SCHEMES", "EmbeddedStore", "GraphStore", "open_store", "replace_store"]

BOLT_SCHEMES: tuple[str, ...] = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")
SCHEMES: tuple[str, ...] = ("file", *BOLT_SCHEMES)  # what --store accepts besides a plain directory path


def open_store(url: str | Path) -> GraphStore:
    """Open the store ``url`` names: a directory path (or ``file://`` path) of an embedded store that
    `kg build` made, or a ``bolt://``/``neo4j://`` (``+s``, ``+ssc``) URL of Neo4j or another Bolt server.

    Bolt credentials and database come from NEO4J_USERNAME, NEO4J_PASSWORD and NEO4J_DATABASE.

    Examples:
        >>> open_store("http://localhost:7474")
        Traceback (most recent call last):
        ...
        kg.errors.StoreError: --store 'http://localhost:7474': unknown scheme 'http'
          Give a store directory, or a URL starting file://, bolt://, bolt+s://, bolt+ssc://, neo4j://, neo4j+s://, neo4j+ssc://

    Raises:
        StoreError: no store at the path, or a URL scheme not in SCHEMES.
        BackendUnavailable: the Bolt server cannot be reached (fails within seconds, no retries).
    """
    text = str(url)
    scheme, sep, rest = text.partition("://")
    if not sep:
        return EmbeddedStore(Path(text))
    scheme = scheme.lower()
    if scheme == "file":
        return EmbeddedStore(Path(rest))
    if scheme in BOLT_SCHEMES:
        from kg.store.neo4j_store import Neo4jStore

        return Neo4jStore(text)
    raise StoreError(f"--store {text!r}: unknown scheme {scheme!r}\n"
                     f"  Give a store directory, or a URL starting {', '.join(s + '://' for s in SCHEMES)}")
