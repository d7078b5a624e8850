"""Every statement the stores run, in one place: writes, reads, counts, schema and SHOW queries.

Labels and types come only from kg.model constants (backticked after a schema check); values only as
``$parameters``. A write is a ``WriteStep``: the per-row Cypher and its rows, run as ``UNWIND $rows AS row
<body>`` by a store, or with the rows written out as a literal list by ``kg export --format cypher``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

from kg.model import (AFFILIATED_WITH, AUTHOR, AUTHORED, BUILDS_ON, CITES, DATASET, HARDWARE, HAS_TOPIC, INTRODUCES,
                      LABELS, MODEL, ORG, PAPER, PAPER_ENTITY_RELS, SCHEMA, STORED_LABELS, SUMMARY, TOPIC, Graph, Value)

BATCH_ROWS = 5000
# String properties indexed besides the unique ``id``: what the named queries look nodes up by.
INDEXED: dict[str, tuple[str, ...]] = {AUTHOR: ("name",), MODEL: ("name",), DATASET: ("name",), HARDWARE: ("name",),
                                       ORG: ("name",), TOPIC: ("name",), PAPER: ("title",)}


def _checked(name: str, allowed: tuple[str, ...] | dict[str, Any]) -> str:
    if name not in allowed:
        raise ValueError(f"{name!r} is not in the schema")
    return f"`{name}`"


ROWS = "$rows"  # the parameter a store passes a batch of rows in


@dataclass(frozen=True)
class WriteStep:
    """One batch of a write: ``body`` is the Cypher run for each ``row`` of ``rows``."""

    body: str
    rows: list[dict[str, Any]]

    def statement(self, rows: str = ROWS) -> str:
        """The statement over ``rows``: the ``$rows`` parameter, or a Cypher list literal.

        Examples:
            >>> WriteStep("MERGE (n:`Topic` {id: row.id})", []).statement()
            'UNWIND $rows AS row MERGE (n:`Topic` {id: row.id})'
        """
        return f"UNWIND {rows} AS row {self.body}"


def merge_node(label: str) -> str:
    """The per-row Cypher that upserts one ``label`` node from ``row.id`` and ``row.props``.

    Raises:
        ValueError: ``label`` is not in the schema.
    """
    return f"MERGE (n:{_checked(label, STORED_LABELS)} {{id: row.id}}) SET n += row.props"


def merge_edge(rel_type: str, source_label: str, target_label: str) -> str:
    """The per-row Cypher that upserts one relationship from ``row.source``, ``row.target``, ``row.props``.

    Raises:
        ValueError: a label or the type is not in the schema.
    """
    return (f"MATCH (a:{_checked(source_label, LABELS)} {{id: row.source}}) "
            f"MATCH (b:{_checked(target_label, LABELS)} {{id: row.target}}) "
            f"MERGE (a)-[r:{_checked(rel_type, SCHEMA)}]->(b) SET r += row.props")


def replace_node(label: str) -> str:
    """The batch statement that writes ``label`` nodes whole from ``$rows`` (``row.props`` holds ``id``):
    properties a node no longer has are dropped, as a fresh write would not have them (kg.store.delta).

    Examples:
        >>> replace_node("Topic")
        'UNWIND $rows AS row MERGE (n:`Topic` {id: row.id}) SET n = row.props'
    """
    return f"UNWIND {ROWS} AS row MERGE (n:{_checked(label, STORED_LABELS)} {{id: row.id}}) SET n = row.props"


def replace_edge(rel_type: str, source_label: str, target_label: str) -> str:
    """The batch statement that writes ``rel_type`` relationships whole from ``$rows`` (kg.store.delta)."""
    return (f"UNWIND {ROWS} AS row MATCH (a:{_checked(source_label, STORED_LABELS)} {{id: row.source}}) "
            f"MATCH (b:{_checked(target_label, STORED_LABELS)} {{id: row.target}}) "
            f"MERGE (a)-[r:{_checked(rel_type, SCHEMA)}]->(b) SET r = row.props")


def delete_nodes(label: str) -> str:
    """The batch statement that deletes the ``label`` nodes whose ids are ``row.id`` of ``$rows``, with their
    relationships (kg.store.delta).

    Examples:
        >>> delete_nodes("Topic")
        'UNWIND $rows AS row MATCH (n:`Topic` {id: row.id}) DETACH DELETE n'
    """
    return f"UNWIND {ROWS} AS row MATCH (n:{_checked(label, STORED_LABELS)} {{id: row.id}}) DETACH DELETE n"


def delete_edges(rel_type: str, source_label: str, target_label: str) -> str:
    """The batch statement that deletes the ``rel_type`` relationships ``row.source -> row.target`` of
    ``$rows`` (kg.store.delta)."""
    return (f"UNWIND {ROWS} AS row MATCH (a:{_checked(source_label, STORED_LABELS)} {{id: row.source}})"
            f"-[r:{_checked(rel_type, SCHEMA)}]->(b:{_checked(target_label, STORED_LABELS)} {{id: row.target}}) "
            "DELETE r")


def upsert_nodes(label: str) -> str:
    """The batch statement that upserts ``label`` nodes from ``$rows``.

    Examples:
        >>> upsert_nodes("Author")
        'UNWIND $rows AS row MERGE (n:`Author` {id: row.id}) SET n += row.props'
    """
    return WriteStep(merge_node(label), []).statement()


def upsert_edges(rel_type: str, source_label: str, target_label: str) -> str:
    """The batch statement that upserts ``rel_type`` relationships from ``$rows``."""
    return WriteStep(merge_edge(rel_type, source_label, target_label), []).statement()


READ_NODES = "MATCH (n) RETURN labels(n) AS labels, properties(n) AS props"
READ_EDGES = ("MATCH (a)-[r]->(b) RETURN a.id AS source, type(r) AS type, b.id AS target, "
              "properties(r) AS props")


def read_nodes(label: str) -> str:
    """The statement that reads every ``label`` node's properties.

    Raises:
        ValueError: ``label`` is not in the schema.
    """
    return f"MATCH (n:{_checked(label, STORED_LABELS)}) RETURN properties(n) AS props"


def read_edges(rel_type: str) -> str:
    """The statement that reads every ``rel_type`` relationship: source and target ids and properties.

    Raises:
        ValueError: ``rel_type`` is not in the schema.
    """
    return (f"MATCH (a)-[r:{_checked(rel_type, SCHEMA)}]->(b) "
            f"RETURN a.id AS source, b.id AS target, properties(r) AS props")


def node_by_id(label: str) -> str:
    """The properties of the ``label`` node whose id is ``$id`` (no row when there is none)."""
    return NODE_BY_ID.format(label=_checked(label, STORED_LABELS))


def find_by(label: str, prop: str) -> str:
    """The ids of the ``label`` nodes whose ``prop`` (``id`` or an INDEXED property) equals ``$value``."""
    if prop != "id" and prop not in INDEXED.get(label, ()):
        raise ValueError(f"{label}.{prop} is not indexed")
    return f"MATCH (n:{_checked(label, LABELS)}) WHERE n.{prop} = $value RETURN n.id AS id ORDER BY id"


# An author's papers and every AUTHORED edge into them, with both ends' properties: coauthorship around one
# author, read through the unique id index.
NODE_BY_ID = "MATCH (n:{label} {{id: $id}}) RETURN properties(n) AS props"
COAUTHORSHIP_PAPERS = (f"MATCH (a:{_checked(AUTHOR, LABELS)} {{id: $id}})-[:{_checked(AUTHORED, SCHEMA)}]->"
                       f"(p:{_checked(PAPER, LABELS)}) RETURN DISTINCT properties(p) AS props")
# two MATCH clauses: one pattern would never match the author's own edge twice (relationship uniqueness)
COAUTHORSHIP_EDGES = (f"MATCH (a:{_checked(AUTHOR, LABELS)} {{id: $id}})-[:{_checked(AUTHORED, SCHEMA)}]->"
                      f"(p:{_checked(PAPER, LABELS)}) "
                      f"MATCH (c:{_checked(AUTHOR, LABELS)})-[r:{_checked(AUTHORED, SCHEMA)}]->(p) "
                      "RETURN properties(c) AS author, p.id AS paper, properties(r) AS props")

# Papers by id (``$ids``, through the unique id index: ``UNWIND ... {id: i}``, as for every id list here; ArcadeDB
# takes time quadratic in the list for ``WHERE p.id IN $ids``: 1.8 s for 3,193 models, 0.11 s unwound) with
# their authors, organizations and topics: what ``kg authors --check`` describes a stored grouping of one
# name's papers with (kg.store.summaries).
_PAPERS_IN = f"UNWIND $ids AS i MATCH (p:{_checked(PAPER, LABELS)} {{id: i}}) "
PAPERS_BY_ID = _PAPERS_IN + "RETURN properties(p) AS props"
AUTHORS_BY_ID = f"UNWIND $ids AS i MATCH (a:{_checked(AUTHOR, LABELS)} {{id: i}}) RETURN properties(a) AS props"
PAPERS_AUTHORS = (_PAPERS_IN + f"MATCH (a:{_checked(AUTHOR, LABELS)})-[r:{_checked(AUTHORED, SCHEMA)}]->(p) "
                  "RETURN properties(a) AS props, p.id AS paper, properties(r) AS rel")
PAPERS_ORGS = (_PAPERS_IN + f"MATCH (p)-[r:{_checked(AFFILIATED_WITH, SCHEMA)}]->(o:{_checked(ORG, LABELS)}) "
               "RETURN properties(o) AS props, p.id AS paper, properties(r) AS rel")
PAPERS_TOPICS = (_PAPERS_IN + f"MATCH (p)-[r:{_checked(HAS_TOPIC, SCHEMA)}]->(t:{_checked(TOPIC, LABELS)}) "
                 "RETURN properties(t) AS props, p.id AS paper, properties(r) AS rel")

# What `kg authors --check-listing` reads (kg.store.summaries): the papers of one listing file (Paper.listings
# is a list, not indexed: one scan of the papers reading that property), every listing's name (only to name them
# when none matches), and for text evidence those papers' titles and abstracts and their entities' names (what
# kg.analysis.text.paper_vectors weighs, over the listing's papers alone).
LISTING_PAPERS = f"MATCH (p:{_checked(PAPER, LABELS)}) WHERE $listing IN p.listings RETURN p.id AS id ORDER BY id"
LISTING_NAMES = (f"MATCH (p:{_checked(PAPER, LABELS)}) WHERE p.listings IS NOT NULL UNWIND p.listings AS listing "
                 "RETURN DISTINCT listing ORDER BY listing")
PAPER_TEXTS = _PAPERS_IN + "RETURN p.id AS id, p.title AS title, p.name AS name, p.abstract AS abstract"


def paper_entities(label: str) -> str:
    """Every relationship from a paper whose id is in ``$ids`` to a ``label`` node: paper id, type, the node's id
    and name.

    Raises:
        ValueError: ``label`` is not in the schema.
    """
    return (_PAPERS_IN + f"MATCH (p)-[r]->(e:{_checked(label, LABELS)}) "
            "RETURN p.id AS paper, type(r) AS type, e.id AS id, e.name AS name")


COUNT_LABELS = "MATCH (n) RETURN labels(n) AS labels, count(*) AS count"
COUNT_STUBS = f"MATCH (n:{PAPER}) WHERE n.stub = true RETURN count(n) AS count"
COUNT_SUMMARIES = f"MATCH (n:{SUMMARY}) RETURN count(n) AS count"  # the build's stored analyses (kg stats' note)
COUNT_TYPES = "MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS count"

# Schema, Neo4j dialect (over Bolt); a server without these commands answers SHOW CONSTRAINTS with an error.
SHOW_CONSTRAINTS = "SHOW CONSTRAINTS"
SHOW_INDEXES = "SHOW INDEXES"


def schema_statements() -> dict[str, str]:
    """Constraint and index statements by name: a unique ``id`` per label, indexes on lookup properties.

    Examples:
        >>> schema_statements()["kg_paper_id"]
        'CREATE CONSTRAINT kg_paper_id IF NOT EXISTS FOR (n:`Paper`) REQUIRE n.id IS UNIQUE'
    """
    out = {f"kg_{label.lower()}_id": f"CREATE CONSTRAINT kg_{label.lower()}_id IF NOT EXISTS "
                                     f"FOR (n:{_checked(label, STORED_LABELS)}) REQUIRE n.id IS UNIQUE"
           for label in STORED_LABELS}
    for label, props in INDEXED.items():
        for prop in props:
            name = f"kg_{label.lower()}_{prop}"
            out[name] = f"CREATE INDEX {name} IF NOT EXISTS FOR (n:{_checked(label, LABELS)}) ON (n.{prop})"
    return out


def embedded_schema() -> list[str]:
    """The embedded store's schema in ArcadeDB SQL (its Cypher has no schema commands): vertex types with a
    unique ``id``, NOTUNIQUE indexes on the INDEXED string properties, edge types; all idempotent.

    Examples:
        >>> embedded_schema()[0]
        'CREATE VERTEX TYPE `Paper` IF NOT EXISTS'
    """
    out = []
    for label in STORED_LABELS:
        out += [f"CREATE VERTEX TYPE `{label}` IF NOT EXISTS", f"CREATE PROPERTY `{label}`.id IF NOT EXISTS STRING",
                f"CREATE INDEX IF NOT EXISTS ON `{label}` (id) UNIQUE"]
    for label, props in INDEXED.items():
        for prop in props:
            out += [f"CREATE PROPERTY `{label}`.`{prop}` IF NOT EXISTS STRING",
                    f"CREATE INDEX IF NOT EXISTS ON `{label}` (`{prop}`) NOTUNIQUE NULL_STRATEGY SKIP"]
    out += [f"CREATE EDGE TYPE `{rel}` IF NOT EXISTS" for rel in SCHEMA]
    return out


def clean_props(props: dict[str, Value]) -> dict[str, Value]:
    """``props`` without the unset values (None and empty lists), which no store holds."""
    return {k: v for k, v in props.items() if v is not None and v != []}


def batches(rows: list[dict[str, Any]], size: int = BATCH_ROWS) -> Iterator[list[dict[str, Any]]]:
    """``rows`` in consecutive chunks of at most ``size``.

    Examples:
        >>> [len(b) for b in batches([{}] * 5, 2)]
        [2, 2, 1]
    """
    for start in range(0, len(rows), size):
        yield rows[start:start + size]


def write_plan(graph: Graph) -> Iterator[WriteStep]:
    """The batches that write ``graph``: nodes by label, then edges by type and end labels, in id order."""
    by_label: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for node in sorted(graph.nodes.values(), key=lambda n: n.id):
        by_label[node.label].append({"id": node.id, "props": {**clean_props(node.props), "id": node.id}})
    for label in sorted(by_label):
        for rows in batches(by_label[label]):
            yield WriteStep(merge_node(label), rows)
    by_shape: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    for edge in sorted(graph.edges.values(), key=lambda e: e.key):
        shape = (edge.type, graph.nodes[edge.source].label, graph.nodes[edge.target].label)
        by_shape[shape].append({"source": edge.source, "target": edge.target, "props": clean_props(edge.props)})
    for shape in sorted(by_shape):
        for rows in batches(by_shape[shape]):
            yield WriteStep(merge_edge(*shape), rows)


# Lineage around one model, read a step at a time (kg.store.lineage): the models one BUILDS_ON step from the
# frontier ``$ids`` either way, keeping the edges kg.analysis.lineage keeps (score at least ``$min_score``, an
# edge without one scoring 1; generic ones only with ``$generic``); the frontier is matched first, by the id index
# (unwound: a hub's frontier holds thousands of models).
_KEEP_BUILDS_ON = "coalesce(r.score, 1.0) >= $min_score AND ($generic OR coalesce(r.generic, false) = false)"
BUILDS_ON_UP = (f"UNWIND $ids AS i MATCH (m:{_checked(MODEL, LABELS)} {{id: i}}) "
                f"MATCH (m)-[r:{_checked(BUILDS_ON, SCHEMA)}]->(a:{_checked(MODEL, LABELS)}) WHERE {_KEEP_BUILDS_ON} "
                "RETURN m.id AS source, a.id AS target, properties(a) AS node, properties(r) AS props")
BUILDS_ON_DOWN = (f"UNWIND $ids AS i MATCH (m:{_checked(MODEL, LABELS)} {{id: i}}) "
                  f"MATCH (a:{_checked(MODEL, LABELS)})-[r:{_checked(BUILDS_ON, SCHEMA)}]->(m) WHERE {_KEEP_BUILDS_ON} "
                  "RETURN a.id AS source, m.id AS target, properties(a) AS node, properties(r) AS props")
# The same walk in one statement for a small depth (kg.store.lineage.around): one pattern comprehension per model
# and direction, each nested in the one before, so the answer is one row of nested lists read path by path from the
# model: no path values, DISTINCT or second pass over the models reached. The engine's cost is per comprehension
# evaluated (about 17 us, even over no edge), per edge met (about 1 us) and per value returned (about 1 us; a
# string's length matters little): over 30 models of the 100,000-paper store (median, CPU) the statement took
# 1.5 ms with three comprehensions per model (the kept steps, their count, the edges left out) and every edge
# property, 0.9 ms with one listing every edge once (kept or left out) beside an unfiltered count, and only the
# edge properties an answer reads (LINEAGE_EDGE). A model reached by several paths is read once per path, as
# kg lineage prints it; the paths grow about threefold per step (T5's ``*0..3`` down: 114,097 paths to 10,010
# models in the 100,000-paper store), so deeper walks go a level at a time. No CASE: the engine takes about 150 ms
# of CPU to prepare a statement holding CASE expressions the first time in a process and 80 ms the second (each
# kg lineage process ran it once), 20-30 ms without; which steps are kept is decided by the reader, from the
# ``score`` and ``generic`` it reads of every edge.
NEAR_DEPTH = 3
LINEAGE_EDGE = ("score", "generic", "inferred", "kind", "rule", "candidate", "reasons", "evidence", "sentence")
"""The BUILDS_ON properties a lineage answer reads (kg.analysis.lineage.walk: the steps kept, the edges left out,
what each step shows and its kind), in the order ``lineage_near`` returns them."""
BUILDS_ON_OUT, BUILDS_ON_IN = "builds_on_out", "builds_on_in"
"""Model properties the build stores (kg.store.lineage.builds_on_counts): how many BUILDS_ON edges leave the model
(to the models it builds on) and enter it, kept or not. ``lineage_near`` reads them instead of counting the edges
(a comprehension per model reached; a store built before them is counted), and a walk a level at a time does not
read the edges of a model storing none that way (kg.store.lineage.BuildsOn.step)."""


def _dated(var: str) -> str:
    return (f"{var}.id, coalesce({var}.name, {var}.title), {var}.date, {var}.first_seen, {var}.introduced_by, "
            f"{var}.kept_apart_by")


def lineage_near(depth: int) -> str:
    """The model ``$id`` and the BUILDS_ON edges of every path of at most ``depth`` steps from it, either way, as
    one row (none without the model): ``model``, what kg.analysis.lineage reads of it (``[id, name, else its
    title, date, first_seen, introduced_by, kept_apart_by, dropped_parents]``), then ``up`` and ``down``, every
    edge from it that way (leaving it up, entering it down), each ``[the other end's first six values as for
    model, the edge's LINEAGE_EDGE values, (below depth) the edges from the other end, the same way]``. A model
    with more than ``$wide`` BUILDS_ON edges that way has null for them (not read: the caller reads it another
    way); its count that way (BUILDS_ON_OUT or BUILDS_ON_IN) is read, else (a store built before them) its
    edges are counted. No other property is read.

    Examples:
        >>> lineage_near(2).count("[(a1)-[r2:`BUILDS_ON`]->(a2:`Model`)")
        1
        >>> "CASE" in lineage_near(3)
        False

    Raises:
        ValueError: ``depth`` is not an int from 1 to NEAR_DEPTH.
    """
    if type(depth) is not int or not 1 <= depth <= NEAR_DEPTH:
        raise ValueError(f"depth {depth!r} is not an int from 1 to {NEAR_DEPTH}")
    return _lineage_near(depth)


@cache  # built once per depth: the lookup itself takes about a millisecond
def _lineage_near(depth: int) -> str:
    model, rel = _checked(MODEL, LABELS), _checked(BUILDS_ON, SCHEMA)

    def edges(near: str, level: int, up: bool) -> str:  # every edge from ``near`` (at level - 1), unless too many
        stored = f"{near}.{BUILDS_ON_OUT if up else BUILDS_ON_IN}"  # null in a store built before it: counted
        count = f"coalesce({stored}, size([({near})-[:{rel}]->() | 1]))" if up else (
            f"coalesce({stored}, size([({near})<-[:{rel}]-() | 1]))")
        r, a, once = f"r{level}", f"a{level}", f"w{level}"
        pattern = f"({near})-[{r}:{rel}]->({a}:{model})" if up else f"({near})<-[{r}:{rel}]-({a}:{model})"
        values = ", ".join(f"{r}.{k}" for k in LINEAGE_EDGE)
        beyond = f", {edges(a, level + 1, up)}" if level < depth else ""
        # [x IN [1] WHERE test | value][0]: the value when the test holds, else null (CASE without its cost)
        return f"[{once} IN [1] WHERE {count} <= $wide | [{pattern} | [{_dated(a)}, [{values}]{beyond}]]][0]"

    return (f"MATCH (m:{model} {{id: $id}}) RETURN [{_dated('m')}, m.dropped_parents] AS model, "
            f"{edges('m', 1, True)} AS up, {edges('m', 1, False)} AS down")


# The same steps with only what the shortest-path search weighs (``score``, ``generic``), for kg lineage-path;
# then the properties of the chain found, by ids.
BUILDS_ON_UP_SCORES = (f"UNWIND $ids AS i MATCH (m:{_checked(MODEL, LABELS)} {{id: i}}) "
                       f"MATCH (m)-[r:{_checked(BUILDS_ON, SCHEMA)}]->(a:{_checked(MODEL, LABELS)}) "
                       f"WHERE {_KEEP_BUILDS_ON} "
                       "RETURN m.id AS source, a.id AS target, r.score AS score, r.generic AS generic")
BUILDS_ON_DOWN_SCORES = (f"UNWIND $ids AS i MATCH (m:{_checked(MODEL, LABELS)} {{id: i}}) "
                         f"MATCH (a:{_checked(MODEL, LABELS)})-[r:{_checked(BUILDS_ON, SCHEMA)}]->(m) "
                         f"WHERE {_KEEP_BUILDS_ON} "
                         "RETURN a.id AS source, m.id AS target, r.score AS score, r.generic AS generic")
# The same steps with what orders the models reached (``node``: ORDER_KEYS) beside the scores, for a walk with a
# width (kg.store.lineage.around): a hub's thousands of steps are read so, and only the shown ones' properties
# (MODELS_BY_ID, CHAIN_EDGES). Over T5's 3,374 steps down in the 100,000-paper store: 60-80 ms against 160 ms
# with every property of each step and model.
ORDER_KEYS = ("date", "introduced_by", "first_seen", BUILDS_ON_OUT, BUILDS_ON_IN)
"""The model properties BUILDS_ON_UP_ORDER and BUILDS_ON_DOWN_ORDER return (``node``, in this order): the stored
dates a lineage answer orders models by, and the counts that spare reading a model's steps."""
_ORDER_NODE = "[" + ", ".join(f"a.{k}" for k in ORDER_KEYS) + "] AS node"
BUILDS_ON_UP_ORDER = BUILDS_ON_UP_SCORES + ", " + _ORDER_NODE
BUILDS_ON_DOWN_ORDER = BUILDS_ON_DOWN_SCORES + ", " + _ORDER_NODE
# The BUILDS_ON edges one step from ``$ids`` either way that those steps leave out (generic without ``$generic``,
# or scoring below ``$min_score``): what kg lineage says it hid, and why.
_HIDDEN_BUILDS_ON = ("NOT (" + _KEEP_BUILDS_ON + ") RETURN {ends}, coalesce(r.generic, false) AS generic, "
                     "coalesce(r.score, 1.0) AS score")
BUILDS_ON_UP_HIDDEN = (f"UNWIND $ids AS i MATCH (m:{_checked(MODEL, LABELS)} {{id: i}}) "
                       f"MATCH (m)-[r:{_checked(BUILDS_ON, SCHEMA)}]->(a:{_checked(MODEL, LABELS)}) WHERE "
                       + _HIDDEN_BUILDS_ON.format(ends="m.id AS source, a.id AS target"))
BUILDS_ON_DOWN_HIDDEN = (f"UNWIND $ids AS i MATCH (m:{_checked(MODEL, LABELS)} {{id: i}}) "
                         f"MATCH (a:{_checked(MODEL, LABELS)})-[r:{_checked(BUILDS_ON, SCHEMA)}]->(m) WHERE "
                         + _HIDDEN_BUILDS_ON.format(ends="a.id AS source, m.id AS target"))
CHAIN_EDGES = (f"UNWIND $rows AS row MATCH (a:{_checked(MODEL, LABELS)} {{id: row.source}})"
               f"-[r:{_checked(BUILDS_ON, SCHEMA)}]->(b:{_checked(MODEL, LABELS)} {{id: row.target}}) "
               "RETURN a.id AS source, b.id AS target, properties(r) AS props")
MODELS_BY_ID = f"UNWIND $ids AS i MATCH (m:{_checked(MODEL, LABELS)} {{id: i}}) RETURN properties(m) AS props"
_PAPER_MODEL = "|".join(_checked(rel, SCHEMA) for rel in PAPER_ENTITY_RELS)
_DATING = "p.id AS id, p.date AS date, p.year AS year, p.title AS title"
# The papers that date a model (kg.analysis.lineage.model_dates) when it stores no dates (a store built before
# they were stored, kg.store.lineage.add_dates): every paper naming it.
NAMING_PAPERS = (f"UNWIND $ids AS i MATCH (m:{_checked(MODEL, LABELS)} {{id: i}}) "
                 f"MATCH (p:{_checked(PAPER, LABELS)})-[r:{_PAPER_MODEL}]->(m) "
                 f"RETURN m.id AS model, type(r) AS type, {_DATING}")


# What ``kg lineage A --why B`` reads of two models besides their BUILDS_ON edges (kg.store.lineage.pair): the
# papers naming both, with each paper's relation, rule and sentence to each model, and the authors of a paper
# introducing one who also wrote a paper introducing the other.
PAIR_PAPERS = (f"MATCH (a:{_checked(MODEL, LABELS)} {{id: $a}})<-[r:{_PAPER_MODEL}]-(p:{_checked(PAPER, LABELS)})"
               f"-[s:{_PAPER_MODEL}]->(b:{_checked(MODEL, LABELS)} {{id: $b}}) "
               "RETURN p.id AS id, p.title AS title, p.name AS name, p.date AS date, type(r) AS a_type, "
               "r.rule AS a_rule, r.evidence AS a_evidence, type(s) AS b_type, s.rule AS b_rule, "
               "s.evidence AS b_evidence")
# The parents either model already has (kg.store.lineage.pair): a stated, name or inferred parent leaves a model no
# candidate edge, and a candidate parent is its one candidate (kg.analysis.lineage.infer.select).
PAIR_PARENTS = (f"UNWIND $ids AS i MATCH (m:{_checked(MODEL, LABELS)} {{id: i}})-[r:{_checked(BUILDS_ON, SCHEMA)}]->"
                f"(p:{_checked(MODEL, LABELS)}) WHERE coalesce(r.generic, false) = false "
                "RETURN m.id AS source, p.id AS target, p.name AS name, r.kind AS kind, r.rule AS rule, "
                "r.inferred AS inferred, r.candidate AS candidate, r.score AS score")
# A citation from a paper naming (or introducing) model $a to one naming model $b, the first $limit by paper ids
# (kg.store.lineage.pair reads it both ways): the strongest signal inference weighs.
PAIR_CITES = (f"MATCH (a:{_checked(MODEL, LABELS)} {{id: $a}})<-[r:{_PAPER_MODEL}]-(p:{_checked(PAPER, LABELS)})"
              f"-[:{_checked(CITES, SCHEMA)}]->(q:{_checked(PAPER, LABELS)})-[s:{_PAPER_MODEL}]->"
              f"(b:{_checked(MODEL, LABELS)} {{id: $b}}) "
              "RETURN p.id AS citing, p.title AS citing_title, type(r) AS citing_type, q.id AS cited, "
              "q.title AS cited_title, type(s) AS cited_type ORDER BY citing, cited LIMIT $limit")
# The papers introducing a model, and those of them an author's list prints (kg lineage --why: a listing's owner).
MODEL_INTRODUCERS = (f"MATCH (m:{_checked(MODEL, LABELS)} {{id: $id}})<-[:{_checked(INTRODUCES, SCHEMA)}]-"
                     f"(p:{_checked(PAPER, LABELS)}) RETURN p.id AS id ORDER BY id")
PRINTED_AMONG = (f"MATCH (a:{_checked(AUTHOR, LABELS)} {{id: $id}})-[:{_checked(AUTHORED, SCHEMA)}]->"
                 f"(p:{_checked(PAPER, LABELS)}) WHERE p.id IN $papers RETURN p.id AS id, a.name AS name")
# The papers naming a model other than the ones introducing it, by relation (kg lineage: "also named by").
MODEL_NAMED_BY = (f"MATCH (m:{_checked(MODEL, LABELS)} {{id: $id}})<-[r:{_PAPER_MODEL}]-(p:{_checked(PAPER, LABELS)}) "
                  "WHERE type(r) <> $introduces RETURN type(r) AS type, count(DISTINCT p) AS papers ORDER BY type")
MODEL_NAMED_BY_CHILDREN = (f"MATCH (m:{_checked(MODEL, LABELS)} {{id: $id}})<-[:{_checked(BUILDS_ON, SCHEMA)}]-"
                           f"(:{_checked(MODEL, LABELS)})<-[:{_checked(INTRODUCES, SCHEMA)}]-(p:{_checked(PAPER, LABELS)})"
                           f"-[r:{_PAPER_MODEL}]->(m) WHERE type(r) <> $introduces "
                           "RETURN type(r) AS type, count(DISTINCT p) AS papers ORDER BY type")
"""Of ``MODEL_NAMED_BY``'s papers, those that introduce a model built on the model: their edges are its lineage."""
PAIR_AUTHORS = (f"MATCH (a:{_checked(MODEL, LABELS)} {{id: $a}})<-[:{_checked(INTRODUCES, SCHEMA)}]-"
                f"(:{_checked(PAPER, LABELS)})<-[:{_checked(AUTHORED, SCHEMA)}]-(w:{_checked(AUTHOR, LABELS)})"
                f"-[:{_checked(AUTHORED, SCHEMA)}]->(:{_checked(PAPER, LABELS)})-[:{_checked(INTRODUCES, SCHEMA)}]->"
                f"(b:{_checked(MODEL, LABELS)} {{id: $b}}) RETURN DISTINCT w.name AS name")

def names_of(label: str) -> str:
    """The ids, names, titles and aliases of every ``label`` node: what a loose name lookup reads.

    Raises:
        ValueError: ``label`` is not in the schema.
    """
    return (f"MATCH (n:{_checked(label, LABELS)}) "
            "RETURN n.id AS id, n.name AS name, n.title AS title, n.aliases AS aliases")


# The ego neighbourhood of one node (kg.store.ego), read a level at a time: every relationship out of and into
# the frontier ``$ids`` of one label (matched first, by the id index), with the other end's labels and
# properties (``UNWIND``: ArcadeDB uses the index for ``{id: i}``, not for ``id IN $ids``); at the last level only the relationships out of the frontier, ids and properties.
def ego_out(label: str) -> str:
    """Every relationship out of the ``label`` nodes whose ids are in ``$ids``, with the other end.

    Raises:
        ValueError: ``label`` is not in the schema.
    """
    return (f"UNWIND $ids AS i MATCH (n:{_checked(label, LABELS)} {{id: i}}) MATCH (n)-[r]->(m) "
            "RETURN n.id AS source, type(r) AS type, m.id AS target, labels(m) AS labels, "
            "properties(m) AS node, properties(r) AS props")


def ego_in(label: str) -> str:
    """Every relationship into the ``label`` nodes whose ids are in ``$ids``, with the other end.

    Raises:
        ValueError: ``label`` is not in the schema.
    """
    return (f"UNWIND $ids AS i MATCH (n:{_checked(label, LABELS)} {{id: i}}) MATCH (m)-[r]->(n) "
            "RETURN m.id AS source, type(r) AS type, n.id AS target, labels(m) AS labels, "
            "properties(m) AS node, properties(r) AS props")


def ego_out_edges(label: str, types: Iterable[str]) -> str:
    """The relationships of ``types`` out of the ``label`` nodes whose ids are in ``$ids`` into a node whose id
    is a key of the map ``$ball`` (each value true): ends, type and properties. The engine walks only the
    edges of those types and keeps those into the ball: a map, not a list, since it looks a key up at once
    and goes through a list item by item (the 197 authors two steps from an author of the 100,000-paper
    store wrote 7,373 papers: about 140 ms of CPU returning every link, 60 with the map over every type,
    500 with a list).

    Raises:
        ValueError: ``label`` or a type is not in the schema.
    """
    rels = "|".join(_checked(rel, SCHEMA) for rel in types)
    return (f"UNWIND $ids AS i MATCH (n:{_checked(label, LABELS)} {{id: i}}) MATCH (n)-[r:{rels}]->(m) "
            "WHERE $ball[m.id] RETURN n.id AS source, type(r) AS type, m.id AS target, properties(r) AS props")


def earliest_paper(label: str, rel: str | None = None) -> str:
    """For each ``label`` node whose id is in ``$ids``, the earliest paper linked to it (by ``rel``, default
    any type; the lowest ``year``, then the lowest id, as kg.viz's ``when`` picks it), aggregated by the
    engine: rows ``id``, ``paper``.

    Raises:
        ValueError: ``label`` or ``rel`` is not in the schema.
    """
    typed = f":{_checked(rel, SCHEMA)}" if rel is not None else ""
    paper = _checked(PAPER, LABELS)
    return (f"UNWIND $ids AS i MATCH (n:{_checked(label, LABELS)} {{id: i}}) "
            f"MATCH (p:{paper})-[{typed}]->(n) WHERE p.year IS NOT NULL WITH n, min(p.year) AS y "
            f"MATCH (q:{paper})-[{typed}]->(n) WHERE q.year = y RETURN n.id AS id, min(q.id) AS paper")


def paper_links(label: str) -> str:
    """Every relationship from the paper ``row.paper`` to the ``label`` node ``row.id``, for each of ``$rows``:
    ``id``, ``paper``, ``type``, ``props``.

    Raises:
        ValueError: ``label`` is not in the schema.
    """
    return (f"UNWIND $rows AS row MATCH (p:{_checked(PAPER, LABELS)} {{id: row.paper}})"
            f"-[r]->(n:{_checked(label, LABELS)} {{id: row.id}}) "
            "RETURN n.id AS id, p.id AS paper, type(r) AS type, properties(r) AS props")


EGO_PAPERS = f"UNWIND $ids AS i MATCH (p:{_checked(PAPER, LABELS)} {{id: i}}) RETURN properties(p) AS props"
PAPER_AUTHORS = (f"UNWIND $ids AS i MATCH (p:{_checked(PAPER, LABELS)} {{id: i}}) "
                 f"MATCH (a:{_checked(AUTHOR, LABELS)})-[r:{_checked(AUTHORED, SCHEMA)}]->(p) "
                 "RETURN a.id AS source, p.id AS target, properties(a) AS node, properties(r) AS props")
