"""Lineage on real text, end to end: build the real corpus with extraction and score every BUILDS_ON edge
`kg lineage` shows by default (generic ones are hidden) against the labels.

Usage:
    python benchmarks/bench_lineage_real.py                 # development part: figures, then every edge
                                                            # that matches no label, and every missed pair
    python benchmarks/bench_lineage_real.py --heldout       # also the held-out summary (figures only)
    python benchmarks/bench_lineage_real.py --synthetic     # also tests/data/lineage_pairs.jsonl end to end

An edge is right when (child, parent) matches a pair a record's labels state (``builds_on``) or a known
pair (tests/data/real_lineage_pairs.jsonl), names folded by ``kg.extract.evaluate.score_key`` (the node's
name or any alias). Recall counts labelled stated and known pairs found; each missed pair is counted by its cause (a model no node
has, an edge the other way or hidden as generic, no edge between two models the graph holds). An edge belongs to the part of
its child's paper (the paper introducing the child, else the first naming it); a known pair to the part of
``child_key``. The split rule is in tests/data/real_labels.md: tune only on development output.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from kg.analysis.common import node_name
from kg.analysis.lineage import edge_kind
from kg.extract import Extractor
from kg.extract.evaluate import corpus_part, label_spellings, record_key, score_key, spelling_keys
from kg.metrics import precision, recall
from kg.model import BUILDS_ON, INTRODUCES, MODEL, PAPER, PAPER_ENTITY_RELS
from kg.pipeline import assemble, read_sources

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"


def _jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def gold_pairs(labels: Path, pairs: Path, *, known: bool | None = None) -> dict[str, set[tuple[str, str]]]:
    """Part -> labelled (child key, parent key) pairs: stated by the record's abstract, or known.

    ``known=False`` gives only the stated pairs, ``True`` only the known pairs not also stated."""
    stated: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for row in _jsonl(labels):
        for a, b in row["builds_on"]:  # a label "A (B)" by its first spelling (see spellings_of)
            stated[row["part"]].add((score_key(label_spellings(a)[0]), score_key(label_spellings(b)[0])))
    if known is False:
        return stated
    out: dict[str, set[tuple[str, str]]] = defaultdict(set, {} if known else stated)
    for row in _jsonl(pairs):
        part, pair = corpus_part(row["child_key"]), (score_key(row["child"]), score_key(row["parent"]))
        if not (known and pair in stated[part]):
            out[part].add(pair)
    return out


def spellings_of(labels: Path) -> dict[str, set[str]]:
    """Key of each second spelling of a label "A (B)" -> the keys of its first (``evaluate.spelling_keys``)."""
    return spelling_keys(x for row in _jsonl(labels) for x in row["models"] + row["datasets"])


def _keys(g: Any, n: str, alt: dict[str, set[str]]) -> set[str]:
    a = g.nodes[n]
    keys = {score_key(str(x)) for x in (a.get("name") or n, *(a.get("aliases") or []))} - {""}
    return keys.union(*(alt[k] for k in keys if k in alt))


def edge_rows(g: Any, keys_of_paper: dict[str, str], alt: dict[str, set[str]]) -> list[dict[str, Any]]:
    """Every BUILDS_ON edge `kg lineage` shows by default, with its kind, part and name keys (``alt``:
    ``spellings_of`` the labels)."""
    intro: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for p, m, a in g.edges(data=True):
        if a.get("type") in PAPER_ENTITY_RELS and g.nodes[p].get("label") == PAPER and g.nodes[m].get("label") == MODEL:
            intro[m].append((a.get("type") != INTRODUCES, str(g.nodes[p].get("date") or ""), p))
    rows = []
    for s, t, a in g.edges(data=True):
        if a.get("type") != BUILDS_ON or a.get("generic"):
            continue
        paper = min(intro[s])[2] if intro.get(s) else ""
        rows.append({"child": node_name(g, s), "parent": node_name(g, t), "kind": edge_kind(a),
                     "inferred": bool(a.get("inferred")), "score": float(a.get("score", 1.0)),
                     "rule": a.get("rule", ""), "evidence": a.get("evidence", ""),
                     "part": corpus_part(keys_of_paper.get(paper, "")) if paper else "dev",
                     "keys": {(x, y) for x in _keys(g, s, alt) for y in _keys(g, t, alt)}})
    return sorted(rows, key=lambda r: (r["child"], r["parent"]))


def report(rows: list[dict[str, Any]], gold: dict[str, set[tuple[str, str]]], part: str,
           details: bool, sources: dict[str, dict[str, set[tuple[str, str]]]]) -> dict[str, Any]:
    """Precision of the part's edges (stated, inferred, by kind) and recall of its labelled pairs, in all and
    by ``sources`` (name -> part -> pairs: the pairs the abstract states, the pairs known from outside it)."""
    every = set().union(*gold.values())
    mine = [r for r in rows if r["part"] == part]
    right = [r for r in mine if r["keys"] & every]
    out: dict[str, Any] = {"part": part, "edges": len(mine), "right": len(right),
                           "precision": precision(len(right), len(mine))}
    for name, test in (("stated", lambda r: not r["inferred"]), ("inferred", lambda r: r["inferred"])):
        group = [r for r in mine if test(r)]
        out[name] = (sum(1 for r in group if r["keys"] & every), len(group))
    by_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for r in mine:
        by_kind[r["kind"]][0] += bool(r["keys"] & every)
        by_kind[r["kind"]][1] += 1
    out["kinds"] = dict(sorted(by_kind.items()))
    shown = set().union(*(r["keys"] for r in rows)) if rows else set()
    found = gold[part] & shown
    out["gold"], out["found"], out["recall"] = len(gold[part]), len(found), recall(len(found), len(gold[part]))
    out["sources"] = {name: (len(pairs[part] & shown), len(pairs[part])) for name, pairs in sources.items()}
    out["missed_pairs"] = gold[part] - shown
    if details:
        out["unmatched"] = [r for r in mine if not r["keys"] & every]
        out["missed"] = sorted(out["missed_pairs"])
    return out


def miss_causes(g: Any, rows: list[dict[str, Any]], r: dict[str, Any],
                sources: dict[str, dict[str, set[tuple[str, str]]]],
                alt: dict[str, set[str]]) -> dict[str, dict[str, int]]:
    """Why each (child key, parent key) pair a ``report`` ``r`` missed is missed, counted for each source of
    labelled pairs: a name no Model node has, an edge the other way, an edge hidden as generic, or both models in
    the graph and no edge between them."""
    models = {k for n, a in g.nodes(data=True) if a.get("label") == MODEL for k in _keys(g, n, alt)}
    shown = set().union(*(row["keys"] for row in rows)) if rows else set()
    hidden = {(x, y) for s, t, a in g.edges(data=True) if a.get("type") == BUILDS_ON and a.get("generic")
              for x in _keys(g, s, alt) for y in _keys(g, t, alt)}

    def cause(child: str, parent: str) -> str:
        if child not in models or parent not in models:
            return ("child and parent not found" if child not in models and parent not in models else
                    "child not found" if child not in models else "parent not found")
        return ("edge the other way" if (parent, child) in shown else
                "hidden as generic" if (child, parent) in hidden else "no edge between the two")

    out: dict[str, dict[str, int]] = {}
    for name, pairs in sources.items():
        counts: dict[str, int] = defaultdict(int)
        for child, parent in r["missed_pairs"] & pairs[r["part"]]:
            counts[cause(child, parent)] += 1
        out[name] = dict(sorted(counts.items()))
    return out


def show(r: dict[str, Any]) -> None:
    s_ok, s_n = r["stated"]
    i_ok, i_n = r["inferred"]
    print(f"{r['part']}: {r['edges']} edges shown by default, precision {r['precision']:.2f} "
          f"(stated {precision(s_ok, s_n):.2f} = {s_ok}/{s_n}, inferred {precision(i_ok, i_n):.2f} = {i_ok}/{i_n}); "
          f"recall {r['recall']:.2f} = {r['found']}/{r['gold']} labelled pairs")
    print("  by kind: " + ", ".join(f"{k} {ok}/{n}" for k, (ok, n) in r["kinds"].items()))
    print("  recall by source: " + ", ".join(f"{k} {ok}/{n}" for k, (ok, n) in r["sources"].items()))
    for source, causes in r.get("causes", {}).items():
        print(f"  missed, {source}, by cause: " + ", ".join(f"{k} {n}" for k, n in causes.items()))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(ROOT.parent.parent / "shared/corpora/real_abstracts.jsonl"))
    ap.add_argument("--labels", default=str(DATA / "real_labels.jsonl"))
    ap.add_argument("--pairs", default=str(DATA / "real_lineage_pairs.jsonl"))
    ap.add_argument("--heldout", action="store_true", help="also print the held-out summary (figures only)")
    ap.add_argument("--synthetic", action="store_true", help="also score tests/data/lineage_pairs.jsonl end to end")
    args = ap.parse_args()
    corpus = Path(args.corpus)
    if not corpus.exists():
        corpus = ROOT.parent / "shared/corpora/real_abstracts.jsonl"
    t0 = time.perf_counter()
    records = read_sources([corpus])
    g = assemble(records, extractor=Extractor()).to_networkx()
    keys_of_paper = {}
    by_title = {score_key(str(r.get("title") or "")): record_key(r) for r in _jsonl(corpus)}
    for p, a in g.nodes(data=True):
        if a.get("label") == PAPER:
            keys_of_paper[p] = by_title.get(score_key(str(a.get("title") or "")), "")
    alt = spellings_of(Path(args.labels))
    rows = edge_rows(g, keys_of_paper, alt)
    gold = gold_pairs(Path(args.labels), Path(args.pairs))
    sources = {"stated in the abstract": gold_pairs(Path(args.labels), Path(args.pairs), known=False),
               "known only": gold_pairs(Path(args.labels), Path(args.pairs), known=True)}
    print(f"real corpus {corpus.name}: {len(records)} records, built in {time.perf_counter() - t0:.1f}s")
    dev = report(rows, gold, "dev", details=True, sources=sources)
    dev["causes"] = miss_causes(g, rows, dev, sources, alt)
    show(dev)
    print("\ndevelopment edges matching no label (judge each):")
    for r in dev["unmatched"]:
        print(f"  {r['child']} -> {r['parent']}  [{r['kind']} {r['score']:.2f} {r['rule']}] {r['evidence'][:160]}")
    print("\ndevelopment pairs missed:")
    print("  " + ", ".join(f"{a}->{b}" for a, b in dev["missed"]))
    if args.heldout:
        print()
        held = report(rows, gold, "heldout", details=False, sources=sources)
        held["causes"] = miss_causes(g, rows, held, sources, alt)
        show(held)
    if args.synthetic:
        from kg.analysis.corpus import read_pairs
        from kg.analysis.lineage import score_edges

        e2e = assemble(read_sources([DATA / "lineage_corpus.jsonl"]), extractor=Extractor()).to_networkx()
        shown = {(a, b) for a, b, d in e2e.edges(data=True) if d["type"] == BUILDS_ON and not d.get("generic")}
        s = score_edges(e2e, shown, read_pairs(DATA / "lineage_pairs.jsonl"))
        print(f"\ntests/data/lineage_pairs.jsonl end to end (kg build with extraction): {s.predicted} edges, "
              f"precision {s.precision:.2f}, recall {s.recall:.2f}")


if __name__ == "__main__":
    main()
