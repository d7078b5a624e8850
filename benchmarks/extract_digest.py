"""Every extraction output over a fixed mixed corpus, one JSON line per abstract: compare two versions byte for byte.

Usage:
    python benchmarks/extract_digest.py -o /tmp/new.jsonl [--generated 3000] [--mixed 3000]
    cmp /tmp/old.jsonl /tmp/new.jsonl

A change to how extraction runs (not to what it finds) must leave the file the same. The corpus: the real
abstracts of ``../shared/corpora/real_abstracts.jsonl`` (read at run time; with and without their
categories, and through ``Extractor.spans``), the project's own labelled abstracts (``tests/data``),
abstracts of ``benchmarks/generate.py`` and ``benchmarks/bench_extract.py``, and abstracts stitched from
sentences of different real abstracts (a seeded shuffle: new neighbours for every cue and name).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections.abc import Iterator
from pathlib import Path

from kg.extract import Extractor

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT.parent.parent / "shared" / "corpora" / "real_abstracts.jsonl"
if not REAL.exists():
    REAL = ROOT.parent / "shared" / "corpora" / "real_abstracts.jsonl"
SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def _rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def corpus(generated: int, mixed: int, seed: int = 0) -> Iterator[tuple[str, str, str, list[str]]]:
    """(id, title, abstract, categories) items, the same for the same arguments."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import bench_extract
    import generate

    real = _rows(REAL)
    for k, r in enumerate(real):
        yield f"real:{k}", r.get("title", ""), r.get("abstract", ""), list(r.get("categories") or [])
        yield f"real-nocat:{k}", r.get("title", ""), r.get("abstract", ""), []
    for name in ("gold_abstracts.jsonl", "gold_heldout.jsonl", "lineage_corpus.jsonl"):
        path = ROOT / "tests" / "data" / name
        if path.exists():
            for k, r in enumerate(_rows(path)):
                yield f"{name}:{k}", r.get("title", ""), r.get("abstract", ""), list(r.get("categories") or [])
    for k, p in enumerate(generate.papers(generated, seed)):
        yield f"gen:{k}", p["title"], p["abstract"], p["categories"]
    for pid, title, abstract in bench_extract.abstracts(generated // 2, seed):
        yield pid, title, abstract, []
    rng = random.Random(seed)
    sents = [s for r in real for s in SPLIT.split(r.get("abstract", "")) if s.strip()]
    titles = [r.get("title", "") for r in real]
    for k in range(mixed):
        picked = rng.sample(sents, rng.randint(2, 9))
        yield f"mix:{k}", rng.choice(titles + [""]), " ".join(picked), []


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-o", "--output", type=Path, required=True)
    ap.add_argument("--generated", type=int, default=3000)
    ap.add_argument("--mixed", type=int, default=3000)
    args = ap.parse_args(argv)
    ex = Extractor()
    items = list(corpus(args.generated, args.mixed))
    with args.output.open("w", encoding="utf-8") as out:
        for (pid, _, _, _), (nodes, edges) in zip(items, ex.many(items)):
            out.write(json.dumps({"id": pid, "nodes": [[n.id, n.label, n.props] for n in nodes],
                                  "edges": [[e.source, e.type, e.target, e.props] for e in edges]},
                                 sort_keys=True, ensure_ascii=False) + "\n")
        for pid, title, abstract, _ in items:
            if pid.startswith(("real:", "mix:")) and int(pid.split(":")[1]) < 300:
                out.write(json.dumps({"id": pid, "spans": ex.spans(abstract, title)},
                                     sort_keys=True, ensure_ascii=False) + "\n")
    print(f"{len(items)} abstracts -> {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
