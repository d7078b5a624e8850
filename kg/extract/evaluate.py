"""Score the extractor against labelled papers: precision, recall and F1 per type, junk, and the misses.

Two inputs, one scoring (``_score``): a gold file, each line one paper ``{"id", "title", "abstract",
"models", "datasets", "orgs", "introduces", "builds_on"}`` (``builds_on`` holds ``[later, earlier]``
pairs), or a corpus with labels by key (tests/data/real_labels.md). A gold name is keyed as the graph
keys it (``PaLM 540B`` = ``PaLM``); a predicted node by the name and aliases the graph stored.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.errors import SourceError
from kg.extract.base import load_patterns, printed_text
from kg.extract.extractor import Extractor
from kg.extract.names import canonical
from kg.model import BUILDS_ON, DATASET, INTRODUCES, MODEL, ORG, Node
from kg.metrics import precision, recall
from kg.names import entity_key, generic_keys
from kg.sources.records import record_text

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
TYPE_OF = {MODEL: "models", DATASET: "datasets", ORG: "orgs"}
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
        """TP / (TP + FP); 1.0 when nothing is predicted (kg.metrics)."""
        return precision(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float:
        """TP / (TP + FN); 1.0 when nothing is labelled (kg.metrics)."""
        return recall(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall; 0.0 when both are 0."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def read_gold(path: str | Path) -> list[dict[str, Any]]:
    """The labelled papers of a JSONL file.

    Raises:
        SourceError: the file is missing, a line is not JSON, a field is missing, or a row with an empty abstract
            labels a name its title does not hold (no text could give it: the abstract was left out).
    """
    rows = _read_jsonl(path, "gold", FIELDS)
    for n, row in rows:
        if str(row["abstract"]).strip():
            continue
        title = str(row["title"]).casefold()
        unheld = [x for t in TYPES if t != "builds_on" for x in row[t]
                  if isinstance(x, str) and x.casefold() not in title]
        if unheld:
            raise SourceError(str(path), n, f"the abstract is empty, and the title does not hold {unheld[0]!r}, "
                                            "which the labels name", "fill in the abstract, or leave the row out")
    return [row for _, row in rows]


# --- A labelled real corpus (tests/data/real_labels.md): labels by key, text from the corpus file ---------

PARTS = ("dev", "heldout", "all")
LABEL_FIELDS = ("key", "part", "group", "models", "datasets", "introduces", "builds_on", "generic", "ambiguous")
OUTSIDE_ML = "non-ml-science"
SCORED = ("models", "datasets", "introduces", "builds_on")


def score_key(name: str, label: str = MODEL) -> str:
    """The key a labelled name is scored by: the key the graph gives that name (``canonical``).

    Case, spaces and dashes fold; a model's sizes, size words and plurals fold and the gazetteer's
    spellings are one name; a dataset's numbers are its name; versions and tuned variants never fold.
    A predicted node is scored by the key of the name the graph stored (``_node_keys``), never folded
    again, so a name the graph cut, split or left unfolded is wrong. A label is read as the extractor reads
    text: inline TeX as it prints (``printed_text``), so a label copied from the abstract as written matches.

    Examples:
        >>> score_key("Switch Transformers") == score_key("switch-transformer"), score_key("PaLM 540B")
        (True, 'palm')
        >>> score_key("Zorb-{\\\\delta}") == score_key("Zorb-δ")
        True
        >>> score_key("ImageNet-21k", DATASET), score_key("SeamlessM4T v2")
        ('imagenet21k', 'seamlessm4tv2')
    """
    pat = load_patterns()
    return canonical(printed_text(name), label, pat.known, pat.lexicon.model_heads)[1]


SPELLED_PAIR = re.compile(r"(.+?)\s*\(([^()]+)\)")
SPELLED_INSIDE = re.compile(r"(.+?)\s*\(([^()]*[A-Z][^()]*[A-Z][^()]*)\)\s+([^()]+)")  # "A (BC) D"


def label_spellings(name: str) -> tuple[str, ...]:
    """The spellings a label stands for: a label written "A (B)", a name with its other spelling in
    parentheses as some labellers write it, is one name spelled both ways (A first); a label "A (B) C", a short
    form of two capitals or more inside the name as the text writes it, is "A C", "B C" and, when C holds no
    number, B, the short form the text goes on to use; any other label is itself.

    Examples:
        >>> label_spellings("Deep Interest Evolution Network (DIEN)"), label_spellings("SQuAD 2.0")
        (('Deep Interest Evolution Network', 'DIEN'), ('SQuAD 2.0',))
        >>> label_spellings("Robust Zorb Advantage (RZA) Actor-Critic")
        ('Robust Zorb Advantage Actor-Critic', 'RZA Actor-Critic', 'RZA')
        >>> label_spellings("quill assessment of scoring (QAS) 2016"), label_spellings("E(n) Equivariant Zorbs")
        (('quill assessment of scoring 2016', 'QAS 2016'), ('E(n) Equivariant Zorbs',))
    """
    name = name.strip()
    if inside := SPELLED_INSIDE.fullmatch(name):
        long_form, short, rest = (g.strip() for g in inside.groups())
        both = (f"{long_form} {rest}", f"{short} {rest}")
        return both if any(c.isdigit() for c in rest) else (*both, short)
    pair = SPELLED_PAIR.fullmatch(name)
    return (pair.group(1).strip(), pair.group(2).strip()) if pair else (name,)


def spelling_keys(names: Iterable[str]) -> dict[str, set[str]]:
    """Key of each second spelling of a label "A (B)" (``label_spellings``) -> the keys of its first, as a model
    and as a data set: a node that answers to either spelling answers to the label.

    Example (a model's key folds the plural, a data set's does not; both are kept):
        >>> sorted(spelling_keys(["Zorb Networks (ZN)"])["zn"])
        ['zorbnetwork', 'zorbnetworks']
    """
    out: dict[str, set[str]] = {}
    for name in names:
        first, *others = label_spellings(name)
        for label in (MODEL, DATASET):
            for o in others:
                out.setdefault(score_key(o, label), set()).add(score_key(first, label))
    return out


def record_key(row: dict[str, Any]) -> str:
    """A corpus record's key: its ``id``, or its ``title`` where the id is empty."""
    return str(row.get("id") or row.get("title") or "")


