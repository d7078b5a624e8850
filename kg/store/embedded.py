"""The embedded default store: an ArcadeDB database directory, opened in-process (no server).

A build never writes into the live store: it fills a fresh database beside it and swaps the two
directories only when everything was written, so a failed build leaves the old store as it was.
"""

from __future__ import annotations

import gzip
import json
import os
import shutil
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

from kg.errors import StoreError
from kg.model import Graph
from kg.sources.records import PaperRecord
from kg.store.base import GraphStore
from kg.store.cypher import embedded_schema

os.environ.setdefault("ARCADEDB_LOG_CONSOLE", "0")  # the engine logs INFO lines to stderr otherwise

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
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.db = adb.create_database(str(self.path.absolute()))
            (self.path / MARKER).write_text(json.dumps({"format": FORMAT_VERSION}) + "\n")
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
        QueryNotIdempotentException), inside a transaction that is always rolled back."""
        args = (params,) if params else ()
        try:
            self.db.begin()
            try:
                return list(self.db.query("opencypher", cypher, *args).to_list())
            finally:
                self.db.rollback()
        except Exception as exc:
            if "QueryNotIdempotentException" in str(exc):
                raise StoreError(f"the store refused a statement that writes: {cypher[:200]}\n"
                                 "  kg cypher runs read-only queries; write with kg build.") from exc
            raise StoreError(f"query failed on {self.path}: {exc}\n  query: {cypher[:200]}") from exc

    def ensure_schema(self) -> None:
        for statement in embedded_schema():
            self.db.command("sql", statement)

    def close(self) -> None:
        if getattr(self, "db", None) is not None:
            self.db.close()
            self.db = None


def save_records(path: Path, records: Sequence[PaperRecord]) -> None:
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
