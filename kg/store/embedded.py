"""The embedded default store: a directory holding ArcadeDB databases, opened in-process (no server).

Layout of a store directory ``STORE`` (format 2)::

    STORE/kg-store.json      the pointer: {"format": 2, "database": "db-...", "files": {...}}
    STORE/build.lock         flock(2) held by the one build writing this store
    STORE/db-<stamp>/        the active ArcadeDB database, records.jsonl.gz (its source records) and
                             extractions.jsonl.gz (kg.extract.cache: what the extractor found per paper)

A build never writes into the active database: under the lock it fills a fresh ``db-*`` directory,
fsyncs it, writes the new pointer to a temporary file, fsyncs it and ``os.replace``s it over the old one
(one atomic rename), then deletes the old database. A kill at any moment leaves a pointer naming a
complete database: the old one or the new one. Whatever a killed build left behind is deleted by the next
command that can take the lock. ``STORE`` itself is never renamed or replaced, so it may be a symlink.
Format 1 stores (the database files directly in ``STORE``) are still read, and rebuilt as format 2.
"""

from __future__ import annotations

import contextlib
import fcntl
import gzip
import io
import json
import os
import re
import shutil
import signal
import time
import zlib
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.errors import StoreError, StoreFormatError
from kg.model import LABELS, PAPER, REL_TYPES, SUMMARY, Graph, Node
from kg.store.base import GraphStore, NodeValue, PathValue, RelValue
from kg.store.cypher import COUNT_STUBS, clean_props, embedded_schema

if TYPE_CHECKING:  # the readers of every format: a lookup never loads them
    from kg.sources.records import PaperRecord

os.environ.setdefault("ARCADEDB_LOG_CONSOLE", "0")  # the engine logs INFO lines to stderr otherwise

# A path as the engine prints it: record ids, relationships in brackets, arrows giving their direction.
PATH = re.compile(r"\(#\d+:\d+\)(?:(?:-\[#\d+:\d+\]->|<-\[#\d+:\d+\]-)\(#\d+:\d+\))*")
PATH_STEP = re.compile(r"[(\[](#\d+:\d+)[)\]]")

MARKER = "kg-store.json"  # the pointer file
LOCK = "build.lock"
RECORDS = "records.jsonl.gz"
SCHEMA_FILE = "schema.json"  # ArcadeDB's own schema file inside a database directory
DATABASE_PREFIX = "db-"
FORMAT_VERSION = 2
READABLE_FORMATS = (1, 2)
# Database files whose presence and size the pointer records: the data itself (buckets, indexes, dictionary).
DATA_SUFFIXES = (".bucket", ".umtidx", ".numtidx", ".dict")
# rows per engine transaction in bulk_write: at 2,000 (not 20,000) the write of a 20,000-paper graph peaked 70 MB
# lower in no more CPU time (the rows of a chunk, their JSON text and the engine's copy of them are held at once)
BULK_COMMIT_EVERY = 2_000
BULK_CHUNK = BULK_COMMIT_EVERY  # rows handed to the engine per call in bulk_write (their dicts and JSON text: held at once)
# Only tests set this variable: the build kills its own process (SIGKILL) when it reaches the named step.
KILL_AT_ENV = "KG_TEST_KILL_AT"
BUILD_STEPS = ("locked", "cleaned", "writing", "database-written", "records-written", "pointer-written",
               "pointer-replaced", "old-removed")


def _arcadedb() -> Any:
    import arcadedb

    return arcadedb


ENGINE_ARGS = "ARCADEDB_NATIVE_ISOLATE_ARGS"  # the arcadedb binding's options for the engine it starts
ENGINE_HEAP_ARGS = ("-Xmx", "-XX:MaximumHeapSizePercent=", "-XX:MaxRAM=")  # options that set the engine's heap
WAITING = "waiting for the collaboration and namesake summaries"  # the write's step while ``late`` makes them
BUILD_HEAP = "512m"  # ``kg build``'s engine heap: the write commits every few thousand rows, no more is needed


