"""Generate a synthetic corpus of N papers as JSON Lines, a profile listing or an arXiv listing.

    python benchmarks/generate.py 100000 -o /tmp/papers.jsonl
    python benchmarks/generate.py 500 --format profile -o /tmp/profile.txt --seed 3

Authors come from a pool about a third the size of the corpus (so people write many papers together),
with particles, hyphens, initials and non-ASCII letters; titles and abstracts name models, datasets and
hardware the way real abstracts do. Every title is unique, every arXiv id too; the same seed gives the
same bytes.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any, TextIO

GIVEN = ["Marta", "Liang", "Priya", "Tomás", "Ha Eun", "Ji-ho", "Björn", "Çağla", "Łukasz", "Zoë", "Arjun",
         "Nadia", "Wei-Lin", "Kwame", "Ife", "Karin", "Ruth", "Jean-Pierre", "Chloé", "Sofia", "Ludwig", "Mei",
         "Omar", "Hana", "Aisha", "Rahul", "Emre", "Ines", "Min", "Yu", "Xu", "Elena", "Jonas", "Ana", "Iris",
         "Theo", "Greta", "Rosa", "Pablo", "Ivo", "Farah", "Sara", "Noa", "Dmitri", "Anja", "Kenji", "Lucía"]
MIDDLE = ["", "", "", "", "J. ", "K. ", "A. ", "N. ", "M. "]
FAMILY = ["Okafor", "Wu", "Raman", "Ferreira", "Seo", "Kang", "Ångström", "Yılmaz", "Wiśniewski", "Adeyemi",
          "Mehta", "Petrova", "Chen", "Mensah", "Adebara", "Holm", "Ababio", "Dubois", "Martin", "de la Cruz",
          "van der Berg", "Ling", "Haddad", "Kobayashi", "Bello", "Iyer", "Öztürk", "Baptista", "Park", "Zhang",
          "Li", "Marchetti", "Lindqvist", "Souza", "Novak", "Klein", "Strand", "Díaz-Ortega", "Núñez", "Marinov",
          "Naz", "Lindgren", "McAllister", "O'Brien", "Kowalczyk", "Tanaka", "García"]
MODELS = ["BERT", "RoBERTa", "T5", "GPT-2", "GPT-3", "PaLM", "LLaMA", "Llama 2", "Mistral 7B", "ViT", "CLIP",
          "Whisper", "Conformer", "Switch Transformer", "GShard", "Flan-T5", "BLOOM", "Stable Diffusion", "SchNet",
          "ResNet-50", "wav2vec 2.0", "DeBERTa", "ELECTRA", "Chinchilla", "GLaM", "OPT", "Falcon", "Mixtral"]
DATASETS = ["GLUE", "SuperGLUE", "SQuAD", "MMLU", "GSM8K", "ImageNet", "COCO", "LibriSpeech", "C4", "The Pile",
            "WMT14", "Natural Questions", "HellaSwag", "BIG-bench", "CoVoST 2", "QM9", "CIFAR-10", "TriviaQA",
            "HumanEval", "MBPP", "WikiText-103", "XNLI", "FLORES-200", "Common Voice"]
HARDWARE = ["TPU v4", "A100 GPUs", "H100 GPUs", "TPU v3 pods", "a single V100"]
TOPIC_WORDS = ["Sparse Routing", "Instruction Tuning", "Retrieval-Augmented Decoding", "Patch Dropout",
               "Speech Recognition", "Machine Translation", "Optimizer Compression", "Chain-of-Thought Reasoning",
               "Contrastive Pretraining", "Model Merging", "Long-Context Attention", "Quantized Inference",
               "Protein Design", "Code Generation", "Factuality Evaluation", "Mixture-of-Experts Layers",
               "Data Pruning", "Reward Modelling", "Tokenizer-Free Models", "Multilingual Pretraining"]
OBJECTS = ["Language Models", "Vision Transformers", "Speech Encoders", "Small Models", "Sequence Models",
           "Dialogue Agents", "Graph Networks", "Diffusion Models", "Code Models", "Retrievers"]
QUALIFIERS = ["at Scale", "on a Budget", "Without Labels", "for Low-Resource Languages", "in the Wild",
              "with Fewer Parameters", "from Human Feedback", "under Distribution Shift", "for ASR", "for NLI",
              "in 2024", "Revisited", "v2"]
TEMPLATES = ["{topic} for {obj} {qual}", "{topic} {qual}", "Scaling {topic} in {obj}", "Can {obj} Learn {topic}?",
             "{model}-Style {topic} for {obj}", "{topic}: A Study of {obj} {qual}", "Rethinking {topic} for {obj}"]
CATEGORIES = ["cs.LG", "cs.CL", "cs.CV", "cs.AI", "eess.AS", "stat.ML", "cs.IR", "q-bio.BM"]
PROFILE_CODES = {"cs.LG": "LG", "cs.CL": "CL", "cs.CV": "CV", "cs.AI": "AI", "eess.AS": "AS", "stat.ML": "ML",
                 "cs.IR": "IR", "q-bio.BM": "BM"}
ORGS = ["nordlab", "riverbend", "harbor-ai", "cmu", "deepmind", "tsinghua", "eth zurich", "mila"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def author_pool(rnd: random.Random, size: int) -> list[str]:
    names: set[str] = set()
    while len(names) < size:
        names.add(f"{rnd.choice(GIVEN)} {rnd.choice(MIDDLE)}{rnd.choice(FAMILY)}")
        if len(names) >= len(GIVEN) * len(MIDDLE) * len(FAMILY) // 2:
            break
    return sorted(names)


def abstract(rnd: random.Random, topic: str, obj: str) -> str:
    model, base, data, data2 = rnd.choice(MODELS), rnd.choice(MODELS), rnd.choice(DATASETS), rnd.choice(DATASETS)
    gain = rnd.randint(2, 40) / 10
    sentences = [
        f"We study {topic.lower()} for {obj.lower()}.",
        f"Building on {base}, we train a {rnd.choice([125, 350, 770, 1300, 7000])}M-parameter model "
        f"we call {model}-{rnd.choice(['Lite', 'XL', 'Pro', 'Zero', 'Mini'])}{rnd.randint(1, 99)}.",
        f"On {data} it improves accuracy by {gain} points over {rnd.choice(MODELS)}, and it transfers to {data2}.",
        f"Training takes {rnd.randint(2, 30)} days on {rnd.choice(HARDWARE)}.",
        rnd.choice(["We release code and checkpoints.", "We analyse where the method fails.",
                    "Ablations show each component matters.", "The gains hold across five random seeds."]),
    ]
    return " ".join(sentences)


def papers(n: int, seed: int = 0) -> Iterator[dict[str, Any]]:
    """N paper objects in the JSON Lines layout, deterministic for a seed."""
    rnd = random.Random(seed)
    pool = author_pool(rnd, max(10, n // 3))
    titles: set[str] = set()
    start = date(2018, 1, 1)
    for i in range(n):
        while True:
            topic, obj = rnd.choice(TOPIC_WORDS), rnd.choice(OBJECTS)
            title = rnd.choice(TEMPLATES).format(topic=topic, obj=obj, qual=rnd.choice(QUALIFIERS),
                                                 model=rnd.choice(["GPT", "BERT", "T5"]))
            if title in titles:  # templates run out quickly: add a distinguishing subtitle
                title = f"{title}: {rnd.choice(OBJECTS)} {rnd.choice(QUALIFIERS)} {rnd.randint(2, 10**6)}"
            if title not in titles:
                titles.add(title)
                break
        when = start + timedelta(days=rnd.randint(0, 7 * 365))
        obj_: dict[str, Any] = {"title": title, "abstract": abstract(rnd, topic, obj),
                                "authors": rnd.sample(pool, rnd.randint(1, 6)), "date": when.isoformat(),
                                "categories": rnd.sample(CATEGORIES, rnd.randint(1, 2))}
        kind = rnd.random()
        if kind < 0.85:
            obj_["id"] = f"{when:%y%m}.{i % 100000:05d}"
        elif kind < 0.95:
            obj_["doi"] = f"10.5555/syn.{seed}.{i}"
        if rnd.random() < 0.3:
            obj_["orgs"] = rnd.sample(ORGS, rnd.randint(1, 2))
        if rnd.random() < 0.2:
            obj_["authors_truncated"] = True
        yield obj_


def write_jsonl(items: Iterator[dict[str, Any]], out: TextIO) -> None:
    for item in items:
        out.write(json.dumps(item, ensure_ascii=False) + "\n")


def write_profile(items: Iterator[dict[str, Any]], out: TextIO) -> None:
    for item in items:
        y, m, d = (int(x) for x in item["date"].split("-"))
        tail = " et al." if item.get("authors_truncated") else ""
        orgs = f" · {', '.join(item['orgs'])}" if item.get("orgs") else ""
        out.write(f"{PROFILE_CODES[item['categories'][0]]}{MONTHS[m - 1]} {d}, {y}\n"
                  f"{item['title']}{', '.join(item['authors'])}{tail}{orgs}\n{item['abstract']}\n")


def write_arxiv(items: Iterator[dict[str, Any]], out: TextIO) -> None:
    for item in items:
        if "id" in item:
            out.write(f"{item['abstract']}\n\narXiv:{item['id']}\nCreated: {item['date']}\n\n")


WRITERS = {"jsonl": write_jsonl, "profile": write_profile, "arxiv": write_arxiv}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("n", type=int, help="number of papers")
    ap.add_argument("--format", choices=sorted(WRITERS), default="jsonl")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("-o", "--output", type=Path, help="file to write (default: stdout)")
    args = ap.parse_args()
    if args.output:
        with args.output.open("w", encoding="utf-8") as out:
            WRITERS[args.format](papers(args.n, args.seed), out)
    else:
        WRITERS[args.format](papers(args.n, args.seed), sys.stdout)


if __name__ == "__main__":
    main()
