"""Reads of what the build stored for the whole-graph commands: Summary nodes by id, and the papers a
stored namesake grouping names with their authors, organizations and topics (indexed lookups only); and what
grouping one listing's papers reads (its papers, the same neighbourhood, and for text evidence their text and
entities)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from kg.model import AFFILIATED_WITH, AUTHOR, AUTHORED, HAS_TOPIC, ORG, PAPER, SUMMARY, TOPIC, Edge, Graph, Node
from kg.store.base import GraphStore
from kg.store.cypher import (AUTHORS_BY_ID, COAUTHORSHIP_PAPERS, LISTING_NAMES, LISTING_PAPERS, PAPER_TEXTS,
                             PAPERS_AUTHORS, PAPERS_BY_ID, PAPERS_ORGS, PAPERS_TOPICS, node_by_id, paper_entities)


def read_summary(store: GraphStore, summary_id: str) -> dict[str, Any] | None:
    """The properties of the Summary node ``summary_id``, or None when the store holds none."""
    rows = store.run(node_by_id(SUMMARY), {"id": summary_id})
    return dict(rows[0]["props"]) if rows else None


def authored_papers(store: GraphStore, author_id: str) -> list[str]:
    """The ids of the papers ``author_id`` wrote, sorted."""
    return sorted(str(row["props"]["id"]) for row in store.run(COAUTHORSHIP_PAPERS, {"id": author_id}))


def authors_by_id(store: GraphStore, ids: Iterable[str]) -> Graph:
    """The Author nodes ``ids`` (those the store holds), without edges: what the collaboration view draws of
    the authors a stored ``kg.analysis.collab.drawn_network`` names."""
    graph = Graph()
    for row in store.run(AUTHORS_BY_ID, {"ids": sorted(set(ids))}):
        props = dict(row["props"])
        graph.add_node(Node(str(props["id"]), AUTHOR, props))
    return graph


def papers_around(store: GraphStore, ids: Iterable[str]) -> Graph:
    """The papers ``ids``, every author of them with the AUTHORED edges, and their organizations and topics."""
    ids = sorted(set(ids))
    graph = Graph()
    for row in store.run(PAPERS_BY_ID, {"ids": ids}):
        props = dict(row["props"])
        graph.add_node(Node(str(props["id"]), PAPER, props))
    for statement, label, rel in ((PAPERS_AUTHORS, AUTHOR, AUTHORED), (PAPERS_ORGS, ORG, AFFILIATED_WITH),
                                  (PAPERS_TOPICS, TOPIC, HAS_TOPIC)):
        for row in store.run(statement, {"ids": ids}):
            props = dict(row["props"])
            other, paper = str(props["id"]), str(row["paper"])
            graph.add_node(Node(other, label, props))
            source, target = (other, paper) if rel == AUTHORED else (paper, other)
            graph.add_edge(Edge(source, rel, target, dict(row["rel"])))
    return graph


def read_summaries(store: GraphStore) -> Graph:
    """Every Summary node of ``store`` (``kg push`` copies them with the graph), in id order (not the order on
    disk, which an ``--add``'s differential write changes)."""
    from kg.store.cypher import read_nodes

    graph = Graph()
    for row in sorted(store.run(read_nodes(SUMMARY)), key=lambda row: str(row["props"]["id"])):
        props = dict(row["props"])
        graph.add_node(Node(str(props["id"]), SUMMARY, props))
    return graph


def listing_papers(store: GraphStore, listing: str) -> list[str]:
    """The ids of the papers read from the listing ``listing`` (as papers keep it, kg.resolve.listing_keys), sorted.

    One scan of the papers' ``listings`` (not indexed): 0.4 s on a 100,000-paper store.
    """
    return [str(row["id"]) for row in store.run(LISTING_PAPERS, {"listing": listing})]


def listing_names(store: GraphStore) -> list[str]:
    """Every listing the store's papers were read from (as papers keep it, kg.resolve.listing_keys), sorted."""
    return [str(row["listing"]) for row in store.run(LISTING_NAMES)]


def paper_texts(store: GraphStore, ids: Iterable[str], entity_labels: Iterable[str]) -> Graph:
    """The papers ``ids`` with only their ``title``, ``name`` and ``abstract``, and their relationships to the
    nodes of ``entity_labels`` (with their ``name``): what ``kg.analysis.text.paper_vectors`` reads about them."""
    ids = sorted(set(ids))
    graph = Graph()
    for row in store.run(PAPER_TEXTS, {"ids": ids}):
        props = {k: row[k] for k in ("id", "title", "name", "abstract") if row.get(k) is not None}
        graph.add_node(Node(str(row["id"]), PAPER, props))
    for label in entity_labels:
        for row in store.run(paper_entities(label), {"ids": ids}):
            props = {k: row[k] for k in ("id", "name") if row.get(k) is not None}
            graph.add_node(Node(str(row["id"]), label, props))
            graph.add_edge(Edge(str(row["paper"]), str(row["type"]), str(row["id"])))
    return graph