def limit_engine_heap(heap: str = BUILD_HEAP) -> None:
    """Have the embedded engine this process starts (at its first database call) use at most ``heap`` of heap
    (``-Xmx``), unless ARCADEDB_NATIVE_ISOLATE_ARGS sets the heap already; once started, the engine keeps its
    heap. Without it the binding lets the heap grow to half the machine's memory, and it grows: a 100,000-paper
    build's write took 300 MB more at the binding's default than with 300m, in the same time
    (docs/measurements.md, Build). For a process that only builds (``kg build``): a query that sorts or
    collects much in the engine needs a larger heap ("Query heap budget exceeded").
    """
    args = os.environ.get(ENGINE_ARGS, "").split()
    if not any(a.startswith(ENGINE_HEAP_ARGS) for a in args):
        os.environ[ENGINE_ARGS] = " ".join([*args, f"-Xmx{heap}"])


@contextlib.contextmanager
def _numpy_left_out() -> Iterator[None]:
    """Inside, arcadedb's optional ``import numpy`` finds none (unless something loaded numpy already): a store
    opened to be read never passes numpy arrays, and numpy is about a fifth of a lookup's start-up
    (``python -X importtime -m kg lineage X``); the build (``create``) keeps numpy's bulk column path."""
    import sys

    if "numpy" in sys.modules:
        yield
        return
    sys.modules["numpy"] = None  # type: ignore[assignment]  # an import of it raises ImportError
    try:
        yield
    finally:
        del sys.modules["numpy"]


def _reached(step: str) -> None:
    """A named step of a build; a test may kill the process here (see KILL_AT_ENV)."""
    if os.environ.get(KILL_AT_ENV) == step:
        os.kill(os.getpid(), signal.SIGKILL)


def _rebuild_hint(path: Path) -> str:
    return f"  Rebuild it from your sources: kg build SOURCES... --store {path}"


