"""Whole-process time and peak memory of `kg collaboration` on five small papers beside one paper with
1,500 (or --authors N) authors: the case where every pair of a consortium paper's authors used to count.

    python benchmarks/bench_hyperauthors.py
    python benchmarks/bench_hyperauthors.py --authors 3000
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from kg.pipeline import build


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--authors", type=int, default=1500)
    args = parser.parse_args()
    rows = [{"title": f"Small Paper {i}", "authors": [f"Ann Lee{'' if i % 2 else ' Jr.'}", f"Bo Chen {i}"],
             "year": 2020 + i} for i in range(5)]
    rows.append({"title": "A Large Collaboration", "year": 2022,
                 "authors": ["Ann Lee", *(f"Member Number{chr(65 + i % 26)} {i}" for i in range(args.authors - 1))]})
    with tempfile.TemporaryDirectory() as tmp:
        source, store = Path(tmp) / "papers.jsonl", Path(tmp) / "store"
        source.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
        build([source], store, extract=False)  # in this process: the only child process is the one timed
        started = time.perf_counter()
        done = subprocess.run([sys.executable, "-m", "kg", "collaboration", "--store", str(store)], check=True,
                              capture_output=True, text=True)
        elapsed = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"kg collaboration, 6 papers, one with {args.authors} authors: {elapsed:.1f} s, peak RSS {peak:.0f} MB")
    print("\n".join(done.stdout.splitlines()[:2]))


if __name__ == "__main__":
    main()
