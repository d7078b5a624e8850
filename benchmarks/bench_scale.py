"""Build a store of N generated papers, then time every lookup command from the CLI as a whole process.

    python benchmarks/bench_scale.py                      # 100,000 papers (+1,000 added), about 30 min
    python benchmarks/bench_scale.py -n 5000 --add 100    # a quick look

Each command runs as its own `python -m kg ...` process, exactly as a user types it: wall seconds, CPU
seconds (user + system, from os.wait4, so a shared machine's load shows as wall > CPU) and peak RSS of
that process, kg's bytecode compiled beforehand as an install compiles it. Beside each lookup, the same
answer computed by networkx in memory on the same graph (the whole store loaded once in this process, not
counted). Targets (issue 13): lookups and `kg query` <= 1 s
and 300 MB; `kg viz --view ego` <= 3 s; `kg collaboration` and `kg authors --check` <= 5 s; build
<= 180 s and 2 GB; `kg build --add` of 1,000 papers <= 20 s. The viewer's collaboration, overview and lineage
pages (no focus) are timed too (no target). A command still running after --timeout seconds is stopped and
shown as "> TIMEOUT".
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))  # this process reads the store with this source tree's kg, as the commands do
TARGETS = {"build": (180, 2048), "build --add": (20, None), "stats": (1, 300), "query lineage": (1, 300),
           "lineage": (1, 300), "lineage-path": (1, 300), "coauthors": (1, 300), "viz ego": (3, None),
           "collaboration": (5, None), "authors --check": (5, None), "viz collaboration": (None, None),
           "viz": (None, None), "viz lineage": (None, None)}  # the viewer's whole views: no target in the issue


def child_env() -> dict[str, str]:
    """The commands' environment: this source tree's kg first on the path, its bytecode read from ``__pycache__``
    as an installed package's is (pip compiles it on install; ``main`` compiles it first): an environment
    setting PYTHONDONTWRITEBYTECODE would have every command compile kg's sources again (0.10-0.15 s of
    CPU for each lookup on the 100,000-paper store, as much as the read)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def run(args: list[str], timeout: float) -> dict[str, Any]:
    """One whole `python -m kg ARGS` process: wall s, CPU s, peak RSS MB, exit code."""
    env = child_env()
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "kg", *args], cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    deadline = start + timeout
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if time.perf_counter() > deadline:
            proc.send_signal(signal.SIGKILL)
            pid, status, usage = os.wait4(proc.pid, 0)
            return {"wall": None, "cpu": usage.ru_utime + usage.ru_stime, "rss": usage.ru_maxrss / 1024, "rc": "timeout"}
        time.sleep(0.02)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
    if proc.returncode:
        print(f"  ! kg {' '.join(args)} exited {proc.returncode}: {err.strip()[:300]}", file=sys.stderr)
    return {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "rss": usage.ru_maxrss / 1024, "rc": proc.returncode}


def pick(store: Path) -> dict[str, str]:
    """Real names from the store: a model with the longest BUILDS_ON chain, its root, the busiest author."""
    from kg.store.embedded import EmbeddedStore

    with EmbeddedStore(store) as s:
        chain = s.run("MATCH p = (m:Model)-[:BUILDS_ON*1..4]->(a:Model) RETURN m.name AS m, a.name AS a, "
                      "length(p) AS n ORDER BY n DESC, m, a LIMIT 1")
        busiest = s.run("MATCH (a:Author)-[:AUTHORED]->(p:Paper) RETURN a.name AS name, count(p) AS n "
                        "ORDER BY n DESC, name LIMIT 1")
    return {"model": chain[0]["m"], "root": chain[0]["a"], "author": busiest[0]["name"]}


def in_memory(store: Path, names: dict[str, str]) -> dict[str, float]:
    """Seconds networkx takes for each lookup on the whole graph held in memory (loaded once, not counted)."""
    import networkx as nx

    from kg.api import load_networkx

    g = load_networkx(store)
    by_name = {(d.get("label"), d.get("name")): n for n, d in g.nodes(data=True)}
    model, root = by_name[("Model", names["model"])], by_name[("Model", names["root"])]
    author = by_name[("Author", names["author"])]
    lineage = nx.DiGraph((u, v) for u, v, d in g.edges(data=True) if d.get("type") == "BUILDS_ON")
    out: dict[str, float] = {}

    def timed(name: str, fn: Any) -> None:
        t = time.perf_counter()
        fn()
        out[name] = time.perf_counter() - t

    timed("stats", lambda: (g.number_of_nodes(), g.number_of_edges()))
    timed("query lineage", lambda: nx.descendants(lineage, model))
    timed("lineage", lambda: (nx.descendants(lineage, model), nx.ancestors(lineage, model)))
    timed("lineage-path", lambda: nx.shortest_path(lineage.to_undirected(as_view=True), model, root))
    timed("coauthors", lambda: {c for p in g.successors(author) for c in g.predecessors(p) if c != author})
    timed("viz ego", lambda: nx.ego_graph(g.to_undirected(as_view=True), author, radius=2))
    return out


