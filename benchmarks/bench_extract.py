"""Extraction throughput: generated abstracts per second on one core, and peak memory.

Usage:
    python benchmarks/bench_extract.py [--n 100000] [--batch-size 256]

Abstracts are generated from templates (about 150 words each) mixing known names (gazetteer),
coined names (found by shape and cues), datasets, hardware and topics. The run streams them through
``Extractor.many`` in one process and prints abstracts/s and peak resident memory (ru_maxrss).
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import time
from collections.abc import Iterator

from kg.extract import Extractor

KNOWN = ["GPT-3", "PaLM", "T5", "Switch Transformer", "GShard", "Conformer", "Llama 2", "BERT", "ResNet-50",
         "Megatron-LM", "vLLM", "GLaM", "Whisper", "CLIP", "Mixtral"]
DATASETS = ["ImageNet", "SuperGLUE", "MMLU", "WMT", "LibriSpeech", "GSM8K", "COCO", "SQuAD", "C4", "HumanEval"]
HARDWARE = ["TPU v4", "A100 GPUs", "H100 GPUs", "TPUv3", "V100 GPUs"]
TOPICS = ["mixture-of-experts", "pipeline parallelism", "speech recognition", "machine translation",
          "instruction tuning", "model parallelism", "image classification", "quantization"]
SYLLABLES = ["Zor", "Vex", "Lum", "Kai", "Tor", "Nim", "Quo", "Ral", "Sep", "Bri", "Oxa", "Fen"]
FILLER = ("Training large models remains expensive, and prior systems leave much of the hardware idle "
          "when workloads are irregular or when memory is the binding constraint. ")


def coined(rng: random.Random) -> str:
    """A new model name of a common shape: CamelCase, hyphenated, versioned or sized."""
    a, b = rng.choice(SYLLABLES), rng.choice(SYLLABLES).lower()
    return rng.choice([f"{a}{b.capitalize()}", f"{a}{b}-MoE", f"{a}{b}-{rng.randint(2, 9)}",
                       f"{a}-{rng.choice(['XL', 'Net', 'LM'])}", f"{a}{b}Net-{rng.choice('ABC')}"])


def abstracts(n: int, seed: int = 0) -> Iterator[tuple[str, str, str]]:
    """``n`` generated (paper id, title, abstract) items, the same for the same seed."""
    rng = random.Random(seed)
    for i in range(n):
        name, base, other = coined(rng), rng.choice(KNOWN), rng.choice(KNOWN)
        d1, d2 = rng.sample(DATASETS, 2)
        topic, hw = rng.choice(TOPICS), rng.choice(HARDWARE)
        title = f"{name}: Efficient {topic.capitalize()} at Scale"
        abstract = (
            f"{FILLER}We present {name}, a system for {topic} built on {base}. "
            f"{name} partitions computation across {rng.randint(8, 4096)} {hw} and overlaps communication "
            f"with computation. On {d1} and {d2}, {name} outperforms {other} by {rng.randint(2, 40)}% while "
            f"using {rng.randint(2, 8)}x less memory. We further analyze the trade-off between accuracy and "
            f"throughput, and show that {name} scales to models with {rng.randint(1, 900)}B parameters. "
            f"{FILLER}Code and checkpoints are released.")
        yield f"paper:bench:{i}", title, abstract


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=100_000, help="abstracts to extract")
    ap.add_argument("--batch-size", type=int, default=256)
    args = ap.parse_args(argv)
    ex = Extractor(batch_size=args.batch_size)
    words = sum(len(a.split()) + len(t.split()) for _, t, a in abstracts(min(args.n, 1000))) / min(args.n, 1000)
    nodes = edges = 0
    start, cpu = time.perf_counter(), time.process_time()
    for ns, es in ex.many(abstracts(args.n)):
        nodes += len(ns)
        edges += len(es)
    wall, cpu = time.perf_counter() - start, time.process_time() - cpu
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"abstracts:          {args.n} (about {words:.0f} words each, generation included)")
    print(f"wall time:          {wall:.1f} s")
    print(f"abstracts/s/core:   {args.n / cpu:,.0f} (CPU time of this one process)")
    print(f"abstracts/s (wall): {args.n / wall:,.0f}")
    print(f"words/s/core:       {args.n * words / cpu:,.0f}")
    print(f"nodes, edges:       {nodes:,}, {edges:,} ({nodes / args.n:.1f}, {edges / args.n:.1f} per abstract)")
    print(f"peak memory (RSS):  {peak_mb:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
