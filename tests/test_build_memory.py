"""What the build does to spend less time and memory changes nothing it computes: the tf-idf vectors counted
as papers are read equal those of the whole term lists, the summaries made with inference's vectors equal
those made with their own, and the build leaves the cyclic collector as it found it."""

from __future__ import annotations

import gc
import math
from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.analysis.common import papers
from kg.analysis.summary import with_summaries
from kg.analysis.text import ENTITY_MARK, paper_vectors, surface_forms, terms
from kg.extract import Extractor
from kg.model import AUTHOR, AUTHORED, DATASET, INTRODUCES, MODEL, PAPER, USES, Edge, Graph, Node, fold
from kg.pipeline import add_extractions, add_inferred_lineage, assemble, frozen_gc
from kg.resolve import resolve
from kg.sources import PaperRecord

WORDS = ["sparse", "routing", "scaling", "scales", "models", "model", "tpu", "v3", "annotations", "the", "of",
         "Transformer", "experts", "shard", "sharding", "2024", "a", "Zoë", "naïve", "learning"]
NAMES = ["GShard", "GPipe", "ImageNet", "LLaMA", "Llama 2"]


def reference_vectors(g: object) -> dict[str, dict[str, float]]:
    """The tf-idf vectors as first written: every paper's whole term list, entity names appended, then
    counted and weighed (sublinear tf, idf = log(N / df), unit length)."""
    docs = {pid: terms(p.title) * 2 + terms(p.abstract) for pid, p in papers(g).items()}  # type: ignore[arg-type]
    for s, t in g.edges():  # type: ignore[attr-defined]
        if s in docs and g.nodes[s].get("label") == PAPER and g.nodes[t].get("label") in (MODEL, DATASET):  # type: ignore[attr-defined]
            docs[s].append(ENTITY_MARK + fold(str(g.nodes[t].get("name") or t)))  # type: ignore[attr-defined]
    counts = {d: Counter(ts) for d, ts in docs.items()}
    df: Counter[str] = Counter()
    for c in counts.values():
        df.update(c.keys())
    out = {}
    for d, c in counts.items():
        vec = {t: (1 + math.log(k)) * math.log(len(counts) / df[t]) for t, k in c.items() if df[t] < len(counts)}
        norm = math.sqrt(sum(w * w for w in vec.values()))
        out[d] = {t: w / norm for t, w in vec.items()} if norm else {}
    return out


texts = st.lists(st.sampled_from(WORDS), max_size=25).map(" ".join)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(texts, texts, st.sets(st.sampled_from(NAMES), max_size=3)), min_size=1, max_size=8))
def test_paper_vectors_equal_the_whole_term_lists_weighed_in_the_same_order(rows: list) -> None:
    graph = Graph()
    for i, (title, abstract, names) in enumerate(rows):
        pid = f"paper:{i}"
        graph.add_node(Node(pid, PAPER, {"title": title, "abstract": abstract}))
        for name in sorted(names):
            label = DATASET if name == "ImageNet" else MODEL
            graph.add_node(Node(f"{label.lower()}:{fold(name)}", label, {"name": name}))
            graph.add_edge(Edge(pid, USES, f"{label.lower()}:{fold(name)}"))
    g = graph.to_networkx()
    got, want = paper_vectors(g), reference_vectors(g)
    assert list(got) == list(want)
    for pid in want:  # the same weights in the same order: cosine sums them in it
        assert list(got[pid].items()) == list(want[pid].items())
        assert got[pid].surface == surface_forms(t for p in papers(g).values() for t in (p.title, p.abstract))


def small_corpus() -> list[PaperRecord]:
    rows = [("GShard: Scaling Giant Models with Conditional Computation", "We introduce GShard, a module for "
             "sparse experts trained on TPU v3.", "2020-06-30", ["Ann Lee", "Bo Chen"]),
            ("GShard 2: Sparse Experts Revisited", "We introduce GShard 2, based on GShard, with routing.",
             "2021-05-01", ["Ann Lee", "Cy Diaz"]),
            ("Dense Routing for Speech", "We present RouteNet, evaluated on LibriSpeech.", "2021-09-01",
             ["Bo Chen", "Di Egan"]),
            ("Expert Choice", "We introduce ExpertNet, which extends GShard 2 with expert choice routing.",
             "2022-02-01", ["Cy Diaz", "Ann Lee"])]
    return [PaperRecord("corpus.jsonl", i + 1, title=t, abstract=a, date=d, authors=au)
            for i, (t, a, d, au) in enumerate(rows)]


def test_inference_hands_the_summaries_the_vectors_they_would_make() -> None:
    graph = resolve(small_corpus())
    add_extractions(graph, Extractor())
    vectors = add_inferred_lineage(graph)
    assert vectors is not None
    g = graph.to_networkx()
    assert vectors == paper_vectors(g)
    shared, own = with_summaries(graph, vectors=vectors), with_summaries(graph)
    assert {n: v.props for n, v in shared.nodes.items()} == {n: v.props for n, v in own.nodes.items()}
    assert add_inferred_lineage(resolve(small_corpus()), infer=False) is None


def test_the_build_leaves_nothing_frozen() -> None:
    before = gc.get_freeze_count()
    graph = assemble(small_corpus(), extractor=Extractor())
    assert gc.get_freeze_count() == before == 0
    assert any(n.label == AUTHOR for n in graph.nodes.values())
    assert any(e.type == AUTHORED for e in graph.edges.values())
    assert any(e.type == INTRODUCES for e in graph.edges.values())
    with frozen_gc():
        gc.freeze()
        assert gc.get_freeze_count() > 0
    assert gc.get_freeze_count() == 0
