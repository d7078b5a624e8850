"""The one store interface both backends implement, and what they share."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from kg.model import AUTHOR, AUTHORED, LABELS, PAPER, Edge, Graph, Node
from kg.store.cypher import (COAUTHORSHIP_EDGES, COAUTHORSHIP_PAPERS, COUNT_LABELS, COUNT_STUBS, COUNT_TYPES,
                             READ_EDGES, READ_NODES, find_by, names_of, node_by_id, read_edges, read_nodes,
                             write_plan)


@dataclass(frozen=True)
class NodeValue:
    """A node returned by ad-hoc Cypher, without backend ids: its labels and properties."""

    labels: tuple[str, ...]
    props: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class RelValue:
    """A relationship returned by ad-hoc Cypher: its type and properties (``forward``: it points along a path)."""

    type: str
    props: dict[str, Any] = field(default_factory=dict)
    forward: bool = True


@dataclass(frozen=True)
class PathValue:
    """A path returned by ad-hoc Cypher: ``nodes[i]`` and ``nodes[i + 1]`` joined by ``rels[i]``."""

    nodes: tuple[NodeValue, ...]
    rels: tuple[RelValue, ...]


class GraphStore(ABC):
    """A graph database holding a kg Graph: write it, read it back, run Cypher on it."""

    @abstractmethod
    def run(self, cypher: str, params: dict[str, Any] | None = None, *, write: bool = False
            ) -> list[dict[str, Any]]:
        """Run one Cypher statement with ``$parameters``; rows as dicts (in a write transaction with ``write``).

        Raises:
            StoreError: the store refuses the statement.
            BackendUnavailable: a Bolt server cannot be reached.
        """

    @abstractmethod
    def run_read_only(self, cypher: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        """Run one statement where no write can last: in a transaction that is rolled back, never committed
        (user Cypher, ``kg cypher``); rows as dicts, with nodes, relationships and paths as NodeValue,
        RelValue and PathValue (no backend ids).

        Raises:
            StoreError: the store refuses or fails the statement.
        """

    @abstractmethod
    def ensure_schema(self) -> None:
        """Create the unique-id constraints (and indexes) for every label; idempotent."""

    @abstractmethod
    def close(self) -> None:
        """Release the database or driver; the store cannot be used after."""

    def write(self, graph: Graph) -> None:
        """Upsert every node and edge of ``graph`` in UNWIND batches (MERGE on ids: idempotent)."""
        self.ensure_schema()
        for step in write_plan(graph):
            self.run(step.statement(), {"rows": step.rows}, write=True)

    def read(self, labels: Iterable[str] | None = None, types: Iterable[str] | None = None) -> Graph:
        """The stored graph: all of it, or only the nodes of ``labels`` and the edges of ``types`` between them."""
        graph = Graph()
        node_rows = (self.run(READ_NODES) if labels is None else
                     ({"labels": [label], **row} for label in labels for row in self.run(read_nodes(label))))
        for row in node_rows:
            label = next((lb for lb in row["labels"] if lb in LABELS), None)
            if label is not None:
                props = dict(row["props"])
                graph.add_node(Node(str(props["id"]), label, props))
        edge_rows = (self.run(READ_EDGES) if types is None else
                     ({"type": rel, **row} for rel in types for row in self.run(read_edges(rel))))
        for row in edge_rows:
            if row["source"] in graph.nodes and row["target"] in graph.nodes:
                graph.add_edge(Edge(row["source"], row["type"], row["target"], dict(row["props"])))
        return graph

    def find_exact(self, label: str, name: str) -> str | None:
        """The id of the ``label`` node whose id is ``name``, else the first (by id) whose indexed name
        property (kg.store.cypher.INDEXED) is ``name`` exactly; None when there is none. Indexed lookups only."""
        from kg.store.cypher import INDEXED

        for prop in ("id", *INDEXED.get(label, ())):
            rows = self.run(find_by(label, prop), {"value": name})
            if rows:
                return str(rows[0]["id"])
        return None

    def names(self, label: str) -> Graph:
        """Every ``label`` node with only its ``id``, ``name``, ``title`` and ``aliases``: what a loose name
        lookup (``kg.queries.find``) reads when ``find_exact`` finds nothing."""
        graph = Graph()
        for row in self.run(names_of(label)):
            props = {k: row[k] for k in ("id", "name", "title", "aliases") if row.get(k) is not None}
            graph.add_node(Node(str(row["id"]), label, props))
        return graph

    def lineage_around(self, model_id: str, depth: int, min_score: float = 0.0, show_generic: bool = False,
                       width: int | None = None) -> Graph:
        """What ``kg.analysis.lineage.lineage`` reads about the model ``model_id`` (its answer on this subgraph,
        with ``stored_dates``, equals its answer on the whole graph): the models up to ``depth`` BUILDS_ON
        steps either way (with ``width``, the steps of the models that answer shows), the edges it leaves out
        of them, and the papers dating the models that store no dates (``kg.store.lineage.around``)."""
        from kg.store.lineage import around

        return around(self, model_id, depth, min_score, show_generic, width)

    def lineage_hidden(self, up: Iterable[str], down: Iterable[str], min_score: float = 0.0,
                       show_generic: bool = False) -> dict[str, int]:
        """How many BUILDS_ON edges leaving the models ``up`` or entering the models ``down`` a lineage answer
        with these settings hides, and why: ``{"generic", "below_min_score"}`` (``kg.store.lineage.hidden``)."""
        from kg.store.lineage import hidden

        return hidden(self, up, down, min_score, show_generic)

    def lineage_between(self, a: str, b: str, min_score: float = 0.0, show_generic: bool = False) -> Graph:
        """What ``kg.analysis.lineage.lineage_path`` reads about the models ``a`` and ``b`` when a chain of at
        most ``kg.store.lineage.PATH_LIMIT`` (10) BUILDS_ON steps joins them; a longer chain is not found
        (``kg.store.lineage.between``: a bidirectional frontier search, then the shortest-path search's reads)."""
        from kg.store.lineage import between

        return between(self, a, b, min_score, show_generic)

    def lineage_pair(self, a: str, b: str) -> dict[str, Any]:
        """What joins the models ``a`` and ``b`` in the store, read from the two through indexed statements:
        their properties, BUILDS_ON edges either way, the papers naming both and the authors shared by their
        introducing papers (``kg.store.lineage.pair``)."""
        from kg.store.lineage import pair

        return pair(self, a, b)

    def ego_around(self, node_id: str, label: str, depth: int) -> Graph:
        """What ``kg.viz.page_data(g, view="ego", focus=node_id, depth=depth)`` reads of the ``label`` node
        ``node_id`` (the page drawn from this subgraph equals the page drawn from the whole graph): the nodes
        up to ``depth`` steps away either way, read a level at a time through the id index, the edges between
        them, and the papers dating and the authors naming the outermost ones (``kg.store.ego.around``)."""
        from kg.store.ego import around

        return around(self, node_id, label, depth)

    def lineage_family(self, model_id: str, show_generic: bool = False) -> Graph:
        """What ``kg.viz.page_data(g, view="lineage", focus=model_id, show_generic=show_generic)`` reads (the
        same page as from the whole graph): the model's BUILDS_ON ancestors and descendants, their other
        parents and the papers dating them (``kg.store.ego.lineage``)."""
        from kg.store.ego import lineage

        return lineage(self, model_id, show_generic)

    def lineages(self, show_generic: bool = False) -> tuple[Graph, int]:
        """What ``kg.viz.page_data(g, view="lineage", show_generic=show_generic)`` reads with no focus (the same
        page as from the whole graph): every model, the BUILDS_ON edges and the papers dating the models they
        join; and how many edges to generic architectures the page leaves out (``kg.store.ego.lineages``)."""
        from kg.store.ego import lineages

        return lineages(self, show_generic)

    def coauthorship(self, author_id: str) -> Graph:
        """The author ``author_id``, their papers, everyone who wrote one of them and those AUTHORED edges.

        All that ``kg.analysis.collab.coauthors`` reads about one author, through the id index: its answer
        on this subgraph equals its answer on the whole graph. Empty when there is no such author.
        """
        graph = Graph()
        for row in self.run(node_by_id(AUTHOR), {"id": author_id}):
            graph.add_node(Node(author_id, AUTHOR, dict(row["props"])))
        for row in self.run(COAUTHORSHIP_PAPERS, {"id": author_id}):
            props = dict(row["props"])
            graph.add_node(Node(str(props["id"]), PAPER, props))
        for row in self.run(COAUTHORSHIP_EDGES, {"id": author_id}):
            props = dict(row["author"])
            graph.add_node(Node(str(props["id"]), AUTHOR, props))
            graph.add_edge(Edge(str(props["id"]), AUTHORED, str(row["paper"]), dict(row["props"])))
        return graph

    def counts(self) -> dict[str, dict[str, int]]:
        """Node counts per label and relationship counts per type, sorted by name.

        Paper stubs (papers only cited, ``stub: true``) are not counted as papers; when there are any,
        a third section ``stubs`` counts them.
        """
        labels: dict[str, int] = {}
        for row in self.run(COUNT_LABELS):
            for label in row["labels"]:
                if label in LABELS:
                    labels[label] = labels.get(label, 0) + int(row["count"])
        types = {row["type"]: int(row["count"]) for row in self.run(COUNT_TYPES)}
        stubs = sum(int(row["count"]) for row in self.run(COUNT_STUBS)) if labels.get(PAPER) else 0
        if stubs:
            labels[PAPER] -= stubs
        counts = {"nodes": dict(sorted(labels.items())), "relationships": dict(sorted(types.items()))}
        return {**counts, "stubs": {PAPER: stubs}} if stubs else counts

    def __enter__(self) -> GraphStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
