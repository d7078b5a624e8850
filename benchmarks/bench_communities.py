"""Modularity and CPU seconds of the communities `kg collaboration` stores (igraph Leiden,
`kg.analysis.collab.network`) beside networkx's Louvain, on the people co-author network of any
input `kg build` reads, for a few seeds.

    python benchmarks/bench_communities.py papers-20k.jsonl   # from benchmarks/generate.py 20000
    python benchmarks/bench_communities.py library-50000-v2.bib --seeds 0 1 2   # bench_bibtex.py writes it

Modularity is networkx's (`nx.community.modularity`, weight = shared papers) over the authors with a
co-author, for both partitions; higher is better.
"""

from __future__ import annotations

import argparse
import resource
from pathlib import Path


def cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    import networkx as nx

    from kg.analysis.collab import coauthor_graph, network, people_only
    from kg.analysis.summary import _paper_views
    from kg.pipeline import read_sources
    from kg.resolve import resolve

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("source", type=Path)
    parser.add_argument("--seeds", type=int, nargs="+", default=[0, 1, 2])
    args = parser.parse_args()
    g, ps = _paper_views(resolve(read_sources([args.source])))
    people, _ = people_only(g, ps)
    h = coauthor_graph(g, people)
    linked = h.subgraph([a for a in h if h.degree(a)])
    print(f"{args.source.name}: {h.number_of_nodes()} authors, {linked.number_of_nodes()} with a co-author, "
          f"{h.number_of_edges()} pairs")
    print("| seed | Leiden (kg) communities | modularity | CPU s | networkx Louvain communities | modularity | CPU s |")
    print("|---:|---:|---:|---:|---:|---:|---:|")
    for seed in args.seeds:
        start = cpu()
        net = network(g, ps, seed)
        ours = [[net.ids[i] for i in c] for c in net.communities]
        ours_cpu, start = cpu() - start, cpu()
        louvain = nx.community.louvain_communities(linked, weight="weight", seed=seed)
        louvain_cpu = cpu() - start
        q_ours = nx.community.modularity(linked, ours, weight="weight")
        q_louvain = nx.community.modularity(linked, louvain, weight="weight")
        print(f"| {seed} | {len(ours)} | {q_ours:.4f} | {ours_cpu:.2f} | {len(louvain)} | {q_louvain:.4f} | "
              f"{louvain_cpu:.1f} |", flush=True)


if __name__ == "__main__":
    main()