def fmt(row: dict[str, Any] | None, key: str, spec: str) -> str:
    if row is None or row.get(key) is None:
        return "> TIMEOUT" if row and row.get("rc") == "timeout" and key == "wall" else ""
    return format(row[key], spec)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-n", "--papers", type=int, default=100_000)
    ap.add_argument("--add", type=int, default=1000, help="papers added with kg build --add")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--timeout", type=float, default=300, help="seconds before a lookup command is stopped")
    ap.add_argument("--add-timeout", type=float, default=600, help="seconds before kg build --add is stopped")
    ap.add_argument("--workdir", type=Path, default=Path("/tmp/kg-scale"))
    ap.add_argument("--reuse-store", action="store_true",
                    help="time the lookups on the store a previous run built in --workdir (no build row)")
    ap.add_argument("--only", type=lambda text: [c.strip() for c in text.split(",")], default=None,
                    help="comma-separated rows to time (e.g. 'lineage,lineage-path'); default: all")
    args = ap.parse_args()
    args.workdir.mkdir(parents=True, exist_ok=True)
    corpus = args.workdir / f"papers-{args.papers + args.add}-{args.seed}.jsonl"
    if not corpus.exists():
        subprocess.run([sys.executable, str(HERE / "generate.py"), str(args.papers + args.add), "--seed",
                        str(args.seed), "-o", str(corpus)], check=True)
    base, extra = args.workdir / "base.jsonl", args.workdir / "extra.jsonl"
    # line by line: a child's peak RSS counts its parent's size at fork time, so this process stays small
    with corpus.open(encoding="utf-8") as lines, base.open("w", encoding="utf-8") as first, \
            extra.open("w", encoding="utf-8") as rest:
        for i, line in enumerate(lines):
            (first if i < args.papers else rest).write(line)
    store = args.workdir / "store"
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "kg")], check=True, env=child_env())
    rows: dict[str, dict[str, Any]] = {}
    if not args.reuse_store:
        shutil.rmtree(store, ignore_errors=True)
        print(f"building {args.papers:,} papers...", file=sys.stderr, flush=True)
        rows["build"] = run(["build", str(base), "--store", str(store), "--quiet"], timeout=3600)
    # in a child process: a child's peak RSS counts its parent's at fork time, so this process stays small
    names = json.loads(subprocess.run(
        [sys.executable, "-c", "import json, sys; sys.path.insert(0, sys.argv[1]); from bench_scale import pick; "
         "from pathlib import Path; print(json.dumps(pick(Path(sys.argv[2]))))", str(HERE), str(store)],
        check=True, capture_output=True, text=True, env=child_env()).stdout)
    print(f"names: {names}", file=sys.stderr, flush=True)
    html = str(args.workdir / "ego.html")
    commands = {
        "stats": ["stats"],
        "query lineage": ["query", "lineage", "-p", f"name={names['model']}"],
        "lineage": ["lineage", names["model"]],
        "lineage-path": ["lineage-path", names["model"], names["root"]],
        "coauthors": ["coauthors", names["author"]],
        "viz ego": ["viz", "--view", "ego", "--focus", names["author"], "-o", html],
        "collaboration": ["collaboration", "--top", "10"],
        "authors --check": ["authors", "--check", names["author"]],
        "viz collaboration": ["viz", "--view", "collaboration", "-o", str(args.workdir / "collaboration.html")],
        "viz": ["viz", "-o", str(args.workdir / "overview.html")],
        "viz lineage": ["viz", "--view", "lineage", "-o", str(args.workdir / "lineage.html")],
    }
    if args.only is not None:
        commands = {name: argv for name, argv in commands.items() if name in args.only}
    for name, argv in commands.items():
        print(f"kg {' '.join(argv)}", file=sys.stderr, flush=True)
        rows[name] = run([*argv, "--store", str(store)], timeout=args.timeout)
    memory = in_memory(store, names)
    if args.only is None or "build --add" in args.only:
        print(f"build --add {args.add:,} papers...", file=sys.stderr, flush=True)
        rows["build --add"] = run(["build", str(extra), "--add", "--store", str(store), "--quiet"],
                                  timeout=args.add_timeout)
    print(f"\n{args.papers:,} generated papers (seed {args.seed}), {os.cpu_count()} cores; "
          f"kg commands as whole processes; networkx on the whole graph in memory\n")
    print("| command | wall s | CPU s | peak RSS MB | target (s / MB) | networkx in memory s |")
    print("|---|---:|---:|---:|---|---:|")
    for name, row in rows.items():
        wall_t, rss_t = TARGETS[name]
        target = "none" if wall_t is None else f"<= {wall_t}" + (f" / {rss_t}" if rss_t else "")
        nx_s = f"{memory[name]:.4f}" if name in memory else ""
        print(f"| `kg {name}` | {fmt(row, 'wall', '.2f')} | {fmt(row, 'cpu', '.2f')} | {fmt(row, 'rss', '.0f')} "
              f"| {target} | {nx_s} |")


if __name__ == "__main__":
    main()
