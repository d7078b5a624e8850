"""What the build does to spend less time and memory changes nothing it computes: the tf-idf vectors counted
as papers are read equal those of the whole term lists, lineage inference reads the same on its compact
projection as on the whole graph's, and the build leaves the cyclic collector as it found it."""

from __future__ import annotations

import gc
import math
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.analysis.common import papers
from kg.analysis.lineage import infer_builds_on, model_dates, review_stated
from kg.analysis.lineage.view import lineage_view
from kg.analysis.text import (ENTITY_LABELS, ENTITY_MARK, TermVector, kind_vectors, kind_weight, paper_vectors,
                              surface_forms, terms)
from kg.extract import Extractor
from kg.extract.cache import decode, encode
from kg.model import (AFFILIATED_WITH, AUTHOR, AUTHORED, BUILDS_ON, CITES, DATASET, HARDWARE, HAS_TOPIC,
                      INTRODUCES, MODEL, ORG, PAPER, PAPER_ENTITY_RELS, TOPIC, USES, Edge, Graph, Node, fold)
from kg.pipeline import assemble, frozen_gc
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


def reference_kind_vectors(g: object) -> dict[str, dict[str, float]]:
    """``kind_vectors`` as first written: every paper's whole term list, entity names appended, counted,
    weighed by sublinear tf times the term's kind weight, unit length, each a dict."""
    docs = {pid: terms(p.title) * 2 + terms(p.abstract) for pid, p in papers(g).items()}  # type: ignore[arg-type]
    for s, t in g.edges():  # type: ignore[attr-defined]
        if s in docs and g.nodes[s].get("label") == PAPER and g.nodes[t].get("label") in ENTITY_LABELS:  # type: ignore[attr-defined]
            docs[s].append(ENTITY_MARK + fold(str(g.nodes[t].get("name") or t)))  # type: ignore[attr-defined]
    out = {}
    for d, ts in docs.items():
        vec = {t: (1 + math.log(k)) * kind_weight(t) for t, k in Counter(ts).items()}
        norm = math.sqrt(sum(w * w for w in vec.values()))
        out[d] = {t: w / norm for t, w in vec.items()} if norm else {}
    return out


texts = st.lists(st.sampled_from(WORDS), max_size=25).map(" ".join)


def papers_graph(rows: list) -> Graph:
    """Papers ``paper:<i>`` of (title, abstract, names) rows, each using its named models (ImageNet a dataset)."""
    graph = Graph()
    for i, (title, abstract, names) in enumerate(rows):
        pid = f"paper:{i}"
        graph.add_node(Node(pid, PAPER, {"title": title, "abstract": abstract}))
        for name in sorted(names):
            label = DATASET if name == "ImageNet" else MODEL
            graph.add_node(Node(f"{label.lower()}:{fold(name)}", label, {"name": name}))
            graph.add_edge(Edge(pid, USES, f"{label.lower()}:{fold(name)}"))
    return graph


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(texts, texts, st.sets(st.sampled_from(NAMES), max_size=3)), min_size=1, max_size=8))
def test_paper_vectors_equal_the_whole_term_lists_weighed_in_the_same_order(rows: list) -> None:
    graph = papers_graph(rows)
    g = graph.to_networkx()
    got, want = paper_vectors(g), reference_vectors(g)
    assert list(got) == list(want)
    for pid in want:  # the same weights in the same order: cosine sums them in it
        assert list(got[pid].items()) == list(want[pid].items())
        assert got[pid].surface == surface_forms(t for p in papers(g).values() for t in (p.title, p.abstract))


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(texts, texts, st.sets(st.sampled_from(NAMES), max_size=3)), min_size=1, max_size=8))
def test_packed_kind_vectors_read_back_as_the_dicts_of_the_whole_term_lists(rows: list) -> None:
    g = papers_graph(rows).to_networkx()
    got, want = kind_vectors(g), reference_kind_vectors(g)
    assert list(got) == list(want) and len(got) == len(want)
    for pid in want:  # the same weights in the same order: cosine sums them in it
        assert list(got[pid].items()) == list(want[pid].items())
        assert isinstance(got[pid], TermVector)
        assert got[pid].surface == surface_forms(t for p in papers(g).values() for t in (p.title, p.abstract))
        assert pid in got and got.get(pid) == want[pid]
    assert "paper:none" not in got and got.get("paper:none", {}) == {}


