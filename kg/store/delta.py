"""A store's next database written as its difference from the one before: what ``kg build --add`` writes.

Beside each database a build keeps DIGEST: every node's id, label and a hash of its properties, and every
edge's key and a hash of its properties (``digest``). An add computes the whole graph of all its sources,
exactly as a build of them (``kg.pipeline.assemble``); then, instead of writing every row again, it copies
the active database's files (``copy_database``) and in the copy deletes the nodes and edges the new graph no
longer has, and writes those that are new or whose properties changed (``changes``, ``apply``), a transaction
per batch. The pointer swap (``kg.store.embedded.replace_store``) then makes the copy the store, so a crash at
any moment leaves the old store or the new one. The rows stored are the rows a fresh bulk write of the new
graph stores (only the engine's record ids differ): the same graph, by construction. A difference of more than
DIFFERENCE_SHARE of the rows is written whole instead.
"""

from __future__ import annotations

import gzip
import hashlib
import itertools
import json
import os
import shutil
import zlib
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.model import SUMMARY, Edge, Graph, Node
from kg.store.cypher import BATCH_ROWS, batches, clean_props, delete_edges, delete_nodes, replace_edge, replace_node

DIGEST = "graph-digest.json.gz"  # the digest file's name inside a store's database directory
DIGEST_VERSION = 3  # 3: rows hashed as the bulk write sends them, in its order, Summary nodes last (2: with the
# other nodes; 1: sorted-key JSON, by id)
# Files of a database directory that are not the engine's data, or are only the open engine's (its lock and
# transaction logs, empty once it closed): not copied
NOT_COPIED_SUFFIXES = (".lck", ".wal")

DIGEST_CHUNK = 10_000  # digest rows encoded and compressed at once
# A difference of more rows than this share of the new graph's is written whole (a fresh bulk write) instead:
# at 100,000 papers, one row in 20 changed took 32 s to digest, copy and apply, a bulk write of every row 28 s
# (docs/measurements.md, Build)
DIFFERENCE_SHARE = 0.05
Key = tuple[str, str, str]

# one encoder each, made once (``json.dumps`` with options makes a new one per call): a row's properties in
# their own order, ASCII (as the engine's binding encodes them), no spaces
_row_text = json.JSONEncoder(separators=(",", ":")).encode
_line_text = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
_string_text = json.encoder.encode_basestring  # one string as ``_line_text`` writes it (C, no encoder made per call)


def node_row(node: Node) -> bytes:
    """The JSON row the bulk write (``kg.store.embedded.EmbeddedStore.bulk_write``) sends for ``node``: its
    stored properties (``clean_props``) in their order, then ``id``.

    Examples:
        >>> node_row(Node("topic:x", "Topic", {"name": "X", "gone": None, "aliases": []}))
        b'{"name":"X","id":"topic:x"}'
    """
    row = clean_props(node.props)
    row["id"] = node.id
    return _row_text(row).encode("ascii")


def edge_row(edge: Edge) -> bytes:
    """The JSON properties the bulk write sends for ``edge`` (``clean_props``, in their order).

    Examples:
        >>> edge_row(Edge("paper:p", "HAS_TOPIC", "topic:x", {"rule": "gazetteer", "score": None}))
        b'{"rule":"gazetteer"}'
    """
    return _row_text(clean_props(edge.props)).encode("ascii")


def row_hash(kind: str, row: bytes) -> str:
    """A 16-hex-digit BLAKE2b hash of a row (``node_row``, ``edge_row``) keyed by its label or type: equal
    for rows a store holds alike.

    Examples:
        >>> a = node_row(Node("topic:x", "Topic", {"name": "X", "gone": None}))
        >>> row_hash("Topic", a) == row_hash("Topic", node_row(Node("topic:x", "Topic", {"name": "X"})))
        True
        >>> row_hash("Topic", a) == row_hash("Org", a)
        False
    """
    keyed = _KEYED.get(kind)
    if keyed is None:
        keyed = _KEYED[kind] = hashlib.blake2b(digest_size=8, key=kind.encode("ascii"))
    h = keyed.copy()  # the key's block hashed once per kind, not once per row
    h.update(row)
    return h.hexdigest()


