"""Lineage: model names, inferred BUILDS_ON edges on small graphs, the labelled corpus, the CLI commands."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

import kg.api
from kg.analysis.common import find_node
from kg.analysis.corpus import annotated_graph, read_pairs
from kg.analysis.lineage import (DEFAULT_MIN_SCORE, LINEAGE_READS, infer_builds_on, lineage, lineage_path,
                                 score_lineage)
from kg.analysis.lineage.infer import CANDIDATE_CEILING
from kg.names import EXTENDS, VARIES, VERSIONS, name_relation, parse_name
from kg.cli import cli
from kg.errors import NodeNotFound, SourceError
from kg.model import (AUTHOR, AUTHORED, BUILDS_ON, CITES, COMPARES_WITH, INTRODUCES, MENTIONS, MODEL, PAPER, USES,
                      Edge, Graph, Node)

DATA = Path(__file__).parent / "data"


def add_paper(g: Graph, pid: str, date: str, title: str, abstract: str = "", authors: tuple[str, ...] = (),
              introduces: tuple[str, ...] = (), **links: tuple[str, ...]) -> None:
    """A paper node with its authors and model edges (``uses=``, ``compares_with=``, ``mentions=``)."""
    g.add_node(Node(pid, PAPER, {"title": title, "date": date, "year": int(date[:4]), "abstract": abstract}))
    for i, name in enumerate(authors):
        g.add_node(Node(f"author:{name}", AUTHOR, {"name": name}))
        g.add_edge(Edge(f"author:{name}", AUTHORED, pid, {"position": i}))
    rels = [(INTRODUCES, introduces), (USES, links.get("uses", ())), (COMPARES_WITH, links.get("compares_with", ())),
            (MENTIONS, links.get("mentions", ()))]
    for rel, names in rels:
        for name in names:
            g.add_node(Node(f"model:{name.lower()}", MODEL, {"name": name}))
            g.add_edge(Edge(pid, rel, f"model:{name.lower()}"))


def pipeline_graph() -> Graph:
    """Three parallelism papers: shared authors and terms, no name relation; one unrelated vision paper."""
    g = Graph()
    add_paper(g, "p1", "2018-11-16", "PipeNet: pipeline parallelism for giant networks",
              "Giant neural networks are trained with pipeline parallelism: micro-batches flow through layers "
              "partitioned over many accelerators.", ("Ann", "Bob"), ("PipeNet",))
    add_paper(g, "p2", "2020-06-30", "ShardNet: sharding giant networks",
              "Giant neural networks are trained with automatic sharding: layers are partitioned over many "
              "accelerators by annotations and a compiler, beyond pipeline parallelism.",
              ("Cy", "Bob", "Ann"), ("ShardNet",))
    add_paper(g, "p3", "2021-05-10", "SpmdNet: general parallelization with sharding annotations",
              "Automatic sharding annotations let a compiler partition the layers of giant neural networks "
              "over many accelerators.",
              ("Cy", "Bob"), ("SpmdNet",))
    add_paper(g, "p4", "2019-03-01", "Petal: flower classification",
              "Flower photographs classified by petal colour with a small convolutional network.",
              ("Dee",), ("Petal",))
    return g


def edges_of(g: Graph, **kw: Any) -> dict[tuple[str, str], dict[str, Any]]:
    return {(e.source, e.target): e.props for e in infer_builds_on(g.to_networkx(), **kw)}


@pytest.mark.parametrize("name,family,version,variant", [
    ("DeepSeek-V3.2", ("deep", "seek"), (3, 2), ()),
    ("Gemini 2.5 Pro", ("gemini",), (2, 5), ("pro",)),
    ("Llama 2", ("llama",), (2,), ()),
    ("YOLOv3", ("yolo",), (3,), ()),
    ("Flan-PaLM 540B", ("flan", "palm"), None, ()),
    ("AlpaServe", ("alpa", "serve"), None, ()),
    ("T5", ("t5",), None, ()),
    ("Wrenly2.5-Instruct", ("wrenly",), (2, 5), ("instruct",)),  # a number glued to a word of 3+ letters
    ("KiteGAN2", ("kite", "gan"), (2,), ()),
    ("CodeT5", ("codet5",), None, ()),  # ... not to a one-letter word
    ("TernNet50", ("tern", "net50"), None, ()),  # ... nor two digits
])
def test_parse_name(name: str, family: tuple[str, ...], version: tuple[int, ...] | None,
                    variant: tuple[str, ...]) -> None:
    parts = parse_name(name)
    assert (parts.family, parts.version, parts.variant) == (family, version, variant)


@pytest.mark.parametrize("later,earlier,relation", [
    ("DeepSeek-V3.2", "DeepSeek-V3", VERSIONS),
    ("Gemini 2.5 Pro", "Gemini", VERSIONS),
    ("Llama 2", "LLaMA", VERSIONS),
    ("AlpaServe", "Alpa", EXTENDS),
    ("Flan-T5", "T5", EXTENDS),
    ("Gemini Ultra", "Gemini", VARIES),
    ("Gemini 2.5 Pro", "Gemini 2.0 Flash", None),
    ("DeepSeek-V3", "DeepSeek-V3.2", None),
    ("Swin Transformer", "Transformer-XL", None),
    ("mT5", "T5", None),
    ("Wrenly2", "Wrenly", VERSIONS),
])
def test_name_relation(later: str, earlier: str, relation: str | None) -> None:
    assert name_relation(later, earlier) == relation


NAMES = st.builds(lambda w, v: f"{w} {v}" if v else w,
                  st.sampled_from(["Gemini", "Flan PaLM", "PaLM", "Llama", "Code Llama", "Alpa", "AlpaServe"]),
                  st.sampled_from(["", "2", "2.5", "V3", "Pro", "2 Pro", "7B"]))


@given(NAMES, NAMES)
def test_name_relation_is_one_way(a: str, b: str) -> None:
    assert not (name_relation(a, b) and name_relation(b, a))


def test_version_edge_has_kind_score_evidence_and_props() -> None:
    g = Graph()
    add_paper(g, "p1", "2023-02-27", "LLaMA", introduces=("LLaMA",))
    add_paper(g, "p2", "2023-07-18", "Llama 2", introduces=("Llama 2",))
    props = edges_of(g)[("model:llama 2", "model:llama")]
    assert (props["inferred"], props["kind"], props["candidate"]) == (True, "name", False)
    assert props["rule"] == "name-version"
    assert 0.9 <= props["score"] <= 1
    assert props["evidence"] == ("name version of LLaMA; text similarity 0.24, the closest by text of the papers before it; "
                                 "shared terms: llama; 141 days later")
    assert props["gap_days"] == 141 and props["cited"] is False


def test_a_version_two_steps_back_is_an_ancestor_not_a_parent() -> None:
    g = Graph()  # Kestrel 4 and 5 came between, outside the corpus: Kestrel 3 is no parent of Kestrel 6 by name
    add_paper(g, "p1", "2020-01-10", "Kestrel 3: detection", "Kestrel 3 detects objects.", ("Ann",), ("Kestrel 3",))
    add_paper(g, "p2", "2022-07-06", "Kestrel 6: faster detection", "Kestrel 6 detects objects faster.", ("Bo",),
              ("Kestrel 6",))
    assert ("model:kestrel 6", "model:kestrel 3") not in edges_of(g)
    add_paper(g, "p3", "2021-03-01", "Kestrel 5: detection", "Kestrel 5 detects objects.", ("Cy",), ("Kestrel 5",))
    edges = edges_of(g)  # the next version is the parent, whatever the gap in time
    assert (edges[("model:kestrel 6", "model:kestrel 5")]["rule"], edges[("model:kestrel 6", "model:kestrel 5")]["kind"]
            ) == ("name-version", "name")
    assert ("model:kestrel 5", "model:kestrel 3") not in edges and ("model:kestrel 6", "model:kestrel 3") not in edges


def test_weak_signals_together_make_only_candidates() -> None:
    edges = edges_of(pipeline_graph())
    assert set(edges) == {("model:shardnet", "model:pipenet"), ("model:spmdnet", "model:shardnet")}
    props = edges[("model:spmdnet", "model:shardnet")]
    assert (props["kind"], props["candidate"], props["rule"]) == ("candidate", True, "weak-evidence")
    assert props["score"] <= CANDIDATE_CEILING < DEFAULT_MIN_SCORE
    assert props["shared_authors"] == ["Cy", "Bob"]
    assert "annotations" in props["shared_terms"] and props["similarity"] > 0
    assert edges_of(pipeline_graph(), candidates=False) == {}


def test_one_weak_signal_alone_makes_no_edge() -> None:
    g = Graph()  # shared authors, unrelated text
    add_paper(g, "p1", "2019-01-01", "Alpha: reading", "Alpha reads scanned pages of old books.", ("Ann", "Bob"),
              ("Alpha",))
    add_paper(g, "p2", "2020-01-01", "Beta: poems", "Beta writes short poems about the sea.", ("Ann", "Bob"), ("Beta",))
    assert edges_of(g) == {}
    h = pipeline_graph()  # the same close texts with no shared author
    for e in [e for e in h.edges.values() if e.type == AUTHORED and e.target == "p3"]:
        h.remove_edge(e.key)
    assert ("model:spmdnet", "model:shardnet") not in edges_of(h)


@pytest.mark.parametrize(("team", "kept"), [(("Cy", "Bob"), True), (("Cy",), False)])
def test_a_later_paper_of_other_hands_takes_no_place_of_the_team_s_follow_up(team: tuple[str, ...],
                                                                              kept: bool) -> None:
    g = pipeline_graph()  # a later paper of other authors reads closer to ShardNet's than SpmdNet's does
    add_paper(g, "p6", "2022-04-05", "DenseNet-XL: a dense giant network",
              "Giant neural networks are trained with automatic sharding: layers are partitioned over many "
              "accelerators by annotations and a compiler, beyond pipeline parallelism, for a dense model.",
              ("Dee", "Eli"), ("DenseNet-XL",))
    for e in [e for e in g.edges.values() if e.type == AUTHORED and e.target == "p3"]:
        g.remove_edge(e.key)
    for i, name in enumerate(team):
        g.add_edge(Edge(f"author:{name}", AUTHORED, "p3", {"position": i}))
    edges = edges_of(g)
    assert (("model:spmdnet", "model:shardnet") in edges) is kept  # two shared authors make a team; one does not
    assert ("model:densenet-xl", "model:shardnet") not in edges


def test_no_candidate_beside_a_stated_parent_or_for_a_named_model() -> None:
    g = pipeline_graph()
    add_paper(g, "p5", "2017-01-01", "Root", "Root is unrelated.", ("Eve",), ("Root",))
    g.add_edge(Edge("model:spmdnet", BUILDS_ON, "model:root", {"rule": "text-cue"}))
    assert ("model:spmdnet", "model:shardnet") not in edges_of(g)
    generic = pipeline_graph()  # a stated adaptation of a generic architecture names no earlier work
    generic.add_node(Node("model:transformer", MODEL, {"name": "Transformer"}))
    generic.add_edge(Edge("model:spmdnet", BUILDS_ON, "model:transformer", {"rule": "text-cue", "generic": True}))
    assert ("model:spmdnet", "model:shardnet") in edges_of(generic)
    h = pipeline_graph()  # SpmdNet's abstract names ShardNet as a baseline: that is not derivation
    h.add_edge(Edge("p3", COMPARES_WITH, "model:shardnet"))
    assert ("model:spmdnet", "model:shardnet") not in edges_of(h)


@pytest.mark.parametrize("rel", [USES, COMPARES_WITH])
def test_citation_needs_a_name_or_plain_mention(rel: str) -> None:
    g = Graph()
    add_paper(g, "p1", "2019-01-01", "Alpha", "Alpha reads images.", ("Ann",), ("Alpha",))
    add_paper(g, "p2", "2020-01-01", "Beta", "Beta writes poems.", ("Bob",), ("Beta",))
    g.add_edge(Edge("p2", CITES, "p1"))
    assert edges_of(g) == {}  # a bare citation: papers cite many others
    g.add_edge(Edge("p2", rel, "model:alpha"))
    assert edges_of(g) == {}  # cited and used or compared with: a baseline or a tool, no derivation
    g.add_edge(Edge("p2", MENTIONS, "model:alpha"))
    g.remove_edge(("p2", rel, "model:alpha"))
    props = edges_of(g)[("model:beta", "model:alpha")]
    assert (props["kind"], props["rule"], props["cited"]) == ("inferred", "citation", True)
    assert props["evidence"].startswith("cites its paper; abstract names Alpha (MENTIONS)")


def test_stated_base_is_a_derivation_signal_with_its_sentence() -> None:
    g = Graph()
    add_paper(g, "p1", "2019-01-01", "Alpha", "Alpha reads images.", ("Ann",), ("Alpha",))
    add_paper(g, "p2", "2020-01-01", "Beta", "Beta writes poems.", ("Bob",), ("Beta",))
    g.add_edge(Edge("p2", USES, "model:alpha", {"rule": "builds-on-cue", "evidence": "We start from Alpha."}))
    props = edges_of(g)[("model:beta", "model:alpha")]
    assert (props["kind"], props["rule"], props["sentence"]) == ("inferred", "stated-base", "We start from Alpha.")
    g.remove_edge(("p2", USES, "model:alpha"))
    g.add_edge(Edge("p2", USES, "model:alpha", {"rule": "builds-on-cue", "evidence": "We scale up Alpha and Gamma."}))
    g.add_node(Node("model:gamma", MODEL, {"name": "Gamma"}))
    g.add_edge(Edge("p2", USES, "model:gamma"))
    assert edges_of(g) == {}  # the sentence is about a method applied to two models, not Beta's base


def test_no_inferred_edge_to_a_generic_architecture_or_an_own_alias() -> None:
    g = Graph()
    add_paper(g, "p1", "2017-06-12", "Transformer", introduces=("Transformer",))
    add_paper(g, "p2", "2019-01-09", "Zeta Transformer", introduces=("Zeta Transformer",))
    add_paper(g, "p3", "2019-05-01", "Zeta", introduces=("Zeta",))
    add_paper(g, "p4", "2020-05-01", "Zeta 7B", introduces=("Zeta 7B",))
    assert edges_of(g) == {}


def test_family_member_names_its_latest_earlier_member() -> None:
    g = Graph()
    add_paper(g, "p1", "2024-05-07", "Wren-V2", introduces=("Wren-V2",))
    add_paper(g, "p2", "2024-12-27", "Wren-V3", introduces=("Wren-V3",))
    add_paper(g, "p3", "2025-01-22", "Wren-R1", introduces=("Wren-R1",))
    edges = edges_of(g)
    assert set(edges) == {("model:wren-v3", "model:wren-v2"), ("model:wren-r1", "model:wren-v3")}
    props = edges[("model:wren-r1", "model:wren-v3")]  # one maker's naming, not derivation: a candidate
    assert (props["kind"], props["candidate"], props["rule"]) == ("candidate", True, "name-family")
    assert props["score"] <= CANDIDATE_CEILING
    assert props["evidence"].startswith("same name family as Wren-V3, its latest earlier member (no sign of "
                                        "derivation: a candidate)")


def test_a_parent_introduced_beside_it_does_not_stop_the_family_link() -> None:
    g = Graph()
    add_paper(g, "p1", "2024-05-07", "Wren-V2", introduces=("Wren-V2",))
    add_paper(g, "p2", "2024-12-27", "Wren-V3", introduces=("Wren-V3",))
    add_paper(g, "p3", "2025-01-22", "Wren-R1", introduces=("Wren-R1", "Wren-R1-Zero"))
    add_paper(g, "p4", "2025-02-01", "Kite", introduces=("Wren-Kite",), uses=("Tern",))
    g.add_edge(Edge("model:wren-r1", BUILDS_ON, "model:wren-r1-zero", {"rule": "successor-cue"}))
    g.add_edge(Edge("model:wren-kite", BUILDS_ON, "model:tern", {"rule": "text-cue"}))
    edges = edges_of(g)
    assert ("model:wren-r1", "model:wren-v3") in edges  # its other parent is a sibling from its own paper
    assert not any(s == "model:wren-kite" for s, _ in edges)  # a stated parent from elsewhere stops it


def test_a_name_only_the_childs_abstract_uses_is_no_step_past_the_root() -> None:
    g = Graph()
    add_paper(g, "p1", "2021-11-11", "Kite", introduces=("KiteAE",))
    add_paper(g, "p2", "2022-03-23", "VideoKiteAE", introduces=("VideoKiteAE",), uses=("ImageKiteAE",))
    assert set(edges_of(g)) == {("model:videokiteae", "model:kiteae")}
    add_paper(g, "p3", "2022-01-01", "Other", uses=("ImageKiteAE",))  # named elsewhere too: a step between
    assert set(edges_of(g)) == set()


def test_a_name_reached_through_a_named_descendant_is_no_parent() -> None:
    g = Graph()
    add_paper(g, "p1", "2014-01-01", "Kite-CNN", introduces=("Kite-CNN",))
    add_paper(g, "p2", "2015-01-01", "Fast Kite-CNN", introduces=("Fast Kite-CNN",))
    add_paper(g, "p3", "2016-01-01", "Faster Kite-CNN", introduces=("Faster Kite-CNN",), uses=("Fast Kite-CNN",))
    assert set(edges_of(g)) == {("model:fast kite-cnn", "model:kite-cnn")}


def test_implied_edge_is_dropped_unless_asked_and_top_k_holds() -> None:
    g = Graph()
    add_paper(g, "p1", "2019-01-01", "Alpha", "Alpha reads.", ("Ann",), ("Alpha",))
    add_paper(g, "p2", "2020-01-01", "Beta", "Beta writes.", ("Bob",), ("Beta",), mentions=("Alpha",))
    add_paper(g, "p3", "2021-01-01", "Gamma", "Gamma sings.", ("Cy",), ("Gamma",), mentions=("Alpha", "Beta"))
    for a, b in [("p2", "p1"), ("p3", "p1"), ("p3", "p2")]:
        g.add_edge(Edge(a, CITES, b))
    assert set(edges_of(g)) == {("model:beta", "model:alpha"), ("model:gamma", "model:beta")}
    assert ("model:gamma", "model:alpha") in edges_of(g, reduce=False)
    assert set(edges_of(g, reduce=False, top_k=1)) == {("model:beta", "model:alpha"), ("model:gamma", "model:beta")}


def test_stated_parents_count_toward_top_k() -> None:
    g = Graph()  # Gamma states two parents: reduce=False keeps the citation's implied edge to Alpha, top_k does not
    add_paper(g, "p1", "2019-01-01", "Alpha", "Alpha reads.", ("Ann",), ("Alpha",))
    add_paper(g, "p2", "2020-01-01", "Beta", "Beta writes.", ("Bob",), ("Beta",), mentions=("Alpha",))
    add_paper(g, "p0", "2018-01-01", "Delta", "Delta draws.", ("Dee",), ("Delta",))
    add_paper(g, "p3", "2021-01-01", "Gamma", "Gamma sings.", ("Cy",), ("Gamma",), mentions=("Alpha",))
    g.add_edge(Edge("p3", CITES, "p1"))
    assert ("model:gamma", "model:alpha") in edges_of(g, reduce=False)
    for parent in ("model:beta", "model:delta"):
        g.add_edge(Edge("model:gamma", BUILDS_ON, parent, {"rule": "text-cue"}))
    assert ("model:gamma", "model:alpha") not in edges_of(g, reduce=False)


def test_explicit_edges_are_not_duplicated_or_reversed() -> None:
    g = pipeline_graph()
    g.add_edge(Edge("model:shardnet", BUILDS_ON, "model:pipenet", {"rule": "stated"}))
    g.add_edge(Edge("model:pipenet", BUILDS_ON, "model:spmdnet", {"rule": "stated"}))
    edges = edges_of(g, min_score=0.05)
    assert ("model:shardnet", "model:pipenet") not in edges
    assert ("model:spmdnet", "model:shardnet") not in edges  # it would close a cycle


def test_secondary_model_named_after_the_main_one_takes_no_edge() -> None:
    g = Graph()
    add_paper(g, "p1", "2023-02-27", "LLaMA: open models", introduces=("LLaMA",))
    add_paper(g, "p2", "2023-07-18", "Llama 2: open chat models", introduces=("Llama 2", "Llama 2-Chat"))
    assert set(edges_of(g)) == {("model:llama 2", "model:llama")}


DAYS = st.dates(min_value=__import__("datetime").date(2015, 1, 1), max_value=__import__("datetime").date(2024, 1, 1))


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(DAYS, st.sampled_from(["Net", "Net 2", "Net 3", "Big Net", "Other", "Zeta"]),
                          st.sets(st.sampled_from("abcd"), max_size=3)), min_size=2, max_size=7),
       st.lists(st.tuples(st.integers(0, 6), st.integers(0, 6)), max_size=4))
def test_inference_never_mutates_never_cycles_and_points_back_in_time(
        rows: list[tuple[Any, str, set[str]]], explicit: list[tuple[int, int]]) -> None:
    g = Graph()
    for i, (day, name, authors) in enumerate(rows):
        add_paper(g, f"p{i}", day.isoformat(), f"{name} paper", "giant sharding networks", tuple(sorted(authors)),
                  (f"{name} {i}",))
    models = sorted(n for n in g.nodes if n.startswith("model:"))
    day_of = {f"model:{rows[i][1].lower()} {i}": rows[i][0] for i in range(len(rows))}
    for a, b in explicit:  # explicit edges always point back in time, so they are acyclic
        if a < len(models) and b < len(models) and day_of[models[a]] > day_of[models[b]]:
            g.add_edge(Edge(models[a], BUILDS_ON, models[b]))
    nxg = g.to_networkx()
    before = (sorted(nxg.nodes(data=True)), sorted(nxg.edges(keys=True, data=True), key=repr))
    inferred = infer_builds_on(nxg, min_score=0.05)
    assert before == (sorted(nxg.nodes(data=True)), sorted(nxg.edges(keys=True, data=True), key=repr))
    h = nx.DiGraph([(e.source, e.target) for e in g.edges.values() if e.type == BUILDS_ON])
    h.add_edges_from((e.source, e.target) for e in inferred)
    assert nx.is_directed_acyclic_graph(h)
    for e in inferred:
        assert not g.edges.get((e.source, BUILDS_ON, e.target))
        assert day_of[e.source] >= day_of[e.target] and 0 <= float(e.props["score"]) <= 1


def lineage_graph() -> Any:
    g = pipeline_graph()
    for e in infer_builds_on(g.to_networkx()):
        g.add_edge(e)
    return g.to_networkx()


def test_lineage_tree_both_ways() -> None:
    tree = lineage(lineage_graph(), "shardnet")
    assert (tree["model"], tree["date"]) == ("ShardNet", "2020-06-30")
    assert [a["model"] for a in tree["ancestors"]] == ["PipeNet"]
    assert [d["model"] for d in tree["descendants"]] == ["SpmdNet"]
    assert tree["ancestors"][0]["inferred"] and tree["ancestors"][0]["evidence"]
    deep = lineage(lineage_graph(), "SpmdNet")
    assert deep["ancestors"][0]["ancestors"][0]["model"] == "PipeNet"
    assert lineage(lineage_graph(), "SpmdNet", depth=1)["ancestors"][0]["ancestors"] == []
    assert lineage(lineage_graph(), "SpmdNet", min_score=0.99)["ancestors"] == []


def test_models_found_by_alias_size_and_plural() -> None:
    g = Graph()
    g.add_node(Node("model:mixtral", MODEL, {"name": "Mixtral", "aliases": ["Mixtral of Experts"]}))
    g.add_node(Node("model:mix", MODEL, {"name": "Mix", "aliases": ["Mixtral"]}))
    g.add_node(Node("model:vit", MODEL, {"name": "ViT"}))
    h = g.to_networkx()
    assert [find_node(h, MODEL, n) for n in ("Mixtral", "mixtral of experts", "Mixtral 8x7B", "ViTs", "model:vit")] == [
        "model:mixtral", "model:mixtral", "model:mixtral", "model:vit", "model:vit"]
    with pytest.raises(NodeNotFound):
        find_node(h, MODEL, "Mixtral 8x7B Instruct")
    g.add_node(Node("author:james evan", AUTHOR, {"name": "James Evan"}))
    with pytest.raises(NodeNotFound):
        find_node(g.to_networkx(), AUTHOR, "James Evans")


def test_lineage_path_either_way_and_missing() -> None:
    g = lineage_graph()
    steps = lineage_path(g, "PipeNet", "SpmdNet")
    assert [(s["source"], s["target"]) for s in steps] == [("SpmdNet", "ShardNet"), ("ShardNet", "PipeNet")]
    assert lineage_path(g, "PipeNet", "Petal") == []
    with pytest.raises(NodeNotFound, match="No Model named 'Pipe'.*Close names: PipeNet"):
        lineage_path(g, "Pipe", "Petal")


def test_labelled_corpus_precision_and_recall() -> None:
    g = annotated_graph(DATA / "lineage_corpus.jsonl").to_networkx()
    pairs = read_pairs(DATA / "lineage_pairs.jsonl")
    assert len(pairs) >= 50
    score = score_lineage(g, pairs, min_score=DEFAULT_MIN_SCORE)
    # README, Lineage: measured 1.00 / 0.35 (no citations in this corpus: names carry the inferred edges)
    assert score.precision >= 0.85 and score.recall >= 0.3
    strict = score_lineage(g, pairs, min_score=0.99)
    assert strict.recall < score.recall


def test_read_pairs_names_the_bad_line(tmp_path: Path) -> None:
    path = tmp_path / "pairs.jsonl"
    path.write_text('{"later": "B", "earlier": "A"}\n{"later": "C"}\n')
    with pytest.raises(SourceError, match=r"pairs.jsonl:2: bad lineage pair"):
        read_pairs(path)


@pytest.fixture
def stored(tmp_path: Path) -> str:
    """A store holding ``lineage_graph()`` (kg lineage reads the store a step at a time, not a whole projection)."""
    from kg.model import Graph
    from kg.store import replace_store

    replace_store(tmp_path / "store", Graph.from_networkx(lineage_graph()))
    return str(tmp_path / "store")


def test_cli_lineage_text_and_json(stored: str) -> None:
    runner = CliRunner()
    result = runner.invoke(cli, ["lineage", "PipeNet", "--store", stored, "--depth", "1"])
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines[:4] == ["PipeNet (2018-11-16, introduced by 'PipeNet: pipeline parallelism for giant networks')",
                         "  builds on:", "    (none)", "  built upon by:"]
    assert lines[4].startswith("    ShardNet (2020-06-30)  [candidate 0.")
    assert "2 shared author(s): Bob, Ann; text similarity" in lines[4]
    data = json.loads(runner.invoke(cli, ["lineage", "SpmdNet", "--json", "--store", stored]).output)
    assert data["ancestors"][0]["model"] == "ShardNet"


def test_cli_lineage_path(stored: str) -> None:
    runner = CliRunner()
    result = runner.invoke(cli, ["lineage-path", "SpmdNet", "PipeNet", "--store", stored])
    assert result.exit_code == 0 and len(result.output.splitlines()) == 3
    assert result.output.startswith("SpmdNet (2021-05-10) -> ShardNet (2020-06-30)  [candidate ")
    weakest = json.loads(runner.invoke(cli, ["lineage-path", "SpmdNet", "PipeNet", "--json", "--store", stored]).output)[
        "weakest"]
    assert result.output.splitlines()[-1] == (f"2 steps from SpmdNet to PipeNet (X -> Y: X builds on Y); weakest link: {weakest['kind']} "
                                              f"{weakest['score']:.2f} ({weakest['source']} -> {weakest['target']})")
    none = runner.invoke(cli, ["lineage-path", "Petal", "PipeNet", "--store", stored])
    assert none.output == ("No BUILDS_ON chain joins Petal and PipeNet.\n"
                           "kg lineage Petal --why PipeNet says what the graph holds about the two.\n")
    data = json.loads(runner.invoke(cli, ["lineage-path", "Petal", "PipeNet", "--json", "--store", stored]).output)
    assert data == {"from": "Petal", "to": "PipeNet", "path": [], "weakest": None, "later": None, "earlier": None}
    typed = runner.invoke(cli, ["lineage-path", "petal", "pipenet", "--store", stored])  # named as the graph names them
    assert typed.output == none.output
    missing = runner.invoke(cli, ["lineage", "Nope", "--store", stored])
    assert missing.exit_code == 1 and "No Model named 'Nope'" in missing.output


def test_reads_only_what_it_needs(examples: list[Path], tmp_path: Path) -> None:
    kg.api.build(examples, tmp_path / "store")
    full, part = kg.api.load_networkx(tmp_path / "store"), kg.api.load_networkx(tmp_path / "store", *LINEAGE_READS)
    assert part.number_of_nodes() < full.number_of_nodes()
    models = [n for n, a in full.nodes(data=True) if a["label"] == MODEL]
    assert models and all(lineage(full, m) == lineage(part, m) for m in models)
    assert all(lineage_path(full, a, b) == lineage_path(part, a, b) for a in models for b in models)


def test_dates_say_introduced_or_first_seen_and_generic_edges_hide() -> None:
    from kg.analysis.lineage import format_lineage
    from kg.pipeline import add_inferred_lineage

    g = Graph()
    add_paper(g, "p1", "2021-03-01", "Wren: a reader", "Wren reads.", ("Ann",), ("Wren",), uses=("Tern", "Transformer"))
    add_paper(g, "p2", "2022-10-20", "Tern-based tools", "Tools.", ("Bob",), (), uses=("Tern",))
    g.add_edge(Edge("model:wren", BUILDS_ON, "model:tern", {"rule": "text-cue", "evidence": "Wren extends Tern."}))
    g.add_edge(Edge("model:wren", BUILDS_ON, "model:transformer",
                    {"rule": "text-cue", "evidence": "Wren adapts the Transformer."}))
    add_inferred_lineage(g)
    assert g.nodes["model:wren"].props["date"] == "2021-03-01" and "first_seen" not in g.nodes["model:wren"].props
    assert g.nodes["model:tern"].props["first_seen"] == "2021-03-01" and "date" not in g.nodes["model:tern"].props
    assert g.edges[("model:wren", BUILDS_ON, "model:transformer")].props["generic"] is True
    h = g.to_networkx()
    assert format_lineage(lineage(h, "Wren")).splitlines() == [
        "Wren (2021-03-01, introduced by 'Wren: a reader')", "  builds on:",
        '    Tern (first seen 2021-03-01)  [stated 1.00, text-cue: "Wren extends Tern."]',
        "  built upon by:", "    (none)", "  hidden: 1 edge to generic architectures (--show-generic shows it)"]
    shown = format_lineage(lineage(h, "Wren", show_generic=True)).splitlines()
    generic = '[stated, generic 1.00, text-cue: "Wren adapts the Transformer."]'
    assert f"    Transformer (first seen 2021-03-01)  {generic}" in shown


def test_a_model_reached_twice_has_its_ancestors_printed_once() -> None:
    from kg.analysis.lineage import format_lineage

    g = Graph()
    add_paper(g, "p1", "2021-03-01", "Wren: a reader", "Wren reads.", ("Ann",), ("Wren",), uses=("Tern", "Kite"))
    for child, parent in (("wren", "tern"), ("wren", "kite"), ("kite", "tern"), ("tern", "owl")):
        g.add_node(Node(f"model:{parent}", MODEL, {"name": parent.capitalize()}))
        g.add_edge(Edge(f"model:{child}", BUILDS_ON, f"model:{parent}",
                        {"rule": "text-cue", "evidence": f"{child.capitalize()} extends {parent.capitalize()}."}))
    lines = [line.split(" (")[0] if "[" in line else line
             for line in format_lineage(lineage(g.to_networkx(), "Wren")).splitlines()]
    assert lines[1:8] == ["  builds on:", "    Kite", "      Tern", "        Owl", "    Tern",
                          "      (its ancestors are shown above)", "  built upon by:"]


def test_citations_from_input_references_make_inferred_edges_end_to_end(tmp_path: Path) -> None:
    rows = [
        {"id": "2001.00001", "title": "AlphaNet: reading with sparse layers", "date": "2020-01-05",
         "authors": ["Ann Lee"], "abstract": "We introduce AlphaNet, a sparse reader for scanned pages."},
        {"id": "2102.00002", "title": "BetaNet: a poet", "date": "2021-02-05", "authors": ["Bo Chen"],
         "abstract": "We introduce BetaNet, a poem writer. The sparse layers of AlphaNet also write poems.",
         "references": ["arXiv:2001.00001"]},
    ]
    src = tmp_path / "papers.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    kg.api.build([src], tmp_path / "store")
    tree = lineage(kg.api.load_networkx(tmp_path / "store"), "BetaNet")
    [parent] = tree["ancestors"]
    assert (parent["model"], parent["kind"], parent["rule"]) == ("AlphaNet", "inferred", "citation")
    assert parent["reasons"][:2] == ["cites its paper", "abstract names AlphaNet (MENTIONS)"]
    compared = tmp_path / "compared.jsonl"  # cited, but named only as compared with: a baseline, no lineage
    compared.write_text("".join(json.dumps({**r, "abstract": r["abstract"].replace(
        "The sparse layers of AlphaNet also write poems.", "BetaNet outperforms AlphaNet on rhyme.")}) + "\n"
        for r in rows), encoding="utf-8")
    kg.api.build([compared], tmp_path / "compared")
    assert lineage(kg.api.load_networkx(tmp_path / "compared"), "BetaNet")["ancestors"] == []
    without = tmp_path / "plain.jsonl"
    without.write_text("".join(json.dumps({k: v for k, v in r.items() if k != "references"}) + "\n" for r in rows),
                       encoding="utf-8")
    kg.api.build([without], tmp_path / "plain")
    assert lineage(kg.api.load_networkx(tmp_path / "plain"), "BetaNet")["ancestors"] == []


def _namesake_graph(with_kin: bool):
    from kg.model import INTRODUCES, MODEL, PAPER, USES, Edge, Graph, Node

    g = Graph()
    rows = [("p1", "2022-03-01", "Open-set object detection by grounding phrases in boxes",
             "We ground phrases to boxes with KiteDINO, a detector, for open-set detection.", "m1", USES),
            ("p2", "2023-04-01", "KiteDINOv2: self-supervised visual features without labels",
             "We learn robust self-supervised visual features from curated images without labels.", "m2", INTRODUCES)]
    if with_kin:
        rows.append(("p3", "2021-04-01", "Emerging properties of self-supervised visual features",
                     "Self-supervised visual features from images without labels, with KiteDINO.", "m1", USES))
    g.add_node(Node("m1", MODEL, {"name": "KiteDINO"}))
    g.add_node(Node("m2", MODEL, {"name": "KiteDINOv2"}))
    for pid, day, title, abstract, m, rel in rows:
        g.add_node(Node(pid, PAPER, {"title": title, "abstract": abstract, "date": day}))
        g.add_edge(Edge(pid, rel, m))
    return g


def test_a_version_is_not_drawn_to_a_namesake_met_only_in_unrelated_text() -> None:
    from kg.analysis.lineage import infer_builds_on

    def pairs(g) -> list[tuple[str, str]]:
        return [(e.source, e.target) for e in infer_builds_on(g.to_networkx())]

    assert pairs(_namesake_graph(with_kin=False)) == []
    assert pairs(_namesake_graph(with_kin=True)) == [("m2", "m1")]


def test_a_version_is_not_drawn_to_a_namesake_another_field_introduced() -> None:
    g = Graph()
    add_paper(g, "p1", "2021-04-01", "KiteDINO: river sediment transport",
              "KiteDINO simulates how river sediment settles in estuaries during floods.", ("Ann",), ("KiteDINO",))
    add_paper(g, "p2", "2023-04-01", "KiteDINOv2: self-supervised visual features",
              "We learn robust self-supervised visual features from curated images without labels.", ("Bob",),
              ("KiteDINOv2",))
    assert edges_of(g) == {}
    add_paper(g, "p3", "2022-01-01", "Visual features", "Self-supervised visual features from images without "
              "labels, compared with KiteDINO.", ("Cy",), compares_with=("KiteDINO",))
    assert set(edges_of(g)) == {("model:kitedinov2", "model:kitedino")}  # a paper of its field names it


def test_a_model_date_is_shown_as_the_sources_give_it_never_a_made_up_day() -> None:
    from kg.analysis.lineage.walk import model_dates
    from kg.model import INTRODUCES, MODEL, PAPER, USES, Edge, Graph, Node

    G = Graph()
    G.add_node(Node("p1", PAPER, {"title": "Quill", "date": "2021"}))
    G.add_node(Node("p2", PAPER, {"title": "Quill-2", "date": "2022-03"}))
    G.add_node(Node("m1", MODEL, {"name": "Quill"}))
    G.add_node(Node("m2", MODEL, {"name": "Quill-2"}))
    G.add_node(Node("m3", MODEL, {"name": "Inkwell"}))
    for edge in (Edge("p1", INTRODUCES, "m1"), Edge("p2", INTRODUCES, "m2"), Edge("p2", USES, "m3")):
        G.add_edge(edge)
    dates = model_dates(G.to_networkx())
    assert (dates["m1"].date, dates["m2"].date, dates["m3"].date, dates["m3"].first_seen) == (
        "2021", "2022-03", "", "2022-03")