def test_decoded_extractions_share_one_string_per_text_and_equal_the_plain_decoding() -> None:
    first = encode([Node("model:x", MODEL, {"name": "X", "aliases": ["X1"]})],
                   [Edge("paper:1", USES, "model:x", {"evidence": "We use X.", "rule": "uses-cue"}),
                    Edge("paper:1", INTRODUCES, "model:y", {"evidence": "We use X.", "rule": "intro"})])
    second = encode([Node("model:x", MODEL, {"name": "X", "aliases": []})],
                    [Edge("paper:2", USES, "model:x", {"evidence": "X again.", "rule": "uses-cue"})])
    paper = "".join(["paper:", "1"])  # the graph's own id object
    shared = {paper: paper}
    (x1,), (a, b) = decode(first, shared)
    (x2,), (c,) = decode(second, shared)
    plain = [(n.id, n.label, n.props) for n in (*decode(first)[0], *decode(second)[0])], [
        (e.key, e.props) for e in (*decode(first)[1], *decode(second)[1])]
    assert plain == ([(n.id, n.label, n.props) for n in (x1, x2)], [(e.key, e.props) for e in (a, b, c)])
    assert a.source is b.source is paper and a.props["evidence"] is b.props["evidence"]
    assert a.target is c.target is x1.id is x2.id and x1.props["name"] is x2.props["name"]
    assert a.props["rule"] is c.props["rule"] and a.type is c.type


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


MODEL_NAMES = ["Net", "Net 2", "Net 3", "Big Net", "Net-7B", "Transformer", "Zeta", "Zeta 2", "BERT"]
PEOPLE = ["Ann Lee", "Bo Chen", "Cy Diaz", "Di Egan"]
DAYS = ["2019", "2020-03", "2020-06-01", "2021-01-15", "2021-01-15", "2022-07-04", None]
RULES = ["builds-on-cue", "we-call", "text-cue", "name-version", None]


@st.composite
def lineage_graphs(draw: st.DrawFn) -> Graph:
    """A graph with every kind of node and edge inference reads, each with properties it reads and others
    it does not (a DOI, aliases, spans)."""
    graph = Graph()
    n = draw(st.integers(1, 9))
    models = [f"model:{fold(m)}" for m in MODEL_NAMES]
    for name, mid in zip(MODEL_NAMES, models, strict=True):
        graph.add_node(Node(mid, MODEL, {"name": name, "aliases": [name.upper()], "note": draw(st.none() | texts)}))
    others = [("dataset:imagenet", DATASET, "ImageNet", "EVALUATED_ON"), ("hardware:tpu", HARDWARE, "TPU v3", USES),
              ("topic:routing", TOPIC, "Routing", HAS_TOPIC), ("org:lab", ORG, "Lab", AFFILIATED_WITH)]
    for nid, label, name, _ in others:
        graph.add_node(Node(nid, label, {"name": name}))
    for a in PEOPLE:
        graph.add_node(Node(f"author:{fold(a)}", AUTHOR, {"name": a, "orcid": "0000"}))
    for i in range(n):
        pid = f"paper:{i}"
        names = draw(st.lists(st.sampled_from(MODEL_NAMES), max_size=3))
        graph.add_node(Node(pid, PAPER, {
            "title": " ".join([draw(texts), *names]), "abstract": draw(texts), "date": draw(st.sampled_from(DAYS)),
            "year": draw(st.none() | st.integers(2018, 2023)), "doi": f"10.1/{i}",
            "listings": draw(st.lists(st.sampled_from(["a.txt", "b.txt"]), max_size=2, unique=True)),
            "categories": draw(st.lists(st.sampled_from(["cs.LG", "cs.CL"]), max_size=2, unique=True)),
            "authors_truncated": draw(st.booleans())}))
        for pos, a in enumerate(draw(st.lists(st.sampled_from(PEOPLE), max_size=3, unique=True))):
            graph.add_edge(Edge(f"author:{fold(a)}", AUTHORED, pid, {"position": pos, "raw": a}))
        for target, kind in draw(st.lists(st.tuples(st.sampled_from(models), st.sampled_from(PAPER_ENTITY_RELS)),
                                          max_size=4)):
            graph.add_edge(Edge(pid, kind, target, {"rule": draw(st.sampled_from(RULES)),
                                                    "evidence": draw(texts), "span": [0, 3]}))
        for other, _, _, kind in others:
            if draw(st.booleans()):
                graph.add_edge(Edge(pid, kind, other, {"evidence": draw(texts)}))
        if i and draw(st.booleans()):
            graph.add_edge(Edge(pid, CITES, f"paper:{draw(st.integers(0, i - 1))}", {"source": "refs"}))
    for s, t, rule in draw(st.lists(st.tuples(st.sampled_from(models), st.sampled_from(models),
                                              st.sampled_from(RULES)), max_size=4)):
        if s != t:
            graph.add_edge(Edge(s, BUILDS_ON, t, {"rule": rule, "sentence": draw(texts)}))
    return graph