_KEYED: dict[str, Any] = {}  # label or type -> a BLAKE2b hasher keyed by it, nothing hashed (``row_hash`` copies it)


@dataclass
class Digest:
    """What a database holds, row by row: node id -> (label, hash); edge key -> hash."""

    nodes: dict[str, tuple[str, str]] = field(default_factory=dict)
    edges: dict[Key, str] = field(default_factory=dict)


def digest(graph: Graph) -> Digest:
    """The digest of ``graph`` as a store writes it (one ``row_hash`` per node and edge)."""
    return Digest({n.id: (n.label, row_hash(n.label, node_row(n))) for n in graph.nodes.values()},
                  {key: row_hash(e.type, edge_row(e)) for key, e in graph.edges.items()})


class DigestFile:
    """The DIGEST file written as the rows are: ``nodes`` rows (``[id, label, hash]``) first, then ``edges``
    rows (``[source, type, target, hash]``), then ``summaries`` rows (Summary nodes, as ``nodes``), each call a
    chunk; gzipped JSON, one row a line. Rows go in the bulk write's order (nodes but Summary nodes by label
    then id, edges by type then key, Summary nodes by id), so the same graph gives the same bytes."""

    def __init__(self, file: str | Path) -> None:
        self._out = gzip.GzipFile(file, "wb", compresslevel=1, mtime=0)
        self._out.write(f'{{"version":{DIGEST_VERSION},"nodes":['.encode())
        self._section = "nodes"
        self._separator = ""

    def nodes(self, rows: Sequence[Sequence[str]]) -> None:
        """Append node rows (each the digest's text fields of one node but a Summary node), before any edge row."""
        self._open("nodes")
        self._write(rows)

    def edges(self, rows: Sequence[Sequence[str]]) -> None:
        """Append edge rows; the first call closes the node list."""
        self._open("edges")
        self._write(rows)

    def summaries(self, rows: Sequence[Sequence[str]]) -> None:
        """Append Summary node rows; the first call closes the edge list."""
        self._open("summaries")
        self._write(rows)

    def _open(self, section: str) -> None:
        order = ("nodes", "edges", "summaries")
        if order.index(section) < order.index(self._section):
            raise ValueError(f"digest rows of {section} after those of {self._section}")
        while self._section != section:
            self._section = order[order.index(self._section) + 1]
            self._out.write(f'],"{self._section}":['.encode())
            self._separator = ""

    def _write(self, rows: Sequence[Sequence[str]]) -> None:
        if rows:
            # each row as ``_line_text`` encodes a list of strings, without making an encoder per row
            lines = ("[" + ",".join(map(_string_text, row)) + "]" for row in rows)
            self._out.write((self._separator + ",\n".join(lines)).encode("utf-8"))
            self._separator = ",\n"

    def close(self) -> None:
        """Finish the JSON document and the gzip file (a section without rows gets an empty list)."""
        self._open("summaries")
        self._out.write(b"]}")
        self._out.close()

    def __enter__(self) -> DigestFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def write_digest(file: str | Path, graph: Graph, known: Digest | None = None) -> None:
    """Write the DIGEST file of ``graph`` as the bulk write of ``graph`` writes it (``known``: ``digest(graph)``,
    when the caller holds it; else each row's hash is computed as it is written, without holding them all).

    Examples:
        >>> import tempfile
        >>> from kg.model import TOPIC
        >>> g = Graph({"topic:x": Node("topic:x", TOPIC, {"name": "X"})})
        >>> with tempfile.TemporaryDirectory() as tmp:
        ...     write_digest(f"{tmp}/a", g)
        ...     write_digest(f"{tmp}/b", g, digest(g))
        ...     load_digest(f"{tmp}/a") == load_digest(f"{tmp}/b") == digest(g)
        True
    """
    def node_rows(summaries: bool) -> Iterator[tuple[str, ...]]:
        for n in sorted((n for n in graph.nodes.values() if (n.label == SUMMARY) == summaries),
                        key=lambda n: (n.label, n.id)):
            yield (n.id, *(known.nodes[n.id] if known else (n.label, row_hash(n.label, node_row(n)))))

    def edge_rows() -> Iterator[tuple[str, ...]]:
        # the graph's keys (source, type, target) by type, each type's sorted as they are: no key tuple made per edge
        by_type: dict[str, list[Key]] = {}
        for key in graph.edges:
            by_type.setdefault(key[1], []).append(key)
        for rel in sorted(by_type):
            keys = sorted(by_type.pop(rel))
            if known:  # each row the key and its hash (a tuple: no list made per row)
                hashes = known.edges
                yield from (key + (hashes[key],) for key in keys)
            else:
                yield from (key + (row_hash(rel, edge_row(graph.edges[key])),) for key in keys)

    with DigestFile(file) as out:
        for rows, write in ((node_rows(False), out.nodes), (edge_rows(), out.edges), (node_rows(True), out.summaries)):
            while chunk := list(itertools.islice(rows, DIGEST_CHUNK)):
                write(chunk)


