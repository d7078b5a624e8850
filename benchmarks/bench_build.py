"""Time `kg build` on a generated JSON Lines corpus: papers/s, peak memory and store size, per phase.

    python benchmarks/bench_build.py                  # 100,000 papers, without and with extraction
    python benchmarks/bench_build.py -n 10000 --modes no-extract

Each mode runs in a fresh child process, so its peak RSS (resource.getrusage) is its own. Phases, as
`kg build` runs them: read (parse the JSONL), resolve, extract (spaCy rules over titles and abstracts)
and infer (BUILDS_ON lineage; extract only in the extract mode), store (write the ArcadeDB database and
swap it in). The corpus is written once per size and seed under --workdir.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
# as `kg build --no-extract`, `kg build` and `kg build --no-infer` (inference finds nothing without models)
MODES = {"no-extract": {"extract": False, "infer": True}, "extract": {"extract": True, "infer": True},
         "extract-no-infer": {"extract": True, "infer": False}}


def dir_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def run_one(mode: str, corpus: Path, store: Path) -> dict[str, float | int | str]:
    """Build ``corpus`` into ``store`` in this process; the figures of each phase."""
    from kg.pipeline import add_extractions, add_inferred_lineage, read_sources
    from kg.resolve import resolve
    from kg.store import replace_store

    opts = MODES[mode]
    if store.exists():
        shutil.rmtree(store)
    t0 = time.perf_counter()
    records = read_sources([corpus])
    t1 = time.perf_counter()
    graph = resolve(records)
    t2 = time.perf_counter()
    if opts["extract"]:
        from kg.extract import Extractor

        add_extractions(graph, Extractor())
    t3 = time.perf_counter()
    if opts["infer"]:
        add_inferred_lineage(graph)
    t4 = time.perf_counter()
    replace_store(store, graph, records)
    t5 = time.perf_counter()
    papers = sum(1 for n in graph.nodes.values() if n.label == "Paper")
    return {"mode": mode, "records": len(records), "papers": papers, "nodes": len(graph.nodes),
            "edges": len(graph.edges), "read_s": t1 - t0, "resolve_s": t2 - t1, "extract_s": t3 - t2,
            "infer_s": t4 - t3, "store_s": t5 - t4, "total_s": t5 - t0, "papers_per_s": len(records) / (t5 - t0),
            "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "store_mb": dir_size(store) / 2**20}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-n", "--papers", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--modes", default="no-extract,extract", help="comma-separated: " + ", ".join(MODES))
    ap.add_argument("--workdir", type=Path, default=Path("/tmp/kg-bench"))
    ap.add_argument("--run", nargs=3, metavar=("MODE", "CORPUS", "STORE"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.run:
        print(json.dumps(run_one(args.run[0], Path(args.run[1]), Path(args.run[2]))))
        return
    args.workdir.mkdir(parents=True, exist_ok=True)
    corpus = args.workdir / f"papers-{args.papers}-{args.seed}.jsonl"
    if not corpus.exists():
        t = time.perf_counter()
        subprocess.run([sys.executable, str(HERE / "generate.py"), str(args.papers), "--seed", str(args.seed),
                        "-o", str(corpus)], check=True)
        print(f"generated {args.papers} papers in {time.perf_counter() - t:.1f}s "
              f"({corpus.stat().st_size / 2**20:.1f} MB)")
    print("| mode | papers | nodes | edges | read s | resolve s | extract s | infer s | store s | total s "
          "| papers/s | peak RSS MB | store MB |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    for mode in args.modes.split(","):
        if mode.startswith("extract"):
            try:
                import kg.extract  # noqa: F401
            except ImportError:
                print("| extract | (kg.extract is not available) |")
                continue
        out = subprocess.run([sys.executable, __file__, "--run", mode, str(corpus), str(args.workdir / f"store-{mode}")],
                             check=True, capture_output=True, text=True).stdout
        r = json.loads(out.strip().splitlines()[-1])
        print(f"| {r['mode']} | {r['papers']} | {r['nodes']} | {r['edges']} | {r['read_s']:.1f} | "
              f"{r['resolve_s']:.1f} | {r['extract_s']:.1f} | {r['infer_s']:.1f} | {r['store_s']:.1f} | {r['total_s']:.1f} | {r['papers_per_s']:.0f} | "
              f"{r['peak_rss_mb']:.0f} | {r['store_mb']:.1f} |", flush=True)


if __name__ == "__main__":
    main()
