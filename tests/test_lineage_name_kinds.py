"""When one model's name derives from another's, by kind: a name relation is derivation evidence only when
it really is one (issue 16). Every name is invented; the fields vary (vision, speech, RL, systems,
chemistry, biology), so that a rule holds for a kind of name, not for one family.

The policy per kind:

- child-of: a version ("Echo 2" after "Echo"; the nearest earlier version), a tuned variant ("Kestrel-Chat",
  "Kestrel-Instruct") and a named derivative ("Kestrel-Math", "Code Kestrel", "Kestrel-Zero", "Kestrel 2
  Coder") build on the name they hold; a version of a tier builds on the tier ("Quill 2 Pro" after "Quill Pro");
  a tier of a numbered version builds on that version, never past it on the family ("Kestrel 2 Flash" on
  "Kestrel 2", which builds on "Kestrel").
- same model: a size ("Marl-B/16", "VideoMarl-L", "Echo-Large", "Tern-7B") folds into the model's node; a
  first version ("Echo 1", "Echo 1.0") is the unnumbered name, no child of it.
- tier or sibling, no edge: the tiers of a family's first, unnumbered release (Pro, Flash, Ultra, Nano, Mini,
  Lite, Max, Plus, Turbo) are siblings of the family and of one another, as are the tiers of one version, as are two derivatives of one model, two depths ("HeronNet-101",
  "HeronNet-50") and two configurations ("Heron-B0", "Heron-B3"); a stated cue still states lineage ("Wren 3
  Mini is distilled from Wren 3").
- unrelated despite a shared prefix: names that share letters, not a name ("Marlene" and "Marl", "Kestra"
  and "Kestrel", "HERONology" and "HERON", "ORCAformer" and "ORCA").
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.analysis.lineage import infer_builds_on
from kg.extract.extractor import Extractor
from kg.model import INTRODUCES, MENTIONS, MODEL, PAPER, Edge, Graph, Node

Pair = tuple[str, str]
Pairs = Callable[[str], set[Pair]]  # the builds_on fixture of conftest.py

# In one abstract: extraction states a name edge when the abstract introduces the later name.
ONE_ABSTRACT: list[tuple[str, set[Pair]]] = [
    # child-of: versions
    ("We present Echo 2, a speech recognizer that improves the data mixture of Echo.", {("Echo 2", "Echo")}),
    ("We present Echo 3. Unlike Echo and Echo 2, it streams audio.", {("Echo 3", "Echo 2")}),  # Echo 2: not ours
    ("We introduce Quill 2 Pro, a new version of Quill Pro for protein design.", {("Quill 2 Pro", "Quill Pro")}),
    ("We introduce Quill 2 Pro for protein design. Quill and Quill Pro were trained on less data.",
     {("Quill 2 Pro", "Quill Pro")}),  # the version of its own tier, not of the family
    ("We release TernServe 2, which shards requests like TernServe.", {("TernServe 2", "TernServe")}),
    # a first version is the unnumbered name: no edge between them, the next version builds on it
    ("We present Kestrel 2. Kestrel 2 is trained on more data than Kestrel 1 and Kestrel.",
     {("Kestrel 2", "Kestrel 1")}),
    # child-of: tuned variants and named derivatives of the paper's model or of another
    ("We present Kestrel and Kestrel-Chat, a dialogue model tuned from Kestrel.", {("Kestrel-Chat", "Kestrel")}),
    ("We present Kestrel-Instruct. Kestrel-Instruct follows instructions better than Kestrel.",
     {("Kestrel-Instruct", "Kestrel")}),
    ("We present KestrelLM-Math, which continues training KestrelLM on chemistry and mathematics.",
     {("KestrelLM-Math", "KestrelLM")}),
    ("We present Code Kestrel, a code model trained from Kestrel.", {("Code Kestrel", "Kestrel")}),
    ("We introduce Kestrel-Zero, a policy trained with reinforcement learning alone starting from Kestrel.",
     {("Kestrel-Zero", "Kestrel")}),
    ("We present Kestrel 2 and Kestrel 2 Coder, a variant for code search.", {("Kestrel 2 Coder", "Kestrel 2")}),
    ("We present ProtHeron-Fold, which predicts structures with the ProtHeron encoder.",
     {("ProtHeron-Fold", "ProtHeron")}),
    # tiers of a numbered version: children of that version, not of the family past it
    ("We present Kestrel 2 Pro and Kestrel 2 Flash, the first models of the Kestrel 2 family.",
     {("Kestrel 2 Pro", "Kestrel 2"), ("Kestrel 2 Flash", "Kestrel 2")}),
    ("We introduce Tarn-2, the successor to Tarn. We also release Tarn-2-Mini, a distilled variant for phones.",
     {("Tarn-2", "Tarn"), ("Tarn-2-Mini", "Tarn-2")}),
    ("We present Sedge 2 Lite, a compact segmenter. Sedge and Sedge 2 were trained on street scenes.",
     {("Sedge 2 Lite", "Sedge 2"), ("Sedge 2", "Sedge")}),
    ("We present Kestrel 2 Pro and Kestrel 2 Flash, the Kestrel 2 family, after our earlier Kestrel 1.5 Flash.",
     {("Kestrel 2 Pro", "Kestrel 2"), ("Kestrel 2 Flash", "Kestrel 2"), ("Kestrel 2 Flash", "Kestrel 1.5 Flash")}),
    # tiers of the unnumbered release: siblings of the family and of one another
    ("We introduce Kestrel Ultra, Kestrel Pro and Kestrel Nano, three sizes of Kestrel.", set()),
    ("We introduce Marlin Turbo, a faster Marlin for molecule generation.", set()),
    ("We release Heron Max and Heron Plus, two protein language models, beside Heron.", set()),
    ("We present Sparrow Mini and Sparrow Lite, compact Sparrow detectors for phones.", set()),
    # ... a cue states lineage between a tier and its family
    ("We introduce Wren 3 Mini, which is distilled from Wren 3.", {("Wren 3 Mini", "Wren 3")}),
    # siblings: two derivatives, two depths, two configurations, others' variants in passing
    ("We present OrcaNet. It beats Kestrel-Math and Kestrel-Coder on reaction prediction.", set()),
    ("We present OrcaNet, which is faster than HeronNet-101 and HeronNet-50.", set()),
    ("We present OrcaNet. Heron-B0 and Heron-B3 are our baselines for cell segmentation.", set()),
    ("We present OrcaNet. It beats Sparrow-S and Sparrow-X on traffic scenes.", set()),
    # unrelated despite a shared prefix
    ("We present Marlene, a policy for legged robots that outperforms Marl.", set()),
    ("We present Kestra, a scheduler that serves Kestrel with low latency.", set()),
    ("We present HERONology, a probing study of HERON.", set()),
    ("We present ORCAformer, a time-series model. Unlike ORCA, it uses no images.", set()),
]


@pytest.mark.parametrize(("sentence", "expected"), ONE_ABSTRACT, ids=[s[:60] for s, _ in ONE_ABSTRACT])
def test_a_name_edge_in_one_abstract_only_where_the_name_derives(builds_on: Pairs, sentence: str,
                                                                  expected: set[Pair]) -> None:
    assert builds_on(sentence) == expected


# A size written after the name is the model itself: one node, the size kept on it.
SIZES: list[tuple[str, str, str]] = [
    ("We present VideoMarl-L, a video encoder pre-trained on 2M clips.", "VideoMarl", "L"),
    ("We present Marl-B/16, an image encoder for satellite images.", "Marl", "B/16"),
    ("We present Swan-T, a tiny speech enhancer for hearing aids.", "Swan", "T"),
    ("We present CellHeron-H, a segmentation model for microscopy.", "CellHeron", "H"),
    ("We present Echo-Large, a speech recognizer for 40 languages.", "Echo", "Large"),
    ("We present Tern-7B, a chemistry language model.", "Tern", "7B"),
]


@pytest.mark.parametrize(("sentence", "node", "size"), SIZES, ids=[s[:40] for s, _, _ in SIZES])
def test_a_size_folds_into_its_model(ex: Extractor, sentence: str, node: str, size: str) -> None:
    spans = ex.spans(sentence)
    introduced = [r["target"] for r in spans["relations"] if r["type"] == INTRODUCES]
    assert introduced == [node]
    assert [e["sizes"] for e in spans["entities"] if e.get("name") == node] == [[size]]


# Across papers: inference links a later paper's model to an earlier one by name only where it derives.
ACROSS: list[tuple[str, str, str | None]] = [  # (earlier model, later model, the later one's parent by name)
    ("Echo", "Echo 2", "Echo"),
    ("Kestrel", "Kestrel-Chat", "Kestrel"),
    ("Kestrel", "Kestrel-Math", "Kestrel"),
    ("Kestrel", "Kestrel-Zero", "Kestrel"),
    ("ProtHeron", "ProtHeron 2 Coder", "ProtHeron"),
    ("Quill Pro", "Quill 2 Pro", "Quill Pro"),
    ("Echo", "Echo 1.0", None),
    ("Echo 1", "Echo 2", "Echo 1"),
    ("Kestrel", "Kestrel Ultra", None),
    ("Kestrel 2", "Kestrel 2 Flash", "Kestrel 2"),
    ("Kestrel", "Kestrel 2 Flash", "Kestrel"),  # no version between: the family is the nearest name
    ("Marlin", "Marlin Turbo", None),
    ("Heron", "Heron Mini", None),
    ("Kestrel 2 Pro", "Kestrel 2 Flash", None),
    ("Kestrel-Math", "Kestrel-Coder", None),
    ("HeronNet-50", "HeronNet-101", None),
    ("Heron-B0", "Heron-B3", None),
    ("Marl", "Marlene", None),
    ("Kestrel", "Kestra", None),
    ("HERON", "HERONology", None),
    ("ORCA", "ORCAformer", None),
]


@pytest.mark.parametrize(("earlier", "later", "parent"), ACROSS, ids=[f"{a} > {b}" for a, b, _ in ACROSS])
def test_a_name_edge_across_papers_only_where_the_name_derives(earlier: str, later: str, parent: str | None) -> None:
    g = Graph()
    for pid, day, name in (("p1", "2022-03-01", earlier), ("p2", "2023-05-01", later)):
        g.add_node(Node(pid, PAPER, {"title": f"{name}: a model", "date": day}))
        g.add_node(Node(f"m:{name}", MODEL, {"name": name}))
        g.add_edge(Edge(pid, INTRODUCES, f"m:{name}"))
    got = {(e.source, e.target) for e in infer_builds_on(g.to_networkx())}
    assert got == ({(f"m:{later}", f"m:{parent}")} if parent else set())


# A parent no paper introduces, named by the child's paper: a name no other paper writes is the model the child's
# name is built on; one that other papers write only in unrelated text is a namesake (no edge).
NAMED_ONLY: list[tuple[str, str, str | None, str | None]] = [  # (named model, introduced model, other paper's text, parent)
    ("Quarkon", "Quarkon++", None, "Quarkon"),
    ("Tesselate", "Tesselate-Fast", None, "Tesselate"),
    ("Quarkon", "Quarkon++", "A sampler of diffusion bridges with fewer steps for image generation.", "Quarkon"),
    ("Quarkon", "Quarkon++", ("Soil moisture in alpine meadows varies with slope, aspect, snow cover, grazing, "
                              "root depth, peat layers, drainage ditches, spring melt and summer storms; lichens, "
                              "mosses, sedges and dwarf willows hold water near boulders, moraines and tarns, while "
                              "marmots, voles and beetles loosen the topsoil along glacier forelands."), None),
]


@pytest.mark.parametrize(("named", "later", "other", "parent"), NAMED_ONLY,
                         ids=[f"{b} on {a}, {'alone' if o is None else o[:12]}" for a, b, o, _ in NAMED_ONLY])
def test_a_name_only_the_childs_paper_writes_is_its_parent(named: str, later: str, other: str | None,
                                                           parent: str | None) -> None:
    g = Graph()
    g.add_node(Node("p2", PAPER, {"title": f"{later}: fast sampling of diffusion bridges", "date": "2023-05-01",
                                  "abstract": f"We present {later}, a sampler of diffusion bridges for image "
                                              f"generation in fewer steps than {named}."}))
    for name in (named, later):
        g.add_node(Node(f"m:{name}", MODEL, {"name": name}))
    g.add_edge(Edge("p2", INTRODUCES, f"m:{later}"))
    g.add_edge(Edge("p2", MENTIONS, f"m:{named}"))
    for i in range(4):  # papers alike, so that the corpus has a typical similarity of nearest papers
        g.add_node(Node(f"b{i}", PAPER, {"title": f"Fast sampling of diffusion bridges {i}", "date": f"202{i}-01-01",
                                         "abstract": "A sampler of diffusion bridges for image generation in fewer "
                                                     f"steps, study {i}."}))
    if other is not None:  # an earlier paper names it too
        g.add_node(Node("p1", PAPER, {"title": "Another paper", "date": "2022-03-01", "abstract": f"{named}. {other}"}))
        g.add_edge(Edge("p1", MENTIONS, f"m:{named}"))
    got = {(e.source, e.target) for e in infer_builds_on(g.to_networkx())}
    assert got == ({(f"m:{later}", f"m:{parent}")} if parent else set())