def _read_jsonl(path: str | Path, what: str, fields: tuple[str, ...]) -> list[tuple[int, dict[str, Any]]]:
    p = Path(path)
    try:
        lines = p.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise SourceError(str(p), None, f"cannot read the {what} file: {exc.strerror}") from exc
    rows = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise SourceError(str(p), n, f"not JSON: {exc.msg}", "each line is one JSON object") from exc
        missing = [f for f in fields if f not in row] if isinstance(row, dict) else list(fields)
        if missing:
            raise SourceError(str(p), n, f"missing field(s) {', '.join(missing)}",
                              f"each line of the {what} file needs: {', '.join(fields)}")
        rows.append((n, row))
    return rows


@dataclass
class EvalReport:
    """Scores of a gold file (``part`` ``"gold"``) or of one part of a labelled corpus.

    ``junk`` counts predicted Model/Dataset names that are neither gold (of any type) nor marked generic
    or ambiguous, out of ``predicted`` names; ``outside`` abstracts outside ML, ``outside_clean`` of
    them yielding no Model or Dataset, ``outside_no_junk`` of them yielding none but labelled, generic or
    ambiguous names (a survey the labels list as a Dataset is right there). A held-out report keeps no error lists.
    """

    part: str
    papers: int
    scores: dict[str, TypeScore]
    predicted: int = 0
    junk: int = 0
    outside: int = 0
    outside_clean: int = 0
    outside_no_junk: int = 0
    junk_names: list[tuple[str, str]] = field(default_factory=list)
    outside_names: list[tuple[str, str]] = field(default_factory=list)

    @property
    def junk_rate(self) -> float:
        """Predicted Model/Dataset names neither gold nor generic/ambiguous, over all predicted; 0.0 when none."""
        return self.junk / self.predicted if self.predicted else 0.0

    def as_dict(self) -> dict[str, Any]:
        """The corpus scores as JSON-ready data, rounded to three places."""
        return {"part": self.part, "papers": self.papers, "predicted": self.predicted, "junk": self.junk,
                "junk_rate": round(self.junk_rate, 3), "outside_ml": self.outside,
                "outside_ml_clean": self.outside_clean, "outside_ml_no_junk": self.outside_no_junk,
                "types": {t: {"precision": round(s.precision, 3), "recall": round(s.recall, 3),
                              "f1": round(s.f1, 3), "tp": s.tp, "fp": s.fp, "fn": s.fn,
                              "missed": [list(x) for x in s.missed], "spurious": [list(x) for x in s.spurious]}
                          for t, s in self.scores.items()},
                "junk_names": [list(x) for x in self.junk_names],
                "outside_names": [list(x) for x in self.outside_names]}


def _node_keys(node: Node) -> set[str]:
    """The keys a predicted node answers to in its paper: its stored name, not folded again (``entity_key``),
    the key of its id (a stored plural "Zorb Transformers" is the node ``model:zorbtransformer``), and each
    spelling the paper wrote for it (its aliases), folded as the graph folds a mention."""
    aliases = node.props.get("aliases") or []
    keys = {entity_key(node.name), node.id.partition(":")[2]} | {
        score_key(str(a), node.label) for a in aliases}  # type: ignore[union-attr]
    return keys - {""}


