"""The Neo4j backend: the official ``neo4j`` driver over Bolt (Neo4j itself, or any Bolt server such as ArcadeDB's).

Configuration comes from the arguments, else ``NEO4J_URI``, ``NEO4J_USERNAME``, ``NEO4J_PASSWORD`` and
``NEO4J_DATABASE``. Writes run in managed write transactions (``session.execute_write``, retried by the
driver on transient errors), reads in managed read transactions (``execute_read``, routed to readers in a
cluster). Constraints and indexes are created on first write, where the server supports them.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
from collections.abc import Iterator
from typing import Any

from kg.errors import BackendUnavailable, StoreError
from kg.store.base import GraphStore, NodeValue, PathValue, RelValue
from kg.store.cypher import SHOW_CONSTRAINTS, SHOW_INDEXES, schema_statements

log = logging.getLogger(__name__)


def _why(exc: Exception) -> str:
    """The driver's error in one line: its first line and the reason its last gives.

    Examples:
        >>> _why(OSError("Couldn't connect to h:1 (resolved to ('127.0.0.1:1',)):\\nFailed to establish connection to "
        ...              "x (reason [Errno 111] Connection refused)"))
        "Couldn't connect to h:1 (resolved to ('127.0.0.1:1',)): [Errno 111] Connection refused"
        >>> _why(OSError("Unauthorized"))
        'Unauthorized'
    """
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    if not lines:
        return type(exc).__name__
    reason = re.search(r"\breason (.+?)\)?$", lines[-1]) if len(lines) > 1 else None
    return f"{lines[0].rstrip(':')}: {reason.group(1)}" if reason else lines[0].rstrip(":")

CONNECT_TIMEOUT = 5.0  # seconds to open a connection (driver default 30)
RETRY_TIME = 2.0  # seconds of transaction retries (driver default 30): an unreachable server fails fast
ACQUIRE_TIMEOUT = 10.0  # seconds to get a connection from the pool (driver default 60)

# Server answers to SHOW CONSTRAINTS that mean "this server has no schema commands", not a failure.
NO_SCHEMA_CODES = frozenset({"Neo.ClientError.Statement.SyntaxError",
                             "Neo.ClientError.Statement.FeatureNotImplemented",
                             "Neo.ClientError.Statement.NotSystemDatabaseError"})


def _neo4j() -> Any:
    try:
        import neo4j
    except ImportError as exc:
        raise BackendUnavailable("the Neo4j backend needs the neo4j driver\n"
                                 '  pip install "neo4j>=5.20"') from exc
    return neo4j


class Neo4jStore(GraphStore):
    """A graph in a Neo4j database (or any Bolt server), through the official driver.

    Args:
        uri: ``bolt://`` or ``neo4j://`` URI (``+s``/``+ssc`` for TLS); default ``$NEO4J_URI``.
        user: default ``$NEO4J_USERNAME``, else ``neo4j``.
        password: default ``$NEO4J_PASSWORD``.
        database: default ``$NEO4J_DATABASE``, else the server's default database.
        driver: a caller-owned ``neo4j.Driver`` to use instead of building one (not closed by ``close``).
    """

    def __init__(self, uri: str | None = None, *, user: str | None = None, password: str | None = None,
                 database: str | None = None, driver: Any = None) -> None:
        self.neo4j = _neo4j()
        self.database = database or os.environ.get("NEO4J_DATABASE") or None
        self._owns_driver = driver is None
        self._schema_ready = False
        if driver is None:
            uri = uri or os.environ.get("NEO4J_URI")
            if not uri:
                raise BackendUnavailable("no Neo4j URI given\n  Pass --neo4j bolt://HOST:7687 or set NEO4J_URI "
                                         "(and NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE).")
            auth = (user or os.environ.get("NEO4J_USERNAME") or "neo4j",
                    password if password is not None else os.environ.get("NEO4J_PASSWORD", ""))
            try:
                driver = self.neo4j.GraphDatabase.driver(
                    uri, auth=auth, connection_timeout=CONNECT_TIMEOUT, max_transaction_retry_time=RETRY_TIME,
                    connection_acquisition_timeout=ACQUIRE_TIMEOUT)
            except ValueError as exc:
                raise BackendUnavailable(f"bad Neo4j URI {uri!r}: {exc}\n  Give a URL starting bolt://, "
                                         "bolt+s://, bolt+ssc://, neo4j://, neo4j+s:// or neo4j+ssc://") from exc
        self.uri = uri or "(caller's driver)"
        self.driver = driver

    def _value(self, value: Any) -> Any:
        graph = self.neo4j.graph
        if isinstance(value, graph.Node):
            return NodeValue(tuple(sorted(value.labels)), dict(value))
        if isinstance(value, graph.Relationship):
            return RelValue(value.type, dict(value))
        if isinstance(value, graph.Path):
            rels = tuple(RelValue(r.type, dict(r), r.start_node.element_id == a.element_id)
                         for r, a in zip(value.relationships, value.nodes, strict=False))
            return PathValue(tuple(self._value(n) for n in value.nodes), rels)
        if isinstance(value, list):
            return [self._value(v) for v in value]
        if isinstance(value, dict):
            return {k: self._value(v) for k, v in value.items()}
        return value

    def run(self, cypher: str, params: dict[str, Any] | None = None, *, write: bool = False
            ) -> list[dict[str, Any]]:
        """Run Cypher in a managed read (or ``write``) transaction; rows as dicts.

        Raises:
            BackendUnavailable: the server cannot be reached or refuses the credentials.
            StoreError: the server refuses the statement.
        """
        def work(tx: Any) -> list[dict[str, Any]]:
            return [record.data() for record in tx.run(cypher, params or {})]

        with self._translated_errors(cypher), self.driver.session(database=self.database) as session:
            rows: list[dict[str, Any]] = (session.execute_write(work) if write else session.execute_read(work))
            return rows

    def run_read_only(self, cypher: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        """In an explicit transaction of a read-access session that is always rolled back, never committed:
        a server that ignores the access mode (ArcadeDB's Bolt plugin does) still keeps no write."""
        with self._translated_errors(cypher), self.driver.session(
                database=self.database, default_access_mode=self.neo4j.READ_ACCESS) as session:
            tx = session.begin_transaction()
            try:
                result = tx.run(cypher, params or {})
                return [{k: self._value(v) for k, v in zip(record.keys(), record.values(), strict=True)}
                        for record in result]
            finally:
                tx.rollback()

    @contextlib.contextmanager
    def _translated_errors(self, cypher: str) -> Iterator[None]:
        """The driver's errors as the store's: an unreachable server or bad credentials as BackendUnavailable,
        a failed statement as StoreError naming it."""
        errors = self.neo4j.exceptions
        try:
            yield
        except (errors.ServiceUnavailable, errors.AuthError, errors.SessionExpired) as exc:
            raise BackendUnavailable(f"cannot reach a Bolt server at {self.uri}: {_why(exc)}\n"
                                     "  Check the server runs and the URL (bolt://HOST:7687 or neo4j://HOST:7687), "
                                     "NEO4J_USERNAME and NEO4J_PASSWORD.") from exc
        except errors.Neo4jError as exc:
            raise StoreError(f"query failed on {self.uri}: {exc.code}: {exc.message}\n  query: {cypher[:200]}"
                             ) from exc

    def _existing_schema(self) -> set[str] | None:
        """Names of the constraints and indexes there are, or None when the server has no schema commands."""
        try:
            rows = self.run(SHOW_CONSTRAINTS) + self.run(SHOW_INDEXES)
        except StoreError as exc:
            cause = exc.__cause__
            if isinstance(cause, self.neo4j.exceptions.ClientError) and cause.code in NO_SCHEMA_CODES:
                return None
            raise
        return {str(row.get("name")) for row in rows}

    def ensure_schema(self) -> None:
        """Create the missing constraints and indexes (``schema_statements``), once per store object; a server
        without SHOW CONSTRAINTS gets none, with a warning."""
        if self._schema_ready:
            return
        existing = self._existing_schema()
        if existing is None:
            log.warning("%s has no SHOW CONSTRAINTS: writing without constraints or indexes", self.uri)
        else:
            for name, statement in schema_statements().items():
                if name not in existing:
                    self.run(statement, write=True)
        self._schema_ready = True

    def close(self) -> None:
        """Close the driver, unless the caller gave it."""
        if self._owns_driver and self.driver is not None:
            self.driver.close()
        self.driver = None
