"""Measure lineage inference on the labelled corpus and time the analyses.

    python benchmarks/bench_analysis.py            # threshold table at the default weights
    python benchmarks/bench_analysis.py --grid     # also search weights, gap, top-k and threshold

The corpus (tests/data/lineage_corpus.jsonl) names each paper's models, so this measures inference
apart from extraction; tests/data/lineage_pairs.jsonl holds the labelled (later, earlier) pairs.
"""

from __future__ import annotations

import argparse
import itertools
import time
from dataclasses import replace
from pathlib import Path

from kg.analysis.corpus import annotated_graph, read_pairs
from kg.analysis.lineage import (DEFAULT_MAX_GAP_DAYS, DEFAULT_MIN_SCORE, DEFAULT_TOP_K, DEFAULT_WEIGHTS,
                                 candidates, score_edges, select)

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"


def measure(g, gold, cands, weights, gap, min_score, top_k):
    scored = [(c.score(weights, gap), c) for c in cands]
    kept = select(scored, [], min_score=min_score, top_k=top_k)
    s = score_edges(g, {(c.source, c.target) for _, c in kept}, gold)
    f1 = 2 * s.precision * s.recall / (s.precision + s.recall) if s.precision + s.recall else 0.0
    return s, f1


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--grid", action="store_true", help="search weights, gap, top-k and threshold")
    args = ap.parse_args()
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
    if not args.grid:
        return
    rows = []
    for gap in (3 * 365, 4 * 365, 6 * 365):
        cands = candidates(g, max_gap_days=gap)
        for wm, ws, wa, wc in itertools.product((0.35, 0.45, 0.6), (0.35, 0.45, 0.6), (0.3, 0.45, 0.6),
                                                (0.4, 0.6)):
            w = replace(DEFAULT_WEIGHTS, mention=wm, similarity=ws, authors=wa, compared=wc)
            for top_k, min_score in itertools.product((1, 2), (0.3, 0.35, 0.4, 0.45, 0.5)):
                s, f1 = measure(g, gold, cands, w, gap, min_score, top_k)
                rows.append((f1, s.precision, s.recall, gap, wm, ws, wa, wc, top_k, min_score))
    rows.sort(reverse=True)
    print("\nbest settings by F1 (gap, mention, similarity, authors, compared, top_k, min_score):")
    for r in rows[:15]:
        print(f"F1 {r[0]:.3f} P {r[1]:.2f} R {r[2]:.2f}  {r[3:]}")


if __name__ == "__main__":
    main()
