"""Time `kg build` on a generated JSON Lines corpus: papers/s, peak memory and store size, per phase.

    python benchmarks/bench_build.py                  # 100,000 papers, without and with extraction
    python benchmarks/bench_build.py -n 10000 --modes no-extract

Each mode runs in a fresh child process, so its peak RSS (resource.getrusage) is its own. Phases, as
`kg build` runs them: read (parse the JSONL), resolve, extract (spaCy rules over titles and abstracts)
and infer (BUILDS_ON lineage; extract only in the extract mode), store (write the ArcadeDB database and
swap it in). The corpus is written once per size and seed under --workdir. Each phase is shown as wall
seconds / CPU seconds (this process plus its extraction workers: the figure that holds on a shared
machine); peak RSS is this process's, the workers' largest in brackets. Extraction runs in ``--jobs``
processes, by default as `kg build` does (one per core, at most 4).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
PHASES = ("read", "resolve", "extract", "infer", "store")
# as `kg build --no-extract`, `kg build` and `kg build --no-infer` (inference finds nothing without models)
MODES = {"no-extract": {"extract": False, "infer": True}, "extract": {"extract": True, "infer": True},
         "extract-no-infer": {"extract": True, "infer": False}}


def dir_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def cpu() -> float:
    """CPU seconds (user + system) of this process and of its ended children (extraction workers)."""
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def run_one(mode: str, corpus: Path, store: Path, jobs: int) -> dict[str, float | int | str]:
    """Build ``corpus`` into ``store`` in this process; the wall and CPU seconds of each phase."""
    from kg.pipeline import add_extractions, add_inferred_lineage, read_sources
    from kg.resolve import resolve
    from kg.store import replace_store

    opts = MODES[mode]
    if store.exists():
        shutil.rmtree(store)
    marks = [(time.perf_counter(), cpu())]

    def mark() -> None:
        marks.append((time.perf_counter(), cpu()))

    records = read_sources([corpus])
    mark()
    graph = resolve(records)
    mark()
    if opts["extract"]:
        from kg.extract import Extractor

        add_extractions(graph, Extractor(), jobs=jobs)
    mark()
    if opts["infer"]:
        add_inferred_lineage(graph)
    mark()
    replace_store(store, graph, records)
    mark()
    papers = sum(1 for n in graph.nodes.values() if n.label == "Paper")
    out: dict[str, float | int | str] = {"mode": mode, "records": len(records), "papers": papers,
                                         "nodes": len(graph.nodes), "edges": len(graph.edges)}
    for name, (a, b) in zip(PHASES, zip(marks, marks[1:])):
        out[f"{name}_s"], out[f"{name}_cpu"] = b[0] - a[0], b[1] - a[1]
    out.update(total_s=marks[-1][0] - marks[0][0], total_cpu=marks[-1][1] - marks[0][1],
               papers_per_s=len(records) / (marks[-1][0] - marks[0][0]),
               peak_rss_mb=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
               worker_rss_mb=resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
               store_mb=dir_size(store) / 2**20)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-n", "--papers", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--modes", default="no-extract,extract", help="comma-separated: " + ", ".join(MODES))
    ap.add_argument("--workdir", type=Path, default=Path("/tmp/kg-bench"))
    ap.add_argument("--jobs", type=int, default=None, help="extraction processes (default: as kg build)")
    ap.add_argument("--run", nargs=4, metavar=("MODE", "CORPUS", "STORE", "JOBS"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.run:
        print(json.dumps(run_one(args.run[0], Path(args.run[1]), Path(args.run[2]), int(args.run[3]))))
        return
    from kg.pipeline import default_jobs

    jobs = args.jobs or default_jobs()
    args.workdir.mkdir(parents=True, exist_ok=True)
    corpus = args.workdir / f"papers-{args.papers}-{args.seed}.jsonl"
    if not corpus.exists():
        t = time.perf_counter()
        subprocess.run([sys.executable, str(HERE / "generate.py"), str(args.papers), "--seed", str(args.seed),
                        "-o", str(corpus)], check=True)
        print(f"generated {args.papers} papers in {time.perf_counter() - t:.1f}s "
              f"({corpus.stat().st_size / 2**20:.1f} MB)")
    print(f"{jobs} extraction process(es); each phase: wall s / CPU s (this process and its workers); "
          f"load average at start {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print("| mode | papers | nodes | edges | " + " | ".join(f"{p} s" for p in PHASES) + " | total s "
          "| papers/s | peak RSS MB (workers) | store MB |")
    print("|---|---|---|---|" + "---|" * len(PHASES) + "---|---|---|---|")
    for mode in args.modes.split(","):
        if mode.startswith("extract"):
            try:
                import kg.extract  # noqa: F401
            except ImportError:
                print("| extract | (kg.extract is not available) |")
                continue
        out = subprocess.run([sys.executable, __file__, "--run", mode, str(corpus), str(args.workdir / f"store-{mode}"),
                              str(jobs)], check=True, capture_output=True, text=True).stdout
        r = json.loads(out.strip().splitlines()[-1])
        phases = " | ".join(f"{r[p + '_s']:.1f} / {r[p + '_cpu']:.1f}" for p in PHASES)
        print(f"| {r['mode']} | {r['papers']} | {r['nodes']} | {r['edges']} | {phases} | "
              f"{r['total_s']:.1f} / {r['total_cpu']:.1f} | {r['papers_per_s']:.0f} | "
              f"{r['peak_rss_mb']:.0f} ({r['worker_rss_mb']:.0f}) | {r['store_mb']:.1f} |", flush=True)


if __name__ == "__main__":
    main()
