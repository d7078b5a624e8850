"""Score the extractor against a labelled JSONL file: precision, recall and F1 per type, and the misses.

Each line of the gold file is one paper: ``{"id", "title", "abstract", "models", "datasets", "orgs",
"introduces", "builds_on"}`` (``builds_on`` holds ``[later, earlier]`` pairs). Names on both sides are
compared by their canonical key (``Switch Transformers`` = ``Switch Transformer``, ``PaLM 540B`` = ``PaLM``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.errors import SourceError
from kg.extract.base import load_patterns
from kg.extract.extractor import Extractor
from kg.extract.names import canonical
from kg.model import BUILDS_ON, DATASET, INTRODUCES, MODEL, ORG, Edge, Node

TYPES = ("models", "datasets", "orgs", "introduces", "builds_on")


def corpus_part(key: str) -> str:
    """``"heldout"`` or ``"dev"``: the fixed split of a labelled real corpus (tests/data/real_labels.md).

    ``key`` is a record's id, or its title where the id is empty; 2 of every 5 hash buckets are held out.

    Examples:
        >>> corpus_part("2205.01068"), corpus_part("2302.13971")
        ('dev', 'heldout')
    """
    import hashlib

    return "heldout" if int(hashlib.sha256(key.encode("utf-8")).hexdigest()[:8], 16) % 5 < 2 else "dev"
LABEL_OF = {"models": MODEL, "datasets": DATASET, "orgs": ORG}
FIELDS = ("id", "title", "abstract", *TYPES)


@dataclass
class TypeScore:
    """Counts and errors of one type."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    missed: list[tuple[str, str]] = field(default_factory=list)  # (paper id, gold name)
    spurious: list[tuple[str, str]] = field(default_factory=list)  # (paper id, predicted name)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class EvalReport:
    """Scores per type over ``papers`` gold papers."""

    papers: int
    scores: dict[str, TypeScore]

    def as_dict(self) -> dict[str, Any]:
        return {"papers": self.papers, "types": {
            t: {"precision": round(s.precision, 3), "recall": round(s.recall, 3), "f1": round(s.f1, 3),
                "tp": s.tp, "fp": s.fp, "fn": s.fn,
                "missed": [list(x) for x in s.missed], "spurious": [list(x) for x in s.spurious]}
            for t, s in self.scores.items()}}


def read_gold(path: str | Path) -> list[dict[str, Any]]:
    """The labelled papers of a JSONL file.

    Raises:
        SourceError: the file is missing, a line is not JSON, or a field is missing.
    """
    p = Path(path)
    try:
        lines = p.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise SourceError(str(p), None, f"cannot read the gold file: {exc.strerror}") from exc
    rows = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise SourceError(str(p), n, f"not JSON: {exc.msg}", "each line is one JSON object") from exc
        missing = [f for f in FIELDS if f not in row]
        if missing:
            raise SourceError(str(p), n, f"missing field(s) {', '.join(missing)}",
                              f"each line needs: {', '.join(FIELDS)}")
        rows.append(row)
    return rows


def predicted(nodes: Iterable[Node], edges: Iterable[Edge], paper_id: str) -> dict[str, set[Any]]:
    """What the extractor says about one paper, by type: canonical keys (pairs of keys for builds_on)."""
    by_id = {n.id: n for n in nodes}
    out: dict[str, set[Any]] = {t: set() for t in TYPES}
    for e in edges:
        if e.source == paper_id and e.target in by_id:
            node = by_id[e.target]
            for t, label in LABEL_OF.items():
                if node.label == label:
                    out[t].add(node.name)
            if e.type == INTRODUCES:
                out["introduces"].add(node.name)
        elif e.type == BUILDS_ON and e.source in by_id and e.target in by_id:
            out["builds_on"].add((by_id[e.source].name, by_id[e.target].name))
    return out


def evaluate(path: str | Path, extractor: Extractor | None = None) -> EvalReport:
    """Run the extractor on every gold paper and score each type.

    Args:
        path: the gold JSONL file.
        extractor: the extractor to score (default: ``Extractor()``).

    Returns:
        The report; ``as_dict()`` gives JSON.
    """
    rows = read_gold(path)
    ex = extractor or Extractor()
    known = load_patterns().known
    scores = {t: TypeScore() for t in TYPES}

    def key(name: str, t: str) -> str:
        return canonical(name, LABEL_OF.get(t, MODEL), known)[1]

    items = [(f"paper:{r['id']}", str(r["title"]), str(r["abstract"])) for r in rows]
    for row, (pid, _, _), (nodes, edges) in zip(rows, items, ex.many(items), strict=True):
        pred = predicted(nodes, edges, pid)
        for t in TYPES:
            if t == "builds_on":
                gold = {(key(a, t), key(b, t)): f"{a} -> {b}" for a, b in row[t]}
                got = {(key(a, t), key(b, t)): f"{a} -> {b}" for a, b in pred[t]}
            else:
                gold = {key(x, t): x for x in row[t]}
                got = {key(x, t): x for x in pred[t]}
            s = scores[t]
            s.tp += len(gold.keys() & got.keys())
            s.fn += len(gold.keys() - got.keys())
            s.fp += len(got.keys() - gold.keys())
            s.missed += [(row["id"], gold[k]) for k in sorted(gold.keys() - got.keys())]
            s.spurious += [(row["id"], got[k]) for k in sorted(got.keys() - gold.keys())]
    return EvalReport(len(rows), scores)


def format_report(report: EvalReport, misses: int = 20) -> str:
    """The report as a table, then up to ``misses`` missed and spurious names per type."""
    lines = [f"{report.papers} papers", f"{'type':<12}{'precision':>10}{'recall':>8}{'f1':>7}{'tp':>6}{'fp':>5}{'fn':>5}"]
    for t, s in report.scores.items():
        lines.append(f"{t:<12}{s.precision:>10.3f}{s.recall:>8.3f}{s.f1:>7.3f}{s.tp:>6}{s.fp:>5}{s.fn:>5}")
    for t, s in report.scores.items():
        for what, items in (("missed", s.missed), ("spurious", s.spurious)):
            if items and misses:
                shown = ", ".join(f"{pid}:{name}" for pid, name in items[:misses])
                more = f" (+{len(items) - misses} more)" if len(items) > misses else ""
                lines.append(f"{t} {what}: {shown}{more}")
    return "\n".join(lines)
