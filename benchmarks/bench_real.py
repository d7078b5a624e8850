"""Extraction quality on the labelled real corpus: the development and held-out parts side by side.

Usage:
    python benchmarks/bench_real.py [--corpus ../shared/corpora/real_abstracts.jsonl]
                                    [--labels tests/data/real_labels.jsonl] [--part dev|heldout|both]

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
    ap.add_argument("--part", choices=("dev", "heldout", "both"), default="both",
                    help="the part(s) to score: dev while changing rules, both to report")
    args = ap.parse_args()
    corpus = Path(args.corpus)
    if not corpus.exists():
        corpus = ROOT.parent / "shared/corpora/real_abstracts.jsonl"
    ex = Extractor()
    parts = ("dev", "heldout") if args.part == "both" else (args.part,)
    reports = {part: evaluate_corpus(corpus, args.labels, part, ex) for part in parts}

    def row(label: str, cells: list[str]) -> None:
        print(f"{label:<22}" + "".join(f"{c:>26}" for c in cells))

    row("", ["held-out" if p == "heldout" else p for p in parts])
    row("papers", [str(r.papers) for r in reports.values()])
    for t in ("models", "datasets", "introduces", "builds_on"):
        row(t, [f"P {r.scores[t].precision:.3f} R {r.scores[t].recall:.3f} F {r.scores[t].f1:.3f}"
                for r in reports.values()])
    row("junk rate", [f"{r.junk_rate:.3f} ({r.junk}/{r.predicted})" for r in reports.values()])
    row("outside ML clean", [f"{r.outside_clean}/{r.outside} ({r.outside_clean / max(r.outside, 1):.0%})"
                             for r in reports.values()])
    row("outside ML no junk", [f"{r.outside_no_junk}/{r.outside} ({r.outside_no_junk / max(r.outside, 1):.0%})"
                               for r in reports.values()])


if __name__ == "__main__":
    main()
