"""Load a generated paper graph into the embedded store and over Bolt, then time every named query.

    python benchmarks/bench_queries.py                    # 100,000 papers, embedded and Bolt
    python benchmarks/bench_queries.py --papers 10000 --no-bolt

The generator (seeded) follows the engines study: authors grouped by organization with Pareto-distributed
productivity (a lead author per paper plus 1-6 co-authors, 80 % from the lead's org), a model per 5 papers
introduced by one paper and BUILDS_ON 1-2 earlier (mostly recent) models, datasets, orgs, 50 topics.
Bolt is ArcadeDB's in-process Bolt server driven through the official neo4j driver (Neo4jStore), the
code path a real Neo4j takes.
Per query: one cold call, then the median of --repeat warm calls, each with a different parameter value.
"""

from __future__ import annotations

import argparse
import os
import random
import socket
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from kg.model import (AFFILIATED_WITH, AUTHOR, AUTHORED, BUILDS_ON, COMPARES_WITH, DATASET, EVALUATED_ON, HAS_TOPIC,
                      INTRODUCES, MENTIONS, MODEL, ORG, PAPER, TOPIC, USES, Edge, Graph, Node)
from kg.queries import load_all, run_query
from kg.store import EmbeddedStore, GraphStore
from kg.store.cypher import write_plan


