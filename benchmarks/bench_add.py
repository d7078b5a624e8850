"""Time `kg build --add` of N new generated papers to a store built from BASE, as a whole process.

    python benchmarks/bench_add.py papers-100k.jsonl add100k -n 1000   # papers from benchmarks/generate.py
    python benchmarks/bench_add.py BASE.jsonl STORE -n 200 --kg-root /path/to/other/checkout   # another version

The added papers come from `generate.py` with another seed (default 7), each made new to BASE (a title or
arXiv id BASE holds is changed), so all N are added, none merged. The store is copied first (not timed) and the copy is added to,
so STORE is left as it was and the run can be repeated. Prints wall s, CPU s (user + system of the process
and its extraction workers, from os.wait4) and peak RSS MB of `python -m kg build EXTRA --add --store COPY
--quiet`, run with the `kg` of --kg-root (default: this checkout). Target (issue 13): 1,000 papers added
to 100,000 in <= 20 s.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from generate import OBJECTS, papers  # noqa: E402


# The child of --phases: kg.pipeline.build(EXTRA, add=True) with a progress callback noting when each phase
# starts (read: the new sources, the store's records and extraction cache, the extractor; resolve, extract, infer,
# summaries, write: to the end, with the count read), then wall and CPU (this process and its workers).
PHASES = """
import resource, sys, time
import kg.analysis.summary as summary
from kg import pipeline
marks = []
def cpu():
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime
def mark(phase):
    if not marks or marks[-1][0] != phase:
        marks.append((phase, time.perf_counter(), cpu()))
with_summaries = summary.with_summaries
def timed(*args, **kwargs):
    mark("summaries")
    return with_summaries(*args, **kwargs)
summary.with_summaries = timed
mark("start")
report = pipeline.build([sys.argv[1]], sys.argv[2], add=True, progress=lambda phase, *_: mark(phase))
mark("end")
print(f"extracted {report.extracted} of {report.papers} papers")
for (phase, wall, used), (_, wall2, used2) in zip(marks, marks[1:]):
    print(f"  {phase:<10} wall {wall2 - wall:7.1f} s  CPU {used2 - used:7.1f} s")
"""


def new_papers(base: Path, n: int, seed: int, out: Path) -> int:
    """Write ``n`` generated papers (``seed``) to ``out``, each new to ``base``: a title ``base`` holds gets
    a subtitle, an arXiv id it holds the next free number of its month (as `generate.py` does within a run)."""
    ids, titles = set(), set()
    with base.open(encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            ids.add(row.get("id"))
            titles.add(row.get("title"))
    rnd = random.Random(seed)
    with out.open("w", encoding="utf-8") as handle:
        for i, row in enumerate(papers(n, seed)):
            while row["title"] in titles:
                row["title"] = f"{row['title'].partition(':')[0]}: {rnd.choice(OBJECTS)} {rnd.randint(2, 10**6)}"
            titles.add(row["title"])
            if row.get("id") and row["id"] in ids:
                month, number = row["id"].split(".")
                free = (f"{month}.{k:05d}" for k in range(int(number), int(number) + 100_000))
                row["id"] = next(candidate for candidate in free if candidate not in ids)
            ids.add(row.get("id"))
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    return n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("base", type=Path, help="the JSON Lines file STORE was built from")
    ap.add_argument("store", type=Path, help="a store built from BASE (left unchanged)")
    ap.add_argument("-n", type=int, default=1000, help="papers to add")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--workdir", type=Path, default=Path("/tmp/kg-add"))
    ap.add_argument("--kg-root", type=Path, default=HERE.parent, help="source tree whose kg runs the add")
    ap.add_argument("--phases", action="store_true",
                    help="run kg.pipeline.build in the child instead of the CLI, and print wall and CPU s per phase")
    args = ap.parse_args()
    args.workdir.mkdir(parents=True, exist_ok=True)
    extra = args.workdir / f"extra-{args.n}-{args.seed}.jsonl"
    count = new_papers(args.base, args.n, args.seed, extra)
    copy = args.workdir / "store"
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(args.store, copy, symlinks=True)
    env = {**os.environ, "PYTHONPATH": str(args.kg_root)}
    argv = [sys.executable, "-m", "kg", "build", str(extra), "--add", "--store", str(copy), "--quiet"]
    if args.phases:  # the same build through kg.pipeline.build, printing when each phase starts
        argv = [sys.executable, "-c", PHASES, str(extra), str(copy)]
    start = time.perf_counter()
    proc = subprocess.Popen(argv, cwd=args.kg_root, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    out = proc.stdout.read().decode() if proc.stdout else ""
    err = proc.stderr.read().decode() if proc.stderr else ""
    code = os.waitstatus_to_exitcode(status)
    if code:
        sys.exit(f"kg build --add exited {code}: {err.strip()[:500]}")
    print(out.rstrip() if args.phases else out.splitlines()[0] if out else "")
    print(f"kg build --add of {count:,} papers ({args.kg_root}): wall {wall:.1f} s, "
          f"CPU {usage.ru_utime + usage.ru_stime:.1f} s, peak RSS {usage.ru_maxrss / 1024:.0f} MB")
    shutil.rmtree(copy, ignore_errors=True)


if __name__ == "__main__":
    main()
