"""Lineage edges scored against labelled (later, earlier) model pairs."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import networkx as nx

from kg.analysis.common import GraphLike, lookup_name, name_index, node_name
from kg.analysis.lineage.infer import infer_builds_on
from kg.metrics import precision, recall
from kg.model import BUILDS_ON, MODEL


@dataclass(frozen=True)
class LineageScore:
    """Edges scored against labelled (later, earlier) pairs; precision and recall follow kg.metrics
    (no predictions: precision 1.0)."""

    predicted: int
    gold: int
    true_positives: list[tuple[str, str]]
    false_positives: list[tuple[str, str]]
    missed: list[tuple[str, str]]
    ancestor_hits: int  # false positives that still join a model to a labelled ancestor

    @property
    def precision(self) -> float:
        """Right edges over predicted edges (kg.metrics: 1.0 when nothing is predicted)."""
        return precision(len(self.true_positives), self.predicted)

    @property
    def recall(self) -> float:
        """Labelled pairs found over labelled pairs (1.0 when nothing is labelled)."""
        return recall(len(self.true_positives), self.gold)

    @property
    def ancestor_precision(self) -> float:
        """Precision when an edge to a labelled ancestor (GPT-3 -> GPT) counts as right."""
        return precision(len(self.true_positives) + self.ancestor_hits, self.predicted)

    def as_dict(self) -> dict[str, Any]:
        """The score as JSON-ready data, rounded to three places, with the edges behind it."""
        return {"predicted": self.predicted, "gold": self.gold, "precision": round(self.precision, 3),
                "recall": round(self.recall, 3), "ancestor_precision": round(self.ancestor_precision, 3),
                "true_positives": self.true_positives, "false_positives": self.false_positives,
                "missed": self.missed}


def score_lineage(g: GraphLike, gold_pairs: Iterable[tuple[str, str]], **infer: Any) -> LineageScore:
    """Run ``infer_builds_on(g, **infer)`` and score its edges, with g's explicit ones, against gold pairs.

    Pairs are model names (matched ignoring case, spaces and dashes); pairs naming a model the graph lacks
    count as missed.
    """
    predicted = {(s, t) for s, t, a in g.edges(data=True) if a.get("type") == BUILDS_ON}
    predicted |= {(e.source, e.target) for e in infer_builds_on(g, **infer)}
    return score_edges(g, predicted, gold_pairs)


def score_edges(g: GraphLike, predicted: set[tuple[str, str]], gold_pairs: Iterable[tuple[str, str]]
                ) -> LineageScore:
    """Score predicted (later id, earlier id) model pairs against gold (later name, earlier name) pairs."""
    index = name_index(g, MODEL)
    shown = {n: node_name(g, n) for n in index.values()}
    gold = {(lookup_name(index, a) or a, lookup_name(index, b) or b) for a, b in gold_pairs}
    closure = nx.transitive_closure(nx.DiGraph(list(gold)))
    fps = sorted(predicted - gold)

    def label(pairs: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
        return sorted((shown.get(a, a), shown.get(b, b)) for a, b in pairs)

    return LineageScore(len(predicted), len(gold), label(predicted & gold), label(fps), label(gold - predicted),
                        sum(1 for e in fps if closure.has_edge(*e)))