def _match(pred: dict[str, set[str]], gold: dict[str, str], neutral: set[str], s: TypeScore, pid: str,
           keep: bool) -> None:
    """Score predicted items (item -> keys) against gold (key -> name); ``neutral`` keys count for nothing."""
    found: set[str] = set()
    for item, keys in sorted(pred.items()):
        if keys & gold.keys():
            s.tp += 1
            found |= keys & gold.keys()
        elif not keys & neutral:
            s.fp += 1
            if keep:
                s.spurious.append((pid, item))
    for k, name in sorted(gold.items()):
        if k not in found:
            s.fn += 1
            if keep:
                s.missed.append((pid, name))


def evaluate(path: str | Path, extractor: Extractor | None = None) -> EvalReport:
    """Run the extractor on every paper of a gold file and score it as ``evaluate_corpus`` does.

    Args:
        path: the gold JSONL file (``FIELDS``; ``categories``, ``group``, ``generic`` and ``ambiguous``
            optional, as in a labels file).
        extractor: the extractor to score (default: ``Extractor()``).

    Returns:
        The report of every paper (``part`` ``"gold"``), with its errors; ``as_dict()`` gives JSON.

    Raises:
        SourceError: the file is missing, a line is not JSON, or a field is missing.
    """
    rows = read_gold(path)
    labelled = [({"title": r["title"], "abstract": r["abstract"], "categories": r.get("categories")},
                 {"generic": [], "ambiguous": [], "group": "", **r, "key": str(r["id"])}) for r in rows]
    return _score(labelled, "gold", extractor, TYPES)


def evaluate_corpus(corpus: str | Path, labels: str | Path, part: str = "dev",
                    extractor: Extractor | None = None) -> EvalReport:
    """Score the extractor on a labelled real corpus: labels joined by key with the corpus records.

    Args:
        corpus: JSONL of records (``id``, ``title``, ``abstract``; ``categories`` optional).
        labels: JSONL of labels by key (tests/data/real_labels.md), one or more parts.
        part: ``dev``, ``heldout`` or ``all``: the labelled records scored.
        extractor: the extractor to score (default: ``Extractor()``).

    Returns:
        The report (``_score``); a held-out report keeps no per-name errors.

    Raises:
        SourceError: a file is missing or malformed, or a label's key is not in the corpus.
        ValueError: ``part`` is not one of ``PARTS``.
    """
    if part not in PARTS:
        raise ValueError(f"part must be one of {', '.join(PARTS)}, not {part!r}")
    records = {record_key(r): r for _, r in _read_jsonl(corpus, "corpus", ("title", "abstract"))}
    chosen = []
    for n, row in _read_jsonl(labels, "labels", LABEL_FIELDS):
        if row["key"] not in records:
            raise SourceError(str(labels), n, f"key {row['key']!r} is not a record of {corpus}",
                              "label only records of the corpus file, by id (or title where the id is empty)")
        if row["part"] != corpus_part(row["key"]):
            raise SourceError(str(labels), n, f"part {row['part']!r} breaks the fixed split rule",
                              f"the rule puts this key in {corpus_part(row['key'])!r}")
        if part in ("all", row["part"]):
            chosen.append((records[row["key"]], row))
    return _score(chosen, part, extractor, SCORED)


