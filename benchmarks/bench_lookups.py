"""The in-process lineage lookup against a networkx BFS on the same graph (issue 13: within 10x).

    python benchmarks/bench_lookups.py STORE [-n 40] [--depth 3] [--whole 3]

For n models spread over the store (every k-th by id, among those with BUILDS_ON edges), with the store open
and warm: seconds for ``GraphStore.lineage_around`` (the indexed reads), for the whole ``kg.api.lineage`` answer
on the open store (name lookup, reads, analysis), and for a networkx breadth-first search of the same depth
both ways on the BUILDS_ON graph held in memory (loaded once, not counted); then the whole-graph
``kg.analysis.lineage.lineage`` in memory, as the command ran before (for the first ``--whole`` models only: it takes
seconds each at 100,000 papers). Medians and the 90th percentile; the load average and the process's CPU seconds.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def timed(fn: Any, cpu: list[float] | None = None) -> float:
    """Wall seconds of ``fn()``; its CPU seconds (every thread of the process) are appended to ``cpu``."""
    start, start_cpu = time.perf_counter(), time.process_time()
    fn()
    if cpu is not None:
        cpu.append(time.process_time() - start_cpu)
    return time.perf_counter() - start


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("store", type=Path)
    ap.add_argument("-n", type=int, default=40, help="models to look up")
    ap.add_argument("--depth", type=int, default=3)
    ap.add_argument("--whole", type=int, default=3, help="models to time the whole-graph analysis on")
    args = ap.parse_args()

    from kg import api
    from kg.analysis import lineage as lineage_analysis
    from kg.model import BUILDS_ON, MODEL
    from kg.store import EmbeddedStore

    with EmbeddedStore(args.store) as store:
        whole = api.load_networkx(store, *lineage_analysis.LINEAGE_READS) if args.whole else None
        h = api.load_networkx(store, (MODEL,), (BUILDS_ON,))
        linked = sorted(n for n in h if h.degree(n))
        models = linked[:: max(1, len(linked) // args.n)][: args.n]
        store.find_exact(MODEL, models[0])  # the first statement of a process pays the engine's warm-up
        rows: dict[str, list[float]] = {"store reads": [], "kg.api.lineage (open store)": [],
                                        "networkx BFS, same depth": [], "whole-graph lineage in memory": []}
        cpu: dict[str, list[float]] = {name: [] for name in rows}
        for i, m in enumerate(models):
            rows["store reads"].append(timed(lambda: store.lineage_around(m, args.depth), cpu["store reads"]))
            rows["kg.api.lineage (open store)"].append(timed(lambda: api.lineage(store, m, depth=args.depth),
                                                             cpu["kg.api.lineage (open store)"]))
            rows["networkx BFS, same depth"].append(timed(lambda: (
                nx_bfs(h, m, args.depth), nx_bfs(h.reverse(copy=False), m, args.depth)),
                cpu["networkx BFS, same depth"]))
            if i < args.whole:
                rows["whole-graph lineage in memory"].append(
                    timed(lambda: lineage_analysis.lineage(whole, m, depth=args.depth),
                          cpu["whole-graph lineage in memory"]))
    load = os.getloadavg()[0]
    print(f"{len(models)} models of {len(linked):,} with BUILDS_ON edges; depth {args.depth}; {args.store}; "
          f"load {load:.2f}; CPU {time.process_time():.1f} s\n")
    print("| lookup | median ms | p90 ms | median vs BFS | median CPU ms | CPU vs BFS |")
    print("|---|---:|---:|---:|---:|---:|")
    bfs = statistics.median(rows["networkx BFS, same depth"])
    bfs_cpu = statistics.median(cpu["networkx BFS, same depth"])
    for name, values in rows.items():
        if not values:
            continue
        values.sort()
        p90 = values[int(0.9 * (len(values) - 1))]
        used = statistics.median(cpu[name])
        print(f"| {name} | {1000 * statistics.median(values):.2f} | {1000 * p90:.2f} | "
              f"{statistics.median(values) / bfs:.1f}x | {1000 * used:.2f} | {used / bfs_cpu:.1f}x |")


def nx_bfs(h: Any, source: str, depth: int) -> Any:
    import networkx as nx

    return nx.single_source_shortest_path_length(h, source, cutoff=depth)


if __name__ == "__main__":
    main()
