"""Every node and edge of the graph ``kg build`` writes, in the order the build holds them: compare two versions.

Usage:
    python benchmarks/graph_digest.py SOURCE... -o /tmp/new.jsonl [--cache /tmp/extractions.jsonl.gz]
    cmp /tmp/old.jsonl /tmp/new.jsonl

A change to how inference or the summaries run (not to what they find) must leave the file the same: one
JSON line per node, then one per edge, as ``kg.pipeline.assemble`` returns them (what the store write
reads), with a last line holding the SHA-256 of the lines before it. ``--cache``: an extraction cache file
(``kg.extract.cache``), read when it holds this extractor's results and written when it does not, so that
comparing inference alone does not extract the papers again.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import resource
import time
from pathlib import Path

from kg.extract import Extractor
from kg.extract.cache import ExtractionCache, fingerprint
from kg.pipeline import assemble, default_jobs, read_sources


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sources", nargs="+", type=Path)
    ap.add_argument("-o", "--output", type=Path, required=True)
    ap.add_argument("--cache", type=Path, default=None, help="extraction cache file to reuse or write")
    args = ap.parse_args(argv)
    cache = ExtractionCache(fingerprint())
    loaded = cache.load(args.cache) if args.cache else 0
    records = read_sources(args.sources)
    start, cpu = time.perf_counter(), time.process_time()
    graph = assemble(records, extractor=Extractor(), jobs=default_jobs(), cache=cache)
    took, cpu = time.perf_counter() - start, time.process_time() - cpu
    if args.cache and not loaded:
        args.cache.write_bytes(cache.dump())
    digest = hashlib.sha256()
    with args.output.open("w", encoding="utf-8") as out:
        for node in graph.nodes.values():
            line = json.dumps(["node", node.id, node.label, node.props], sort_keys=True, ensure_ascii=False) + "\n"
            digest.update(line.encode())
            out.write(line)
        for edge in graph.edges.values():
            line = json.dumps(["edge", edge.source, edge.type, edge.target, edge.props], sort_keys=True,
                              ensure_ascii=False) + "\n"
            digest.update(line.encode())
            out.write(line)
        out.write(json.dumps({"sha256": digest.hexdigest()}) + "\n")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{len(graph.nodes)} nodes, {len(graph.edges)} edges, sha256 {digest.hexdigest()[:16]}; assemble "
          f"{took:.1f} s wall, {cpu:.1f} CPU s (extractions reused: {cache.reused}), peak {peak:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