class EmbeddedStore(GraphStore):
    """An ArcadeDB database inside a store directory; Cypher runs in-process.

    Args:
        path: the store directory (it may be a symlink).
        create: make a new store at ``path`` (which must not exist, or be an empty directory).

    Raises:
        StoreError: ``path`` is not a store, is damaged (naming the part), or is open in another process.
    """

    def __init__(self, path: str | Path, *, create: bool = False) -> None:
        self.path = Path(path)
        self._wrote = False
        if create:
            adb = _arcadedb()
            if self.path.exists() and (not self.path.is_dir() or any(self.path.iterdir())):
                raise StoreError(f"{self.path} exists already; a new store needs a fresh directory")
            try:
                self.path.mkdir(parents=True, exist_ok=True)
                self.database = new_database_dir(self.path)
                # absolute for the engine: it resolves relative paths against the start-up directory, not the cwd
                self.db = adb.create_database(str(self.database.absolute()))
            except Exception as exc:  # OSError, or the engine's own error types
                reason = exc.strerror if isinstance(exc, OSError) else str(exc).rpartition("Exception: ")[2]
                raise StoreError(f"cannot create a store in {self.path.parent}: {reason}\n"
                                 "  Give --store a path in a folder you can write to.") from exc
            write_pointer(self.path, self.database)
            return
        self.database = active_database(self.path)
        try:
            with _numpy_left_out():
                self.db = _arcadedb().open_database(str(self.database.absolute()))
        except Exception as exc:  # the engine raises its own error types
            if "LockException" in str(exc):
                raise StoreError(f"the store {self.path} is open in another process (a build or query still "
                                 "running?); wait for it to finish, or use another --store") from exc
            raise StoreError(f"cannot open the store {self.path} (database {self.database.name}): {exc}\n"
                             + _rebuild_hint(self.path)) from exc
        clean_leftovers(self.path, wait=False)

    def run(self, cypher: str, params: dict[str, Any] | None = None, *, write: bool = False
            ) -> list[dict[str, Any]]:
        """Run Cypher in-process (``write``: in a transaction); rows as dicts.

        Raises:
            StoreError: the engine refuses the statement.
        """
        args = (params,) if params else ()
        try:
            if write:
                self._wrote = True
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

    def counts(self) -> dict[str, dict[str, int]]:
        """Node counts per label and relationship counts per type (those above zero), sorted by name.

        Read from the engine's per-type record counts (SQL ``count(*)`` on a type, no scan of the rows):
        9 ms on a 20,000-paper store against 300 ms for the Cypher scan of GraphStore.counts.
        """
        def count(name: str) -> int:
            try:
                return int(self.db.query("sql", f"SELECT count(*) AS c FROM `{name}`").to_list()[0]["c"])
            except Exception as exc:  # the engine raises its own error types
                if "not found" in str(exc).lower() or "not exist" in str(exc).lower():
                    return 0  # a store written before the type existed
                raise StoreError(f"cannot count {name} in the store {self.path}: {exc}\n"
                                 + _rebuild_hint(self.path)) from exc

        nodes = {label: n for label in sorted(LABELS) if (n := count(label))}
        relationships = {rel: n for rel in sorted(REL_TYPES) if (n := count(rel))}
        stubs = sum(int(row["count"]) for row in self.run(COUNT_STUBS)) if nodes.get(PAPER) else 0
        if stubs:  # papers only cited are counted apart (GraphStore.counts)
            nodes[PAPER] -= stubs
        counts = {"nodes": nodes, "relationships": relationships}
        return {**counts, "stubs": {PAPER: stubs}} if stubs else counts

    def ensure_schema(self) -> None:
        """Create the vertex and edge types and indexes (``kg.store.cypher.embedded_schema``); idempotent."""
        self._wrote = True
        for statement in embedded_schema():
            self.db.command("sql", statement)

    def bulk_write(self, graph: Graph, progress: Callable[..., None] | None = None,
                   digest: str | Path | None = None, late: Callable[[], list[Node]] | None = None) -> None:
        """Write ``graph`` into this store's fresh, empty database with ArcadeDB's batch graph API.

        The same nodes, edges and properties as ``write`` (what `kg push` runs on Neo4j), without one
        Cypher MERGE per row: vertices go in per label in id order, edges per type in key order, then the
        Summary vertices (they have no edges) in id order, with those ``late()`` gives, called once the rest
        is written (the build's summaries, made meanwhile in another process); each in engine-side batches of
        BULK_COMMIT_EVERY rows. Each row is encoded once (``kg.store.delta.node_row``, ``edge_row``), in a
        thread a few chunks ahead of the engine: that text goes to the engine, and its hash into the file
        ``digest`` (``kg.store.delta``), when given. Only
        for a database no one else has open. ``progress("write", rows done, rows in all)`` is called after
        each chunk, with a fourth argument while waiting for ``late``.
        """
        from kg.store.delta import DigestFile, edge_row, node_row, row_hash

        self.ensure_schema()
        total, done = len(graph.nodes) + len(graph.edges), 0
        if progress:
            progress("write", 0, total)
        rids: dict[str, str] = {}
        # no WAL: the database is new, seen by no one, fsynced whole before the pointer names it, and
        # deleted if the build fails
        batch = self.db.graph_batch(commit_every=BULK_COMMIT_EVERY, batch_size=BULK_COMMIT_EVERY, use_wal=False)
        hashes = DigestFile(digest) if digest is not None else None
        try:
            by_label: dict[str, list[Any]] = {}
            for node in graph.nodes.values():
                by_label.setdefault(node.label, []).append(node)
            summaries = by_label.pop(SUMMARY, [])

            def encoded(label: str, nodes: list[Node]) -> tuple[list[bytes], list[list[str]]]:
                rows = [node_row(n) for n in nodes]
                return rows, [[n.id, label, row_hash(label, row)] for n, row in zip(nodes, rows)] if hashes else []

            def chunks() -> Iterator[tuple[bool, str, list[Any], list[bytes], list[list[str]]]]:
                """(vertices?, label or type, nodes or edges, their rows, their digest rows) of each chunk in
                write order, but the Summary vertices"""
                for label in sorted(by_label):
                    nodes = sorted(by_label.pop(label), key=lambda n: n.id)
                    for start in range(0, len(nodes), BULK_CHUNK):
                        chunk = nodes[start:start + BULK_CHUNK]
                        yield True, label, chunk, *encoded(label, chunk)
                by_type: dict[str, list[Any]] = {}  # each type's keys (source, type, target), sorted as they are
                for key in graph.edges:
                    by_type.setdefault(key[1], []).append(key)
                for rel in sorted(by_type):
                    keys = sorted(by_type.pop(rel))
                    for start in range(0, len(keys), BULK_CHUNK):
                        edges = [graph.edges[key] for key in keys[start:start + BULK_CHUNK]]
                        rows = [edge_row(e) for e in edges]
                        yield False, rel, edges, rows, [[*e.key, row_hash(rel, row)] for e, row in zip(edges, rows)] \
                            if hashes else []

            def write(vertices: bool, kind: str, chunk: list[Any], rows: list[bytes],
                      digest_rows: list[list[str]]) -> None:
                nonlocal done
                if vertices:
                    made = _batch_op(batch, "create_vertices", b'{"type":%s,"rows":[%s]}' % (
                        json.dumps(kind).encode("ascii"), b",".join(rows)))["rids"]
                    rids.update(zip((n.id for n in chunk), made))
                else:
                    ends = [rids[e.source] for e in chunk], [rids[e.target] for e in chunk]
                    if any(row != b"{}" for row in rows):
                        _batch_op(batch, "new_edges", b'{"src":%s,"type":%s,"dst":%s,"props":[%s]}' % (
                            json.dumps(ends[0]).encode("ascii"), json.dumps(kind).encode("ascii"),
                            json.dumps(ends[1]).encode("ascii"), b",".join(rows)))
                    else:  # no properties: the engine's joined-ids path
                        batch.new_edges(ends[0], kind, ends[1], None)
                if hashes:
                    (hashes.summaries if kind == SUMMARY else hashes.nodes if vertices else hashes.edges)(digest_rows)
                done += len(chunk)
                if progress and done < total:
                    progress("write", done, total)

            for ahead in _made_ahead(chunks()):  # the next chunks' rows are encoded in a thread meanwhile
                write(*ahead)
            if late is not None:
                if progress:
                    progress("write", done, None, WAITING)  # how many summaries: not known yet
                more = late()
                if any(n.label != SUMMARY for n in more):
                    raise ValueError("late nodes must be Summary nodes")
                summaries = list({n.id: n for n in [*summaries, *more]}.values())
                total = done + len(summaries)
            summaries.sort(key=lambda n: n.id)
            for start in range(0, len(summaries), BULK_CHUNK):
                chunk = summaries[start:start + BULK_CHUNK]
                write(True, SUMMARY, chunk, *encoded(SUMMARY, chunk))
        finally:
            batch.close()  # flushes the buffered edges
            if hashes:
                hashes.close()
        if progress:
            progress("write", total, total)

    def close(self) -> None:
        """Close the database (releases its lock for other processes)."""
        if getattr(self, "db", None) is not None:
            self.db.close()
            self.db = None
            if self._wrote and self.database != self.path:  # the pointer records what the database now holds
                write_pointer(self.path, self.database)


