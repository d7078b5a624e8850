"""Extraction quality on the labelled real corpus: the development and held-out parts side by side.

Usage:
    python benchmarks/bench_real.py [--corpus ../shared/corpora/real_abstracts.jsonl]
                                    [--labels tests/data/real_labels.jsonl]

Names are matched exactly after the graph's own folding (``kg.extract.evaluate.score_key``); generic and
ambiguous names count for nothing (tests/data/real_labels.md). Only summary figures are printed: the
held-out part is never read for tuning, and ``kg eval --part dev`` lists the development errors.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from kg.extract import Extractor
from kg.extract.evaluate import evaluate_corpus

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(ROOT.parent.parent / "shared/corpora/real_abstracts.jsonl"))
    ap.add_argument("--labels", default=str(ROOT / "tests/data/real_labels.jsonl"))
    args = ap.parse_args()
    corpus = Path(args.corpus)
    if not corpus.exists():
        corpus = ROOT.parent / "shared/corpora/real_abstracts.jsonl"
    ex = Extractor()
    reports = {part: evaluate_corpus(corpus, args.labels, part, ex) for part in ("dev", "heldout")}
    print(f"{'':<22}{'dev':>26}{'held-out':>26}")
    print(f"{'papers':<22}{reports['dev'].papers:>26}{reports['heldout'].papers:>26}")
    for t in ("models", "datasets", "introduces", "builds_on"):
        cells = [f"P {r.scores[t].precision:.3f} R {r.scores[t].recall:.3f} F {r.scores[t].f1:.3f}"
                 for r in reports.values()]
        print(f"{t:<22}{cells[0]:>26}{cells[1]:>26}")
    cells = [f"{r.junk_rate:.3f} ({r.junk}/{r.predicted})" for r in reports.values()]
    print(f"{'junk rate':<22}{cells[0]:>26}{cells[1]:>26}")
    cells = [f"{r.outside_clean}/{r.outside} ({r.outside_clean / max(r.outside, 1):.0%})" for r in reports.values()]
    print(f"{'outside ML clean':<22}{cells[0]:>26}{cells[1]:>26}")


if __name__ == "__main__":
    main()