@settings(max_examples=80, deadline=None)
@given(lineage_graphs())
def test_lineage_reads_the_same_on_its_projection_as_on_the_whole_graph(graph: Graph) -> None:
    full, view = graph.to_networkx(), lineage_view(graph)
    assert list(view.nodes(data=True)) == [(n, {k: v for k, v in a.items() if k in view.nodes[n]})
                                           for n, a in full.nodes(data=True)]
    assert [(s, t, k) for s, t, k, _ in view.edges(keys=True, data=True)] == list(full.edges(keys=True))
    assert list(view.in_edges(keys=True)) == list(full.in_edges(keys=True))
    for s, t, k, a in view.edges(keys=True, data=True):
        assert a.items() <= full.edges[s, t, k].items()
    assert review_stated(view) == review_stated(full)
    assert model_dates(view) == model_dates(full)
    vectors = kind_vectors(view)
    assert [list(v.items()) for v in vectors.values()] == [list(v.items()) for v in kind_vectors(full).values()]
    inferred = [(e.key, e.props) for e in infer_builds_on(view, vectors=vectors)]
    assert inferred == [(e.key, e.props) for e in infer_builds_on(full)]
    before = {k: dict(e.props) for k, e in graph.edges.items()}
    for s, t in review_stated(view)[0]:  # what the build changes in it: stated edges, their properties
        view.remove_edge(s, t, key=BUILDS_ON)
        assert not view.has_edge(s, t, key=BUILDS_ON)
    for s, t, k, a in view.edges(keys=True, data=True):
        if k == BUILDS_ON:
            a["kind"] = "stated"
        elif k != USES or not a.keys() - {"type"}:
            with pytest.raises(TypeError):  # shared between edges alike: read-only
                a["kind"] = "x"  # type: ignore[index]
    assert {k: e.props for k, e in graph.edges.items()} == before  # the graph's own properties are untouched


def test_the_build_drops_its_records_once_resolved_and_keeps_them_in_the_store(
        tmp_path: object, monkeypatch: pytest.MonkeyPatch) -> None:
    import weakref
    from pathlib import Path

    import kg.pipeline
    from kg.store.embedded import load_records

    made = small_corpus()
    alive = [weakref.ref(r) for r in made]
    expected = [dict(vars(r)) for r in made]
    seen: list[int] = []
    real_completing = kg.pipeline.completing

    def completing(graph: Graph, **kw: object) -> object:
        seen.append(sum(ref() is not None for ref in alive))  # records still held by anyone
        return real_completing(graph, **kw)

    handed = [made]  # read_sources hands the list over: the test keeps no reference to it
    del made
    monkeypatch.setattr(kg.pipeline, "read_sources", lambda *a, **kw: handed.pop())
    monkeypatch.setattr(kg.pipeline, "completing", completing)
    store = Path(str(tmp_path)) / "store"
    report = kg.pipeline.build(["corpus.jsonl"], store, extract=False)
    assert seen == [0]
    assert report.records == 4 and report.papers == 4
    kept = [dict(vars(r)) for r in load_records(store)]
    assert [{**r, "source": "corpus.jsonl", "typed": None} for r in kept] == expected
    assert {r["source"] for r in kept} == {str(Path("corpus.jsonl").absolute())}
    assert {r["typed"] for r in kept} == {"corpus.jsonl"}  # the path as typed, beside the absolute one