def _made_ahead(items: Iterator[Any], depth: int = 2) -> Iterator[Any]:
    """The items of ``items``, made in a background thread up to ``depth`` ahead of the caller: while the caller
    waits in the engine (its calls release the GIL), the thread makes the next ones. An error making them is
    raised here; a caller that stops early (the engine failed) stops the thread.

    Examples:
        >>> list(_made_ahead(iter(range(5))))
        [0, 1, 2, 3, 4]
    """
    import queue
    import threading

    box: queue.Queue[tuple[bool, Any]] = queue.Queue(depth)
    stop = threading.Event()
    end = object()

    def put(entry: tuple[bool, Any]) -> bool:
        while not stop.is_set():
            try:
                box.put(entry, timeout=0.05)
                return True
            except queue.Full:
                pass
        return False

    def make() -> None:
        try:
            for item in items:
                if not put((True, item)):
                    return
            put((True, end))
        except BaseException as exc:  # noqa: BLE001 - raised in the caller
            put((False, exc))

    worker = threading.Thread(target=make, name="kg-encode-ahead", daemon=True)
    worker.start()
    try:
        while True:
            ok, item = box.get()
            if not ok:
                raise item
            if item is end:
                return
            yield item
    finally:
        stop.set()
        worker.join()


def _batch_op(batch: Any, op: str, args: bytes) -> dict[str, Any]:
    """One operation of the engine's batch graph API (``arcadedb_n_gb``, as the binding's ``create_vertices`` and
    ``new_edges`` call it) with its arguments as JSON made by the caller: the binding's methods take Python rows
    and encode them again (a walk of every value, then ``json.dumps``: a fifth of a build's write), while the
    bulk write has each row's text already, the one its digest hashes. Relies on the binding's native layout
    (``arcadedb._native``), which the exact pin of ``arcadedb`` fixes; ``tests/test_store_delta.py`` checks the
    rows stored against the binding's own methods.

    Raises:
        ArcadeDBError: the engine refused the rows.
    """
    from arcadedb._native import extras

    return dict(extras._call(f"Failed to run the batch operation {op}", "arcadedb_n_gb", batch._gb,
                             op.encode("ascii"), args))