def load_digest(path: str | Path) -> Digest | None:
    """The digest in the file ``path``; None when it is missing, damaged or of another version (the caller
    then writes the whole graph: a digest only saves work)."""
    try:
        data = json.loads(gzip.decompress(Path(path).read_bytes()))
        if not isinstance(data, dict) or data.get("version") != DIGEST_VERSION:
            return None
        return Digest({nid: (label, h) for nid, label, h in itertools.chain(data["nodes"], data["summaries"])},
                      {(s, t, o): h for s, t, o, h in data["edges"]})
    except (OSError, EOFError, zlib.error, UnicodeDecodeError, ValueError, TypeError, KeyError):
        return None


@dataclass
class Changes:
    """What turns a database holding ``old`` into one holding a new graph: nodes to delete (label, id; with their
    edges), edges to delete (type, source label, source, target label, target), nodes and edges to write whole
    (new, or with other properties)."""

    gone_nodes: list[tuple[str, str]]
    gone_edges: list[tuple[str, str, str, str, str]]
    nodes: list[Node]
    edges: list[Edge]

    def __len__(self) -> int:
        return len(self.gone_nodes) + len(self.gone_edges) + len(self.nodes) + len(self.edges)


def changes(old: Digest, graph: Graph, new: Digest) -> Changes:
    """The rows that differ between a database holding ``old`` and ``graph`` (whose digest is ``new``).

    A node whose label changed is deleted (with its edges) and written again, with every edge it has in
    ``graph``.

    Examples:
        >>> from kg.model import AUTHORED, AUTHOR, PAPER
        >>> g = Graph()
        >>> _ = g.add_node(Node("paper:p", PAPER, {"title": "P"}))
        >>> _ = g.add_node(Node("author:a", AUTHOR, {"name": "A"}))
        >>> before = digest(g)
        >>> _ = g.add_node(Node("author:b", AUTHOR, {"name": "B"}))
        >>> _ = g.add_edge(Edge("author:b", AUTHORED, "paper:p", {"position": 0}))
        >>> del g.nodes["author:a"]
        >>> c = changes(before, g, digest(g))
        >>> c.gone_nodes, [n.id for n in c.nodes], [e.key for e in c.edges]
        ([('Author', 'author:a')], ['author:b'], [('author:b', 'AUTHORED', 'paper:p')])
    """
    relabelled = {nid for nid, (label, _) in new.nodes.items() if nid in old.nodes and old.nodes[nid][0] != label}
    gone_nodes = sorted((label, nid) for nid, (label, _) in old.nodes.items()
                        if nid not in new.nodes or nid in relabelled)
    detached = {nid for _, nid in gone_nodes}  # deleting a node deletes its edges
    gone_edges = sorted((rel, old.nodes[s][0], s, old.nodes[t][0], t) for (s, rel, t) in old.edges
                        if (s, rel, t) not in new.edges and s not in detached and t not in detached)
    # the changed rows picked first, then sorted: not a sort of every row
    nodes = [graph.nodes[nid] for nid in sorted(nid for nid, row in new.nodes.items()
                                                 if old.nodes.get(nid) != row or nid in relabelled)]
    edges = [graph.edges[key] for key in sorted(key for key, h in new.edges.items()
                                                 if old.edges.get(key) != h or key[0] in detached or key[2] in detached)]
    return Changes(gone_nodes, gone_edges, nodes, edges)