def _score(labelled: list[tuple[dict[str, Any], dict[str, Any]]], part: str, extractor: Extractor | None,
           types: tuple[str, ...]) -> EvalReport:
    """Score the extractor on (record, labels) pairs: the one scoring of ``kg eval``.

    Title and abstract are read as a build reads them (``record_text``: LaTeX markup decoded, a wrapped line
    joined). Gold names are keyed by ``score_key``, predicted nodes by ``_node_keys`` (name or alias); ``generic``
    and ``ambiguous`` names, and the guide's generic names, are neither right nor wrong.
    """
    keep = part != "heldout"
    ex = extractor or Extractor()
    report = EvalReport(part, len(labelled), {t: TypeScore() for t in types})
    items = [(f"paper:{i}", record_text(str(rec["title"])), record_text(str(rec["abstract"])),
              [str(c) for c in rec.get("categories") or ()]) for i, (rec, _) in enumerate(labelled)]
    kinds = [t for t in ("models", "datasets", "orgs") if t in types]
    for (_, row), (pid, *_), (nodes, edges) in zip(labelled, items, ex.many(items), strict=True):
        key = row["key"]
        by_id = {n.id: n for n in nodes}
        alt = spelling_keys(row["models"] + row["datasets"])

        def node_keys(node: Node) -> set[str]:  # the node's keys, a label's second spelling read as its first
            keys = _node_keys(node)
            return keys.union(*(alt[k] for k in keys if k in alt))

        gold_any = {score_key(s, t) for x in row["models"] + row["datasets"] for s in label_spellings(x)
                    for t in (MODEL, DATASET)}
        neutral = {score_key(s, t) for x in row["generic"] + row["ambiguous"] if isinstance(x, str)
                   for s in label_spellings(x) for t in (MODEL, DATASET)} | (
            generic_keys() - gold_any)  # the guide's generic names, everywhere
        pred: dict[str, dict[str, set[str]]] = {t: {} for t in (*kinds, "introduces")}
        for e in edges:
            node = by_id.get(e.target)
            if e.source != pid or node is None or TYPE_OF.get(node.label) not in kinds:
                continue
            pred[TYPE_OF[node.label]][node.name] = node_keys(node)
            if e.type == INTRODUCES:
                pred["introduces"][node.name] = node_keys(node)
        for t in (*kinds, "introduces"):
            gold = {score_key(label_spellings(x)[0], DATASET if t == "datasets" or (
                t == "introduces" and x in row["datasets"]) else ORG if t == "orgs" else MODEL): x for x in row[t]}
            _match(pred[t], {k: v for k, v in gold.items() if k not in neutral}, neutral,
                   report.scores[t], key, keep)
        junk_before = report.junk
        for t in ("models", "datasets"):
            for name, keys in sorted(pred[t].items()):
                report.predicted += 1
                if not keys & (gold_any | neutral):
                    report.junk += 1
                    if keep:
                        report.junk_names.append((key, name))
        pairs = {f"{by_id[e.source].name} -> {by_id[e.target].name}": {
                     f"{a}>{b}" for a in node_keys(by_id[e.source]) for b in node_keys(by_id[e.target])}
                 for e in edges if e.type == BUILDS_ON and e.source in by_id and e.target in by_id}
        gold_pairs = {f"{score_key(label_spellings(a)[0])}>{score_key(label_spellings(b)[0])}": f"{a} -> {b}"
                      for a, b in row["builds_on"]}
        generic_pairs = {f"{score_key(a)}>{score_key(b)}" for x in row["generic"] if isinstance(x, list) and len(x) == 2
                         for a in label_spellings(x[0]) for b in label_spellings(x[1])}  # "BiLSTM" for a pair's
        # "Bidirectional Long Short-Term Memory (BiLSTM)", as for names
        _match(pairs, gold_pairs, generic_pairs, report.scores["builds_on"], key, keep)
        if row["group"] == OUTSIDE_ML:
            report.outside += 1
            names = sorted(pred["models"]) + sorted(pred["datasets"])
            report.outside_clean += not names
            report.outside_no_junk += report.junk == junk_before
            if keep:
                report.outside_names += [(key, n) for n in names]
    return report


def format_report(report: EvalReport, misses: int = 20) -> str:
    """The report as a table, junk and outside-ML lines, then up to ``misses`` errors per kind (none held out)."""
    lines = [f"{report.papers} papers ({report.part})",
             f"{'type':<12}{'precision':>10}{'recall':>8}{'f1':>7}{'tp':>6}{'fp':>5}{'fn':>5}"]
    for t, s in report.scores.items():
        lines.append(f"{t:<12}{s.precision:>10.3f}{s.recall:>8.3f}{s.f1:>7.3f}{s.tp:>6}{s.fp:>5}{s.fn:>5}")
    lines.append(f"junk: {report.junk} of {report.predicted} predicted Model/Dataset names "
                 f"({report.junk_rate:.3f})")
    lines.append(f"outside ML: {report.outside_clean} of {report.outside} abstracts yield no Model or Dataset at all; "
                 f"{report.outside_no_junk} yield none their labels lack"
                 if report.outside else f'outside ML: none labelled ("group": "{OUTSIDE_ML}" marks a row)')
    if misses:
        for t, s in report.scores.items():
            for what, items in (("missed", s.missed), ("spurious", s.spurious)):
                if items:
                    shown = ", ".join(f"{pid}:{name}" for pid, name in items[:misses])
                    more = f" (+{len(items) - misses} more)" if len(items) > misses else ""
                    lines.append(f"{t} {what}: {shown}{more}")
        for what, items in (("junk", report.junk_names), ("outside ML", report.outside_names)):
            if items:
                more = f" (+{len(items) - misses} more)" if len(items) > misses else ""
                lines.append(f"{what}: {', '.join(f'{k}:{n}' for k, n in items[:misses])}{more}")
    return "\n".join(lines)