# --- the pointer ---------------------------------------------------------------------------------------

def new_database_dir(path: Path) -> Path:
    """A fresh, unused ``db-*`` name inside the store directory ``path`` (not created)."""
    stamp = time.strftime("%Y%m%dT%H%M%S", time.gmtime())
    return path / f"{DATABASE_PREFIX}{stamp}-{os.getpid()}-{time.monotonic_ns() % 1_000_000:06d}"


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def data_files(database: Path) -> dict[str, int]:
    """Size in bytes of each data file (buckets, indexes, dictionary) of the database directory."""
    return {entry.name: entry.stat().st_size for entry in sorted(os.scandir(database), key=lambda e: e.name)
            if entry.is_file() and entry.name.endswith(DATA_SUFFIXES)}


def write_pointer(path: Path, database: Path) -> None:
    """Atomically point the store ``path`` at ``database`` (temp file, fsync, os.replace, fsync of the dir)."""
    pointer = {"format": FORMAT_VERSION, "database": database.name, "files": data_files(database)}
    temp = path / f"{MARKER}.tmp"
    with open(temp, "w", encoding="utf-8") as out:
        out.write(json.dumps(pointer, indent=1, sort_keys=True) + "\n")
        out.flush()
        os.fsync(out.fileno())
    _reached("pointer-written")
    os.replace(temp, path / MARKER)
    _fsync(path)
    _reached("pointer-replaced")


