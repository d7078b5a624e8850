"""Names with a size or tier code after a dash, as an expert user's third set of abstracts wrote them (issue 16).

The README's policy: a size code (``-G``, ``-L``, ``-XL``, ``-base``) folds into its model, which keeps it in
``sizes``; a tier or variant (``-Lite``, ``-Coder``, ``-VL``, ``-M`` after a name without a version) is a node
of its own. Each shape is found where the text writes it (opening a sentence, in a title, after a cue), and the
edge the text states comes out on the right node. Every sentence is invented (Halvard, Brintel, Wexcombe, ... are
no real models), from several fields.
"""

from __future__ import annotations

import pytest

from kg.analysis.lineage.generic import same_model
from kg.analysis.lineage.stated import review_stated
from kg.extract.extractor import Extractor
from kg.model import BUILDS_ON, MODEL, Edge, Graph, Node

Pair = tuple[str, str]


def stated(ex: Extractor, abstract: str, title: str = "") -> tuple[set[Pair], dict[str, list[str]]]:
    """The (child, parent) names of the BUILDS_ON edges of one paper, and each Model node's sizes by name."""
    nodes, edges = ex.paper("paper:1", title, abstract)
    names = {n.id: n.name for n in nodes}
    pairs = {(names[e.source], names[e.target]) for e in edges if e.type == BUILDS_ON}
    return pairs, {n.name: list(n.props.get("sizes", [])) for n in nodes if n.label == MODEL}


# A size code folds: the parent named with one is its model, found opening a sentence, after a cue or in a title.
SIZES: list[tuple[str, str, set[Pair], dict[str, list[str]]]] = [
    ("Pemrose-VL: Question Answering over Maps",
     "We present Pemrose-VL. Halvard-G serves as the image encoder of Pemrose-VL, which answers questions about "
     "maps.", {("Pemrose-VL", "Halvard")}, {"Halvard": ["G"]}),
    ("", "We present Sallow, a protein ranker initialized with the weights of Brintel-base and tuned on assays.",
     {("Sallow", "Brintel")}, {"Brintel": ["base"]}),
    ("Dovetail: Extending Marrick-L to Speech", "We add a streaming front end to a text encoder; Dovetail "
     "transcribes calls in real time.", {("Dovetail", "Marrick")}, {"Marrick": ["L"]}),
    ("Cresset: Radiology Reports", "Kelsall-XL serves as the language backbone of Cresset, which drafts reports.",
     {("Cresset", "Kelsall")}, {"Kelsall": ["XL"]}),
    # a model scaled to a size code is its model at that size: no node of its own, no edge to itself
    ("", "We scale Corran up to four billion parameters. The resulting model, Corran-G, forecasts rainfall. "
     "Corran-G is stable.", set(), {"Corran": ["G"]}),
    # negatives: sizes compared, a size of a model set apart
    ("", "We present Sallow, a protein ranker. Unlike Brintel-base, Sallow is trained from scratch.", set(), None),
    ("", "We evaluate Halvard-G and Halvard-L on aerial maps.", set(), None),
]

# A tier or variant is its own node: the edge a text cue states reaches it.
TIERS: list[tuple[str, str, set[Pair]]] = [
    ("", "We introduce Wexcombe, a family of legal language models. For phones, Wexcombe-Lite is obtained by "
     "structured pruning of Wexcombe with a short recovery phase.", {("Wexcombe-Lite", "Wexcombe")}),
    ("", "We introduce Ottery-Coder, a family of code models. Ottery-Coder-Mini is obtained by magnitude pruning of "
     "Ottery-Coder.", {("Ottery-Coder-Mini", "Ottery-Coder")}),
    ("Tarrow-M: Many Languages", "We present Tarrow-M, a multilingual extension of Tarrow covering 70 languages.",
     {("Tarrow-M", "Tarrow")}),
    ("Gull-VL: Reading Charts", "Pipwell-L serves as the backbone of Gull-VL, which reads charts and tables.",
     {("Gull-VL", "Pipwell")}),
    # negatives: a tier beside its family is a sibling; a pruned baseline of prior work; a comparison
    ("", "We introduce Wexcombe, a legal model. Wexcombe beats Wexcombe-Lite, a pruned baseline from prior work.",
     set()),
    ("", "We introduce Ottery-Coder, a family of code models. Ottery-Coder outperforms models obtained by "
     "magnitude pruning of Ravel-7B.", set()),
]


@pytest.mark.parametrize(("title", "abstract", "expected", "sizes"), SIZES, ids=[a[:60] for _, a, _, _ in SIZES])
def test_a_size_code_folds_and_its_model_is_the_parent(ex: Extractor, title: str, abstract: str,
                                                      expected: set[Pair], sizes: dict[str, list[str]] | None) -> None:
    pairs, found = stated(ex, abstract, title)
    assert pairs == expected
    for name, written in (sizes or {}).items():
        assert found[name] == written
        assert not any(n.startswith(f"{name}-") for n in found)


@pytest.mark.parametrize(("title", "abstract", "expected"), TIERS, ids=[a[:60] for _, a, _ in TIERS])
def test_a_tier_is_a_node_of_its_own_with_its_stated_parent(ex: Extractor, title: str, abstract: str,
                                                           expected: set[Pair]) -> None:
    assert stated(ex, abstract, title)[0] == expected


@pytest.mark.parametrize("text", [
    "Boxes pass a Non-Max suppression step, and Type-B anchors are dropped before the Extra-Large crops.",
    "Patients with Hepatitis-B and Class-S lesions were scanned at Stage-L resolution.",
])
def test_words_with_a_size_or_tier_after_a_dash_are_no_names_without_a_cue(ex: Extractor, text: str) -> None:
    assert [e["text"] for e in ex.spans(text)["entities"] if e["label"] == MODEL] == []


def test_an_m_is_a_size_only_after_a_version_so_a_stated_edge_to_the_base_is_kept() -> None:
    assert same_model("YOLOv9-M", "YOLOv9") and not same_model("Tarrow-M", "Tarrow")
    g = Graph()
    for nid, name in [("m1", "Tarrow-M"), ("m2", "Tarrow"), ("m3", "Halvard-G"), ("m4", "Halvard")]:
        g.add_node(Node(nid, MODEL, {"name": name}))
    g.add_edge(Edge("m1", BUILDS_ON, "m2", {"rule": "text-cue"}))
    g.add_edge(Edge("m3", BUILDS_ON, "m4", {"rule": "text-cue"}))
    assert review_stated(g.to_networkx()) == ([("m3", "m4")], [])  # Halvard-G is Halvard at size G
