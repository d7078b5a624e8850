"""The closed data model: node labels, relationship types, and the Graph every stage passes on.

Node ids are stable strings: ``paper:arxiv:2105.04663``, ``author:yanping huang``, ``model:gshard``.
Property values are scalars or lists of scalars, so every backend and export format can hold them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

# Node labels.
PAPER = "Paper"
AUTHOR = "Author"
ORG = "Org"
TOPIC = "Topic"
MODEL = "Model"
DATASET = "Dataset"
HARDWARE = "Hardware"
LABELS: tuple[str, ...] = (PAPER, AUTHOR, ORG, TOPIC, MODEL, DATASET, HARDWARE)
ENTITY_LABELS: tuple[str, ...] = (MODEL, DATASET, HARDWARE, ORG, TOPIC)
# Derived nodes: whole-graph analyses the build computes once and stores for the commands to read
# (kg.analysis.summary), one node per analysis or per author: properties ``id`` (``summary:collaboration``,
# ``summary:namesakes:<author id>``), ``kind``, ``version``, ``seed`` and ``data`` (the result as JSON text).
# Not part of the graph: store reads, exports, counts and analyses leave them out.
SUMMARY = "Summary"
STORED_LABELS: tuple[str, ...] = (*LABELS, SUMMARY)  # every label a store holds

# Relationship types: (type, allowed source labels, allowed target labels).
AUTHORED = "AUTHORED"  # Author -> Paper, property position (0-based author order)
AFFILIATED_WITH = "AFFILIATED_WITH"  # Paper -> Org, from a listing's organization tags
HAS_TOPIC = "HAS_TOPIC"  # Paper -> Topic, from category codes and abstracts
INTRODUCES = "INTRODUCES"  # Paper -> Model | Dataset
USES = "USES"  # Paper -> Model | Hardware
EVALUATED_ON = "EVALUATED_ON"  # Paper -> Dataset
COMPARES_WITH = "COMPARES_WITH"  # Paper -> Model
MENTIONS = "MENTIONS"  # Paper -> any entity named without a stronger relation
BUILDS_ON = "BUILDS_ON"  # Model -> Model (the source came later), explicit or inferred
CITES = "CITES"  # Paper -> Paper, when an input carries references

SCHEMA: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    AUTHORED: ((AUTHOR,), (PAPER,)),
    AFFILIATED_WITH: ((PAPER,), (ORG,)),
    HAS_TOPIC: ((PAPER,), (TOPIC,)),
    INTRODUCES: ((PAPER,), (MODEL, DATASET, HARDWARE)),
    USES: ((PAPER,), (MODEL, HARDWARE, DATASET)),
    EVALUATED_ON: ((PAPER,), (DATASET,)),
    COMPARES_WITH: ((PAPER,), (MODEL,)),
    MENTIONS: ((PAPER,), ENTITY_LABELS),
    BUILDS_ON: ((MODEL,), (MODEL,)),
    CITES: ((PAPER,), (PAPER,)),
}
REL_TYPES: tuple[str, ...] = tuple(SCHEMA)
# Labels that some relationship leaves / enters, and enters from a Paper (schema-possible patterns only).
SOURCE_LABELS: tuple[str, ...] = tuple(sorted({s for sources, _ in SCHEMA.values() for s in sources}))
TARGET_LABELS: tuple[str, ...] = tuple(sorted({t for _, targets in SCHEMA.values() for t in targets}))
PAPER_TARGET_LABELS: tuple[str, ...] = tuple(sorted({t for sources, targets in SCHEMA.values() if PAPER in sources
                                                     for t in targets}))
# Paper -> entity relations, strongest first: a pair keeps only the strongest one.
PAPER_ENTITY_RELS: tuple[str, ...] = (INTRODUCES, EVALUATED_ON, COMPARES_WITH, USES, MENTIONS)

ID_PREFIX = {PAPER: "paper", AUTHOR: "author", ORG: "org", TOPIC: "topic",
             MODEL: "model", DATASET: "dataset", HARDWARE: "hardware"}

Scalar = str | int | float | bool
Value = Scalar | list[Scalar] | None
SPACES = re.compile(r"\s+")  # runs of white space, one space in a folded key


def fold_case(text: str) -> str:
    """Unicode-normalize and case-fold: ``fold`` without its collapse of white space (for reading words out of a
    text, which no word spans).

    Examples:
        >>> fold_case("Yanping\u00a0HUANG")
        'yanping huang'
    """
    return unicodedata.normalize("NFKC", text).casefold()


def fold(text: str) -> str:
    """Unicode-normalize, case-fold and collapse white space: the key text of a name.

    Examples:
        >>> fold("  Yanping\u00a0HUANG ")
        'yanping huang'
    """
    return SPACES.sub(" ", fold_case(text)).strip()


def node_id(label: str, key: str) -> str:
    """The stable id of a node of ``label`` whose key text is ``key``; a topic's dashes count as spaces (a
    source's keyword "mixture of experts" is the topic the text names "mixture-of-experts").

    Examples:
        >>> node_id(MODEL, "GShard"), node_id(TOPIC, "Mixture-of-Experts")
        ('model:gshard', 'topic:mixture of experts')
    """
    folded = fold(key)
    if label == TOPIC:
        folded = " ".join(folded.replace("-", " ").split())
    return f"{ID_PREFIX[label]}:{folded}"


@dataclass(frozen=True, slots=True)  # slots: no attribute dict per node or edge (40 bytes each)
class Node:
    """A node: a stable ``id`` (``model:gshard``), one of LABELS (or SUMMARY), and scalar or list properties.

    Nodes compare and hash by id and label only.

    Examples:
        >>> Node("model:gshard", MODEL, {"name": "GShard"}).name
        'GShard'

    Raises:
        ValueError: ``label`` is not one of STORED_LABELS.
    """

    id: str
    label: str
    props: dict[str, Value] = field(default_factory=dict, compare=False, hash=False)

    def __post_init__(self) -> None:
        if self.label not in STORED_LABELS:
            raise ValueError(f"unknown label {self.label!r}; known: {', '.join(STORED_LABELS)}")

    @property
    def name(self) -> str:
        """The ``name`` property, else the id."""
        return str(self.props.get("name", self.id))


@dataclass(frozen=True, slots=True)
class Edge:
    """A relationship ``source -[type]-> target`` between node ids, with properties (``evidence``, ``score``).

    Edges compare and hash by (source, type, target) only; the schema (SCHEMA) names the labels each
    type may join, which ``Graph.add_edge`` does not check.

    Examples:
        >>> Edge("model:gspmd", BUILDS_ON, "model:gshard").key
        ('model:gspmd', 'BUILDS_ON', 'model:gshard')

    Raises:
        ValueError: ``type`` is not one of REL_TYPES.
    """

    source: str
    type: str
    target: str
    props: dict[str, Value] = field(default_factory=dict, compare=False, hash=False)

    def __post_init__(self) -> None:
        if self.type not in SCHEMA:
            raise ValueError(f"unknown relationship type {self.type!r}; known: {', '.join(REL_TYPES)}")

    @property
    def key(self) -> tuple[str, str, str]:
        """``(source, type, target)``: at most one edge of a graph has it."""
        return (self.source, self.type, self.target)


@dataclass
class Graph:
    """Nodes by id and edges by (source, type, target): adding twice keeps one, merging properties."""

    nodes: dict[str, Node] = field(default_factory=dict)
    edges: dict[tuple[str, str, str], Edge] = field(default_factory=dict)

    def add_node(self, node: Node) -> Node:
        """Add ``node``, or merge its properties into the node with its id (``merge_props``); returns the
        node now held.

        Examples:
            >>> g = Graph()
            >>> _ = g.add_node(Node("topic:x", TOPIC, {"name": "X"}))
            >>> g.add_node(Node("topic:x", TOPIC, {"name": "Y", "code": "x"})).props
            {'name': 'X', 'code': 'x'}
        """
        old = self.nodes.get(node.id)
        if old is None:
            self.nodes[node.id] = node
            return node
        merged = Node(old.id, old.label, merge_props(old.props, node.props))
        self.nodes[node.id] = merged
        return merged

    def add_edge(self, edge: Edge) -> Edge:
        """Add ``edge``, or merge its properties into the edge with its key; returns the edge now held.

        Raises:
            ValueError: ``edge`` names a node the graph does not hold.
        """
        for end in (edge.source, edge.target):
            if end not in self.nodes:
                raise ValueError(f"edge {edge.key} names a missing node {end!r}")
        old = self.edges.get(edge.key)
        if old is not None:
            edge = Edge(edge.source, edge.type, edge.target, merge_props(old.props, edge.props))
        self.edges[edge.key] = edge
        return edge

    def remove_edge(self, key: tuple[str, str, str]) -> None:
        """Remove the edge with ``key`` (``Edge.key``), if there is one."""
        self.edges.pop(key, None)

    def by_label(self, label: str) -> Iterator[Node]:
        """The nodes labelled ``label``, in insertion order."""
        return (n for n in self.nodes.values() if n.label == label)

    def out_edges(self, source: str, rel_type: str | None = None) -> Iterator[Edge]:
        """The edges leaving ``source`` (of ``rel_type`` only, when given), in insertion order."""
        return (e for e in self.edges.values()
                if e.source == source and (rel_type is None or e.type == rel_type))

    def to_networkx(self) -> Any:
        """A networkx MultiDiGraph: node attrs ``label`` + properties, edge key and attr ``type``."""
        import networkx as nx

        g = nx.MultiDiGraph()
        for n in sorted(self.nodes.values(), key=lambda n: n.id):
            g.add_node(n.id, label=n.label, **{k: v for k, v in n.props.items() if v is not None})
        for e in sorted(self.edges.values(), key=lambda e: e.key):
            g.add_edge(e.source, e.target, key=e.type, type=e.type,
                       **{k: v for k, v in e.props.items() if v is not None})
        return g

    @classmethod
    def from_networkx(cls, g: Any) -> Graph:
        """The Graph of a networkx graph shaped as ``to_networkx`` makes it (node attr ``label``, edge attr
        ``type``).

        Raises:
            KeyError: a node without ``label`` or an edge without ``type``.
            ValueError: an unknown label or type.
        """
        graph = cls()
        for nid, attrs in g.nodes(data=True):
            props = {k: v for k, v in attrs.items() if k != "label"}
            graph.add_node(Node(nid, attrs["label"], props))
        for s, t, attrs in g.edges(data=True):
            props = {k: v for k, v in attrs.items() if k != "type"}
            graph.add_edge(Edge(s, attrs["type"], t, props))
        return graph


def merge_props(old: dict[str, Value], new: dict[str, Value]) -> dict[str, Value]:
    """Merge two property maps: lists are unioned in order, other values keep the first one set."""
    out = dict(old)
    for k, v in new.items():
        if v is None:
            continue
        cur = out.get(k)
        if cur is None:
            out[k] = v
        elif isinstance(cur, list) and isinstance(v, list):
            out[k] = cur + [x for x in v if x not in cur]
    return out


def sorted_unique(items: Iterable[str]) -> list[str]:
    """The distinct ``items``, sorted.

    Examples:
        >>> sorted_unique(["b", "a", "b"])
        ['a', 'b']
    """
    return sorted(set(items))