def read_pointer(path: Path) -> dict[str, Any]:
    """The parsed pointer of the store ``path``: ``{"format": 1}`` for a format 1 store.

    Raises:
        StoreError: no store at ``path``, not a store, or a damaged pointer.
        StoreFormatError: a format this version cannot read.
    """
    if not path.exists():
        where = "" if path.is_absolute() else f" (looked for {path.absolute()})"  # a relative --store from elsewhere
        raise StoreError(f"no store at {path}{where}\n  Build one first: kg build LISTING... --store {path}\n"
                         f"  (or give --store PATH, or set KG_STORE, for a store built elsewhere)")
    if not path.is_dir():
        raise StoreError(f"{path} is a file, not a store directory\n"
                         "  Point --store (or KG_STORE) at a directory that `kg build` made.")
    marker = path / MARKER
    if not marker.is_file():
        if any(e.name.startswith(DATABASE_PREFIX) or e.name in (LOCK, f"{MARKER}.tmp") for e in path.iterdir()):
            raise StoreError(f"the first build of the store {path} did not finish (no {MARKER} in it)\n"
                             f"  Run it again: kg build SOURCES... --store {path}")
        raise StoreError(f"{path} is not a paper-kg store (no {MARKER} in it)\n"
                         "  Point --store (or KG_STORE) at a directory that `kg build` made.")
    try:
        pointer = json.loads(marker.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise StoreError(f"the store {path} is damaged: {marker} is not readable JSON ({exc})\n"
                         + _rebuild_hint(path)) from exc
    version = pointer.get("format") if isinstance(pointer, dict) else None
    if type(version) is not int or version not in READABLE_FORMATS:
        raise StoreFormatError(f"the store {path} has format {version!r} in {marker}; this paper-kg reads formats "
                         f"{', '.join(map(str, READABLE_FORMATS))}\n  Use the paper-kg version that built it, "
                         f"or build a new store: kg build SOURCES... --store NEW_DIRECTORY")
    if version == 2 and not (isinstance(pointer.get("database"), str)
                             and pointer["database"].startswith(DATABASE_PREFIX) and "/" not in pointer["database"]
                             and isinstance(pointer.get("files", {}), dict)):
        raise StoreError(f"the store {path} is damaged: {marker} names no database directory\n"
                         + _rebuild_hint(path))
    return dict(pointer)


def active_database(path: str | Path) -> Path:
    """The database directory the store ``path`` points at, checked whole.

    Raises:
        StoreError: naming the missing or damaged part (pointer, database directory, schema, data file).
    """
    path = Path(path)
    pointer = read_pointer(path)
    if pointer["format"] == 1:
        return path
    database = path / pointer["database"]
    if not database.is_dir():
        raise StoreError(f"the store {path} is damaged: its database {database.name} (named in {MARKER}) is "
                         "missing\n" + _rebuild_hint(path))
    if not (database / SCHEMA_FILE).is_file():
        raise StoreError(f"the store {path} is damaged: {database.name}/{SCHEMA_FILE} (the database schema) is "
                         "missing\n" + _rebuild_hint(path))
    for name, size in sorted(pointer.get("files", {}).items()):
        try:
            actual = (database / name).stat().st_size
        except OSError:
            raise StoreError(f"the store {path} is damaged: the data file {database.name}/{name} is missing\n"
                             + _rebuild_hint(path)) from None
        if actual < size:
            raise StoreError(f"the store {path} is damaged: the data file {database.name}/{name} is truncated "
                             f"({actual} of {size} bytes)\n" + _rebuild_hint(path))
    return database


def check_store_dir(path: Path) -> None:
    """Refuse a path that is not a readable paper-kg store, with what to do instead."""
    active_database(path)


# --- the lock and leftovers ----------------------------------------------------------------------------

_HELD: dict[str, int] = {}  # store directory (resolved) -> open lock fd, for re-entry in this process


@contextlib.contextmanager
def build_lock(path: str | Path, *, wait: bool = False,
               on_wait: Callable[[str], None] | None = None) -> Iterator[None]:
    """Hold the build lock of the store ``path`` (``path/build.lock``, flock): one build at a time per store.

    Readers never take it. Re-entrant within one process.

    Args:
        path: the store directory; created (with parents) when missing.
        wait: when another process holds the lock, block until it is released instead of refusing.
        on_wait: called once with a message before blocking.

    Raises:
        StoreError: another build holds the lock and ``wait`` is false, or the directory cannot be made.
    """
    path = Path(path)
    try:
        path.mkdir(parents=True, exist_ok=True)
        key = str(path.resolve())
        fd = None if key in _HELD else os.open(path / LOCK, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise StoreError(f"cannot write the store {path}: {exc.strerror or exc}\n"
                         "  Choose a --store in a writable directory.") from exc
    if fd is None:  # this process holds it already; an error of the body is not the lock's
        yield
        return
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "?"
            if not wait:
                raise StoreError(f"another build (process {holder}) is writing the store {path}\n"
                                 "  Wait for it to finish, or pass --wait to start when it does.") from None
            if on_wait:
                on_wait(f"waiting for another build (process {holder}) to finish writing {path}...")
            fcntl.flock(fd, fcntl.LOCK_EX)
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        _HELD[key] = fd
        _reached("locked")
        try:
            yield
        finally:
            del _HELD[key]
    finally:
        os.close(fd)  # releases the flock


def leftovers(path: Path) -> list[Path]:
    """What interrupted builds left in the store directory ``path``: everything but the pointer, the lock
    and the active database (for a format 1 store, only ``db-*`` directories and a pointer temp file)."""
    try:
        pointer = read_pointer(path)
    except StoreError:
        pointer = None
    keep = {MARKER, LOCK}
    if pointer is not None and pointer["format"] == 2:
        keep.add(pointer["database"])
    out = []
    for entry in sorted(path.iterdir()):
        if entry.name in keep:
            continue
        if pointer is not None and pointer["format"] == 1 and not (
                entry.name.startswith(DATABASE_PREFIX) or entry.name == f"{MARKER}.tmp"):
            continue
        out.append(entry)
    return out


def _remove(entry: Path) -> None:
    if entry.is_dir() and not entry.is_symlink():
        shutil.rmtree(entry, ignore_errors=True)
    else:
        with contextlib.suppress(FileNotFoundError):
            entry.unlink()


def clean_leftovers(path: Path, *, wait: bool = True) -> None:
    """Delete what interrupted builds left in the store ``path``, under its lock (skipped, without
    ``wait``, when a build holds it or the directory is read-only)."""
    if str(path.resolve()) in _HELD:
        for entry in leftovers(path):
            _remove(entry)
        return
    if not wait:
        if not leftovers(path):
            return
        try:
            fd = os.open(path / LOCK, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError:
            return
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            return
        try:
            for entry in leftovers(path):
                _remove(entry)
        finally:
            os.close(fd)
        return
    with build_lock(path):
        clean_leftovers(path)


# --- records and the swap ------------------------------------------------------------------------------

def save_records(path: Path, records: Sequence[PaperRecord] | bytes) -> None:
    """Keep ``records`` beside the database at ``path`` (gzipped JSON Lines) for a later ``kg build --add``;
    ``records`` may be what ``records_data`` made of them already."""
    (path / RECORDS).write_bytes(records if isinstance(records, bytes) else records_data(records))


def records_data(records: Sequence[PaperRecord]) -> bytes:
    """The records file ``save_records`` writes (gzipped JSON Lines, about a third of the records' JSON).

    Each record's ``source`` is kept as an absolute path (against the working folder of this call), so a
    later ``--add`` of the same file, from any folder and however its path is written, replaces it; the path
    as typed is kept beside it (``typed``), so the papers of a later ``--add`` name their files as a build of
    all the sources from the same folder does.
    """
    # vars(), not asdict(): the same fields without asdict's deep copy; level 1: 5x faster, 20 % larger
    absolute: dict[str, str] = {}
    out = io.BytesIO()
    with gzip.open(out, "wt", encoding="utf-8", compresslevel=1) as text:
        for rec in records:
            source = absolute.get(rec.source) or absolute.setdefault(rec.source, os.path.abspath(rec.source))
            typed = rec.source if rec.typed is None else rec.typed
            text.write(json.dumps({**vars(rec), "source": source, "typed": None if typed == source else typed},
                                  ensure_ascii=False, sort_keys=True) + "\n")
    return out.getvalue()


def load_records(path: str | Path) -> list[PaperRecord]:
    """The source records a store was built from (empty for a store built without them).

    Raises:
        StoreError: the store is damaged, or its records file is (naming the file and line).
    """
    from kg.sources.records import PaperRecord

    path = Path(path)
    file = active_database(path) / RECORDS
    if not file.is_file():
        return []
    out: list[PaperRecord] = []
    line = 1  # the line being read
    try:
        with gzip.open(file, "rt", encoding="utf-8") as handle:
            for text in handle:
                out.append(PaperRecord(**json.loads(text)))
                line += 1
    except (OSError, EOFError, zlib.error, UnicodeDecodeError, ValueError, TypeError) as exc:
        raise StoreError(f"the store {path} is damaged: its records file {file.relative_to(path)} cannot be "
                         f"read at line {line} ({type(exc).__name__}: {exc})\n"
                         "  --add needs it; rebuild from all your sources without --add: "
                         f"kg build SOURCES... --store {path}") from exc
    return out


def _fsync_tree(directory: Path) -> None:
    for entry in os.scandir(directory):
        if entry.is_file():
            _fsync(Path(entry.path))
    _fsync(directory)


def check_build_target(path: Path) -> None:
    """Refuse, before anything is written, a build target that is not a store, nor new, nor empty.

    Raises:
        StoreError: ``path`` is a file, a directory of other things, or a store of a format this version
            cannot read.
    """
    if path.exists() and not path.is_dir():
        raise StoreError(f"{path} is a file, not a store directory\n"
                         "  Point --store (or KG_STORE) at a directory that `kg build` made.")
    if path.is_dir() and not (path / MARKER).exists() and any(
            not (e.name.startswith(DATABASE_PREFIX) or e.name in (LOCK, f"{MARKER}.tmp")) for e in path.iterdir()):
        raise StoreError(f"{path} is not a paper-kg store (no {MARKER} in it)\n"
                         "  Point --store (or KG_STORE) at a directory that `kg build` made.")
    if (path / MARKER).exists():
        try:
            read_pointer(path)
        except StoreFormatError:
            raise  # a newer paper-kg's store is not overwritten
        except StoreError:
            pass  # a damaged pointer: the build replaces it


def _previous_digest(path: Path) -> Any:
    """The digest (``kg.store.delta.Digest``) of the store ``path``'s active database; None for a new store, a
    format 1 store, or a database without one (written whole then)."""
    from kg.store.delta import DIGEST, load_digest

    if not (path / MARKER).exists():
        return None
    try:
        if read_pointer(path)["format"] != 2:
            return None
        return load_digest(active_database(path) / DIGEST)
    except StoreError:  # a damaged store is written whole
        return None


def replace_store(path: str | Path, graph: Graph, records: Sequence[PaperRecord] | bytes = (), *,
                  wait: bool = False,
                  on_wait: Callable[[str], None] | None = None,
                  progress: Callable[..., None] | None = None,
                  files: dict[str, bytes] | None = None, differential: bool = False,
                  late: Callable[[], tuple[list[Node], dict[str, bytes]]] | None = None) -> None:
    """Write ``graph`` into a fresh database of the store ``path`` and point the store at it once complete.

    ``records`` (the source records the graph was built from, or ``records_data`` of them) are kept beside
    the database so that a later ``kg build --add`` can rebuild from them plus new sources; so are ``files``
    (name -> bytes, such as the extraction cache) and the graph's digest (``kg.store.delta``). With
    ``differential`` and an active database holding a digest, the fresh database is a copy of it with only
    the rows that differ from ``graph`` written (kg.store.delta): the same stored graph as a whole write, at
    the cost of the difference. ``late``: what is made while the rest is written (the build's Summary nodes,
    made in a forked copy of the build, and files to keep beside them): called once, when the rows of
    ``graph`` are written (a differential write calls it first: the difference needs every row).
    ``progress("write", rows done, rows in all or None[, step])``: as the build's (``kg.pipeline.Progress``).
    Takes the build lock (see build_lock).

    Raises:
        StoreError: ``path`` holds something that is not a store, or another build holds the lock.
    """
    path = Path(path)
    check_build_target(path)
    with build_lock(path, wait=wait, on_wait=on_wait):
        clean_leftovers(path)
        _reached("cleaned")
        database = new_database_dir(path)
        from kg.store import delta

        before = _previous_digest(path) if differential else None
        new_digest: delta.Digest | None = None

        def written(phase: str, done: int, total: int | None, *step: str) -> None:
            if done:
                _reached("writing")  # rows written, not all (a test kills the build here)
            if progress:
                progress(phase, done, total, *step)

        files = dict(files or {})

        def made_later() -> list[Node]:
            assert late is not None
            nodes, more = late()
            files.update(more)
            return nodes

        try:
            changes = None
            if before is not None:
                written("write", 0, None, "comparing with the store")
                new_digest = delta.digest(graph)  # while the late nodes are made
                if late is not None:
                    written("write", 0, None, WAITING)
                    more = {n.id: n for n in made_later()}
                    graph, late = Graph({**graph.nodes, **more}, graph.edges), None
                    new_digest.nodes.update(delta.digest(Graph(more)).nodes)
                changes = delta.changes(before, graph, new_digest)
                if len(changes) > delta.DIFFERENCE_SHARE * (len(graph.nodes) + len(graph.edges)):
                    changes = None  # cheaper written whole
            if changes is not None:
                delta.copy_database(active_database(path), database, skip=(RECORDS, delta.DIGEST, *files))
                db = _arcadedb().open_database(str(database.absolute()))
                try:
                    delta.apply(db, graph, changes, written)
                finally:
                    db.close()
                delta.write_digest(database / delta.DIGEST, graph, new_digest)
            else:
                db = _arcadedb().create_database(str(database.absolute()))
                store = EmbeddedStore.__new__(EmbeddedStore)
                store.path, store.database, store.db, store._wrote = path, database, db, False
                try:  # the digest written with the rows, from their encoding
                    store.bulk_write(graph, written, digest=database / delta.DIGEST,
                                     late=made_later if late is not None else None)
                finally:
                    store.db = None
                    db.close()
            _reached("database-written")
            del new_digest, before, changes
            save_records(database, records)
            for name, data in files.items():
                (database / name).write_bytes(data)
            _fsync_tree(database)
            _reached("records-written")
        except BaseException:
            shutil.rmtree(database, ignore_errors=True)
            raise
        write_pointer(path, database)
        for entry in leftovers(path):  # the old database (or a format 1 store's files)
            _remove(entry)
        _reached("old-removed")
