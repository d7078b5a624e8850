"""Measure lineage inference on the labelled corpus and time the analyses.

    python benchmarks/bench_analysis.py            # threshold table at the default weights
    python benchmarks/bench_analysis.py --grid     # also search weights, gap, top-k and threshold
    python benchmarks/bench_analysis.py --scale 100000   # time each analysis on a generated corpus

The corpus (tests/data/lineage_corpus.jsonl) names each paper's models, so this measures inference
apart from extraction; tests/data/lineage_pairs.jsonl holds the labelled (later, earlier) pairs.
"""

from __future__ import annotations

import argparse
import itertools
import resource
import sys
import time
from dataclasses import replace
from pathlib import Path

from kg.analysis.collab import coauthors, collaboration
from kg.analysis.common import node_name
from kg.analysis.corpus import annotated_graph, read_pairs
from kg.analysis.lineage import (DEFAULT_MAX_GAP_DAYS, DEFAULT_MIN_SCORE, DEFAULT_TOP_K, DEFAULT_WEIGHTS,
                                 candidates, infer_builds_on, lineage, score_edges, select)
from kg.analysis.namesakes import check_author
from kg.extract import Extractor
from kg.model import AUTHOR, AUTHORED, BUILDS_ON, MODEL
from kg.pipeline import assemble, read_sources

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"


def measure(g, gold, cands, weights, gap, min_score, top_k):
    scored = [(c.score(weights, gap), c) for c in cands]
    kept = select(scored, [], min_score=min_score, top_k=top_k)
    s = score_edges(g, {(c.source, c.target) for _, c in kept}, gold)
    f1 = 2 * s.precision * s.recall / (s.precision + s.recall) if s.precision + s.recall else 0.0
    return s, f1


def timed(label, fn, *args, **kwargs):
    t = time.perf_counter()
    out = fn(*args, **kwargs)
    print(f"| {label} | {time.perf_counter() - t:.2f} |", flush=True)
    return out


def scale(n: int) -> None:
    """Time inference and the collaboration analyses on n generated papers (with extracted models)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from generate import papers, write_jsonl

    path = Path(f"/tmp/kg-bench-analysis-{n}.jsonl")
    with path.open("w", encoding="utf-8") as out:
        write_jsonl(papers(n, 0), out)
    g = assemble(read_sources([path]), extractor=Extractor(), infer=False).to_networkx()
    models = sum(1 for _, a in g.nodes(data=True) if a["label"] == MODEL)
    print(f"{n} papers, {models} models, {g.number_of_nodes()} nodes, {g.number_of_edges()} edges")
    print("| analysis | s |\n|---|---:|")
    edges = timed("infer_builds_on", infer_builds_on, g)
    for e in edges:
        g.add_edge(e.source, e.target, type=e.type, **e.props)
    busiest = max((a for a, d in g.nodes(data=True) if d["label"] == AUTHOR),
                  key=lambda a: sum(1 for *_, d in g.out_edges(a, data=True) if d["type"] == AUTHORED))
    timed("lineage (one model)", lineage, g, edges[0].source if edges else "")
    timed("coauthors (busiest author)", coauthors, g, node_name(g, busiest))
    timed("collaboration", collaboration, g)
    timed("authors --check (busiest author)", check_author, g, node_name(g, busiest))
    print(f"{len(edges)} inferred edges; peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--grid", action="store_true", help="search weights, gap, top-k and threshold")
    ap.add_argument("--scale", type=int, metavar="N", help="time the analyses on N generated papers instead")
    args = ap.parse_args()
    if args.scale:
        scale(args.scale)
        return
    t0 = time.perf_counter()
    g = annotated_graph(DATA / "lineage_corpus.jsonl").to_networkx()
    gold = read_pairs(DATA / "lineage_pairs.jsonl")
    t1 = time.perf_counter()
    cands = candidates(g, max_gap_days=DEFAULT_MAX_GAP_DAYS)
    t2 = time.perf_counter()
    papers = sum(1 for _, a in g.nodes(data=True) if a["label"] == "Paper")
    print(f"corpus: {papers} papers, {len(gold)} labelled pairs; graph {t1 - t0:.2f}s, "
          f"candidates {t2 - t1:.2f}s ({len(cands)})")
    print(f"\ndefaults: weights={DEFAULT_WEIGHTS}, max_gap_days={DEFAULT_MAX_GAP_DAYS}, top_k={DEFAULT_TOP_K}")
    print("| min score | top k | edges | precision | recall | F1 |")
    print("|---|---|---|---|---|---|")
    for top_k in (1, DEFAULT_TOP_K):
        for min_score in (0.3, 0.35, DEFAULT_MIN_SCORE, 0.5, 0.6, 0.7, 0.8):
            s, f1 = measure(g, gold, cands, DEFAULT_WEIGHTS, DEFAULT_MAX_GAP_DAYS, min_score, top_k)
            print(f"| {min_score:.2f} | {top_k} | {s.predicted} | {s.precision:.2f} | {s.recall:.2f} | {f1:.2f} |")
    e2e = assemble(read_sources([DATA / "lineage_corpus.jsonl"]), extractor=Extractor()).to_networkx()
    shown = {(a, b) for a, b, d in e2e.edges(data=True) if d["type"] == BUILDS_ON and not d.get("generic")}
    s = score_edges(e2e, shown, gold)
    f1 = 2 * s.precision * s.recall / (s.precision + s.recall) if s.precision + s.recall else 0.0
    print(f"\nend to end (kg build: models extracted from the abstracts, the BUILDS_ON edges kg lineage shows): "
          f"{s.predicted} edges, precision {s.precision:.2f}, recall {s.recall:.2f}, F1 {f1:.2f}")
    print(f"  missed: {s.missed}\n  wrong: {s.false_positives}")
    if not args.grid:
        return
    rows = []
    for gap in (3 * 365, 4 * 365, 6 * 365):
        cands = candidates(g, max_gap_days=gap)
        for wsup, ws, wa in itertools.product((0.3, 0.5, 0.7), (0.35, 0.5, 0.65), (0.45, 0.6, 0.75)):
            w = replace(DEFAULT_WEIGHTS, support=wsup, similarity=ws, authors=wa)
            for top_k, min_score in itertools.product((1, 2), (0.35, 0.4, 0.45, 0.5, 0.6)):
                s, f1 = measure(g, gold, cands, w, gap, min_score, top_k)
                rows.append((f1, s.precision, s.recall, gap, wsup, ws, wa, top_k, min_score))
    rows.sort(reverse=True)
    print("\nbest settings by F1 (gap, support, similarity, authors, top_k, min_score):")
    for r in rows[:15]:
        print(f"F1 {r[0]:.3f} P {r[1]:.2f} R {r[2]:.2f}  {r[3:]}")


if __name__ == "__main__":
    main()
