"""The embedded default store: an ArcadeDB database directory, opened in-process (no server).

A build never writes into the live store: it fills a fresh database beside it and swaps the two
directories only when everything was written, so a failed build leaves the old store as it was.
"""

from __future__ import annotations

import gzip
import json
import os
import re
import shutil
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

from kg.errors import StoreError
from kg.model import REL_TYPES, Graph
from kg.sources.records import PaperRecord
from kg.store.base import GraphStore, NodeValue, PathValue, RelValue
from kg.store.cypher import embedded_schema

os.environ.setdefault("ARCADEDB_LOG_CONSOLE", "0")  # the engine logs INFO lines to stderr otherwise

# A path as the engine prints it: record ids, relationships in brackets, arrows giving their direction.
PATH = re.compile(r"\(#\d+:\d+\)(?:(?:-\[#\d+:\d+\]->|<-\[#\d+:\d+\]-)\(#\d+:\d+\))*")
PATH_STEP = re.compile(r"[(\[](#\d+:\d+)[)\]]")

MARKER = "kg-store.json"
RECORDS = "records.jsonl.gz"
FORMAT_VERSION = 1


def _arcadedb() -> Any:
    import arcadedb

    return arcadedb


class EmbeddedStore(GraphStore):
    """An ArcadeDB database directory holding the graph; Cypher runs in-process."""

    def __init__(self, path: str | Path, *, create: bool = False) -> None:
        # absolute for the engine: it resolves relative paths against the start-up directory, not the cwd
        self.path = Path(path)
        adb = _arcadedb()
        if create:
            if self.path.exists():
                raise StoreError(f"{self.path} exists already; a new store needs a fresh directory")
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                self.db = adb.create_database(str(self.path.absolute()))
                (self.path / MARKER).write_text(json.dumps({"format": FORMAT_VERSION}) + "\n")
            except Exception as exc:  # OSError, or the engine's own error types
                reason = exc.strerror if isinstance(exc, OSError) else str(exc).rpartition("Exception: ")[2]
                raise StoreError(f"cannot create a store in {self.path.parent}: {reason}\n"
                                 "  Give --store a path in a folder you can write to.") from exc
        else:
            check_store_dir(self.path)
            try:
                self.db = adb.open_database(str(self.path.absolute()))
            except Exception as exc:  # the engine raises its own error types
                if "LockException" in str(exc):
                    raise StoreError(f"the store {self.path} is open in another process (a build or query still "
                                     "running?); wait for it to finish, or use another --store") from exc
                raise StoreError(f"cannot open the store {self.path}: {exc}") from exc

    def run(self, cypher: str, params: dict[str, Any] | None = None, *, write: bool = False
            ) -> list[dict[str, Any]]:
        """Run Cypher in-process (``write``: in a transaction); rows as dicts.

        Raises:
            StoreError: the engine refuses the statement.
        """
        args = (params,) if params else ()
        try:
            if write:
                with self.db.transaction():
                    result = self.db.command("opencypher", cypher, *args)
                    return result.to_list() if result is not None else []
            return list(self.db.query("opencypher", cypher, *args).to_list())
        except Exception as exc:
            raise StoreError(f"query failed on {self.path}: {exc}\n  query: {cypher[:200]}") from exc

    def run_read_only(self, cypher: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        """Through ``Database.query``, which refuses any statement that is not idempotent (the engine's
        QueryNotIdempotentException), inside a transaction that is always rolled back. Elements come back as
        maps with ``@rid`` and ``@type`` and a path as its record ids (``(#1:0)-[#9:0]->(#2:0)``, every arrow
        printed ``->``): they become NodeValue, RelValue and PathValue, the ids looked up and dropped."""
        args = (params,) if params else ()
        try:
            self.db.begin()
            try:
                rows = list(self.db.query("opencypher", cypher, *args).to_list())
                return [{k: self._value(v) for k, v in row.items()} for row in rows]
            finally:
                self.db.rollback()
        except Exception as exc:
            if "QueryNotIdempotentException" in str(exc):
                raise StoreError(f"the store refused a statement that writes: {cypher[:200]}\n"
                                 "  kg cypher runs read-only queries; write with kg build.") from exc
            raise StoreError(f"query failed on {self.path}: {exc}\n  query: {cypher[:200]}") from exc

    def _value(self, value: Any) -> Any:
        if isinstance(value, list):
            return [self._value(v) for v in value]
        if isinstance(value, dict) and "@rid" in value and "@type" in value:
            return self._element(str(value["@type"]), {k: v for k, v in value.items() if not k.startswith("@")})
        if isinstance(value, dict):
            return {k: self._value(v) for k, v in value.items()}
        if isinstance(value, str) and PATH.fullmatch(value):
            return self._path(value)
        return value

    @staticmethod
    def _element(kind: str, props: dict[str, Any]) -> NodeValue | RelValue:
        return RelValue(kind, props) if kind in REL_TYPES else NodeValue((kind,), props)

    def _path(self, text: str) -> PathValue:
        nodes: list[NodeValue] = []
        rels: list[RelValue] = []
        previous = ""
        for rid in PATH_STEP.findall(text):
            record = self.db.lookup_by_rid(rid)
            kind, props = record.get_type_name(), record.to_dict()
            if kind in REL_TYPES:  # the engine prints every arrow as ->: the edge's own ends give the direction
                rels.append(RelValue(kind, props, str(record.get_out().get_rid()) == previous))
            else:
                nodes.append(NodeValue((kind,), props))
                previous = rid
        return PathValue(tuple(nodes), tuple(rels))

    def ensure_schema(self) -> None:
        """Create the vertex and edge types and indexes (``kg.store.cypher.embedded_schema``); idempotent."""
        for statement in embedded_schema():
            self.db.command("sql", statement)

    def close(self) -> None:
        """Close the database (releases its lock for other processes)."""
        if getattr(self, "db", None) is not None:
            self.db.close()
            self.db = None


def save_records(path: Path, records: Sequence[PaperRecord]) -> None:
    """Keep ``records`` beside the database at ``path`` (gzipped JSON Lines) for a later ``kg build --add``."""
    with gzip.open(path / RECORDS, "wt", encoding="utf-8") as out:
        for rec in records:
            out.write(json.dumps(asdict(rec), ensure_ascii=False, sort_keys=True) + "\n")


def load_records(path: str | Path) -> list[PaperRecord]:
    """The source records a store was built from (empty for a store built without them)."""
    path = Path(path)
    check_store_dir(path)
    if not (path / RECORDS).is_file():
        return []
    with gzip.open(path / RECORDS, "rt", encoding="utf-8") as handle:
        return [PaperRecord(**json.loads(line)) for line in handle]


def check_store_dir(path: Path) -> None:
    """Refuse a path that is not a paper-kg store, with what to do instead."""
    if not path.exists():
        raise StoreError(f"no store at {path}\n  Build one first: kg build LISTING... --store {path}")
    if not (path / MARKER).is_file():
        raise StoreError(f"{path} is not a paper-kg store (no {MARKER} in it)\n"
                         "  Point --store (or KG_STORE) at a directory that `kg build` made.")


def replace_store(path: str | Path, graph: Graph, records: Sequence[PaperRecord] = ()) -> None:
    """Write ``graph`` into a fresh store and swap it in for ``path`` only once it is complete.

    ``records`` (the source records the graph was built from) are kept beside the database so that a
    later ``kg build --add`` can rebuild from them plus new sources.
    """
    path = Path(path)
    if path.exists():
        check_store_dir(path)
    building = path.with_name(f".{path.name}.building")
    retired = path.with_name(f".{path.name}.old")
    for leftover in (building, retired):
        if leftover.exists():
            shutil.rmtree(leftover)
    try:
        with EmbeddedStore(building, create=True) as store:
            store.write(graph)
        save_records(building, records)
    except BaseException:
        shutil.rmtree(building, ignore_errors=True)
        raise
    if path.exists():
        path.rename(retired)
    building.rename(path)
    shutil.rmtree(retired, ignore_errors=True)