def statements(graph: Graph, diff: Changes) -> Iterator[tuple[str, list[dict[str, Any]]]]:
    """(Cypher, rows) batches that apply ``diff`` (of ``graph``): deletions first, then nodes, then edges, each
    grouped by label or type (and end labels) in id order; rows go in as ``$rows``."""
    gone_nodes: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for label, nid in diff.gone_nodes:
        gone_nodes[label].append({"id": nid})
    gone_edges: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    for rel, sl, s, tl, t in diff.gone_edges:
        gone_edges[(rel, sl, tl)].append({"source": s, "target": t})
    nodes: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for node in diff.nodes:
        nodes[node.label].append({"id": node.id, "props": {**clean_props(node.props), "id": node.id}})
    edges: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    for edge in diff.edges:
        shape = (edge.type, graph.nodes[edge.source].label, graph.nodes[edge.target].label)
        edges[shape].append({"source": edge.source, "target": edge.target, "props": clean_props(edge.props)})
    for shape in sorted(gone_edges):
        for rows in batches(gone_edges[shape], BATCH_ROWS):
            yield delete_edges(*shape), rows
    for label in sorted(gone_nodes):
        for rows in batches(gone_nodes[label], BATCH_ROWS):
            yield delete_nodes(label), rows
    for label in sorted(nodes):
        for rows in batches(nodes[label], BATCH_ROWS):
            yield replace_node(label), rows
    for shape in sorted(edges):
        for rows in batches(edges[shape], BATCH_ROWS):
            yield replace_edge(*shape), rows


def apply(db: Any, graph: Graph, diff: Changes, progress: Callable[[str, int, int | None], None] | None = None
          ) -> None:
    """Apply ``diff`` (of ``graph``) to the open ArcadeDB database ``db``, a transaction per batch of rows
    (``progress("write", rows done, rows in all)`` after each). Only for a database no one else reads: a copy
    the store's pointer names once it is whole (``kg.store.embedded.replace_store``), so a failure or a kill
    midway leaves the store as it was. One transaction for the whole difference held every page it touched
    in the engine's heap (5 GB for a change of every row of a 100,000-paper store)."""
    total, done = len(diff), 0
    if progress:
        progress("write", 0, total)
    for cypher, rows in statements(graph, diff):
        with db.transaction():
            db.command("opencypher", cypher, {"rows": rows})
        done += len(rows)
        if progress:
            progress("write", done, total)


def copy_database(source: Path, target: Path, skip: tuple[str, ...] = ()) -> None:
    """Copy the database directory ``source`` to the new directory ``target``: its data, schema and
    configuration files, not the engine's lock and transaction logs, nor the files named in ``skip``."""
    target.mkdir()
    for entry in os.scandir(source):
        if entry.is_file() and not entry.name.endswith(NOT_COPIED_SUFFIXES) and entry.name not in skip:
            shutil.copyfile(entry.path, target / entry.name)