def generate(papers: int, seed: int = 42) -> Graph:
    """A paper graph with ``papers`` papers and 1.5 authors, 0.2 models, 0.02 orgs, 0.01 datasets per paper."""
    rnd = random.Random(seed)
    g = Graph()
    n_authors, n_orgs, n_models, n_datasets = papers * 3 // 2, max(papers // 50, 2), max(papers // 5, 2), \
        max(papers // 100, 2)
    for i in range(n_orgs):
        g.add_node(Node(f"org:{i}", ORG, {"name": f"org_{i:05d}"}))
    for i in range(50):
        g.add_node(Node(f"topic:{i}", TOPIC, {"name": f"topic_{i:02d}"}))
    for i in range(n_datasets):
        g.add_node(Node(f"dataset:{i}", DATASET, {"name": f"dataset_{i:05d}"}))
    weights = [rnd.paretovariate(1.2) for _ in range(n_authors)]
    org_of = [rnd.randrange(n_orgs) for _ in range(n_authors)]
    members: dict[int, list[int]] = {}
    for a, o in enumerate(org_of):
        members.setdefault(o, []).append(a)
        g.add_node(Node(f"author:{a}", AUTHOR, {"name": f"author_{a:06d}"}))
    leads = rnd.choices(range(n_authors), weights=weights, k=papers)
    for p, lead in enumerate(leads):
        pid = f"paper:{p}"
        g.add_node(Node(pid, PAPER, {"title": f"Paper {p}", "name": f"Paper {p}", "year": 2000 + p * 25 // papers}))
        group = members[org_of[lead]]
        team = {lead} | {rnd.choice(group) if rnd.random() < 0.8 else rnd.randrange(n_authors)
                         for _ in range(rnd.randint(1, 6))}
        for pos, a in enumerate(sorted(team, key=lambda a: (a != lead, a))):
            g.add_edge(Edge(f"author:{a}", AUTHORED, pid, {"position": pos}))
        g.add_edge(Edge(pid, AFFILIATED_WITH, f"org:{org_of[lead]}"))
        for t in rnd.sample(range(50), rnd.randint(1, 3)):
            g.add_edge(Edge(pid, HAS_TOPIC, f"topic:{t}"))
        if rnd.random() < 0.5:
            g.add_edge(Edge(pid, rnd.choice([EVALUATED_ON, USES, MENTIONS]), f"dataset:{rnd.randrange(n_datasets)}"))
    for m in range(n_models):
        g.add_node(Node(f"model:{m}", MODEL, {"name": f"model_{m:05d}"}))
        g.add_edge(Edge(f"paper:{m * papers // n_models}", INTRODUCES, f"model:{m}"))
        if m and rnd.random() > 0.1:
            for earlier in {max(0, m - 1 - int(rnd.expovariate(0.05))) if rnd.random() < 0.8 else rnd.randrange(m)
                            for _ in range(rnd.randint(1, 2))}:
                g.add_edge(Edge(f"model:{m}", BUILDS_ON, f"model:{earlier}"))
    for p in rnd.sample(range(papers), papers // 2):
        rel = rnd.choice([USES, COMPARES_WITH, MENTIONS])
        g.add_edge(Edge(f"paper:{p}", rel, f"model:{rnd.randrange(max(1, p * n_models // papers))}"))
    return g


def params_for(g: Graph, name: str, rnd: random.Random, n: int) -> list[dict[str, Any]]:
    """``n`` parameter sets for query ``name``, drawn from nodes that have an answer."""
    def names(label: str, rel: str, out: bool) -> list[str]:
        ends = {e.source if out else e.target for e in g.edges.values() if e.type == rel}
        return sorted(str(g.nodes[i].props["name"]) for i in ends if g.nodes[i].label == label)

    pools = {
        "lineage": ("name", names(MODEL, BUILDS_ON, True)), "descendants": ("name", names(MODEL, BUILDS_ON, False)),
        "coauthors": ("name", names(AUTHOR, AUTHORED, True)),
        "collaborator_suggestions": ("name", names(AUTHOR, AUTHORED, True)),
        "author_papers": ("name", names(AUTHOR, AUTHORED, True)),
        "papers_by_model": ("name", names(MODEL, USES, False)),
        "papers_by_dataset": ("name", names(DATASET, EVALUATED_ON, False)),
        "org_papers": ("name", names(ORG, AFFILIATED_WITH, False)),
        "model_family": ("root", names(MODEL, INTRODUCES, False)),
        "paper_neighbourhood": ("paper", sorted(n.id for n in g.by_label(PAPER))),
    }
    if name == "topic_timeline":
        return [{}] * n
    if name == "lineage_path":
        models = names(MODEL, BUILDS_ON, True)
        return [{"a": rnd.choice(models), "b": rnd.choice(models)} for _ in range(n)]
    key, pool = pools[name]
    return [{key: rnd.choice(pool)} for _ in range(n)]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def load(store: GraphStore, g: Graph, label: str) -> None:
    rows = sum(len(step.rows) for step in write_plan(g))
    t = time.perf_counter()
    store.write(g)
    s = time.perf_counter() - t
    print(f"load {label}: {rows:,} rows in {s:.1f} s = {rows / s:,.0f} rows/s", flush=True)


def time_queries(store: GraphStore, g: Graph, label: str, repeat: int) -> dict[str, float]:
    rnd = random.Random(7)
    medians = {}
    for q in load_all():
        sets = params_for(g, q.name, rnd, repeat + 1)
        t = time.perf_counter()
        rows = len(run_query(store, q.name, sets[0]))
        cold = time.perf_counter() - t
        times = []
        for params in sets[1:]:
            t = time.perf_counter()
            run_query(store, q.name, params)
            times.append(time.perf_counter() - t)
        medians[q.name] = statistics.median(times) * 1000
        print(f"{label:<9}{q.name:<26}cold {cold * 1000:9.2f} ms   median {medians[q.name]:9.2f} ms   "
              f"(first call {rows} rows)", flush=True)
    return medians


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--papers", type=int, default=100_000)
    ap.add_argument("--repeat", type=int, default=20, help="warm calls per query (median)")
    ap.add_argument("--no-bolt", action="store_true", help="embedded store only")
    args = ap.parse_args()
    os.environ.setdefault("ARCADEDB_LOG_CONSOLE", "0")
    t = time.perf_counter()
    g = generate(args.papers)
    print(f"generated {args.papers:,} papers: {len(g.nodes):,} nodes, {len(g.edges):,} relationships "
          f"in {time.perf_counter() - t:.1f} s", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        with EmbeddedStore(Path(tmp) / "store", create=True) as store:
            load(store, g, "embedded")
            embedded = time_queries(store, g, "embedded", args.repeat)
        if args.no_bolt:
            return
        import arcadedb

        from kg.store.neo4j_store import Neo4jStore

        port = free_port()
        server = arcadedb.create_server(str(Path(tmp) / "server"), root_password="bench-password", config={
            "host": "127.0.0.1", "http_port": free_port(), "bolt_port": port,
            "server_plugins": "Bolt:com.arcadedb.bolt.BoltProtocolPlugin"})
        server.start()
        server.create_database("kg")
        try:
            with Neo4jStore(f"bolt://127.0.0.1:{port}", user="root", password="bench-password",
                            database="kg") as bolt:
                load(bolt, g, "bolt")
                over_bolt = time_queries(bolt, g, "bolt", args.repeat)
        finally:
            server.stop()
    print("\n| query | embedded median ms | Bolt median ms |\n|---|---:|---:|")
    for name in embedded:
        print(f"| {name} | {embedded[name]:.2f} | {over_bolt[name]:.2f} |")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
