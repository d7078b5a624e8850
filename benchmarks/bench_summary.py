"""Whole-process wall time, CPU time and peak memory of the commands that read what the build stored
(`kg collaboration`, `kg authors --check NAME`) on a built store, each run in a fresh process.

    python benchmarks/bench_summary.py --store /path/to/store                 # NAME: the busiest author
    python benchmarks/bench_summary.py --store /path/to/store --name "Wei Wang"

Build the store first, e.g. from 100,000 generated papers:
    python benchmarks/generate.py 100000 -o papers.jsonl && kg build papers.jsonl --store store
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time


def timed(args: list[str]) -> tuple[float, float, float, str]:
    """Wall s, CPU s and peak RSS MB of ``python -m kg ARGS`` in its own process, and its first line."""
    started = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-m", "kg", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True)
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - started
    out, err = child.communicate()
    if status:
        raise SystemExit(f"kg {' '.join(args)} failed:\n{err}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, (out.splitlines() or [""])[0]


def busiest_author(store: str) -> str:
    from kg.store import open_store

    with open_store(store) as s:
        rows = s.run("MATCH (a:Author)-[:AUTHORED]->(p:Paper) RETURN a.name AS name, count(p) AS n "
                     "ORDER BY n DESC, name LIMIT 1")
    return str(rows[0]["name"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", required=True)
    parser.add_argument("--name", help="the author to check (default: the one with most papers)")
    args = parser.parse_args()
    name = args.name or busiest_author(args.store)
    print("| command | wall s | CPU s | peak RSS MB | first line |\n|---|---:|---:|---:|---|")
    for command in (["collaboration"], ["authors", "--check", name]):
        wall, cpu, peak, first = timed([*command, "--store", args.store])
        print(f"| kg {' '.join(command)} | {wall:.2f} | {cpu:.2f} | {peak:.0f} | {first} |")


if __name__ == "__main__":
    main()
